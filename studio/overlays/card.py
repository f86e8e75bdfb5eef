"""The shoppable product card: photo, title, price (flash price over the struck-through old
price), low-stock warning, sold-count badge and a QR code to the product page.

Two layouts: "vertical" (photo on top, for the side of a 16:9 frame) and "horizontal" (photo
left, for the bottom of a 9:16 frame or a slim 16:9 bar). The card must render something
sensible for any product row, however broken: a missing price simply leaves the price out, a
missing photo becomes a placeholder, an endless title is cut with an ellipsis.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QLinearGradient, QPainter, QPen

from studio.overlays.fonts import make_font
from studio.overlays.images import ImageCache
from studio.overlays.models import OverlayText
from studio.overlays.painting import (
    Rendered,
    begin,
    draw_panel,
    finish,
    fit_text,
    frame_pad,
    new_image,
    pill,
    qcolor,
    rgba_mix,
    rounded,
    shadow_pad,
    text_width,
)
from studio.overlays.qr import draw_qr
from studio.overlays.theme import Theme
from studio.show.catalog import Product
from studio.show.money import format_count, format_money


def render_card(
    product: Product,
    theme: Theme,
    s: float,
    *,
    layout: str | None = None,
    width: float | None = None,
    sold: int | None = None,
    locale: str = "en_US",
    images: ImageCache | None = None,
    text: OverlayText | None = None,
) -> Rendered:
    """Render one product card at scale `s` (1.0 = 1080 lines)."""
    lay = layout or theme.card.layout
    text = text or OverlayText()
    images = images or ImageCache()
    sold_n = sold if sold is not None else product.sold
    if lay == "horizontal":
        return _horizontal(product, theme, s, width or 640 * s, sold_n, locale, images, text)
    return _vertical(product, theme, s, width or theme.card.width * s, sold_n, locale, images, text)


# --- pieces ---------------------------------------------------------------------------------


@dataclass
class _Fonts:
    title: QFont
    price: QFont
    old: QFont
    badge: QFont
    caption: QFont


def _fonts(theme: Theme, s: float, title_px: float, price_px: float) -> _Fonts:
    f = theme.fonts
    k = s * f.scale
    return _Fonts(
        title=make_font(f.heading, title_px * k, weight=f.heading_weight),
        price=make_font(f.numbers, price_px * k, bold=True),
        old=make_font(f.numbers, price_px * 0.52 * k),
        badge=make_font(f.body, 17 * k, bold=True),
        caption=make_font(f.body, 15 * k, bold=True),
    )


def _discount(product: Product) -> str | None:
    now: Decimal | None
    was: Decimal | None
    if product.flash_price is not None:
        now, was = product.flash_price, product.price
    else:
        now, was = product.price, product.compare_at
    if now is None or not was:
        return None
    pct = ((1 - now / was) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"−{pct}%" if pct >= 1 else None


def _draw_photo(
    p: QPainter,
    rect: QRectF,
    radius: float,
    product: Product,
    theme: Theme,
    images: ImageCache,
) -> None:
    c = theme.colors
    img = images.get(product.image, round(rect.width()), round(rect.height()))
    p.save()
    p.setClipPath(rounded(rect, radius))
    p.fillRect(rect, qcolor(c.image_bg))
    if img is not None and not img.isNull():
        # Cover: crop the centre of the photo to the box's aspect.
        iw, ih = img.width(), img.height()
        scale = max(rect.width() / iw, rect.height() / ih)
        sw, sh = rect.width() / scale, rect.height() / scale
        src = QRectF((iw - sw) / 2, (ih - sh) / 2, sw, sh)
        p.drawImage(rect, img, src)
    else:
        _placeholder(p, rect, theme)
    p.restore()


def _placeholder(p: QPainter, rect: QRectF, theme: Theme) -> None:
    """A calm shopping-bag tile instead of a broken picture."""
    c = theme.colors
    g = QLinearGradient(rect.topLeft(), rect.bottomRight())
    g.setColorAt(0, qcolor(rgba_mix(c.surface, c.muted, 0.18)))
    g.setColorAt(1, qcolor(rgba_mix(c.surface, c.muted, 0.32)))
    p.fillRect(rect, g)
    side = min(rect.width(), rect.height()) * 0.36
    cx, cy = rect.center().x(), rect.center().y() + side * 0.08
    bag = QRectF(cx - side / 2, cy - side * 0.36, side, side * 0.86)
    col = qcolor((*c.muted[:3], 200))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(col)
    p.drawRoundedRect(bag, side * 0.08, side * 0.08)
    pen = QPen(col, max(2.0, side * 0.07))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    handle = QRectF(cx - side * 0.22, bag.top() - side * 0.26, side * 0.44, side * 0.5)
    p.drawArc(handle, 0, 180 * 16)


def _price_strings(product: Product, locale: str) -> tuple[str | None, str | None]:
    """(big price, struck-through old price): the flash price over the price, else the price
    over the shop's compare-at ("was") price."""
    if product.flash_price is not None:
        old = format_money(product.price, product.currency, locale) if product.price else None
        return format_money(product.flash_price, product.currency, locale), old
    if product.price is not None:
        was = product.compare_at
        old = format_money(was, product.currency, locale) if was is not None else None
        return format_money(product.price, product.currency, locale), old
    return None, None


def _fit_font(font: QFont, text: str, width: float, min_ratio: float = 0.55) -> QFont:
    """Shrink a font until the text fits the width (long prices in long currencies)."""
    f = QFont(font)
    px = f.pixelSize()
    floor = max(8, int(px * min_ratio))
    while px > floor and QFontMetricsF(f).horizontalAdvance(text) > width:
        px -= 1
        f.setPixelSize(px)
    return f


def _draw_struck(
    p: QPainter, x: float, baseline: float, text: str, font: QFont, theme: Theme
) -> float:
    fm = QFontMetricsF(font)
    w = fm.horizontalAdvance(text)
    p.setFont(font)
    p.setPen(qcolor(theme.colors.strike))
    p.drawText(QPointF(x, baseline), text)
    y = baseline - fm.xHeight() * 0.55
    pen = QPen(qcolor(theme.colors.strike), max(1.5, fm.height() * 0.07))
    p.setPen(pen)
    p.drawLine(QPointF(x - 1, y), QPointF(x + w + 1, y))
    return w


def _stock_pill(
    p: QPainter,
    x: float,
    y: float,
    product: Product,
    theme: Theme,
    font: QFont,
    s: float,
    text: OverlayText,
    max_width: float,
) -> QRectF | None:
    c = theme.colors
    if not _has_pill(product, theme):
        return None
    if product.sold_out:
        return pill(p, x, y, text.sold_out, font, c.on_urgent, c.urgent, s, max_width=max_width)
    label = text.only_left(product.stock or 0).format(n=product.stock)
    return pill(p, x, y, label, font, c.on_warning, c.warning, s, max_width=max_width)


def _has_pill(product: Product, theme: Theme) -> bool:
    """Sold out, or few left; nothing for untracked stock or a shop that keeps selling at 0."""
    if product.stock is None:
        return False
    return product.sold_out or 0 < product.stock <= theme.card.low_stock


def _badges(
    p: QPainter,
    photo: QRectF,
    product: Product,
    sold: int | None,
    theme: Theme,
    f: _Fonts,
    s: float,
    locale: str,
    text: OverlayText,
    *,
    discount_at_bottom: bool = False,
) -> None:
    c = theme.colors
    inset = 10 * s
    if sold:
        label = "🔥 " + text.sold(sold).format(n=format_count(sold, locale))
        if theme.card.uppercase_badges:
            label = label.upper()
        pill(
            p,
            photo.left() + inset,
            photo.top() + inset,
            label,
            f.badge,
            c.on_accent,
            c.accent,
            s,
            # Beside the discount it shares the top; above a discount at the bottom, the width.
            max_width=photo.width() - 2 * inset if discount_at_bottom else photo.width() * 0.62,
        )
    off = _discount(product)
    if off:
        y = photo.top() + inset
        if discount_at_bottom:
            y = photo.bottom() - inset - QFontMetricsF(f.badge).height() - 10 * s
        pill(
            p,
            photo.right() - inset,
            y,
            off,
            f.badge,
            c.on_urgent,
            c.flash,
            s,
            align_right=True,
        )


def _buy_prompt(product: Product, theme: Theme) -> bool:
    """The QR code and "Scan to buy": only for a product that can still be bought."""
    return bool(product.url) and theme.card.show_qr and not product.sold_out


def _qr_block(
    p: QPainter, rect: QRectF, url: str, theme: Theme, f: _Fonts, s: float, text: OverlayText
) -> None:
    c = theme.colors
    cap_h = QFontMetricsF(f.caption).height() + 4 * s
    side = min(rect.width(), rect.height() - cap_h)
    qr_rect = QRectF(rect.center().x() - side / 2, rect.top(), side, side)
    if draw_qr(p, qr_rect, url, qcolor(c.qr_dark), qcolor(c.qr_light), radius=8 * s):
        cap = QRectF(rect.left() - 8 * s, qr_rect.bottom() + 4 * s, rect.width() + 16 * s, cap_h)
        font, words = _fit_caption(f.caption, text.scan, rect.width() + 6 * s)
        p.setFont(font)
        p.setPen(qcolor(c.muted))
        p.drawText(cap, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), words)


def _fit_caption(font: QFont, words: str, width: float) -> tuple[QFont, str]:
    """The caption under the QR code in `width` px: a translation longer than "Scan to buy"
    ("Escanea y compra") is set smaller, down to 75 %, then elided; never drawn past the card."""
    wide = QFontMetricsF(font).horizontalAdvance(words)
    if wide <= width or font.pixelSize() <= 0:
        return font, words
    smaller = QFont(font)
    smaller.setPixelSize(max(1, int(font.pixelSize() * max(0.75, width / wide))))
    fm = QFontMetricsF(smaller)
    return smaller, fm.elidedText(words, Qt.TextElideMode.ElideRight, width)


# --- layouts --------------------------------------------------------------------------------


def _vertical(
    product: Product,
    theme: Theme,
    s: float,
    width: float,
    sold: int | None,
    locale: str,
    images: ImageCache,
    text: OverlayText,
) -> Rendered:
    pad = shadow_pad(theme, s)
    inner = 18 * s + frame_pad(theme, s)
    gap = 14 * s
    f = _fonts(theme, s, title_px=28, price_px=46)
    W = round(width)
    photo_w = W - 2 * inner
    photo_h = photo_w / theme.card.image_aspect
    content_w = W - 2 * inner
    title = fit_text(product.title, f.title, content_w, theme.card.title_lines)

    qr_side = 112 * s if _buy_prompt(product, theme) else 0.0
    cap_h = QFontMetricsF(f.caption).height() + 4 * s if qr_side else 0.0
    left_w = content_w - (qr_side + gap if qr_side else 0)
    big, old = _price_strings(product, locale)
    price_font = _fit_font(f.price, big or "", left_w)
    pm = QFontMetricsF(price_font)
    om = QFontMetricsF(f.old)
    left_h = (pm.height() if big else 0) + (om.height() if old else 0)
    has_pill = _has_pill(product, theme)
    pill_h = QFontMetricsF(f.badge).height() + 10 * s
    if has_pill:
        left_h += pill_h + (8 * s if left_h else 0)
    bottom_h = max(left_h, qr_side + cap_h)
    H = round(inner + photo_h + gap + title.height + (gap + bottom_h if bottom_h else 0) + inner)

    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    panel = QRectF(0, 0, W, H)
    draw_panel(p, panel, theme, s)
    photo = QRectF(inner, inner, photo_w, photo_h)
    _draw_photo(p, photo, max(4 * s, theme.corner_radius * s - inner * 0.6), product, theme, images)
    _badges(p, photo, product, sold, theme, f, s, locale, text)

    y = photo.bottom() + gap
    title.draw(p, inner, y, qcolor(theme.colors.text))
    y += title.height + gap

    ly = y
    if big:
        p.setFont(price_font)
        p.setPen(qcolor(theme.colors.flash if old or product.flash_price else theme.colors.price))
        p.drawText(QPointF(inner, ly + pm.ascent()), big)
        ly += pm.height()
    if old:
        _draw_struck(p, inner + 2 * s, ly + om.ascent(), old, f.old, theme)
        ly += om.height()
    if has_pill:
        _stock_pill(
            p, inner, ly + (8 * s if big or old else 0), product, theme, f.badge, s, text, left_w
        )
    if qr_side and product.url:
        _qr_block(
            p,
            QRectF(W - inner - qr_side, y, qr_side, qr_side + cap_h),
            product.url,
            theme,
            f,
            s,
            text,
        )
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)


def _horizontal(
    product: Product,
    theme: Theme,
    s: float,
    width: float,
    sold: int | None,
    locale: str,
    images: ImageCache,
    text: OverlayText,
) -> Rendered:
    pad = shadow_pad(theme, s)
    inner = 16 * s + frame_pad(theme, s)
    gap = 18 * s
    f = _fonts(theme, s, title_px=28, price_px=42)
    f.badge = make_font(theme.fonts.body, 15 * s * theme.fonts.scale, bold=True)
    W = round(width)
    photo_side = 210 * s
    # Fixed height (see Layout.card_height_horizontal) whatever the frame's padding.
    photo_side -= 2 * frame_pad(theme, s)
    H = round(photo_side + 2 * inner)
    qr_side = 0.0
    cap_h = QFontMetricsF(f.caption).height() + 4 * s
    if _buy_prompt(product, theme):
        # Scannable from a phone a metre away, yet leaving the title room to breathe.
        qr_side = min(photo_side - cap_h, 150 * s)
    col_x = inner + photo_side + gap
    col_w = W - col_x - inner - (qr_side + gap if qr_side else 0)

    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    photo = QRectF(inner, inner, photo_side, photo_side)
    _draw_photo(p, photo, max(4 * s, theme.corner_radius * s - inner * 0.6), product, theme, images)
    _badges(p, photo, product, sold, theme, f, s, locale, text, discount_at_bottom=True)

    big, old = _price_strings(product, locale)
    old_w = (text_width(old, f.old) + 14 * s) if old else 0.0
    price_font = _fit_font(f.price, big or "", max(1.0, col_w - old_w))
    pm = QFontMetricsF(price_font)
    has_pill = _has_pill(product, theme)
    pill_h = QFontMetricsF(f.badge).height() + 10 * s
    lines = theme.card.title_lines
    price_h = pm.height() if big else 0.0
    avail_title = photo_side - price_h - (pill_h + 8 * s if has_pill else 0) - 6 * s
    line_h = QFontMetricsF(f.title).height()
    lines = max(1, min(lines, int(avail_title // line_h)))
    title = fit_text(product.title, f.title, col_w, lines)

    y = inner + 2 * s
    title.draw(p, col_x, y, qcolor(theme.colors.text))
    y += title.height + 4 * s
    if big:
        p.setFont(price_font)
        p.setPen(qcolor(theme.colors.flash if product.flash_price else theme.colors.price))
        base = y + pm.ascent()
        p.drawText(QPointF(col_x, base), big)
        if old:
            x_old = col_x + text_width(big, price_font) + 14 * s
            _draw_struck(p, x_old, base, old, f.old, theme)
        y += pm.height()
    if has_pill:
        py = max(y + 6 * s, H - inner - pill_h)
        _stock_pill(p, col_x, py, product, theme, f.badge, s, text, col_w)
    if qr_side and product.url:
        _qr_block(
            p,
            QRectF(W - inner - qr_side, inner, qr_side, qr_side + cap_h),
            product.url,
            theme,
            f,
            s,
            text,
        )
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
