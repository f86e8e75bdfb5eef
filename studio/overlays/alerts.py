"""Order alert toasts: "Mia from Taipei just bought Denim Jacket ×2".

Names and product titles come from buyers and sellers, so both are cut to a sane length before
layout and the toast is limited to two lines; RTL names and CJK titles lay out by Unicode rules.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

from studio.overlays.fonts import make_font
from studio.overlays.models import OrderAlert, OverlayText
from studio.overlays.painting import (
    Rendered,
    begin,
    draw_panel,
    finish,
    fit_text,
    frame_pad,
    new_image,
    qcolor,
    shadow_pad,
)
from studio.overlays.theme import Theme

MAX_NAME = 24
MAX_PRODUCT = 48


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def alert_message(alert: OrderAlert, text: OverlayText) -> tuple[str, list[tuple[int, int]]]:
    """The toast sentence and the spans (buyer, product) to set in bold."""
    buyer = _clip(alert.buyer, MAX_NAME) or text.someone
    product = _clip(alert.product, MAX_PRODUCT)
    if alert.quantity > 1:
        product += text.quantity.format(n=alert.quantity)
    city = _clip(alert.city or "", MAX_NAME)
    template = text.bought_from if city else text.bought
    return _fill(template, {"buyer": buyer, "product": product, "city": city}, ("buyer", "product"))


def summary_message(
    first: OrderAlert, others: int, text: OverlayText
) -> tuple[str, list[tuple[int, int]]]:
    buyer = _clip(first.buyer, MAX_NAME) or text.someone
    return _fill(text.more_orders(others), {"buyer": buyer, "n": str(others)}, ("buyer",))


def _fill(
    template: str, values: dict[str, str], bold: tuple[str, ...]
) -> tuple[str, list[tuple[int, int]]]:
    out, spans = "", []
    rest = template
    while "{" in rest and "}" in rest:
        head, _, tail = rest.partition("{")
        name, _, rest = tail.partition("}")
        out += head
        value = values.get(name, "")
        if name in bold and value:
            spans.append((len(out), len(out) + len(value)))
        out += value
    return out + rest, spans


def render_toast(
    message: str,
    bold: list[tuple[int, int]],
    theme: Theme,
    s: float,
    max_width: float,
    *,
    icon: str = "🛍️",
) -> Rendered:
    c = theme.colors
    k = s * theme.fonts.scale
    font = make_font(theme.fonts.body, 22 * k)
    bfont = make_font(theme.fonts.body, 22 * k, bold=True)
    ifont = make_font(theme.fonts.body, 26 * k)
    inner = 14 * s + frame_pad(theme, s) * 0.8
    disc = 48 * s
    gap = 14 * s
    text_w = max_width - 2 * inner - disc - gap
    box = fit_text(message, font, text_w, 2, bold=bold, bold_font=bfont)
    W = round(inner + disc + gap + box.width + inner * 1.4)
    H = round(max(disc, box.height) + 2 * inner)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s, radius=min(H / 2, theme.corner_radius * s * 1.6))
    dr = QRectF(inner, (H - disc) / 2, disc, disc)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(c.accent))
    p.drawEllipse(dr)
    p.setFont(ifont)
    p.setPen(qcolor(c.on_accent))
    p.drawText(dr, int(Qt.AlignmentFlag.AlignCenter), icon)
    tx = inner + disc + gap
    ty = (H - box.height) / 2
    if box.rtl:
        # Right-to-left text is laid out right-aligned in text_w: shift it to hug the icon.
        tx -= text_w - box.width
    box.draw(p, tx, ty, qcolor(c.text))
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
