"""`ShowFeed`: the attached show's events, off the network thread, by type, with their state.

The platform sync applies changes to the `ShowModel` on its network threads and the model emits
there. The feed's model callback only enqueues (cheap, inside the model's emit lock); its own
thread ("show-events") folds each event into `state` (`studio.show.reduce.apply`) and then
re-emits it on `events`, typed. So the overlay driver and the window's view model do their work
on this thread or their own, and never slow the sync down.

Queue policy: bounded (`QUEUE_MAX` events) and blocking: when the subscribers are that far
behind, the sync thread waits rather than drop anything (orders are never lost or skipped).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from studio.show import events as ev
from studio.show.model import ShowModel
from studio.show.reduce import apply
from studio.show.state import ShowState

log = logging.getLogger(__name__)

QUEUE_MAX = 10_000
_STOP = object()


class ShowFeed:
    """Follows one `ShowModel` at a time (`attach`/`detach`) and re-emits its events.

    `events`: the typed hub subscribers connect to (called on the feed's thread).
    `state`: the folded state as of the event being delivered (read it from a subscriber).
    On `attach`, subscribers first hear `ShowAttached(snapshot)`; on `detach`,
    `ShowAttached(None)`. `close()` stops the thread after delivering what was queued.
    """

    def __init__(self) -> None:
        self.events = ev.EventHub()
        self.state: ShowState | None = None
        self._queue: queue.Queue[object] = queue.Queue(QUEUE_MAX)
        self._unsubscribe: Callable[[], None] | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="show-events", daemon=True)
        self._thread.start()
        self._closed = False

    def attach(self, model: ShowModel) -> None:
        """Follow `model` from now on (any thread): a snapshot first, then its events."""
        with self._lock:
            self._drop_subscription()
            snapshot, self._unsubscribe = model.subscribe_with_state(self._enqueue_from_model)
            # Enqueued after subscribing: events queued meanwhile fold into the old show (or
            # nothing), then the snapshot replaces it, then later events fold into the snapshot.
            self._queue.put(ev.ShowAttached(snapshot))

    def detach(self) -> None:
        """Stop following the model; subscribers hear `ShowAttached(None)`."""
        with self._lock:
            self._drop_subscription()
            self._queue.put(ev.ShowAttached(None))

    def _drop_subscription(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _enqueue_from_model(self, event: ev.ShowEvent) -> None:
        self._queue.put(event)

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far was delivered (tests, shutdown); False on timeout."""
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, threading.Event):
                item.set()
                continue
            assert isinstance(item, ev.ShowEvent)
            try:
                self.state = apply(self.state, item)
            except Exception:
                log.exception("folding %s into the show state failed", type(item).__name__)
            self.events.emit(item)

    def close(self, timeout: float = 5.0) -> None:
        """Unsubscribe, deliver what is queued, stop the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._drop_subscription()
        self._queue.put(_STOP)
        self._thread.join(timeout)
