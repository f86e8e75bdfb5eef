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
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from studio.show.catalog import Product
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
