"""What the engagement panel shows (issue 20): the rundown, the latest poll and the vouchers,
as the show's typed events fold them, and the commands behind its buttons and hotkey.

A small QObject (friture's view-model style): `changed(state)` after each batch of events on
the GUI thread; commands go to the same sync commands the CLI and the remote control use and
return at once (the outbox sends them). A refusal before sending (`StudioError`: an empty
question, no step left, no show) is said through `refused(message, hint)`, never raised into
Qt; the platform's own refusals arrive as the show model's `ChangeFailed`, which the main
window already reports.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from studio.app import Studio
from studio.errors import StudioError, UsageError
from studio.platform.outbox import JsonObject
from studio.platform.sync import PlatformSync
from studio.show import events as ev
from studio.show.reduce import apply
from studio.show.state import ShowState
from studio.ui.feed_bridge import ShowEventBatches
from studio.ui.i18n import tr

log = logging.getLogger(__name__)
T = TypeVar("T")

WATCHED: tuple[type[ev.ShowEvent], ...] = (
    ev.ShowAttached,
    ev.ShowLoaded,
    ev.CatalogChanged,
    ev.ClockChanged,
    ev.VoucherChanged,
    ev.PollChanged,
    ev.RundownChanged,
)


class EngagementViewModel(QObject):
    """The rundown, poll and vouchers of the attached show (GUI thread)."""

    changed = Signal(object)  # ShowState | None
    refused = Signal(str, str)  # message, hint

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.state: ShowState | None = None
        self._batches = ShowEventBatches(studio.show_feed, WATCHED, self._drain, self)

    def _drain(self, batch: list[ev.ShowEvent]) -> None:
        for event in batch:
            self.state = apply(self.state, event)
        self.changed.emit(self.state)

    def close(self) -> None:
        self._batches.close()

    # -- commands (GUI thread) ---------------------------------------------------------------
    def _sync(self) -> PlatformSync:
        sync = self.studio.sync
        if sync is None:
            raise UsageError(
                tr("No platform show is connected."),
                tr("Connect your shop in Settings, or sign in as a co-host."),
            )
        return sync

    def _run(self, fn: Callable[[PlatformSync], T]) -> T | None:
        try:
            return fn(self._sync())
        except StudioError as exc:
            log.info("refused: %s", exc)
            self.refused.emit(exc.message, exc.hint)
            return None

    def rundown_next(self, skip: bool = False) -> int | None:
        """Run (or skip) the next step of the rundown: the one-key Next step."""
        return self._run(lambda s: s.rundown_next(skip=skip))

    def rundown_add(self, kind: str, fields: JsonObject, note: str = "") -> int | None:
        return self._run(lambda s: s.rundown_add(kind, fields, note))

    def rundown_remove(self, step_id: str) -> None:
        self._run(lambda s: s.rundown_remove(step_id))

    def rundown_move(self, step_id: str, before: str | None) -> None:
        self._run(lambda s: s.rundown_move(step_id, before))

    def start_poll(self, question: str, options: list[str], seconds: int | None) -> int | None:
        return self._run(lambda s: s.start_poll(question, options, seconds))

    def close_poll(self) -> None:
        self._run(lambda s: s.close_poll())

    def voucher_fields(
        self, code: str, kind: str, value: str, claim_limit: int, seconds: int
    ) -> JsonObject | None:
        """The contract's voucher JSON for the form's values (None: refused, said)."""

        def build(s: PlatformSync) -> JsonObject:
            return s.voucher_body(
                code,
                claim_limit=claim_limit,
                seconds=seconds,
                **_value(kind, value),
            )

        return self._run(build)

    def start_voucher(
        self, code: str, kind: str, value: str, claim_limit: int, seconds: int
    ) -> int | None:
        return self._run(
            lambda s: s.start_voucher(
                code, claim_limit=claim_limit, seconds=seconds, **_value(kind, value)
            )
        )

    def show_voucher(self, voucher_id: str, on_screen: bool) -> None:
        self._run(lambda s: s.show_voucher(voucher_id, on_screen))

    def end_voucher(self, voucher_id: str) -> None:
        self._run(lambda s: s.end_voucher(voucher_id))


def _value(kind: str, value: str) -> JsonObject:
    """percent_off (a whole number) or amount_off (exact Decimal) from the form's text."""
    text = value.strip()
    if kind == "percent":
        if not text.isdigit():
            raise UsageError(tr("A percentage is a whole number."), tr("Type 10 for 10 % off."))
        return {"percent_off": int(text)}
    try:
        return {"amount_off": Decimal(text.replace(",", "."))}
    except ArithmeticError:
        raise UsageError(tr("{v!r} is not an amount.").format(v=text), tr("Type 5.00.")) from None
