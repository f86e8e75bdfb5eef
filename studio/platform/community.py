"""The creator's community in the sync (issue 21): REST calls, the snapshot's read and the live
events, turned into `studio.show.community` values for the show model.

The sync calls `load` after every snapshot and `apply_event` for each live event; the window
calls `member_detail` (on a worker thread) for the member lookup. A platform on an older
contract (404) or a role that may not read members (403) gives an empty community, never an
error.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from urllib.parse import quote

from pydantic import TypeAdapter

from studio.platform import convert
from studio.platform import models as m
from studio.platform.client import PlatformClient
from studio.platform.errors import PlatformError
from studio.show.community import (
    POINT_KINDS,
    Member,
    MemberMoment,
    MomentKind,
    ResellerProgram,
    is_high_tier,
)
from studio.show.model import ShowModel

log = logging.getLogger(__name__)

_MEMBERS: TypeAdapter[list[m.Member]] = TypeAdapter(list[m.Member])
_REVERSALS: TypeAdapter[list[m.OrderReversal]] = TypeAdapter(list[m.OrderReversal])


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo else t.replace(tzinfo=UTC)


def member(x: m.Member) -> Member:
    """The contract's member as the show model keeps it."""
    kinds = x.by_kind.model_dump()
    return Member(
        name=x.name,
        viewer_id=x.viewer_id,
        names_seen=tuple(x.names_seen),
        first_seen_at=_aware(x.first_seen_at),
        tier=x.tier,
        tier_rank=x.tier_rank,
        standing=x.standing,
        vested=x.vested,
        pending=x.pending,
        by_kind=tuple((k, int(kinds.get(k, 0))) for k in POINT_KINDS),
        orders_count=x.orders_count,
        shows_attended=x.shows_attended,
        streak=x.streak,
        member_price_percent=x.member_price_percent,
        giveaway_weight=x.giveaway_weight,
    )


def members(client: PlatformClient, show_id: str, limit: int = 200) -> list[m.Member]:
    """GET /shows/{id}/members: the community by standing, highest first."""
    return client.get(
        f"/shows/{show_id}/members", _MEMBERS.validate_python, params={"limit": limit}
    )


def rules(client: PlatformClient, show_id: str) -> m.CommunityRules:
    """GET /shows/{id}/community/rules."""
    return client.get(f"/shows/{show_id}/community/rules", m.CommunityRules.model_validate)


def member_detail(client: PlatformClient, show_id: str, viewer_id: str) -> m.MemberDetail:
    """GET /shows/{id}/members/{viewer_id}: the account's tier, points by kind and every
    ledger entry (contract 1.7.0: members are accounts, display names are not unique).
    Raises `PlatformError` (`NotFound` for someone who never bought, asked or was referred
    to)."""
    path = f"/shows/{show_id}/members/{quote(viewer_id, safe='')}"
    return client.get(path, m.MemberDetail.model_validate)


def reversals(client: PlatformClient, show_id: str) -> list[m.OrderReversal]:
    """GET /shows/{id}/reversals: the show's refunded and cancelled orders."""
    return client.get(f"/shows/{show_id}/reversals", _REVERSALS.validate_python)


def reverse_order(
    client: PlatformClient, show_id: str, order_id: str, kind: m.ReversalKind, key: str
) -> m.OrderReversal:
    """POST /shows/{id}/orders/{order_id}/reversal (host only)."""
    return client.call(
        "POST",
        f"/shows/{show_id}/orders/{order_id}/reversal",
        m.OrderReversal.model_validate,
        json_body={"kind": kind.value},
        idempotency_key=key,
    )


def load(client: PlatformClient, show_id: str, model: ShowModel) -> None:
    """Read the community (members and tier names) into `model`; nothing on 403/404."""
    try:
        found = members(client, show_id)
        tier_rules = rules(client, show_id).tiers
    except PlatformError as exc:
        if exc.status in (403, 404):
            return
        raise
    model.set_members(
        [member(x) for x in found],
        tiers=tuple(t.name for t in tier_rules),
        giveaway_weights=tuple((t.name, t.giveaway_weight) for t in tier_rules),
        replace=True,
    )
    load_program(client, show_id, model)


def program(client: PlatformClient, show_id: str) -> m.ResellerProgram:
    """GET /shows/{id}/reseller-program."""
    return client.get(f"/shows/{show_id}/reseller-program", m.ResellerProgram.model_validate)


def statement(client: PlatformClient, show_id: str, code: str) -> m.CommissionStatement:
    """GET /shows/{id}/resellers/{code}/statement: the reseller's attributed orders."""
    path = f"/shows/{show_id}/resellers/{quote(code, safe='')}/statement"
    return client.get(path, m.CommissionStatement.model_validate)


def load_program(client: PlatformClient, show_id: str, model: ShowModel) -> None:
    """Read the show's reseller mode into `model`; nothing on 403/404."""
    try:
        p = program(client, show_id)
    except PlatformError as exc:
        if exc.status in (403, 404):
            return
        raise
    model.set_reseller_program(ResellerProgram(p.two_b, p.commission_bp))


def apply_event(model: ShowModel, e: m.Event) -> bool:
    """Fold `member.updated` / `member.arrived` into `model`; False for other kinds.

    A first-time tier (`tier_up`) becomes a tier-up moment; an arrival of a returning member
    of one of the top two tiers becomes a welcome back.
    """
    at = e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC)
    if e.type == m.EventType.MEMBER_UPDATED:
        update = m.MemberUpdate.model_validate(e.data)
        who = member(update.member)
        moment = None
        if update.tier_up:
            moment = MemberMoment(MomentKind.TIER_UP, who, at, update.previous_tier)
        model.set_members([who], moment=moment)
    elif e.type == m.EventType.MEMBER_ARRIVED:
        arrival = m.MemberArrival.model_validate(e.data)
        who = member(arrival.member)
        moment = None
        if arrival.returning and is_high_tier(who, len(model.state.tiers)):
            moment = MemberMoment(MomentKind.WELCOME_BACK, who, at)
        model.set_members([who], moment=moment)
    elif e.type == m.EventType.RESELLER_JOINED:
        model.set_reseller(convert.reseller(m.Reseller.model_validate(e.data)))
    elif e.type == m.EventType.ORDER_REVERSED:
        rev = m.OrderReversal.model_validate(e.data)
        if rev.referral_code:
            model.reverse_attribution(rev.referral_code, rev.amount_minor)
    else:
        return False
    return True
