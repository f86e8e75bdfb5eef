"""Live auctions: the platform's clock ends them and the platform alone judges the bids.

One auction runs per show at a time. Starting one holds one unit of the product's stock until
it ends; a sold auction turns that unit into one order at the winning bid (placed in the same
transaction that ends the auction, which happens once: the status moves away from `active`
under the single writer), an unsold or cancelled one puts the unit back.

Every bid is judged inside one write transaction against the auction as committed (bids are
serialised by the database's single writer), so under a storm of simultaneous bids exactly
one leads at a time and `seq` numbers the accepted ones with no gap. The rules themselves are
`studio.show.auction` (`next_min_bid`, `extended_end`).

An auction past its end is settled by housekeeping (`expire`, called by the sandbox's
background thread and before reads and bids), so no bid is accepted at or after `ends_at`.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from studio.platform.models import (
    Auction,
    AuctionCreate,
    AuctionMode,
    AuctionStatus,
    Bid,
    EventType,
)
from studio.sandbox.problems import Conflict, NotFound
from studio.sandbox.stores.base import Context, new_id, show_row
from studio.sandbox.stores.catalog import product_row
from studio.sandbox.stores.orders import OrderStore
from studio.sandbox.stores.shows import live_show_row
from studio.show.auction import extended_end, next_min_bid

TABLES = (
    """CREATE TABLE IF NOT EXISTS auctions (
        rowid_ INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
        show_id TEXT NOT NULL, status TEXT NOT NULL, ends_ts REAL NOT NULL,
        scheduled_ends_ts REAL NOT NULL, reserve_minor INTEGER, leader_key TEXT,
        body TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS auctions_active ON auctions (status, ends_ts)",
    """CREATE TABLE IF NOT EXISTS auction_bids (
        auction_id TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
        PRIMARY KEY (auction_id, seq)
    )""",
)


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, UTC)


def _auction(row: sqlite3.Row) -> Auction:
    return Auction.model_validate_json(row["body"])


class AuctionStore:
    """`auctions` and `auction_bids`; a sold auction's order is written through `orders`."""

    def __init__(self, ctx: Context, orders: OrderStore) -> None:
        self.ctx = ctx
        self.orders = orders
        with ctx.db.write() as conn:
            for sql in TABLES:
                conn.execute(sql)

    # -- reading ---------------------------------------------------------------------------

    def all(self, show_id: str, status: AuctionStatus | None = None) -> list[Auction]:
        """The show's auctions in start order, optionally only those in `status`."""
        self.expire()
        sql, args = "SELECT body FROM auctions WHERE show_id=?", [show_id]
        if status is not None:
            sql += " AND status=?"
            args.append(status.value)
        rows = self.ctx.db.read().execute(sql + " ORDER BY rowid_", args).fetchall()
        return [_auction(r) for r in rows]

    def get(self, show_id: str, auction_id: str) -> Auction:
        """One auction; raises `NotFound`."""
        self.expire()
        row = (
            self.ctx.db.read()
            .execute("SELECT * FROM auctions WHERE id=? AND show_id=?", (auction_id, show_id))
            .fetchone()
        )
        if row is None:
            raise NotFound(f"There is no auction {auction_id!r} in this show.")
        return _auction(row)

    def with_reserve(self, auctions: list[Auction]) -> list[Auction]:
        """`auctions` with the reserve their host set (`reserve_minor`): for answers to the
        show's host and co-hosts only (the routers decide; events never carry it)."""
        if not auctions:
            return auctions
        marks = ",".join("?" * len(auctions))
        rows = self.ctx.db.read().execute(
            f"SELECT id, reserve_minor FROM auctions WHERE id IN ({marks})",
            [a.id for a in auctions],
        )
        reserve = {r["id"]: r["reserve_minor"] for r in rows}
        return [a.model_copy(update={"reserve_minor": reserve.get(a.id)}) for a in auctions]

    def bids(
        self, show_id: str, auction_id: str, after_seq: int, limit: int
    ) -> tuple[list[Bid], bool]:
        """Up to `limit` of the auction's bids with `seq > after_seq`, and whether more follow.
        Raises `NotFound`."""
        self.get(show_id, auction_id)
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT body FROM auction_bids WHERE auction_id=? AND seq>? ORDER BY seq LIMIT ?",
                (auction_id, after_seq, limit + 1),
            )
            .fetchall()
        )
        return [Bid.model_validate_json(r[0]) for r in rows[:limit]], len(rows) > limit

    # -- writing ---------------------------------------------------------------------------

    def create(self, show_id: str, req: AuctionCreate) -> Auction:
        """Start an auction; holds one unit of the product. Raises `Conflict` (show not live,
        an auction already running, out of stock) or `Invalid` (unknown product). A reserve at or
        below the starting bid is met by the first bid."""
        self.expire()
        now_ts = self.ctx.clock()
        ends_ts = now_ts + req.duration_s
        with self.ctx.db.write() as conn:
            live_show_row(conn, show_id)
            prow = product_row(conn, show_id, req.product_id, field="body.product_id")
            busy = conn.execute(
                "SELECT id FROM auctions WHERE show_id=? AND status='active'", (show_id,)
            ).fetchone()
            if busy is not None:
                raise Conflict(
                    f"An auction is already running in this show ({busy[0]}); end it first.",
                    slug="auction-running",
                )
            if prow["stock"] < 1:
                raise Conflict(
                    f"{prow['title']!r} is out of stock: there is nothing to auction.",
                    slug="out-of-stock",
                    title="Not enough stock",
                    stock=prow["stock"],
                )
            sudden = req.mode == AuctionMode.SUDDEN_DEATH
            auction = Auction(
                id=new_id("auc"),
                show_id=show_id,
                product_id=req.product_id,
                currency=prow["currency"],
                mode=req.mode,
                status=AuctionStatus.ACTIVE,
                starting_bid_minor=req.starting_bid_minor,
                increment_minor=req.increment_minor,
                increment_percent=req.increment_percent,
                extend_window_s=req.extend_window_s,
                max_extension_s=0 if sudden else req.max_extension_s,
                has_reserve=req.reserve_minor is not None,
                reserve_met=req.reserve_minor is None,
                starts_at=_dt(now_ts),
                scheduled_ends_at=_dt(ends_ts),
                ends_at=_dt(ends_ts),
                bid_count=0,
                next_min_bid_minor=req.starting_bid_minor,
            )
            conn.execute(
                "INSERT INTO auctions (id, show_id, status, ends_ts, scheduled_ends_ts,"
                " reserve_minor, body) VALUES (?, ?, 'active', ?, ?, ?, ?)",
                (
                    auction.id,
                    show_id,
                    ends_ts,
                    ends_ts,
                    req.reserve_minor,
                    auction.model_dump_json(),
                ),
            )
            conn.execute("UPDATE products SET stock=stock-1 WHERE id=?", (req.product_id,))
            self.ctx.emit(conn, show_id, EventType.AUCTION_STARTED, auction)
        self.ctx.notify()
        return auction

    def bid(
        self, show_id: str, auction_id: str, amount_minor: int, bidder: str, bidder_key: str
    ) -> Bid:
        """Judge one bid by `bidder` (display name; `bidder_key`: the bidder's account, which
        tells viewers apart and becomes the winner's order's `viewer_id`).

        Raises `NotFound`, `Conflict` with slug `auction-ended` (at or after `ends_at`, or no
        longer active), `bid-too-low` (with `next_min_bid_minor`), `already-leading` (the
        leader may not outbid themselves) or `show-not-live`.
        """
        now_ts = self.ctx.clock()
        ended = False
        with self.ctx.db.write() as conn:
            live_show_row(conn, show_id)
            row = conn.execute(
                "SELECT * FROM auctions WHERE id=? AND show_id=?", (auction_id, show_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no auction {auction_id!r} in this show.")
            if row["status"] == AuctionStatus.ACTIVE and now_ts >= row["ends_ts"]:
                self._settle(conn, row, cancel=False)  # committed below, then refused
                ended = True
            elif row["status"] != AuctionStatus.ACTIVE:
                ended = True
            else:
                bid = self._judge(conn, row, amount_minor, bidder, bidder_key, now_ts)
        self.ctx.notify()
        if ended:
            raise Conflict("This auction has ended; bids are closed.", slug="auction-ended")
        return bid

    def bid_many(
        self, show_id: str, auction_id: str, bids: list[tuple[int, str, str]]
    ) -> list[Bid]:
        """Judge a burst of (amount_minor, bidder, bidder_key) in one transaction, in order,
        as if they arrived back to back (the simulator's bid storms, the benchmark); refused
        ones are skipped. Returns the accepted bids. Raises `NotFound` or `Conflict` as `bid`
        does for the auction itself (ended, show not live)."""
        now_ts = self.ctx.clock()
        accepted: list[Bid] = []
        with self.ctx.db.write() as conn:
            live_show_row(conn, show_id)
            for amount, bidder, key in bids:
                row = conn.execute(
                    "SELECT * FROM auctions WHERE id=? AND show_id=?", (auction_id, show_id)
                ).fetchone()
                if row is None:
                    raise NotFound(f"There is no auction {auction_id!r} in this show.")
                if row["status"] != AuctionStatus.ACTIVE or now_ts >= row["ends_ts"]:
                    break  # settled by housekeeping; the rest of the burst is too late
                try:
                    conn.execute("SAVEPOINT b")
                    accepted.append(self._judge(conn, row, amount, bidder, key, now_ts))
                    conn.execute("RELEASE b")
                except Conflict:
                    conn.execute("ROLLBACK TO b")
                    conn.execute("RELEASE b")
        if accepted:
            self.ctx.notify()
        return accepted

    def _judge(
        self,
        conn: sqlite3.Connection,
        row: sqlite3.Row,
        amount_minor: int,
        bidder: str,
        bidder_key: str,
        now_ts: float,
    ) -> Bid:
        a = _auction(row)
        if row["leader_key"] == bidder_key:
            raise Conflict(
                "You already lead this auction; wait until someone outbids you.",
                slug="already-leading",
            )
        if amount_minor < a.next_min_bid_minor:
            raise Conflict(
                f"A bid must be at least {a.next_min_bid_minor} minor units now.",
                slug="bid-too-low",
                title="Bid too low",
                next_min_bid_minor=a.next_min_bid_minor,
            )
        ends_ts = extended_end(
            a.mode,
            row["ends_ts"],
            now_ts,
            a.extend_window_s,
            row["scheduled_ends_ts"],
            a.max_extension_s,
        )
        reserve = row["reserve_minor"]
        nxt = next_min_bid(
            amount_minor, a.starting_bid_minor, a.increment_minor, a.increment_percent
        )
        seq = a.bid_count + 1
        a = a.model_copy(
            update={
                "bid_count": seq,
                "current_bid_minor": amount_minor,
                "leading_bidder": bidder,
                "leading_viewer_id": bidder_key,
                "next_min_bid_minor": nxt,
                "ends_at": _dt(ends_ts),
                "reserve_met": reserve is None or amount_minor >= reserve,
            }
        )
        bid = Bid(
            id=new_id("bid"),
            auction_id=a.id,
            show_id=a.show_id,
            seq=seq,
            bidder_name=bidder,
            viewer_id=bidder_key,
            amount_minor=amount_minor,
            placed_at=_dt(now_ts),
            ends_at=a.ends_at,
            extended=ends_ts > row["ends_ts"],
            next_min_bid_minor=nxt,
            reserve_met=a.reserve_met,
        )
        conn.execute(
            "UPDATE auctions SET body=?, ends_ts=?, leader_key=? WHERE id=?",
            (a.model_dump_json(), ends_ts, bidder_key, a.id),
        )
        conn.execute(
            "INSERT INTO auction_bids (auction_id, seq, body) VALUES (?, ?, ?)",
            (a.id, seq, bid.model_dump_json()),
        )
        self.ctx.emit(conn, a.show_id, EventType.AUCTION_BID, bid)
        return bid

    def cancel(self, show_id: str, auction_id: str) -> Auction:
        """Cancel a running auction (no order; the held unit goes back). A finished one is
        returned as it is. Raises `NotFound`."""
        self.expire()
        with self.ctx.db.write() as conn:
            row = conn.execute(
                "SELECT * FROM auctions WHERE id=? AND show_id=?", (auction_id, show_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no auction {auction_id!r} in this show.")
            if row["status"] != AuctionStatus.ACTIVE:
                return _auction(row)
            auction = self._settle(conn, row, cancel=True)
        self.ctx.notify()
        return auction

    def _settle(self, conn: sqlite3.Connection, row: sqlite3.Row, *, cancel: bool) -> Auction:
        """Inside the caller's write: end an active auction once. Sold: one order at the
        winning bid for the leader; otherwise the held unit goes back to stock."""
        a = _auction(row)
        now = self.ctx.now()
        update: dict[str, object] = {"ended_at": now}
        if not cancel and a.bid_count > 0 and a.reserve_met and a.current_bid_minor:
            order = self.orders.award(
                conn,
                show_row(conn, a.show_id),
                a.product_id,
                a.current_bid_minor,
                a.leading_bidder or "?",
                a.leading_viewer_id or str(row["leader_key"]),
                a.id,
            )
            update |= {
                "status": AuctionStatus.SOLD,
                "winner_name": a.leading_bidder,
                "winner_viewer_id": order.viewer_id,
                "order_id": order.id,
            }
        else:
            status = AuctionStatus.CANCELLED if cancel else AuctionStatus.NOT_SOLD
            update["status"] = status
            conn.execute("UPDATE products SET stock=stock+1 WHERE id=?", (a.product_id,))
        a = a.model_copy(update=update)
        conn.execute(
            "UPDATE auctions SET status=?, body=? WHERE id=?",
            (a.status.value, a.model_dump_json(), a.id),
        )
        self.ctx.emit(conn, a.show_id, EventType.AUCTION_ENDED, a)
        return a

    def end_for_show(self, conn: sqlite3.Connection, show_id: str) -> None:
        """Inside the caller's write, as the show ends: settle its running auction now."""
        for row in conn.execute(
            "SELECT * FROM auctions WHERE show_id=? AND status='active'", (show_id,)
        ).fetchall():
            self._settle(conn, row, cancel=False)

    def expire(self) -> int:
        """Settle every auction whose end has passed; cheap when there is none. Returns how
        many were settled."""
        now_ts = self.ctx.clock()
        due = (
            self.ctx.db.read()
            .execute(
                "SELECT 1 FROM auctions WHERE status='active' AND ends_ts<=? LIMIT 1", (now_ts,)
            )
            .fetchone()
        )
        if due is None:
            return 0
        with self.ctx.db.write() as conn:
            rows = conn.execute(
                "SELECT * FROM auctions WHERE status='active' AND ends_ts<=?", (now_ts,)
            ).fetchall()
            for row in rows:
                self._settle(conn, row, cancel=False)
        if rows:
            self.ctx.notify()
        return len(rows)
