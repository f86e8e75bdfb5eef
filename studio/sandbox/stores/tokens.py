"""Bearer tokens: who is calling, with which role, bound to which show (only hashes are kept)."""

from __future__ import annotations

from dataclasses import dataclass

from studio.platform.models import Role
from studio.redact import register_secret
from studio.sandbox.stores.base import Context, name_viewer_id, token_hash


@dataclass(frozen=True)
class Principal:
    """Who is calling: resolved from a bearer token."""

    name: str
    role: Role
    show_id: str | None
    scope: str  # a hash of the token: idempotency keys and rate limits are per caller
    viewer_id: str | None = None  # a viewer token's account (docs/COMMUNITY.md)

    @property
    def account(self) -> str | None:
        """The viewer's account (a viewer token from before accounts: the one derived from
        its name); None for the show's team."""
        if self.role != Role.VIEWER:
            return None
        return self.viewer_id or name_viewer_id(self.name)


class TokenStore:
    """`tokens` table; a co-host's token is written by `CohostStore.create`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(
        self,
        token: str,
        name: str,
        role: Role,
        show_id: str | None,
        cohost_id: str | None = None,
        viewer_id: str | None = None,
    ) -> None:
        """Accept `token` from now on (it is registered for redaction first); `viewer_id`:
        the account a viewer token stands for."""
        register_secret(token)
        with self.ctx.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO tokens (token_hash, name, role, show_id, cohost_id,"
                " viewer_id) VALUES (?, ?, ?, ?, ?, ?)",
                (token_hash(token), name, role.value, show_id, cohost_id, viewer_id),
            )

    def known(self, scope: str) -> bool:
        """Whether the token with this hash (`Principal.scope`) is still accepted."""
        row = (
            self.ctx.db.read()
            .execute("SELECT 1 FROM tokens WHERE token_hash=?", (scope,))
            .fetchone()
        )
        return row is not None

    def principal(self, token: str) -> Principal | None:
        """The caller a token stands for, or None for an unknown token."""
        h = token_hash(token)
        row = self.ctx.db.read().execute("SELECT * FROM tokens WHERE token_hash=?", (h,)).fetchone()
        if row is None:
            return None
        return Principal(row["name"], Role(row["role"]), row["show_id"], h, row["viewer_id"])
