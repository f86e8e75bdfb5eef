"""The report's charts with matplotlib's object API (no pyplot, no GUI backend: any thread).

Fonts: the bundled Noto subsets (Latin, then CJK as a per-glyph fallback), so product names in
Chinese or Japanese render in the SVG (text drawn as paths: the HTML needs no font for them)
and in the PDF. Units are on every axis: money in major units of the show's currency, viewers
as people, bitrate in kbit/s, time in minutes from the start of the show.
"""

from __future__ import annotations

import io
import logging
import re
import threading
import unicodedata
from collections.abc import Sequence

from babel.numbers import format_decimal
from matplotlib import font_manager, rcParams
from matplotlib.axes import Axes

# Named here, not looked up by format name at run time, so a PyInstaller build carries them.
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure, FigureBase
from matplotlib.ticker import FuncFormatter, MaxNLocator

from studio import i18n, paths
from studio.report.figures import Report
from studio.show.money import minor_units

FAMILIES = ["Studio Noto Sans", "Studio Noto Sans CJK", "DejaVu Sans"]  # i18n: not shown (fonts)
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansCJKsc-Bold-subset.otf")
ACCENT = "#D9822B"
INK = "#222222"
MUTED = "#6b6b6b"
VIEWERS = "#2F6DB5"
FLASH = "#C0392B"
PIN_COLOURS = ("#F4D9B8", "#D6E6F5", "#DCEFD8", "#EEDCF2", "#F8E5A8", "#D9F0EE")

_lock = threading.Lock()
_ready = False


def setup() -> None:
    """Register the bundled fonts with matplotlib and set the report's style (once)."""
    global _ready
    with _lock:
        if _ready:
            return
        logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
        for name in FONT_FILES:
            path = paths.fonts_dir() / name
            if path.is_file():
                font_manager.fontManager.addfont(str(path))
        rcParams["font.family"] = FAMILIES
        rcParams["svg.fonttype"] = "path"
        rcParams["svg.hashsalt"] = "studio-report"  # the same report gives the same SVG
        rcParams["axes.edgecolor"] = "#9a9a9a"
        rcParams["axes.labelcolor"] = INK
        rcParams["xtick.color"] = INK
        rcParams["ytick.color"] = INK
        rcParams["axes.spines.top"] = False
        rcParams["font.size"] = 9
        _ready = True


def short(text: str, n: int = 26) -> str:
    """`text` cut to about `n` Latin characters' width with an ellipsis (a CJK character,
    wide in Unicode's East Asian Width, counts as two)."""
    width = 0
    for i, ch in enumerate(text):
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if width > n:
            return text[:i].rstrip() + "…"
    return text


def to_svg(fig: Figure) -> str:
    """The figure as an inline `<svg>` element (no XML prolog)."""
    buf = io.StringIO()
    FigureCanvasSVG(fig)
    fig.savefig(buf, format="svg")  # the constrained layout already keeps labels inside
    text = buf.getvalue()
    text = re.sub(r"<metadata>.*?</metadata>", "", text, flags=re.DOTALL)  # RDF boilerplate
    return text[text.find("<svg") :]


MAX_POINTS = 600  # a line needs no more points than a page has pixels across


def thin(points: Sequence[tuple[float, float]], n: int = MAX_POINTS) -> list[tuple[float, float]]:
    """At most about `n` points of a series sorted by x: each stretch keeps its last point and
    its extreme one (a dip or a peak is never smoothed away)."""
    if len(points) <= n:
        return list(points)
    step = len(points) / (n / 2)
    out: list[tuple[float, float]] = []
    i = 0.0
    while int(i) < len(points):
        chunk = points[int(i) : int(i + step)] or points[int(i) :]
        far = max(chunk, key=lambda p: abs(p[1] - chunk[0][1]))
        out += sorted({far, chunk[-1]}, key=lambda p: p[0])
        i += step
    return out


def _major(minor: int, currency: str) -> float:
    """Money for a chart's axis only (plotting needs floats; sums are never made from these)."""
    return minor / (10 ** minor_units(currency)) if currency else float(minor)


def local_numbers(locale: str, *axes: Axes, x: bool = True) -> None:
    """The axes' tick labels written as `locale` writes numbers (CLDR through Babel: '0,05' and
    '12.000' in es, '0.05' and '12,000' in en_US), not matplotlib's own '0.05' / '12000'."""
    from studio.show.money import babel_locale

    loc = babel_locale(locale)

    def label(value: float, _pos: object = None) -> str:
        return str(format_decimal(round(value, 6), format="#,##0.###", locale=loc))

    for ax in axes:
        if x:  # (not where the x axis names things, as the trend's shows)
            ax.xaxis.set_major_formatter(FuncFormatter(label))
        ax.yaxis.set_major_formatter(FuncFormatter(label))


def timeline_figure(
    report: Report, width_in: float = 10.0, height_in: float = 4.2, *, locale: str = "en_US"
) -> Figure:
    """A figure of its own: see `draw_timeline`."""
    setup()
    fig = Figure(figsize=(width_in, height_in), layout="constrained")
    draw_timeline(fig, report, locale=locale)
    return fig


def draw_timeline(
    fig: FigureBase,
    report: Report,
    rect: tuple[float, float, float, float] | None = None,
    *,
    locale: str = "en_US",
) -> None:
    """Revenue per minute (bars) and viewers (line), with the pins and the flash sales marked;
    numbers on the axes as `locale` writes them."""
    setup()
    ax = fig.add_axes(rect) if rect is not None else fig.add_subplot()
    cur = report.currency or i18n._("money")
    # Each bar is its stretch's revenue scaled to a per-minute rate (a 10 s bar of a short
    # show is as tall as a minute selling at that pace would be).
    xs = [(a + w / 2) / 60 for a, w, _ in report.bins]
    ys = [_major(r, report.currency) * 60 / w for _, w, r in report.bins]
    widths = [w / 60 * 0.85 for _, w, _ in report.bins]
    ax.bar(
        xs,
        ys,
        width=widths,
        color=ACCENT,
        label=i18n._("Revenue per minute ({cur})").format(cur=cur),
        zorder=3,
    )
    ax.set_xlabel(i18n._("Minutes from the start of the show"))
    ax.set_ylabel(i18n._("Revenue per minute ({cur})").format(cur=cur))
    n = max(report.headline.duration_s / 60, 0.1)
    ax.set_xlim(0, n)
    top = max([*ys, 1.0]) * 1.35
    ax.set_ylim(0, top)
    ax.grid(axis="y", color="#e6e6e6", zorder=0)
    # Pins: a band along the top, one colour per product, labelled where there is room.
    colours: dict[str, str] = {}
    for span in report.pins:
        colour = colours.setdefault(span.product_id, PIN_COLOURS[len(colours) % len(PIN_COLOURS)])
        a, b = span.start / 60, span.end / 60
        ax.axvspan(a, b, ymin=0.88, ymax=1.0, color=colour, zorder=1, lw=0)
        if (b - a) / n > 0.07:
            ax.text(
                (a + b) / 2,
                top * 0.94,
                short(span.title, max(6, int(60 * (b - a) / n))),
                ha="center",
                va="center",
                fontsize=7.5,
                color=INK,
                clip_on=True,
                zorder=4,
            )
    for f in report.flashes:
        a, b = f.start / 60, f.end / 60
        ax.axvspan(a, b, ymin=0, ymax=0.86, facecolor="none", edgecolor=FLASH, hatch="///", lw=0.8)
        ax.text(
            a, top * 0.83, " " + i18n._("Flash sale"), color=FLASH, fontsize=7.5, va="top", zorder=5
        )
    ax2 = ax.twinx()
    ax2.spines["top"].set_visible(False)
    if report.viewers:
        pts = thin([(max(0.0, t / 60), float(v)) for t, v in report.viewers])
        vx = [x for x, _ in pts] + [n]
        vy = [y for _, y in pts] + [pts[-1][1]]
        ax2.step(vx, vy, where="post", color=VIEWERS, lw=1.6, label=i18n._("Viewers"), zorder=5)
    ax2.set_ylabel(i18n._("Viewers (people watching)"), color=VIEWERS)
    ax2.set_ylim(0, max([v for _, v in report.viewers] + [10]) * 1.35)
    ax2.tick_params(axis="y", colors=VIEWERS)
    local_numbers(locale, ax, ax2)
    handles = [
        *ax.get_legend_handles_labels()[0],
        *ax2.get_legend_handles_labels()[0],
    ]
    labels = [*ax.get_legend_handles_labels()[1], *ax2.get_legend_handles_labels()[1]]
    from matplotlib.patches import Patch

    handles += [
        Patch(facecolor=PIN_COLOURS[0], label=i18n._("Pinned product (band at the top)")),
        Patch(facecolor="none", edgecolor=FLASH, hatch="///", label=i18n._("Flash sale")),
    ]
    labels += [i18n._("Pinned product (band at the top)"), i18n._("Flash sale")]
    ax.legend(
        handles,
        labels,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.16),
        ncol=4,
        frameon=False,
        fontsize=8,
    )


def health_figure(
    report: Report, width_in: float = 10.0, height_in: float = 2.8, *, locale: str = "en_US"
) -> Figure:
    """A figure of its own: see `draw_health`."""
    setup()
    fig = Figure(figsize=(width_in, height_in), layout="constrained")
    draw_health(fig, report, locale=locale)
    return fig


def draw_health(
    fig: FigureBase,
    report: Report,
    rect: tuple[float, float, float, float] | None = None,
    *,
    locale: str = "en_US",
) -> None:
    """Bitrate sent (kbit/s) over the show, dropped frames (cumulative) and reconnects;
    numbers on the axes as `locale` writes them."""
    setup()
    ax = fig.add_axes(rect) if rect is not None else fig.add_subplot()
    series = report.health.series
    n = max(report.headline.duration_s / 60, 0.1)
    ax.set_xlim(0, n)
    ax.set_xlabel(i18n._("Minutes from the start of the show"))
    ax.set_ylabel(i18n._("Bitrate sent (kbit/s)"))
    ax.grid(axis="y", color="#e6e6e6")
    if series:
        kbps = thin([(t / 60, k) for t, k, _, _ in series])
        ax.plot(*zip(*kbps, strict=True), color=VIEWERS, lw=1.4, label=i18n._("Bitrate (kbit/s)"))
        ax.set_ylim(0, max(k for _, k, _, _ in series) * 1.3 + 1)
        ax2 = ax.twinx()
        ax2.spines["top"].set_visible(False)
        drops = thin([(t / 60, float(d)) for t, _, d, _ in series])
        ax2.step(*zip(*drops, strict=True), where="post", color=FLASH, lw=1.2)
        ax2.set_ylabel(i18n._("Frames dropped (total)"), color=FLASH)
        ax2.tick_params(axis="y", colors=FLASH)
        ax2.set_ylim(0, max([d for _, _, d, _ in series] + [10]) * 1.3)
        ax2.yaxis.set_major_locator(MaxNLocator(integer=True))
        local_numbers(locale, ax2)
        last = series[0][3]
        for t, _, _, rc in series:
            if rc > last:
                ax.axvline(t / 60, color=FLASH, ls="--", lw=1)
                ax.text(
                    t / 60,
                    ax.get_ylim()[1] * 0.95,
                    " " + i18n._("reconnect"),
                    color=FLASH,
                    fontsize=7,
                )
            last = rc
    else:
        ax.text(0.5, 0.5, i18n._("No broadcast samples"), transform=ax.transAxes, ha="center")
    local_numbers(locale, ax)


def trend_figure(
    report: Report, width_in: float = 10.0, height_in: float = 2.8, *, locale: str = "en_US"
) -> Figure:
    """A figure of its own: see `draw_trend`."""
    setup()
    fig = Figure(figsize=(width_in, height_in), layout="constrained")
    draw_trend(fig, report, locale=locale)
    return fig


def draw_trend(
    fig: FigureBase,
    report: Report,
    rect: tuple[float, float, float, float] | None = None,
    *,
    locale: str = "en_US",
) -> None:
    """Revenue per show (bars, major units) for the earlier shows and this one."""
    setup()
    ax = fig.add_axes(rect) if rect is not None else fig.add_subplot()
    shows = [*report.history[-7:], report.past()]
    labels = [short(s.title, 18) for s in shows]
    vals = [_major(s.revenue_minor, s.currency) for s in shows]
    colours = ["#c9c9c9"] * (len(shows) - 1) + [ACCENT]
    _bars(ax, labels, vals, colours)
    ax.set_ylabel(i18n._("Revenue ({value})").format(value=report.currency or i18n._("money")))
    ax.grid(axis="y", color="#e6e6e6", zorder=0)
    local_numbers(locale, ax, x=False)


def _bars(ax: Axes, labels: list[str], vals: list[float], colours: list[str]) -> None:
    xs = list(range(len(vals)))
    ax.bar(xs, vals, color=colours, zorder=3)
    ax.set_xticks(xs, labels, fontsize=7.5)
    ax.set_ylim(0, max([*vals, 1.0]) * 1.2)
