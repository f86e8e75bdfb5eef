"""Stored results of writes, replayed for a retried Idempotency-Key (see `middleware`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from studio.sandbox.stores.base import Context

IDEMPOTENCY_TTL_S = 24 * 3600.0


@dataclass(frozen=True)
class StoredResult:
    """A write's first successful answer: `headers` is JSON of [name, value] pairs."""

    fingerprint: str
    status: int
    headers: str
    body: bytes
    created_ts: float


class IdempotencyStore:
    """`idempotency`: keyed by (caller scope, key); purged after `IDEMPOTENCY_TTL_S`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self, scope: str, key: str) -> StoredResult | None:
        row: sqlite3.Row | None = (
            self.ctx.db.read()
            .execute("SELECT * FROM idempotency WHERE scope=? AND key=?", (scope, key))
            .fetchone()
        )
        if row is None:
            return None
        return StoredResult(
            row["fingerprint"], row["status"], row["headers"], bytes(row["body"]), row["created_ts"]
        )

    def put(
        self, scope: str, key: str, fingerprint: str, status: int, headers: str, body: bytes
    ) -> None:
        """Keep a 2xx result, stamped with the platform clock."""
        with self.ctx.db.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)",
                (scope, key, fingerprint, status, headers, body, self.ctx.clock()),
            )

    def purge(self, older_than_s: float = IDEMPOTENCY_TTL_S) -> None:
        with self.ctx.db.write() as conn:
            conn.execute(
                "DELETE FROM idempotency WHERE created_ts < ?", (self.ctx.clock() - older_than_s,)
            )
