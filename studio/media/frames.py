"""Immutable data crossing the pipeline's threads."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

import av

from studio.media.fit import Placement


@dataclass(frozen=True, eq=False)
class DecodedPicture:
    """A source picture as it was decoded, before any canvas's fit: what a show's second
    canvas fits again for its own shape (a 9:16 canvas beside the 16:9 one the source was
    started for), so both are scaled from the full picture, never one from the other.

    `sar` is the sample aspect ratio (None: square pixels); `rotate_tag` the counter-clockwise
    degrees of an old-style `rotate` tag, used when the frame has no display matrix."""

    frame: av.VideoFrame
    sar: Fraction | None = None
    rotate_tag: float = 0.0


@dataclass(frozen=True, eq=False)
class TimedVideoFrame:
    """A decoded source frame and the clock time it was captured at (or is due, for files).

    `placement` says where the frame goes on the canvas and how it turns (see media/fit.py);
    None means it is already the canvas: full size, upright. `decoded` is the picture before
    that canvas's fit, for other canvases (None: `frame` is all there is, e.g. a test pattern
    drawn at the canvas size).
    """

    frame: av.VideoFrame
    ts: float
    placement: Placement | None = None
    decoded: DecodedPicture | None = None


@dataclass(frozen=True)
class EncodedPacket:
    """One encoded access unit, shared read-only by every output.

    `pts`/`dts` are in `time_base` units on the master clock; `capture_ts` is the clock time
    of the media inside, used for latency figures; `keyframe` and `disposable` drive the
    congestion drop policy (never drop audio or keyframes; drop disposable frames first).
    """

    kind: Literal["video", "audio"]
    data: bytes
    pts: int
    dts: int
    time_base: Fraction
    keyframe: bool
    capture_ts: float
    disposable: bool = False

    @property
    def dts_seconds(self) -> float:
        """Decode time in seconds on the master clock."""
        return float(self.dts * self.time_base)

    @property
    def pts_seconds(self) -> float:
        """Presentation time in seconds on the master clock."""
        return float(self.pts * self.time_base)
