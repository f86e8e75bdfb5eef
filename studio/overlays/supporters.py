"""The top-supporters strip: the loyalty leaderboard's first few names with medals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from studio.overlays.fonts import make_font
from studio.overlays.models import OverlayText, Supporter
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

MEDALS = ("🥇", "🥈", "🥉")


def render_supporters(
    supporters: Sequence[Supporter],
    theme: Theme,
    s: float,
    max_width: float,
    *,
    locale_points: str | None = None,
    text: OverlayText | None = None,
    limit: int = 3,
) -> Rendered:
    """A one-row strip; names are shortened (never the points) until it fits max_width. A
    supporter with a community `tier` gets it as a badge after the name (cut to 16 letters)."""
    from studio.show.money import format_count

    text = text or OverlayText()
    c = theme.colors
    k = s * theme.fonts.scale
    hfont = make_font(theme.fonts.body, 15 * k, bold=True)
    hfont.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.2 * k)
    nfont = make_font(theme.fonts.body, 21 * k, bold=True)
    pfont = make_font(theme.fonts.body, 18 * k)
    mfont = make_font(theme.fonts.body, 22 * k)
    tfont = make_font(theme.fonts.body, 13 * k, bold=True)
    hm, nm = QFontMetricsF(hfont), QFontMetricsF(nfont)
    fp = frame_pad(theme, s)
    inner_x, inner_y = 18 * s + fp, 10 * s + fp * 0.6
    item_gap, small = 22 * s, 6 * s
    top = sorted(supporters, key=lambda x: -x.points)[:limit]
    header = "🏆 " + text.supporters.upper()
    entries = []
    tiers: list[str] = []
    for i, sup in enumerate(top):
        medal = MEDALS[i] if i < len(MEDALS) else f"{i + 1}."
        pts = text.points(sup.points).format(n=format_count(sup.points, locale_points or "en_US"))
        entries.append((medal, " ".join(sup.name.split()) or "?", pts))
        tier = " ".join((sup.tier or "").split())
        tiers.append(tier if len(tier) <= 16 else tier[:15].rstrip() + "…")
    badge_pad = 12 * s  # painting.pill's horizontal padding
    badges = [text_width(t, tfont) + 2 * badge_pad + small if t else 0.0 for t in tiers]
    fixed = (
        sum(text_width(m, mfont) + small + text_width(pt, pfont) + small for m, _, pt in entries)
        + item_gap * max(0, len(entries) - 1)
        + sum(badges)
    )
    avail_names = max_width - 2 * inner_x - fixed
    names_w = [text_width(n, nfont) for _, n, _ in entries]
    # Share the room fairly: shorten the longest names first.
    cap = max(names_w, default=0.0)
    while entries and sum(min(w, cap) for w in names_w) > avail_names and cap > 20 * s:
        cap -= 4 * s
    names = [
        elide(n, nfont, min(w, cap)) if w > cap else n
        for (_, n, _), w in zip(entries, names_w, strict=True)
    ]
    row_w = fixed + sum(text_width(n, nfont) for n in names)
    W = round(min(max_width, max(row_w, text_width(header, hfont)) + 2 * inner_x))
    H = round(inner_y + hm.height() + 4 * s + nm.height() + inner_y)
    pad = shadow_pad(theme, s)
    img = new_image(W + 2 * pad, H + 2 * pad)
    p = begin(img)
    p.translate(pad, pad)
    draw_panel(p, QRectF(0, 0, W, H), theme, s)
    p.setFont(hfont)
    p.setPen(qcolor(c.muted))
    p.drawText(QPointF(inner_x, inner_y + hm.ascent()), header)
    base = inner_y + hm.height() + 4 * s + nm.ascent()
    x = inner_x
    tm = QFontMetricsF(tfont)
    for (medal, _, pts), name, tier in zip(entries, names, tiers, strict=True):
        p.setFont(mfont)
        p.drawText(QPointF(x, base), medal)
        x += text_width(medal, mfont) + small
        p.setFont(nfont)
        p.setPen(qcolor(c.text))
        p.drawText(QPointF(x, base), name)
        x += text_width(name, nfont) + small
        if tier:
            ph = tm.height() + 10 * s
            r = pill(
                p,
                x,
                base - nm.ascent() + (nm.height() - ph) / 2,
                tier,
                tfont,
                c.on_accent,
                c.accent,
                s,
            )
            x += r.width() + small
        p.setFont(pfont)
        p.setPen(qcolor(c.accent if c.accent != c.text else c.muted))
        p.drawText(QPointF(x, base), pts)
        x += text_width(pts, pfont) + item_gap
    p.end()
    return Rendered(finish(img, theme, s, pad), pad, W, H)
