"""The creator's community: loyalty rules and tiers, members and their ledger, refunds and
cancellations, drops; and a sandbox control that makes another show of the same creator."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from studio.platform.models import (
    CommunityRules,
    Drop,
    DropCreate,
    Member,
    MemberDetail,
    OrderReversal,
    OrderReversalCreate,
    Show,
    ShowStatus,
)
from studio.sandbox.routers.controls import Host
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, OptIdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["community"])
controls = APIRouter(include_in_schema=False)

MemberId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        description="The member's account (`viewer_id`), as on their orders and comments.",
    ),
]


@router.get(
    "/community/rules",
    response_model=CommunityRules,
    **op(
        "community.read",
        "The community's loyalty rules and tiers",
        description="The community is the show's creator's, across all their shows.",
    ),
)
def get_community_rules(
    show_id: str, who: Annotated[Principal, Depends(allow("community.read"))], sb: SB
) -> CommunityRules:
    return sb.store.community.rules(show_id)


@router.put(
    "/community/rules",
    response_model=CommunityRules,
    **op(
        "community.edit",
        "Set the loyalty rules and tiers",
        description="Tiers rise strictly by threshold; a tier already reached is never "
        "announced again.",
    ),
)
def put_community_rules(
    show_id: str,
    body: CommunityRules,
    who: Annotated[Principal, Depends(allow("community.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> CommunityRules:
    return sb.store.community.set_rules(show_id, body)


@router.get(
    "/members",
    response_model=list[Member],
    **op("member.read", "Community members by standing, highest first"),
)
def list_members(
    show_id: str,
    who: Annotated[Principal, Depends(allow("member.read"))],
    sb: SB,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> list[Member]:
    return sb.store.community.members(show_id, limit)


@router.get(
    "/members/{viewer_id}",
    response_model=MemberDetail,
    **op(
        "member.read",
        "A member: tier, points by kind, and every ledger entry with its cause",
        description=(
            "By account (`viewer_id`, since 1.7.0; display names are not unique). 404 for an"
            " account that never bought, commented or was referred to."
        ),
    ),
)
def get_member(
    show_id: str,
    viewer_id: MemberId,
    who: Annotated[Principal, Depends(allow("member.read"))],
    sb: SB,
) -> MemberDetail:
    return sb.store.community.member(show_id, viewer_id)


@router.post(
    "/orders/{order_id}/reversal",
    response_model=OrderReversal,
    status_code=201,
    **op(
        "order.reverse",
        "Refund or cancel an order",
        description="Reverses the order's pending points (vested points are final) and "
        "withdraws its referral attribution; 409 `already-reversed` the second time.",
    ),
)
def reverse_order(
    show_id: str,
    order_id: Annotated[str, Path(min_length=1, max_length=64)],
    body: OrderReversalCreate,
    who: Annotated[Principal, Depends(allow("order.reverse"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> OrderReversal:
    return sb.store.community.reverse(show_id, order_id, body)


@router.get(
    "/reversals",
    response_model=list[OrderReversal],
    **op("order.read", "Refunded and cancelled orders"),
)
def list_reversals(
    show_id: str, who: Annotated[Principal, Depends(allow("order.read"))], sb: SB
) -> list[OrderReversal]:
    return sb.store.community.reversals(show_id)


@router.post(
    "/drops",
    response_model=Drop,
    status_code=201,
    **op(
        "drop.edit",
        "Make a product a drop",
        description="It opens for sale `opens_in_s` from now; tiers with `early_access_s` "
        "may buy that much earlier (409 `drop-not-open` before).",
    ),
)
def create_drop(
    show_id: str,
    body: DropCreate,
    who: Annotated[Principal, Depends(allow("drop.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Drop:
    return sb.store.community.create_drop(show_id, body)


@router.get("/drops", response_model=list[Drop], **op("community.read", "Drops"))
def list_drops(
    show_id: str, who: Annotated[Principal, Depends(allow("community.read"))], sb: SB
) -> list[Drop]:
    return sb.store.community.drops(show_id)


class NewShow(BaseModel):
    """A sandbox control: another show of the same creator, with a copy of a show's catalog."""

    title: str = Field(min_length=1, max_length=120)
    like_show_id: str = Field(min_length=1, max_length=64, description="Copy its catalog.")
    live: bool = True


@controls.post("/sandbox/shows")
def new_show(body: NewShow, who: Host, sb: SB) -> Show:
    """Make a show like `like_show_id` (same host, theme, ingest, currency and catalog, with
    fresh product ids `<old id>_<show suffix>`), live unless asked otherwise."""
    store = sb.store
    like = store.shows.get(body.like_show_id)
    sid = store.shows.create(
        title=body.title,
        host_name=like.host_name,
        scheduled_start=store.now() + timedelta(minutes=1),
        ingest_url=like.ingest_url,
        currency=like.currency,
        theme_id=like.theme.id if like.theme else None,
    )
    products, cursor = [], None
    while True:
        page, cursor = store.products.page(body.like_show_id, cursor, 200, "")
        products += page
        if cursor is None:
            break
    for p in products:
        store.products.add(sid, p.model_copy(update={"id": f"{p.id}_{sid[-6:]}"}))
    if body.live:
        store.shows.start(sid)
    show = store.shows.get(sid)
    assert show.status in (ShowStatus.LIVE, ShowStatus.SCHEDULED)
    return show
