"""An audience for the sandbox: orders, comments, supporters, resellers and a viewer count.

Driven by `tick(dt)` with simulated seconds, never by wall-clock sleeps, so a test can play
a minute of show in a millisecond and get the same result every time (seeded). The server's
background thread calls `tick` with real elapsed time for demos.
"""

from __future__ import annotations

import contextlib
import random
import threading

from studio.platform.models import (
    CommentCreate,
    CommentKind,
    Order,
    OrderCreate,
    ProductUpdate,
    Role,
    ShowStatus,
    Timer,
    TimerCreate,
    TimerStatus,
)
from studio.sandbox.auction_audience import AuctionAudience
from studio.sandbox.engagement_audience import EngagementAudience
from studio.sandbox.problems import ApiProblem, Conflict, Forbidden
from studio.sandbox.stores import Store

FIRST_NAMES = [
    "Maya",
    "Lina",
    "Jonas",
    "Aiko",
    "Priya",
    "Tomás",
    "Noor",
    "Elif",
    "Sven",
    "Ama",
    "Chen",
    "Lucía",
    "Omar",
    "Hana",
    "Felix",
    "Zoë",
    "Ravi",
    "Ingrid",
    "Kofi",
    "Mila",
    "Arjun",
    "Sofia",
    "Mateo",
    "Leila",
    "Yuki",
    "Emeka",
    "Clara",
    "Idris",
    "Nadia",
    "Bo",
    "Aurora",
    "Kai",
    "Imani",
    "Oskar",
    "Valentina",
    "Theo",
    "Amara",
    "Hugo",
    "Saanvi",
    "Ezra",
    "Freya",
    "Malik",
    "Rosa",
    "Tariq",
    "June",
    "Anouk",
    "Dario",
    "Signe",
]

COMMENTS = (
    "Love this colour!",
    "Just ordered, so excited 😍",
    "The autumn set looks amazing",
    "Hi from Lisbon!",
    "That mug is so cosy",
    "Bought the skillet last time, best pan ever",
    "Can't wait for the flash sale",
    "This show is my Sunday ritual",
    "Gorgeous styling today",
    "Ordered two for my sister too",
)

QUESTIONS = (
    "Does the skillet work on induction?",
    "Is the apron machine-washable?",
    "How big is the cutting board?",
    "Is the candle soy wax?",
    "Do you ship to Canada?",
    "Will the mugs come back in stock?",
    "Is the knife steel stainless?",
    "Can the dutch oven go in the oven at 250°C?",
)


NAMESAKE_SHARE = 0.12  # new viewers who pick a display name another viewer already uses
RENAME_AFTER = 12  # one viewer renames once the audience has this many buyers


class OrderSimulator:
    """A seeded audience for one show.

    `rate` is orders per simulated second; comments arrive at about a fifth of it (at least one
    every few seconds), 20 % of orders carry a reseller's referral code and a third come from
    first-time buyers. During a flash rush the rate triples and most orders go to the rushed
    product until its stock runs out.

    Each simulated viewer is an account (`viewer_id` `sim_<show>_<n>`, stable for the show)
    with a display name, as on a real platform: about one new viewer in eight takes a name
    another viewer already has (two "Maya K."s are two accounts), and once the audience has
    `RENAME_AFTER` buyers one of them renames (same account, new name; `renamed` records it).
    Those choices come from a second generator seeded from `seed`, so the orders, comments and
    bids of a seed are the same as before accounts existed.
    """

    def __init__(self, store: Store, show_id: str, rate: float = 1.0, seed: int = 7) -> None:
        self.store = store
        self.show_id = show_id
        self.rate = rate
        self.rng = random.Random(seed)
        self._lock = threading.Lock()
        self._owed_orders = 0.0
        self._owed_comments = 0.0
        self._viewer_clock = 0.0
        self._viewers = 0.0
        self._buyers: list[tuple[str, str]] = []  # (viewer_id, display name)
        self._names_rng = random.Random(seed * 7919 + 1)
        self.renamed: tuple[str, str, str] | None = None  # (viewer_id, old name, new name)
        self._rush: Timer | None = None
        self.engagement = EngagementAudience(store, show_id, self.rng)  # polls, vouchers
        self.auctions = AuctionAudience(store, show_id, self.rng, self._buyer)  # and giveaways

    # -- the audience's choices ------------------------------------------------------------

    def _buyer(self) -> tuple[str, str]:
        """A viewer about to act: (viewer_id, display name), a new one a third of the time."""
        if not self._buyers or self.rng.random() < 0.33:
            name = f"{self.rng.choice(FIRST_NAMES)} {chr(65 + self.rng.randrange(26))}."
            if self._buyers and self._names_rng.random() < NAMESAKE_SHARE:
                name = self._names_rng.choice(self._buyers)[1]  # a namesake, not the same viewer
            viewer = (f"sim_{self.show_id[-8:]}_{len(self._buyers) + 1}", name)
            self._buyers.append(viewer)
            self._maybe_rename()
            return viewer
        i = self.rng.randrange(len(self._buyers))
        return self._buyers[i]

    def _maybe_rename(self) -> None:
        """Once: a viewer (not the newest) changes their display name, keeping their account."""
        if self.renamed is not None or len(self._buyers) < RENAME_AFTER:
            return
        i = self._names_rng.randrange(len(self._buyers) - 1)
        viewer_id, old = self._buyers[i]
        new = old
        while new == old:
            new = f"{self._names_rng.choice(FIRST_NAMES)} {old.split()[-1]}"
        self._buyers[i] = (viewer_id, new)
        self.renamed = (viewer_id, old, new)

    def _product(self, in_stock: list[tuple[str, int]]) -> str:
        rush = self._rush
        ids = {pid for pid, _ in in_stock}
        if rush is not None and rush.product_id in ids and self.rng.random() < 0.7:
            return rush.product_id
        pinned = self.store.pins.get(self.show_id).product_id
        if pinned is not None and pinned in ids and self.rng.random() < 0.4:
            return pinned
        return self.rng.choice(in_stock)[0]

    def _orders(self, n: int) -> list[OrderCreate]:
        if n <= 0:
            return []
        products = self.store.products.page(self.show_id, None, 200, "")[0]
        in_stock = [(p.id, p.stock) for p in products if p.stock > 0]
        if not in_stock:
            return []
        codes = self.store.resellers.codes(self.show_id)
        out = []
        for _ in range(n):
            r = self.rng.random()
            qty = 1 if r < 0.8 else (2 if r < 0.95 else 3)
            code = self.rng.choice(codes) if codes and self.rng.random() < 0.2 else None
            product = self._product(in_stock)
            viewer_id, name = self._buyer()
            out.append(
                OrderCreate(
                    product_id=product,
                    quantity=qty,
                    buyer_name=name,
                    viewer_id=viewer_id,
                    referral_code=code,
                )
            )
        return out

    def _in_stock(self) -> list[str]:
        products = self.store.products.page(self.show_id, None, 200, "")[0]
        return [p.id for p in products if p.stock > 0]

    def _live(self) -> bool:
        return self.store.shows.get(self.show_id).status == ShowStatus.LIVE

    # -- driving ---------------------------------------------------------------------------

    def tick(self, dt: float) -> list[Order]:
        """Advance the audience by `dt` simulated seconds; returns the orders placed."""
        with self._lock:
            if dt <= 0 or not self._live():
                return []
            rush = self._rush
            if rush is not None:
                timers = self.store.timers.all(self.show_id, TimerStatus.ACTIVE)
                if not any(t.id == rush.id for t in timers):
                    self._rush = rush = None
            rate = self.rate * (3.0 if rush is not None else 1.0)
            self._owed_orders += rate * dt
            n = int(self._owed_orders)
            self._owed_orders -= n
            orders = self.store.orders.create_many(self.show_id, self._orders(n)) if n else []

            self._owed_comments += max(self.rate / 5, 0.25) * dt
            while self._owed_comments >= 1:
                self._owed_comments -= 1
                self._comment()

            self.engagement.tick(dt, self._in_stock)
            self.auctions.tick(dt)

            self._viewer_clock += dt
            if self._viewer_clock >= 1.0:
                self._drift_viewers(self._viewer_clock)
                self._viewer_clock = 0.0
            return orders

    def burst(self, n: int) -> list[Order]:
        """`n` orders at once (a shout-out, a reseller posting the link)."""
        with self._lock:
            if not self._live():
                return []
            return self.store.orders.create_many(self.show_id, self._orders(n))

    def flash_rush(
        self,
        product_id: str | None = None,
        duration_s: int = 30,
        stock: int | None = None,
        discount: float = 0.3,
    ) -> Timer:
        """Start a flash sale and send the audience at it until the stock runs out."""
        with self._lock:
            if product_id is None:
                queue = self.store.queue.get(self.show_id).product_ids
                product_id = queue[0] if queue else self.store.products.ids(self.show_id)[0]
            product = self.store.products.get(self.show_id, product_id, "")
            if stock is not None:
                self.store.products.update(self.show_id, product_id, ProductUpdate(stock=stock), "")
            price = max(0, round(product.price_minor * (1 - discount)))
            if price >= product.price_minor:
                raise ApiProblem("That discount leaves the price unchanged.", status=422)
            timer = self.store.timers.create(
                self.show_id,
                TimerCreate(product_id=product_id, flash_price_minor=price, duration_s=duration_s),
            )
            self._rush = timer
            return timer

    def _comment(self) -> None:
        question = self.rng.random() < 0.3
        text = self.rng.choice(QUESTIONS if question else COMMENTS)
        req = CommentCreate(
            text=text, kind=CommentKind.QUESTION if question else CommentKind.COMMENT
        )
        # A muted or blocked viewer is refused by the platform; the audience moves on.
        with contextlib.suppress(Forbidden, Conflict):  # (or the show ended meanwhile)
            viewer_id, name = self._buyer()
            self.store.comments.create(self.show_id, req, name, Role.VIEWER, viewer_id)

    def _drift_viewers(self, dt: float) -> None:
        if self._viewers <= 0:
            self._viewers = max(self.store.viewers.get(self.show_id).count, 40 + self.rate * 30)
        target = 60 + self.rate * 40 + (150 if self._rush is not None else 0)
        self._viewers += (target - self._viewers) * min(1.0, 0.1 * dt)
        self._viewers += self.rng.gauss(0, max(2.0, self._viewers * 0.02))
        self._viewers = max(1.0, self._viewers)
        self.store.viewers.set(self.show_id, round(self._viewers))
