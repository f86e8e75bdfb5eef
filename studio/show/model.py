"""The show model: one thread-safe owner of the show's state, with typed change events.

The platform sync feeds it from its threads; the UI and the overlays read immutable snapshots
(`state`) and subscribe to events. It knows nothing of HTTP or Qt, so tests and a headless
`studio broadcast` drive the same model the window shows.

Callbacks run on the thread that made the change, after the model's lock is released, one at a
time across all threads (so they see changes in order). A callback that raises is logged and
the others still run.
"""

from __future__ import annotations

import dataclasses
import heapq
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from studio.show import auction as au
from studio.show import events as ev
from studio.show import giveaway as gv
from studio.show.catalog import Catalog, Product, UnknownProduct
from studio.show.community import Member, MemberMoment, ResellerProgram, members_by_standing
from studio.show.money import from_minor
from studio.show.orders import OrderBook
from studio.show.polls import Poll
from studio.show.rundown import Rundown
from studio.show.state import (
    Comment,
    CommentPin,
    IngestHealth,
    Order,
    PendingChange,
    PinState,
    QueueState,
    Reseller,
    Restriction,
    SalesStats,
    ShowInfo,
    ShowState,
    Supporter,
    SyncStatus,
    Timer,
    Viewers,
)
from studio.show.vouchers import Voucher

log = logging.getLogger(__name__)

Callback = Callable[[ev.ShowEvent], None]

TOP_SUPPORTERS = 100


@dataclass(frozen=True)
class ShowSnapshot:
    """Everything read from the platform at (re)load, to replace the model's state at once."""

    show: ShowInfo
    products: tuple[Product, ...]
    queue: QueueState
    pin: PinState
    timers: tuple[Timer, ...] = ()
    comments: tuple[Comment, ...] = ()
    supporters: tuple[Supporter, ...] = ()
    resellers: tuple[Reseller, ...] = ()
    viewers: Viewers = field(default_factory=Viewers)
    ingest: IngestHealth = field(default_factory=IngestHealth)
    comment_pin: CommentPin = field(default_factory=CommentPin)
    restrictions: tuple[Restriction, ...] = ()
    vouchers: tuple[Voucher, ...] = ()
    poll: Poll | None = None
    rundown: Rundown = field(default_factory=Rundown)
    auction: au.Auction | None = None
    bids: tuple[au.Bid, ...] = ()
    giveaway: gv.Giveaway | None = None


def supporter_key(s: Supporter) -> str:
    """Who a supporter is: their account (contract 1.7.0), or their name on an older
    platform, which knew no accounts."""
    return s.viewer_id or s.name


class ShowModel:
    """clock: the local wall clock (seconds); server time is `clock() + clock_offset_s`."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        keep_comments: int = 300,
        keep_orders: int = 100,
        stats_window_s: float = 60.0,
        keep_bids: int = 50,
    ) -> None:
        self._clock = clock
        self._lock = threading.RLock()
        self._emit_lock = threading.RLock()
        self.events = ev.EventHub()
        self._offset = 0.0
        self._show: ShowInfo | None = None
        self._products: dict[str, Product] = {}  # by platform id, catalog order
        self._catalog = Catalog()
        self._queue = QueueState()
        self._pin = PinState()
        self._timers: dict[str, Timer] = {}
        self._book = OrderBook(window_s=stats_window_s, keep_recent=keep_orders)
        self._comments: deque[Comment] = deque(maxlen=keep_comments)
        self._comment_ids: set[str] = set()
        self._comment_pin = CommentPin()
        self._restrictions: dict[str, Restriction] = {}  # by id, in force, oldest first
        self._supporters: dict[str, Supporter] = {}  # by account (`supporter_key`)
        self._resellers: dict[str, Reseller] = {}
        self._viewers = Viewers()
        self._ingest = IngestHealth()
        self._sync = SyncStatus()
        self._pending: tuple[PendingChange, ...] = ()
        self._planned_queue: tuple[str, ...] | None = None
        self._state: ShowState | None = None
        self._vouchers: dict[str, Voucher] = {}  # by id, oldest first
        self._poll: Poll | None = None
        self._rundown = Rundown()
        self._auction: au.Auction | None = None
        self._bids: deque[au.Bid] = deque(maxlen=keep_bids)
        self._giveaway: gv.Giveaway | None = None
        self._members: dict[str, Member] = {}  # by account, `viewer_id` (issue 21)
        self._tiers: tuple[str, ...] = ()
        self._giveaway_weights: tuple[tuple[str, int], ...] = ()
        self._moment: MemberMoment | None = None
        self._program = ResellerProgram()

    # -- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> ShowState:
        """A consistent, immutable snapshot; rebuilt only after something changed."""
        with self._lock:
            if self._state is None:
                self._state = self._build()
            return self._state

    @property
    def planned_queue(self) -> tuple[str, ...]:
        """The queue as the user arranged it: the platform's, with waiting edits applied."""
        with self._lock:
            if self._planned_queue is not None:
                return self._planned_queue
            return self._queue.product_ids

    def _top_supporters(self) -> tuple[Supporter, ...]:
        """The leaderboard: the `TOP_SUPPORTERS` with the most points, most first."""
        return tuple(
            heapq.nsmallest(
                TOP_SUPPORTERS, self._supporters.values(), key=lambda s: (-s.points, s.name)
            )
        )

    def _build(self) -> ShowState:
        supporters = self._top_supporters()
        return ShowState(
            show=self._show,
            catalog=self._catalog,
            queue=self._queue,
            pin=self._pin,
            timers=tuple(t for t in self._timers.values() if t.status == "active"),
            sales=self._book.stats(self._catalog, self.server_now()),
            recent_orders=tuple(self._book.recent),
            comments=tuple(self._comments),
            comment_pin=self._comment_pin,
            restrictions=tuple(self._restrictions.values()),
            supporters=supporters,
            resellers=tuple(self._resellers.values()),
            viewers=self._viewers,
            ingest=self._ingest,
            sync=self._sync,
            pending=self._pending,
            clock_offset_s=self._offset,
            vouchers=tuple(self._vouchers.values()),
            poll=self._poll,
            rundown=self._rundown,
            auction=self._auction,
            bids=tuple(self._bids),
            giveaway=self._giveaway,
            members=members_by_standing(self._members.values()),
            tiers=self._tiers,
            giveaway_weights=self._giveaway_weights,
            moment=self._moment,
            reseller_program=self._program,
        )

    def subscribe(self, callback: Callback) -> Callable[[], None]:
        """Call `callback(event)` for every kind of change from now on; returns the unsubscriber.

        To hear only some kinds, use `self.events.connect(kind, fn)`.
        """
        return self.events.connect(ev.ShowEvent, callback)

    def subscribe_with_state(self, callback: Callback) -> tuple[ShowState, Callable[[], None]]:
        """Subscribe and take a snapshot atomically with respect to emitted events: every
        event after the snapshot reaches `callback`. A change applied just before may be in the
        snapshot and also arrive as an event, so a subscriber folds events idempotently
        (`studio.show.reduce.apply` does)."""
        with self._emit_lock:
            unsubscribe = self.events.connect(ev.ShowEvent, callback)
            return self.state, unsubscribe

    def _emit(self, events: Sequence[ev.ShowEvent]) -> None:
        if not events:
            return
        with self._emit_lock:  # one change's events reach everyone before the next change's
            for event in events:
                self.events.emit(event)

    def server_now(self) -> datetime:
        """The platform's time now (aware UTC), from the local clock and the measured offset."""
        return datetime.fromtimestamp(self._clock() + self._offset, UTC)

    @property
    def clock_offset_s(self) -> float:
        """Server time minus local time, in seconds."""
        return self._offset

    def time_left(self, product_id: str) -> float | None:
        """Seconds left of the flash sale on a product (None if there is none)."""
        with self._lock:
            timer = next(
                (
                    t
                    for t in self._timers.values()
                    if t.product_id == product_id and t.status == "active"
                ),
                None,
            )
        return None if timer is None else timer.remaining_s(self.server_now())

    def find(self, sku_or_id: str) -> Product:
        """The product with this SKU (or platform id); `UnknownProduct` if there is none."""
        with self._lock:
            for p in self._products.values():
                if p.sku == sku_or_id:
                    return p
            if sku_or_id in self._products:
                return self._products[sku_or_id]
            catalog = self._catalog
        return catalog.get(sku_or_id)  # raises UnknownProduct with the known SKUs

    def sales(self) -> SalesStats:
        """Sales figures as of now (the pace decays while no orders come in)."""
        with self._lock:
            return self._book.stats(self._catalog, self.server_now())

    @property
    def high_water_seq(self) -> int:
        """Every order up to this `seq` is here: catch up from it."""
        with self._lock:
            return self._book.high_water

    @property
    def loaded(self) -> bool:
        """True once a show was loaded from the platform."""
        with self._lock:
            return self._show is not None

    # -- feeding (platform sync) -------------------------------------------------------------

    def _changed(self) -> None:
        self._state = None

    def set_clock_offset(self, offset_s: float) -> None:
        """Take a new server-minus-local estimate (seconds); announces `ClockChanged` when it moved
        by 1 ms or more."""
        with self._lock:
            if abs(offset_s - self._offset) < 0.001:
                return
            self._offset = offset_s
            self._changed()
        self._emit([ev.ClockChanged(offset_s)])

    def load(self, snap: ShowSnapshot) -> None:
        """Replace the state with a fresh read (orders are kept: they come from the book).

        The queue, the product pin and the comment pin keep what we hold when it is newer (by
        version) than the read's, for the same show: a read is many requests long, and a pin
        answered while it ran must not be undone by it (the comment then vanished from the
        window and the screen while the platform had it pinned)."""
        with self._lock:
            same = self._show is not None and self._show.id == snap.show.id
            self._show = snap.show
            self._book.currency = snap.show.currency
            self._products = {p.product_id or p.sku: p for p in snap.products}
            keep = same and self._queue.version > snap.queue.version
            self._queue = self._queue if keep else snap.queue
            self._pin = self._pin if same and self._pin.version > snap.pin.version else snap.pin
            self._timers = {t.id: t for t in snap.timers}
            self._comments.clear()
            self._comment_ids.clear()
            for c in snap.comments:
                self._add_comment(c)
            if not (same and self._comment_pin.version > snap.comment_pin.version):
                self._comment_pin = snap.comment_pin
            self._restrictions = {r.id: r for r in snap.restrictions}
            self._supporters = {supporter_key(s): s for s in snap.supporters}
            self._resellers = {r.code: r for r in snap.resellers}
            self._viewers = snap.viewers
            self._ingest = snap.ingest
            self._vouchers = {v.id: v for v in snap.vouchers}
            self._poll = snap.poll
            self._rundown = snap.rundown
            self._auction, self._giveaway = snap.auction, snap.giveaway
            self._bids.clear()
            self._bids.extend(snap.bids)
            self._rebuild_catalog()
            self._changed()
        self._emit([ev.ShowLoaded(self.state)])

    def _rebuild_catalog(self) -> None:
        products = []
        for pid, p in self._products.items():
            products.append(dataclasses.replace(p, sold=self._book.units_sold(pid)))
        self._products = {p.product_id or p.sku: p for p in products}
        source = self._show.title if self._show else "platform"
        self._catalog = Catalog(products=tuple(products), source=source)

    def add_orders(self, orders: Iterable[Order]) -> tuple[Order, ...]:
        """Count new orders (duplicates are ignored); returns the new ones."""
        with self._lock:
            new = self._book.add(orders)
            if not new:
                return ()
            touched = {o.product_id for o in new}
            for pid in touched:
                p = self._products.get(pid)
                if p is None:
                    continue
                stock, _ = self._book.stock_after_orders(pid)
                self._products[pid] = dataclasses.replace(
                    p,
                    stock=stock if stock is not None else p.stock,
                    sold=self._book.units_sold(pid),
                )
            self._catalog = Catalog(
                products=tuple(self._products.values()), source=self._catalog.source
            )
            self._changed()
            catalog = self._catalog
            sales = self._book.stats(catalog, self.server_now())
        out = tuple(new)
        self._emit([ev.OrdersReceived(out, sales), ev.CatalogChanged(catalog)])
        return out

    def update_supporters(self, changes: Iterable[Order | Supporter]) -> None:
        """Live events' effect on supporters and resellers, in event order, once per event.

        An `Order` credits its buyer (if already a supporter) and its reseller; a `Supporter`
        (a newcomer, with the points that made them one) is added. Orders that arrive only by
        catch-up are not credited: the supporters read at load already count them.
        """
        supporters_moved = resellers_moved = False
        with self._lock:
            for change in changes:
                if isinstance(change, Supporter):
                    if self._supporters.get(supporter_key(change)) != change:
                        self._supporters[supporter_key(change)] = change
                        supporters_moved = True
                    continue
                key = change.viewer_id or change.buyer_name
                s = self._supporters.get(key)
                if s is not None:
                    self._supporters[key] = dataclasses.replace(
                        s,
                        name=change.buyer_name,  # the latest name the account went by
                        points=s.points + change.points_earned,
                        orders_count=s.orders_count + 1,
                        spent_minor=s.spent_minor + change.amount_minor,
                    )
                    supporters_moved = True
                r = self._resellers.get(change.referral_code or "")
                if r is not None:
                    self._resellers[r.code] = dataclasses.replace(
                        r,
                        orders_count=r.orders_count + 1,
                        revenue_minor=r.revenue_minor + change.amount_minor,
                    )
                    resellers_moved = True
            if not (supporters_moved or resellers_moved):
                return
            self._changed()
            top = self._top_supporters() if supporters_moved else ()
            resellers = tuple(self._resellers.values())
        events: list[ev.ShowEvent] = []
        if supporters_moved:
            events.append(ev.SupportersChanged(top))
        if resellers_moved:
            events.append(ev.ResellersChanged(resellers))
        self._emit(events)

    def set_show(self, show: ShowInfo) -> None:
        """Take the show's new description; announces `ShowChanged` when it differs."""
        with self._lock:
            if show == self._show:
                return
            self._show = show
            self._book.currency = show.currency
            self._changed()
        self._emit([ev.ShowChanged(show)])

    def update_product(self, product: Product) -> None:
        """Replace one product (its sold count is kept); announces `CatalogChanged`."""
        pid = product.product_id or product.sku
        with self._lock:
            old = self._products.get(pid)
            if old is not None:
                product = dataclasses.replace(product, sold=old.sold)
            self._products[pid] = product
            self._catalog = Catalog(
                products=tuple(self._products.values()), source=self._catalog.source
            )
            self._changed()
            catalog = self._catalog
        self._emit([ev.CatalogChanged(catalog)])

    def set_queue(self, queue: QueueState) -> None:
        """Take the platform's queue unless we already hold a newer version."""
        with self._lock:
            if queue.version < self._queue.version or queue == self._queue:
                return
            self._queue = queue
            self._changed()
            products = tuple(self._products[i] for i in queue.product_ids if i in self._products)
        self._emit([ev.QueueChanged(queue, products)])

    def set_pin(self, pin: PinState) -> None:
        """Take the platform's pin unless ours is newer (by version); announces `PinChanged`."""
        with self._lock:
            if pin.version < self._pin.version or pin == self._pin:
                return
            self._pin = pin
            self._changed()
            product = self._products.get(pin.product_id or "")
        self._emit([ev.PinChanged(pin, product)])

    def set_timer(self, timer: Timer) -> None:
        """A timer started, ended or was cancelled; the product's flash price follows."""
        with self._lock:
            old = self._timers.get(timer.id)
            if old == timer or (old is not None and old.status != "active"):
                return
            self._timers[timer.id] = timer
            p = self._products.get(timer.product_id)
            if p is not None:
                active = timer.status == "active"
                flash = from_minor(timer.flash_price_minor, p.currency) if active else None
                self._products[timer.product_id] = p = dataclasses.replace(p, flash_price=flash)
                self._catalog = Catalog(
                    products=tuple(self._products.values()), source=self._catalog.source
                )
            self._changed()
            catalog = self._catalog
        event: ev.ShowEvent = (
            ev.TimerStarted(timer, p) if timer.status == "active" else ev.TimerEnded(timer, p)
        )
        self._emit([event, ev.CatalogChanged(catalog)])

    # -- vouchers, polls, rundown (issue 20) ---------------------------------------------------
    # The platform sends absolute counts; a reply may reach us after a newer event (a claim
    # made while our POST's answer travelled), so an older view never replaces a newer one:
    # counts only grow, an ended voucher or closed poll stays so, versions only go up.

    def set_voucher(self, voucher: Voucher) -> None:
        """A voucher as the platform now says (older views are ignored); `VoucherChanged`."""
        with self._lock:
            old = self._vouchers.get(voucher.id)
            if old is not None and (
                old == voucher
                or voucher.claims < old.claims
                or voucher.redeemed < old.redeemed
                or (voucher.running and not old.running)
            ):
                return
            self._vouchers[voucher.id] = voucher
            self._changed()
        self._emit([ev.VoucherChanged(voucher)])

    def set_poll(self, poll: Poll) -> None:
        """The latest poll as the platform now says (older views are ignored); `PollChanged`."""
        with self._lock:
            old = self._poll
            if old is not None and old.id == poll.id:
                if old == poll or poll.total < old.total or (poll.open and not old.open):
                    return
            elif (
                old is not None
                and poll.opened_at is not None
                and old.opened_at is not None
                and poll.opened_at < old.opened_at
            ):
                return  # an older poll's late news
            self._poll = poll
            self._changed()
        self._emit([ev.PollChanged(poll)])

    def set_rundown(self, rundown: Rundown) -> None:
        """The rundown at a newer version; `RundownChanged`."""
        with self._lock:
            if rundown == self._rundown or rundown.version < self._rundown.version:
                return
            self._rundown = rundown
            self._changed()
        self._emit([ev.RundownChanged(rundown)])

    def expire_timers(self) -> None:
        """End timers whose `ends_at` passed in server time (the platform's event may lag)."""
        now = self.server_now()
        with self._lock:
            due = [t for t in self._timers.values() if t.status == "active" and t.ends_at <= now]
        for t in due:
            self.set_timer(dataclasses.replace(t, status="ended"))

    # -- auctions and giveaways (issue 20) -----------------------------------------------------

    def set_auction(self, auction: au.Auction) -> None:
        """Take an auction as the platform sent it (started, ended, or read at load).

        The latest auction is kept: another one replaces it only if it started no earlier;
        for the same auction an ended state is final and a copy with fewer bids is stale.
        A copy without the reserve amount (the event stream never carries it) keeps the one
        already known. Announces `AuctionChanged`.
        """
        with self._lock:
            old = self._auction
            if (
                old is not None
                and old.id == auction.id
                and auction.reserve_minor is None
                and old.reserve_minor is not None
            ):
                auction = dataclasses.replace(auction, reserve_minor=old.reserve_minor)
            if old is not None and old.id == auction.id:
                if old == auction or old.status != au.ACTIVE:
                    return
                if auction.status == au.ACTIVE and auction.bid_count < old.bid_count:
                    return
            elif old is not None and auction.starts_at < old.starts_at:
                return
            if old is None or old.id != auction.id:
                self._bids.clear()
            self._auction = auction
            self._changed()
        self._emit([ev.AuctionChanged(auction)])

    def add_bids(self, bids: Iterable[au.Bid]) -> tuple[au.Bid, ...]:
        """Fold accepted bids into the latest auction; those already held (by `seq`), for
        another auction, or after it ended change nothing. Announces `BidsReceived` with the
        new ones and returns them."""
        with self._lock:
            auction = self._auction
            new: list[au.Bid] = []
            for b in bids:
                if auction is None:
                    break
                after = au.apply_bid(auction, b)
                if after is not auction:
                    auction = after
                    new.append(b)
                    self._bids.append(b)
            if not new or auction is None:
                return ()
            self._auction = auction
            self._changed()
        self._emit([ev.BidsReceived(auction, tuple(new))])
        return tuple(new)

    def set_giveaway(self, giveaway: gv.Giveaway) -> None:
        """Take a giveaway as the platform sent it; the latest is kept as `set_auction` keeps
        auctions (a drawn or cancelled one is final). Announces `GiveawayChanged`."""
        with self._lock:
            old = self._giveaway
            if old is not None and old.id == giveaway.id:
                if old == giveaway or old.status != gv.OPEN:
                    return
                if giveaway.status == gv.OPEN and giveaway.entry_count < old.entry_count:
                    return
            elif old is not None and giveaway.opens_at < old.opens_at:
                return
            self._giveaway = giveaway
            self._changed()
        self._emit([ev.GiveawayChanged(giveaway)])

    def add_entries(self, entries: Iterable[gv.Entry]) -> tuple[gv.Entry, ...]:
        """Count new entries of the latest giveaway (each once, by number); announces
        `EntriesReceived` with the new ones and returns them."""
        with self._lock:
            giveaway = self._giveaway
            new: list[gv.Entry] = []
            for e in entries:
                if giveaway is None:
                    break
                after = gv.apply_entry(giveaway, e)
                if after is not giveaway:
                    giveaway = after
                    new.append(e)
            if not new or giveaway is None:
                return ()
            self._giveaway = giveaway
            self._changed()
        self._emit([ev.EntriesReceived(giveaway, tuple(new))])
        return tuple(new)

    def add_comments(self, comments: Iterable[Comment]) -> None:
        """Add comments not seen before (by id); announces `CommentsReceived` with the new ones."""
        with self._lock:
            new = tuple(c for c in comments if self._add_comment(c))
            if new:
                self._changed()
        if new:
            self._emit([ev.CommentsReceived(new)])

    def _add_comment(self, c: Comment) -> bool:
        if c.id in self._comment_ids:
            return False
        if len(self._comments) == self._comments.maxlen:
            self._comment_ids.discard(self._comments[0].id)
        self._comments.append(c)
        self._comment_ids.add(c.id)
        return True

    def update_comment(self, comment: Comment) -> None:
        """A comment was hidden or shown again: the kept copy (and the pinned one) follow.

        A comment not kept (scrolled away) changes nothing, unless it is the pinned one.
        """
        with self._lock:
            kept = comment.id in self._comment_ids
            changed = False
            if kept:
                for i, c in enumerate(self._comments):
                    if c.id == comment.id:
                        changed = c != comment
                        self._comments[i] = comment
                        break
            pin = self._comment_pin
            if pin.comment is not None and pin.comment.id == comment.id and pin.comment != comment:
                self._comment_pin = dataclasses.replace(pin, comment=comment)
                changed = True
            if not changed:
                return
            self._changed()
        self._emit([ev.CommentUpdated(comment)])

    def set_comment_pin(self, pin: CommentPin) -> None:
        """The comment on screen, unless we already hold a newer version of the pin."""
        with self._lock:
            if pin.version < self._comment_pin.version or pin == self._comment_pin:
                return
            self._comment_pin = pin
            self._changed()
        self._emit([ev.CommentPinChanged(pin)])

    def set_restriction(self, restriction: Restriction, active: bool) -> None:
        """A viewer muted or blocked (`active`), or let back (not `active`)."""
        with self._lock:
            if active:
                if self._restrictions.get(restriction.id) == restriction:
                    return
                self._restrictions[restriction.id] = restriction
            elif self._restrictions.pop(restriction.id, None) is None:
                return
            self._changed()
            now = tuple(self._restrictions.values())
        self._emit([ev.RestrictionsChanged(now)])

    def add_supporter(self, supporter: Supporter) -> None:
        """A newcomer to the supporters (see `update_supporters`)."""
        self.update_supporters([supporter])

    # -- the community and resellers (issue 21) -------------------------------------------------

    def set_reseller(self, reseller: Reseller) -> None:
        """A reseller joined (or is described anew); announces `ResellersChanged`."""
        with self._lock:
            if self._resellers.get(reseller.code) == reseller:
                return
            self._resellers[reseller.code] = reseller
            self._changed()
            resellers = tuple(self._resellers.values())
        self._emit([ev.ResellersChanged(resellers)])

    def reverse_attribution(self, code: str, amount_minor: int) -> None:
        """A refunded or cancelled order no longer counts for reseller `code`."""
        with self._lock:
            r = self._resellers.get(code)
            if r is None:
                return
            self._resellers[code] = dataclasses.replace(
                r,
                orders_count=max(0, r.orders_count - 1),
                revenue_minor=max(0, r.revenue_minor - amount_minor),
            )
            self._changed()
            resellers = tuple(self._resellers.values())
        self._emit([ev.ResellersChanged(resellers)])

    def set_reseller_program(self, program: ResellerProgram) -> None:
        """The show's reseller mode and commission rate; `ResellerProgramChanged`."""
        with self._lock:
            if program == self._program:
                return
            self._program = program
            self._changed()
        self._emit([ev.ResellerProgramChanged(program)])

    def set_members(
        self,
        members: Iterable[Member],
        *,
        tiers: tuple[str, ...] | None = None,
        moment: MemberMoment | None = None,
        replace: bool = False,
        giveaway_weights: tuple[tuple[str, int], ...] | None = None,
    ) -> None:
        """Take members as the platform now describes them (all of them when `replace`), the
        tier names and each tier's giveaway weight when given, and a moment to celebrate;
        announces `MembersChanged`."""
        with self._lock:
            if replace:
                self._members = {}
            for m in members:
                self._members[m.viewer_id or m.name] = m
            if tiers is not None:
                self._tiers = tiers
            if giveaway_weights is not None:
                self._giveaway_weights = giveaway_weights
            if moment is not None:
                self._moment = moment
            self._changed()
            state = self.state
        self._emit([ev.MembersChanged(state.members, state.tiers, moment, state.giveaway_weights)])

    def set_viewers(self, viewers: Viewers) -> None:
        """Take the audience count; announces `ViewersChanged` when it moved."""
        with self._lock:
            if viewers == self._viewers:
                return
            self._viewers = viewers
            self._changed()
        self._emit([ev.ViewersChanged(viewers)])

    def set_ingest(self, ingest: IngestHealth) -> None:
        """Take the platform's view of our stream; announces `IngestChanged` when it moved."""
        with self._lock:
            if ingest == self._ingest:
                return
            self._ingest = ingest
            self._changed()
        self._emit([ev.IngestChanged(ingest)])

    def set_sync(
        self,
        status: SyncStatus | None = None,
        pending: tuple[PendingChange, ...] | None = None,
        planned_queue: tuple[str, ...] | None = None,
    ) -> None:
        """Link state and the changes waiting to sync (and the queue as they would make it)."""
        with self._lock:
            new_pending = self._pending if pending is None else pending
            if pending is not None:
                self._planned_queue = planned_queue
            new_status = dataclasses.replace(status or self._sync, pending=len(new_pending))
            if new_status == self._sync and new_pending == self._pending:
                return
            self._sync, self._pending = new_status, new_pending
            self._changed()
        self._emit([ev.SyncStatusChanged(new_status, new_pending)])

    def change_failed(self, change: PendingChange, message: str, hint: str = "") -> None:
        """Announce that the platform refused `change` for good (`ChangeFailed`, with message and
        hint)."""
        self._emit([ev.ChangeFailed(change, message, hint)])


__all__ = ["ShowModel", "ShowSnapshot", "UnknownProduct"]
