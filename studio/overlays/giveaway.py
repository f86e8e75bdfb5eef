"""The giveaway panel: prize, how to enter, entries so far and the countdown; then the winner
with the start of the revealed seed, so viewers can check the draw (docs/GIVEAWAYS.md)."""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from studio import i18n
from studio.overlays.live_panel import Panel, Row, render_panel
from studio.overlays.painting import Rendered
from studio.overlays.theme import Theme


@dataclass(frozen=True)
class GiveawayText:
    """Every word the giveaway panel prints, in the show's `language` (its gettext catalogue,
    as `OverlayText`); counts use that language's CLDR plural rules."""

    language: str = "en"

    @property
    def _t(self) -> gettext.NullTranslations:
        return i18n.translations(self.language)

    @property
    def open(self) -> str:
        return self._t.gettext("Giveaway")

    @property
    def winner(self) -> str:
        return self._t.gettext("Giveaway winner")

    def entries(self, n: int) -> str:
        """'{n} entries' for a count of n (the caller formats n)."""
        return self._t.ngettext("{n} entry", "{n} entries", n)

    @property
    def no_entries(self) -> str:
        return self._t.gettext("No entries: no winner")

    def odds(self, tiers: tuple[tuple[str, int], ...]) -> str:
        """The header's pill while a weighted draw is open: 'Members ×3' (the most tickets a
        tier holds; the window lists every tier)."""
        most = max(w for _, w in tiers)
        return self._t.gettext("Members ×{tickets}").format(tickets=most)

    @property
    def proof(self) -> str:
        return self._t.gettext("Fair draw · seed {seed}…")


@dataclass(frozen=True)
class GiveawayView:
    """What the panel shows. `phase`: open or drawn. `entries` formatted for the locale;
    `how`: how to enter ("Comment #win to enter"); `seed`: the revealed seed (drawn);
    `odds`: (tier, tickets) of the tiers holding more than one ticket (a weighted draw is
    said on air while entries are open, as a pill in the header: "Members ×3")."""

    prize: str
    how: str
    entries: str
    entry_count: int
    phase: str
    remaining_s: int = 0
    total_s: float = 1.0
    winner: str | None = None
    seed: str | None = None
    odds: tuple[tuple[str, int], ...] = ()


def giveaway_panel(v: GiveawayView, text: GiveawayText | None = None) -> Panel:
    """The rows of the panel for `v` (see `live_panel.Panel`)."""
    t = text or GiveawayText()
    count = t.entries(v.entry_count).format(n=v.entries)
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
    odds = t.odds(v.odds) if v.odds else None
    return Panel(t.open, "🎁", rows, v.remaining_s, v.total_s, tag=odds)


def render_giveaway(
    view: GiveawayView, theme: Theme, s: float, width: float, text: GiveawayText | None = None
) -> Rendered:
    """The giveaway panel, `width` pixels wide at scale `s` (1.0 at 1080 lines)."""
    return render_panel(giveaway_panel(view, text), theme, s, width)
