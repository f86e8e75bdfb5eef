"""The reseller's share kit pictures (issue 21): a show poster for phones (1080×1920) and a
square one (1080×1080), and a share card per product, each with a QR code of the reseller's
own referral link.

Drawn with the overlay themes (colours, fonts, corners) on an opaque background, so a reseller
can post them as they are; titles in any script lay out by Unicode rules (the bundled Noto
fonts: CJK, Arabic, Latin, emoji). The QR code is drawn module by module on whole pixels with
its quiet zone (`qr.draw_qr`), large enough to scan off a phone screen. Words come from the
show's language (gettext). Headless-safe: QtGui only, after `fonts.ensure_qt()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QLinearGradient, QPainter

from studio import i18n
from studio.overlays.fonts import ensure_qt, make_font
from studio.overlays.images import ImageCache
from studio.overlays.painting import begin, fit_text, new_image, pill, qcolor, rounded
from studio.overlays.qr import draw_qr
from studio.overlays.theme import Theme
from studio.show.catalog import Product
from studio.show.money import format_money

PHONE = (1080, 1920)
SQUARE = (1080, 1080)


@dataclass(frozen=True)
class PosterContent:
    """What a poster says. `starts`: the start time already written for the audience (their
    time zone and language); `link`: the reseller's referral link, in the QR code; `code`:
    their referral code, printed under it; `highlights`: up to three products."""

    title: str
    show_theme: str
    host: str
    starts: str
    link: str
    code: str
    highlights: tuple[Product, ...] = ()
    language: str = "en"
    locale: str = "en_US"


def _words(language: str) -> dict[str, str]:
    t = i18n.translations(language)
    return {
        "live": t.gettext("LIVE SHOPPING"),
        "with": t.gettext("with {host}"),
        "scan": t.gettext("Scan to watch and shop"),
        "code": t.gettext("Code {code}"),
    }


def _background(p: QPainter, w: int, h: int, theme: Theme) -> None:
    c = theme.colors
    grad = QLinearGradient(0, 0, w * 0.3, h)
    grad.setColorAt(0.0, qcolor((*c.surface[:3], 255)))
    end = c.surface_end or c.surface
    grad.setColorAt(1.0, qcolor((*end[:3], 255)))
    p.fillRect(QRectF(0, 0, w, h), grad)
    band = QColor(*c.accent[:3], 34)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(band)
    p.drawEllipse(QPointF(w * 0.95, h * 0.08), w * 0.55, w * 0.55)
    p.drawEllipse(QPointF(w * 0.0, h * 0.98), w * 0.45, w * 0.45)
    p.restore()


def _price(product: Product, locale: str) -> str:
    if product.price is None:
        return ""
    return format_money(product.price, product.currency or "USD", locale)


def _image(
    p: QPainter, rect: QRectF, product: Product, theme: Theme, images: ImageCache, radius: float
) -> None:
    c = theme.colors
    p.save()
    p.setClipPath(rounded(rect, radius))
    p.fillRect(rect, qcolor(c.image_bg))
    img = images.get(product.image, round(rect.width()), round(rect.height()))
    if img is not None:
        scale = max(rect.width() / img.width(), rect.height() / img.height())
        w, h = img.width() * scale, img.height() * scale
        p.drawImage(
            QRectF(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h),
            img,
        )
    p.restore()


def _qr_block(
    p: QPainter, x: float, y: float, side: float, content: PosterContent, theme: Theme
) -> float:
    """The QR code (a light rounded square) with the scan line and the code under it;
    returns the block's height."""
    c = theme.colors
    w = _words(content.language)
    draw_qr(p, QRectF(x, y, side, side), content.link, qcolor(c.qr_dark), qcolor(c.qr_light), 18)
    f = make_font(theme.fonts.body, side * 0.085, bold=True)
    box = fit_text(w["scan"], f, side + 80, 2, align=Qt.AlignmentFlag.AlignHCenter)
    ty = y + side + 18
    box.draw(p, x - 40, ty, qcolor(c.text))  # centred in its width by fit_text
    cf = make_font(theme.fonts.numbers, side * 0.08)
    code = w["code"].format(code=content.code)
    cw = QFontMetricsF(cf).horizontalAdvance(code)
    p.setFont(cf)
    p.setPen(qcolor(c.accent))
    p.drawText(QPointF(x + (side - cw) / 2, ty + box.height + QFontMetricsF(cf).ascent() + 6), code)
    return side + 18 + box.height + QFontMetricsF(cf).height() + 6


def _header(
    p: QPainter,
    x: float,
    y: float,
    width: float,
    content: PosterContent,
    theme: Theme,
    k: float,
    title_lines: int,
) -> float:
    """LIVE badge and start time, the title, the theme and the host; returns the bottom y."""
    c = theme.colors
    w = _words(content.language)
    bf = make_font(theme.fonts.body, 30 * k, bold=True)
    r = pill(p, x, y, w["live"], bf, (255, 255, 255, 255), c.live, 1.4 * k)
    tf = make_font(theme.fonts.body, 34 * k, bold=True)
    p.setFont(tf)
    p.setPen(qcolor(c.text))
    fm = QFontMetricsF(tf)
    p.drawText(
        QPointF(r.right() + 24 * k, r.center().y() + (fm.ascent() - fm.descent()) / 2),
        content.starts,
    )
    y = r.bottom() + 36 * k
    hf = make_font(theme.fonts.heading, 84 * k, weight=theme.fonts.heading_weight)
    title = fit_text(content.title, hf, width, title_lines, line_spacing=1.05)
    title.draw(p, x, y, qcolor(c.text))
    y += title.height + 18 * k
    sf = make_font(theme.fonts.body, 38 * k, bold=True)
    sub = fit_text(content.show_theme, sf, width, 1)
    sub.draw(p, x, y, qcolor(c.accent))
    y += sub.height + 6 * k
    hf2 = make_font(theme.fonts.body, 36 * k)
    host = fit_text(w["with"].format(host=content.host), hf2, width, 1)
    host.draw(p, x, y, qcolor(c.muted))
    return y + host.height


def _highlight_row(
    p: QPainter,
    rect: QRectF,
    product: Product,
    content: PosterContent,
    theme: Theme,
    images: ImageCache,
    k: float,
) -> None:
    c = theme.colors
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(*c.text[:3], 22))
    p.drawPath(rounded(rect, theme.corner_radius * k))
    p.restore()
    pad = 16 * k
    side = rect.height() - 2 * pad
    _image(
        p,
        QRectF(rect.x() + pad, rect.y() + pad, side, side),
        product,
        theme,
        images,
        theme.corner_radius * k * 0.7,
    )
    tx = rect.x() + 2 * pad + side
    tw = rect.right() - pad - tx
    tf = make_font(theme.fonts.body, 36 * k, bold=True)
    box = fit_text(product.title, tf, tw, 2)
    box.draw(p, tx, rect.y() + pad, qcolor(c.text))
    pf = make_font(theme.fonts.numbers, 40 * k, bold=True)
    price = _price(product, content.locale)
    p.setFont(pf)
    p.setPen(qcolor(c.price))
    fm = QFontMetricsF(pf)
    p.drawText(QPointF(tx, rect.bottom() - pad - fm.descent()), price)


def render_phone_poster(
    content: PosterContent, theme: Theme, images: ImageCache | None = None
) -> QImage:
    """The 1080×1920 poster: header, three highlights, the QR code of the reseller's link."""
    ensure_qt()
    images = images or ImageCache()
    w, h = PHONE
    img = new_image(w, h)
    p = begin(img)
    _background(p, w, h, theme)
    k, x, width = 1.0, 80.0, w - 160.0
    y = _header(p, x, 90, width, content, theme, k, 3)
    row_h, gap = 210.0, 24.0
    y += 50
    for product in content.highlights[:3]:
        _highlight_row(p, QRectF(x, y, width, row_h), product, content, theme, images, k)
        y += row_h + gap
    side = max(280.0, min(420.0, h - y - 40 - 190))
    _qr_block(p, (w - side) / 2, y + 40, side, content, theme)
    p.end()
    return img


def render_square_poster(
    content: PosterContent, theme: Theme, images: ImageCache | None = None
) -> QImage:
    """The 1080×1080 poster: header, three highlights side by side, the QR code."""
    ensure_qt()
    images = images or ImageCache()
    w, h = SQUARE
    img = new_image(w, h)
    p = begin(img)
    _background(p, w, h, theme)
    k, x = 0.8, 64.0
    side = 300.0
    y = _header(p, x, 60, w - 2 * x, content, theme, k, 2)
    # Highlights: three tiles along the bottom left, the QR code on the right.
    tiles_w = w - 2 * x - side - 40
    n = max(1, min(3, len(content.highlights)))
    tile_w = (tiles_w - (n - 1) * 20) / n
    ty = max(y + 40, h - 64 - 380)
    c = theme.colors
    for i, product in enumerate(content.highlights[:3]):
        tx = x + i * (tile_w + 20)
        _image(p, QRectF(tx, ty, tile_w, tile_w), product, theme, images, theme.corner_radius * 0.8)
        tf = make_font(theme.fonts.body, 26, bold=True)
        box = fit_text(product.title, tf, tile_w, 2)
        box.draw(p, tx, ty + tile_w + 10, qcolor(c.text))
        pf = make_font(theme.fonts.numbers, 30, bold=True)
        p.setFont(pf)
        p.setPen(qcolor(c.price))
        p.drawText(
            QPointF(tx, ty + tile_w + 14 + box.height + QFontMetricsF(pf).ascent()),
            _price(product, content.locale),
        )
    _qr_block(p, w - x - side, ty, side, content, theme)
    p.end()
    return img


def render_share_card(
    product: Product, content: PosterContent, theme: Theme, images: ImageCache | None = None
) -> QImage:
    """A 1080×1080 card for one product: its picture, title and price, the show and its start,
    and the QR code of the reseller's link."""
    ensure_qt()
    images = images or ImageCache()
    w, h = SQUARE
    img = new_image(w, h)
    p = begin(img)
    _background(p, w, h, theme)
    c = theme.colors
    x = 56.0
    _image(p, QRectF(x, x, w - 2 * x, 560), product, theme, images, theme.corner_radius * 1.5)
    y = x + 560 + 28
    qr_side = 300.0
    text_w = w - 2 * x - qr_side - 36
    tf = make_font(theme.fonts.heading, 52, weight=theme.fonts.heading_weight)
    title = fit_text(product.title, tf, text_w, 2)
    title.draw(p, x, y, qcolor(c.text))
    y += title.height + 10
    pf = make_font(theme.fonts.numbers, 58, bold=True)
    p.setFont(pf)
    p.setPen(qcolor(c.price))
    y += QFontMetricsF(pf).ascent()
    p.drawText(QPointF(x, y), _price(product, content.locale))
    y += QFontMetricsF(pf).descent() + 18
    sf = make_font(theme.fonts.body, 30, bold=True)
    show = fit_text(content.title, sf, text_w, 2)
    show.draw(p, x, y, qcolor(c.accent))
    y += show.height + 4
    mf = make_font(theme.fonts.body, 28)
    when = fit_text(content.starts, mf, text_w, 1)
    when.draw(p, x, y, qcolor(c.muted))
    _qr_block(p, w - x - qr_side, 56 + 560 + 28, qr_side * 0.82, content, theme)
    p.end()
    return img


def highlights_of(products: Sequence[Product], wanted: Sequence[str] = ()) -> tuple[Product, ...]:
    """Three products to feature: those named in `wanted` (by SKU or id) first, then the
    catalog's first ones with a price."""
    by_key = {p.sku: p for p in products} | {p.product_id: p for p in products if p.product_id}
    chosen = [by_key[k] for k in wanted if k in by_key]
    for p in products:
        if len(chosen) >= 3:
            break
        if p not in chosen and p.price is not None:
            chosen.append(p)
    return tuple(chosen[:3])
