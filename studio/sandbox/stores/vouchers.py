"""Vouchers: a discount viewers claim while it runs, counted and capped by the platform alone.

A claim is granted inside one write transaction that reads the count, checks it against the
limit and adds one (`Database.write` serialises writers with BEGIN IMMEDIATE), so no burst of
claims, from however many clients, can take the count past `claim_limit`. One claim per
viewer (the caller's token); an order redeems one claim, once (`redeem_claim`, called inside
the order's own transaction), so discounted orders never outnumber the limit either.
Every change announces the whole voucher (`voucher.changed`): absolute counts, never deltas,
so a client that missed events is right again on its next one.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from studio.platform.models import (
    EventType,
    Voucher,
    VoucherClaim,
    VoucherCreate,
    VoucherKind,
    VoucherStatus,
)
from studio.sandbox.problems import Conflict, Invalid, NotFound
from studio.sandbox.stores.base import Context, new_id, require_not_ended, show_row
from studio.show.vouchers import discount_minor


def voucher_from_row(row: sqlite3.Row) -> Voucher:
    return Voucher(
        id=row["id"],
        show_id=row["show_id"],
        code=row["code"],
        kind=VoucherKind(row["kind"]),
        percent_off=row["percent_off"],
        amount_off_minor=row["amount_off_minor"],
        currency=row["currency"],
        claim_limit=row["claim_limit"],
        claims=row["claims"],
        redeemed=row["redeemed"],
        expires_at=row["expires_at"],
        status=VoucherStatus(row["status"]),
        on_screen=bool(row["on_screen"]),
        created_at=row["created_at"],
    )


def _claim_from_row(row: sqlite3.Row) -> VoucherClaim:
    return VoucherClaim(
        id=row["id"],
        voucher_id=row["voucher_id"],
        show_id=row["show_id"],
        claimant=row["claimant"],
        viewer_id=row["viewer_id"],
        claimed_at=row["claimed_at"],
        redeemed_order_id=row["order_id"],
    )


def _voucher_row(conn: sqlite3.Connection, show_id: str, voucher_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM vouchers WHERE id=? AND show_id=?", (voucher_id, show_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no voucher {voucher_id!r} in this show.")
    return row


def _emit(ctx: Context, conn: sqlite3.Connection, voucher_id: str) -> Voucher:
    row = conn.execute("SELECT * FROM vouchers WHERE id=?", (voucher_id,)).fetchone()
    voucher = voucher_from_row(row)
    ctx.emit(conn, voucher.show_id, EventType.VOUCHER_CHANGED, voucher)
    return voucher


def _require_running(row: sqlite3.Row, now_ts: float) -> None:
    if row["status"] != VoucherStatus.ACTIVE or row["expires_ts"] <= now_ts:
        raise Conflict(f"Voucher {row['code']} is no longer running.", slug="voucher-not-active")


def redeem_claim(
    ctx: Context,
    conn: sqlite3.Connection,
    show_id: str,
    claim_id: str,
    subtotal_minor: int,
    order_id: str,
) -> tuple[str, int]:
    """Inside an order's write: redeem `claim_id` for `order_id`; returns (voucher id, discount
    in minor units). Raises `Invalid` (unknown claim), `Conflict` (claim used, voucher over)."""
    claim = conn.execute(
        "SELECT * FROM voucher_claims WHERE id=? AND show_id=?", (claim_id, show_id)
    ).fetchone()
    if claim is None:
        raise Invalid(
            "There is no such voucher claim in this show; claim the voucher first.",
            errors=[{"loc": "body.voucher_claim_id", "message": "unknown claim"}],
        )
    if claim["order_id"] is not None:
        raise Conflict("This voucher claim was already used.", slug="voucher-claim-used")
    row = _voucher_row(conn, show_id, claim["voucher_id"])
    _require_running(row, ctx.clock())
    discount = discount_minor(
        subtotal_minor, percent_off=row["percent_off"], amount_off_minor=row["amount_off_minor"]
    )
    conn.execute("UPDATE voucher_claims SET order_id=? WHERE id=?", (order_id, claim_id))
    conn.execute("UPDATE vouchers SET redeemed=redeemed+1 WHERE id=?", (row["id"],))
    _emit(ctx, conn, row["id"])
    return row["id"], discount


class VoucherStore:
    """`vouchers` and `voucher_claims`; `expire()` ends those past `expires_at`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def all(self, show_id: str, status: VoucherStatus | None = None) -> list[Voucher]:
        """The show's vouchers, oldest first, optionally only those with `status`."""
        self.expire()
        sql, args = "SELECT * FROM vouchers WHERE show_id=?", [show_id]
        if status is not None:
            sql += " AND status=?"
            args.append(status.value)
        rows = self.ctx.db.read().execute(sql + " ORDER BY rowid_", args).fetchall()
        return [voucher_from_row(r) for r in rows]

    def create(self, show_id: str, req: VoucherCreate) -> Voucher:
        """Start a voucher (on screen unless asked not to; it takes the others off).

        Raises `Conflict` (show ended, code already used in this show) or `NotFound`.
        """
        now_ts = self.ctx.clock()
        with self.ctx.db.write() as conn:
            show = show_row(conn, show_id)
            require_not_ended(show)
            taken = conn.execute(
                "SELECT id FROM vouchers WHERE show_id=? AND code=?", (show_id, req.code)
            ).fetchone()
            if taken is not None:
                raise Conflict(
                    f"This show already has a voucher {req.code}; pick another code.",
                    slug="voucher-code-taken",
                )
            vid = new_id("vch")
            if req.on_screen:
                self._off_screen(conn, show_id)
            expires_ts = now_ts + req.duration_s
            conn.execute(
                "INSERT INTO vouchers (id, show_id, code, kind, percent_off, amount_off_minor,"
                " currency, claim_limit, claims, redeemed, expires_at, expires_ts, status,"
                " on_screen, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, 'active',"
                " ?, ?)",
                (
                    vid,
                    show_id,
                    req.code,
                    req.kind.value,
                    req.percent_off,
                    req.amount_off_minor,
                    show["currency"],
                    req.claim_limit,
                    datetime.fromtimestamp(expires_ts, UTC).isoformat(),
                    expires_ts,
                    int(req.on_screen),
                    datetime.fromtimestamp(now_ts, UTC).isoformat(),
                ),
            )
            voucher = _emit(self.ctx, conn, vid)
        self.ctx.notify()
        return voucher

    def _off_screen(self, conn: sqlite3.Connection, show_id: str) -> None:
        rows = conn.execute(
            "SELECT id FROM vouchers WHERE show_id=? AND on_screen=1", (show_id,)
        ).fetchall()
        for row in rows:
            conn.execute("UPDATE vouchers SET on_screen=0 WHERE id=?", (row["id"],))
            _emit(self.ctx, conn, row["id"])

    def set_on_screen(self, show_id: str, voucher_id: str, on_screen: bool) -> Voucher:
        """Put a running voucher on screen (taking any other off) or take it off.

        Raises `NotFound`, or `Conflict` when putting an ended voucher on screen.
        """
        self.expire()
        with self.ctx.db.write() as conn:
            row = _voucher_row(conn, show_id, voucher_id)
            if bool(row["on_screen"]) == on_screen:
                return voucher_from_row(row)
            if on_screen:
                _require_running(row, self.ctx.clock())
                self._off_screen(conn, show_id)
            conn.execute("UPDATE vouchers SET on_screen=? WHERE id=?", (int(on_screen), row["id"]))
            voucher = _emit(self.ctx, conn, row["id"])
        self.ctx.notify()
        return voucher

    def end(self, show_id: str, voucher_id: str) -> Voucher:
        """End a voucher now (no more claims or redemptions; off screen). Raises `NotFound`;
        an ended voucher is returned as it is."""
        with self.ctx.db.write() as conn:
            row = _voucher_row(conn, show_id, voucher_id)
            if row["status"] != VoucherStatus.ACTIVE:
                return voucher_from_row(row)
            self.end_active(conn, VoucherStatus.ENDED, voucher_id=voucher_id)
            voucher = voucher_from_row(_voucher_row(conn, show_id, voucher_id))
        self.ctx.notify()
        return voucher

    def end_active(
        self,
        conn: sqlite3.Connection,
        status: VoucherStatus,
        *,
        show_id: str | None = None,
        voucher_id: str | None = None,
        due_ts: float | None = None,
    ) -> int:
        """Inside the caller's write: end running vouchers (of a show, one, or those due by
        `due_ts`) with `status`, off screen; returns how many."""
        sql, args = "SELECT id FROM vouchers WHERE status='active'", list[str | float]()
        for column, value in (("show_id=?", show_id), ("id=?", voucher_id)):
            if value is not None:
                sql += f" AND {column}"
                args.append(value)
        if due_ts is not None:
            sql += " AND expires_ts<=?"
            args.append(due_ts)
        rows = conn.execute(sql, args).fetchall()
        for row in rows:
            conn.execute(
                "UPDATE vouchers SET status=?, on_screen=0 WHERE id=?", (status.value, row["id"])
            )
            _emit(self.ctx, conn, row["id"])
        return len(rows)

    def end_for_show(self, conn: sqlite3.Connection, show_id: str) -> None:
        """Inside the caller's write, as the show ends: end its running vouchers."""
        self.end_active(conn, VoucherStatus.ENDED, show_id=show_id)

    def expire(self) -> int:
        """End every voucher past `expires_at`; cheap when there is nothing to do."""
        now_ts = self.ctx.clock()
        due = (
            self.ctx.db.read()
            .execute(
                "SELECT 1 FROM vouchers WHERE status='active' AND expires_ts<=? LIMIT 1", (now_ts,)
            )
            .fetchone()
        )
        if due is None:
            return 0
        with self.ctx.db.write() as conn:
            n = self.end_active(conn, VoucherStatus.EXPIRED, due_ts=now_ts)
        if n:
            self.ctx.notify()
        return n

    def claim(
        self,
        show_id: str,
        voucher_id: str,
        claimant_key: str,
        claimant: str,
        viewer_id: str | None = None,
    ) -> VoucherClaim:
        """Grant `claimant` (display name; `claimant_key` identifies the caller: the viewer's
        account `viewer_id`, or a host token's hash) one claim.

        Raises `NotFound`, `Conflict` `voucher-not-active` (expired or ended),
        `voucher-exhausted` (the limit is reached) or `already-claimed` (one per viewer).
        """
        self.expire()
        with self.ctx.db.write() as conn:
            claim = self._grant(conn, show_id, voucher_id, claimant_key, claimant, viewer_id)
        self.ctx.notify()
        return claim

    def _grant(
        self,
        conn: sqlite3.Connection,
        show_id: str,
        voucher_id: str,
        claimant_key: str,
        claimant: str,
        viewer_id: str | None = None,
    ) -> VoucherClaim:
        row = _voucher_row(conn, show_id, voucher_id)
        _require_running(row, self.ctx.clock())
        mine = conn.execute(
            "SELECT id FROM voucher_claims WHERE voucher_id=? AND claimant_key=?",
            (voucher_id, claimant_key),
        ).fetchone()
        if mine is not None:
            raise Conflict(
                "You already claimed this voucher.", slug="already-claimed", claim_id=mine["id"]
            )
        if row["claims"] >= row["claim_limit"]:
            raise Conflict(
                f"All {row['claim_limit']} vouchers {row['code']} are taken.",
                slug="voucher-exhausted",
            )
        claim = VoucherClaim(
            id=new_id("clm"),
            voucher_id=voucher_id,
            show_id=show_id,
            claimant=claimant,
            viewer_id=viewer_id,
            claimed_at=self.ctx.now(),
        )
        conn.execute(
            "INSERT INTO voucher_claims (id, voucher_id, show_id, claimant_key, claimant,"
            " claimed_at, viewer_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                claim.id,
                voucher_id,
                show_id,
                claimant_key,
                claimant,
                claim.claimed_at.isoformat(),
                viewer_id,
            ),
        )
        conn.execute("UPDATE vouchers SET claims=claims+1 WHERE id=?", (voucher_id,))
        _emit(self.ctx, conn, voucher_id)
        return claim

    def claim_many(
        self, show_id: str, voucher_id: str, claimants: list[tuple[str, str]]
    ) -> list[VoucherClaim]:
        """The simulator's burst: (account, name) pairs in one transaction; refused ones
        skipped."""
        granted: list[VoucherClaim] = []
        self.expire()
        with self.ctx.db.write() as conn:
            for key, name in claimants:
                try:
                    granted.append(self._grant(conn, show_id, voucher_id, key, name, key))
                except (Conflict, NotFound):
                    continue
        if granted:
            self.ctx.notify()
        return granted

    def claims(self, show_id: str, voucher_id: str) -> list[VoucherClaim]:
        """Every claim of a voucher, oldest first. Raises `NotFound`."""
        conn = self.ctx.db.read()
        _voucher_row(conn, show_id, voucher_id)
        rows = conn.execute(
            "SELECT * FROM voucher_claims WHERE voucher_id=? ORDER BY rowid_", (voucher_id,)
        ).fetchall()
        return [_claim_from_row(r) for r in rows]
