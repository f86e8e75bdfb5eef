"""Reseller mode (issue 21): a 2b show, its commission rate, invites resellers join with,
visits of referral links, and each reseller's commission statement.

An invite code is a secret: only its hash is kept (like tokens), it is shown once, and it is
used once (the join that uses it writes the reseller and marks the invite in one transaction).
The statement is read from the orders themselves (one attribution per order: the order's own
`referral_code`) and the reversals, so it always agrees with `resellers.revenue_minor`.
"""

from __future__ import annotations

import sqlite3

from studio.platform.models import (
    CommissionStatement,
    EventType,
    Order,
    Reseller,
    ResellerInvite,
    ResellerInviteCreate,
    ResellerJoin,
    ResellerJoined,
    ResellerProgram,
    StatementLine,
)
from studio.sandbox.problems import Conflict, NotFound
from studio.sandbox.stores.base import (
    Context,
    name_viewer_id,
    new_id,
    new_token,
    show_row,
    token_hash,
)
from studio.sandbox.stores.materials import MaterialStore
from studio.sandbox.stores.resellers import ResellerStore, default_code

SCHEMA = """
CREATE TABLE IF NOT EXISTS reseller_programs (show_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reseller_invites (
    id TEXT PRIMARY KEY, show_id TEXT NOT NULL, name TEXT NOT NULL, code_hash TEXT UNIQUE NOT NULL,
    used_code TEXT
);
CREATE TABLE IF NOT EXISTS referral_visits (
    show_id TEXT NOT NULL, code TEXT NOT NULL, visits INTEGER NOT NULL,
    PRIMARY KEY (show_id, code)
)
"""


def page_link(page_base: str, code: str, key: str) -> str:
    """A reseller's materials page: the code and key in the fragment, which browsers never send
    to the server (so the key stays out of request lines and logs)."""
    return f"{page_base}#code={code}&key={key}"


class ResellerProgramStore:
    """`reseller_programs`, `reseller_invites`, `referral_visits`."""

    def __init__(self, ctx: Context, resellers: ResellerStore, materials: MaterialStore) -> None:
        self.ctx = ctx
        self.resellers = resellers
        self.materials = materials
        with ctx.db.write() as conn:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)

    @staticmethod
    def program_of(conn: sqlite3.Connection, show_id: str) -> ResellerProgram:
        row = conn.execute(
            "SELECT body FROM reseller_programs WHERE show_id=?", (show_id,)
        ).fetchone()
        return ResellerProgram() if row is None else ResellerProgram.model_validate_json(row[0])

    def program(self, show_id: str) -> ResellerProgram:
        """Raises `NotFound`."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        return self.program_of(conn, show_id)

    def set_program(self, show_id: str, program: ResellerProgram) -> ResellerProgram:
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            conn.execute(
                "INSERT OR REPLACE INTO reseller_programs VALUES (?, ?)",
                (show_id, program.model_dump_json()),
            )
        return program

    def invite(self, show_id: str, req: ResellerInviteCreate, join_base: str) -> ResellerInvite:
        """An invite for a 2b show; raises `Conflict` (409 not-reseller-show) otherwise."""
        secret = new_token("rsi")
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            if not self.program_of(conn, show_id).two_b:
                raise Conflict(
                    "This show is not a reseller (2b) show; turn reseller mode on first.",
                    slug="not-reseller-show",
                )
            invite_id = new_id("rsi")
            conn.execute(
                "INSERT INTO reseller_invites VALUES (?, ?, ?, ?, NULL)",
                (invite_id, show_id, req.name, token_hash(secret)),
            )
        return ResellerInvite(
            id=invite_id,
            show_id=show_id,
            name=req.name,
            invite_code=secret,
            join_url=f"{join_base}?invite={secret}",
        )

    def join(
        self, show_id: str, req: ResellerJoin, share_base: str, page_base: str
    ) -> ResellerJoined:
        """Use an invite: the reseller is created under the invited name with `code` (or
        one made from the name) and the joining account `viewer_id` (or the one derived
        from the invited name), and given an access key for their materials (its page at
        `page_base` + `#code=...&key=...`). Raises `NotFound` (unknown invite), `Conflict`
        (409 invite-used, code-taken)."""
        with self.ctx.db.write() as conn:
            row = conn.execute(
                "SELECT * FROM reseller_invites WHERE code_hash=? AND show_id=?",
                (token_hash(req.invite_code), show_id),
            ).fetchone()
            if row is None:
                raise NotFound("This invite is not one of this show's.")
            if row["used_code"] is not None:
                raise Conflict("This invite was used already.", slug="invite-used")
            code = req.code or default_code(row["name"])
            if conn.execute(
                "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, code)
            ).fetchone():
                raise Conflict(f"The referral code {code!r} is taken.", slug="code-taken")
            viewer_id = req.viewer_id or name_viewer_id(row["name"])
            conn.execute(
                "INSERT INTO resellers (show_id, code, name, orders_count, revenue_minor,"
                " viewer_id) VALUES (?, ?, ?, 0, 0, ?)",
                (show_id, code, row["name"], viewer_id),
            )
            conn.execute("UPDATE reseller_invites SET used_code=? WHERE id=?", (code, row["id"]))
            reseller = Reseller(
                code=code,
                name=row["name"],
                viewer_id=viewer_id,
                share_url=f"{share_base}?ref={code}",
                orders_count=0,
                revenue_minor=0,
            )
            key = self.materials.issue_key(conn, show_id, code)
            self.ctx.emit(conn, show_id, EventType.RESELLER_JOINED, reseller)  # never the key
        self.ctx.notify()
        return ResellerJoined(
            **reseller.model_dump(), access_key=key, page_url=page_link(page_base, code, key)
        )

    def visit(self, show_id: str, code: str) -> None:
        """Count one visit of `code`'s referral link. Raises `NotFound` for an unknown code."""
        with self.ctx.db.write() as conn:
            if not conn.execute(
                "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, code)
            ).fetchone():
                raise NotFound(f"There is no referral code {code!r} in this show.")
            conn.execute(
                "INSERT INTO referral_visits VALUES (?, ?, 1) ON CONFLICT (show_id, code)"
                " DO UPDATE SET visits=visits+1",
                (show_id, code),
            )

    def statement(self, show_id: str, code: str) -> CommissionStatement:
        """Every order carrying `code`, whether reversed, and what stays attributed.
        Raises `NotFound`."""
        conn = self.ctx.db.read()
        show = show_row(conn, show_id)
        row = conn.execute(
            "SELECT name, revenue_minor FROM resellers WHERE show_id=? AND code=?",
            (show_id, code),
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no referral code {code!r} in this show.")
        reversed_ids = {
            r[0]
            for r in conn.execute(
                "SELECT order_id FROM order_reversals WHERE show_id=?", (show_id,)
            )
        }
        lines = []
        for (body,) in conn.execute(
            "SELECT body FROM orders WHERE show_id=?"
            " AND json_extract(body, '$.referral_code')=? ORDER BY seq",
            (show_id, code),
        ):
            o = Order.model_validate_json(body)
            lines.append(
                StatementLine(
                    order_id=o.id,
                    seq=o.seq,
                    created_at=o.created_at,
                    buyer_name=o.buyer_name,
                    viewer_id=o.viewer_id,
                    product_id=o.product_id,
                    amount_minor=o.amount_minor,
                    reversed=o.id in reversed_ids,
                )
            )
        return CommissionStatement(
            code=code,
            name=row["name"],
            show_id=show_id,
            currency=show["currency"],
            commission_bp=self.program_of(conn, show_id).commission_bp,
            lines=lines,
            attributed_minor=sum(ln.amount_minor for ln in lines if not ln.reversed),
        )
