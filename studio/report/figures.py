"""The post-show report's figures, computed from a show's timeline: pure, Qt-free, I/O-free.

Money is summed in integer minor units of the show's currency (as the platform sends it), so
the report's revenue equals the platform's to the cent; an average (order value, revenue per
minute or per interaction) is divided once and rounded half-even to the minor unit. Times are
the platform's (Unix seconds). Definitions, stated in the report as well:

- the show runs from the platform's `started_at` (else the first broadcast sample, else the
  first record) to its `ended_at` (else the last record); minutes are counted from the start;
- average viewers: the viewer count weighted by how long each count held; peak: the highest
  count or platform peak seen;
- buyer conversion: unique buyers ÷ peak viewers (the platform gives no unique-viewer count);
- interactions: comments and questions (bids, giveaway entries and votes join them when those
  mechanics exist: `INTERACTION_KINDS`);
- per product, "while pinned": orders placed while the product was the pinned one; conversion
  while pinned: its buyers then ÷ the average viewers then; sell-through: units sold ÷ (units
  sold + stock left at the end);
- flash-sale uplift: the product's orders per minute during the sale ÷ its orders per minute
  over as long a stretch just before the sale (None when it sold nothing before);
- returning buyers: buyers who were already members with orders when the show began, or who
  bought in one of the creator's earlier shows recorded on this computer.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

from studio import i18n
from studio.session.timeline import Timeline, TOrder

# Timeline kinds that count as an interaction with the show. Auctions (bids), giveaways
# (entries) and polls (votes) are not recorded yet; add their kinds here when they land.
INTERACTION_KINDS = ("comment", "question")


def divide_minor(total_minor: int, by: float) -> int:
    """`total_minor / by` rounded half-even to a whole minor unit (0 when `by` is 0)."""
    if by <= 0:
        return 0
    q = Decimal(total_minor) / Decimal(str(by))
    return int(q.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


# How far (seconds) an order flagged as sold at a flash price may lie outside its sale's start
# and end on the studio's timeline and still count for it: the server stamps the order, the
# studio the sale's start and end, and the two clocks differ by a little.
FLASH_SLACK_S = 2.0


@dataclass(frozen=True)
class Headline:
    """The show in one line of figures (money in minor units of the report's currency)."""

    revenue_minor: int
    orders: int
    units: int
    aov_minor: int
    unique_buyers: int
    peak_viewers: int
    avg_viewers: float
    buyer_conversion: float | None
    duration_s: float
    revenue_per_minute_minor: int
    interactions: int
    revenue_per_interaction_minor: int | None


@dataclass(frozen=True)
class MinuteRow:
    """One minute of the show: revenue (minor units), orders, units, average viewers."""

    minute: int
    revenue_minor: int
    orders: int
    units: int
    viewers: float | None


@dataclass(frozen=True)
class PinSpan:
    """A product pinned from `start` to `end` (seconds from the show's start)."""

    product_id: str
    title: str
    start: float
    end: float


@dataclass(frozen=True)
class FlashRow:
    """A flash sale: times in seconds from the show's start, price in minor units; orders and
    per-minute rates are the product's; `uplift` during ÷ before (None when nothing before)."""

    product_id: str
    title: str
    price_minor: int
    start: float
    end: float
    orders: int
    units: int
    revenue_minor: int
    per_min_during: float
    per_min_before: float | None
    uplift: float | None
    status: str


@dataclass(frozen=True)
class ProductRow:
    """One product's show. `sell_through` and `conversion_pinned` are 0..1 (None: unknown)."""

    product_id: str
    sku: str
    title: str
    price_minor: int | None
    orders: int
    units: int
    revenue_minor: int
    pinned_s: float
    orders_pinned: int
    conversion_pinned: float | None
    stock_left: int | None
    sell_through: float | None
    flash_sales: int


@dataclass(frozen=True)
class ResellerRow:
    """Orders and revenue (minor units) credited to a referral code. The platform's contract
    has no commission rate, so none is computed."""

    code: str
    name: str
    orders: int
    revenue_minor: int


@dataclass(frozen=True)
class Engagement:
    """Chat and mechanics. Auctions, giveaways and polls: not on the platform yet (none)."""

    comments: int
    questions: int
    answered: int
    commenters: int
    commenters_who_bought: int
    median_answer_s: float | None


@dataclass(frozen=True)
class Community:
    """New members during the show, buyers new vs returning. Tiers do not exist yet."""

    new_members: int
    returning_buyers: int
    new_buyers: int


@dataclass(frozen=True)
class Health:
    """The broadcast as sampled while live: kbps (recent bitrate) average and minimum, frames
    encoded, dropped (network), skipped (encoder), lagged (compositor), reconnects, and the
    seconds the platform saw our stream degraded or offline during the show."""

    samples: int
    avg_kbps: float | None
    min_kbps: float | None
    encoded: int
    dropped: int
    skipped: int
    lagged: int
    reconnects: int
    ingest_trouble_s: float
    series: tuple[tuple[float, float, int, int], ...] = ()  # (s from start, kbps, drop, rc)

    @property
    def drop_ratio(self) -> float | None:
        """Dropped ÷ encoded frames (None before any frame was encoded)."""
        return self.dropped / self.encoded if self.encoded else None


@dataclass(frozen=True)
class BuyerRow:
    """A buyer: their account (`viewer_id`, what tells two namesakes apart) and the latest
    display name they bought under; what they bought, how, new or returning."""

    name: str
    returning: bool
    orders: int
    units: int
    spent_minor: int
    first_order_t: float
    referrals: tuple[str, ...]
    products: dict[str, tuple[int, int, int]]  # product id -> (orders, units, spent minor)
    viewer_id: str = ""


@dataclass(frozen=True)
class PastShow:
    """An earlier show's headline, for the trend (see `studio.report.history`)."""

    show_id: str
    title: str
    started: float | None
    currency: str
    revenue_minor: int
    orders: int
    aov_minor: int
    peak_viewers: int
    buyer_conversion: float | None
    duration_s: float


@dataclass(frozen=True)
class Report:
    """Everything the HTML, PDF and CSV renderers show (no formatting done here)."""

    show_id: str
    title: str
    host: str
    theme: str | None
    currency: str
    start: float
    end: float
    headline: Headline
    minutes: tuple[MinuteRow, ...]
    viewers: tuple[tuple[float, int], ...]  # (s from start, count)
    bins: tuple[tuple[float, float, int], ...]  # the chart's bars: (start s, width s, revenue)
    pins: tuple[PinSpan, ...]
    flashes: tuple[FlashRow, ...]
    products: tuple[ProductRow, ...]
    resellers: tuple[ResellerRow, ...]
    engagement: Engagement
    community: Community
    health: Health
    buyers: tuple[BuyerRow, ...]
    history: tuple[PastShow, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def minutes_count(self) -> int:
        """How many minutes the show lasted (started minutes count)."""
        return len(self.minutes)

    def past(self) -> PastShow:
        """This show as a `PastShow` (for the next show's trend)."""
        h = self.headline
        return PastShow(
            show_id=self.show_id,
            title=self.title,
            started=self.start,
            currency=self.currency,
            revenue_minor=h.revenue_minor,
            orders=h.orders,
            aov_minor=h.aov_minor,
            peak_viewers=h.peak_viewers,
            buyer_conversion=h.buyer_conversion,
            duration_s=h.duration_s,
        )


def _span(tl: Timeline) -> tuple[float, float]:
    start = tl.show.started
    if start is None:
        on = [t for t, live in tl.live if live]
        start = on[0] if on else (tl.orders[0].t if tl.orders else tl.first_t)
    end = tl.show.ended
    if end is None:
        end = tl.last_t
    start = start if start is not None else 0.0
    end = end if end is not None else start
    if tl.orders:  # a platform stamp a moment outside the span still belongs to the show
        start = min(start, tl.orders[0].t)
        end = max(end, tl.orders[-1].t)
    return start, max(end, start)


class Steps:
    """A step function (each value holds until the next sample), for time-weighted means
    over any stretch in O(log n): prefix integrals at the sample times."""

    def __init__(self, samples: Sequence[tuple[float, int]]) -> None:
        self.t = [t for t, _ in samples]
        self.v = [float(v) for _, v in samples]
        self.area = [0.0]
        for i in range(1, len(self.t)):
            self.area.append(self.area[-1] + self.v[i - 1] * (self.t[i] - self.t[i - 1]))

    def _integral(self, x: float) -> float:
        """The area under the steps from the first sample to `x` (0 before it)."""
        i = bisect.bisect_right(self.t, x) - 1
        if i < 0:
            return 0.0
        return self.area[i] + self.v[i] * (x - self.t[i])

    def mean(self, a: float, b: float) -> float | None:
        """The mean over [a, b] of the part the samples cover (None: no sample by `b`)."""
        if not self.t or b <= a:
            return None
        lo = max(a, self.t[0])
        if lo >= b:
            i = bisect.bisect_right(self.t, a) - 1
            return self.v[i] if i >= 0 else None
        return (self._integral(b) - self._integral(lo)) / (b - lo)


def _pin_spans(tl: Timeline, start: float, end: float) -> list[tuple[str, float, float]]:
    spans: list[tuple[str, float, float]] = []
    current: tuple[str, float] | None = None
    for t, pid in tl.pins:
        if current is not None and current[0] == pid:
            continue
        if current is not None:
            spans.append((current[0], current[1], t))
            current = None
        if pid is not None:
            current = (pid, t)
    if current is not None:
        spans.append((current[0], current[1], end))
    out = []
    for pid, a, b in spans:
        a, b = max(a, start), min(b, end)
        if b > a:
            out.append((pid, a, b))
    return out


def _pinned_orders(orders: Sequence[TOrder], spans: Sequence[tuple[str, float, float]]) -> set[int]:
    """The seqs of orders placed while their own product was pinned (one pass, bisect)."""
    starts = [a for _, a, _ in spans]
    out = set()
    for o in orders:
        i = bisect.bisect_right(starts, o.t) - 1
        if i >= 0:
            pid, a, b = spans[i]
            if pid == o.product and a <= o.t < b:
                out.add(o.seq)
    return out


def build_report(
    tl: Timeline,
    history: Sequence[PastShow] = (),
    earlier_buyers: frozenset[str] = frozenset(),
) -> Report:
    """The report of one show from its timeline; `history`: the creator's earlier shows
    (oldest first); `earlier_buyers`: who bought in those shows (accounts, or names from
    timelines before accounts; for returning buyers). Buyers and commenters are counted by
    account (`TOrder.who`): two viewers of one display name are two buyers."""
    start, end = _span(tl)
    duration = max(0.0, end - start)
    currency = tl.show.currency or (tl.orders[0].currency if tl.orders else "")
    orders = tl.orders
    notes: list[str] = []
    other_currency = [o for o in orders if o.currency and currency and o.currency != currency]
    if other_currency:
        notes.append(
            i18n.ngettext(
                "{count} order in another currency than {currency} is not counted.",
                "{count} orders in another currency than {currency} are not counted.",
                len(other_currency),
            ).format(count=len(other_currency), currency=currency)
        )
        orders = [o for o in orders if not (o.currency and o.currency != currency)]
    if tl.bad_lines:
        notes.append(
            i18n.ngettext(
                "{bad_lines} unreadable line in the timeline was skipped.",
                "{bad_lines} unreadable lines in the timeline were skipped.",
                tl.bad_lines,
            ).format(bad_lines=tl.bad_lines)
        )

    titles = {pid: p.title for pid, p in tl.products.items()}

    def title(pid: str) -> str:
        return titles.get(pid, pid)

    # -- headline ----------------------------------------------------------------------
    revenue = sum(o.amount for o in orders)
    units = sum(o.qty for o in orders)
    buyers = {o.who for o in orders}  # accounts: two "Anna"s are two buyers
    viewer_steps = [(t, n) for t, n, _ in tl.viewers]
    steps = Steps(viewer_steps)
    peak = max([n for _, n, _ in tl.viewers] + [p for _, _, p in tl.viewers] + [0])
    avg_viewers = steps.mean(start, end) or 0.0
    minutes_f = duration / 60 if duration > 0 else 0.0
    comments = [c for c in tl.comments if c.role not in ("host", "cohost", "moderator")]
    interactions = sum(1 for c in comments if c.kind in INTERACTION_KINDS)
    headline = Headline(
        revenue_minor=revenue,
        orders=len(orders),
        units=units,
        aov_minor=divide_minor(revenue, len(orders)),
        unique_buyers=len(buyers),
        peak_viewers=peak,
        avg_viewers=avg_viewers,
        buyer_conversion=len(buyers) / peak if peak else None,
        duration_s=duration,
        revenue_per_minute_minor=divide_minor(revenue, minutes_f) if minutes_f else revenue,
        interactions=interactions,
        revenue_per_interaction_minor=divide_minor(revenue, interactions) if interactions else None,
    )

    # -- minutes -----------------------------------------------------------------------
    n_minutes = max(1, math.ceil(duration / 60))
    rev = [0] * n_minutes
    cnt = [0] * n_minutes
    unt = [0] * n_minutes
    for o in orders:
        i = min(n_minutes - 1, max(0, int((o.t - start) // 60)))
        rev[i] += o.amount
        cnt[i] += 1
        unt[i] += o.qty
    minutes = tuple(
        MinuteRow(
            i,
            rev[i],
            cnt[i],
            unt[i],
            steps.mean(start + 60 * i, min(end, start + 60 * (i + 1))),
        )
        for i in range(n_minutes)
    )

    # The chart's bars: a minute each, shorter for a short show (a rehearsal), never under 5 s.
    width = 60.0 if duration >= 600 else max(5.0, math.ceil(duration / 30 / 5) * 5.0)
    n_bins = max(1, math.ceil(duration / width))
    bin_rev = [0] * n_bins
    for o in orders:
        bin_rev[min(n_bins - 1, max(0, int((o.t - start) // width)))] += o.amount
    bins = tuple((i * width, width, bin_rev[i]) for i in range(n_bins))

    # -- pins, flash sales, products -----------------------------------------------------
    spans = _pin_spans(tl, start, end)
    pins = tuple(PinSpan(pid, title(pid), a - start, b - start) for pid, a, b in spans)
    by_product: dict[str, list[TOrder]] = defaultdict(list)
    for o in orders:
        by_product[o.product].append(o)

    flashes: list[FlashRow] = []
    for f in sorted(tl.flashes.values(), key=lambda f: f.start):
        a, b = f.start, max(f.start, min(f.end, end))
        po = by_product.get(f.product, [])
        # The platform marks an order sold at the flash price (`flash`); that is the truth, not
        # the order's time, which may fall a moment outside [a, b] on this clock (an order
        # placed in the last instant, stamped by the server after the studio saw the end).
        during = [o for o in po if o.flash and a - FLASH_SLACK_S <= o.t <= b + FLASH_SLACK_S]
        length = b - a
        before_a = max(start, a - length)
        before = [o for o in po if before_a <= o.t < a]
        per_min_during = len(during) / (length / 60) if length > 0 else 0.0
        per_min_before = len(before) / ((a - before_a) / 60) if a - before_a >= 1 else None
        uplift = per_min_during / per_min_before if per_min_before else None
        flashes.append(
            FlashRow(
                product_id=f.product,
                title=title(f.product),
                price_minor=f.price,
                start=a - start,
                end=b - start,
                orders=len(during),
                units=sum(o.qty for o in during),
                revenue_minor=sum(o.amount for o in during),
                per_min_during=per_min_during,
                per_min_before=per_min_before,
                uplift=uplift,
                status=f.status,
            )
        )

    pinned_seqs = _pinned_orders(orders, spans)
    product_ids = list(tl.products) + [pid for pid in by_product if pid not in tl.products]
    products: list[ProductRow] = []
    for pid in product_ids:
        po = by_product.get(pid, [])
        p = tl.products.get(pid)
        my_spans = [(a, b) for q, a, b in spans if q == pid]
        pinned_s = sum(b - a for a, b in my_spans)
        while_pinned = [o for o in po if o.seq in pinned_seqs]
        viewers_pinned = (
            sum((steps.mean(a, b) or 0.0) * (b - a) for a, b in my_spans) / pinned_s
            if pinned_s > 0
            else 0.0
        )
        conv = len({o.who for o in while_pinned}) / viewers_pinned if viewers_pinned > 0 else None
        p_units = sum(o.qty for o in po)
        # the newest order's stock left (by seq), else the last recorded stock
        stock_left = max(po, key=lambda o: o.seq).left if po else (p.stock if p else None)
        through = (
            p_units / (p_units + stock_left)
            if stock_left is not None and p_units + stock_left > 0
            else None
        )
        if p is None and not po:
            continue
        products.append(
            ProductRow(
                product_id=pid,
                sku=p.sku if p is not None else pid,
                title=title(pid),
                price_minor=p.price if p is not None else None,
                orders=len(po),
                units=p_units,
                revenue_minor=sum(o.amount for o in po),
                pinned_s=pinned_s,
                orders_pinned=len(while_pinned),
                conversion_pinned=conv,
                stock_left=stock_left,
                sell_through=through,
                flash_sales=sum(1 for f in flashes if f.product_id == pid),
            )
        )
    products.sort(key=lambda r: (-r.revenue_minor, -r.pinned_s, r.sku))

    # -- resellers ---------------------------------------------------------------------
    ref_orders: Counter[str] = Counter()
    ref_revenue: Counter[str] = Counter()
    for o in orders:
        if o.referral:
            ref_orders[o.referral] += 1
            ref_revenue[o.referral] += o.amount
    codes = list(tl.resellers) + [c for c in ref_orders if c not in tl.resellers]
    resellers = tuple(
        sorted(
            (ResellerRow(c, tl.resellers.get(c, c), ref_orders[c], ref_revenue[c]) for c in codes),
            key=lambda r: (-r.revenue_minor, r.code),
        )
    )

    # -- engagement --------------------------------------------------------------------
    questions = [c for c in comments if c.kind == "question"]
    replies: dict[str, float] = {}
    for c in tl.comments:
        if c.reply_to and c.reply_to not in replies:
            replies[c.reply_to] = c.t
    answer_times = sorted(replies[q.id] - q.t for q in questions if q.id in replies)
    commenters = {c.who for c in comments}
    engagement = Engagement(
        comments=sum(1 for c in comments if c.kind != "question"),
        questions=len(questions),
        answered=len(answer_times),
        commenters=len(commenters),
        commenters_who_bought=len(commenters & buyers),
        median_answer_s=answer_times[len(answer_times) // 2] if answer_times else None,
    )

    # -- community and buyers ------------------------------------------------------------
    known_before = {who for _, who, n, new in tl.members if not new and n > 0}
    returning_names = (known_before | earlier_buyers) & buyers
    per_buyer: dict[str, list[TOrder]] = defaultdict(list)
    for o in orders:
        per_buyer[o.who].append(o)
    buyer_rows = []
    for who, bo in per_buyer.items():
        name = bo[-1].buyer  # the latest name the account bought under
        prods: dict[str, tuple[int, int, int]] = {}
        for o in bo:
            n, u, s = prods.get(o.product, (0, 0, 0))
            prods[o.product] = (n + 1, u + o.qty, s + o.amount)
        buyer_rows.append(
            BuyerRow(
                name=name,
                returning=who in returning_names,
                orders=len(bo),
                units=sum(o.qty for o in bo),
                spent_minor=sum(o.amount for o in bo),
                first_order_t=bo[0].t,
                referrals=tuple(sorted({o.referral for o in bo if o.referral})),
                products=prods,
                viewer_id=who,
            )
        )
    buyer_rows.sort(key=lambda b: (-b.spent_minor, b.name))
    community = Community(
        new_members=sum(1 for _, _, _, new in tl.members if new),
        returning_buyers=len(returning_names),
        new_buyers=len(buyers) - len(returning_names),
    )

    # -- stream health -----------------------------------------------------------------
    hs = [h for h in tl.health if start - 10 <= h.t <= end + 10]
    last = hs[-1] if hs else None
    first = hs[0] if hs else None
    trouble = 0.0
    for i, (t, state, _) in enumerate(tl.ingest):
        nxt = tl.ingest[i + 1][0] if i + 1 < len(tl.ingest) else end
        if state in ("degraded", "offline"):
            lo, hi = max(t, start), min(nxt, end)
            if hi > lo and t >= start - 1:
                trouble += hi - lo
    health = Health(
        samples=len(hs),
        avg_kbps=sum(h.kbps for h in hs) / len(hs) if hs else None,
        min_kbps=min(h.kbps for h in hs) if hs else None,
        encoded=last.encoded if last else 0,
        dropped=last.dropped if last else 0,
        skipped=last.skipped if last else 0,
        lagged=last.lagged if last else 0,
        reconnects=(last.reconnects - (first.reconnects if first else 0)) if last else 0,
        ingest_trouble_s=trouble,
        series=tuple((h.t - start, h.kbps, h.dropped, h.reconnects) for h in hs),
    )

    if tl.other:
        kinds = ", ".join(sorted(tl.other))
        notes.append(
            i18n._("Records of kinds this version does not report on were kept: {kinds}.").format(
                kinds=kinds
            )
        )
    return Report(
        show_id=tl.show.id,
        title=tl.show.title or tl.show.id,
        host=tl.show.host,
        theme=tl.show.theme,
        currency=currency,
        start=start,
        end=end,
        headline=headline,
        minutes=minutes,
        viewers=tuple((t - start, n) for t, n in viewer_steps if start - 60 <= t <= end),
        bins=bins,
        pins=pins,
        flashes=tuple(flashes),
        products=tuple(products),
        resellers=resellers,
        engagement=engagement,
        community=community,
        health=health,
        buyers=tuple(buyer_rows),
        history=tuple(history),
        notes=tuple(notes),
    )
