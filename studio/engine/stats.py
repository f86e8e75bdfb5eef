"""Broadcast statistics named for what went wrong where, so a user can act on each.

skipped = the encoder fell behind; lagged = the compositor missed its tick; dropped = the
network could not take the frames. Warn above 1 %, alarm above 5 %.
"""

from __future__ import annotations

import threading
import time
from collections import deque

WARN_RATIO = 0.01
ALARM_RATIO = 0.05


def level(ratio: float) -> str:
    return "alarm" if ratio > ALARM_RATIO else "warn" if ratio > WARN_RATIO else "ok"


class Counters:
    """Thread-safe counters and rolling windows fed by the pipeline threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.frames_encoded = 0
        self.frames_skipped = 0
        self.frames_lagged = 0
        self.ticks = 0
        self.bytes_video = 0
        self.bytes_audio = 0
        self.audio_blocks = 0
        self.latencies: deque[float] = deque(maxlen=600)
        self.video_age: deque[float] = deque(maxlen=300)
        self._recent: deque[tuple[float, int, int]] = deque(maxlen=64)
        self._cpu0 = self._cpu()
        self._wall0 = time.monotonic()

    @staticmethod
    def _cpu() -> float:
        # User + system CPU seconds of the whole process (all threads), like getrusage's
        # RUSAGE_SELF, but portable: the `resource` module does not exist on Windows.
        return time.process_time()

    def add(self, **kw: int) -> None:
        with self._lock:
            for k, v in kw.items():
                setattr(self, k, getattr(self, k) + v)

    def sample(self) -> None:
        """Called periodically: remembers (time, frames, bytes) for the recent fps/bitrate."""
        with self._lock:
            self._recent.append(
                (time.monotonic(), self.frames_encoded, self.bytes_video + self.bytes_audio)
            )

    def recent_rates(self) -> tuple[float, float]:
        """(fps, kbps) over the last few seconds."""
        with self._lock:
            pts = [p for p in self._recent if p[0] >= time.monotonic() - 3.0]
        if len(pts) < 2 or pts[-1][0] <= pts[0][0]:
            return 0.0, 0.0
        dt = pts[-1][0] - pts[0][0]
        return (pts[-1][1] - pts[0][1]) / dt, (pts[-1][2] - pts[0][2]) * 8 / 1000 / dt

    def cpu_percent(self) -> float:
        """Process CPU since start, in % of one core."""
        wall = time.monotonic() - self._wall0
        return 100.0 * (self._cpu() - self._cpu0) / wall if wall > 0 else 0.0

    def percentile(self, values: deque[float], q: float) -> float | None:
        with self._lock:
            data = sorted(values)
        if not data:
            return None
        return data[min(len(data) - 1, int(q * len(data)))]
