"""Vouchers, polls and the rundown in the sync (issue 20): REST calls, commands, the outbox's
senders, the snapshot's reads and the live events.

`EngagementSync` is mixed into `PlatformSync`, so the window, the CLI and the control API use
one set of commands::

    sync.start_voucher("AUTUMN10", percent_off=10, claim_limit=100, seconds=300)
    sync.start_voucher("FIVE", amount_off=Decimal("5"), claim_limit=50, seconds=120)
    sync.show_voucher(voucher_id, on_screen=False); sync.end_voucher(voucher_id)
    sync.start_poll("Tea or coffee?", ["Tea", "Coffee"], seconds=60); sync.close_poll()
    sync.rundown_add("pin", {"product_id": "prd_chai"}); sync.rundown_remove(step_id)
    sync.rundown_move(step_id, before=None); sync.rundown_next()

Each command checks its input (raising `UsageError` with a hint before anything is queued),
writes one outbox entry and returns its id at once; the outbox thread sends it exactly once
(a POST under the entry's Idempotency-Key; a rundown edit is prepared once and replayed with
the same key after a crash, and merged onto a newer rundown on 412). The model shows what the
platform confirmed: vouchers and polls carry absolute counts, so a restarted or reconnected
studio shows the same claims and votes as the platform, none twice and none lost.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from pydantic import TypeAdapter

from studio import i18n
from studio.errors import UsageError
from studio.platform import convert
from studio.platform import models as m
from studio.platform.client import PlatformClient
from studio.platform.errors import PlatformError, StaleVersion
from studio.platform.outbox import JsonObject, OutboxEntry
from studio.show.model import ShowModel
from studio.show.money import format_money, from_minor, minor_units, to_minor
from studio.show.polls import Poll
from studio.show.rundown import KINDS, Rundown, RundownEdit, apply_edit
from studio.show.vouchers import Voucher

if TYPE_CHECKING:
    from studio.platform.outbox import Outbox

log = logging.getLogger(__name__)

_VOUCHERS: TypeAdapter[list[m.Voucher]] = TypeAdapter(list[m.Voucher])
_POLLS: TypeAdapter[list[m.Poll]] = TypeAdapter(list[m.Poll])
_STEP: TypeAdapter[m.RundownStep] = TypeAdapter(m.RundownStep)

MAX_RUNDOWN_MERGES = 25
CODE = re.compile(r"^[A-Z0-9-]{3,20}$")  # the contract's VoucherCreate.code
T = TypeVar("T")


# -- REST calls -------------------------------------------------------------------------------


def vouchers(client: PlatformClient, show_id: str) -> list[m.Voucher]:
    """GET /shows/{id}/vouchers: every voucher of the show, oldest first."""
    return client.get(f"/shows/{show_id}/vouchers", _VOUCHERS.validate_python)


def polls(client: PlatformClient, show_id: str) -> list[m.Poll]:
    """GET /shows/{id}/polls: every poll of the show, oldest first."""
    return client.get(f"/shows/{show_id}/polls", _POLLS.validate_python)


def rundown(client: PlatformClient, show_id: str) -> m.Rundown:
    """GET /shows/{id}/rundown."""
    return client.get(f"/shows/{show_id}/rundown", m.Rundown.model_validate)


def load(client: PlatformClient, show_id: str) -> tuple[tuple[Voucher, ...], Poll | None, Rundown]:
    """What a snapshot holds of vouchers, the latest poll and the rundown. A platform on an
    older contract (404) or a role that may not read the rundown (403) gives empty ones."""

    def optional(read: Callable[[], T], default: T) -> T:
        try:
            return read()
        except PlatformError as exc:
            if exc.status in (403, 404):
                return default
            raise

    no_vouchers: list[m.Voucher] = []
    no_polls: list[m.Poll] = []
    vs = optional(lambda: vouchers(client, show_id), no_vouchers)
    ps = optional(lambda: polls(client, show_id), no_polls)
    rd = optional(lambda: rundown(client, show_id), m.Rundown(show_id=show_id, steps=[], version=0))
    latest = convert.poll(ps[-1]) if ps else None
    return tuple(convert.voucher(v) for v in vs), latest, convert.rundown(rd)


def apply_event(model: ShowModel, e: m.Event) -> bool:
    """Fold a live event of this module's kinds into `model`; False for other kinds."""
    if e.type == m.EventType.VOUCHER_CHANGED:
        model.set_voucher(convert.voucher(m.Voucher.model_validate(e.data)))
    elif e.type == m.EventType.POLL_CHANGED:
        model.set_poll(convert.poll(m.Poll.model_validate(e.data)))
    elif e.type == m.EventType.RUNDOWN_CHANGED:
        model.set_rundown(convert.rundown(m.Rundown.model_validate(e.data)))
    else:
        return False
    return True


# -- commands and senders --------------------------------------------------------------------


class EngagementSync:
    """Commands and outbox senders for vouchers, polls and the rundown (mixed into
    `PlatformSync`, whose client, model, outbox and `_add` they use)."""

    if TYPE_CHECKING:
        client: PlatformClient
        show_id: str
        model: ShowModel
        outbox: Outbox

        def _add(self, kind: str, payload: JsonObject, description: str) -> int: ...

    # -- vouchers

    def start_voucher(
        self,
        code: str,
        *,
        claim_limit: int,
        seconds: int,
        percent_off: int | None = None,
        amount_off: Decimal | str | int | None = None,
        on_screen: bool = True,
    ) -> int:
        """Start a voucher: `percent_off` (1-90) or `amount_off` (major units of the show's
        currency) off one order, at most `claim_limit` claims, for `seconds` (10 s - 24 h).
        Raises `UsageError` for anything the platform would refuse."""
        body = self.voucher_body(
            code,
            claim_limit=claim_limit,
            seconds=seconds,
            percent_off=percent_off,
            amount_off=amount_off,
            on_screen=on_screen,
        )
        return self._add("voucher.start", body, f"Voucher {body['code']}")

    def voucher_body(
        self,
        code: str,
        *,
        claim_limit: int,
        seconds: int,
        percent_off: int | None = None,
        amount_off: Decimal | str | int | None = None,
        on_screen: bool = True,
    ) -> JsonObject:
        """The contract's `VoucherCreate` JSON for these values; raises `UsageError`."""
        code = code.strip().upper()
        if not CODE.match(code):
            raise UsageError(
                i18n._("{code!r} cannot be a voucher code.").format(code=code),
                i18n._("Use 3-20 letters, digits or dashes."),
            )
        if (percent_off is None) == (amount_off is None):
            raise UsageError(
                i18n._("A voucher takes a percent off or an amount off."), i18n._("Give one.")
            )
        if not 1 <= int(claim_limit) <= 100_000:
            raise UsageError(
                i18n._("A voucher allows 1 to 100,000 claims."), i18n._("Pick a claim limit.")
            )
        if not 10 <= int(seconds) <= 86_400:
            raise UsageError(
                i18n._("A voucher runs 10 seconds to 24 hours."), i18n._("Pick a duration.")
            )
        body: JsonObject = {
            "code": code,
            "claim_limit": int(claim_limit),
            "duration_s": int(seconds),
            "on_screen": on_screen,
        }
        if percent_off is not None:
            if not 1 <= int(percent_off) <= 90:
                raise UsageError(
                    i18n._("A voucher takes 1 to 90 % off."), i18n._("Pick a percentage.")
                )
            return body | {"kind": "percent", "percent_off": int(percent_off)}
        currency = self.model.state.show.currency if self.model.state.show else "USD"
        try:
            minor = to_minor(amount_off or 0, currency)
        except (ValueError, ArithmeticError):
            raise UsageError(
                i18n._("{amount_off!r} is not an amount.").format(amount_off=amount_off),
                i18n._("Give it like 5.00."),
            ) from None
        if minor < 1:
            raise UsageError(
                i18n._("A voucher must take something off."), i18n._("Give an amount like 5.00.")
            )
        prices = [
            round(p.price.scaleb(minor_units(currency)))
            for p in self.model.state.catalog
            if p.price is not None and p.currency.upper() == currency.upper()
        ]  # (the dearest price to compare with, not an amount to send: rounding is harmless)
        if prices and minor >= max(prices):
            raise UsageError(
                i18n._(
                    "{amount} off is at least what the dearest product costs ({price}): "
                    "orders would be free."
                ).format(
                    amount=format_money(from_minor(minor, currency), currency),
                    price=format_money(from_minor(max(prices), currency), currency),
                ),
                i18n._("Take off less, or use a percentage (up to 90 %)."),
            )
        return body | {"kind": "amount", "amount_off_minor": minor}

    def _voucher(self, voucher_id: str) -> Voucher:
        v = next((x for x in self.model.state.vouchers if x.id == voucher_id), None)
        if v is None:
            raise UsageError(
                i18n._("That voucher is not in this show."), i18n._("Pick one from the list.")
            )
        return v

    def show_voucher(self, voucher_id: str, on_screen: bool = True) -> int:
        """Put a voucher's card on air (taking any other off), or take it off."""
        v = self._voucher(voucher_id)
        what = "Show" if on_screen else "Hide"
        return self._add(
            "voucher.screen",
            {"voucher_id": v.id, "on_screen": on_screen},
            f"{what} voucher {v.code}",
        )

    def end_voucher(self, voucher_id: str) -> int:
        """End a voucher now: no more claims or redemptions."""
        v = self._voucher(voucher_id)
        return self._add("voucher.end", {"voucher_id": v.id}, f"End voucher {v.code}")

    def _send_voucher(self, e: OutboxEntry) -> JsonObject:
        sid, p = self.show_id, e.payload
        if e.kind == "voucher.start":
            v = self.client.call(
                "POST",
                f"/shows/{sid}/vouchers",
                m.Voucher.model_validate,
                json_body=p,
                idempotency_key=e.key,
            )
        elif e.kind == "voucher.screen":
            v = self.client.call(
                "PUT" if p["on_screen"] else "DELETE",
                f"/shows/{sid}/vouchers/{p['voucher_id']}/on-screen",
                m.Voucher.model_validate,
                idempotency_key=e.key,
            )
        else:
            v = self.client.call(
                "DELETE",
                f"/shows/{sid}/vouchers/{p['voucher_id']}",
                m.Voucher.model_validate,
                idempotency_key=e.key,
            )
        self.model.set_voucher(convert.voucher(v))
        return {"voucher_id": v.id, "status": v.status.value}

    # -- polls

    def start_poll(self, question: str, options: list[str], seconds: int | None = None) -> int:
        """Open a poll of 2-4 distinct options (open until closed, or for `seconds`, 10 s to
        1 h). Raises `UsageError` (also while another poll is open)."""
        question = " ".join(question.split())
        opts = [" ".join(o.split()) for o in options if o.strip()]
        if not question or len(question) > 120:
            raise UsageError(
                i18n._("A poll needs a question of up to 120 characters."), i18n._("Type one.")
            )
        if not 2 <= len(opts) <= 4 or any(len(o) > 40 for o in opts):
            raise UsageError(
                i18n._("A poll has 2 to 4 options of up to 40 characters."), i18n._("Fix them.")
            )
        if len(set(opts)) != len(opts):
            raise UsageError(
                i18n._("Two options of the poll are the same."), i18n._("Make each one differ.")
            )
        if seconds is not None and not 10 <= int(seconds) <= 3600:
            raise UsageError(
                i18n._("A poll runs 10 seconds to 1 hour."), i18n._("Pick a duration.")
            )
        current = self.model.state.poll
        if current is not None and current.open:
            raise UsageError(
                i18n._("A poll is already open."), i18n._("Close it first to show its result.")
            )
        body: JsonObject = {"question": question, "options": opts}
        if seconds is not None:
            body["duration_s"] = int(seconds)
        return self._add("poll.start", body, f"Poll “{question[:40]}”")

    def close_poll(self) -> int:
        """Close the open poll: its result goes on air. Raises `UsageError` when none is."""
        current = self.model.state.poll
        if current is None or not current.open:
            raise UsageError(i18n._("No poll is open."), i18n._("Start one first."))
        return self._add("poll.close", {"poll_id": current.id}, "Close the poll")

    def _send_poll(self, e: OutboxEntry) -> JsonObject:
        sid = self.show_id
        if e.kind == "poll.start":
            path, body = f"/shows/{sid}/polls", e.payload
        else:
            path, body = f"/shows/{sid}/polls/{e.payload['poll_id']}/close", None
        poll = self.client.call(
            "POST", path, m.Poll.model_validate, json_body=body, idempotency_key=e.key
        )
        self.model.set_poll(convert.poll(poll))
        return {"poll_id": poll.id, "status": poll.status.value}

    # -- rundown

    def rundown_add(
        self, kind: str, fields: JsonObject, note: str = "", before: str | None = None
    ) -> int:
        """Add a step (`kind` one of pin, flash_sale, poll, voucher; `fields` its contract
        fields) before step `before` (None: at the end). Raises `UsageError` for a step the
        contract would refuse."""
        if kind not in KINDS:
            raise UsageError(
                i18n._("{kind!r} is not a rundown step.").format(kind=kind),
                i18n._("Use one of {join}.").format(join=", ".join(KINDS)),
            )
        step = {"kind": kind, "note": note[:200], **fields}
        try:
            _STEP.validate_python(step)
        except ValueError as exc:
            raise UsageError(
                i18n._("That {kind} step is not complete: {exc}").format(kind=kind, exc=exc),
                i18n._("Fill it in."),
            ) from None
        edit = {"op": "add", "step": step, "before": before}
        return self._add("rundown.edit", edit, f"Rundown: add a {kind.replace('_', ' ')} step")

    def rundown_remove(self, step_id: str) -> int:
        """Take a step out of the rundown."""
        return self._add("rundown.edit", {"op": "remove", "step_id": step_id}, "Rundown: remove")

    def rundown_move(self, step_id: str, before: str | None) -> int:
        """Move a step before `before` (None: to the end)."""
        edit = {"op": "move", "step_id": step_id, "before": before}
        return self._add("rundown.edit", edit, "Rundown: move a step")

    def rundown_next(self, skip: bool = False) -> int:
        """Run the next step of the rundown on the platform (or skip it). Raises `UsageError`
        when every step is done. If someone else stepped first, the platform refuses this
        one (the step is never run twice) and `ChangeFailed` says so."""
        step = self.model.state.rundown.next_step
        if step is None:
            raise UsageError(
                i18n._("Every step of the rundown is done."), i18n._("Add a step first.")
            )
        if any(
            e.kind == "rundown.advance" and e.payload.get("step_id") == step.id
            for e in self.outbox.pending()
        ):  # a second press (or a bouncing key) before the platform ran the first
            raise UsageError(
                i18n._("That rundown step is already on its way to the platform."),
                i18n._("It runs in a moment; press Next step again once it is ticked."),
            )
        what = "Skip" if skip else "Run"
        return self._add(
            "rundown.advance",
            {"step_id": step.id, "skip": skip},
            f"{what} rundown step: {step.kind.replace('_', ' ')}",
        )

    def _send_rundown_advance(self, e: OutboxEntry) -> JsonObject:
        r = self.client.call(
            "POST",
            f"/shows/{self.show_id}/rundown/advance",
            m.Rundown.model_validate,
            json_body={"step_id": e.payload["step_id"], "skip": bool(e.payload["skip"])},
            idempotency_key=e.key,
        )
        self.model.set_rundown(convert.rundown(r))
        return {"version": r.version}

    def _send_rundown_edit(self, e: OutboxEntry) -> JsonObject:
        """Apply the edit to the platform's rundown; on 412, to the newer one. The PUT is
        prepared (kept in the outbox) before it is sent, so a crash replays the same PUT under
        the same key instead of applying the edit twice."""
        p = e.payload
        edit = RundownEdit(p["op"], p.get("step_id"), p.get("before"), p.get("step") or {})
        prepared = e.prepared
        attempt = int(prepared["attempt"]) if prepared else 0
        for _ in range(MAX_RUNDOWN_MERGES):
            if prepared is None:
                current = rundown(self.client, self.show_id)
                wire = [s.model_dump(mode="json", exclude={"done_at"}) for s in current.steps]
                attempt += 1
                prepared = {
                    "attempt": attempt,
                    "version": current.version,
                    "steps": apply_edit(wire, edit),
                }
                self.outbox.prepare(e.id, prepared)
            try:
                r = self.client.call(
                    "PUT",
                    f"/shows/{self.show_id}/rundown",
                    m.Rundown.model_validate,
                    json_body={"steps": prepared["steps"]},
                    if_match=int(prepared["version"]),
                    idempotency_key=f"{e.key}.{prepared['attempt']}",
                )
            except StaleVersion:
                prepared = None
                continue
            self.model.set_rundown(convert.rundown(r))
            return {"version": r.version, "attempt": attempt}
        raise StaleVersion(
            "The rundown kept changing while this edit was merged; trying again shortly.",
            retry_after=1.0,
        )


HANDLERS: dict[str, Callable[[EngagementSync, OutboxEntry], JsonObject]] = {
    "voucher.start": EngagementSync._send_voucher,
    "voucher.screen": EngagementSync._send_voucher,
    "voucher.end": EngagementSync._send_voucher,
    "poll.start": EngagementSync._send_poll,
    "poll.close": EngagementSync._send_poll,
    "rundown.edit": EngagementSync._send_rundown_edit,
    "rundown.advance": EngagementSync._send_rundown_advance,
}
"""The outbox kinds this module sends, for `PlatformSync`'s table."""
