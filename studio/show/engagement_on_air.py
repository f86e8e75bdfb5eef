"""Which voucher and which poll may be on air right now, from the show state alone.

Pure, like `studio.show.on_air` (the same promise to viewers: nothing on screen claims what the
platform would not honour):

- Nothing for a show that has ended.
- A voucher is on air while the platform says it is on screen and running, and its
  `expires_at` is ahead on the platform's clock; with no claims left it still shows (saying
  so) until it expires, since claimed vouchers stay redeemable.
- The latest poll is on air while open, with its live percentages; once closed (or past its
  `closes_at` on the platform's clock, before the platform's word arrives), its result stays
  `RESULT_HOLD_S` seconds, then leaves.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from studio.show.polls import Poll
from studio.show.state import ShowState, ShowStatus
from studio.show.vouchers import Voucher

RESULT_HOLD_S = 20.0


def _live(state: ShowState | None) -> bool:
    return state is not None and state.show is not None and state.show.status != ShowStatus.ENDED


def voucher_on_air(state: ShowState | None, server_now: datetime) -> Voucher | None:
    """The voucher whose card may be on air at `server_now`, if any."""
    if not _live(state):
        return None
    assert state is not None
    for v in state.vouchers:
        if v.on_screen and v.running and v.expires_at > server_now:
            return v
    return None


def poll_on_air(state: ShowState | None, server_now: datetime) -> Poll | None:
    """The poll that may be on air at `server_now` (open, or its result for a while)."""
    if not _live(state):
        return None
    assert state is not None
    poll = state.poll
    if poll is None:
        return None
    if poll.open and (poll.closes_at is None or poll.closes_at > server_now):
        return poll
    closed_at = poll.closed_at if not poll.open else poll.closes_at
    if closed_at is not None and (server_now - closed_at).total_seconds() < RESULT_HOLD_S:
        return dataclasses.replace(poll, status="closed") if poll.open else poll
    return None
