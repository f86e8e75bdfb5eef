"""The report as one self-contained HTML file: charts as inline SVG, the fonts it needs
embedded (the bundled Noto fonts cut down to the characters the page uses, so CJK names show
on any machine), no script, no network. Readable on a laptop screen and printable on A4."""

from __future__ import annotations

import base64
import io
import logging
from html import escape

from studio import i18n, paths
from studio.report import charts
from studio.report.figures import Report
from studio.report.text import Formatter

log = logging.getLogger(__name__)

FONTS = (  # i18n: not shown (font families)
    ("Report Sans", "normal", "NotoSans-Regular.ttf"),
    ("Report Sans", "bold", "NotoSans-Bold.ttf"),
    ("Report CJK", "normal", "NotoSansCJKsc-Bold-subset.otf"),
)

CSS = """
:root { --ink:#222; --muted:#666; --accent:#D9822B; --line:#e3e3e3; --flash:#C0392B; }
* { box-sizing: border-box; }
body { font-family: "Report Sans", "Report CJK", "Noto Sans", "Noto Sans CJK SC", sans-serif;
  color: var(--ink); margin: 0; background: #f6f5f3; font-size: 15px; line-height: 1.45; }
main { max-width: 1040px; margin: 0 auto; padding: 28px 28px 48px; background: #fff; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 10px; border-bottom: 2px solid var(--accent);
  padding-bottom: 4px; }
.sub { color: var(--muted); margin: 0 0 18px; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card .label { color: var(--muted); font-size: 13px; }
.card .value { font-size: 22px; font-weight: bold; white-space: nowrap; }
.card .unit { color: var(--muted); font-size: 12px; }
figure { margin: 12px 0; }
figure svg { width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: right;
  vertical-align: top; }
th { font-size: 12.5px; color: var(--muted); font-weight: bold; }
th:first-child, td:first-child { text-align: left; }
td.name { max-width: 300px; }
td:not(.name) { white-space: nowrap; }
.sku { color: var(--muted); font-size: 12px; }
.note { color: var(--muted); font-size: 13px; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
dl { display: grid; grid-template-columns: auto auto; gap: 4px 16px; margin: 0; }
dt { color: var(--muted); } dd { margin: 0; text-align: right; font-weight: bold; }
@media (max-width: 760px) { .grid2 { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } main { max-width: none; padding: 0; }
  h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
@page { size: A4; margin: 14mm; }
"""


def _font_faces(text: str) -> str:
    """@font-face rules with the bundled fonts cut to the characters in `text` (WOFF, base64).

    fontTools (a matplotlib dependency) does the subsetting; a font that cannot be cut is
    left out (the page then falls back to the reader's fonts) and logged.
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    chars = {ord(c) for c in text if not c.isspace()} | {0x20}
    rules = []
    for family, weight, name in FONTS:
        path = paths.fonts_dir() / name
        if not path.is_file():
            continue
        try:
            font = TTFont(str(path), lazy=True)
            cmap = font.getBestCmap() or {}
            wanted = chars & set(cmap)
            if not wanted:
                continue
            opts = subset.Options()
            opts.flavor = "woff"
            opts.hinting = False  # screens and printers do without; much quicker to cut
            opts.layout_closure = False
            # No shaping tables: Latin and CJK need none to show, and reading them is most
            # of the cost of cutting the CJK font.
            opts.drop_tables += [  # i18n: not shown (OpenType tables)
                "GSUB",
                "GPOS",
                "GDEF",
                "BASE",
                "JSTF",
                "MATH",
            ]
            opts.layout_features = []
            sub = subset.Subsetter(opts)
            sub.populate(unicodes=wanted)
            sub.subset(font)
            buf = io.BytesIO()
            font.flavor = "woff"
            font.save(buf)
        except Exception as exc:  # a broken font must not cost the creator the report
            log.warning("could not embed %s in the report: %s", name, exc)
            continue
        data = base64.b64encode(buf.getvalue()).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'src: url(data:font/woff;base64,{data}) format("woff"); }}'
        )
    return "\n".join(rules)


def _table(head: list[str], rows: list[list[str]], raw_first: bool = False) -> str:
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if i == 0 and raw_first:
                cells.append(f'<td class="name">{cell}</td>')
            else:
                cells.append(f"<td>{escape(cell)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    rows_html = "".join(body)
    return (
        f'<div class="table"><table><thead><tr>{th}</tr></thead>'
        f"<tbody>{rows_html}</tbody></table></div>"
    )


def _card(label: str, value: str, unit: str = "") -> str:
    u = (f'<div class="unit">{escape(unit)}</div>') if unit else ""
    return (
        f'<div class="card"><div class="label">{escape(label)}</div>'
        f'<div class="value">{escape(value)}</div>{u}</div>'
    )


def _dl(items: list[tuple[str, str]]) -> str:
    return "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in items) + "</dl>"


def render_html(report: Report, locale: str = "en_US") -> str:
    """The whole report as an HTML document (str)."""
    f = Formatter(report.currency, locale)
    h = report.headline
    cur = report.currency
    parts: list[str] = []
    add = parts.append
    add(f"<h1>{escape(report.title)}</h1>")
    fields = {
        "host": escape(report.host),
        "start": escape(f.when(report.start)),
        "duration": escape(f.duration(h.duration_s)),
        "theme": escape(report.theme or ""),
        "show": escape(report.show_id),
    }
    sub = (
        i18n._("{host} · {start} · {duration} on air · theme: {theme} · show {show}")
        if report.theme
        else i18n._("{host} · {start} · {duration} on air · show {show}")
    )
    add(f'<p class="sub">{sub.format(**fields)}</p>')
    cards = [
        _card(i18n._("Revenue"), f.money(h.revenue_minor), cur),
        _card(i18n._("Orders"), f.number(h.orders)),
        _card(i18n._("Units sold"), f.number(h.units)),
        _card(
            i18n._("Average order value"),
            f.money(h.aov_minor),
            i18n._("{cur} per order").format(cur=cur),
        ),
        _card(i18n._("Unique buyers"), f.number(h.unique_buyers)),
        _card(i18n._("Peak viewers"), f.number(h.peak_viewers), i18n._("people watching at once")),
        _card(i18n._("Average viewers"), f.number(h.avg_viewers), i18n._("people, over the show")),
        _card(
            i18n._("Buyer conversion"),
            f.percent(h.buyer_conversion),
            i18n._("unique buyers ÷ peak viewers"),
        ),
        _card(
            i18n._("Revenue per minute"),
            f.money(h.revenue_per_minute_minor),
            i18n._("{cur} per minute").format(cur=cur),
        ),
        _card(
            i18n._("Revenue per interaction"),
            f.money(h.revenue_per_interaction_minor),
            i18n._("{cur} per comment or question ({number})").format(
                cur=cur, number=f.number(h.interactions)
            ),
        ),
    ]
    add(('<section><div class="cards">') + "".join(cards) + "</div></section>")

    add("<h2>Timeline</h2>")
    add(f"<figure>{charts.to_svg(charts.timeline_figure(report, locale=locale))}")
    add(
        i18n._(
            "<figcaption>Bars: revenue per minute in {escape}. Line: viewers. Top band: the "
            "pinned product. Hatched: flash sales.</figcaption></figure>"
        ).format(escape=escape(cur))
    )

    add("<h2>Products</h2>")
    rows = []
    for p in report.products:
        name = f'{escape(p.title)}<div class="sku">{escape(p.sku)}</div>'
        rows.append(
            [
                name,
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
        )
    add(
        _table(
            [
                i18n._("Product"),
                i18n._("Price ({cur})").format(cur=cur),
                i18n._("Orders"),
                i18n._("Units"),
                i18n._("Revenue ({cur})").format(cur=cur),
                i18n._("Time pinned"),
                i18n._("Orders while pinned"),
                i18n._("Conversion while pinned"),
                i18n._("Stock left"),
                i18n._("Sell-through"),
            ],
            rows,
            raw_first=True,
        )
    )
    add(
        i18n._(
            '<p class="note">Conversion while pinned: the product\'s buyers while it was pinned ÷ '
            "the average viewers then. Sell-through: units sold ÷ (units sold + stock left).</p>"
        )
    )
    if report.flashes:
        add(i18n._("<h2>Flash sales</h2>"))
        frows = [
            [
                (f'{escape(x.title)}<div class="sku">{escape(x.status)}</div>'),
                f.money(x.price_minor),
                f"{f.minute(x.start)}–{f.minute(x.end)}",
                f.number(x.orders),
                f.money(x.revenue_minor),
                f.number(x.per_min_during, 1),
                f.number(x.per_min_before, 1),
                f.ratio(x.uplift),
            ]
            for x in report.flashes
        ]
        add(
            _table(
                [
                    i18n._("Product"),
                    i18n._("Flash price ({cur})").format(cur=cur),
                    i18n._("From–to (min:s)"),
                    i18n._("Orders"),
                    i18n._("Revenue ({cur})").format(cur=cur),
                    i18n._("Orders/min during"),
                    i18n._("Orders/min before"),
                    i18n._("Uplift"),
                ],
                frows,
                raw_first=True,
            )
        )
        add(
            i18n._(
                '<p class="note">Uplift: the product\'s orders per minute during the sale ÷ over '
                "as long a stretch just before it (— when it sold nothing before).</p>"
            )
        )

    e, c = report.engagement, report.community
    add(i18n._('<div class="grid2"><section><h2>Engagement</h2>'))
    add(
        _dl(
            [
                (i18n._("Comments"), f.number(e.comments)),
                (i18n._("Questions"), f.number(e.questions)),
                (i18n._("Questions answered in the chat"), f.number(e.answered)),
                (
                    i18n._("Median time to answer"),
                    f.duration(e.median_answer_s) if e.median_answer_s is not None else "—",
                ),
                (i18n._("People who commented"), f.number(e.commenters)),
                (i18n._("…of whom bought"), f.number(e.commenters_who_bought)),
            ]
        )
    )
    add(
        i18n._(
            '<p class="note">Auctions, giveaways and polls are not on the platform yet; they will '
            "appear here when they are.</p></section>"
        )
    )
    add("<section><h2>Community</h2>")
    add(
        _dl(
            [
                (i18n._("New members"), f.number(c.new_members)),
                (i18n._("Returning buyers"), f.number(c.returning_buyers)),
                (i18n._("First-time buyers"), f.number(c.new_buyers)),
            ]
        )
    )
    add(
        i18n._(
            '<p class="note">Returning: already a member with orders when the show began, or a '
            "buyer in an earlier show recorded here. Tiers are not on the platform yet.</p>"
        )
    )
    add("</section></div>")

    add("<h2>Resellers</h2>")
    if report.resellers:
        add(
            _table(
                [
                    i18n._("Reseller"),
                    i18n._("Code"),
                    i18n._("Orders"),
                    i18n._("Revenue ({cur})").format(cur=cur),
                    i18n._("Share of revenue"),
                ],
                [
                    [
                        escape(r.name),
                        r.code,
                        f.number(r.orders),
                        f.money(r.revenue_minor),
                        f.percent(r.revenue_minor / h.revenue_minor if h.revenue_minor else None),
                    ]
                    for r in report.resellers
                ],
                raw_first=True,
            )
        )
        add(
            i18n._(
                '<p class="note">Commission: the platform does not send reseller commission rates, '
                "so none is computed here.</p>"
            )
        )
    else:
        add(i18n._('<p class="note">No reseller shared this show.</p>'))

    hl = report.health
    add(i18n._("<h2>Stream health</h2>"))
    add(
        _dl(
            [
                (
                    i18n._("Average bitrate sent"),
                    i18n._("{number} kbit/s").format(number=f.number(hl.avg_kbps)),
                ),
                (
                    i18n._("Lowest bitrate sample"),
                    i18n._("{number} kbit/s").format(number=f.number(hl.min_kbps)),
                ),
                (
                    i18n._("Frames dropped (network)"),
                    f"{f.number(hl.dropped)} ({f.percent(hl.drop_ratio, 2)})",
                ),
                (i18n._("Frames skipped (encoder too slow)"), f.number(hl.skipped)),
                (i18n._("Frames lagged (compositor too slow)"), f.number(hl.lagged)),
                (i18n._("Reconnects"), f.number(hl.reconnects)),
                (
                    i18n._("Platform saw the stream degraded or offline"),
                    f.duration(hl.ingest_trouble_s),
                ),
            ]
        )
    )
    add(f"<figure>{charts.to_svg(charts.health_figure(report, locale=locale))}</figure>")

    add(i18n._("<h2>Compared with earlier shows</h2>"))
    if report.history:
        add(f"<figure>{charts.to_svg(charts.trend_figure(report, locale=locale))}</figure>")
        trows = []
        for s in [*report.history[-7:], report.past()]:
            trows.append(
                [
                    escape(s.title)
                    + (i18n._(" (this show)") if s.show_id == report.show_id else ""),
                    f.when(s.started),
                    f.duration(s.duration_s),
                    Formatter(s.currency, locale).money(s.revenue_minor),
                    f.number(s.orders),
                    Formatter(s.currency, locale).money(s.aov_minor),
                    f.number(s.peak_viewers),
                    f.percent(s.buyer_conversion),
                ]
            )
        add(
            _table(
                [
                    i18n._("Show"),
                    i18n._("Started"),
                    i18n._("On air"),
                    i18n._("Revenue"),
                    i18n._("Orders"),
                    i18n._("Avg order value"),
                    i18n._("Peak viewers"),
                    i18n._("Buyer conversion"),
                ],
                trows,
                raw_first=True,
            )
        )
    else:
        add(
            i18n._(
                '<p class="note">This is the first show recorded on this computer: the trend '
                "starts with the next one.</p>"
            )
        )
    add(f"<h2>{escape(i18n._('Notes'))}</h2><ul class='note'>")
    add(
        i18n._(
            "<li>Money is summed in the platform's minor units; averages are rounded to the "
            "cent.</li><li>Times are the platform's. Buyer conversion is unique buyers ÷ peak "
            "viewers (the platform gives no count of unique viewers).</li>"
        )
    )
    for n in report.notes:
        add(f"<li>{escape(n)}</li>")
    add("</ul>")
    body = "\n".join(parts)
    faces = _font_faces(body)
    title = escape(i18n._("Show report: {title}").format(title=report.title))
    lang = escape(i18n.language())
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{faces}\n{CSS}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )
