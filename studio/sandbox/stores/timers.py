"""Flash-sale timers: one running sale per product, ending at an absolute UTC time.

While a timer runs, its product's `flash_price_minor` is set; ending or cancelling it clears
the price and announces `timer.ended` (with the final status).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from studio.platform.models import EventType, Timer, TimerCreate, TimerStatus
from studio.sandbox.problems import Conflict, Invalid, NotFound
from studio.sandbox.stores.base import Context, new_id, require_not_ended, show_row
from studio.sandbox.stores.catalog import product_row

MAX_TIMER_S = 3600


def timer_from_row(row: sqlite3.Row) -> Timer:
    return Timer(
        id=row["id"],
        show_id=row["show_id"],
        product_id=row["product_id"],
        flash_price_minor=row["flash_price_minor"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        status=TimerStatus(row["status"]),
    )


class TimerStore:
    """`timers`; `expire()` ends those past `ends_at` (called on reads and by housekeeping)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def all(self, show_id: str, status: TimerStatus | None = None) -> list[Timer]:
        """The show's timers in start order, optionally only those with `status`."""
        self.expire()
        sql, args = "SELECT * FROM timers WHERE show_id=?", [show_id]
        if status is not None:
            sql += " AND status=?"
            args.append(status.value)
        rows = self.ctx.db.read().execute(sql + " ORDER BY rowid_", args).fetchall()
        return [timer_from_row(r) for r in rows]

    def _ends_ts(self, req: TimerCreate, now_ts: float) -> float:
        if req.ends_at is None:
            return now_ts + float(req.duration_s or 0)
        ends = req.ends_at if req.ends_at.tzinfo else req.ends_at.replace(tzinfo=UTC)
        ends_ts = ends.timestamp()
        if not now_ts + 1 <= ends_ts <= now_ts + MAX_TIMER_S:
            raise Invalid(
                "ends_at must be between 1 s and 1 h from now.",
                errors=[{"loc": "body.ends_at", "message": "out of range"}],
            )
        return ends_ts

    def _check_startable(self, conn: sqlite3.Connection, show_id: str, req: TimerCreate) -> None:
        require_not_ended(show_row(conn, show_id))
        prow = product_row(conn, show_id, req.product_id, field="body.product_id")
        if req.flash_price_minor >= prow["price_minor"]:
            raise Invalid(
                "A flash price must be below the regular price "
                f"({prow['price_minor']} minor units).",
                errors=[{"loc": "body.flash_price_minor", "message": "not below price"}],
            )
        busy = conn.execute(
            "SELECT id FROM timers WHERE show_id=? AND product_id=? AND status='active'",
            (show_id, req.product_id),
        ).fetchone()
        if busy is not None:
            raise Conflict(
                f"A flash sale is already running on this product (timer {busy[0]}).",
                slug="timer-running",
            )

    def create(self, show_id: str, req: TimerCreate) -> Timer:
        """Start a flash sale. Raises `Invalid` (bad end, unknown product, price not below
        the regular one) or `Conflict` (show ended, a sale already running on the product)."""
        self.expire()
        now_ts = self.ctx.clock()
        ends_ts = self._ends_ts(req, now_ts)
        with self.ctx.db.write() as conn:
            self._check_startable(conn, show_id, req)
            timer = Timer(
                id=new_id("tmr"),
                show_id=show_id,
                product_id=req.product_id,
                flash_price_minor=req.flash_price_minor,
                starts_at=datetime.fromtimestamp(now_ts, UTC),
                ends_at=datetime.fromtimestamp(ends_ts, UTC),
                status=TimerStatus.ACTIVE,
            )
            conn.execute(
                "INSERT INTO timers (id, show_id, product_id, flash_price_minor, starts_at,"
                " ends_at, ends_ts, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'active')",
                (
                    timer.id,
                    show_id,
                    timer.product_id,
                    timer.flash_price_minor,
                    timer.starts_at.isoformat(),
                    timer.ends_at.isoformat(),
                    ends_ts,
                ),
            )
            conn.execute(
                "UPDATE products SET flash_price_minor=? WHERE id=?",
                (timer.flash_price_minor, timer.product_id),
            )
            self.ctx.emit(conn, show_id, EventType.TIMER_STARTED, timer)
        self.ctx.notify()
        return timer

    def cancel(self, show_id: str, timer_id: str) -> Timer:
        """Cancel a running timer (a finished one is returned as it is). Raises `NotFound`."""
        with self.ctx.db.write() as conn:
            row = conn.execute(
                "SELECT * FROM timers WHERE id=? AND show_id=?", (timer_id, show_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no timer {timer_id!r} in this show.")
            if row["status"] != TimerStatus.ACTIVE:
                return timer_from_row(row)
            self.end_active(conn, show_id, TimerStatus.CANCELLED, timer_id=timer_id)
            row = conn.execute("SELECT * FROM timers WHERE id=?", (timer_id,)).fetchone()
        self.ctx.notify()
        return timer_from_row(row)

    def end_active(
        self,
        conn: sqlite3.Connection,
        show_id: str | None,
        status: TimerStatus,
        *,
        timer_id: str | None = None,
        due_ts: float | None = None,
    ) -> int:
        """Inside the caller's write: end running timers (of a show, one timer, or those due
        by `due_ts`) with `status`; clear their flash prices and emit `timer.ended`.

        Returns how many ended.
        """
        sql, args = "SELECT * FROM timers WHERE status='active'", list[str | float]()
        if show_id is not None:
            sql += " AND show_id=?"
            args.append(show_id)
        if timer_id is not None:
            sql += " AND id=?"
            args.append(timer_id)
        if due_ts is not None:
            sql += " AND ends_ts<=?"
            args.append(due_ts)
        rows = conn.execute(sql + " ORDER BY ends_ts", args).fetchall()
        for row in rows:
            conn.execute("UPDATE timers SET status=? WHERE id=?", (status.value, row["id"]))
            conn.execute(
                "UPDATE products SET flash_price_minor=NULL WHERE id=?", (row["product_id"],)
            )
            timer = timer_from_row(row).model_copy(update={"status": status})
            self.ctx.emit(conn, row["show_id"], EventType.TIMER_ENDED, timer)
        return len(rows)

    def expire(self) -> int:
        """End every timer whose `ends_at` has passed; cheap when there is nothing to do."""
        now_ts = self.ctx.clock()
        due = (
            self.ctx.db.read()
            .execute("SELECT 1 FROM timers WHERE status='active' AND ends_ts<=? LIMIT 1", (now_ts,))
            .fetchone()
        )
        if due is None:
            return 0
        with self.ctx.db.write() as conn:
            n = self.end_active(conn, None, TimerStatus.ENDED, due_ts=now_ts)
        if n:
            self.ctx.notify()
        return n
