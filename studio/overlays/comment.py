"""The pinned comment: a viewer's words on screen, beside the title lower third.

Readable from a phone across the room: the comment's text is set larger than its author's
name (`TEXT_PX` against `NAME_PX`, pixels at 1080 lines), the name small, bold and in the
theme's accent above it, the way broadcast chat call-outs read. Text comes from viewers, so
it is cut to `MAX_LINES` lines with an ellipsis, names to `MAX_NAME` characters; right-to-left
text is laid out by Unicode rules and anchored to the reading edge.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from studio.overlays.fonts import is_rtl, make_font
from studio.overlays.models import OverlayComment, OverlayText
from studio.overlays.painting import (
    Rendered,
    begin,
    draw_panel,
    elide,
    finish,
    fit_text,
    frame_pad,
    new_image,
    qcolor,
    shadow_pad,
    text_width,
)
from studio.overlays.theme import Theme

NAME_PX = 20  # the author's name, at 1080 lines (times the theme's font scale)
TEXT_PX = 32  # the comment itself: larger than the name, on purpose
MAX_LINES = 3
MAX_NAME = 32
MAX_TEXT = 500


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def render_comment(
    comment: OverlayComment,
    theme: Theme,
    s: float,
    max_width: float,
    *,
    max_lines: int = MAX_LINES,
    text: OverlayText | None = None,
) -> Rendered:
    """The comment panel, at most `max_width` px wide (panel, without its shadow pad).

    `s` is the layout scale (1.0 at 1080 lines); `max_lines` (1 or more) bounds the comment's
    lines. Raises nothing for any text (empty text draws the name alone).
    """
    text = text or OverlayText()
    c = theme.colors
    k = s * theme.fonts.scale
    name_font = make_font(theme.fonts.body, NAME_PX * k, bold=True)
    body_font = make_font(theme.fonts.heading, TEXT_PX * k, weight=theme.fonts.heading_weight)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 20 * s + fp, 14 * s + fp * 0.6
    accent_w = 6 * s
    text_x = inner_x + accent_w + 14 * s
    avail = max(40 * s, max_width - text_x - inner_x)
    author = _clip(comment.author, MAX_NAME) or "Viewer"
    label = (text.comment_question if comment.question else text.comment_by).format(author=author)
    label = elide(label, name_font, avail)
    box = fit_text(_clip(comment.text, MAX_TEXT), body_font, avail, max(1, max_lines))
    name_metrics = QFontMetricsF(name_font)
    name_h = name_metrics.height()
    gap = 4 * s
    content_w = max(text_width(label, name_font), box.width)
    W = round(min(max_width, text_x + content_w + inner_x))
    H = round(inner_y + name_h + gap + box.height + inner_y)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(c.accent))
    p.drawRoundedRect(
        QRectF(inner_x, inner_y + 2 * s, accent_w, H - 2 * inner_y - 4 * s),
        accent_w / 2,
        accent_w / 2,
    )
    right = W - inner_x
    p.setFont(name_font)
    p.setPen(qcolor(c.accent))
    nx = right - text_width(label, name_font) if is_rtl(label) else text_x
    p.drawText(QPointF(nx, inner_y + name_metrics.ascent()), label)
    # Right-to-left lines are laid out right-aligned in `avail`: anchor that to the right edge.
    tx = right - avail if box.rtl else text_x
    box.draw(p, tx, inner_y + name_h + gap, qcolor(c.text))
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
