"""What the overlays may claim right now, derived from the show state alone.

One source of truth for what is on air: `on_air(state, server_now)` is pure, and the overlay
driver applies its result to the scene after every change (and once a second), so no overlay
keeps a claim of its own. The rules, each a promise to viewers (a countdown to a deadline that
does not exist, or a price that is not charged, is a false urgency or price claim, which
consumer law in several markets forbids, e.g. the EU's Unfair Commercial Practices Directive,
Annex I point 7):

- Nothing is on air for a show that has ended, or when nothing is pinned.
- A flash sale belongs to a product: its countdown and its flash price are on air only while
  that product is pinned, the sale is active on the platform, and its `ends_at` is ahead.
- A sold-out product shows no sale (the platform ends it) and no buy prompt.
- A comment is on air while it is the show's pinned comment and not hidden (`comment_on_air`).
- An auction is on air while it runs on the platform's clock, then its result (sold to whom,
  or not sold) for a few seconds; a giveaway while it is open, then its winner
  (`auction_on_air`, `giveaway_on_air`). Neither claims a result the platform has not given.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from studio.show.auction import Auction
from studio.show.catalog import Product
from studio.show.giveaway import Giveaway
from studio.show.money import from_minor
from studio.show.state import Comment, ShowState, ShowStatus, Timer


@dataclass(frozen=True, slots=True)
class SaleOnAir:
    """The countdown on air: a live flash sale of the pinned product (times in server UTC)."""

    timer_id: str
    starts_at: datetime
    ends_at: datetime

    @property
    def total_s(self) -> float:
        """The sale's whole length in seconds (sizes the countdown's progress bar)."""
        return max(1.0, (self.ends_at - self.starts_at).total_seconds())


@dataclass(frozen=True, slots=True)
class OnAir:
    """What the card and the countdown show.

    `product`: the pinned product as the card must show it (`flash_price` set only with
    `sale`), or None; `sold_out`: the card says so and offers no buy prompt; `sale`: the
    countdown, or None.
    """

    product: Product | None = None
    sold_out: bool = False
    sale: SaleOnAir | None = None


NOTHING = OnAir()


def live_sale(state: ShowState, product_id: str | None, server_now: datetime) -> Timer | None:
    """The active, unexpired flash-sale timer of `product_id`, if any."""
    if product_id is None:
        return None
    for t in state.timers:
        if t.product_id == product_id and t.status == "active" and t.ends_at > server_now:
            return t
    return None


def on_air(state: ShowState | None, server_now: datetime) -> OnAir:
    """What may be on air at `server_now` (see the module docstring for the rules)."""
    if state is None or state.show is None or state.show.status == ShowStatus.ENDED:
        return NOTHING
    product = state.pinned
    if product is None:
        return NOTHING
    timer = None if product.sold_out else live_sale(state, product.product_id, server_now)
    if timer is None:
        return OnAir(dataclasses.replace(product, flash_price=None), product.sold_out, None)
    flash = from_minor(timer.flash_price_minor, product.currency)
    if product.price is not None and not 0 < flash < product.price:
        # Not a discount the platform would accept: never show it as one.
        return OnAir(dataclasses.replace(product, flash_price=None), False, None)
    return OnAir(
        dataclasses.replace(product, flash_price=flash),
        False,
        SaleOnAir(timer.id, timer.starts_at, timer.ends_at),
    )


def comment_on_air(state: ShowState | None) -> Comment | None:
    """The comment on screen: the platform's pinned comment unless it is hidden; none for a
    show that has ended. Pure, like `on_air`."""
    if state is None or state.show is None or state.show.status == ShowStatus.ENDED:
        return None
    return state.pinned_comment


# -- auctions and giveaways (issue 20) ---------------------------------------------------------

RESULT_HOLD_S = 10.0  # "SOLD to ...", "Not sold" and a giveaway's winner stay this long


@dataclass(frozen=True, slots=True)
class AuctionOnAir:
    """The auction panel: `auction` as the platform last said, `product` (None if not in the
    catalog), `remaining_s` on the server clock (0 once over) and `phase`: "live", "sold" or
    "not_sold" (the end state, on air for `RESULT_HOLD_S` after the auction ended)."""

    auction: Auction
    product: Product | None
    remaining_s: float
    phase: str


@dataclass(frozen=True, slots=True)
class GiveawayOnAir:
    """The giveaway panel: `phase` "open" (entries, countdown) or "drawn" (the winner, or
    nobody when no one entered), on air for `RESULT_HOLD_S` after the draw."""

    giveaway: Giveaway
    remaining_s: float
    phase: str


def _held(ended_at: datetime | None, server_now: datetime) -> bool:
    return ended_at is not None and 0 <= (server_now - ended_at).total_seconds() < RESULT_HOLD_S


def auction_on_air(state: ShowState | None, server_now: datetime) -> AuctionOnAir | None:
    """The auction panel at `server_now`, or None. A running auction is on air until its
    `ends_at` on the server clock; then "sold" or "not sold" for `RESULT_HOLD_S` once the
    platform has judged it (until then it shows 0:00, never a result the platform did not
    give). A cancelled auction, or any auction of a show that has ended, is off air."""
    if state is None or state.show is None or state.show.status == ShowStatus.ENDED:
        return None
    a = state.auction
    if a is None:
        return None
    product = state.product(a.product_id)
    if a.status == "active":
        return AuctionOnAir(a, product, a.remaining_s(server_now), "live")
    if a.status in ("sold", "not_sold") and _held(a.ended_at, server_now):
        return AuctionOnAir(a, product, 0.0, a.status)
    return None


def giveaway_on_air(state: ShowState | None, server_now: datetime) -> GiveawayOnAir | None:
    """The giveaway panel at `server_now`, or None: open until drawn (the countdown stops at
    0:00 until the platform draws), then the winner for `RESULT_HOLD_S`. A cancelled one, or
    any of a show that has ended, is off air."""
    if state is None or state.show is None or state.show.status == ShowStatus.ENDED:
        return None
    g = state.giveaway
    if g is None:
        return None
    if g.status == "open":
        return GiveawayOnAir(g, g.remaining_s(server_now), "open")
    if g.status == "drawn" and _held(g.drawn_at, server_now):
        return GiveawayOnAir(g, 0.0, "drawn")
    return None
