"""The show's rundown as the studio keeps it: the prepared steps, which are done, the next.

Pure and I/O-free. A step is data: its `kind` (pin, flash_sale, poll, voucher, ... as the
platform names them) and `body`, the step's fields as the platform's contract gives them (a
JSON object, kept as text so the value stays immutable). The platform runs a step; the studio
only shows the list, edits it and asks for the next step. Edits are intents (add, remove,
move) applied to whatever rundown is current when they reach the platform, so two hosts
editing at once both keep their change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

# The step kinds the studio can describe and prepare; the platform may know more.
KINDS = ("pin", "flash_sale", "poll", "voucher", "auction", "giveaway")


@dataclass(frozen=True, slots=True)
class RundownStep:
    """One step: `id` (the platform's), `kind`, `body` (JSON of the step's own fields, without
    id and done_at), `note` for the hosts, `done_at` (server UTC) once run or skipped."""

    id: str
    kind: str
    body: str = "{}"
    note: str = ""
    done_at: datetime | None = None

    @property
    def fields(self) -> dict[str, object]:
        """The step's own fields (a fresh dict each call)."""
        value = json.loads(self.body)
        return value if isinstance(value, dict) else {}

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class Rundown:
    """The steps in running order and the `version` edits are made against."""

    steps: tuple[RundownStep, ...] = ()
    version: int = 0
    updated_by: str | None = None

    @property
    def next_step(self) -> RundownStep | None:
        """The first step not done yet (None: finished, or empty)."""
        return next((s for s in self.steps if not s.done), None)

    @property
    def position(self) -> tuple[int, int]:
        """(steps done, steps in all), for '2 of 5'."""
        return sum(1 for s in self.steps if s.done), len(self.steps)


@dataclass(frozen=True)
class RundownEdit:
    """An edit intent: `op` add (`step`: the new step's wire JSON, before `before` or at the
    end), remove (`step_id`) or move (`step_id` before `before`, None: to the end)."""

    op: str
    step_id: str | None = None
    before: str | None = None
    step: dict[str, object] = field(default_factory=dict)


def apply_edit(steps: list[dict[str, object]], edit: RundownEdit) -> list[dict[str, object]]:
    """The wire steps after `edit` (steps are the contract's JSON, each with its `id`).

    An edit naming a step that is no longer there changes nothing (someone removed it first);
    an unknown `before` means the end. Raises ValueError for an unknown op.
    """
    out = [dict(s) for s in steps]
    ids = [s.get("id") for s in out]
    if edit.op == "add":
        new = dict(edit.step)
        at = ids.index(edit.before) if edit.before in ids else len(out)
        out.insert(at, new)
        return out
    if edit.op not in ("remove", "move"):
        raise ValueError(f"unknown rundown edit {edit.op!r}")
    if edit.step_id not in ids:
        return out
    moved = out.pop(ids.index(edit.step_id))
    if edit.op == "remove":
        return out
    ids = [s.get("id") for s in out]
    at = ids.index(edit.before) if edit.before in ids else len(out)
    out.insert(at, moved)
    return out
