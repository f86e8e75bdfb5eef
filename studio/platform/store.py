"""What the sync keeps on disk for one show: the outbox and every order received.

One SQLite file per (platform, show) in the state directory, in WAL mode. The user's changes
are committed with a full sync (they survive a power cut); orders with a normal one (they
survive an app crash, and the platform has them anyway: a catch-up refetches any lost).
A damaged file is moved aside (kept for support) and a fresh one started: orders are then
fetched again from the platform; changes that were waiting are reported as lost.

Thread-safe: one connection, shared by the sync's threads (outbox sender, event feed, the
caller) behind a re-entrant lock. Calls block on disk I/O (a durable commit fsyncs): keep them
off a GUI thread. SQLite errors other than a damaged file at open (`sqlite3.Error`) propagate.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import datetime
from pathlib import Path

from studio.show.state import Order

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    description TEXT NOT NULL,
    idem_key TEXT NOT NULL UNIQUE,
    created_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    prepared TEXT,
    result TEXT,
    finished_at REAL
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, id);
CREATE TABLE IF NOT EXISTS orders (
    seq INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def db_path_for(state_dir: Path, api_url: str, show_id: str, who: str = "") -> Path:
    """A file per platform, account and show, named so support can tell them apart.

    `<state_dir>/sync/<show id, made file-safe, ≤ 64 chars>-<10 hex digits of
    sha256(api_url, who)>.sqlite`; `who` is the account (`PlatformClient.account`). Pure.
    """
    digest = hashlib.sha256(f"{api_url}\n{who}".encode()).hexdigest()[:10]
    safe_show = "".join(c if c.isalnum() or c in "-_" else "_" for c in show_id)[:64]
    return state_dir / "sync" / f"{safe_show}-{digest}.sqlite"


class SyncDb:
    """The SQLite file at `path` (created with its folder), in WAL mode, schema applied.

    A file that fails to open or SQLite's `quick_check` is renamed to `*.corrupt-<unix
    time>.sqlite` and a fresh one started; `recovered_from` then names the kept copy (else
    None). Raises `sqlite3.Error` only when even a fresh file cannot be made, and `OSError`
    when the folder cannot be created.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recovered_from: Path | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:
            self.recovered_from = self._quarantine(exc)
            self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=5000")
            ok = conn.execute("PRAGMA quick_check").fetchone()
            if ok is None or ok[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {ok[0] if ok else 'no answer'}")
            conn.executescript(SCHEMA)
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def _quarantine(self, exc: Exception) -> Path:
        kept = self.path.with_name(f"{self.path.stem}.corrupt-{int(time.time())}.sqlite")
        log.warning("sync state %s is damaged (%s); kept as %s", self.path, exc, kept.name)
        with contextlib.suppress(OSError):
            self.path.rename(kept)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(self.path) + suffix).unlink()
        return kept

    @contextlib.contextmanager
    def transaction(self, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """`with db.transaction() as conn:` one write transaction (BEGIN IMMEDIATE), committed
        when the block ends, rolled back if it raises. `durable`: commit with
        `synchronous=FULL`, so it survives a power cut (the user's changes); otherwise it
        survives an app crash. Holds the lock for the whole block."""
        with self._lock:
            if durable:
                self._conn.execute("PRAGMA synchronous=FULL")
            try:
                with self._transaction() as conn:
                    yield conn
            finally:
                if durable:
                    self._conn.execute("PRAGMA synchronous=NORMAL")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, args: Iterable[object] = ()) -> list[sqlite3.Row]:
        """All rows of one read statement, addressable by column name (`row["id"]`)."""
        with self._lock:
            cur = self._conn.execute(sql, tuple(args))
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    def meta_get(self, key: str) -> str | None:
        """A small text value the sync remembers (the last snapshot, as JSON); None if never set."""
        rows = self.query("SELECT value FROM meta WHERE key=?", (key,))
        return str(rows[0]["value"]) if rows else None

    def meta_set(self, key: str, value: str) -> None:
        """Remember `value` under `key` (replacing it), in its own transaction."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def close(self) -> None:
        """Close the connection; errors closing are ignored. Later calls raise sqlite3 errors."""
        with self._lock, contextlib.suppress(sqlite3.Error):
            self._conn.close()


class OrderJournal:
    """Every order received, by `seq`: the model is rebuilt from it after a restart.

    Stored as compact JSON of the show's `Order` (times in ISO 8601). Same threads as `db`.
    """

    def __init__(self, db: SyncDb) -> None:
        self.db = db

    def add(self, orders: Iterable[Order]) -> None:
        """Keep `orders`; an order whose `seq` is already kept is ignored (never twice)."""
        rows = [(o.seq, _order_json(o)) for o in orders]
        if not rows:
            return
        with self.db.transaction() as c:
            c.executemany("INSERT OR IGNORE INTO orders (seq, body) VALUES (?, ?)", rows)

    def load(self) -> list[Order]:
        """Every kept order in `seq` order; an unreadable row is logged and skipped."""
        out = []
        for row in self.db.query("SELECT body FROM orders ORDER BY seq"):
            try:
                out.append(_order_from_json(row["body"]))
            except (ValueError, KeyError, TypeError):
                log.warning("skipping an unreadable order in %s", self.db.path.name)
        return out

    def count(self) -> int:
        """How many orders are kept."""
        return int(self.db.query("SELECT COUNT(*) AS n FROM orders")[0]["n"])


_ORDER_FIELDS = tuple(f.name for f in fields(Order))


def _order_json(o: Order) -> str:
    d = {name: getattr(o, name) for name in _ORDER_FIELDS}
    d["created_at"] = o.created_at.isoformat()
    return json.dumps(d, separators=(",", ":"))


def _order_from_json(text: str) -> Order:
    d = json.loads(text)
    d["created_at"] = datetime.fromisoformat(d["created_at"])
    return Order(**d)
