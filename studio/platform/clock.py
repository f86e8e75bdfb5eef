"""The platform's clock as seen from here: server time minus local time.

Timers carry an absolute `ends_at` in server time; a laptop whose clock is a minute off would
show a wrong countdown. Every HTTP reply's `Date` header bounds the offset (it has one-second
resolution, and the reply was made between our send and receive); intersecting the bounds of
recent replies narrows it to about the round-trip time. When the bounds stop overlapping (one
of the clocks was stepped) the older samples are dropped.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from email.utils import parsedate_to_datetime


class ServerClock:
    def __init__(self, clock: Callable[[], float] = time.time, window: int = 64) -> None:
        self.local = clock
        self._lock = threading.Lock()
        self._samples: deque[tuple[float, float]] = deque(maxlen=window)
        self._offset: float | None = None
        self._width = float("inf")

    def observe(self, server_low: float, server_high: float, sent: float, received: float) -> None:
        """The server's time was in [low, high] at some moment between `sent` and `received`."""
        lo, hi = server_low - received, server_high - sent
        if hi < lo:
            return
        with self._lock:
            self._samples.append((lo, hi))
            a, b = float("-inf"), float("inf")
            kept = 0
            for s_lo, s_hi in reversed(self._samples):
                n_lo, n_hi = max(a, s_lo), min(b, s_hi)
                if n_lo > n_hi:
                    break
                a, b, kept = n_lo, n_hi, kept + 1
            while len(self._samples) > kept:
                self._samples.popleft()
            self._offset = (a + b) / 2
            self._width = b - a

    def observe_date(self, date_header: str | None, sent: float, received: float) -> None:
        if not date_header:
            return
        try:
            ts = parsedate_to_datetime(date_header).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return
        self.observe(ts, ts + 1.0, sent, received)

    @property
    def offset(self) -> float:
        """Seconds to add to local time to get server time (0 until a reply was seen)."""
        with self._lock:
            return self._offset or 0.0

    @property
    def uncertainty(self) -> float:
        """Half the width of the interval the offset is known to lie in (inf before any reply)."""
        with self._lock:
            return self._width / 2

    def now(self) -> float:
        return self.local() + self.offset
