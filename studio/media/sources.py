"""What the pipeline needs from a capture source: the two source protocols and the audio format.

Video sources run their own thread and hand timestamped frames over; the compositor takes the
newest frame due at each output tick (repeating or dropping source frames to hold the output
rate). Audio sources are read for exact sample ranges of the output timeline, so audio stays the
timing reference. Implementations live in `studio.capture`; the engine depends only on these.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from studio.errors import SourceError
from studio.media.clock import MasterClock
from studio.media.frames import TimedVideoFrame

SAMPLE_RATE = 48000
CHANNELS = 2


class VideoSource(Protocol):
    """A video source: started once on the show's clock with the canvas size, polled by the
    compositor with `take(t)` on its thread, stopped once. Implementations decode on their own
    thread (see studio.capture)."""

    name: str

    def start(self, clock: MasterClock, width: int, height: int, fps: int) -> None:
        """Begin delivering frames on `clock`; `width`x`height` at `fps` is the canvas the frames
        are for. Raises SourceError when the device or file cannot be opened."""

    def take(self, t: float) -> TimedVideoFrame | None:
        """The newest frame captured at or before clock time `t`, or None if none arrived."""
        ...

    @property
    def error(self) -> SourceError | None:
        """Set when the source stopped delivering (unplugged, unreadable)."""
        ...

    def stop(self) -> None:
        """Stop the source's thread and release the device (idempotent)."""


class AudioSource(Protocol):
    """An audio source: started once on the show's clock, read by the mixer for exact sample ranges
    of the output timeline (48 kHz stereo float32), stopped once."""

    name: str

    def start(self, clock: MasterClock) -> None:
        """Begin capturing on `clock`; raises SourceError when the device or file cannot open."""

    def read(self, start: int, n: int) -> np.ndarray:
        """Samples [start, start+n) of the output timeline (48 kHz), float32 shape (n, 2)."""
        ...

    @property
    def latency(self) -> float:
        """Seconds the mixer must wait behind the clock before a block is complete."""
        ...

    @property
    def error(self) -> SourceError | None:
        """Set when the source stopped delivering (unplugged, unreadable); None while it works."""

    def stop(self) -> None:
        """Stop capturing and release the device (idempotent)."""
