"""The one master clock every timestamp in a show is measured on.

Monotonic (never jumps with wall-clock changes), zero at the start of the stream, seconds as
float. Audio sample positions and video ticks are both derived from it, so PTS never drift
apart however long the show runs.
"""

from __future__ import annotations

import threading
import time


class MasterClock:
    """Seconds since `start()` on `time.monotonic`; also maps device clocks onto it."""

    def __init__(self) -> None:
        self._origin: float | None = None
        self._stopped = threading.Event()

    def start(self) -> None:
        """Set time zero to now (the start of the stream)."""
        self._origin = time.monotonic()

    @property
    def origin(self) -> float:
        """The `time.monotonic()` reading of time zero; raises RuntimeError before `start()`."""
        if self._origin is None:
            raise RuntimeError("clock not started")
        return self._origin

    def now(self) -> float:
        """Seconds since `start()` (any thread)."""
        return time.monotonic() - self.origin

    def from_monotonic(self, t: float) -> float:
        """Map a `time.monotonic()` reading taken elsewhere (a capture thread) onto the clock."""
        return t - self.origin

    def sleep_until(self, t: float, stop: threading.Event | None = None) -> bool:
        """Sleep until clock time `t`; returns False if `stop` was set first."""
        while True:
            delay = t - self.now()
            if delay <= 0:
                return True
            if stop is not None:
                if stop.wait(min(delay, 0.05)):
                    return False
            else:
                time.sleep(min(delay, 0.05))
