"""Giveaways with a checkable draw: commit to a seed when one opens, reveal it at the draw.

One giveaway is open per show at a time. Viewers enter by commenting its keyword (as a whole
word, any case), by buying during the show, or either (`entry`); a purchase-entry giveaway
also enters everyone who bought in the show before it opened. One entry per viewer account
(`viewer_id`; the `entrant` column holds it): a second comment or order by the same viewer
changes nothing, and two viewers of one display name enter twice. Entries are numbered 1, 2, ...
with no gap and announced one by one (`giveaway.entered`).

The platform draws at `closes_at` (housekeeping, or before a read), when asked to draw early,
or when the show ends: `studio.show.giveaway.draw_winner(seed, entrants, weights)` picks the
winner among the entrants' accounts (`viewer_id`), and the seed is published with the
result so anyone can check it (docs/GIVEAWAYS.md).
Each entry holds `weight` tickets: the entrant's community tier `giveaway_weight` at the
moment the entry is taken (`weight_of`, wired to the community store), published on the entry.
Entries arriving at or after `closes_at` are not taken.
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from studio.platform.models import (
    Comment,
    EventType,
    Giveaway,
    GiveawayCreate,
    GiveawayEntry,
    GiveawayEntryMode,
    GiveawayEntryVia,
    GiveawayStatus,
    Order,
    Role,
)
from studio.sandbox.problems import Conflict, NotFound
from studio.sandbox.stores.base import Context, name_viewer_id, new_id
from studio.sandbox.stores.shows import live_show_row
from studio.show.giveaway import commitment, draw_winner, matches_keyword

TABLES = (
    """CREATE TABLE IF NOT EXISTS giveaways (
        rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
        show_id TEXT NOT NULL, status TEXT NOT NULL, closes_ts REAL NOT NULL,
        seed TEXT NOT NULL, body TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS giveaways_open ON giveaways (status, closes_ts)",
    """CREATE TABLE IF NOT EXISTS giveaway_entries (
        giveaway_id TEXT NOT NULL, number INTEGER NOT NULL, entrant TEXT NOT NULL,
        body TEXT NOT NULL, PRIMARY KEY (giveaway_id, number), UNIQUE (giveaway_id, entrant)
    )""",
)

_VIA_KEYWORD = (GiveawayEntryMode.KEYWORD, GiveawayEntryMode.BOTH)
_VIA_PURCHASE = (GiveawayEntryMode.PURCHASE, GiveawayEntryMode.BOTH)


def _giveaway(row: sqlite3.Row) -> Giveaway:
    return Giveaway.model_validate_json(row["body"])


class GiveawayStore:
    """`giveaways` and `giveaway_entries`. `on_comment` and `on_order` are hooked into the
    comment and order stores' writes (see `Store`); `end_for_show` into the show's end."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        # (conn, show_id, display name) -> the entrant's tickets, >= 1; `Store` wires it to
        # the community ledger's tier perk. Called inside the entry's write.
        self.weight_of: Callable[[sqlite3.Connection, str, str], int] = lambda c, s, n: 1
        with ctx.db.write() as conn:
            for sql in TABLES:
                conn.execute(sql)

    # -- reading ---------------------------------------------------------------------------

    def all(self, show_id: str, status: GiveawayStatus | None = None) -> list[Giveaway]:
        """The show's giveaways in opening order, optionally only those in `status`."""
        self.expire()
        sql, args = "SELECT body FROM giveaways WHERE show_id=?", [show_id]
        if status is not None:
            sql += " AND status=?"
            args.append(status.value)
        rows = self.ctx.db.read().execute(sql + " ORDER BY rowid_", args).fetchall()
        return [_giveaway(r) for r in rows]

    def get(self, show_id: str, giveaway_id: str) -> Giveaway:
        """One giveaway; raises `NotFound`."""
        self.expire()
        row = (
            self.ctx.db.read()
            .execute("SELECT body FROM giveaways WHERE id=? AND show_id=?", (giveaway_id, show_id))
            .fetchone()
        )
        if row is None:
            raise NotFound(f"There is no giveaway {giveaway_id!r} in this show.")
        return _giveaway(row)

    def entries(
        self, show_id: str, giveaway_id: str, after: int, limit: int
    ) -> tuple[list[GiveawayEntry], bool]:
        """Up to `limit` entries numbered above `after`, and whether more follow."""
        self.get(show_id, giveaway_id)
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT body FROM giveaway_entries WHERE giveaway_id=? AND number>?"
                " ORDER BY number LIMIT ?",
                (giveaway_id, after, limit + 1),
            )
            .fetchall()
        )
        items = [GiveawayEntry.model_validate_json(r[0]) for r in rows[:limit]]
        return items, len(rows) > limit

    # -- writing ---------------------------------------------------------------------------

    def create(self, show_id: str, req: GiveawayCreate) -> Giveaway:
        """Open a giveaway, committing to a fresh secret seed. Raises `Conflict` (show not
        live, a giveaway already open)."""
        self.expire()
        now_ts = self.ctx.clock()
        seed = secrets.token_hex(32)
        with self.ctx.db.write() as conn:
            live_show_row(conn, show_id)
            busy = conn.execute(
                "SELECT id FROM giveaways WHERE show_id=? AND status='open'", (show_id,)
            ).fetchone()
            if busy is not None:
                raise Conflict(
                    f"A giveaway is already open in this show ({busy[0]}); draw it first.",
                    slug="giveaway-open",
                )
            giveaway = Giveaway(
                id=new_id("gvw"),
                show_id=show_id,
                prize=req.prize,
                entry=req.entry,
                keyword=req.keyword,
                status=GiveawayStatus.OPEN,
                opens_at=datetime.fromtimestamp(now_ts, UTC),
                closes_at=datetime.fromtimestamp(now_ts + req.duration_s, UTC),
                entry_count=0,
                seed_sha256=commitment(seed),
            )
            conn.execute(
                "INSERT INTO giveaways (id, show_id, status, closes_ts, seed, body)"
                " VALUES (?, ?, 'open', ?, ?, ?)",
                (giveaway.id, show_id, now_ts + req.duration_s, seed, giveaway.model_dump_json()),
            )
            self.ctx.emit(conn, show_id, EventType.GIVEAWAY_OPENED, giveaway)
            if req.entry in _VIA_PURCHASE:
                buyers = conn.execute(
                    "SELECT json_extract(body, '$.viewer_id'), json_extract(body, '$.buyer_name')"
                    " FROM orders WHERE show_id=? ORDER BY seq",
                    (show_id,),
                ).fetchall()
                for account, buyer in buyers:
                    self._enter(conn, show_id, account, buyer, GiveawayEntryVia.PURCHASE)
            row = conn.execute("SELECT body FROM giveaways WHERE id=?", (giveaway.id,)).fetchone()
        self.ctx.notify()
        return _giveaway(row)

    def _enter(
        self,
        conn: sqlite3.Connection,
        show_id: str,
        viewer_id: str,
        entrant: str,
        via: GiveawayEntryVia,
    ) -> None:
        """Inside the caller's write: enter the account `viewer_id` (now called `entrant`) in
        the show's open giveaway, once."""
        row = conn.execute(
            "SELECT * FROM giveaways WHERE show_id=? AND status='open' AND closes_ts>?",
            (show_id, self.ctx.clock()),
        ).fetchone()
        if row is None:
            return
        g = _giveaway(row)
        wanted = _VIA_KEYWORD if via == GiveawayEntryVia.KEYWORD else _VIA_PURCHASE
        if g.entry not in wanted:
            return
        known = conn.execute(
            "SELECT 1 FROM giveaway_entries WHERE giveaway_id=? AND entrant=?", (g.id, viewer_id)
        ).fetchone()
        if known is not None:
            return
        number = g.entry_count + 1
        entry = GiveawayEntry(
            giveaway_id=g.id,
            show_id=show_id,
            number=number,
            entrant=entrant,
            viewer_id=viewer_id,
            via=via,
            entered_at=self.ctx.now(),
            weight=max(1, self.weight_of(conn, show_id, viewer_id)),
        )
        conn.execute(
            "INSERT INTO giveaway_entries (giveaway_id, number, entrant, body) VALUES (?, ?, ?, ?)",
            (g.id, number, viewer_id, entry.model_dump_json()),
        )
        g = g.model_copy(update={"entry_count": number})
        conn.execute("UPDATE giveaways SET body=? WHERE id=?", (g.model_dump_json(), g.id))
        self.ctx.emit(conn, show_id, EventType.GIVEAWAY_ENTERED, entry)

    def on_comment(self, conn: sqlite3.Connection, comment: Comment) -> None:
        """A viewer's comment with the open giveaway's keyword enters them."""
        if comment.role != Role.VIEWER:
            return
        row = conn.execute(
            "SELECT body FROM giveaways WHERE show_id=? AND status='open'", (comment.show_id,)
        ).fetchone()
        if row is None:
            return
        keyword = _giveaway(row).keyword
        if keyword and matches_keyword(comment.text, keyword):
            account = comment.viewer_id or name_viewer_id(comment.author)
            self._enter(conn, comment.show_id, account, comment.author, GiveawayEntryVia.KEYWORD)

    def on_order(self, conn: sqlite3.Connection, order: Order) -> None:
        """A purchase enters its buyer in a purchase (or both) giveaway."""
        self._enter(
            conn, order.show_id, order.viewer_id, order.buyer_name, GiveawayEntryVia.PURCHASE
        )

    def draw(self, show_id: str, giveaway_id: str) -> Giveaway:
        """Draw now (before `closes_at`); a giveaway already drawn or cancelled is returned as
        it is. Raises `NotFound`."""
        return self._close(show_id, giveaway_id, GiveawayStatus.DRAWN)

    def cancel(self, show_id: str, giveaway_id: str) -> Giveaway:
        """Cancel without a winner (the seed is revealed all the same). Raises `NotFound`."""
        return self._close(show_id, giveaway_id, GiveawayStatus.CANCELLED)

    def _close(self, show_id: str, giveaway_id: str, status: GiveawayStatus) -> Giveaway:
        self.expire()
        with self.ctx.db.write() as conn:
            row = conn.execute(
                "SELECT * FROM giveaways WHERE id=? AND show_id=?", (giveaway_id, show_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no giveaway {giveaway_id!r} in this show.")
            if row["status"] != GiveawayStatus.OPEN:
                return _giveaway(row)
            giveaway = self._finish(conn, row, status)
        self.ctx.notify()
        return giveaway

    def _finish(
        self, conn: sqlite3.Connection, row: sqlite3.Row, status: GiveawayStatus
    ) -> Giveaway:
        """Inside the caller's write: reveal the seed and, for a draw, name the winner."""
        g = _giveaway(row)
        winner = winner_id = None
        if status == GiveawayStatus.DRAWN:
            entries = [
                GiveawayEntry.model_validate_json(r[0])
                for r in conn.execute(
                    "SELECT body FROM giveaway_entries WHERE giveaway_id=?", (g.id,)
                ).fetchall()
            ]
            accounts = {e.viewer_id or name_viewer_id(e.entrant): e for e in entries}
            winner_id = draw_winner(
                row["seed"], accounts, {a: e.weight for a, e in accounts.items()}
            )
            winner = accounts[winner_id].entrant if winner_id is not None else None
        g = g.model_copy(
            update={
                "status": status,
                "seed": row["seed"],
                "winner_name": winner,
                "winner_viewer_id": winner_id,
                "drawn_at": self.ctx.now(),
            }
        )
        conn.execute(
            "UPDATE giveaways SET status=?, body=? WHERE id=?",
            (status.value, g.model_dump_json(), g.id),
        )
        self.ctx.emit(conn, g.show_id, EventType.GIVEAWAY_ENDED, g)
        return g

    def end_for_show(self, conn: sqlite3.Connection, show_id: str) -> None:
        """Inside the caller's write, as the show ends: draw its open giveaway now."""
        for row in conn.execute(
            "SELECT * FROM giveaways WHERE show_id=? AND status='open'", (show_id,)
        ).fetchall():
            self._finish(conn, row, GiveawayStatus.DRAWN)

    def expire(self) -> int:
        """Draw every giveaway whose `closes_at` has passed; returns how many."""
        now_ts = self.ctx.clock()
        due = (
            self.ctx.db.read()
            .execute(
                "SELECT 1 FROM giveaways WHERE status='open' AND closes_ts<=? LIMIT 1", (now_ts,)
            )
            .fetchone()
        )
        if due is None:
            return 0
        with self.ctx.db.write() as conn:
            rows = conn.execute(
                "SELECT * FROM giveaways WHERE status='open' AND closes_ts<=?", (now_ts,)
            ).fetchall()
            for row in rows:
                self._finish(conn, row, GiveawayStatus.DRAWN)
        if rows:
            self.ctx.notify()
        return len(rows)
