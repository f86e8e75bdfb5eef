"""The poll panel: the question, each option with its share as a bar and a whole percent.

Percentages are the show model's (whole numbers summing to 100, `studio.show.polls`), drawn
as they are: the panel never rounds on its own. While the poll is open every bar is in the
accent; in the result state the winning option (or the tied ones) keeps the accent and a
check mark, the others turn muted. The question wraps to two lines and is elided after that;
options are elided to one line, so nothing spills out of the layout's width.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from studio import i18n
from studio.overlays.fonts import make_font
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
from studio.show.money import DEFAULT_LOCALE, format_integer


@dataclass(frozen=True)
class PollText:
    """Every word the poll panel prints, in the show's `language` (its gettext catalogue, as
    `OverlayText`)."""

    language: str = "en"

    @property
    def _t(self) -> gettext.NullTranslations:
        return i18n.translations(self.language)

    @property
    def live(self) -> str:
        return self._t.gettext("Live poll")

    @property
    def result(self) -> str:
        return self._t.gettext("Poll result")

    def votes(self, n: int) -> str:
        """'{n} votes' for a count of n (the caller formats n)."""
        return self._t.ngettext("{n} vote", "{n} votes", n)


@dataclass(frozen=True)
class PollCard:
    """What the panel shows: the question, option texts, their whole `percents` (summing to
    100, or all 0 before the first vote), the `total` votes, `leaders` (indexes) and whether
    the poll is `closed` (the result state); `locale` writes the vote count (CLDR)."""

    question: str
    options: tuple[str, ...]
    percents: tuple[int, ...]
    total: int
    leaders: tuple[int, ...] = ()
    closed: bool = False
    locale: str = DEFAULT_LOCALE


def votes_line(card: PollCard, text: PollText) -> str:
    """The panel's vote count, '1,234 votes', with the number in `card.locale` (CLDR)."""
    return text.votes(card.total).format(n=format_integer(card.total, card.locale))


def render_poll(
    card: PollCard,
    theme: Theme,
    s: float,
    width: float,
    *,
    compact: bool = False,
    text: PollText | None = None,
) -> Rendered:
    """The poll panel, `width` px wide (without its shadow pad); `s` is the layout scale.
    `compact` (the 9:16 canvas, where height is scarce): the question on one line, smaller
    rows."""
    text = text or PollText()
    c = theme.colors
    k = s * theme.fonts.scale
    small = 0.88 if compact else 1.0
    label_font = make_font(theme.fonts.body, 15 * k, bold=True)
    label_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    q_font = make_font(theme.fonts.heading, 28 * k * small, weight=theme.fonts.heading_weight)
    opt_font = make_font(theme.fonts.body, 21 * k * small)
    opt_bold = make_font(theme.fonts.body, 21 * k * small, bold=True)
    pct_font = make_font(theme.fonts.numbers, 22 * k * small, bold=True)
    lm, om, pm = QFontMetricsF(label_font), QFontMetricsF(opt_font), QFontMetricsF(pct_font)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 22 * s + fp, (12 if compact else 16) * s + fp * 0.6
    W = round(width)
    avail = W - 2 * inner_x
    question = fit_text(" ".join(card.question.split()), q_font, avail, 1 if compact else 2)
    bar_h = (6 if compact else 10) * s
    row_h = max(om.height(), pm.height()) + (2 if compact else 4) * s + bar_h
    row_gap = (6 if compact else 12) * s
    n = len(card.options)
    H = round(
        inner_y + lm.height() + 6 * s + question.height + 10 * s + n * row_h
        + (n - 1) * row_gap + inner_y
    )  # fmt: skip
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    y = inner_y
    p.setFont(label_font)
    p.setPen(qcolor(c.accent))
    head = (text.result if card.closed else text.live).upper()
    p.drawText(QPointF(inner_x, y + lm.ascent()), head)
    votes = votes_line(card, text)
    p.setPen(qcolor(c.muted))
    p.drawText(QPointF(W - inner_x - text_width(votes, label_font), y + lm.ascent()), votes)
    y += lm.height() + 6 * s
    qx = inner_x + (avail - question.width if question.rtl else 0)
    question.draw(p, qx, y, qcolor(c.text))
    y += question.height + 10 * s
    for i, option in enumerate(card.options):
        pct = card.percents[i] if i < len(card.percents) else 0
        lead = i in card.leaders
        won = card.closed and lead
        faded = card.closed and not lead
        pct_text = f"{pct}%"
        pw = pm.horizontalAdvance("100%")
        font = opt_bold if won else opt_font
        mark = "✓ " if won else ""
        label = elide(mark + " ".join(option.split()), font, avail - pw - 12 * s)
        p.setFont(font)
        p.setPen(qcolor(c.muted if faded else c.text))
        base = y + max(om.height(), pm.height()) - om.descent()
        p.drawText(QPointF(inner_x, base), label)
        p.setFont(pct_font)
        p.setPen(qcolor(c.muted if faded else (c.accent if won else c.text)))
        p.drawText(QPointF(W - inner_x - text_width(pct_text, pct_font), base), pct_text)
        track = QRectF(inner_x, y + row_h - bar_h, avail, bar_h)
        _bar(p, track, pct / 100, c.muted, c.muted if faded else c.accent)
        y += row_h + row_gap
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)


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
        w = max(track.height(), track.width() * min(1.0, frac))
        p.drawRoundedRect(QRectF(track.x(), track.y(), w, track.height()), r, r)
    p.restore()
