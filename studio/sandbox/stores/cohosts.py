"""Co-hosts: invited by the host, each with a bearer token bound to the show.

An invite's role is `cohost` (runs the show) or `moderator` (a co-host who also moderates the
chat). The token is handed out once, alone and inside the invite link; the platform keeps only
its hash. Revoking an invite deletes the token: its next call is refused (401) and its open
event streams end.
"""

from __future__ import annotations

import sqlite3

from studio.platform.models import Cohost, CohostCreated, Role
from studio.sandbox.problems import NotFound
from studio.sandbox.stores.base import Context, new_id, new_token, show_row, token_hash


def _cohost(row: sqlite3.Row) -> Cohost:
    return Cohost(
        id=row["id"],
        show_id=row["show_id"],
        name=row["name"],
        role=Role(row["role"] or Role.COHOST),
        created_at=row["created_at"],
    )


_SELECT = (
    "SELECT c.*, (SELECT t.role FROM tokens t WHERE t.cohost_id = c.id LIMIT 1) AS role"
    " FROM cohosts c"
)


class CohostStore:
    """`cohosts`, and their rows in `tokens`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def create(
        self, show_id: str, name: str, role: Role = Role.COHOST, api_url: str = ""
    ) -> CohostCreated:
        """Invite a co-host with `role`; the token is in the result only (and in its
        `invite_url`, `<api_url>?invite=<token>`). Raises `NotFound`."""
        token = new_token("st_cohost")
        cohost = Cohost(
            id=new_id("coh"),
            show_id=show_id,
            name=name,
            role=role,
            created_at=self.ctx.now(),
        )
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            conn.execute(
                "INSERT INTO cohosts (id, show_id, name, created_at) VALUES (?, ?, ?, ?)",
                (cohost.id, show_id, name, cohost.created_at.isoformat()),
            )
            conn.execute(
                "INSERT INTO tokens (token_hash, name, role, show_id, cohost_id)"
                " VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), name, role.value, show_id, cohost.id),
            )
        return CohostCreated(cohost=cohost, token=token, invite_url=f"{api_url}?invite={token}")

    def all(self, show_id: str) -> list[Cohost]:
        """The show's co-hosts whose invites stand, oldest first."""
        rows = (
            self.ctx.db.read()
            .execute(f"{_SELECT} WHERE c.show_id=? ORDER BY c.rowid_", (show_id,))
            .fetchall()
        )
        return [_cohost(r) for r in rows]

    def revoke(self, show_id: str, cohost_id: str) -> Cohost:
        """Withdraw an invite: the co-host's token stops working at once. Raises `NotFound`."""
        with self.ctx.db.write() as conn:
            row = conn.execute(
                f"{_SELECT} WHERE c.show_id=? AND c.id=?", (show_id, cohost_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no co-host {cohost_id!r} in this show.")
            conn.execute("DELETE FROM tokens WHERE cohost_id=?", (cohost_id,))
            conn.execute("DELETE FROM cohosts WHERE id=?", (cohost_id,))
        self.ctx.notify()  # open event streams wake, see the token gone and end
        return _cohost(row)
