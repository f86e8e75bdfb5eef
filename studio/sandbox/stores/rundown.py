"""The rundown: a show's prepared sequence of steps, shared by the host and co-hosts.

One rundown per show, versioned like the queue (`version` is the ETag; an edit made against
an older one gets 412 with the current rundown). Stepping (`advance`) runs the next step on the
platform itself, through the same store operation its own endpoint uses (pin, flash sale,
poll, voucher), then marks it done; a lock per sandbox makes "run the next step" one act, so
two hosts pressing Next at once run two different steps, never one twice (`step_id` lets a
client say which step it saw as next: 409 `rundown-moved` otherwise).

A step kind is data: `runners` maps each `RundownStepKind` to a function of (show id, step,
caller); a new kind is a model in the contract's `RundownStep` union and one entry here (the
auction and giveaway runners are added by `Store`, which owns those stores).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter

from studio.platform.models import (
    AuctionStep,
    EventType,
    FlashSaleStep,
    PinStep,
    Rundown,
    RundownAdvance,
    RundownStep,
    RundownStepKind,
    TimerCreate,
)
from studio.sandbox.problems import Conflict, StaleVersion
from studio.sandbox.stores.base import Context, new_id, require_not_ended, show_row
from studio.sandbox.stores.catalog import product_row
from studio.sandbox.stores.pins import PinStore
from studio.sandbox.stores.polls import PollStore
from studio.sandbox.stores.timers import TimerStore
from studio.sandbox.stores.vouchers import VoucherStore

_STEPS: TypeAdapter[list[RundownStep]] = TypeAdapter(list[RundownStep])

Runner = Callable[[str, Any, str], object]
"""Runs one step: (show id, the step model of its kind, the caller's name) -> the resource it
made. The step is typed Any because each runner reads its own kind's fields."""


class RundownStore:
    """`rundowns`: one row per show (created empty on first read)."""

    def __init__(
        self,
        ctx: Context,
        pins: PinStore,
        timers: TimerStore,
        polls: PollStore,
        vouchers: VoucherStore,
    ) -> None:
        self.ctx = ctx
        self._step_lock = threading.Lock()
        self.runners: dict[RundownStepKind, Runner] = {
            RundownStepKind.PIN: lambda sid, step, by: pins.set(sid, step.product_id, by),
            RundownStepKind.FLASH_SALE: lambda sid, step, by: timers.create(
                sid,
                TimerCreate(
                    product_id=step.product_id,
                    flash_price_minor=step.flash_price_minor,
                    duration_s=step.duration_s,
                ),
            ),
            RundownStepKind.POLL: lambda sid, step, by: polls.create(sid, step.poll),
            RundownStepKind.VOUCHER: lambda sid, step, by: vouchers.create(sid, step.voucher),
        }

    def _read(self, conn: sqlite3.Connection, show_id: str) -> Rundown:
        row = conn.execute("SELECT * FROM rundowns WHERE show_id=?", (show_id,)).fetchone()
        if row is None:
            show_row(conn, show_id)  # NotFound for an unknown show
            return Rundown(show_id=show_id, steps=[], version=0)
        return Rundown(
            show_id=show_id,
            steps=_STEPS.validate_json(row["steps"]),
            version=row["version"],
            updated_by=row["updated_by"],
            updated_at=row["updated_at"],
        )

    def get(self, show_id: str) -> Rundown:
        """The show's rundown (empty, version 0, before the first edit). Raises `NotFound`."""
        return self._read(self.ctx.db.read(), show_id)

    def _write(self, conn: sqlite3.Connection, rundown: Rundown, by: str) -> Rundown:
        new = rundown.model_copy(
            update={"version": rundown.version + 1, "updated_by": by, "updated_at": self.ctx.now()}
        )
        conn.execute(
            "INSERT INTO rundowns (show_id, steps, version, updated_by, updated_at) VALUES"
            " (?, ?, ?, ?, ?) ON CONFLICT (show_id) DO UPDATE SET steps=excluded.steps,"
            " version=excluded.version, updated_by=excluded.updated_by,"
            " updated_at=excluded.updated_at",
            (
                new.show_id,
                _STEPS.dump_json(new.steps).decode(),
                new.version,
                by,
                new.updated_at.isoformat() if new.updated_at else None,
            ),
        )
        self.ctx.emit(conn, new.show_id, EventType.RUNDOWN_CHANGED, new)
        return new

    def put(
        self, show_id: str, steps: list[RundownStep], by: str, if_version: int | None
    ) -> Rundown:
        """Replace the steps; known ids keep their `done_at`, new ones get an id.

        Raises `StaleVersion` (412), `Invalid` (unknown product), `Conflict` (show ended,
        a repeated step id) or `NotFound`.
        """
        with self.ctx.db.write() as conn:
            require_not_ended(show_row(conn, show_id))
            current = self._read(conn, show_id)
            if if_version is not None and current.version != if_version:
                raise StaleVersion(
                    f"The rundown is at version {current.version}, not {if_version}.",
                    current=current.model_dump(mode="json"),
                    headers={"ETag": f'"{current.version}"'},
                )
            done = {s.id: s.done_at for s in current.steps}
            seen: set[str] = set()
            kept: list[RundownStep] = []
            for i, step in enumerate(steps):
                if isinstance(step, PinStep | FlashSaleStep):
                    product_row(conn, show_id, step.product_id, field=f"body.steps.{i}.product_id")
                if isinstance(step, AuctionStep):
                    where = f"body.steps.{i}.auction.product_id"
                    product_row(conn, show_id, step.auction.product_id, field=where)
                sid = step.id or new_id("stp")
                if sid in seen:
                    raise Conflict(f"Step id {sid!r} appears twice.", slug="repeated-step")
                seen.add(sid)
                kept.append(step.model_copy(update={"id": sid, "done_at": done.get(sid)}))
            rundown = self._write(conn, current.model_copy(update={"steps": kept}), by)
        self.ctx.notify()
        return rundown

    def advance(self, show_id: str, req: RundownAdvance, by: str) -> Rundown:
        """Run the next step (or skip it) and mark it done.

        Raises `Conflict` `rundown-finished` (no step left), `rundown-moved` (`step_id` is not
        the next step any more), or whatever the step's own operation raises (then nothing is
        marked done: fix the step or skip it).
        """
        with self._step_lock:
            current = self.get(show_id)
            step = next((s for s in current.steps if s.done_at is None), None)
            if step is None:
                raise Conflict("Every step of the rundown is done.", slug="rundown-finished")
            if req.step_id is not None and req.step_id != step.id:
                raise Conflict(
                    f"The next step is now {step.id!r}: someone stepped first.",
                    slug="rundown-moved",
                    current=current.model_dump(mode="json"),
                )
            if not req.skip:
                self.runners[step.kind](show_id, step, by)
            with self.ctx.db.write() as conn:
                latest = self._read(conn, show_id)
                now = self.ctx.now()
                steps = [
                    s.model_copy(update={"done_at": now}) if s.id == step.id else s
                    for s in latest.steps
                ]
                rundown = self._write(conn, latest.model_copy(update={"steps": steps}), by)
        self.ctx.notify()
        return rundown
