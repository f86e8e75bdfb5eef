"""The live-auction panel: current bid, who leads, time left; then "Sold to ..." or "Not sold".

The overlay driver builds an `AuctionView` from `studio.show.on_air.auction_on_air` (money
already formatted for the show's locale) once a second and whenever a bid lands; the scene
renders it only when it changed.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from studio import i18n
from studio.overlays.live_panel import Panel, Row, render_panel
from studio.overlays.painting import Rendered
from studio.overlays.theme import Theme
from studio.show.money import DEFAULT_LOCALE, format_integer


@dataclass(frozen=True)
class AuctionText:
    """Every word the auction panel prints, in the show's `language` (its gettext catalogue,
    as `OverlayText`); counts use that language's CLDR plural rules."""

    language: str = "en"

    @property
    def _t(self) -> gettext.NullTranslations:
        return i18n.translations(self.language)

    @property
    def live(self) -> str:
        return self._t.gettext("Live auction")

    @property
    def sudden_death(self) -> str:
        return self._t.gettext("Sudden death")

    @property
    def sold(self) -> str:
        return self._t.pgettext("an auction's result", "Sold")

    @property
    def ended(self) -> str:
        return self._t.gettext("Auction ended")

    @property
    def leads(self) -> str:
        return self._t.gettext("{name} leads")

    def bids(self, n: int) -> str:
        """'{n} bids' for a count of n (the caller formats n)."""
        return self._t.ngettext("{n} bid", "{n} bids", n)

    @property
    def starting(self) -> str:
        return self._t.gettext("Starting bid {amount}")

    @property
    def no_bids(self) -> str:
        return self._t.gettext("No bids yet")

    @property
    def sold_to(self) -> str:
        return self._t.gettext("Sold to {name}")

    @property
    def not_sold(self) -> str:
        return self._t.gettext("Not sold")

    @property
    def reserve(self) -> str:
        return self._t.gettext("Reserve not met")

    @property
    def no_bid_end(self) -> str:
        return self._t.pgettext("an auction's result", "No bids")

    @property
    def extended(self) -> str:
        return self._t.pgettext("an auction's time was extended", "Extended")


@dataclass(frozen=True)
class AuctionView:
    """What the panel shows. `phase`: live, sold or not_sold. `amount`: the current bid (the
    starting bid before any), formatted. `remaining_s` whole seconds on the platform's clock
    out of `total_s`. `reserve_pending`: a reserve not met (yet). `locale` writes the bid
    count (CLDR)."""

    title: str
    amount: str
    phase: str
    remaining_s: int = 0
    total_s: float = 1.0
    bids: int = 0
    leader: str | None = None
    sudden_death: bool = False
    extended: bool = False
    reserve_pending: bool = False
    locale: str = DEFAULT_LOCALE


def auction_panel(v: AuctionView, text: AuctionText | None = None) -> Panel:
    """The rows of the panel for `v` (see `live_panel.Panel`)."""
    t = text or AuctionText()
    count = t.bids(v.bids).format(n=format_integer(v.bids, v.locale))
    if v.phase == "sold":
        rows = (
            Row(v.title, "title"),
            Row(v.amount, "big", "price"),
            Row(t.sold_to.format(name=v.leader or "?"), "strong", "accent"),
        )
        return Panel(t.sold, "🔨", rows)
    if v.phase == "not_sold":
        why = t.reserve if v.reserve_pending and v.bids else t.no_bid_end
        rows = (
            Row(v.title, "title"),
            Row(t.not_sold, "big", "muted"),
            Row(why if not v.bids else f"{why} · {count}", "sub", "muted"),
        )
        return Panel(t.ended, "🔨", rows)
    tag = t.reserve if v.reserve_pending else (t.extended if v.extended else None)
    style = "warning" if v.reserve_pending else "accent"
    if v.bids:
        big = Row(v.amount, "big", "price")
        sub = Row(f"{t.leads.format(name=v.leader or '?')} · {count}", "sub", "text", tag, style)
    else:
        big = Row(t.starting.format(amount=v.amount), "strong", "price")
        sub = Row(t.no_bids, "sub", "muted", tag, style)
    label = t.sudden_death if v.sudden_death else t.live
    return Panel(label, "🔨", (Row(v.title, "title"), big, sub), v.remaining_s, v.total_s)


def render_auction(
    view: AuctionView, theme: Theme, s: float, width: float, text: AuctionText | None = None
) -> Rendered:
    """The auction panel, `width` pixels wide at scale `s` (1.0 at 1080 lines)."""
    return render_panel(auction_panel(view, text), theme, s, width)
