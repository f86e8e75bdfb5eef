"""The simulated audience's part in polls and vouchers (issue 20), driven by the simulator.

Realistic bursts rather than a steady drip: when a poll opens or a voucher appears on screen,
most of the audience reacts within seconds and then it tails off. For each, the simulator
decides once how many viewers will take part (a share of the viewer count; for a voucher this
may exceed the claim limit: late viewers try and the platform refuses them), and releases them
on the curve 1 - exp(-age / tau), so about two thirds act within `tau` seconds. Poll voters
lean towards one or two options (weights drawn per poll), not a uniform split. A share of
claimants then buy with their claim (the order gets the discount, as a real viewer's would).

Every act goes through the platform's own stores, so the limit, one vote and one claim per
viewer are enforced by the platform as for real viewers (voters are keyed `sim:<n>`).
Deterministic for a given seed; driven by simulated time (`tick(dt)`), never by sleeps.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from studio.platform.models import OrderCreate, PollStatus, VoucherStatus
from studio.sandbox.stores import Store

POLL_TAU_S = 8.0
VOUCHER_TAU_S = 4.0
BUY_SHARE = 0.4  # claimants who buy with their claim
BUY_DELAY_S = 6.0  # on average, after claiming


@dataclass
class _Wave:
    """One poll's or voucher's audience: how many will act, how many have, since when."""

    total: int
    age_s: float = 0.0
    done: int = 0
    weights: list[float] = field(default_factory=list)

    def due(self, dt: float, tau: float) -> int:
        self.age_s += dt
        want = round(self.total * (1 - math.exp(-self.age_s / tau)))
        n = max(0, want - self.done)
        self.done += n
        return n


class EngagementAudience:
    """Votes in open polls and claims (and redeems) vouchers on screen, in bursts."""

    def __init__(self, store: Store, show_id: str, rng: random.Random) -> None:
        self.store = store
        self.show_id = show_id
        self.rng = rng
        self._polls: dict[str, _Wave] = {}
        self._vouchers: dict[str, _Wave] = {}
        self._next_viewer = 0
        self._to_buy: list[tuple[float, str, str]] = []  # (wait s, claim id, buyer)

    def _viewer(self) -> tuple[str, str]:
        self._next_viewer += 1
        n = self._next_viewer
        return f"sim:{n}", f"Viewer {n}"

    def _audience(self) -> int:
        return max(10, self.store.viewers.get(self.show_id).count)

    def tick(self, dt: float, in_stock: Callable[[], list[str]]) -> None:
        """Advance `dt` simulated seconds; `in_stock()` gives the product ids one can buy."""
        self._vote(dt)
        self._claim(dt)
        self._buy(dt, in_stock)

    def _vote(self, dt: float) -> None:
        for poll in self.store.polls.all(self.show_id, PollStatus.OPEN):
            wave = self._polls.get(poll.id)
            if wave is None:
                total = round(self._audience() * self.rng.uniform(0.35, 0.6))
                weights = [self.rng.random() ** 2 + 0.05 for _ in poll.options]
                wave = self._polls[poll.id] = _Wave(total, weights=weights)
            n = wave.due(dt, POLL_TAU_S)
            if n:
                picks = self.rng.choices(range(len(poll.options)), wave.weights, k=n)
                votes = [(self._viewer()[0], option) for option in picks]
                self.store.polls.vote_many(self.show_id, poll.id, votes)

    def _claim(self, dt: float) -> None:
        for v in self.store.vouchers.all(self.show_id, VoucherStatus.ACTIVE):
            if not v.on_screen:
                continue
            wave = self._vouchers.get(v.id)
            if wave is None:
                total = round(self._audience() * self.rng.uniform(0.4, 0.8))
                wave = self._vouchers[v.id] = _Wave(total)
            n = wave.due(dt, VOUCHER_TAU_S)
            if not n:
                continue
            granted = self.store.vouchers.claim_many(
                self.show_id, v.id, [self._viewer() for _ in range(n)]
            )
            for claim in granted:
                if self.rng.random() < BUY_SHARE:
                    wait = self.rng.expovariate(1 / BUY_DELAY_S)
                    self._to_buy.append((wait, claim.id, claim.claimant))

    def _buy(self, dt: float, in_stock: Callable[[], list[str]]) -> None:
        waiting = [(w - dt, c, b) for w, c, b in self._to_buy]
        due = [(c, b) for w, c, b in waiting if w <= 0]
        self._to_buy = [x for x in waiting if x[0] > 0]
        products = in_stock() if due else []
        if not products:
            return
        orders = [
            OrderCreate(
                product_id=self.rng.choice(products),
                quantity=1,
                buyer_name=buyer,
                voucher_claim_id=claim_id,
            )
            for claim_id, buyer in due
        ]
        self.store.orders.create_many(self.show_id, orders)
