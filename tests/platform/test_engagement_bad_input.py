"""Issue 20 under bad input (adversarial review): every bad auction, giveaway, poll and
voucher from the window or the remote is refused before anything is queued, with a message
and a hint, and nothing is silently changed; the platform refuses what a viewer sends wrong."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from studio.errors import StudioError
from studio.platform.sync import PlatformSync
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for

Case = Callable[[PlatformSync], Any]

BAD: dict[str, Case] = {
    "zero starting bid": lambda s: s.start_auction("HK-002", "0", 60),
    "negative starting bid": lambda s: s.start_auction("HK-002", "-5", 60),
    "starting bid with too many decimals": lambda s: s.start_auction("HK-002", "10.005", 60),
    "starting bid above the price": lambda s: s.start_auction("HK-002", "5000", 60),
    "zero increment": lambda s: s.start_auction("HK-002", "10", 60, increment="0"),
    "auction too short": lambda s: s.start_auction("HK-002", "10", 9),
    "auction too long": lambda s: s.start_auction("HK-002", "10", 301),
    "reserve below start": lambda s: s.start_auction("HK-002", "10", 60, reserve="5"),
    "unknown mode": lambda s: s.start_auction("HK-002", "10", 60, mode="dutch"),
    "keyword with a space": lambda s: s.open_giveaway("Mug", 60, keyword="#win now"),
    "keyword emoji": lambda s: s.open_giveaway("Mug", 60, keyword="🎉🎉"),
    "no prize": lambda s: s.open_giveaway("   ", 60, keyword="#win"),
    "giveaway too long": lambda s: s.open_giveaway("Mug", 3601, keyword="#win"),
    "poll option 300 chars": lambda s: s.start_poll("Which?", ["x" * 300, "y"]),
    "poll one option": lambda s: s.start_poll("Which?", ["x"]),
    "poll five options": lambda s: s.start_poll("Which?", list("abcde")),
    "poll too short": lambda s: s.start_poll("Which?", ["a", "b"], 5),
    "voucher 150 % off": lambda s: s.start_voucher(
        "BIG", percent_off=150, claim_limit=10, seconds=60
    ),
    "voucher 100 % off": lambda s: s.start_voucher(
        "FREE", percent_off=100, claim_limit=10, seconds=60
    ),
    "voucher 0 % off": lambda s: s.start_voucher("NONE", percent_off=0, claim_limit=10, seconds=60),
    "voucher amount off the whole price": lambda s: s.start_voucher(
        "ALLFREE", amount_off="5000", claim_limit=10, seconds=60
    ),
    "voucher amount off not a number": lambda s: s.start_voucher(
        "NAN", amount_off="nan", claim_limit=10, seconds=60
    ),
    "voucher bad code": lambda s: s.start_voucher(
        "a b", percent_off=10, claim_limit=10, seconds=60
    ),
    "voucher no claims": lambda s: s.start_voucher(
        "ZERO", percent_off=10, claim_limit=0, seconds=60
    ),
}


def test_bad_engagement_input_is_refused_with_a_hint(rig: Rig) -> None:
    s = rig.sync(name="app")
    wait_for(lambda: s.model.state.sync.link == Link.LIVE)
    problems = []
    for name, case in BAD.items():
        before = s.outbox.pending_count()
        try:
            case(s)
        except StudioError as err:
            print(f"{name}: {err.message} | {err.hint}")
            if not (err.message and err.hint):
                problems.append(f"{name}: no message or hint")
        except Exception as exc:  # the point: nothing else may escape
            problems.append(f"{name}: {type(exc).__name__}: {exc}")
        else:
            problems.append(f"{name}: accepted")
        if s.outbox.pending_count() != before:
            problems.append(f"{name}: queued")
    assert problems == []


def test_a_double_press_of_next_step_runs_the_step_once_and_says_so(rig: Rig) -> None:
    """F9 pressed twice before the platform ran the step: the second press is refused with
    a hint (no spurious platform refusal later), the step runs once, the next is untouched."""
    s = rig.sync(name="app")
    wait_for(lambda: s.model.state.sync.link == Link.LIVE)
    s.rundown_add("pin", {"product_id": "prd_chai"})
    s.rundown_add("pin", {"product_id": "prd_honey"})
    wait_for(lambda: len(s.model.state.rundown.steps) == 2)
    rig.proxy.down()  # the platform is slow to answer: the first press is still queued
    first = s.rundown_next()
    try:
        with pytest.raises(StudioError) as err:
            s.rundown_next()
        assert err.value.message == "That rundown step is already on its way to the platform."
        assert err.value.hint
    finally:
        rig.proxy.up()
    wait_for(lambda: s.outbox.pending_count() == 0, timeout=20)
    assert s.outbox.get(first) is not None
    done = [x.done for x in s.model.state.rundown.steps]
    assert done == [True, False]
    assert [e.state for e in s.outbox.history() if e.kind == "rundown.advance"] == ["done"]
