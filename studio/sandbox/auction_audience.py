"""The simulated audience's part in auctions and giveaways (issue 20), driven by the simulator.

Auctions: when one starts, a pool of bidders forms (8-40 viewers, each with a price they will
not go past, around the product's price, so a reserve is sometimes not reached); about a
third of them are snipers who only bid in the last second, and bid higher. Bids trickle in
while there is time, quicken in the last ten seconds, and in the last second a storm answers
at once (5-30 bids judged back to back, most too low by the time they land). In standard
mode a storm extends the end; each later storm is smaller, so the auction ends.

Giveaways: when a keyword giveaway opens, a share of the audience (30-70 %) comments the
keyword on the curve 1 - exp(-age / 10 s); some say it twice (still one entry), some ask
about the prize instead. Purchase entries come from the simulator's orders.

Everything goes through the platform's stores, judged as any viewer's bid or comment would
be. Deterministic for a seed; driven by simulated seconds (`tick(dt)`), never by sleeps.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from studio.platform.models import (
    Auction,
    AuctionStatus,
    CommentCreate,
    GiveawayEntryMode,
    GiveawayStatus,
    Role,
)
from studio.sandbox.problems import ApiProblem
from studio.sandbox.stores import Store
from studio.show.auction import next_min_bid

STORM_S = 1.0  # the last second
LATE_S = 10.0
RATE_EARLY = 0.6  # bids per second while there is time
RATE_LATE = 2.5  # in the last ten seconds
ENTRY_TAU_S = 10.0
ENTRY_TEXTS = ("{kw}", "{kw} 🙏", "me! {kw}", "{KW} please", "{kw} {kw}", "pick me {kw}")
OFF_TOPIC = ("What's the prize?", "How do I enter?", "good luck everyone")


@dataclass
class _Bidding:
    """One auction's bidders: (name, account, the most they will bid in minor units, sniper)."""

    pool: list[tuple[str, str, int, bool]]
    storms: int = 0
    storm_for: float = -1.0  # the end (epoch s) the last storm answered
    owed: float = 0.0


@dataclass
class _Entries:
    total: int
    age_s: float = 0.0
    done: int = 0
    entered: list[tuple[str, str]] = field(default_factory=list)  # (viewer_id, name)


class AuctionAudience:
    """Bids in running auctions and comments keywords in open giveaways, in bursts.

    name(): a viewer as (viewer_id, display name): the simulator's buyers, so bidders and
    buyers overlap (namesakes and all).
    """

    def __init__(
        self,
        store: Store,
        show_id: str,
        rng: random.Random,
        name: Callable[[], tuple[str, str]],
    ) -> None:
        self.store = store
        self.show_id = show_id
        self.rng = rng
        self.name = name
        self._auctions: dict[str, _Bidding] = {}
        self._giveaways: dict[str, _Entries] = {}
        self.storm_bids = 0  # bids sent in last-second storms (for tests and the demo)

    def tick(self, dt: float) -> None:
        """Advance `dt` simulated seconds."""
        self._bid(dt)
        self._enter(dt)

    # -- auctions ----------------------------------------------------------------------------

    def _pool(self, product_id: str, starting: int) -> list[tuple[str, str, int, bool]]:
        price = starting * 3
        with contextlib.suppress(ApiProblem):
            price = max(starting, self.store.products.get(self.show_id, product_id, "").price_minor)
        pool = []
        for account, n in sorted({self.name() for _ in range(self.rng.randint(8, 40))}):
            sniper = self.rng.random() < 0.35
            most = price * (self.rng.uniform(0.9, 1.5) if sniper else self.rng.uniform(0.4, 1.3))
            pool.append((n, account, round(most), sniper))
        return pool

    def _bid(self, dt: float) -> None:
        now = self.store.clock()
        for a in self.store.auctions.all(self.show_id, AuctionStatus.ACTIVE):
            b = self._auctions.get(a.id)
            if b is None:
                b = self._auctions[a.id] = _Bidding(self._pool(a.product_id, a.starting_bid_minor))
            end = a.ends_at.timestamp()
            left = end - now
            if left <= 0:
                continue
            if left <= STORM_S and b.storm_for != end:
                b.storm_for = end
                size = round(self.rng.randint(5, 30) * 0.6**b.storms)
                b.storms += 1
                self.storm_bids += self._send(a.id, a, b, size, spread=4, snipers=True)
                continue
            b.owed += (RATE_LATE if left <= LATE_S else RATE_EARLY) * dt
            n = int(b.owed)
            b.owed -= n
            if n:
                self._send(a.id, a, b, n, spread=2, snipers=False)

    def _send(
        self, auction_id: str, a: Auction, b: _Bidding, n: int, *, spread: int, snipers: bool
    ) -> int:
        """`n` bids from willing bidders (everyone in a storm, else not the snipers) at the
        next valid price plus 0-`spread` steps; returns how many were sent (judged by the
        platform back to back)."""
        floor = a.next_min_bid_minor
        step = max(
            1,
            next_min_bid(floor, a.starting_bid_minor, a.increment_minor, a.increment_percent)
            - floor,
        )
        willing = [
            x
            for x in b.pool
            if x[2] >= floor and x[1] != a.leading_viewer_id and (snipers or not x[3])
        ]
        if not willing or n <= 0:
            return 0
        bids = []
        for name, key, most, _ in self.rng.sample(willing, min(n, len(willing))):
            bids.append((min(most, floor + step * self.rng.randint(0, spread)), name, key))
        with contextlib.suppress(ApiProblem):
            self.store.auctions.bid_many(self.show_id, auction_id, bids)
        return len(bids)

    # -- giveaways ---------------------------------------------------------------------------

    def _enter(self, dt: float) -> None:
        for g in self.store.giveaways.all(self.show_id, GiveawayStatus.OPEN):
            if g.entry == GiveawayEntryMode.PURCHASE or not g.keyword:
                continue
            e = self._giveaways.get(g.id)
            if e is None:
                audience = max(10, self.store.viewers.get(self.show_id).count)
                e = self._giveaways[g.id] = _Entries(round(audience * self.rng.uniform(0.3, 0.7)))
            e.age_s += dt
            want = round(e.total * (1 - math.exp(-e.age_s / ENTRY_TAU_S)))
            for _ in range(max(0, want - e.done)):
                e.done += 1
                self._comment(g.keyword, e)

    def _comment(self, keyword: str, e: _Entries) -> None:
        r = self.rng.random()
        if r < 0.1:
            who, text = self.name(), self.rng.choice(OFF_TOPIC)
        elif r < 0.25 and e.entered:
            who = self.rng.choice(e.entered)  # says it again: still one entry
            text = self.rng.choice(ENTRY_TEXTS).format(kw=keyword, KW=keyword.upper())
        else:
            who = self.name()
            e.entered.append(who)
            text = self.rng.choice(ENTRY_TEXTS).format(kw=keyword, KW=keyword.upper())
        viewer_id, name = who
        with contextlib.suppress(ApiProblem):  # a muted or blocked viewer is refused
            self.store.comments.create(
                self.show_id, CommentCreate(text=text), name, Role.VIEWER, viewer_id
            )
