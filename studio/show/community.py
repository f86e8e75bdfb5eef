"""The creator's community as the studio sees it: members with their tier and points by kind,
and the on-air moments they cause (a tier reached, a high-tier member back).

Immutable values only (the show model keeps them; overlays and the window read them). The
rules that earn and take points are the platform's (docs/COMMUNITY.md); nothing here counts
points, it only shows what the platform said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

NO_CASH_VALUE = "Points are not transferable and have no cash value."

POINT_KINDS = ("purchase", "answered_question", "referral", "attendance")
"""The kinds of points, in the order the window lists them (the contract's `PointsKind`)."""


@dataclass(frozen=True, slots=True)
class Member:
    """A member of the creator's community across shows.

    `standing` = `vested` + `pending` (points); `tier` None below the first threshold,
    `tier_rank` 0 then, 1 for the first tier and so on; `by_kind` maps each of `POINT_KINDS`
    to its standing points. A member is an account (`viewer_id`); `name` is the latest display
    name, `names_seen` every one seen (first first), `first_seen_at` server UTC.
    """

    name: str
    tier: str | None
    tier_rank: int
    standing: int
    vested: int = 0
    pending: int = 0
    by_kind: tuple[tuple[str, int], ...] = ()
    orders_count: int = 0
    shows_attended: int = 0
    streak: int = 0
    member_price_percent: int = 0
    giveaway_weight: int = 1
    viewer_id: str = ""
    names_seen: tuple[str, ...] = ()
    first_seen_at: datetime | None = None

    def points(self, kind: str) -> int:
        """Standing points of one kind (0 for a kind the platform did not report)."""
        return dict(self.by_kind).get(kind, 0)


class MomentKind(StrEnum):
    TIER_UP = "tier_up"
    WELCOME_BACK = "welcome_back"


@dataclass(frozen=True, slots=True)
class MemberMoment:
    """Something to celebrate on air: `member` reached a tier (`previous_tier` the one they
    left) or, being of a high tier, came back to a show. `at`: server UTC when heard."""

    kind: MomentKind
    member: Member
    at: datetime
    previous_tier: str | None = None


def extra_chances(weights: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """The tiers whose members hold more than one ticket in a giveaway draw, lowest first:
    (tier name, tickets). Empty when the draw is not weighted (every entry one ticket)."""
    return tuple((name, w) for name, w in weights if w > 1)


def members_by_standing(members: Iterable[Member]) -> tuple[Member, ...]:
    """Highest standing first; ties by name."""
    return tuple(sorted(members, key=lambda m: (-m.standing, m.name)))


def is_high_tier(member: Member, tiers_known: int, min_rank: int | None = None) -> bool:
    """Whether a "welcome back" is due: the member is in the top two tiers of `tiers_known`
    (or at least `min_rank` when given). One tier only: any tiered member."""
    if member.tier_rank == 0:
        return False
    floor = min_rank if min_rank is not None else max(1, tiers_known - 1)
    return member.tier_rank >= floor


def tier_of(viewer_id: str | None, members: Mapping[str, Member]) -> str | None:
    """The tier of the member with account `viewer_id` (`members` keyed by account), if the
    studio has heard of them."""
    m = members.get(viewer_id) if viewer_id is not None else None
    return m.tier if m is not None else None


@dataclass(frozen=True, slots=True)
class ResellerProgram:
    """The show's reseller mode: `two_b` (streamed to resellers) and the commission rate in
    basis points (1000 = 10 %)."""

    two_b: bool = False
    commission_bp: int = 0

    def commission_minor(self, revenue_minor: int) -> int:
        """The commission on `revenue_minor`, rounded half to even (minor units)."""
        from decimal import ROUND_HALF_EVEN, Decimal

        exact = Decimal(revenue_minor) * self.commission_bp / 10_000
        return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
