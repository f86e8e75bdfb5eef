"""On-air moments of the creator's community (issue 21): "welcome back" when a member of a
high tier joins, and a tier-up when an order lifts a member a tier.

Both are toasts in the order-alert slot (`OverlayScene.push_member`): they take their turn
with order toasts, are never merged into a burst summary, and go ahead of waiting order toasts.
Words come from the show's language (`OverlayText`'s gettext catalogue); names are cut to a
sane length, and RTL names and CJK tiers lay out by Unicode rules (`render_toast`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from studio.overlays.alerts import MAX_NAME, _clip, _fill
from studio.overlays.fonts import make_font
from studio.overlays.models import OverlayText
from studio.overlays.painting import (
    Rendered,
    begin,
    draw_panel,
    elide,
    finish,
    frame_pad,
    new_image,
    qcolor,
    shadow_pad,
    text_width,
)
from studio.overlays.supporters import MEDALS
from studio.overlays.theme import Theme

MAX_TIER = 24
TIER_UP_ICON = "⭐"
WELCOME_ICON = "👋"


@dataclass(frozen=True)
class MemberToast:
    """A member moment to put on air: `tier_up` (reached `tier`) or a welcome back."""

    name: str
    tier: str
    tier_up: bool
    previous_tier: str | None = None


def member_message(toast: MemberToast, text: OverlayText) -> tuple[str, list[tuple[int, int]], str]:
    """The toast sentence, the spans to set in bold (name, tier) and its icon."""
    t = text._t
    if toast.tier_up:
        template, icon = t.gettext("{name} is now {tier}!"), TIER_UP_ICON
    else:
        template, icon = t.gettext("Welcome back, {name} · {tier}"), WELCOME_ICON
    values = {
        "name": _clip(toast.name, MAX_NAME) or text.someone,
        "tier": _clip(toast.tier, MAX_TIER),
    }
    msg, bold = _fill(template, values, ("name", "tier"))
    return msg, bold, icon


@dataclass(frozen=True)
class BoardRow:
    """One reseller on the leaderboard: name, orders tonight, revenue (already formatted)."""

    name: str
    orders: int
    revenue: str


def render_reseller_board(
    rows: Sequence[BoardRow], theme: Theme, s: float, max_width: float, text: OverlayText
) -> Rendered:
    """The reseller leaderboard, drawn where the supporters strip goes while it is shown: a
    header and up to three resellers with their orders and revenue tonight (names are cut
    before numbers, so figures are always whole)."""
    t = text._t
    c = theme.colors
    k = s * theme.fonts.scale
    hfont = make_font(theme.fonts.body, 15 * k, bold=True)
    hfont.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    nfont = make_font(theme.fonts.body, 21 * k, bold=True)
    ffont = make_font(theme.fonts.body, 18 * k)
    mfont = make_font(theme.fonts.body, 22 * k)
    hm, nm = QFontMetricsF(hfont), QFontMetricsF(nfont)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 18 * s + fp, 10 * s + fp * 0.6
    gap, small = 22 * s, 6 * s
    header = "🤝 " + t.gettext("Top resellers tonight").upper()
    entries = []
    for i, row in enumerate(rows[:3]):
        medal = MEDALS[i] if i < len(MEDALS) else f"{i + 1}."
        figures = t.ngettext("{n} order", "{n} orders", row.orders).format(n=row.orders)
        entries.append((medal, " ".join(row.name.split()) or "?", f"{figures} · {row.revenue}"))
    fixed = sum(
        text_width(m, mfont) + small + text_width(f, ffont) + small for m, _, f in entries
    ) + gap * max(0, len(entries) - 1)
    avail = max_width - 2 * inner_x - fixed
    widths = [text_width(n, nfont) for _, n, _ in entries]
    cap = max(widths, default=0.0)  # shorten the longest names first, as the supporters strip
    while entries and sum(min(w, cap) for w in widths) > avail and cap > 20 * s:
        cap -= 4 * s
    names = [
        n if w <= cap else elide(n, nfont, cap)
        for (_, n, _), w in zip(entries, widths, strict=True)
    ]
    row_w = fixed + sum(text_width(n, nfont) for n in names)
    W = round(min(max_width, max(row_w, text_width(header, hfont)) + 2 * inner_x))
    H = round(inner_y + hm.height() + 4 * s + nm.height() + inner_y)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    p.setFont(hfont)
    p.setPen(qcolor(c.muted))
    p.drawText(QPointF(inner_x, inner_y + hm.ascent()), header)
    base = inner_y + hm.height() + 4 * s + nm.ascent()
    x = inner_x
    for (medal, _, figures), name in zip(entries, names, strict=True):
        p.setFont(mfont)
        p.drawText(QPointF(x, base), medal)
        x += text_width(medal, mfont) + small
        p.setFont(nfont)
        p.setPen(qcolor(c.text))
        p.drawText(QPointF(x, base), name)
        x += text_width(name, nfont) + small
        p.setFont(ffont)
        p.setPen(qcolor(c.accent if c.accent != c.text else c.muted))
        p.drawText(QPointF(x, base), figures)
        x += text_width(figures, ffont) + gap
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
