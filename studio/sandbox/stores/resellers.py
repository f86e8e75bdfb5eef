"""Resellers: people sharing the show with a referral code; their orders are attributed to them."""

from __future__ import annotations

import sqlite3

from studio.platform.models import Reseller, ResellerCreate
from studio.sandbox.problems import Conflict, Invalid
from studio.sandbox.stores.base import Context, name_viewer_id, show_row


def default_code(name: str) -> str:
    """A referral code made from a name: its letters and digits, upper-case, 3-12 long."""
    code = "".join(c for c in name.upper() if c.isalnum())[:12] or "SHARE"
    if len(code) < 3:
        code = (code + "-SHARE")[:12]
    return code


class ResellerStore:
    """`resellers`: unique code per show, with orders and revenue (minor units) brought in,
    and the reseller's own account (`viewer_id`: self-referral is judged by it)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def create(self, show_id: str, req: ResellerCreate, share_base: str) -> Reseller:
        """Raises `Conflict` (409 code-taken) or `NotFound`."""
        code = req.code or default_code(req.name)
        viewer_id = req.viewer_id or name_viewer_id(req.name)
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            taken = conn.execute(
                "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, code)
            ).fetchone()
            if taken is not None:
                raise Conflict(f"The referral code {code!r} is taken.", slug="code-taken")
            conn.execute(
                "INSERT INTO resellers (show_id, code, name, orders_count, revenue_minor,"
                " viewer_id) VALUES (?, ?, ?, 0, 0, ?)",
                (show_id, code, req.name, viewer_id),
            )
        return Reseller(
            code=code,
            name=req.name,
            viewer_id=viewer_id,
            share_url=f"{share_base}?ref={code}",
            orders_count=0,
            revenue_minor=0,
        )

    def all(self, show_id: str, share_base: str) -> list[Reseller]:
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT r.*, coalesce(v.visits, 0) AS visits FROM resellers r"
                " LEFT JOIN referral_visits v ON v.show_id=r.show_id AND v.code=r.code"
                " WHERE r.show_id=? ORDER BY r.rowid_",
                (show_id,),
            )
            .fetchall()
        )
        return [
            Reseller(
                code=r["code"],
                name=r["name"],
                viewer_id=r["viewer_id"] or name_viewer_id(r["name"]),
                share_url=f"{share_base}?ref={r['code']}",
                orders_count=r["orders_count"],
                revenue_minor=r["revenue_minor"],
                visits=r["visits"],
            )
            for r in rows
        ]

    def codes(self, show_id: str) -> list[str]:
        rows = self.ctx.db.read().execute(
            "SELECT code FROM resellers WHERE show_id=? ORDER BY rowid_", (show_id,)
        )
        return [r[0] for r in rows]

    @staticmethod
    def require_code(conn: sqlite3.Connection, show_id: str, code: str) -> None:
        """Raises `Invalid` (422 on body.referral_code) for a code this show does not know."""
        known = conn.execute(
            "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, code)
        ).fetchone()
        if known is None:
            raise Invalid(
                f"Unknown referral code {code!r}.",
                errors=[{"loc": "body.referral_code", "message": "unknown referral code"}],
            )

    @staticmethod
    def credit(conn: sqlite3.Connection, show_id: str, code: str, amount_minor: int) -> None:
        """Inside the caller's write: attribute one order of `amount_minor` to `code`."""
        conn.execute(
            "UPDATE resellers SET orders_count=orders_count+1, revenue_minor=revenue_minor+?"
            " WHERE show_id=? AND code=?",
            (amount_minor, show_id, code),
        )
