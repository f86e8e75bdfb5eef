"""The voucher card: what it takes off, its code, how many are left, and how long it runs.

A ticket: a stub in the theme's accent with the value ("20%" over "OFF"), a perforated edge,
then the code, the claims left against the limit as a draining bar (the platform's count,
never more than the limit), and the time left on the platform's clock. States: running,
all claimed (the bar empty, a "All claimed" badge) and ended. The width is the layout's; every
text is elided to it, so a long code or a long translation never spills out of the panel.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from studio import i18n
from studio.overlays.countdown import clock_text
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
from studio.show.money import DEFAULT_LOCALE, format_integer

URGENT_S = 10


@dataclass(frozen=True)
class VoucherText:
    """Every word the voucher card prints, in the show's `language` (its gettext catalogue,
    as `OverlayText`)."""

    language: str = "en"

    @property
    def _t(self) -> gettext.NullTranslations:
        return i18n.translations(self.language)

    @property
    def title(self) -> str:
        return self._t.gettext("Voucher")

    @property
    def off(self) -> str:
        return self._t.pgettext("under a voucher's value, as in 20% OFF", "OFF")

    def left(self, left: int) -> str:
        """'{left} of {limit} left' (the caller formats both numbers)."""
        return self._t.ngettext("{left} of {limit} left", "{left} of {limit} left", left)

    @property
    def all_claimed(self) -> str:
        return self._t.gettext("All claimed")

    @property
    def ends_in(self) -> str:
        return self._t.gettext("Ends in {clock}")

    @property
    def ended(self) -> str:
        return self._t.gettext("Ended")

    @property
    def claim(self) -> str:
        return self._t.gettext("Tap Claim in the shop")


@dataclass(frozen=True)
class VoucherCard:
    """What the card shows: `value` ("20%", "$5"), `code`, `left` of `limit` claims,
    `remaining_s` whole seconds left (None: not shown), `ended` once it is over; `locale`
    writes the claim counts (CLDR)."""

    value: str
    code: str
    left: int
    limit: int
    remaining_s: int | None = None
    ended: bool = False
    locale: str = DEFAULT_LOCALE


def left_line(card: VoucherCard, text: VoucherText) -> str:
    """The card's '1,234 of 5,000 left', the numbers in `card.locale` (CLDR)."""
    return text.left(card.left).format(
        left=format_integer(card.left, card.locale), limit=format_integer(card.limit, card.locale)
    )


def render_voucher(
    card: VoucherCard, theme: Theme, s: float, width: float, *, text: VoucherText | None = None
) -> Rendered:
    """The voucher panel, `width` px wide (without its shadow pad); `s` is the layout scale
    (1.0 at 1080 lines). Raises nothing for any text."""
    text = text or VoucherText()
    c = theme.colors
    k = s * theme.fonts.scale
    value_font = make_font(theme.fonts.numbers, 44 * k, bold=True)
    off_font = make_font(theme.fonts.body, 18 * k, bold=True)
    off_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2 * k)
    label_font = make_font(theme.fonts.body, 15 * k, bold=True)
    label_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    code_font = make_font(theme.fonts.numbers, 30 * k, bold=True)
    small_font = make_font(theme.fonts.body, 18 * k)
    badge_font = make_font(theme.fonts.body, 16 * k, bold=True)
    fp = frame_pad(theme, s)
    inner = 16 * s + fp * 0.6
    vm, om, lm, cm, sm = (
        QFontMetricsF(f) for f in (value_font, off_font, label_font, code_font, small_font)
    )
    W = round(width)
    stub_w = max(vm.horizontalAdvance("00%"), om.horizontalAdvance(text.off)) + 28 * s
    stub_w = min(stub_w, W * 0.42)
    bar_h = 8 * s
    body_h = lm.height() + cm.height() + 6 * s + sm.height() + 6 * s + bar_h + 6 * s + sm.height()
    H = round(body_h + 2 * inner)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    muted = card.ended
    stub = QRectF(inner, inner, stub_w, H - 2 * inner)
    _stub(p, stub, card.value, text.off, value_font, off_font, theme, s, muted)
    x = stub.right() + 22 * s
    avail = W - inner - x
    y = inner
    p.setFont(label_font)
    p.setPen(qcolor(c.muted))
    p.drawText(QPointF(x, y + lm.ascent()), elide(text.title.upper(), label_font, avail))
    y += lm.height()
    p.setFont(code_font)
    p.setPen(qcolor(c.muted if muted else c.text))
    p.drawText(QPointF(x, y + cm.ascent()), elide(card.code, code_font, avail))
    y += cm.height() + 6 * s
    gone = card.left <= 0 and not card.ended
    if gone:
        pill(p, x, y - 2 * s, text.all_claimed, badge_font, c.on_warning, c.warning, s,
             max_width=avail)  # fmt: skip
    else:
        p.setFont(small_font)
        p.setPen(qcolor(c.muted if muted else c.text))
        left = left_line(card, text)
        p.drawText(QPointF(x, y + sm.ascent()), elide(left, small_font, avail))
    y += sm.height() + 6 * s
    frac = 0.0 if card.limit <= 0 else max(0.0, min(1.0, card.left / card.limit))
    _bar(p, QRectF(x, y, avail, bar_h), frac, c.muted, c.muted if muted else c.accent)
    y += bar_h + 6 * s
    urgent = card.remaining_s is not None and 0 < card.remaining_s <= URGENT_S and not muted
    if card.ended:
        foot = text.ended
    elif card.remaining_s is not None:
        foot = text.ends_in.format(clock=clock_text(card.remaining_s))
    else:
        foot = text.claim
    p.setFont(small_font)
    p.setPen(qcolor(c.urgent if urgent else c.muted))
    p.drawText(QPointF(x, y + sm.ascent()), elide(foot, small_font, avail))
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)


def _stub(
    p: QPainter,
    rect: QRectF,
    value: str,
    off: str,
    value_font: QFont,
    off_font: QFont,
    theme: Theme,
    s: float,
    muted: bool,
) -> None:
    """The ticket's stub: the value over OFF on the accent, then a perforated edge."""
    c = theme.colors
    bg, fg = (c.muted, c.on_accent) if muted else (c.accent, c.on_accent)
    r = 10 * s
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(bg))
    p.drawRoundedRect(rect, r, r)
    vm, om = QFontMetricsF(value_font), QFontMetricsF(off_font)
    value = elide(value, value_font, rect.width() - 12 * s)
    block = vm.height() * 0.9 + om.height()
    top = rect.y() + (rect.height() - block) / 2
    p.setPen(qcolor(fg))
    p.setFont(value_font)
    vx = rect.x() + (rect.width() - text_width(value, value_font)) / 2
    p.drawText(QPointF(vx, top + vm.ascent()), value)
    p.setFont(off_font)
    ox = rect.x() + (rect.width() - text_width(off, off_font)) / 2
    p.drawText(QPointF(ox, top + vm.height() * 0.9 + om.ascent()), off)
    # Perforation: a dashed line just right of the stub, like a tear-off ticket.
    pen = QPen(qcolor(c.muted), max(1.0, 2 * s), Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([2.0, 2.5])
    p.setPen(pen)
    px = rect.right() + 11 * s
    p.drawLine(QPointF(px, rect.y()), QPointF(px, rect.bottom()))
    p.restore()


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
        w = max(track.height(), track.width() * frac)
        p.drawRoundedRect(QRectF(track.x(), track.y(), w, track.height()), r, r)
    p.restore()
