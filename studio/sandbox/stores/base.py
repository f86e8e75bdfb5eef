"""What every aggregate's store shares: the database, the event log's writer, the clock, ids.

A state change and the event announcing it are written in the same transaction (`emit` takes
the open write connection), so the event log can be replayed to rebuild what a client missed,
with no gap and no duplicate. `notify` is called after the commit to wake live streams.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import BaseModel

from studio.platform.models import EVENT_PAYLOADS, EventType, ShowStatus
from studio.redact import register_secret
from studio.sandbox.db import Database
from studio.sandbox.events import EventHub
from studio.sandbox.problems import ApiProblem, Conflict, NotFound


@dataclass(frozen=True)
class Context:
    """The database, the stream wake-up hub and the platform clock (seconds since the epoch)."""

    db: Database
    hub: EventHub
    clock: Callable[[], float]

    def now(self) -> datetime:
        """The platform clock as an aware UTC datetime."""
        return datetime.fromtimestamp(self.clock(), UTC)

    def emit(
        self, conn: sqlite3.Connection, show_id: str, etype: EventType, data: BaseModel
    ) -> None:
        """Append an event inside the caller's write transaction (`conn` from `db.write()`).

        Raises TypeError when `data` is not the payload the contract gives `etype`
        (`EVENT_PAYLOADS`): a bug here would otherwise reach every client.
        """
        if not isinstance(data, EVENT_PAYLOADS[etype]):
            raise TypeError(f"{etype} carries {EVENT_PAYLOADS[etype].__name__}, not {data!r}")
        conn.execute(
            "INSERT INTO events (show_id, type, at, data) VALUES (?, ?, ?, ?)",
            (show_id, etype.value, self.now().isoformat(), data.model_dump_json()),
        )

    def notify(self) -> None:
        """Wake live event streams; call after the transaction that emitted has committed."""
        self.hub.notify()


def token_hash(token: str) -> str:
    """The hex SHA-256 of a secret: all the sandbox keeps of tokens and stream keys."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(prefix: str) -> str:
    """A fresh secret, registered for redaction before anyone can log it."""
    token = f"{prefix}_{secrets.token_urlsafe(24)}"
    register_secret(token)
    return token


def new_id(prefix: str) -> str:
    """An opaque resource id such as `tmr_0123456789abcdef`."""
    return f"{prefix}_{uuid.uuid4().hex[:16]}"


def name_viewer_id(name: str) -> str:
    """The account of a viewer known only by display name: `vn_` and the first 16 hex digits
    of the SHA-256 of the name's UTF-8 bytes (exactly as written: case and spaces count).

    Deterministic, so an order from a client before contract 1.7.0 (no `viewer_id`) and a
    member of a data directory written before it (keyed by name) land on the same account
    (docs/COMMUNITY.md, "Accounts and display names")."""
    return "vn_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def new_viewer_id() -> str:
    """A fresh account for a viewer who signed in without one (`vwr_` and 16 hex digits)."""
    return new_id("vwr")


CURSOR_PATTERN = r"^[A-Za-z0-9_-]*$"  # unpadded base64url
_CURSOR = re.compile(CURSOR_PATTERN)


def encode_cursor(rowid: int) -> str:
    """The opaque `next_cursor` for a page ending at table row `rowid`."""
    raw = json.dumps({"after": rowid}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The row after which a page starts; 0 for none. Raises `ApiProblem` (400) if forged."""
    if not cursor:
        return 0
    try:
        if not _CURSOR.match(cursor):
            raise ValueError
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        after = json.loads(raw)["after"]
        if not isinstance(after, int) or after < 0:
            raise ValueError
        return after
    except (ValueError, KeyError, TypeError) as exc:
        raise ApiProblem(
            "The cursor is not one this API handed out; start again without `cursor`.",
            slug="bad-cursor",
            title="Unknown cursor",
        ) from exc


def cut_page(rows: list[sqlite3.Row], limit: int) -> tuple[list[sqlite3.Row], str | None]:
    """Cut `limit + 1` fetched rows (each with a `rowid_`) to a page and its next cursor."""
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, encode_cursor(rows[-1]["rowid_"])


def show_row(conn: sqlite3.Connection, show_id: str) -> sqlite3.Row:
    """The show's row; raises `NotFound` (404)."""
    row: sqlite3.Row | None = conn.execute("SELECT * FROM shows WHERE id=?", (show_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no show {show_id!r}.")
    return row


def require_not_ended(row: sqlite3.Row) -> None:
    """Raises `Conflict` (409 show-ended) for a show that has ended."""
    if row["status"] == ShowStatus.ENDED:
        raise Conflict("This show has ended; it can no longer be changed.", slug="show-ended")
