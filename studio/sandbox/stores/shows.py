"""Shows and their themes: schedule, status (scheduled → live → ended), ingest URL, stream key."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from studio.platform.models import EventType, Show, ShowStatus, StreamKey, Theme, TimerStatus
from studio.sandbox.problems import Conflict
from studio.sandbox.stores.base import (
    Context,
    cut_page,
    decode_cursor,
    new_id,
    new_token,
    show_row,
    token_hash,
)
from studio.sandbox.stores.timers import TimerStore


def theme_of(conn: sqlite3.Connection, theme_id: str | None) -> Theme | None:
    """The theme with this id, or None (no theme, or an unknown one)."""
    if not theme_id:
        return None
    row = conn.execute("SELECT body FROM themes WHERE id=?", (theme_id,)).fetchone()
    return None if row is None else Theme.model_validate_json(row[0])


def loyalty_multiplier(conn: sqlite3.Connection, show: sqlite3.Row) -> int:
    """Points per unit earned during this show: its theme's multiplier, else 1."""
    theme = theme_of(conn, show["theme_id"])
    return theme.loyalty_multiplier if theme else 1


def live_show_row(conn: sqlite3.Connection, show_id: str) -> sqlite3.Row:
    """The show's row if it is live; raises `NotFound` or `Conflict` (409 show-not-live)."""
    show = show_row(conn, show_id)
    if show["status"] != ShowStatus.LIVE:
        raise Conflict(
            f"The show is {show['status']}; orders open while it is live.",
            slug="show-not-live",
        )
    return show


def show_from_row(conn: sqlite3.Connection, row: sqlite3.Row) -> Show:
    """The contract's `Show` for a `shows` row (its theme read through `conn`)."""
    return Show(
        id=row["id"],
        title=row["title"],
        host_name=row["host_name"],
        theme=theme_of(conn, row["theme_id"]),
        scheduled_start=row["scheduled_start"],
        status=ShowStatus(row["status"]),
        started_at=row["started_at"],
        ended_at=row["ended_at"],
        ingest_url=row["ingest_url"],
        stream_key_hint=row["key_hint"],
        currency=row["currency"],
    )


class ShowStore:
    """`shows` and `themes`; ending a show ends its running flash sales (through `timers`)."""

    def __init__(self, ctx: Context, timers: TimerStore) -> None:
        self.ctx = ctx
        self.timers = timers
        # Called inside the write that ends a show, before its status changes (auctions
        # settle, giveaways are drawn).
        self.on_end: list[Callable[[sqlite3.Connection, str], None]] = []

    def add_theme(self, theme: Theme) -> None:
        with self.ctx.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO themes VALUES (?, ?)", (theme.id, theme.model_dump_json())
            )

    def create(
        self,
        *,
        title: str,
        host_name: str,
        scheduled_start: datetime,
        ingest_url: str,
        currency: str,
        theme_id: str | None = None,
        status: ShowStatus = ShowStatus.SCHEDULED,
        show_id: str | None = None,
    ) -> str:
        """A new show with an empty queue and no pin; returns its id."""
        sid = show_id or new_id("shw")
        now = self.ctx.now().isoformat()
        with self.ctx.db.write() as conn:
            conn.execute(
                "INSERT INTO shows (id, title, host_name, theme_id, scheduled_start, status,"
                " started_at, ended_at, ingest_url, currency, viewers_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sid,
                    title,
                    host_name,
                    theme_id,
                    scheduled_start.isoformat(),
                    status.value,
                    now if status != ShowStatus.SCHEDULED else None,
                    now if status == ShowStatus.ENDED else None,
                    ingest_url,
                    currency,
                    now,
                ),
            )
            conn.execute("INSERT INTO queues VALUES (?, '[]', 0)", (sid,))
            conn.execute("INSERT INTO pins VALUES (?, NULL, NULL, NULL, 0)", (sid,))
        return sid

    def exists(self, show_id: str) -> bool:
        conn = self.ctx.db.read()
        return conn.execute("SELECT 1 FROM shows WHERE id=?", (show_id,)).fetchone() is not None

    def get(self, show_id: str) -> Show:
        """Raises `NotFound`."""
        conn = self.ctx.db.read()
        return show_from_row(conn, show_row(conn, show_id))

    def page(
        self, only_show: str | None, cursor: str | None, limit: int
    ) -> tuple[list[Show], str | None]:
        """A page of shows in creation order (only `only_show` for a show-bound token)."""
        after = decode_cursor(cursor)
        conn = self.ctx.db.read()
        sql = "SELECT * FROM shows WHERE rowid_ > ?"
        args: list[int | str] = [after]
        if only_show is not None:
            sql += " AND id = ?"
            args.append(only_show)
        rows = conn.execute(sql + " ORDER BY rowid_ LIMIT ?", (*args, limit + 1)).fetchall()
        rows, nxt = cut_page(rows, limit)
        return [show_from_row(conn, r) for r in rows], nxt

    def _changed(self, conn: sqlite3.Connection, show_id: str) -> Show:
        show = show_from_row(conn, show_row(conn, show_id))
        self.ctx.emit(conn, show_id, EventType.SHOW_CHANGED, show)
        return show

    def set_ingest_url(self, show_id: str, url: str) -> None:
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            conn.execute("UPDATE shows SET ingest_url=? WHERE id=?", (url, show_id))
            self._changed(conn, show_id)
        self.ctx.notify()

    def _set_status(self, show_id: str, status: ShowStatus) -> Show:
        now = self.ctx.now().isoformat()
        with self.ctx.db.write() as conn:
            row = show_row(conn, show_id)
            current = ShowStatus(row["status"])
            if current == status:
                return show_from_row(conn, row)  # already there: a retry is not an error
            if current == ShowStatus.ENDED:
                raise Conflict("This show has ended; it cannot go live again.", slug="show-ended")
            if status == ShowStatus.LIVE:
                conn.execute(
                    "UPDATE shows SET status=?, started_at=? WHERE id=?", (status, now, show_id)
                )
            else:
                conn.execute(
                    "UPDATE shows SET status=?, ended_at=? WHERE id=?", (status, now, show_id)
                )
                for hook in self.on_end:
                    hook(conn, show_id)
                self.timers.end_active(conn, show_id, TimerStatus.ENDED)
            show = self._changed(conn, show_id)
        self.ctx.notify()
        return show

    def start(self, show_id: str) -> Show:
        """Go live (a no-op when live); raises `Conflict` for an ended show."""
        return self._set_status(show_id, ShowStatus.LIVE)

    def end(self, show_id: str) -> Show:
        """End the show and its running flash sales (a no-op when ended)."""
        return self._set_status(show_id, ShowStatus.ENDED)

    def rotate_stream_key(self, show_id: str) -> StreamKey:
        """Issue a new key; the old one stops working at once and only a hash is kept."""
        key = new_token("sk_live")
        with self.ctx.db.write() as conn:
            row = show_row(conn, show_id)
            conn.execute(
                "UPDATE shows SET key_hash=?, key_hint=? WHERE id=?",
                (token_hash(key), "****" + key[-4:], show_id),
            )
            self._changed(conn, show_id)
        self.ctx.notify()
        return StreamKey(
            show_id=show_id, ingest_url=row["ingest_url"], stream_key=key, issued_at=self.ctx.now()
        )

    def for_stream_key(self, key: str) -> str | None:
        """The id of the show this stream key publishes to, or None."""
        row = (
            self.ctx.db.read()
            .execute("SELECT id FROM shows WHERE key_hash=?", (token_hash(key),))
            .fetchone()
        )
        return None if row is None else str(row[0])
