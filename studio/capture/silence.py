"""The 'no sound' warning: a muted or dead microphone noticed before the show is ruined.

`SilenceDetector` is fed every block the mixer reads (the audio thread), measured on the
output timeline (sample positions, so it counts stream time, not wall time), and answers from
any thread how long the sound has been missing and why. A block is silent when its RMS level
is below -50 dBFS (a room with a working microphone sits around -60 to -40 dBFS between words;
speech is -30 to -10), when it is digital silence (every sample zero: a dead or disconnected
device) or when the source is muted. Only a silence longer than `after_s` (default 10 s,
broadcasters' silence detectors use 5 to 30 s) is worth a warning; any audible block clears it.

`WatchedAudio` puts a detector on any AudioSource (the headless `studio broadcast`);
the window's `MeteredAudio` carries one of its own. The pipeline reads `silence` from its
audio source and lists the warning with its others (stats, stderr once, the health bar).
Qt-free.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from studio.errors import SourceError
from studio.media.clock import MasterClock
from studio.media.sources import SAMPLE_RATE, AudioSource

SILENCE_DB = -50.0
SILENCE_AFTER_S = 10.0


class SilenceReason(StrEnum):
    MUTED = "muted"
    DIGITAL = "digital silence"  # exactly zero: nothing reaches the app
    QUIET = "below -50 dBFS"


_HINTS = {
    SilenceReason.MUTED: "Unmute it, or viewers hear nothing.",
    SilenceReason.DIGITAL: "The device sends nothing: check it is plugged in, switched on and "
    "not muted in the system's sound settings.",
    SilenceReason.QUIET: "Check the microphone is on, close enough and not muted on its cable.",
}


@dataclass(frozen=True)
class SilenceWarning:
    """Viewers have heard nothing from `source` for `seconds` (more than `after_s`).

    `str()` is stable while the silence lasts (it names the threshold, not the running
    count), so a caller that reports each distinct warning once reports it once.
    """

    source: str
    seconds: float
    after_s: float
    reason: SilenceReason

    @property
    def message(self) -> str:
        return f"No sound from {self.source} for more than {self.after_s:g} s ({self.reason})."

    @property
    def hint(self) -> str:
        return _HINTS[self.reason]

    def __str__(self) -> str:
        return f"{self.message} {self.hint}"


class SilenceDetector:
    """Counts how long the audio has been silent, in stream seconds.

    `feed` runs on the audio thread; `silent_for_s` and `warning` may be read on any thread
    (they read two floats and an enum, written together under a lock).
    """

    def __init__(self, after_s: float = SILENCE_AFTER_S, threshold_db: float = SILENCE_DB):
        if after_s < 0:
            raise ValueError("after_s must be >= 0 (0 turns the warning off)")
        self.after_s = after_s
        self._threshold = 10.0 ** (threshold_db / 20.0)  # linear RMS
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget the past (a new show, a new device)."""
        with self._lock:
            self._since: float | None = None  # stream time the silence began
            self._now = 0.0
            self._digital = True  # every silent block so far was exactly zero
            self._muted = False

    def feed(self, pcm: np.ndarray, start: int, muted: bool = False) -> None:
        """One block: float32 samples (n, channels) at output sample position `start`."""
        n = pcm.shape[0]
        t0, t1 = start / SAMPLE_RATE, (start + n) / SAMPLE_RATE
        if muted or n == 0:
            silent, zero = True, True
        else:
            peak = float(np.max(np.abs(pcm)))
            zero = peak == 0.0
            silent = zero or math.sqrt(float(np.mean(np.square(pcm, dtype=np.float32)))) < (
                self._threshold
            )
        with self._lock:
            self._now = t1
            if not silent:
                self._since = None
                return
            if self._since is None:
                self._since, self._digital = t0, True
            self._digital = self._digital and zero
            self._muted = muted

    @property
    def silent_for_s(self) -> float:
        """Seconds of stream time since the last audible block (0 while there is sound)."""
        with self._lock:
            return 0.0 if self._since is None else self._now - self._since

    def warning(self, source: str) -> SilenceWarning | None:
        """The warning to show for `source`, or None (sound, a short pause, or turned off)."""
        with self._lock:
            if self._since is None or self.after_s <= 0:
                return None
            seconds = self._now - self._since
            if seconds <= self.after_s:
                return None
            if self._muted:
                reason = SilenceReason.MUTED
            elif self._digital:
                reason = SilenceReason.DIGITAL
            else:
                reason = SilenceReason.QUIET
        return SilenceWarning(source, seconds, self.after_s, reason)


class WatchedAudio:
    """An AudioSource that passes `inner` through unchanged and watches it for silence.

    `silence` is the current SilenceWarning or None, naming the source by its `name`
    ('microphone default', 'file talk.mp3'). Start, stop and errors are the inner source's own.
    """

    def __init__(self, inner: AudioSource, after_s: float = SILENCE_AFTER_S):
        self.inner = inner
        self.name = inner.name
        self.detector = SilenceDetector(after_s)

    def start(self, clock: MasterClock) -> None:
        self.detector.reset()
        self.inner.start(clock)

    def read(self, start: int, n: int) -> np.ndarray:
        pcm = self.inner.read(start, n)
        self.detector.feed(pcm, start)
        return pcm

    @property
    def latency(self) -> float:
        return self.inner.latency

    @property
    def error(self) -> SourceError | None:
        return self.inner.error

    @property
    def clock_error_ms(self) -> float:
        return float(getattr(self.inner, "clock_error_ms", 0.0))

    @property
    def silence(self) -> SilenceWarning | None:
        return self.detector.warning(self.inner.name)

    def stop(self) -> None:
        self.inner.stop()
