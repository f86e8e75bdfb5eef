"""SQLite for the sandbox: WAL mode, one serialised writer, a reader connection per thread.

WAL lets the event stream and GETs read while the simulator writes. Writes go through one
connection under a lock with BEGIN IMMEDIATE, so event ids are handed out in commit order:
a reader that has seen event N can never later find an N-1 appear (no gaps on resume).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, show_id TEXT,
    cohost_id TEXT, viewer_id TEXT
);
CREATE TABLE IF NOT EXISTS themes (id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shows (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, title TEXT NOT NULL,
    host_name TEXT NOT NULL, theme_id TEXT, scheduled_start TEXT NOT NULL, status TEXT NOT NULL,
    started_at TEXT, ended_at TEXT, ingest_url TEXT NOT NULL, key_hash TEXT, key_hint TEXT,
    currency TEXT NOT NULL, next_seq INTEGER NOT NULL DEFAULT 1,
    viewers INTEGER NOT NULL DEFAULT 0, viewers_peak INTEGER NOT NULL DEFAULT 0,
    viewers_at TEXT
);
CREATE TABLE IF NOT EXISTS products (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    sku TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, price_minor INTEGER NOT NULL,
    currency TEXT NOT NULL, flash_price_minor INTEGER, stock INTEGER NOT NULL,
    image TEXT NOT NULL, product_url TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS products_show ON products (show_id, rowid_);
CREATE TABLE IF NOT EXISTS queues (
    show_id TEXT PRIMARY KEY, product_ids TEXT NOT NULL, version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS pins (
    show_id TEXT PRIMARY KEY, product_id TEXT, pinned_at TEXT, pinned_by TEXT,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS timers (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    product_id TEXT NOT NULL, flash_price_minor INTEGER NOT NULL, starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL, ends_ts REAL NOT NULL, status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS timers_active ON timers (status, ends_ts);
CREATE TABLE IF NOT EXISTS orders (
    show_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT UNIQUE NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (show_id, seq)
);
CREATE TABLE IF NOT EXISTS comments (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_show ON comments (show_id, rowid_);
CREATE TABLE IF NOT EXISTS supporters (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    display_name TEXT NOT NULL, points INTEGER NOT NULL, orders_count INTEGER NOT NULL,
    spent_minor INTEGER NOT NULL, first_seen_at TEXT NOT NULL, viewer_id TEXT NOT NULL,
    UNIQUE (show_id, viewer_id)
);
CREATE TABLE IF NOT EXISTS resellers (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, show_id TEXT NOT NULL, code TEXT NOT NULL,
    name TEXT NOT NULL, orders_count INTEGER NOT NULL, revenue_minor INTEGER NOT NULL,
    viewer_id TEXT, UNIQUE (show_id, code)
);
CREATE TABLE IF NOT EXISTS cohosts (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    name TEXT NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ingest (show_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS comment_pins (
    show_id TEXT PRIMARY KEY, comment_id TEXT, pinned_by TEXT, pinned_at TEXT,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS restrictions (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    viewer TEXT NOT NULL, kind TEXT NOT NULL, until_ts REAL, lifted INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS restrictions_viewer ON restrictions (show_id, viewer);
CREATE TABLE IF NOT EXISTS vouchers (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    code TEXT NOT NULL, kind TEXT NOT NULL, percent_off INTEGER, amount_off_minor INTEGER,
    currency TEXT NOT NULL, claim_limit INTEGER NOT NULL, claims INTEGER NOT NULL,
    redeemed INTEGER NOT NULL, expires_at TEXT NOT NULL, expires_ts REAL NOT NULL,
    status TEXT NOT NULL, on_screen INTEGER NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (show_id, code)
);
CREATE TABLE IF NOT EXISTS voucher_claims (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, voucher_id TEXT NOT NULL,
    show_id TEXT NOT NULL, claimant_key TEXT NOT NULL, claimant TEXT NOT NULL,
    claimed_at TEXT NOT NULL, order_id TEXT, viewer_id TEXT, UNIQUE (voucher_id, claimant_key)
);
CREATE TABLE IF NOT EXISTS polls (
    rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, show_id TEXT NOT NULL,
    question TEXT NOT NULL, options TEXT NOT NULL, counts TEXT NOT NULL, status TEXT NOT NULL,
    opened_at TEXT NOT NULL, closes_at TEXT, closes_ts REAL, closed_at TEXT
);
CREATE TABLE IF NOT EXISTS poll_votes (
    poll_id TEXT NOT NULL, voter_key TEXT NOT NULL, option INTEGER NOT NULL,
    voted_at TEXT NOT NULL, PRIMARY KEY (poll_id, voter_key)
);
CREATE TABLE IF NOT EXISTS rundowns (
    show_id TEXT PRIMARY KEY, steps TEXT NOT NULL, version INTEGER NOT NULL, updated_by TEXT,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, show_id TEXT NOT NULL, type TEXT NOT NULL,
    at TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_show ON events (show_id, id);
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL, status INTEGER NOT NULL,
    headers TEXT NOT NULL, body BLOB NOT NULL, created_ts REAL NOT NULL,
    PRIMARY KEY (scope, key)
);
"""


SCHEMA_VERSION = 1
"""The layout this code writes, kept in SQLite's `user_version`. 0: before viewer accounts
(contract 1.6.0 and earlier); 1: viewers keyed by account (`studio.sandbox.migrate`)."""


class Database:
    """A file-backed SQLite database shared by the request threads and the simulator.

    `found_version` is the layout the file had when opened: `SCHEMA_VERSION` for a new file,
    less for a data directory written by an older sandbox (`studio.sandbox.migrate` brings
    it up to date once every store has created its tables).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._write_lock = threading.Lock()
        self._writer = self._connect()
        fresh = (
            self._writer.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
            is None
        )
        if fresh:
            self._writer.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        self.found_version: int = self._writer.execute("PRAGMA user_version").fetchone()[0]
        self._writer.executescript(SCHEMA)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; commits on success, rolls back on any exception."""
        with self._write_lock:
            conn = self._writer
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def read(self) -> sqlite3.Connection:
        """This thread's reader connection (autocommit: every statement sees the latest commit)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect()
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for conn in readers:
            with contextlib.suppress(sqlite3.ProgrammingError):
                conn.close()
        with self._write_lock:
            self._writer.close()
