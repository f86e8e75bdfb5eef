"""The show's state as immutable values: what the UI renders and the overlays draw.

Everything here is a frozen dataclass or a tuple, so a snapshot can be handed to another
thread (the Qt adapter, the overlay scene) without copying or locking. Money stays in integer
minor units plus a currency, as on the platform; `studio.show.money` turns it into Decimals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from studio import i18n
from studio.show.auction import Auction, Bid
from studio.show.catalog import Catalog, Product
from studio.show.community import Member, MemberMoment, ResellerProgram
from studio.show.giveaway import Giveaway
from studio.show.money import from_minor
from studio.show.polls import Poll
from studio.show.rundown import Rundown
from studio.show.vouchers import Voucher


class ShowStatus(StrEnum):
    """The show's life cycle on the platform: scheduled -> live -> ended."""

    SCHEDULED = "scheduled"
    LIVE = "live"
    ENDED = "ended"


@dataclass(frozen=True, slots=True)
class ShowInfo:
    """The show as the platform describes it; times are aware UTC datetimes, `currency` an ISO 4217
    code, colours `#rrggbb`."""

    id: str
    title: str
    host_name: str
    status: ShowStatus
    currency: str
    theme_name: str | None = None
    accent_color: str | None = None
    background_color: str | None = None
    loyalty_multiplier: int = 1
    scheduled_start: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    ingest_url: str = ""


@dataclass(frozen=True, slots=True)
class QueueState:
    """The running order (platform product ids) and the version edits are made against."""

    product_ids: tuple[str, ...] = ()
    version: int = 0


@dataclass(frozen=True, slots=True)
class PinState:
    """The pinned product (platform id, None: nothing pinned); `version` is what a pin edit is made
    against (If-Match)."""

    product_id: str | None = None
    pinned_by: str | None = None
    pinned_at: datetime | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class Timer:
    """A flash sale until an absolute `ends_at` (server time): clients never count down drift."""

    id: str
    product_id: str
    flash_price_minor: int
    starts_at: datetime
    ends_at: datetime
    status: str = "active"  # active, ended, cancelled

    def remaining_s(self, server_now: datetime) -> float:
        """Seconds left at `server_now` (see ShowModel.server_now), never negative."""
        if self.status != "active":
            return 0.0
        return max(0.0, (self.ends_at - server_now).total_seconds())


@dataclass(frozen=True, slots=True)
class Order:
    """A purchase; `seq` is the show's gap-free order number, the sync cursor."""

    seq: int
    id: str
    product_id: str
    quantity: int
    unit_price_minor: int
    amount_minor: int
    currency: str
    flash: bool
    buyer_name: str
    created_at: datetime
    stock_remaining: int
    points_earned: int = 0
    referral_code: str | None = None
    viewer_id: str | None = None  # the buyer's account (names are not unique; issue 21)

    @property
    def amount(self) -> Decimal:
        """The order's total in major units of `currency` (Decimal)."""
        return from_minor(self.amount_minor, self.currency)


@dataclass(frozen=True, slots=True)
class Comment:
    """A chat message: `role` is host, cohost, moderator or viewer, `kind` comment or
    question, `created_at` server UTC. `hidden`: a moderator hid it (viewers no longer see it);
    `reply_to`: the id of the comment it answers."""

    id: str
    author: str
    role: str  # host, cohost, moderator, viewer
    kind: str  # comment, question
    text: str
    created_at: datetime
    hidden: bool = False
    reply_to: str | None = None
    viewer_id: str | None = None  # a viewer's account; None for the show's team

    @property
    def is_question(self) -> bool:
        """True when the viewer asked it as a question (the host's panel highlights those)."""
        return self.kind == "question"


@dataclass(frozen=True, slots=True)
class CommentPin:
    """The comment on screen (None: none), who put it there, when, and the platform's version."""

    comment: Comment | None = None
    pinned_by: str | None = None
    pinned_at: datetime | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class Restriction:
    """A viewer kept out of the chat: `kind` "mute" until `until` (server UTC), or "block"
    (no `until`) for the rest of the show. `viewer` is their display name."""

    id: str
    viewer: str
    kind: str  # mute, block
    until: datetime | None = None
    comment_id: str | None = None
    created_by: str = ""
    viewer_id: str | None = None  # the account it applies to (contract 1.7.0)

    def in_force(self, server_now: datetime) -> bool:
        """Whether it still applies at `server_now` (a mute runs out by itself)."""
        return self.until is None or self.until > server_now


@dataclass(frozen=True, slots=True)
class Supporter:
    """A member of the creator's community: `points` earned (loyalty), orders and spend (minor units
    of the show's currency)."""

    id: str
    name: str
    points: int
    orders_count: int = 0
    spent_minor: int = 0
    viewer_id: str | None = None  # the supporter's account (two "Anna"s are two supporters)


@dataclass(frozen=True, slots=True)
class Reseller:
    """A reseller sharing the show with their buyers: their referral `code`, link, and the orders
    and revenue (minor units) credited to them."""

    code: str
    name: str
    share_url: str = ""
    orders_count: int = 0
    revenue_minor: int = 0
    visits: int = 0  # visits of the referral link (issue 21)

    @property
    def conversion(self) -> float | None:
        """Orders per visit of the link, or None before any visit."""
        return self.orders_count / self.visits if self.visits else None


@dataclass(frozen=True, slots=True)
class Viewers:
    """Watching now and the show's peak, as the platform counts them."""

    count: int = 0
    peak: int = 0


class IngestState(StrEnum):
    """What the platform's ingest reports of our stream: nothing arriving, arriving, or arriving but
    degraded."""

    OFFLINE = "offline"
    RECEIVING = "receiving"
    DEGRADED = "degraded"


@dataclass(frozen=True, slots=True)
class IngestHealth:
    """What the platform's ingest sees of our stream (is video arriving, bitrate, fps)."""

    state: IngestState = IngestState.OFFLINE
    video_arriving: bool = False
    audio_arriving: bool = False
    bitrate_kbps: float = 0.0
    fps: float = 0.0
    width: int | None = None
    height: int | None = None
    reported_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ProductSales:
    """One product's show so far. `sell_through` is sold / (sold + stock left), or None."""

    product_id: str
    sku: str
    title: str
    units: int
    orders: int
    revenue_minor: int
    stock: int | None
    sell_through: float | None


@dataclass(frozen=True, slots=True)
class SalesStats:
    """The show's sales so far: counts, revenue in minor units of `currency`, rates over the model's
    window (per minute), best seller and per product; `last_seq` is the highest order seq counted.
    """

    currency: str = "USD"
    orders: int = 0
    units: int = 0
    revenue_minor: int = 0
    orders_per_minute: float = 0.0
    revenue_per_minute_minor: int = 0
    best_seller: ProductSales | None = None
    products: tuple[ProductSales, ...] = ()
    last_seq: int = 0

    @property
    def revenue(self) -> Decimal:
        """Revenue in major units (Decimal)."""
        return from_minor(self.revenue_minor, self.currency)


class Link(StrEnum):
    """How we hear from the platform right now (what the status bar shows)."""

    STOPPED = "stopped"
    CONNECTING = "connecting"
    LIVE = "live"  # event stream open
    POLLING = "polling"  # stream unavailable; polling every few seconds
    OFFLINE = "offline"  # cannot reach the platform; retrying


@dataclass(frozen=True, slots=True)
class PendingChange:
    """A change the user made that the platform has not confirmed yet."""

    id: int
    kind: str
    description: str
    created_at: datetime
    attempts: int = 0
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """How the sync stands: the link, changes waiting (`pending`) or refused (`failed`), the last
    error, when `link` changed, and a one-off `notice` for the user."""

    link: Link = Link.STOPPED
    pending: int = 0
    failed: int = 0
    last_error: str | None = None
    since: datetime | None = None  # when `link` last changed
    notice: str | None = None  # something to tell the user once (local state was reset)

    @property
    def pending_text(self) -> str:
        """For the status bar: '3 changes waiting to sync' (empty when all is synced)."""
        if self.pending == 0:
            return ""
        return i18n.ngettext(
            "{n} change waiting to sync", "{n} changes waiting to sync", self.pending
        ).format(n=self.pending)


@dataclass(frozen=True, slots=True)
class ShowState:
    """A consistent snapshot of the whole show, cheap to take (rebuilt only after changes)."""

    show: ShowInfo | None = None
    catalog: Catalog = field(default_factory=Catalog)
    queue: QueueState = field(default_factory=QueueState)
    pin: PinState = field(default_factory=PinState)
    timers: tuple[Timer, ...] = ()  # active ones
    sales: SalesStats = field(default_factory=SalesStats)
    recent_orders: tuple[Order, ...] = ()  # newest last
    comments: tuple[Comment, ...] = ()  # newest last, the last few hundred
    comment_pin: CommentPin = field(default_factory=CommentPin)  # the comment on screen
    restrictions: tuple[Restriction, ...] = ()  # mutes and blocks, oldest first
    supporters: tuple[Supporter, ...] = ()  # the leaderboard: top 100, most points first
    resellers: tuple[Reseller, ...] = ()
    viewers: Viewers = field(default_factory=Viewers)
    ingest: IngestHealth = field(default_factory=IngestHealth)
    sync: SyncStatus = field(default_factory=SyncStatus)
    pending: tuple[PendingChange, ...] = ()
    clock_offset_s: float = 0.0  # server time minus local time
    vouchers: tuple[Voucher, ...] = ()  # the show's vouchers, oldest first (issue 20)
    poll: Poll | None = None  # the latest poll, open or with its result
    rundown: Rundown = field(default_factory=Rundown)

    @property
    def voucher_on_screen(self) -> Voucher | None:
        """The running voucher whose card is on air, if any."""
        return next((v for v in self.vouchers if v.on_screen and v.running), None)

    auction: Auction | None = None  # the latest auction (running, or how it ended)
    bids: tuple[Bid, ...] = ()  # the latest auction's bids, newest last, the last few dozen
    giveaway: Giveaway | None = None  # the latest giveaway (open, or how it ended)
    members: tuple[Member, ...] = ()  # community members heard of, highest standing first
    tiers: tuple[str, ...] = ()  # the community's tier names, lowest first (issue 21)
    # (tier name, giveaway weight) of every tier, lowest first: the tickets a member of that
    # tier holds in a giveaway draw (docs/GIVEAWAYS.md); shown on air and in the window.
    giveaway_weights: tuple[tuple[str, int], ...] = ()
    moment: MemberMoment | None = None  # the latest tier-up or welcome back
    reseller_program: ResellerProgram = field(default_factory=ResellerProgram)

    def member(self, viewer_id: str | None) -> Member | None:
        """The community member with this account, if the studio has heard of them (None for
        None). Display names are not unique, so members are never found by name."""
        if viewer_id is None:
            return None
        return next((m for m in self.members if m.viewer_id == viewer_id), None)

    def product(self, product_id: str | None) -> Product | None:
        """The catalog product with this platform id (None if unknown or None)."""
        if product_id is None:
            return None
        return next((p for p in self.catalog if p.product_id == product_id), None)

    @property
    def pinned(self) -> Product | None:
        """The pinned product from the catalog, or None."""
        return self.product(self.pin.product_id)

    @property
    def queue_products(self) -> tuple[Product, ...]:
        """The queue's products in running order (ids missing from the catalog are skipped)."""
        by_id = {p.product_id: p for p in self.catalog}
        return tuple(by_id[i] for i in self.queue.product_ids if i in by_id)

    @property
    def pinned_comment(self) -> Comment | None:
        """The comment on screen, unless it is hidden (a hidden comment is never on air)."""
        c = self.comment_pin.comment
        return None if c is None or c.hidden else c

    def comment(self, comment_id: str) -> Comment | None:
        """The kept comment with this id (None when it is unknown or scrolled away)."""
        return next((c for c in reversed(self.comments) if c.id == comment_id), None)

    def restriction_of(self, viewer: str, server_now: datetime) -> Restriction | None:
        """The mute or block in force for `viewer` at `server_now`, if any. `viewer` is the
        account (a comment's `viewer_id`; its author's name on a platform before accounts):
        a namesake of a muted viewer is not muted."""
        return next(
            (
                r
                for r in self.restrictions
                if (r.viewer_id or r.viewer) == viewer and r.in_force(server_now)
            ),
            None,
        )

    def timer_for(self, product_id: str) -> Timer | None:
        """The active flash-sale timer of `product_id`, or None."""
        return next((t for t in self.timers if t.product_id == product_id), None)
