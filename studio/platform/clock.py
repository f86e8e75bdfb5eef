"""The platform's clock as seen from here: server time minus local time.

Timers carry an absolute `ends_at` in server time; a laptop whose clock is a minute off would
show a wrong countdown. Two kinds of evidence bound the offset:

- every reply's `Date` header: the server's time was in [Date, Date + 2 s) somewhere between
  our send and receive (one-second resolution, and some servers, uvicorn among them, refresh
  the header only once a second);
- every live event's `at` (the server's commit time, to the microsecond), received moments
  after it happened: a lower bound that is tight to the delivery latency.

The bounds of recent samples are intersected; with live events the offset is their tightest
lower bound (milliseconds off), otherwise the middle of the Date interval (about a second).
When bounds stop overlapping (one of the clocks was stepped) older samples are dropped.

All times are Unix seconds (float). The `Date` header is an IMF-fixdate (RFC 9110 §5.6.7,
§6.6.1) with one-second resolution.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from email.utils import parsedate_to_datetime

DATE_SLACK_S = 2.0  # a Date header says the server's time was in [Date, Date + this)


class ServerClock:
    """The offset between the platform's clock and this computer's, from replies and events.

    clock: the local wall clock (Unix seconds; tests skew it), kept as `local`. window: how
    many recent samples are intersected. Thread-safe: the client's threads observe, any thread
    reads `offset`, `uncertainty` and `now()`.
    """

    def __init__(self, clock: Callable[[], float] = time.time, window: int = 128) -> None:
        self.local = clock
        self._lock = threading.Lock()
        self._samples: deque[tuple[float, float, bool]] = deque(maxlen=window)
        self._offset: float | None = None
        self._width = math.inf

    def observe(self, server_low: float, server_high: float, sent: float, received: float) -> None:
        """The server's time was in [low, high] at some moment between `sent` and `received`.

        Server times in Unix seconds, `sent`/`received` in local Unix seconds; `server_high`
        may be inf (a lower bound only). An empty interval is ignored.
        """
        lo, hi = server_low - received, server_high - sent
        if hi < lo:
            return
        self._add(lo, hi, precise=math.isinf(server_high))

    def observe_event(self, at: float, received: float) -> None:
        """A live event committed at server time `at` reached us at local time `received`."""
        self._add(at - received, math.inf, precise=True)

    def _add(self, lo: float, hi: float, precise: bool) -> None:
        with self._lock:
            self._samples.append((lo, hi, precise))
            a, b = -math.inf, math.inf
            kept, tight = 0, False
            for s_lo, s_hi, s_precise in reversed(self._samples):
                n_lo, n_hi = max(a, s_lo), min(b, s_hi)
                if n_lo > n_hi:
                    break
                a, b, kept = n_lo, n_hi, kept + 1
                tight = tight or s_precise
            while len(self._samples) > kept:
                self._samples.popleft()
            if tight or math.isinf(b):
                self._offset = a
            else:
                self._offset = (a + b) / 2
            self._width = b - a

    def observe_date(self, date_header: str | None, sent: float, received: float) -> None:
        """A reply's `Date` header, for a request sent at local `sent` and answered at local
        `received`. A missing or unreadable header is ignored (never raises)."""
        if not date_header:
            return
        try:
            ts = parsedate_to_datetime(date_header).timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return
        self.observe(ts, ts + DATE_SLACK_S, sent, received)

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
        """The platform's time now, in Unix seconds: local time plus `offset`."""
        return self.local() + self.offset
