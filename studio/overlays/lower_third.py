"""The lower third: a LIVE tag, the show's title and an optional subtitle (host, segment)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from studio.overlays.fonts import is_rtl, make_font
from studio.overlays.models import OverlayText
from studio.overlays.painting import (
    Rendered,
    begin,
    draw_panel,
    elide,
    finish,
    frame_pad,
    new_image,
    pill,
    qcolor,
    shadow_pad,
    text_width,
)
from studio.overlays.theme import Theme


def render_lower_third(
    title: str,
    subtitle: str | None,
    theme: Theme,
    s: float,
    max_width: float,
    *,
    text: OverlayText | None = None,
    live: bool = True,
) -> Rendered:
    """The lower third; `live` False leaves out the LIVE tag (a preview while off air)."""
    text = text or OverlayText()
    c = theme.colors
    k = s * theme.fonts.scale
    tfont = make_font(theme.fonts.heading, 34 * k, weight=theme.fonts.heading_weight)
    sfont = make_font(theme.fonts.body, 20 * k)
    lfont = make_font(theme.fonts.body, 16 * k, bold=True)
    tm, sm, lm = QFontMetricsF(tfont), QFontMetricsF(sfont), QFontMetricsF(lfont)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 22 * s + fp, 14 * s + fp * 0.6
    accent_w = 6 * s
    tag = "● " + text.live
    gap = 14 * s
    live_w = lm.horizontalAdvance(tag) + 24 * s if live else -gap
    title = " ".join(title.split())
    subtitle = " ".join((subtitle or "").split()) or None
    text_x = inner_x + accent_w + 10 * s
    avail = max_width - text_x - inner_x - live_w - gap
    t = elide(title, tfont, avail)
    sub = elide(subtitle, sfont, avail + live_w + gap) if subtitle else None
    W = round(
        min(
            max_width,
            text_x
            + max(live_w + gap + text_width(t, tfont), text_width(sub, sfont) if sub else 0)
            + inner_x,
        )
    )
    H = round(inner_y + tm.height() + (sm.height() if sub else 0) + inner_y)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    # Accent bar: the theme's signature colour along the reading edge.
    p.setPen(qcolor((0, 0, 0, 0)))
    p.setBrush(qcolor(c.accent))
    p.drawRoundedRect(
        QRectF(inner_x, inner_y + 4 * s, accent_w, H - 2 * inner_y - 8 * s),
        accent_w / 2,
        accent_w / 2,
    )
    pill_y = inner_y + (tm.height() - (lm.height() + 10 * s)) / 2
    if live:
        pill(p, text_x, pill_y, tag, lfont, c.on_urgent, c.live, s)
    p.setFont(tfont)
    p.setPen(qcolor(c.text))
    tx = text_x + live_w + gap
    if is_rtl(t):
        # Qt shapes the run right-to-left; anchor it to the box's right end within the space.
        tx = W - inner_x - text_width(t, tfont)
    p.drawText(QPointF(tx, inner_y + tm.ascent()), t)
    if sub:
        p.setFont(sfont)
        p.setPen(qcolor(c.muted))
        sx = text_x if not is_rtl(sub) else W - inner_x - text_width(sub, sfont)
        p.drawText(QPointF(sx, inner_y + tm.height() + sm.ascent()), sub)
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
