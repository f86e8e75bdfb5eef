"""Wake-ups for live event streams when a write commits.

Events themselves live in SQLite (the source of truth for resume); the hub only says "something
new was committed", so a stream that was idle re-reads from its last id. A generation counter
closes the lost-wake-up race: a stream notes the generation before it reads and waits only if
nothing was committed since.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading


class EventHub:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self.generation = 0
        self.closed = False

    def notify(self) -> None:
        """Called from any thread after a commit that added events (or on close)."""
        with self._lock:
            self.generation += 1
            waiters = list(self._waiters)
        for loop, ev in waiters:
            with contextlib.suppress(RuntimeError):  # loop already closed
                loop.call_soon_threadsafe(ev.set)

    async def wait(self, seen_generation: int, timeout: float) -> bool:
        """Wait until the generation moves past `seen_generation`; False on timeout."""
        ev = asyncio.Event()
        key = (asyncio.get_running_loop(), ev)
        with self._lock:
            if self.generation != seen_generation or self.closed:
                return True
            self._waiters.add(key)
        try:
            await asyncio.wait_for(ev.wait(), timeout)
            return True
        except TimeoutError:
            return False
        finally:
            with self._lock:
                self._waiters.discard(key)

    def close(self) -> None:
        """Ends every open stream promptly (server shutdown)."""
        self.closed = True
        self.notify()
