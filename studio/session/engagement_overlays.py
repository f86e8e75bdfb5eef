"""The voucher card and the poll panel on air, derived from the show state (issue 20).

The overlay driver calls `refresh(state)` after every change that can move them and on its
tick: what may be on air comes from `studio.show.engagement_on_air` on the platform's clock,
and is turned into the overlays' immutable cards (whole seconds left, whole percentages that
sum to 100). A scene ignores a card equal to the one it shows, so calling this often costs
nothing but the comparison.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, datetime

from studio.overlays.poll import PollCard
from studio.overlays.voucher import VoucherCard
from studio.session.layers import SceneGroup
from studio.show.engagement_on_air import poll_on_air, voucher_on_air
from studio.show.money import format_money, from_minor
from studio.show.polls import Poll
from studio.show.state import ShowState
from studio.show.vouchers import Voucher


def voucher_card(v: Voucher, server_now: datetime, locale: str = "en_US") -> VoucherCard:
    """What the card says of `v` at `server_now` ("20%" or "$5", claims left, seconds left)."""
    if v.percent_off is not None:
        value = f"{v.percent_off}%"
    else:
        value = format_money(from_minor(v.amount_off_minor or 0, v.currency), v.currency, locale)
    left = math.ceil(v.remaining_s(server_now))
    return VoucherCard(
        value, v.code, v.left, v.claim_limit, left, ended=not v.running, locale=locale
    )


def poll_card(poll: Poll, locale: str = "en_US") -> PollCard:
    """What the panel says of `poll`: whole percentages summing to 100, the leaders, the
    vote count written for `locale`."""
    return PollCard(
        poll.question,
        poll.options,
        poll.percentages,
        poll.total,
        poll.leaders,
        not poll.open,
        locale,
    )


class EngagementOverlays:
    """Keeps the scenes' voucher and poll in step with the show state (any thread)."""

    def __init__(self, locale: str = "en_US") -> None:
        self.locale = locale
        self.voucher: VoucherCard | None = None
        self.poll: PollCard | None = None

    def refresh(self, scenes: SceneGroup, state: ShowState | None, force: bool = False) -> None:
        """Tell `scenes` the voucher and poll that may be on air now (what changed, or all)."""
        offset = state.clock_offset_s if state is not None else 0.0
        now = datetime.fromtimestamp(time.time() + offset, UTC)
        v = voucher_on_air(state, now)
        voucher = None if v is None else voucher_card(v, now, self.locale)
        p = poll_on_air(state, now)
        poll = None if p is None else poll_card(p, self.locale)
        if force or voucher != self.voucher:
            self.voucher = voucher
            scenes.set_voucher(voucher)
        if force or poll != self.poll:
            self.poll = poll
            scenes.set_poll(poll)
