"""Polls: a question with 2-4 options, one vote per viewer, judged by the platform alone.

A vote is stored under the poll and the voter's key (the caller's token) as a primary key, and
the option's count moves in the same transaction, so a viewer's second vote is refused
(`already-voted`) and the counts always equal the votes stored. One open poll per show; it
closes when asked, when `closes_at` passes (on reads and by housekeeping) or with the show.
Every change announces the whole poll (`poll.changed`, absolute counts).
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from studio.platform.models import EventType, Poll, PollCreate, PollOption, PollStatus
from studio.sandbox.problems import Conflict, Invalid, NotFound
from studio.sandbox.stores.base import Context, new_id, require_not_ended, show_row


def poll_from_row(row: sqlite3.Row) -> Poll:
    texts: list[str] = json.loads(row["options"])
    counts: list[int] = json.loads(row["counts"])
    return Poll(
        id=row["id"],
        show_id=row["show_id"],
        question=row["question"],
        options=[PollOption(index=i, text=t, votes=counts[i]) for i, t in enumerate(texts)],
        total_votes=sum(counts),
        status=PollStatus(row["status"]),
        opened_at=row["opened_at"],
        closes_at=row["closes_at"],
        closed_at=row["closed_at"],
    )


def _poll_row(conn: sqlite3.Connection, show_id: str, poll_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM polls WHERE id=? AND show_id=?", (poll_id, show_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no poll {poll_id!r} in this show.")
    return row


class PollStore:
    """`polls` and `poll_votes`; `expire()` closes polls past `closes_at`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _emit(self, conn: sqlite3.Connection, poll_id: str) -> Poll:
        poll = poll_from_row(conn.execute("SELECT * FROM polls WHERE id=?", (poll_id,)).fetchone())
        self.ctx.emit(conn, poll.show_id, EventType.POLL_CHANGED, poll)
        return poll

    def all(self, show_id: str, status: PollStatus | None = None) -> list[Poll]:
        """The show's polls, oldest first, optionally only those with `status`."""
        self.expire()
        sql, args = "SELECT * FROM polls WHERE show_id=?", [show_id]
        if status is not None:
            sql += " AND status=?"
            args.append(status.value)
        rows = self.ctx.db.read().execute(sql + " ORDER BY rowid_", args).fetchall()
        return [poll_from_row(r) for r in rows]

    def get(self, show_id: str, poll_id: str) -> Poll:
        """Raises `NotFound`."""
        self.expire()
        return poll_from_row(_poll_row(self.ctx.db.read(), show_id, poll_id))

    def create(self, show_id: str, req: PollCreate) -> Poll:
        """Open a poll. Raises `Invalid` (repeated options), `Conflict` (show ended, a poll
        already open) or `NotFound`."""
        if len(set(req.options)) != len(req.options):
            raise Invalid(
                "Each option of a poll must differ from the others.",
                errors=[{"loc": "body.options", "message": "repeated option"}],
            )
        self.expire()
        now_ts = self.ctx.clock()
        with self.ctx.db.write() as conn:
            require_not_ended(show_row(conn, show_id))
            busy = conn.execute(
                "SELECT id FROM polls WHERE show_id=? AND status='open'", (show_id,)
            ).fetchone()
            if busy is not None:
                raise Conflict(
                    f"A poll is already open (poll {busy[0]}); close it first.",
                    slug="poll-open",
                )
            pid = new_id("pol")
            closes_ts = None if req.duration_s is None else now_ts + req.duration_s
            closes_at = None if closes_ts is None else datetime.fromtimestamp(closes_ts, UTC)
            conn.execute(
                "INSERT INTO polls (id, show_id, question, options, counts, status, opened_at,"
                " closes_at, closes_ts) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)",
                (
                    pid,
                    show_id,
                    req.question,
                    json.dumps(req.options),
                    json.dumps([0] * len(req.options)),
                    datetime.fromtimestamp(now_ts, UTC).isoformat(),
                    None if closes_at is None else closes_at.isoformat(),
                    closes_ts,
                ),
            )
            poll = self._emit(conn, pid)
        self.ctx.notify()
        return poll

    def close(self, show_id: str, poll_id: str) -> Poll:
        """Close a poll (its result state); a closed one is returned as it is. `NotFound`."""
        with self.ctx.db.write() as conn:
            row = _poll_row(conn, show_id, poll_id)
            if row["status"] != PollStatus.OPEN:
                return poll_from_row(row)
            self.close_open(conn, poll_id=poll_id)
            poll = poll_from_row(_poll_row(conn, show_id, poll_id))
        self.ctx.notify()
        return poll

    def close_open(
        self,
        conn: sqlite3.Connection,
        *,
        show_id: str | None = None,
        poll_id: str | None = None,
        due_ts: float | None = None,
    ) -> int:
        """Inside the caller's write: close open polls (of a show, one, or due by `due_ts`)."""
        sql, args = "SELECT id FROM polls WHERE status='open'", list[str | float]()
        for column, value in (("show_id=?", show_id), ("id=?", poll_id)):
            if value is not None:
                sql += f" AND {column}"
                args.append(value)
        if due_ts is not None:
            sql += " AND closes_ts IS NOT NULL AND closes_ts<=?"
            args.append(due_ts)
        rows = conn.execute(sql, args).fetchall()
        for row in rows:
            conn.execute(
                "UPDATE polls SET status='closed', closed_at=? WHERE id=?",
                (self.ctx.now().isoformat(), row["id"]),
            )
            self._emit(conn, row["id"])
        return len(rows)

    def end_for_show(self, conn: sqlite3.Connection, show_id: str) -> None:
        """Inside the caller's write, as the show ends: close its open poll."""
        self.close_open(conn, show_id=show_id)

    def expire(self) -> int:
        """Close every poll past `closes_at`; cheap when there is nothing to do."""
        now_ts = self.ctx.clock()
        due = (
            self.ctx.db.read()
            .execute("SELECT 1 FROM polls WHERE status='open' AND closes_ts<=? LIMIT 1", (now_ts,))
            .fetchone()
        )
        if due is None:
            return 0
        with self.ctx.db.write() as conn:
            n = self.close_open(conn, due_ts=now_ts)
        if n:
            self.ctx.notify()
        return n

    def vote(self, show_id: str, poll_id: str, voter_key: str, option: int) -> Poll:
        """Count one vote for `option` (an index). Raises `NotFound`, `Invalid` (no such
        option), `Conflict` `poll-closed` or `already-voted` (one vote per viewer)."""
        self.expire()
        with self.ctx.db.write() as conn:
            poll = self._vote(conn, show_id, poll_id, voter_key, option)
        self.ctx.notify()
        return poll

    def _vote(
        self, conn: sqlite3.Connection, show_id: str, poll_id: str, voter_key: str, option: int
    ) -> Poll:
        row = _poll_row(conn, show_id, poll_id)
        if row["status"] != PollStatus.OPEN:
            raise Conflict("This poll is closed.", slug="poll-closed")
        counts: list[int] = json.loads(row["counts"])
        if not 0 <= option < len(counts):
            raise Invalid(
                f"This poll has options 0 to {len(counts) - 1}.",
                errors=[{"loc": "body.option", "message": "no such option"}],
            )
        voted = conn.execute(
            "SELECT 1 FROM poll_votes WHERE poll_id=? AND voter_key=?", (poll_id, voter_key)
        ).fetchone()
        if voted is not None:
            raise Conflict("You already voted in this poll.", slug="already-voted")
        conn.execute(
            "INSERT INTO poll_votes (poll_id, voter_key, option, voted_at) VALUES (?, ?, ?, ?)",
            (poll_id, voter_key, option, self.ctx.now().isoformat()),
        )
        counts[option] += 1
        conn.execute("UPDATE polls SET counts=? WHERE id=?", (json.dumps(counts), poll_id))
        return self._emit(conn, poll_id)

    def vote_many(self, show_id: str, poll_id: str, votes: list[tuple[str, int]]) -> int:
        """The simulator's burst: (voter key, option) pairs in one transaction; refused ones
        are skipped. Returns how many counted."""
        counted = 0
        self.expire()
        with self.ctx.db.write() as conn:
            for key, option in votes:
                try:
                    self._vote(conn, show_id, poll_id, key, option)
                    counted += 1
                except (Conflict, Invalid, NotFound):
                    continue
        if counted:
            self.ctx.notify()
        return counted
