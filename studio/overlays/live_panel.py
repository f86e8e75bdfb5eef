"""What the auction and giveaway panels share: a header row (label, clock), rows of text, a
draining bar, drawn on the theme's panel at a width the layout gives.

A panel is a list of rows measured first and painted second, so its height follows its
content and nothing is clipped; every text is elided to the panel's width.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from studio.overlays.countdown import URGENT_SECONDS, clock_text
from studio.overlays.fonts import make_font
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

Color = tuple[int, int, int, int]


@dataclass(frozen=True)
class Row:
    """One line of a panel: `text` in `font` ("title", "big", "sub", "strong") and `color`
    ("text", "muted", "accent", "price", "flash"); `tag` a pill at the row's end (colours:
    `tag_style` "warning" or "accent")."""

    text: str
    font: str
    color: str = "text"
    tag: str | None = None
    tag_style: str = "warning"


@dataclass(frozen=True)
class Panel:
    """A live panel: the header `label` (upper-cased) with an icon, a clock (`remaining_s`
    of `total_s`; None: no clock and no bar), and its rows; `tag` an accent pill in the header
    before the clock (the label gives way to it)."""

    label: str
    icon: str
    rows: tuple[Row, ...]
    remaining_s: int | None = None
    total_s: float = 1.0
    tag: str | None = None


def _fonts(theme: Theme, k: float) -> dict[str, QFont]:
    label = make_font(theme.fonts.body, 15 * k, bold=True)
    label.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    return {
        "label": label,
        "clock": make_font(theme.fonts.numbers, 30 * k, bold=True),
        "title": make_font(theme.fonts.heading, 22 * k, bold=True),
        "big": make_font(theme.fonts.numbers, 44 * k, bold=True),
        "strong": make_font(theme.fonts.body, 22 * k, bold=True),
        "sub": make_font(theme.fonts.body, 18 * k),
        "tag": make_font(theme.fonts.body, 14 * k, bold=True),
    }


def render_panel(panel: Panel, theme: Theme, s: float, width: float) -> Rendered:
    """The panel `width` pixels wide (its visible rectangle), as tall as its rows need."""
    c = theme.colors
    k = s * theme.fonts.scale
    f = _fonts(theme, k)
    colors: dict[str, Color] = {
        "text": c.text,
        "muted": c.muted,
        "accent": c.accent,
        "price": c.price,
        "flash": c.flash,
    }
    fp = frame_pad(theme, s)
    ix, iy = 20 * s + fp, 14 * s + fp * 0.6
    W = round(width)
    inner = W - 2 * ix
    clock = panel.remaining_s
    urgent = clock is not None and clock <= URGENT_SECONDS
    lm, cm = QFontMetricsF(f["label"]), QFontMetricsF(f["clock"])
    head_h = max(lm.height(), cm.height() * 0.9)
    heights = [
        QFontMetricsF(f[r.font]).height() * (0.95 if r.font == "big" else 1.0) for r in panel.rows
    ]
    bar_h = 6 * s
    gap = 4 * s
    H = round(iy + head_h + gap + sum(heights) + (gap * 2 + bar_h if clock is not None else 0) + iy)
    pad = shadow_pad(theme, s)
    img = _background(W, H, theme, s).copy()  # panel, frame and shadow: the same every second
    p = begin(img)
    p.translate(pad, pad)
    y = iy
    # Header: icon + label on the reading start, the clock on the other end.
    clock_w = 0.0
    if clock is not None:
        face = clock_text(clock)
        clock_w = text_width(face, f["clock"])
        p.setFont(f["clock"])
        p.setPen(qcolor(c.urgent if urgent else c.text))
        p.drawText(
            QRectF(W - ix - clock_w, y, clock_w, head_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            face,
        )
    if panel.tag:
        tm = QFontMetricsF(f["tag"])
        tag_h = tm.height() + 10 * s
        r = pill(
            p,
            W - ix - clock_w - (12 * s if clock_w else 0.0),
            y + (head_h - tag_h) / 2,
            panel.tag.upper(),
            f["tag"],
            c.on_accent,
            c.accent,
            s,
            max_width=inner * 0.45,
            align_right=True,
        )
        clock_w += r.width() + (12 * s if clock_w else 0.0)
    label = elide(f"{panel.icon} {panel.label.upper()}", f["label"], inner - clock_w - 12 * s)
    p.setFont(f["label"])
    p.setPen(qcolor(c.accent))
    p.drawText(
        QRectF(ix, y, inner - clock_w, head_h),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        label,
    )
    y += head_h + gap
    for row, h in zip(panel.rows, heights, strict=True):
        _row(p, row, f, colors, theme, s, QRectF(ix, y, inner, h))
        y += h
    if clock is not None:
        frac = 0.0 if panel.total_s <= 0 else max(0.0, min(1.0, clock / panel.total_s))
        track = QRectF(ix, y + gap * 2, inner, bar_h)
        _bar(p, track, frac, c.muted, c.urgent if urgent else c.accent)
    p.end()
    return Rendered(img, pad, W, H)


_BACKGROUNDS: dict[tuple[int, int, float, int], tuple[Theme, QImage]] = {}
_BACKGROUNDS_LOCK = threading.Lock()


def _background(W: int, H: int, theme: Theme, s: float) -> QImage:
    """The themed panel of `W` x `H` with its shadow or glow, drawn once per size and theme.

    A live panel is redrawn every second and on every bid or entry; only its words change,
    so the panel and its blurred shadow (most of the cost) are kept. The text is then drawn
    over the shadowed panel (under a translucent panel the shadow shows through the words'
    gaps as it does through the panel's). Thread-safe; the result must be copied to draw on.
    """
    key = (W, H, round(s, 6), id(theme))
    with _BACKGROUNDS_LOCK:
        hit = _BACKGROUNDS.get(key)
    if hit is not None and hit[0] is theme:
        return hit[1]
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    p.end()
    img = finish(img, theme, s, pad)
    with _BACKGROUNDS_LOCK:
        if len(_BACKGROUNDS) >= 64:
            _BACKGROUNDS.clear()
        _BACKGROUNDS[key] = (theme, img)
    return img


def _row(
    p: QPainter,
    row: Row,
    f: dict[str, QFont],
    colors: dict[str, Color],
    theme: Theme,
    s: float,
    rect: QRectF,
) -> None:
    room = rect.width()
    if row.tag:
        c = theme.colors
        fg, bg = (
            (c.on_warning, c.warning) if row.tag_style == "warning" else (c.on_accent, c.accent)
        )
        tm = QFontMetricsF(f["tag"])
        tag_h = tm.height() + 10 * s
        r = pill(
            p,
            rect.right(),
            rect.center().y() - tag_h / 2,
            row.tag.upper(),
            f["tag"],
            fg,
            bg,
            s,
            max_width=rect.width() * 0.5,
            align_right=True,
        )
        room -= r.width() + 10 * s
    p.setFont(f[row.font])
    p.setPen(qcolor(colors.get(row.color, colors["text"])))
    p.drawText(
        QRectF(rect.x(), rect.y(), room, rect.height()),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        elide(row.text, f[row.font], room),
    )


def _bar(p: QPainter, track: QRectF, frac: float, bg: Color, fg: Color) -> None:
    r = track.height() / 2
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor((bg[0], bg[1], bg[2], 70)))
    p.drawRoundedRect(track, r, r)
    if frac > 0:
        p.setBrush(qcolor(fg))
        w = max(track.height(), track.width() * frac)
        p.drawRoundedRect(QRectF(track.x(), track.y(), w, track.height()), r, r)
    p.restore()
