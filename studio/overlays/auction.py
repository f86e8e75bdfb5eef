"""The live-auction panel: current bid, who leads, time left; then "Sold to ..." or "Not sold".

The overlay driver builds an `AuctionView` from `studio.show.on_air.auction_on_air` (money
already formatted for the show's locale) once a second and whenever a bid lands; the scene
renders it only when it changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.overlays.live_panel import Panel, Row, render_panel
from studio.overlays.painting import Rendered
from studio.overlays.theme import Theme
from studio.show.money import DEFAULT_LOCALE, format_integer


@dataclass(frozen=True)
class AuctionText:
    """Every word the auction panel prints (for a show in another language)."""

    live: str = "Live auction"
    sudden_death: str = "Sudden death"
    sold: str = "Sold"
    ended: str = "Auction ended"
    leads: str = "{name} leads"
    bids: str = "{n} bids"
    one_bid: str = "1 bid"
    starting: str = "Starting bid {amount}"
    no_bids: str = "No bids yet"
    sold_to: str = "Sold to {name}"
    not_sold: str = "Not sold"
    reserve: str = "Reserve not met"
    no_bid_end: str = "No bids"
    extended: str = "Extended"


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
    count = t.one_bid if v.bids == 1 else t.bids.format(n=format_integer(v.bids, v.locale))
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
