"""A scripted rundown for rehearsals: what a host does during a show, on a schedule.

`scripted_rundown(state, duration_s)` plans, from the show's queue (else its catalog), a
welcome comment, each product pinned in turn, a flash sale on the second product (30 % off,
for half its slot), an answer to the newest viewer question and, in a show of a minute or
more, a giveaway (comment #win or buy, drawn after half the show) and an auction of the last
product (from 30 % of its price, a quarter of the show long, late bids extending it by 5 s
up to 15 s); `play(cues, sync, ...)` runs
the plan through the `PlatformSync` (the same commands the window sends). Qt-free; `play`
blocks its thread for the show's length (a headless `studio demo` runs it on the main thread).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from studio import i18n
from studio.errors import StudioError
from studio.platform.sync import PlatformSync
from studio.show.catalog import Product
from studio.show.money import from_minor, to_minor
from studio.show.state import ShowState

log = logging.getLogger(__name__)

MAX_PINS = 4
ENGAGEMENT_MIN_S = 60.0  # a giveaway and an auction need a show of a minute or more
FLASH_DISCOUNT = Decimal("0.7")  # the flash price: 70 % of the regular price


class CueKind(StrEnum):
    """What a cue does."""

    SAY = "say"  # a host comment
    PIN = "pin"
    FLASH = "flash"  # a flash sale on `sku` at `price` for `seconds`
    ANSWER = "answer"  # reply to the newest viewer question not answered yet
    GIVEAWAY = "giveaway"  # open a giveaway of `text` for `seconds` (comment #win or buy)
    AUCTION = "auction"  # auction `sku` from `price` for `seconds`


@dataclass(frozen=True)
class Cue:
    """One step of the rundown, `at_s` seconds after the show started."""

    at_s: float
    kind: CueKind
    sku: str = ""
    price: Decimal | None = None
    seconds: int = 0
    text: str = ""


def scripted_rundown(state: ShowState, duration_s: float) -> list[Cue]:
    """The plan for a show of `duration_s` seconds (sorted by time). Raises `StudioError` when
    the show has no product to pin."""
    products = [p for p in (state.queue_products or tuple(state.catalog)) if p.sellable]
    products = products[:MAX_PINS]
    if not products:
        raise StudioError(
            i18n._("The show has no product to rehearse with."),
            i18n._("Add products to the show's catalog."),
        )
    slot = duration_s / len(products)
    cues = [Cue(1.0, CueKind.SAY, text="Welcome to the show! Tonight's picks are coming up.")]
    for i, p in enumerate(products):
        cues.append(Cue(i * slot + 2.0, CueKind.PIN, sku=p.sku))
    if len(products) > 1:
        p = products[1]
        if p.price is not None and p.currency:
            flash_minor = int(to_minor(p.price, p.currency) * FLASH_DISCOUNT)
            if flash_minor > 0:
                cues.append(
                    Cue(
                        slot + 2.0 + slot * 0.2,
                        CueKind.FLASH,
                        sku=p.sku,
                        price=from_minor(flash_minor, p.currency),
                        seconds=max(5, int(slot * 0.5)),
                    )
                )
    cues.append(Cue(duration_s * 0.6, CueKind.ANSWER, text="Great question: yes, it does!"))
    cues += _engagement_cues(products, duration_s)
    return sorted(cues, key=lambda c: c.at_s)


def _engagement_cues(products: list[Product], duration_s: float) -> list[Cue]:
    """A giveaway and an auction (issue 20) in shows long enough for them to end in."""
    if duration_s < ENGAGEMENT_MIN_S:
        return []
    last = products[-1]
    cues = [
        Cue(duration_s * 0.15, CueKind.GIVEAWAY, seconds=int(duration_s * 0.5), text="Gift set")
    ]
    if last.price is not None and last.currency:
        start = from_minor(max(1, int(to_minor(last.price, last.currency) * 0.3)), last.currency)
        seconds = max(10, min(300, int(duration_s * 0.25)))
        cues.append(
            Cue(duration_s * 0.5, CueKind.AUCTION, sku=last.sku, price=start, seconds=seconds)
        )
    return cues


def _answer(sync: PlatformSync, text: str) -> None:
    state = sync.model.state
    replied = {c.reply_to for c in state.comments if c.reply_to}
    questions = [
        c
        for c in state.comments
        if c.is_question and c.role == "viewer" and c.id not in replied and not c.hidden
    ]
    if questions:
        sync.reply(questions[-1].id, text)


def play(
    cues: list[Cue],
    sync: PlatformSync,
    duration_s: float,
    *,
    stop: threading.Event | None = None,
    clock: Callable[[], float] = time.monotonic,
    on_cue: Callable[[Cue], None] | None = None,
) -> None:
    """Run `cues` against the show, then wait out `duration_s` (from the call); returns early
    when `stop` is set. A refused cue is logged and the show goes on."""
    stop = stop or threading.Event()
    t0 = clock()
    for cue in cues:
        if cue.at_s >= duration_s:
            break
        if stop.wait(max(0.0, t0 + cue.at_s - clock())):
            return
        try:
            if cue.kind is CueKind.SAY:
                sync.comment(cue.text)
            elif cue.kind is CueKind.PIN:
                sync.pin(cue.sku)
            elif cue.kind is CueKind.FLASH and cue.price is not None:
                sync.start_flash_sale(cue.sku, cue.price, cue.seconds)
            elif cue.kind is CueKind.ANSWER:
                _answer(sync, cue.text)
            elif cue.kind is CueKind.GIVEAWAY:
                sync.open_giveaway(cue.text, cue.seconds, keyword="#win", purchase=True)
            elif cue.kind is CueKind.AUCTION and cue.price is not None:
                sync.start_auction(
                    cue.sku, cue.price, cue.seconds, extend_window_s=5, max_extension_s=15
                )
        except StudioError as exc:
            log.warning("rehearsal cue %s skipped: %s", cue.kind, exc.message)
            continue
        if on_cue is not None:
            on_cue(cue)
    stop.wait(max(0.0, t0 + duration_s - clock()))
