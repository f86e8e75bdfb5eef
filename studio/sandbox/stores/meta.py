"""The sandbox's own key-value notes (what seeding created), outside the contract."""

from __future__ import annotations

from studio.sandbox.stores.base import Context


class MetaStore:
    """`meta` table: string keys to string values."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self, key: str) -> str | None:
        row = self.ctx.db.read().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set(self, key: str, value: str) -> None:
        with self.ctx.db.write() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
