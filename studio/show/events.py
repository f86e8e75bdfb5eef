"""What the show model tells its subscribers: typed, immutable events, delivered by type.

Subscribe to the kinds you want, napari-style: `model.events.connect(PinChanged, on_pin)` calls
`on_pin(event)` with a `PinChanged` only; `connect(ShowEvent, fn)` hears every kind. Events
carry the new values, so a subscriber need not read the model back (`studio.show.reduce.apply`
folds them into a `ShowState` for those that keep one); `ShowLoaded` means "re-render
everything" and `ShowAttached` (sent by the studio, not the model) "another show, or none".

Threads: `EventHub.emit` calls subscribers on the emitting thread, in subscription order. The
model emits on the thread that applied the change (a sync thread); the session's `ShowFeed`
re-emits them on its own thread, so heavy subscribers (overlays, the UI) never run on the
network thread or inside the model's emit lock. A UI adapter hands them to the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from studio.show.auction import Auction, Bid
from studio.show.catalog import Catalog, Product
from studio.show.community import Member, MemberMoment, ResellerProgram
from studio.show.giveaway import Entry, Giveaway
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


@dataclass(frozen=True, slots=True)
class ShowEvent:
    """Base of every model event."""


E = TypeVar("E", bound=ShowEvent)


class EventHub:
    """Typed publish/subscribe for `ShowEvent`s (thread-safe; see the module docstring).

    A subscriber that raises is logged and skipped; the others still hear the event.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: dict[type[ShowEvent], list[Callable[[Any], None]]] = {}

    def connect(self, kind: type[E], fn: Callable[[E], None]) -> Callable[[], None]:
        """Call `fn(event)` for every event of `kind` (or a subclass); returns the disconnector."""
        with self._lock:
            self._subscribers.setdefault(kind, []).append(fn)

        def disconnect() -> None:
            with self._lock:
                fns = self._subscribers.get(kind, [])
                if fn in fns:
                    fns.remove(fn)

        return disconnect

    def emit(self, event: ShowEvent) -> None:
        """Deliver `event` to the subscribers of its type and of its base types."""
        with self._lock:
            targets = [
                fn
                for kind in type(event).__mro__
                if isinstance(kind, type) and issubclass(kind, ShowEvent)
                for fn in self._subscribers.get(kind, ())
            ]
        for fn in targets:
            try:
                fn(event)
            except Exception:
                log.exception("a show-event subscriber failed on %s", type(event).__name__)


@dataclass(frozen=True, slots=True)
class ShowLoaded(ShowEvent):
    """A full snapshot was (re)loaded from the platform: redraw everything from `state`."""

    state: ShowState


@dataclass(frozen=True, slots=True)
class ShowAttached(ShowEvent):
    """The studio now follows another show (`state`), or none (`state` is None)."""

    state: ShowState | None


@dataclass(frozen=True, slots=True)
class ShowChanged(ShowEvent):
    """The show's description or status changed (`show` is the new one)."""

    show: ShowInfo


@dataclass(frozen=True, slots=True)
class ClockChanged(ShowEvent):
    """The estimate of server time minus local time moved (seconds)."""

    offset_s: float


@dataclass(frozen=True, slots=True)
class CatalogChanged(ShowEvent):
    """Products, prices, stock or sold counts moved."""

    catalog: Catalog


@dataclass(frozen=True, slots=True)
class QueueChanged(ShowEvent):
    """The platform's queue moved; `products` are its products in order."""

    queue: QueueState
    products: tuple[Product, ...]


@dataclass(frozen=True, slots=True)
class PinChanged(ShowEvent):
    """Something else is pinned (`product` None: unpinned, or not in the catalog)."""

    pin: PinState
    product: Product | None


@dataclass(frozen=True, slots=True)
class TimerStarted(ShowEvent):
    """A flash sale started on `product` (its `flash_price` set in the catalog too)."""

    timer: Timer
    product: Product | None


@dataclass(frozen=True, slots=True)
class TimerEnded(ShowEvent):
    """A flash sale ended, expired or was cancelled (`timer.status` says which)."""

    timer: Timer
    product: Product | None


@dataclass(frozen=True, slots=True)
class AuctionChanged(ShowEvent):
    """An auction started or ended (sold, not sold, cancelled): `auction` is the latest one."""

    auction: Auction


@dataclass(frozen=True, slots=True)
class BidsReceived(ShowEvent):
    """New bids on the latest auction (each once, in `seq` order) and the auction after them."""

    auction: Auction
    bids: tuple[Bid, ...]


@dataclass(frozen=True, slots=True)
class GiveawayChanged(ShowEvent):
    """A giveaway opened, was drawn (seed and winner revealed) or cancelled."""

    giveaway: Giveaway


@dataclass(frozen=True, slots=True)
class EntriesReceived(ShowEvent):
    """New entries in the latest giveaway (each once) and the giveaway's count after them."""

    giveaway: Giveaway
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class OrdersReceived(ShowEvent):
    """New orders (each exactly once, in `seq` order within the batch) and the new totals."""

    orders: tuple[Order, ...]
    sales: SalesStats


@dataclass(frozen=True, slots=True)
class CommentsReceived(ShowEvent):
    """New comments, each once, oldest first."""

    comments: tuple[Comment, ...]


@dataclass(frozen=True, slots=True)
class CommentUpdated(ShowEvent):
    """A comment was hidden or shown again by a moderator (`comment` is the new value)."""

    comment: Comment


@dataclass(frozen=True, slots=True)
class CommentPinChanged(ShowEvent):
    """Another comment is on screen, or none (`pin.comment` is None)."""

    pin: CommentPin


@dataclass(frozen=True, slots=True)
class RestrictionsChanged(ShowEvent):
    """Viewers were muted, blocked or let back: the mutes and blocks now, oldest first."""

    restrictions: tuple[Restriction, ...]


@dataclass(frozen=True, slots=True)
class SupportersChanged(ShowEvent):
    """The supporters' leaderboard changed."""

    supporters: tuple[Supporter, ...]  # the leaderboard: top 100, most points first


@dataclass(frozen=True, slots=True)
class ResellersChanged(ShowEvent):
    """A reseller was credited or added; `resellers` is the whole list."""

    resellers: tuple[Reseller, ...]


@dataclass(frozen=True, slots=True)
class ViewersChanged(ShowEvent):
    """The audience count or its peak moved."""

    viewers: Viewers


@dataclass(frozen=True, slots=True)
class IngestChanged(ShowEvent):
    """The platform's view of our stream changed."""

    ingest: IngestHealth


@dataclass(frozen=True, slots=True)
class SyncStatusChanged(ShowEvent):
    """Link state or the number of changes waiting to sync moved."""

    status: SyncStatus
    pending: tuple[PendingChange, ...]


@dataclass(frozen=True, slots=True)
class ChangeFailed(ShowEvent):
    """The platform refused one of the user's changes for good (it was dropped)."""

    change: PendingChange
    message: str
    hint: str = ""


@dataclass(frozen=True, slots=True)
class VoucherChanged(ShowEvent):
    """A voucher started, was claimed or redeemed, went on or off screen, or ended."""

    voucher: Voucher


@dataclass(frozen=True, slots=True)
class PollChanged(ShowEvent):
    """The latest poll opened, got votes or closed (`poll` carries absolute counts)."""

    poll: Poll


@dataclass(frozen=True, slots=True)
class RundownChanged(ShowEvent):
    """The rundown was edited or stepped (by anyone)."""

    rundown: Rundown


@dataclass(frozen=True, slots=True)
class MembersChanged(ShowEvent):
    """Community members' points or tiers changed (issue 21): `members` is the whole list,
    highest standing first; `moment` a tier-up or welcome back to put on air, if any."""

    members: tuple[Member, ...]
    tiers: tuple[str, ...] = ()
    moment: MemberMoment | None = None
    giveaway_weights: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class ResellerProgramChanged(ShowEvent):
    """The show's reseller mode or commission rate changed (issue 21)."""

    program: ResellerProgram
