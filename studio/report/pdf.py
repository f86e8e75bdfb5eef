"""The report as a multi-page A4 PDF, drawn with matplotlib's PDF backend.

Why this route: matplotlib already draws the charts, and its PDF backend embeds the bundled
fonts (CJK included, through the same per-glyph fallback) with no further dependency. An
HTML-to-PDF engine (WeasyPrint) would need Pango and its native libraries on every platform
the packaged studio ships to; Qt's printing module is not part of the studio's Qt subset.
The pages: the headline and the timeline; products and flash sales; engagement, community,
resellers and stream health; the trend against earlier shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from studio import i18n
from studio.report import charts
from studio.report.figures import Report
from studio.report.text import Formatter

A4 = (8.27, 11.69)  # inches, portrait
ROWS_PER_PAGE = 28


CARD_WIDTH = 0.21  # of the page's width: a headline card's column, less the gap to the next


@lru_cache(maxsize=2)
def _measurer(width: float, height: float, dpi: float) -> RendererAgg:
    """One Agg renderer per page size, only to measure text (each holds a page-sized buffer,
    so the headline's thirty texts share it instead of allocating thirty)."""
    return RendererAgg(width, height, dpi)  # type: ignore[no-untyped-call]


def _fitted_text(fig: Figure, x: float, y: float, text: str, **kw: Any) -> None:
    """`fig.text` in a headline card, its font made smaller (down to 6 pt) when the words
    would run past the card's column, and then broken onto two lines if still too wide: a
    translation can be much longer than the English (Spanish and Portuguese ran past the
    page's right margin)."""
    t = fig.text(x, y, text, **kw)
    w, h = fig.bbox.width, fig.bbox.height
    renderer = _measurer(w, h, fig.dpi)
    width = t.get_window_extent(renderer).width / w
    if width <= CARD_WIDTH:
        return
    size = float(kw["fontsize"])
    t.set_fontsize(max(6.0, size * CARD_WIDTH / width))
    if t.get_window_extent(renderer).width / w > CARD_WIDTH and " " in text:
        middle = len(text) // 2
        cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
        t.set_text(text[:cut] + "\n" + text[cut + 1 :])


def _page(title: str, report: Report, f: Formatter, page: int) -> Figure:
    fig = Figure(figsize=A4)
    fig.text(0.06, 0.965, charts.short(report.title, 60), fontsize=9, color=charts.MUTED)
    fig.text(
        0.94,
        0.965,
        i18n._("Page {page}").format(page=page),
        fontsize=9,
        color=charts.MUTED,
        ha="right",
    )
    fig.text(0.06, 0.93, title, fontsize=16, weight="bold", color=charts.INK)
    return fig


def _table(
    fig: Figure,
    top: float,
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    fontsize: float = 7.5,
    row_h: float = 0.024,
) -> float:
    """Draw a table whose top is at `top` (figure fraction); returns where it ends."""
    if not rows:
        fig.text(
            0.06, top - 0.01, i18n._("Nothing to show."), va="top", fontsize=9, color=charts.MUTED
        )
        return top - 0.03
    height = row_h * (len(rows) + 2)
    ax = fig.add_axes((0.04, top - height, 0.92, height))
    ax.axis("off")
    table = ax.table(
        cellText=[list(r) for r in rows],
        colLabels=list(head),
        colWidths=list(widths),
        loc="upper center",
        cellLoc="right",
    )
    table.auto_set_font_size(False)
    table.set_fontsize(fontsize)
    for (row, col), cell in table.get_celld().items():
        cell.set_edgecolor("#dddddd")
        cell.set_linewidth(0.5)
        cell.set_height((2 if row == 0 else 1) / (len(rows) + 2))
        if col == 0:
            cell.set_text_props(ha="left")
            cell.PAD = 0.02
        if row == 0:
            cell.set_text_props(weight="bold", color=charts.INK)
            cell.set_facecolor("#f3efe9")
    return top - height


def _pairs(fig: Figure, x: float, y: float, items: Sequence[tuple[str, str]], w: float) -> float:
    for label, value in items:
        fig.text(x, y, label, fontsize=9.5, color=charts.MUTED, va="top")
        fig.text(x + w, y, value, fontsize=9.5, color=charts.INK, va="top", ha="right")
        y -= 0.024
    return y


def write_pdf(report: Report, path: Path, locale: str = "en_US") -> Path:
    """Write the report as an A4 PDF at `path`; returns it. Raises OSError when it cannot be
    written."""
    charts.setup()
    f = Formatter(report.currency, locale)
    h = report.headline
    cur = report.currency
    path.parent.mkdir(parents=True, exist_ok=True)
    title = i18n._("Show report: {title}").format(title=report.title)
    with PdfPages(path, metadata={"Title": title}) as pdf:  # i18n: not shown (a PDF key)
        # 1. headline and timeline
        page = 1
        fig = _page(i18n._("Show report"), report, f, page)
        fig.text(
            0.06,
            0.905,
            i18n._("{host} · {when} · {duration} on air").format(
                host=report.host, when=f.when(report.start), duration=f.duration(h.duration_s)
            ),
            fontsize=10,
            color=charts.MUTED,
        )
        cards = [
            (i18n._("Revenue"), f.money(h.revenue_minor), cur),
            (i18n._("Orders"), f.number(h.orders), i18n._("orders")),
            (i18n._("Units sold"), f.number(h.units), i18n._("units")),
            (
                i18n._("Average order value"),
                f.money(h.aov_minor),
                i18n._("{cur} per order").format(cur=cur),
            ),
            (i18n._("Unique buyers"), f.number(h.unique_buyers), i18n._("people")),
            (i18n._("Peak viewers"), f.number(h.peak_viewers), i18n._("people at once")),
            (i18n._("Average viewers"), f.number(h.avg_viewers), i18n._("people")),
            (
                i18n._("Buyer conversion"),
                f.percent(h.buyer_conversion),
                i18n._("buyers ÷ peak viewers"),
            ),
            (
                i18n._("Revenue per minute"),
                f.money(h.revenue_per_minute_minor),
                i18n._("{cur} per minute").format(cur=cur),
            ),
            (
                i18n._("Revenue per interaction"),
                f.money(h.revenue_per_interaction_minor),
                i18n._("{cur} per comment/question").format(cur=cur),
            ),
        ]
        for i, (label, value, unit) in enumerate(cards):
            col, row = i % 4, i // 4
            x, y = 0.06 + col * 0.225, 0.86 - row * 0.085
            _fitted_text(fig, x, y, label, fontsize=8.5, color=charts.MUTED, va="top")
            _fitted_text(fig, x, y - 0.02, value, fontsize=14, weight="bold", va="top")
            _fitted_text(fig, x, y - 0.05, unit, fontsize=7.5, color=charts.MUTED, va="top")
        charts.draw_timeline(fig, report, (0.1, 0.17, 0.78, 0.44), locale=locale)
        fig.text(
            0.06,
            0.04,
            i18n._(
                "Bars: revenue per minute ({cur}). Line: viewers. Top band: the pinned "
                "product. Hatched: flash sales."
            ).format(cur=cur),
            fontsize=8,
            color=charts.MUTED,
        )
        pdf.savefig(fig)

        # 2. products (and flash sales), as many pages as the rows need
        prows = [
            [
                charts.short(p.title, 30),
                f.money(p.price_minor),
                f.number(p.orders),
                f.number(p.units),
                f.money(p.revenue_minor),
                f.duration(p.pinned_s) if p.pinned_s else "—",
                f.number(p.orders_pinned) if p.pinned_s else "—",
                f.percent(p.conversion_pinned),
                f.number(p.stock_left) if p.stock_left is not None else "—",
                f.percent(p.sell_through, 0),
            ]
            for p in report.products
        ]
        head = [
            i18n._("Product"),
            i18n._("Price\n({cur})").format(cur=cur),
            i18n._("Orders"),
            i18n._("Units"),
            i18n._("Revenue\n({cur})").format(cur=cur),
            i18n._("Time\npinned"),
            i18n._("Orders\nwhile pinned"),
            i18n._("Conversion\nwhile pinned"),
            i18n._("Stock\nleft"),
            i18n._("Sell-\nthrough"),
        ]
        widths = [0.25, 0.07, 0.06, 0.06, 0.09, 0.1, 0.1, 0.1, 0.06, 0.07]
        chunks = [prows[i : i + ROWS_PER_PAGE] for i in range(0, max(1, len(prows)), ROWS_PER_PAGE)]
        for n, chunk in enumerate(chunks):
            page += 1
            fig = _page(i18n._("Products") + (" (continued)" if n else ""), report, f, page)
            y = _table(fig, 0.9, head, chunk, widths)
            if n == len(chunks) - 1:
                fig.text(
                    0.06,
                    y - 0.02,
                    i18n._(
                        "Conversion while pinned: its buyers while pinned ÷ average viewers then. "
                        "Sell-through: sold ÷ (sold + stock left)."
                    ),
                    fontsize=7.5,
                    color=charts.MUTED,
                    va="top",
                )
                if report.flashes and y > 0.4:
                    fig.text(0.06, y - 0.07, i18n._("Flash sales"), fontsize=13, weight="bold")
                    frows = [
                        [
                            charts.short(x.title, 30),
                            f.money(x.price_minor),
                            f"{f.minute(x.start)}–{f.minute(x.end)}",
                            f.number(x.orders),
                            f.money(x.revenue_minor),
                            f.number(x.per_min_during, 1),
                            f.number(x.per_min_before, 1),
                            f.ratio(x.uplift),
                        ]
                        for x in report.flashes[:10]
                    ]
                    _table(
                        fig,
                        y - 0.09,
                        [
                            i18n._("Product"),
                            i18n._("Flash price\n({cur})").format(cur=cur),
                            i18n._("From–to\n(min:s)"),
                            i18n._("Orders"),
                            i18n._("Revenue\n({cur})").format(cur=cur),
                            i18n._("Orders/min\nduring"),
                            i18n._("Orders/min\nbefore"),
                            i18n._("Uplift"),
                        ],
                        frows,
                        [0.26, 0.1, 0.11, 0.08, 0.11, 0.11, 0.11, 0.08],
                    )
            pdf.savefig(fig)

        # 3. engagement, community, resellers, stream health
        page += 1
        e, c, hl = report.engagement, report.community, report.health
        fig = _page(i18n._("Audience and stream"), report, f, page)
        fig.text(0.06, 0.89, i18n._("Engagement"), fontsize=12, weight="bold")
        _pairs(
            fig,
            0.06,
            0.86,
            [
                (i18n._("Comments"), f.number(e.comments)),
                (i18n._("Questions"), f.number(e.questions)),
                (i18n._("Answered in the chat"), f.number(e.answered)),
                (
                    i18n._("Median time to answer"),
                    f.duration(e.median_answer_s) if e.median_answer_s is not None else "—",
                ),
                (i18n._("People who commented"), f.number(e.commenters)),
                (i18n._("…of whom bought"), f.number(e.commenters_who_bought)),
            ],
            0.36,
        )
        fig.text(0.54, 0.89, i18n._("Community"), fontsize=12, weight="bold")
        _pairs(
            fig,
            0.54,
            0.86,
            [
                (i18n._("New members"), f.number(c.new_members)),
                (i18n._("Returning buyers"), f.number(c.returning_buyers)),
                (i18n._("First-time buyers"), f.number(c.new_buyers)),
            ],
            0.38,
        )
        fig.text(
            0.06,
            0.7,
            i18n._("Auctions, giveaways, polls and tiers are not on the platform yet."),
            fontsize=8,
            color=charts.MUTED,
        )
        fig.text(0.06, 0.66, i18n._("Resellers"), fontsize=12, weight="bold")
        rrows = [
            [
                charts.short(r.name, 30),
                r.code,
                f.number(r.orders),
                f.money(r.revenue_minor),
                f.percent(r.revenue_minor / h.revenue_minor if h.revenue_minor else None),
            ]
            for r in report.resellers[:8]
        ]
        y = _table(
            fig,
            0.64,
            [
                i18n._("Reseller"),
                i18n._("Code"),
                i18n._("Orders"),
                i18n._("Revenue ({cur})").format(cur=cur),
                i18n._("Share of revenue"),
            ],
            rrows,
            [0.34, 0.16, 0.12, 0.2, 0.18],
            fontsize=8.5,
        )
        y -= 0.03
        fig.text(
            0.06,
            y,
            i18n._("The platform sends no commission rates, so none is computed."),
            fontsize=7.5,
            color=charts.MUTED,
        )
        fig.text(0.06, y - 0.04, i18n._("Stream health"), fontsize=12, weight="bold")
        y2 = _pairs(
            fig,
            0.06,
            y - 0.07,
            [
                (
                    i18n._("Average bitrate sent"),
                    i18n._("{number} kbit/s").format(number=f.number(hl.avg_kbps)),
                ),
                (i18n._("Frames dropped (network)"), f"{f.number(hl.dropped)}"),
                (
                    i18n._("Frames skipped / lagged"),
                    f"{f.number(hl.skipped)} / {f.number(hl.lagged)}",
                ),
                (i18n._("Reconnects"), f.number(hl.reconnects)),
                (i18n._("Stream degraded or offline"), f.duration(hl.ingest_trouble_s)),
            ],
            0.5,
        )
        bottom = max(0.06, y2 - 0.25)
        charts.draw_health(fig, report, (0.1, bottom, 0.78, y2 - 0.03 - bottom), locale=locale)
        pdf.savefig(fig)

        # 4. the trend
        page += 1
        fig = _page(i18n._("Compared with earlier shows"), report, f, page)
        if report.history:
            charts.draw_trend(fig, report, (0.1, 0.64, 0.8, 0.24), locale=locale)
            shows = [*report.history[-7:], report.past()]
            trows = [
                [
                    charts.short(s.title, 28) + (" (this)" if s.show_id == report.show_id else ""),
                    f.when(s.started),
                    f.duration(s.duration_s),
                    Formatter(s.currency, locale).money(s.revenue_minor),
                    f.number(s.orders),
                    Formatter(s.currency, locale).money(s.aov_minor),
                    f.number(s.peak_viewers),
                    f.percent(s.buyer_conversion),
                ]
                for s in shows
            ]
            _table(
                fig,
                0.56,
                [
                    i18n._("Show"),
                    i18n._("Started"),
                    i18n._("On air"),
                    i18n._("Revenue"),
                    i18n._("Orders"),
                    i18n._("Avg order\nvalue"),
                    i18n._("Peak\nviewers"),
                    i18n._("Buyer\nconversion"),
                ],
                trows,
                [0.25, 0.17, 0.1, 0.11, 0.07, 0.1, 0.09, 0.11],
            )
        else:
            fig.text(
                0.06,
                0.88,
                i18n._(
                    "This is the first show recorded on this computer: the trend starts with the "
                    "next one."
                ),
                fontsize=10,
                color=charts.MUTED,
            )
        notes = [
            i18n._(
                "Money is summed in the platform's minor units; averages are rounded to the cent."
            ),
            i18n._("Times are the platform's. Buyer conversion: unique buyers ÷ peak viewers."),
            *report.notes,
        ]
        for i, note in enumerate(notes):
            fig.text(0.06, 0.2 - i * 0.022, note, fontsize=7.5, color=charts.MUTED)
        pdf.savefig(fig)
    return path
