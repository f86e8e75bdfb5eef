"""What the pipeline tells its listeners while a show runs: frozen values, any thread.

- `Suggestion`: the machine cannot keep up; one concrete step down (monitor thread).
- `DestinationsFailed`: every network destination has failed for good; nothing reaches a
  viewer any more, so the show should end (on the thread of the output that failed last).
- `RecordingFailed`: the local recording stopped (disk full, write error); the show ends only
  when recording was all there was to do (`ends_show`).

Listeners run on engine threads: they must return quickly and must not call back into the
pipeline's `stop()` (hand the work to another thread, as the session's worker does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from studio.errors import StudioError


class SuggestionKind(StrEnum):
    """What a suggestion changes: the canvas (a smaller profile), the encoder, or how many
    canvases the show sends (one instead of two)."""

    PROFILE = "profile"
    PRESET = "preset"
    CANVASES = "canvases"


@dataclass(frozen=True)
class Suggestion:
    """A one-step change the UI can offer when the machine can't keep up.

    `change` names the setting and its new value, e.g. {"profile": "720p30"},
    {"encoder": "auto"} or {"canvases": "720p30"} (send that canvas only); `message` says
    why, in one or two sentences.
    """

    kind: SuggestionKind
    message: str
    change: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class DestinationsFailed:
    """Every network destination failed for good (a rejected key, or a first connection that
    failed without --retry): no viewer can be reached. `error` is the first destination's."""

    error: StudioError
    ends_show: bool = True


@dataclass(frozen=True)
class RecordingFailed:
    """The recording stopped; what was written so far is in `path`. `ends_show` is True when
    there is no network destination (recording was the whole show)."""

    error: StudioError
    path: Path
    ends_show: bool


Failure = DestinationsFailed | RecordingFailed
