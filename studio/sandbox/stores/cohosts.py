"""Co-hosts: invited by the host, each with a bearer token of role `cohost` bound to the show."""

from __future__ import annotations

from studio.platform.models import Cohost, CohostCreated, Role
from studio.sandbox.stores.base import Context, new_id, new_token, show_row, token_hash


class CohostStore:
    """`cohosts`, and their rows in `tokens`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def create(self, show_id: str, name: str) -> CohostCreated:
        """Invite a co-host; the token is in the result only. Raises `NotFound`."""
        token = new_token("st_cohost")
        cohost = Cohost(
            id=new_id("coh"),
            show_id=show_id,
            name=name,
            role=Role.COHOST,
            created_at=self.ctx.now(),
        )
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            conn.execute(
                "INSERT INTO cohosts (id, show_id, name, created_at) VALUES (?, ?, ?, ?)",
                (cohost.id, show_id, name, cohost.created_at.isoformat()),
            )
            conn.execute(
                "INSERT INTO tokens VALUES (?, ?, ?, ?, ?)",
                (token_hash(token), name, Role.COHOST.value, show_id, cohost.id),
            )
        return CohostCreated(cohost=cohost, token=token)

    def all(self, show_id: str) -> list[Cohost]:
        rows = (
            self.ctx.db.read()
            .execute("SELECT * FROM cohosts WHERE show_id=? ORDER BY rowid_", (show_id,))
            .fetchall()
        )
        return [
            Cohost(
                id=r["id"],
                show_id=r["show_id"],
                name=r["name"],
                role=Role.COHOST,
                created_at=r["created_at"],
            )
            for r in rows
        ]
