"""A silent audio source, so a show without one still sends an AAC track.

YouTube and Facebook Live do not start a stream that has no audio track, and OBS always sends
one; a show with a camera and no microphone would otherwise never go live there. The pipeline
puts this source in when there is no audio source and the silent track is wanted (the
default), and says so in its warnings (`WARNING`).
"""

from __future__ import annotations

import numpy as np

from studio.engine.stats import EngineWarning
from studio.errors import SourceError
from studio.media.clock import MasterClock

WARNING = EngineWarning(
    "No audio source: a silent audio track is sent (YouTube and Facebook need one to start "
    "the stream).",
    "Add a microphone or an audio file; for a video-only destination turn the track off "
    "(studio broadcast --audio none --no-audio-track).",
)


class SilentAudio:
    """An `AudioSource` of digital silence: float32 zeros, shape (n, 2), at 48 kHz, on the
    output timeline. Never fails, no latency; any thread may read it."""

    name = "silent track"
    latency = 0.0
    error: SourceError | None = None

    def __init__(self) -> None:
        self._block = np.zeros((0, 2), np.float32)

    def start(self, clock: MasterClock) -> None:
        """Nothing to open."""

    def read(self, start: int, n: int) -> np.ndarray:
        """`n` samples of silence (the same read-only block while `n` stays the same)."""
        if len(self._block) != n:
            block = np.zeros((n, 2), np.float32)
            block.flags.writeable = False
            self._block = block
        return self._block

    def stop(self) -> None:
        """Nothing to close."""
