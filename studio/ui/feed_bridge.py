"""The show feed's events, handed to the GUI thread in batches.

The session's `ShowFeed` delivers events on its own thread; a view model wants them on the GUI
thread, and in batches when many arrive at once (a burst of orders is one refresh, not a
thousand). `ShowEventBatches` is that hand-over, for every view model that follows the show.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from studio.session.show_feed import ShowFeed
from studio.show import events as ev


class ShowEventBatches(QObject):
    """Subscribes to `kinds` on `feed`, queues what arrives (feed thread, cheap, never blocks
    on the GUI) and calls `on_batch(events)` on the GUI thread once per event-loop turn with
    everything that came meanwhile, in order. Starts with `ShowAttached(feed.state)` when a
    show is already attached. The queue is unbounded but drained every turn of the loop.
    """

    _wake = Signal()

    def __init__(
        self,
        feed: ShowFeed,
        kinds: Iterable[type[ev.ShowEvent]],
        on_batch: Callable[[list[ev.ShowEvent]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_batch = on_batch
        self._lock = threading.Lock()
        self._events: list[ev.ShowEvent] = []
        self._pending = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._disconnect = [feed.events.connect(kind, self.post) for kind in kinds]
        if feed.state is not None:
            self.post(ev.ShowAttached(feed.state))

    def post(self, event: ev.ShowEvent) -> None:
        """Queue one event (any thread); the GUI thread hears it with the next batch."""
        with self._lock:
            self._events.append(event)
            if self._pending:
                return
            self._pending = True
        self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            batch, self._events = self._events, []
            self._pending = False
        if batch:
            self._on_batch(batch)

    def close(self) -> None:
        """Stop hearing the feed (what is queued is still delivered)."""
        for disconnect in self._disconnect:
            disconnect()
        self._disconnect = []
