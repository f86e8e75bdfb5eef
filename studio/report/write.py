"""Build a show's report from its folder and write it: HTML, PDF, CSV files and `report.json`.

A show folder (`<shows dir>/<show id>/`, see `studio.session.timeline.show_folder`) holds
`timeline.jsonl`; writing the report adds `report.html`, `report.pdf`, `report-csv/`,
`report.json` (the figures, for tools and tests) and `summary.json` (for the next show's trend).
Blocking (reads the timeline, draws charts): call off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from studio import i18n
from studio.errors import UsageError
from studio.report.figures import Report, build_report
from studio.report.history import earlier_shows, write_summary
from studio.session.timeline import TIMELINE_FILE, read_timeline, show_folder

log = logging.getLogger(__name__)

HTML_FILE = "report.html"
PDF_FILE = "report.pdf"
CSV_DIR = "report-csv"
JSON_FILE = "report.json"


@dataclass(frozen=True)
class ReportFiles:
    """What was written (None: not asked for)."""

    report: Report
    html: Path | None
    pdf: Path | None
    csv: tuple[Path, ...]
    json: Path | None


def build(folder: Path) -> Report:
    """The report of the show in `folder` (its trend from the sibling show folders).

    Raises `TimelineError` (a UsageError) when the folder holds no readable timeline.
    """
    tl = read_timeline(folder)
    start = tl.show.started or tl.first_t or 0.0
    history, buyers = earlier_shows(folder.parent, tl.show.id, tl.show.host, start)
    return build_report(tl, history, buyers)


def _atomic_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a report is shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def figures_json(report: Report) -> str:
    """The report's figures as JSON (money in minor units, times in Unix seconds)."""
    return json.dumps(dataclasses.asdict(report), ensure_ascii=False, indent=1)


def write_report(
    folder: Path,
    *,
    html: Path | None = None,
    pdf: Path | None = None,
    csv_dir: Path | None = None,
    figures: Path | None = None,
    locale: str = "en_US",
    everything: bool = False,
) -> ReportFiles:
    """Build the report of the show in `folder` and write what is asked for.

    With `everything`, each output not given goes to its default place in `folder`. Raises
    `TimelineError` for a folder with no timeline, `UsageError` when a file cannot be written.
    """
    report = build(folder)
    if everything:
        html = html or folder / HTML_FILE
        pdf = pdf or folder / PDF_FILE
        csv_dir = csv_dir or folder / CSV_DIR
        figures = figures or folder / JSON_FILE
    try:
        if (folder / TIMELINE_FILE).is_file():
            write_summary(report, folder)
        if html is not None:
            from studio.report.html import render_html

            _atomic_text(html, render_html(report, locale))
        if pdf is not None:
            from studio.report.pdf import write_pdf

            write_pdf(report, pdf, locale)
        written: tuple[Path, ...] = ()
        if csv_dir is not None:
            from studio.report.csvs import write_csvs

            written = tuple(write_csvs(report, csv_dir))
        if figures is not None:
            _atomic_text(figures, figures_json(report))
    except OSError as exc:
        raise UsageError(
            i18n._("The report could not be written: {reason}.").format(reason=exc.strerror or exc),
            i18n._("Check that {folder} is writable and the disk has room.").format(
                folder=exc.filename
            )
            if exc.filename
            else i18n._("Check that the folder is writable and the disk has room."),
        ) from exc
    return ReportFiles(report, html, pdf, written, figures)


def find_show(show: str, shows_dirs: list[Path]) -> Path:
    """A show folder from what the user typed: a folder (or its timeline.jsonl), or a show id
    recorded under one of `shows_dirs`. Raises UsageError naming the recent shows."""
    path = Path(show).expanduser()
    if path.is_file() and path.name == TIMELINE_FILE:
        return path.parent
    if path.is_dir() and (path / TIMELINE_FILE).is_file():
        return path
    for base in shows_dirs:
        folder = show_folder(base, show)
        if (folder / TIMELINE_FILE).is_file():
            return folder
    known = sorted(
        (p.parent for base in shows_dirs for p in base.glob(f"*/{TIMELINE_FILE}")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    hint = (
        i18n._("Recent shows: {shows}.").format(shows=", ".join(p.name for p in known[:5]))
        if known
        else i18n._("No show has been recorded on this computer yet.")
    )
    raise UsageError(i18n._("No show {show!r} was recorded here.").format(show=show), hint)
