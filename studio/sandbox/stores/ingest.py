"""Ingest health: what the ingest sees arriving for a show; silence for 10 s means offline."""

from __future__ import annotations

from datetime import datetime

from studio.platform.models import EventType, IngestHealth, IngestReport, IngestState
from studio.sandbox.stores.base import Context, show_row

INGEST_STALE_S = 10.0
DEGRADED_FPS = 15
DEGRADED_KBPS = 300


def offline(show_id: str, reported_at: datetime | None) -> IngestHealth:
    """Health of a show nothing arrives for (`reported_at`: the last report, if any)."""
    return IngestHealth(
        show_id=show_id,
        state=IngestState.OFFLINE,
        video_arriving=False,
        audio_arriving=False,
        bitrate_kbps=0.0,
        fps=0.0,
        reported_at=reported_at,
    )


def moved(a: IngestHealth, b: IngestHealth) -> bool:
    """Worth announcing: another state or size, ±2 fps, or more than 20 % bitrate change."""
    if a.state != b.state or (a.width, a.height) != (b.width, b.height):
        return True
    if abs(a.fps - b.fps) >= 2:
        return True
    base = max(a.bitrate_kbps, 1.0)
    return abs(a.bitrate_kbps - b.bitrate_kbps) / base > 0.2


def state_of(report: IngestReport) -> IngestState:
    if not report.video_arriving:
        return IngestState.OFFLINE
    if report.fps < DEGRADED_FPS or report.bitrate_kbps < DEGRADED_KBPS:
        return IngestState.DEGRADED
    return IngestState.RECEIVING


class IngestStore:
    """`ingest`: the last report per show, as the contract's `IngestHealth` JSON."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _stale(self, health: IngestHealth) -> bool:
        if health.reported_at is None:
            return True
        return self.ctx.clock() - health.reported_at.timestamp() > INGEST_STALE_S

    def get(self, show_id: str) -> IngestHealth:
        """The last report, or offline when there is none or it is stale. Raises `NotFound`."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        row = conn.execute("SELECT body FROM ingest WHERE show_id=?", (show_id,)).fetchone()
        if row is None:
            return offline(show_id, None)
        health = IngestHealth.model_validate_json(row[0])
        if health.state != IngestState.OFFLINE and self._stale(health):
            return offline(show_id, health.reported_at)
        return health

    def report(self, show_id: str, report: IngestReport) -> IngestHealth:
        """Record what the ingest saw; announce it when the state or the figures moved."""
        health = IngestHealth(
            show_id=show_id,
            state=state_of(report),
            reported_at=self.ctx.now(),
            **report.model_dump(),
        )
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            row = conn.execute("SELECT body FROM ingest WHERE show_id=?", (show_id,)).fetchone()
            before = IngestHealth.model_validate_json(row[0]) if row else None
            conn.execute(
                "INSERT OR REPLACE INTO ingest VALUES (?, ?)", (show_id, health.model_dump_json())
            )
            if before is None or moved(before, health) or self._stale(before):
                self.ctx.emit(conn, show_id, EventType.INGEST_CHANGED, health)
        self.ctx.notify()
        return health

    def expire(self) -> int:
        """Announce `offline` for shows whose ingest stopped reporting; returns how many."""
        rows = self.ctx.db.read().execute("SELECT show_id, body FROM ingest").fetchall()
        stale = [
            (r[0], h)
            for r in rows
            if (h := IngestHealth.model_validate_json(r[1])).state != IngestState.OFFLINE
            and self._stale(h)
        ]
        if not stale:
            return 0
        with self.ctx.db.write() as conn:
            for show_id, h in stale:
                off = offline(show_id, h.reported_at)
                conn.execute(
                    "INSERT OR REPLACE INTO ingest VALUES (?, ?)", (show_id, off.model_dump_json())
                )
                self.ctx.emit(conn, show_id, EventType.INGEST_CHANGED, off)
        self.ctx.notify()
        return len(stale)
