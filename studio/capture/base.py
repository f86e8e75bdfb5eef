"""Plumbing shared by capture sources: the frame hand-over slot and the threaded video base.

Video sources run their own thread and hand timestamped frames to a `FrameSlot`; the
compositor takes the newest frame due at each output tick (repeating or dropping source frames
to hold the output rate). Audio sources are read for exact sample ranges of the output
timeline, so audio stays the timing reference.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from studio.errors import SourceError
from studio.media.frames import TimedVideoFrame


class FrameSlot:
    """Hand-over between a video source thread and the compositor.

    Drop-oldest bounded deque: a live camera never blocks, and the compositor always gets the
    newest due frame. Frames stamped in the future (paced files, test patterns produced a little
    ahead) wait until their time comes.
    """

    def __init__(self, capacity: int = 16) -> None:
        self._frames: deque[TimedVideoFrame] = deque(maxlen=capacity)
        self._lock = threading.Lock()
        self._last: TimedVideoFrame | None = None
        self.superseded = 0  # source frames never shown (source faster than output)

    def put(self, item: TimedVideoFrame) -> None:
        with self._lock:
            self._frames.append(item)

    def take(self, t: float) -> TimedVideoFrame | None:
        with self._lock:
            newest = None
            while self._frames and self._frames[0].ts <= t:
                if newest is not None:
                    self.superseded += 1
                newest = self._frames.popleft()
            if newest is not None:
                self._last = newest
            return self._last

    def ahead(self, t: float) -> int:
        """How many queued frames are still in the future of `t` (for pacing producers)."""
        with self._lock:
            return sum(1 for f in self._frames if f.ts > t)

    def clear(self) -> None:
        with self._lock:
            self._frames.clear()
            self._last = None


class ThreadedVideoSource:
    """Plumbing shared by sources that decode on their own thread into a FrameSlot."""

    name = "video"

    def __init__(self, capacity: int) -> None:
        self._slot = FrameSlot(capacity)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._error: SourceError | None = None

    def _start_thread(self, target: Callable[[], None], name: str) -> None:
        self._thread = threading.Thread(target=target, name=name, daemon=True)
        self._thread.start()

    def take(self, t: float) -> TimedVideoFrame | None:
        return self._slot.take(t)

    @property
    def error(self) -> SourceError | None:
        return self._error

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=2)
