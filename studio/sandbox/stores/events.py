"""The event log: every change a show went through, in commit order, for streams and polls."""

from __future__ import annotations

import json

from studio.platform.models import Event, EventType
from studio.sandbox.stores.base import Context


def _z(iso: str) -> str:
    """Match pydantic's UTC rendering (`Z`) for events served without a model round-trip."""
    return iso[:-6] + "Z" if iso.endswith("+00:00") else iso


class EventLog:
    """`events`: ids grow monotonically across shows (SQLite AUTOINCREMENT)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def after(self, show_id: str, after_id: int, limit: int) -> tuple[list[Event], bool]:
        """Up to `limit` of the show's events with `id > after_id`, and whether more follow."""
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT * FROM events WHERE show_id=? AND id>? ORDER BY id LIMIT ?",
                (show_id, after_id, limit + 1),
            )
            .fetchall()
        )
        more = len(rows) > limit
        return [
            Event(
                id=r["id"],
                type=EventType(r["type"]),
                show_id=r["show_id"],
                at=r["at"],
                data=json.loads(r["data"]),
            )
            for r in rows[:limit]
        ], more

    def raw_after(self, show_id: str, after_id: int, limit: int) -> list[tuple[int, str, str]]:
        """(id, type, JSON of the Event) without a pydantic round-trip: the SSE hot path."""
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT id, type, at, data FROM events WHERE show_id=? AND id>? ORDER BY id"
                " LIMIT ?",
                (show_id, after_id, limit),
            )
            .fetchall()
        )
        out = []
        for eid, etype, at, data in rows:
            body = (
                f'{{"id":{eid},"type":"{etype}","show_id":{json.dumps(show_id)},'
                f'"at":"{_z(at)}","data":{data}}}'
            )
            out.append((eid, etype, body))
        return out

    def last_id(self, show_id: str) -> int:
        """The show's newest event id (0 before any)."""
        row = (
            self.ctx.db.read()
            .execute("SELECT MAX(id) FROM events WHERE show_id=?", (show_id,))
            .fetchone()
        )
        return int(row[0] or 0)
