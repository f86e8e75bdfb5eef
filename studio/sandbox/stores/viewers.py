"""The live viewer count and its peak (kept on the show's row)."""

from __future__ import annotations

from studio.platform.models import EventType, Viewers
from studio.sandbox.stores.base import Context, show_row


class ViewerStore:
    """`shows.viewers`, `viewers_peak`, `viewers_at`; a change announces `viewers.changed`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def get(self, show_id: str) -> Viewers:
        """Raises `NotFound`."""
        row = show_row(self.ctx.db.read(), show_id)
        return Viewers(
            show_id=show_id,
            count=row["viewers"],
            peak=row["viewers_peak"],
            updated_at=row["viewers_at"],
        )

    def set(self, show_id: str, count: int) -> Viewers:
        """Set the count (negative counts as 0); the same count changes and announces nothing."""
        count = max(0, count)
        with self.ctx.db.write() as conn:
            row = show_row(conn, show_id)
            if row["viewers"] == count:
                return self.get(show_id)
            peak = max(row["viewers_peak"], count)
            viewers = Viewers(show_id=show_id, count=count, peak=peak, updated_at=self.ctx.now())
            conn.execute(
                "UPDATE shows SET viewers=?, viewers_peak=?, viewers_at=? WHERE id=?",
                (count, peak, viewers.updated_at.isoformat(), show_id),
            )
            self.ctx.emit(conn, show_id, EventType.VIEWERS_CHANGED, viewers)
        self.ctx.notify()
        return viewers
