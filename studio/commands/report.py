"""`studio report SHOW`: the post-show report of a show this studio recorded.

SHOW is a show id (looked up in the studio's show folders, the demo's included) or a show
folder holding `timeline.jsonl`. Without an output option, everything is written into the
show's folder (report.html, report.pdf, report-csv/, report.json).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studio import i18n


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help=i18n._("write a show's report (HTML, PDF, CSV) from its recorded timeline"),
        description=(
            i18n._(
                "Builds the post-show report from the timeline the studio recorded: headline "
                "figures, a timeline chart, products, flash sales, audience, resellers, stream "
                "health and the trend against earlier shows."
            )
        ),
    )
    p.add_argument("show", metavar="SHOW", help=i18n._("the show's id or its folder"))
    p.add_argument("--html", type=Path, metavar="FILE", help=i18n._("write the HTML report here"))
    p.add_argument("--pdf", type=Path, metavar="FILE", help=i18n._("write the PDF report here"))
    p.add_argument("--csv", type=Path, metavar="DIR", help=i18n._("write the CSV files into DIR"))
    p.add_argument(
        "--json", type=Path, metavar="FILE", help=i18n._("write the figures as JSON here")
    )
    p.add_argument(
        "--locale",
        default=None,
        help=i18n._("number and date format, e.g. de_DE (default: settings)"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from studio import paths
    from studio.report.write import find_show, write_report

    folder = find_show(args.show, [paths.shows_dir(), paths.state_dir() / "demo" / "shows"])
    locale = args.locale
    if locale is None:
        from studio.config import load_config
        from studio.session.locale import locale_for

        locale = locale_for(load_config(repair=False).value.ui.language)
    chosen = any(x is not None for x in (args.html, args.pdf, args.csv, args.json))
    files = write_report(
        folder,
        html=args.html,
        pdf=args.pdf,
        csv_dir=args.csv,
        figures=args.json,
        locale=locale,
        everything=not chosen,
    )
    h = files.report.headline
    print(
        i18n.ngettext(
            "{title}: {orders} order · units: {units}",
            "{title}: {orders} orders · units: {units}",
            h.orders,
        ).format(title=files.report.title, orders=h.orders, units=h.units)
    )
    labels = ("HTML", "PDF", i18n._("figures"))  # i18n: not shown (format names)
    for label, path in zip(labels, (files.html, files.pdf, files.json), strict=True):
        if path is not None:
            print(f"  {label}: {path}")
    if files.csv:
        print(i18n._("  CSV: {parent}").format(parent=files.csv[0].parent))
    return 0
