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


MAX_BOARD_NAME = 18  # characters: a longer reseller name is cut with an ellipsis


def _two_lines(words: str, font: QFont) -> list[str]:
    """`words` on one line, or split at the space that best balances two lines."""
    parts = words.split(" ")
    if len(parts) < 2:
        return [words]
    splits = [(" ".join(parts[:i]), " ".join(parts[i:])) for i in range(1, len(parts))]
    a, b = min(splits, key=lambda ab: max(text_width(ab[0], font), text_width(ab[1], font)))
    return [a, b]


def render_reseller_board(
    rows: Sequence[BoardRow], theme: Theme, s: float, max_width: float, text: OverlayText
) -> Rendered:
    """The reseller leaderboard, drawn where the supporters strip goes while it is shown: a
    header (on the left, in two lines) and up to three resellers, each with their name over
    their orders and revenue tonight, so a name has the width of its figures and more within
    `max_width` (pixels, the strip's room beside the auction at 16:9). A name longer than
    MAX_BOARD_NAME characters is cut with an ellipsis; only when three long names still do
    not fit are the longest shortened further. Figures are always whole. Panel height about
    the supporters strip's (the layout's top band)."""
    t = text._t
    c = theme.colors
    k = s * theme.fonts.scale
    hfont = make_font(theme.fonts.body, 15 * k, bold=True)
    hfont.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    nfont = make_font(theme.fonts.body, 21 * k, bold=True)
    ffont = make_font(theme.fonts.body, 17 * k)
    mfont = make_font(theme.fonts.body, 22 * k)
    hm, nm, fm = QFontMetricsF(hfont), QFontMetricsF(nfont), QFontMetricsF(ffont)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 18 * s + fp, 8 * s + fp * 0.6
    gap, small, lead = 22 * s, 6 * s, 1 * s
    header = _two_lines("🤝 " + t.gettext("Top resellers tonight").upper(), hfont)
    header_w = max(text_width(line, hfont) for line in header)
    entries = []
    for i, row in enumerate(rows[:3]):
        medal = MEDALS[i] if i < len(MEDALS) else f"{i + 1}."
        figures = t.ngettext("{n} order", "{n} orders", row.orders).format(n=row.orders)
        name = " ".join(row.name.split()) or "?"
        if len(name) > MAX_BOARD_NAME:
            name = name[: MAX_BOARD_NAME - 1].rstrip() + "…"
        entries.append((medal, name, f"{figures} · {row.revenue}"))
    medal_ws = [text_width(m, mfont) + small for m, _, _ in entries]
    fig_ws = [text_width(f, ffont) for _, _, f in entries]
    widths = [text_width(n, nfont) for _, n, _ in entries]
    fixed = header_w + gap + sum(medal_ws) + gap * max(0, len(entries) - 1)
    avail = max_width - 2 * inner_x - fixed

    def need(cap: float) -> float:
        return sum(max(min(w, cap), f) for w, f in zip(widths, fig_ws, strict=True))

    cap = max(widths, default=0.0)  # shorten the longest names first, as the supporters strip
    while entries and need(cap) > avail and cap > 20 * s:
        cap -= 4 * s
    names = [
        n if w <= cap else elide(n, nfont, cap)
        for (_, n, _), w in zip(entries, widths, strict=True)
    ]
    cols = [max(text_width(n, nfont), f) for n, f in zip(names, fig_ws, strict=True)]
    row_w = fixed + sum(cols)
    W = round(min(max_width, row_w + 2 * inner_x))
    body_h = nm.height() + lead + fm.height()
    H = round(inner_y + max(body_h, len(header) * hm.height()) + inner_y)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    p.setFont(hfont)
    p.setPen(qcolor(c.muted))
    hy = (H - len(header) * hm.height()) / 2 + hm.ascent()
    for line in header:
        p.drawText(QPointF(inner_x, hy), line)
        hy += hm.height()
    top = (H - body_h) / 2
    name_base = top + nm.ascent()
    fig_base = top + nm.height() + lead + fm.ascent()
    x = inner_x + header_w + gap
    for (medal, _, figures), name, mw, col in zip(entries, names, medal_ws, cols, strict=True):
        p.setFont(mfont)
        p.setPen(qcolor(c.text))
        p.drawText(QPointF(x, name_base), medal)
        x += mw
        p.setFont(nfont)
        p.drawText(QPointF(x, name_base), name)
        p.setFont(ffont)
        p.setPen(qcolor(c.accent if c.accent != c.text else c.muted))
        p.drawText(QPointF(x, fig_base), figures)
        x += col + gap
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
