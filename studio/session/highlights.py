"""Highlight marks (issue 21): the moments the host marks with one key during a recorded show.

A mark is the live pipeline's elapsed time (seconds since the recordings began: they start
with the pipeline) and the recordings it refers to, vertical first (a 9:16 recording can be
cut without re-encoding). `studio.report.highlights` cuts the clips after the show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class HighlightMark:
    """`at_s` seconds into the show's recordings; `recordings`: their paths, vertical first."""

    at_s: float
    recordings: tuple[Path, ...]


def pick_recording(mark: HighlightMark, existing: list[Path]) -> Path | None:
    """The recording to cut the mark from: the first of the mark's files that exists (or a
    finished file of the same name, e.g. the MP4 remuxed from the MKV written live)."""
    for f in mark.recordings:
        if f.exists():
            return f
        same = [e for e in existing if e.stem == f.stem and e.exists()]
        if same:
            return same[0]
    return None
