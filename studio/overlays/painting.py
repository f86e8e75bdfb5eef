"""Shared drawing pieces for the overlay renderers: panels, soft shadows, text that fits.

Everything draws into premultiplied RGBA QImages, the engine's layer format, so converting a
finished overlay to a Layer is one copy. Shadows and glows are blurred with numpy once per
render (overlays re-render at most about once a second), never per output frame.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from studio.media.layers import Layer
from studio.overlays.fonts import is_rtl
from studio.overlays.theme import Theme

log = logging.getLogger(__name__)

FORMAT = QImage.Format.Format_RGBA8888_Premultiplied
ELLIPSIS = "…"


def qcolor(rgba: tuple[int, int, int, int] | None) -> QColor:
    if rgba is None:
        return QColor(0, 0, 0, 0)
    return QColor(*rgba)


def new_image(w: int, h: int) -> QImage:
    img = QImage(max(1, int(w)), max(1, int(h)), FORMAT)
    img.fill(Qt.GlobalColor.transparent)
    return img


def begin(img: QImage) -> QPainter:
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    return p


def image_to_array(img: QImage) -> np.ndarray:
    """Copy a QImage into a C-contiguous premultiplied RGBA uint8 array (h, w, 4)."""
    if img.format() != FORMAT:
        img = img.convertToFormat(FORMAT)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    buf = np.frombuffer(img.constBits(), np.uint8, count=img.sizeInBytes())
    # Always a copy: a view would dangle once the QImage is freed.
    return buf.reshape(h, bpl)[:, : w * 4].reshape(h, w, 4).copy()


def array_to_image(arr: np.ndarray) -> QImage:
    """Wrap an RGBA array as a QImage that owns a copy (for post-processing and saving)."""
    a = np.ascontiguousarray(arr)
    h, w = a.shape[:2]
    return QImage(a.data, w, h, w * 4, FORMAT).copy()


def to_layer(img: QImage, key: str, x: int = 0, y: int = 0, z: int = 0) -> Layer:
    return Layer(key=key, rgba=image_to_array(img), x=x, y=y, z=z)


@dataclass(frozen=True)
class Rendered:
    """An overlay image whose visible panel starts at (pad, pad) and is panel_w × panel_h.

    The padding holds the shadow or glow; layout positions the panel, not the image.
    """

    image: QImage
    pad: int
    panel_w: int
    panel_h: int


def shadow_pad(theme: Theme, s: float) -> int:
    if theme.colors.glow is not None:
        return round(28 * s)
    return round(22 * s) if theme.shadow else round(2 * s)


def frame_pad(theme: Theme, s: float) -> float:
    """Extra inner padding a theme's frame graphic needs so text never touches it."""
    return theme.frame.padding * s if theme.frame is not None else 0.0


# --- shadows and glows --------------------------------------------------------------------


def _box_blur(a: np.ndarray, r: int, axis: int) -> np.ndarray:
    if r <= 0:
        return a
    pad = [(0, 0)] * a.ndim
    pad[axis] = (r + 1, r)
    c = np.cumsum(np.pad(a, pad), axis=axis, dtype=np.float32)
    n = a.shape[axis]
    hi = np.take(c, np.arange(2 * r + 1, 2 * r + 1 + n), axis=axis)
    lo = np.take(c, np.arange(0, n), axis=axis)
    return (hi - lo) / (2 * r + 1)


def blur(alpha: np.ndarray, radius: float) -> np.ndarray:
    """Approximate Gaussian blur (three box passes) of a float32 2-D array."""
    r = max(0, round(radius / 2))
    out = alpha
    for _ in range(3):
        out = _box_blur(_box_blur(out, r, 0), r, 1)
    return out


def add_halo(
    img: QImage,
    color: tuple[int, int, int, int],
    radius: float,
    dx: float = 0,
    dy: float = 0,
    strength: float = 1.0,
) -> QImage:
    """Put a blurred, tinted copy of the image's alpha under it: a drop shadow or a glow."""
    arr = image_to_array(img).astype(np.float32) / 255.0
    alpha = arr[..., 3]
    shifted = np.zeros_like(alpha)
    ix, iy = round(dx), round(dy)
    h, w = alpha.shape
    shifted[max(0, iy) : h + min(0, iy), max(0, ix) : w + min(0, ix)] = alpha[
        max(0, -iy) : h - max(0, iy), max(0, -ix) : w - max(0, ix)
    ]
    sa = np.clip(blur(shifted, radius) * strength * (color[3] / 255.0), 0.0, 1.0)
    shadow = np.empty_like(arr)
    for i in range(3):
        shadow[..., i] = sa * (color[i] / 255.0)
    shadow[..., 3] = sa
    out = arr + shadow * (1.0 - alpha[..., None])
    return array_to_image(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))


def finish(img: QImage, theme: Theme, s: float, pad: int) -> QImage:
    """Apply the theme's glow and drop shadow to a rendered panel image."""
    if theme.colors.glow is not None:
        img = add_halo(img, theme.colors.glow, radius=min(pad, 18 * s), strength=1.6)
    if theme.shadow:
        img = add_halo(img, theme.colors.shadow, radius=min(pad, 16 * s), dy=min(pad / 2, 6 * s))
    return img


# --- panels -------------------------------------------------------------------------------


@cache
def _frame_image(path: str) -> QImage | None:
    img = QImage(path)
    if img.isNull():
        log.warning("theme frame image %s cannot be decoded; drawing without it", path)
        return None
    return img.convertToFormat(FORMAT)


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def draw_panel(
    p: QPainter,
    rect: QRectF,
    theme: Theme,
    s: float,
    *,
    fill: tuple[int, int, int, int] | None = None,
    fill_end: tuple[int, int, int, int] | None = None,
    radius: float | None = None,
    frame: bool = True,
) -> None:
    """The themed background every overlay sits on: fill or gradient, border, frame graphic."""
    c = theme.colors
    r = theme.corner_radius * s if radius is None else radius
    r = min(r, rect.height() / 2, rect.width() / 2)
    start = fill if fill is not None else c.surface
    end = fill_end if fill is not None else c.surface_end
    if end is not None:
        g = QLinearGradient(rect.topLeft(), rect.bottomLeft())
        g.setColorAt(0.0, qcolor(start))
        g.setColorAt(1.0, qcolor(end))
        brush = QBrush(g)
    else:
        brush = QBrush(qcolor(start))
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(brush)
    p.drawPath(rounded(rect, r))
    if theme.border_width > 0 and c.border[3] > 0:
        bw = max(1.0, theme.border_width * s)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(qcolor(c.border), bw))
        p.drawPath(rounded(rect.adjusted(bw / 2, bw / 2, -bw / 2, -bw / 2), max(0.0, r - bw / 2)))
    p.restore()
    if frame and theme.frame is not None and theme.frame_path is not None:
        src = _frame_image(str(theme.frame_path))
        if src is not None:
            nine_slice(p, src, rect, theme.frame.slice, theme.frame.width * s)


def nine_slice(p: QPainter, src: QImage, rect: QRectF, sl: int, dst: float) -> None:
    """Draw a frame graphic over a rectangle: corners as they are, edges tiled.

    Edges repeat a whole number of times (each tile stretched a little to fit), so patterns
    such as stitching keep their rhythm on a card of any size.
    """
    sw, sh = src.width(), src.height()
    sl = min(sl, sw // 2, sh // 2)
    d = min(dst, rect.width() / 2, rect.height() / 2)
    k = d / sl
    xs_src = [0, sl, sw - sl, sw]
    ys_src = [0, sl, sh - sl, sh]
    xs = [rect.left(), rect.left() + d, rect.right() - d, rect.right()]
    ys = [rect.top(), rect.top() + d, rect.bottom() - d, rect.bottom()]
    for i in range(3):
        for j in range(3):
            if i == 1 and j == 1:
                continue  # the middle stays transparent: the panel shows through
            source = QRectF(
                xs_src[i], ys_src[j], xs_src[i + 1] - xs_src[i], ys_src[j + 1] - ys_src[j]
            )
            tw, th = xs[i + 1] - xs[i], ys[j + 1] - ys[j]
            if tw <= 0 or th <= 0:
                continue
            if i == 1:  # top/bottom edge: tile horizontally
                n = max(1, round(tw / (source.width() * k)))
                for t in range(n):
                    p.drawImage(QRectF(xs[1] + t * tw / n, ys[j], tw / n, th), src, source)
            elif j == 1:  # left/right edge: tile vertically
                n = max(1, round(th / (source.height() * k)))
                for t in range(n):
                    p.drawImage(QRectF(xs[i], ys[1] + t * th / n, tw, th / n), src, source)
            else:
                p.drawImage(QRectF(xs[i], ys[j], tw, th), src, source)


def pill(
    p: QPainter,
    x: float,
    y: float,
    text: str,
    font: QFont,
    fg: tuple[int, int, int, int],
    bg: tuple[int, int, int, int],
    s: float,
    *,
    max_width: float | None = None,
    align_right: bool = False,
) -> QRectF:
    """A small rounded label (badges, stock warnings); returns the rectangle drawn."""
    fm = QFontMetricsF(font)
    padx, pady = 12 * s, 5 * s
    avail = None if max_width is None else max(0.0, max_width - 2 * padx)
    if avail is not None and fm.horizontalAdvance(text) > avail:
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, avail)
    w = fm.horizontalAdvance(text) + 2 * padx
    h = fm.height() + 2 * pady
    rect = QRectF(x - w if align_right else x, y, w, h)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(bg))
    p.drawRoundedRect(rect, h / 2, h / 2)
    p.setPen(qcolor(fg))
    p.setFont(font)
    p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    p.restore()
    return rect


# --- text ---------------------------------------------------------------------------------


def _utf16_len(s: str) -> int:
    # surrogatepass: a lone surrogate (JSON allows "\ud800" in a buyer's name) is one UTF-16
    # unit for Qt too; a strict encode raised and the order toast was never drawn.
    return len(s.encode("utf-16-le", "surrogatepass")) // 2


@dataclass
class TextBox:
    """Laid-out text ready to draw: wrapped, limited to N lines, ellipsised if it had to be."""

    layout: QTextLayout
    width: float  # widest line
    height: float
    lines: int
    elided: bool
    rtl: bool

    def draw(self, p: QPainter, x: float, y: float, color: QColor) -> None:
        p.save()
        p.setPen(color)
        self.layout.draw(p, QPointF(x, y))
        p.restore()


def _build(
    text: str,
    font: QFont,
    width: float,
    rtl: bool,
    align: Qt.AlignmentFlag,
    bold: list[tuple[int, int]] | None,
    bold_font: QFont | None,
    line_height: float,
) -> tuple[QTextLayout, int, float, float]:
    layout = QTextLayout(text, font)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    opt.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    opt.setAlignment(align)
    layout.setTextOption(opt)
    if bold:
        ranges = []
        for start, end in bold:
            fr = QTextLayout.FormatRange()
            fr.start = _utf16_len(text[:start])
            fr.length = _utf16_len(text[start:end])
            fmt = QTextCharFormat()
            if bold_font is not None:
                fmt.setFont(bold_font)
            else:
                fmt.setFontWeight(QFont.Weight.Bold)
            fr.format = fmt
            ranges.append(fr)
        layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    n = 0
    widest = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        # A fixed line pitch keeps cards the same height whether a line falls back to the
        # (taller) CJK or emoji font or not; glyphs are centred in the pitch.
        # QTextLayout does not align lines itself; "left" means the reading start.
        slack = width - line.naturalTextWidth()
        if align & Qt.AlignmentFlag.AlignHCenter:
            x = slack / 2
        elif rtl != bool(align & Qt.AlignmentFlag.AlignRight):
            x = slack
        else:
            x = 0.0
        line.setPosition(QPointF(x, y + (line_height - line.height()) / 2))
        y += line_height
        widest = max(widest, line.naturalTextWidth())
        n += 1
    layout.endLayout()
    return layout, n, widest, y


def _cut_points(text: str) -> list[int]:
    """Positions where text may be cut without splitting a grapheme (combining marks, ZWJ)."""
    pts = []
    for i in range(1, len(text)):
        ch, prev = text[i], text[i - 1]
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f\ufe0e" or prev == "\u200d":
            continue
        if 0x1F3FB <= ord(ch) <= 0x1F3FF:  # skin tone modifier belongs to the previous emoji
            continue
        pts.append(i)
    return pts


def fit_text(
    text: str,
    font: QFont,
    width: float,
    max_lines: int = 1,
    *,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    bold: list[tuple[int, int]] | None = None,
    bold_font: QFont | None = None,
    line_spacing: float = 1.0,
) -> TextBox:
    """Wrap `text` into at most `max_lines` lines of `width`, ending in "…" when it is cut.

    Alignment "left" means the reading start: right-to-left paragraphs mirror it.
    """
    rtl = is_rtl(text)
    line_height = QFontMetricsF(font).height() * line_spacing
    width = max(1.0, width)
    layout, n, widest, h = _build(text, font, width, rtl, align, bold, bold_font, line_height)
    if n <= max_lines:
        return TextBox(layout, widest, h, n, False, rtl)
    # Longest prefix (at a grapheme boundary) that still fits once an ellipsis is appended.
    pts = _cut_points(text)
    lo, hi = 0, len(pts) - 1
    best = None
    while lo <= hi:
        mid = (lo + hi) // 2
        cand = text[: pts[mid]].rstrip() + ELLIPSIS
        cb = [(a, min(b, len(cand))) for a, b in bold if a < len(cand)] if bold else None
        res = _build(cand, font, width, rtl, align, cb, bold_font, line_height)
        if res[1] <= max_lines:
            best = res
            lo = mid + 1
        else:
            hi = mid - 1
    if best is None:
        best = _build(ELLIPSIS, font, width, rtl, align, None, None, line_height)
    layout, n, widest, h = best
    return TextBox(layout, widest, h, n, True, rtl)


def text_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


def rgba_mix(
    a: tuple[int, int, int, int], b: tuple[int, int, int, int], t: float
) -> tuple[int, int, int, int]:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
        round(a[3] + (b[3] - a[3]) * t),
    )


def asset_exists(path: Path | None) -> bool:
    return path is not None and path.is_file()
