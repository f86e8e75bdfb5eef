"""The show's order book: every order exactly once, and the sales figures built on it.

Orders reach us twice over on a bad network (the live stream, then the catch-up poll after a
reconnect, then again after an app restart); `seq` has no gaps on the platform, so it is the
key. The book remembers the highest `seq` below which nothing is missing (`high_water`): a
catch-up asks for everything after it, so a gap is always filled, and a seen `seq` never counts
twice.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from studio.show.catalog import Catalog
from studio.show.state import Order, ProductSales, SalesStats


@dataclass
class _Tally:
    units: int = 0
    orders: int = 0
    revenue_minor: int = 0
    stock: int | None = None
    stock_seq: int = 0


@dataclass
class OrderBook:
    """The show's orders counted once each (by seq): units sold and stock per product, recent
    orders, and sales statistics over a sliding window. Not thread-safe: the ShowModel calls it
    under its lock."""

    currency: str = "USD"
    window_s: float = 60.0
    keep_recent: int = 100
    high_water: int = 0
    max_seq: int = 0
    count: int = 0
    units: int = 0
    revenue_minor: int = 0
    _above: set[int] = field(default_factory=set)  # seen seqs above high_water (gaps below)
    _tally: dict[str, _Tally] = field(default_factory=dict)
    _window: deque[tuple[float, int]] = field(default_factory=deque)  # (created_at, amount)
    _window_count: int = 0
    _window_sum: int = 0
    _window_cutoff: float = float("-inf")
    recent: deque[Order] = field(default_factory=deque)

    def seen(self, seq: int) -> bool:
        """True when the order with this seq was already counted."""
        return seq <= self.high_water or seq in self._above

    def add(self, orders: Iterable[Order]) -> list[Order]:
        """Record orders; returns the ones not seen before, in `seq` order."""
        new: list[Order] = []
        for o in sorted(orders, key=lambda o: o.seq):
            if o.seq < 1 or self.seen(o.seq):
                continue
            self._above.add(o.seq)
            new.append(o)
            self._count(o)
        while self.high_water + 1 in self._above:
            self.high_water += 1
            self._above.discard(self.high_water)
        return new

    def _count(self, o: Order) -> None:
        self.count += 1
        self.units += o.quantity
        self.revenue_minor += o.amount_minor
        self.max_seq = max(self.max_seq, o.seq)
        t = self._tally.setdefault(o.product_id, _Tally())
        t.units += o.quantity
        t.orders += 1
        t.revenue_minor += o.amount_minor
        if o.seq > t.stock_seq:
            t.stock, t.stock_seq = o.stock_remaining, o.seq
        ts = o.created_at.timestamp()
        if ts >= self._window_cutoff:  # a late catch-up of old orders does not count as pace
            self._window.append((ts, o.amount_minor))
            self._window_count += 1
            self._window_sum += o.amount_minor
        self.recent.append(o)
        while len(self.recent) > self.keep_recent:
            self.recent.popleft()

    def missing(self, limit: int = 1000) -> list[int]:
        """Sequence numbers known to exist (below the highest seen) but not received."""
        out: list[int] = []
        s = self.high_water + 1
        while s < self.max_seq and len(out) < limit:
            if s not in self._above:
                out.append(s)
            s += 1
        return out

    def stock_after_orders(self, product_id: str) -> tuple[int | None, int]:
        """The stock the newest order of a product left, and that order's seq."""
        t = self._tally.get(product_id)
        return (t.stock, t.stock_seq) if t else (None, 0)

    def units_sold(self, product_id: str) -> int:
        """Units of `product_id` sold in this show so far."""
        t = self._tally.get(product_id)
        return t.units if t else 0

    def stats(self, catalog: Catalog, now: datetime) -> SalesStats:
        """Figures at server time `now`: totals, the last minute's pace, per-product sales."""
        cutoff = now.timestamp() - self.window_s
        self._window_cutoff = max(self._window_cutoff, cutoff)
        while self._window and self._window[0][0] < cutoff:
            _, amount = self._window.popleft()
            self._window_count -= 1
            self._window_sum -= amount
        per_minute = 60.0 / self.window_s
        products: list[ProductSales] = []
        known: set[str] = set()
        for p in catalog:
            pid = p.product_id or p.sku
            known.add(pid)
            t = self._tally.get(pid, _Tally())
            products.append(_sales(pid, p.sku, p.title, t, p.stock))
        for pid, t in self._tally.items():
            if pid not in known:
                products.append(_sales(pid, pid, pid, t, t.stock))
        sold = [s for s in products if s.units > 0]
        best = max(sold, key=lambda s: (s.units, s.revenue_minor, s.sku)) if sold else None
        return SalesStats(
            currency=self.currency,
            orders=self.count,
            units=self.units,
            revenue_minor=self.revenue_minor,
            orders_per_minute=self._window_count * per_minute,
            revenue_per_minute_minor=round(self._window_sum * per_minute),
            best_seller=best,
            products=tuple(products),
            last_seq=self.high_water,
        )


def _sales(pid: str, sku: str, title: str, t: _Tally, stock: int | None) -> ProductSales:
    through = None
    if stock is not None and t.units + stock > 0:
        through = t.units / (t.units + stock)
    return ProductSales(
        product_id=pid,
        sku=sku,
        title=title,
        units=t.units,
        orders=t.orders,
        revenue_minor=t.revenue_minor,
        stock=stock,
        sell_through=through,
    )
