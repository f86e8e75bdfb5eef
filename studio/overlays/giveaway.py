"""The giveaway panel: prize, how to enter, entries so far and the countdown; then the winner
with the start of the revealed seed, so viewers can check the draw (docs/GIVEAWAYS.md)."""

from __future__ import annotations

from dataclasses import dataclass

from studio.overlays.live_panel import Panel, Row, render_panel
from studio.overlays.painting import Rendered
from studio.overlays.theme import Theme


@dataclass(frozen=True)
class GiveawayText:
    """Every word the giveaway panel prints."""

    open: str = "Giveaway"
    winner: str = "Giveaway winner"
    entries: str = "{n} entries"
    one_entry: str = "1 entry"
    no_entries: str = "No entries: no winner"
    proof: str = "Fair draw · seed {seed}…"


@dataclass(frozen=True)
class GiveawayView:
    """What the panel shows. `phase`: open or drawn. `entries` formatted for the locale;
    `how`: how to enter ("Comment #win to enter"); `seed`: the revealed seed (drawn)."""

    prize: str
    how: str
    entries: str
    entry_count: int
    phase: str
    remaining_s: int = 0
    total_s: float = 1.0
    winner: str | None = None
    seed: str | None = None


def giveaway_panel(v: GiveawayView, text: GiveawayText | None = None) -> Panel:
    """The rows of the panel for `v` (see `live_panel.Panel`)."""
    t = text or GiveawayText()
    count = t.one_entry if v.entry_count == 1 else t.entries.format(n=v.entries)
    if v.phase == "drawn":
        proof = t.proof.format(seed=(v.seed or "")[:10])
        if v.winner is None:
            rows: tuple[Row, ...] = (Row(v.prize, "title"), Row(t.no_entries, "strong", "muted"))
        else:
            rows = (
                Row(v.prize, "title"),
                Row(v.winner, "big", "accent"),
                Row(f"{count} · {proof}", "sub", "muted"),
            )
        return Panel(t.winner, "🎉", rows)
    rows = (Row(v.prize, "title"), Row(count, "big", "price"), Row(v.how, "sub", "text"))
    return Panel(t.open, "🎁", rows, v.remaining_s, v.total_s)


def render_giveaway(
    view: GiveawayView, theme: Theme, s: float, width: float, text: GiveawayText | None = None
) -> Rendered:
    """The giveaway panel, `width` pixels wide at scale `s` (1.0 at 1080 lines)."""
    return render_panel(giveaway_panel(view, text), theme, s, width)
