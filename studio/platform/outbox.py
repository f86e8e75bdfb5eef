"""The outbox: every change the user makes is written down first, then sent, in order, once.

A pin, a queue edit, a flash sale or "end show" made on a dead connection must not be lost,
must not be sent twice when the connection (or the app) comes back, and must not overtake an
earlier change. So a change is a row in SQLite (see `store.py`) with its own idempotency key
before anything goes on the wire; one sender thread sends the oldest row, and only removes it
from the pending list once the platform has answered for it. A retry of a request reuses the
request's key, so the platform replays the first result instead of doing it again.

A change whose request has to be rebuilt (a queue edit after 412, against the co-host's newer
queue) is "prepared" again with a new attempt number and key; the prepared request is stored
before it is sent, so after a crash the very same request is repeated first.

Threads: `add` and the readers may be called from any thread; one sender thread
("platform-outbox", started by `start`) calls `deliver` for the head entry. `on_change` and
`on_failed` run on the thread that made the change (the caller of `add`, or the sender): keep
them short and never block in them. Storage calls block on a durable SQLite commit.
"""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeAlias

from studio.platform.client import new_idempotency_key
from studio.platform.errors import PlatformError
from studio.platform.store import SyncDb

log = logging.getLogger(__name__)

PENDING, DONE, FAILED = "pending", "done", "failed"

# A JSON object as stored in the outbox. Its fields depend on the entry's `kind`, and only the
# sender for that kind reads them (by key), so their values are not typed here.
JsonObject: TypeAlias = dict[str, Any]


@dataclass(frozen=True)
class OutboxEntry:
    """One change, as written down: immutable, so it may cross threads.

    id: the row id, in the order changes were made. kind: what to do ("pin", "queue",
    "timer.start", ...), which picks the sender. payload: the change's own fields.
    description: for people ("Pin Silk scarf"). key: the Idempotency-Key every request for it
    carries. created_at / finished_at: Unix seconds. state: "pending", "done" or "failed".
    attempts: answers received so far. last_error: the latest failure's message. prepared: the
    exact request about to be sent (see `Outbox.prepare`). result: what the platform answered.
    """

    id: int
    kind: str
    payload: JsonObject
    description: str
    key: str
    created_at: float
    state: str = PENDING
    attempts: int = 0
    last_error: str | None = None
    prepared: JsonObject | None = None
    result: JsonObject | None = None
    finished_at: float | None = None


@dataclass(frozen=True)
class Done:
    """The platform accepted the change; `result` (a JSON object) is kept with the entry."""

    result: JsonObject


@dataclass(frozen=True)
class Retry:
    """Not sent this time (no answer, 429, 5xx, ...): the entry stays at the head and is tried
    again after `after_s` seconds at least (the platform's Retry-After), else after back-off."""

    error: PlatformError
    after_s: float | None = None


@dataclass(frozen=True)
class Failed:
    """The platform refused for good: the change is dropped and the user told why."""

    error: PlatformError


Outcome = Done | Retry | Failed
# Sends one entry (on the sender thread) and says how it went; an exception counts as Retry.
Deliver = Callable[[OutboxEntry], Outcome]


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"],
        kind=row["kind"],
        payload=json.loads(row["payload"]),
        description=row["description"],
        key=row["idem_key"],
        created_at=row["created_at"],
        state=row["state"],
        attempts=row["attempts"],
        last_error=row["last_error"],
        prepared=json.loads(row["prepared"]) if row["prepared"] else None,
        result=json.loads(row["result"]) if row["result"] else None,
        finished_at=row["finished_at"],
    )


class Outbox:
    """The user's changes for one show, kept in `db` and sent in order by one thread.

    on_change(): the pending list changed (for "3 changes waiting to sync").
    on_failed(entry, error): the platform refused `entry` for good; it is dropped.
    backoff_s / backoff_max_s: the sender's back-off between failed tries, in seconds
    (doubling from backoff_s, capped, with jitter; `wake` resets it).
    """

    def __init__(
        self,
        db: SyncDb,
        *,
        on_change: Callable[[], None] = lambda: None,
        on_failed: Callable[[OutboxEntry, PlatformError], None] = lambda e, x: None,
        backoff_s: float = 0.5,
        backoff_max_s: float = 30.0,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.on_failed = on_failed
        self.backoff_s = backoff_s
        self.backoff_max_s = backoff_max_s
        self.sent = 0  # requests that reached a final answer (this run)
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0

    # -- storage ---------------------------------------------------------------------------

    def add(self, kind: str, payload: JsonObject, description: str) -> OutboxEntry:
        """Write a change down (durably, with a fresh Idempotency-Key) and wake the sender.

        Returns the stored entry. Raises `sqlite3.Error` when it cannot be written, and
        `TypeError` when `payload` is not JSON-serialisable; nothing is stored then.
        """
        key = new_idempotency_key()
        now = time.time()
        with self.db.transaction(durable=True) as c:
            cur = c.execute(
                "INSERT INTO outbox (kind, payload, description, idem_key, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (kind, json.dumps(payload), description, key, now),
            )
            entry_id = int(cur.lastrowid or 0)
        self._changed()
        return OutboxEntry(entry_id, kind, payload, description, key, now)

    def pending(self) -> list[OutboxEntry]:
        """The changes not yet answered for, oldest first."""
        rows = self.db.query("SELECT * FROM outbox WHERE state=? ORDER BY id", (PENDING,))
        return [_entry(r) for r in rows]

    def pending_count(self) -> int:
        """How many changes wait to be sent."""
        rows = self.db.query("SELECT COUNT(*) AS n FROM outbox WHERE state=?", (PENDING,))
        return int(rows[0]["n"])

    def head(self) -> OutboxEntry | None:
        """The oldest pending change (the next to send), or None."""
        rows = self.db.query("SELECT * FROM outbox WHERE state=? ORDER BY id LIMIT 1", (PENDING,))
        return _entry(rows[0]) if rows else None

    def get(self, entry_id: int) -> OutboxEntry | None:
        """The entry with this id in any state, or None."""
        rows = self.db.query("SELECT * FROM outbox WHERE id=?", (entry_id,))
        return _entry(rows[0]) if rows else None

    def history(self) -> list[OutboxEntry]:
        """Every change ever written, in order, with its outcome (for tests and support)."""
        return [_entry(r) for r in self.db.query("SELECT * FROM outbox ORDER BY id")]

    def prepare(self, entry_id: int, prepared: JsonObject) -> None:
        """Remember the exact request about to be sent (repeated as is after a crash)."""
        with self.db.transaction(durable=True) as c:
            c.execute("UPDATE outbox SET prepared=? WHERE id=?", (json.dumps(prepared), entry_id))

    def _finish(
        self, entry_id: int, state: str, result: JsonObject | None, error: str | None
    ) -> None:
        with self.db.transaction(durable=True) as c:
            c.execute(
                "UPDATE outbox SET state=?, result=?, last_error=?, finished_at=?,"
                " attempts=attempts+1 WHERE id=? AND state=?",
                (
                    state,
                    json.dumps(result) if result else None,
                    error,
                    time.time(),
                    entry_id,
                    PENDING,
                ),
            )
        self._changed()

    def _note_attempt(self, entry_id: int, error: str) -> None:
        with self.db.transaction(durable=True) as c:
            c.execute(
                "UPDATE outbox SET attempts=attempts+1, last_error=? WHERE id=?",
                (error, entry_id),
            )
        self._changed()

    def purge_finished(self, older_than_s: float = 7 * 24 * 3600) -> None:
        """Forget done and failed entries finished more than `older_than_s` seconds ago."""
        with self.db.transaction(durable=True) as c:
            c.execute(
                "DELETE FROM outbox WHERE state!=? AND finished_at < ?",
                (PENDING, time.time() - older_than_s),
            )

    def _changed(self) -> None:
        with self._cond:
            self._cond.notify_all()
        try:
            self.on_change()
        except Exception:
            log.exception("outbox on_change failed")

    # -- sending ---------------------------------------------------------------------------

    def start(self, deliver: Deliver) -> None:
        """Start the sender thread, which calls `deliver` for the head entry until `stop`.
        A second call while it runs does nothing."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(deliver,), name="platform-outbox", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the sender, waiting up to `timeout` seconds for a `deliver` in progress.
        Pending entries stay on disk for the next start."""
        self._stop.set()
        self.wake()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def wake(self) -> None:
        """Try the head again now (the connection is back, or the user asked)."""
        with self._cond:
            self._failures = 0
            self._cond.notify_all()

    def _wait(self, seconds: float) -> None:
        with self._cond:
            if not self._stop.is_set():
                self._cond.wait(seconds)

    def _run(self, deliver: Deliver) -> None:
        while not self._stop.is_set():
            try:
                entry = self.head()
            except sqlite3.Error:
                if self._stop.is_set():
                    return  # the database was closed under a stopping sender
                raise
            if entry is None:
                self._wait(1.0)
                continue
            try:
                outcome = deliver(entry)
            except Exception as exc:  # a bug: keep the change, say so, try later
                log.exception("sending %s failed unexpectedly", entry.description)
                outcome = Retry(PlatformError(f"Unexpected error ({type(exc).__name__})."))
            if isinstance(outcome, Done):
                self._failures = 0
                self.sent += 1
                self._finish(entry.id, DONE, outcome.result, None)
            elif isinstance(outcome, Failed):
                self._failures = 0
                self.sent += 1
                log.warning("%s refused: %s", entry.description, outcome.error.message)
                self._finish(entry.id, FAILED, None, outcome.error.message)
                try:
                    self.on_failed(entry, outcome.error)
                except Exception:
                    log.exception("outbox on_failed failed")
            else:
                self._failures += 1
                self._note_attempt(entry.id, outcome.error.message)
                ceiling = min(self.backoff_max_s, self.backoff_s * 2 ** min(self._failures, 10))
                delay = random.uniform(ceiling / 2, ceiling)
                if outcome.after_s is not None:
                    delay = max(delay, outcome.after_s)
                log.info(
                    "%s not sent (%s); next try in %.1f s",
                    entry.description,
                    outcome.error.message,
                    delay,
                )
                self._wait(delay)
