"""The flash-sale countdown face: label, mm:ss digits and a draining progress bar.

One face is rendered per displayed second (the scene pre-renders the next few). The panel's
width is fixed by the widest possible text, not the current one, so it never jitters as digits
change; digits sit in equal cells for the same reason.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout

from studio.overlays.fonts import is_rtl, make_font
from studio.overlays.models import OverlayText
from studio.overlays.painting import (
    Rendered,
    begin,
    draw_panel,
    finish,
    frame_pad,
    new_image,
    qcolor,
    rgba_mix,
    shadow_pad,
)
from studio.overlays.theme import Theme

URGENT_SECONDS = 10


def clock_text(seconds: int) -> str:
    """mm:ss, or h:mm:ss for segments of an hour or more."""
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m:02d}:{sec:02d}"


def render_countdown(
    remaining: int,
    total: float,
    theme: Theme,
    s: float,
    *,
    label: str | None = None,
    text: OverlayText | None = None,
) -> Rendered:
    """`remaining` whole seconds (0 = ended) out of `total` seconds."""
    text = text or OverlayText()
    label = (label if label is not None else text.countdown).upper()
    c = theme.colors
    k = s * theme.fonts.scale
    lfont = make_font(theme.fonts.body, 16 * k, bold=True)
    if not is_rtl(label):  # tracking would break Arabic letters apart
        lfont.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    dfont = make_font(theme.fonts.numbers, 50 * k, bold=True)
    dm = QFontMetricsF(dfont)
    # The label's own height: a fallback font (Arabic, Thai, CJK) can stand taller than the
    # theme's Latin font, whose metrics alone clipped the tops of an Arabic label.
    label_h, label_w = _line_size(label, lfont)
    ended = remaining <= 0
    urgent = 0 < remaining <= URGENT_SECONDS
    template = clock_text(max(int(total), remaining))
    cell = max(dm.horizontalAdvance(d) for d in "0123456789")
    colon = dm.horizontalAdvance(":")
    digits_w = sum(colon if ch == ":" else cell for ch in template)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 22 * s + fp, 12 * s + fp * 0.6
    W = round(max(label_w, digits_w, dm.horizontalAdvance(text.ended)) + 2 * inner_x)
    bar_h = 6 * s
    H = round(inner_y + label_h + dm.height() * 0.92 + bar_h + inner_y * 1.2)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    panel = QRectF(0, 0, W, H)
    if urgent:
        draw_panel(
            p, panel, theme, s, fill=c.urgent, fill_end=rgba_mix(c.urgent, (0, 0, 0, 255), 0.2)
        )
        fg, sub = c.on_urgent, c.on_urgent
    else:
        draw_panel(p, panel, theme, s)
        fg, sub = (c.muted if ended else c.text), c.muted
    p.setFont(lfont)
    p.setPen(qcolor(sub))
    p.drawText(QRectF(0, inner_y, W, label_h), int(Qt.AlignmentFlag.AlignHCenter), label)
    base = inner_y + label_h + dm.ascent() * 0.95
    p.setFont(dfont)
    p.setPen(qcolor(fg))
    if ended:
        p.drawText(
            QRectF(0, base - dm.ascent(), W, dm.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            text.ended,
        )
    else:
        face = clock_text(remaining)
        x = (W - sum(colon if ch == ":" else cell for ch in face)) / 2
        for ch in face:
            w = colon if ch == ":" else cell
            p.drawText(QPointF(x + (w - dm.horizontalAdvance(ch)) / 2, base), ch)
            x += w
    # Progress: how much of the sale is left, so viewers feel it draining.
    track = QRectF(inner_x, H - inner_y - bar_h, W - 2 * inner_x, bar_h)
    frac = 0.0 if ended or total <= 0 else min(1.0, remaining / total)
    _bar(p, track, frac, sub, c.on_urgent if urgent else (c.flash if frac < 0.25 else c.accent))
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)


def _line_size(text: str, font: QFont) -> tuple[float, float]:
    """(height, width) of `text` on one line as Qt will draw it, fallback fonts included."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    fm = QFontMetricsF(font)
    # Qt rounds a laid-out line to whole pixels: only a really taller line (a fallback font's)
    # changes the height, so Latin labels keep their exact metrics.
    height = line.height() if line.height() > fm.height() + 1 else fm.height()
    return height, max(fm.horizontalAdvance(text), line.naturalTextWidth())


def _bar(
    p: QPainter,
    track: QRectF,
    frac: float,
    bg: tuple[int, int, int, int],
    fg: tuple[int, int, int, int],
) -> None:
    r = track.height() / 2
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor((bg[0], bg[1], bg[2], 70)))
    p.drawRoundedRect(track, r, r)
    if frac > 0:
        p.setBrush(qcolor(fg))
        p.drawRoundedRect(
            QRectF(track.x(), track.y(), max(track.height(), track.width() * frac), track.height()),
            r,
            r,
        )
    p.restore()
