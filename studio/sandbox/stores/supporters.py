"""Supporters and their loyalty points, earned by buying and (viewers) commenting."""

from __future__ import annotations

import sqlite3

from studio.platform.models import EventType, Supporter
from studio.sandbox.stores.base import Context, cut_page, decode_cursor, new_id


class SupporterStore:
    """`supporters`: one row per viewer account per show (the latest display name shown);
    the first credit announces them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def page(
        self, show_id: str, cursor: str | None, limit: int
    ) -> tuple[list[Supporter], str | None]:
        """A page of supporters in order of first appearance, and the next cursor."""
        after = decode_cursor(cursor)
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT * FROM supporters WHERE show_id=? AND rowid_>? ORDER BY rowid_ LIMIT ?",
                (show_id, after, limit + 1),
            )
            .fetchall()
        )
        rows, nxt = cut_page(rows, limit)
        items = [
            Supporter(
                id=r["id"],
                display_name=r["display_name"],
                viewer_id=r["viewer_id"],
                points=r["points"],
                orders_count=r["orders_count"],
                spent_minor=r["spent_minor"],
                first_seen_at=r["first_seen_at"],
            )
            for r in rows
        ]
        return items, nxt

    def credit(
        self,
        conn: sqlite3.Connection,
        show_id: str,
        viewer_id: str,
        name: str,
        points: int,
        orders: int = 0,
        spent: int = 0,
    ) -> None:
        """Inside the caller's write: add points, orders and spend (minor units) to the
        account `viewer_id` (now called `name`), creating the supporter (and announcing
        `supporter.joined`) on first sight."""
        cur = conn.execute(
            "UPDATE supporters SET points=points+?, orders_count=orders_count+?,"
            " spent_minor=spent_minor+?, display_name=? WHERE show_id=? AND viewer_id=?",
            (points, orders, spent, name, show_id, viewer_id),
        )
        if cur.rowcount:
            return
        sup = Supporter(
            id=new_id("sup"),
            display_name=name,
            viewer_id=viewer_id,
            points=points,
            orders_count=orders,
            spent_minor=spent,
            first_seen_at=self.ctx.now(),
        )
        conn.execute(
            "INSERT INTO supporters (id, show_id, display_name, points, orders_count,"
            " spent_minor, first_seen_at, viewer_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                sup.id,
                show_id,
                name,
                points,
                orders,
                spent,
                sup.first_seen_at.isoformat(),
                viewer_id,
            ),
        )
        self.ctx.emit(conn, show_id, EventType.SUPPORTER_JOINED, sup)
