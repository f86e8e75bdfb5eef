"""Orders: stock, flash prices, referral attribution and loyalty points in one transaction.

`seq` is per show, starts at 1 and has no gaps (the client's cursor): it is taken from the
show's `next_seq` inside the same write that stores the order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from studio.platform.models import EventType, Order, OrderCreate, TimerStatus
from studio.sandbox.problems import ApiProblem, Conflict
from studio.sandbox.stores.base import Context, name_viewer_id, new_id, show_row
from studio.sandbox.stores.catalog import product_row
from studio.sandbox.stores.resellers import ResellerStore
from studio.sandbox.stores.shows import live_show_row, loyalty_multiplier
from studio.sandbox.stores.supporters import SupporterStore
from studio.sandbox.stores.timers import TimerStore
from studio.sandbox.stores.vouchers import redeem_claim


class OrderStore:
    """`orders`; credits `supporters` and `resellers` in the same transaction, and ends a
    flash sale whose product the order sold out (a sale of nothing left is a false claim)."""

    def __init__(
        self,
        ctx: Context,
        supporters: SupporterStore,
        resellers: ResellerStore,
        timers: TimerStore,
    ) -> None:
        self.ctx = ctx
        self.supporters = supporters
        self.resellers = resellers
        self.timers = timers
        # Called inside the write that stores each order (giveaway entries by purchase).
        self.on_order: list[Callable[[sqlite3.Connection, Order], None]] = []
        # The community's perks (member price, early access to a drop), inside the order's
        # write: (conn, show row, request, subtotal after vouchers) -> member discount.
        self.perks: Callable[[sqlite3.Connection, sqlite3.Row, OrderCreate, int], int] | None = None

    def _place(
        self, conn: sqlite3.Connection, show: sqlite3.Row, req: OrderCreate, mult: int
    ) -> Order:
        show_id = show["id"]
        prow = product_row(conn, show_id, req.product_id, field="body.product_id")
        if req.referral_code is not None:
            self.resellers.require_code(conn, show_id, req.referral_code)
        if prow["stock"] < req.quantity:
            raise Conflict(
                f"Only {prow['stock']} left of {prow['title']!r}.",
                slug="out-of-stock",
                title="Not enough stock",
                stock=prow["stock"],
            )
        flash = prow["flash_price_minor"] is not None
        unit = prow["flash_price_minor"] if flash else prow["price_minor"]
        order_id = new_id("ord")
        voucher_id, discount = None, 0
        if req.voucher_claim_id is not None:
            voucher_id, discount = redeem_claim(
                self.ctx, conn, show_id, req.voucher_claim_id, unit * req.quantity, order_id
            )
        subtotal = unit * req.quantity - discount
        member_off = self.perks(conn, show, req, subtotal) if self.perks else 0
        amount = subtotal - member_off
        order = Order(
            id=order_id,
            seq=show["next_seq"],
            show_id=show_id,
            product_id=req.product_id,
            quantity=req.quantity,
            unit_price_minor=unit,
            amount_minor=amount,
            currency=prow["currency"],
            flash=flash,
            buyer_name=req.buyer_name,
            viewer_id=req.viewer_id or name_viewer_id(req.buyer_name),
            referral_code=req.referral_code,
            points_earned=(amount // 100) * mult,
            stock_remaining=prow["stock"] - req.quantity,
            created_at=self.ctx.now(),
            voucher_id=voucher_id,
            discount_minor=discount,
            member_discount_minor=member_off,
        )
        self._write(conn, order)
        return order

    def _write(self, conn: sqlite3.Connection, order: Order) -> None:
        show_id = order.show_id
        conn.execute("UPDATE shows SET next_seq=? WHERE id=?", (order.seq + 1, show_id))
        conn.execute(
            "UPDATE products SET stock=? WHERE id=?", (order.stock_remaining, order.product_id)
        )
        conn.execute(
            "INSERT INTO orders (show_id, seq, id, body) VALUES (?, ?, ?, ?)",
            (show_id, order.seq, order.id, order.model_dump_json()),
        )
        if order.referral_code is not None:
            self.resellers.credit(conn, show_id, order.referral_code, order.amount_minor)
        self.ctx.emit(conn, show_id, EventType.ORDER_CREATED, order)
        for hook in self.on_order:
            hook(conn, order)
        self.supporters.credit(
            conn,
            show_id,
            order.viewer_id,
            order.buyer_name,
            order.points_earned,
            1,
            order.amount_minor,
        )
        if order.stock_remaining is not None and order.stock_remaining <= 0:
            sale = conn.execute(
                "SELECT id FROM timers WHERE show_id=? AND product_id=? AND status='active'",
                (show_id, order.product_id),
            ).fetchone()
            if sale is not None:
                self.timers.end_active(conn, show_id, TimerStatus.ENDED, timer_id=sale[0])

    def award(
        self,
        conn: sqlite3.Connection,
        show: sqlite3.Row,
        product_id: str,
        price_minor: int,
        buyer_name: str,
        viewer_id: str,
        auction_id: str,
    ) -> Order:
        """Inside the caller's write: the order for an auction's winner (`viewer_id`, shown
        as `buyer_name`), one unit at `price_minor`; the unit was taken from stock when the
        auction started."""
        prow = product_row(conn, show["id"], product_id)
        order = Order(
            id=new_id("ord"),
            seq=show["next_seq"],
            show_id=show["id"],
            product_id=product_id,
            quantity=1,
            unit_price_minor=price_minor,
            amount_minor=price_minor,
            currency=prow["currency"],
            flash=False,
            buyer_name=buyer_name,
            viewer_id=viewer_id,
            points_earned=(price_minor // 100) * loyalty_multiplier(conn, show),
            stock_remaining=prow["stock"],
            created_at=self.ctx.now(),
            auction_id=auction_id,
        )
        self._write(conn, order)
        return order

    def create(self, show_id: str, req: OrderCreate) -> Order:
        """Buy. Raises `Conflict` (show not live, out of stock), `Invalid` or `NotFound`."""
        with self.ctx.db.write() as conn:
            show = live_show_row(conn, show_id)
            order = self._place(conn, show, req, loyalty_multiplier(conn, show))
        self.ctx.notify()
        return order

    def create_many(self, show_id: str, reqs: Iterable[OrderCreate]) -> list[Order]:
        """Many orders in one transaction (the simulator's bursts); failing ones are skipped."""
        placed: list[Order] = []
        with self.ctx.db.write() as conn:
            show = live_show_row(conn, show_id)
            mult = loyalty_multiplier(conn, show)
            for req in reqs:
                show = show_row(conn, show_id)  # next_seq moved on
                try:
                    conn.execute("SAVEPOINT o")
                    placed.append(self._place(conn, show, req, mult))
                    conn.execute("RELEASE o")
                except ApiProblem:
                    conn.execute("ROLLBACK TO o")
                    conn.execute("RELEASE o")
        if placed:
            self.ctx.notify()
        return placed

    def after(self, show_id: str, after_seq: int, limit: int) -> tuple[list[Order], bool]:
        """Up to `limit` orders with `seq > after_seq`, and whether more follow."""
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT body FROM orders WHERE show_id=? AND seq>? ORDER BY seq LIMIT ?",
                (show_id, after_seq, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        return [Order.model_validate_json(r[0]) for r in rows[:limit]], more
