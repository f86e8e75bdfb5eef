"""The creator's earlier shows, for the report's trend: one `summary.json` per show folder.

Written beside the timeline each time a report is built (atomically: temp file, fsync,
rename). It holds the headline figures and the buyers' display names (for "returning
buyers"), nothing else. Reading skips a summary that cannot be read (logged), never fails.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from studio.report.figures import PastShow, Report

log = logging.getLogger(__name__)

SUMMARY_FILE = "summary.json"
SUMMARY_VERSION = 1


def write_summary(report: Report, folder: Path) -> Path:
    """Save `report`'s headline and buyers' names into `folder/summary.json`; returns the path."""
    data = {
        "v": SUMMARY_VERSION,
        "host": report.host,
        "show": asdict(report.past()),
        "buyers": sorted(b.name for b in report.buyers),
    }
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SUMMARY_FILE
    fd, tmp = tempfile.mkstemp(prefix=".summary-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a report is shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _read(path: Path) -> tuple[str, PastShow, frozenset[str]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        show = PastShow(**data["show"])
        buyers = frozenset(str(b) for b in data.get("buyers", ()))
        return str(data.get("host", "")), show, buyers
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("skipping the show summary %s: %s", path, exc)
        return None


def earlier_shows(
    shows_dir: Path, show_id: str, host: str, before: float
) -> tuple[tuple[PastShow, ...], frozenset[str]]:
    """The same host's shows that started before `before` (oldest first), and the names of
    everyone who bought in them. `show_id` itself is left out."""
    past: list[PastShow] = []
    buyers: set[str] = set()
    if not shows_dir.is_dir():
        return (), frozenset()
    for path in shows_dir.glob(f"*/{SUMMARY_FILE}"):
        got = _read(path)
        if got is None:
            continue
        who, show, names = got
        if show.show_id == show_id or who != host or show.started is None:
            continue
        if show.started < before:
            past.append(show)
            buyers |= names
    past.sort(key=lambda s: s.started or 0.0)
    return tuple(past), frozenset(buyers)
