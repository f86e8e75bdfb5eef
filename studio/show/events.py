"""What the show model tells its subscribers: typed, immutable events.

Subscribe with `ShowModel.subscribe(callback)`; the callback receives one `ShowEvent` at a time
on the thread that applied the change (a sync thread, never the GUI thread), so a UI adapter
must hand it over to its own thread (a queued Qt signal). Events carry the new values, so a
subscriber need not read the model back; `ShowLoaded` means "re-render everything".
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.show.catalog import Catalog, Product
from studio.show.state import (
    Comment,
    IngestHealth,
    Order,
    PendingChange,
    PinState,
    QueueState,
    Reseller,
    SalesStats,
    ShowInfo,
    ShowState,
    Supporter,
    SyncStatus,
    Timer,
    Viewers,
)


@dataclass(frozen=True, slots=True)
class ShowEvent:
    """Base of every model event."""


@dataclass(frozen=True, slots=True)
class ShowLoaded(ShowEvent):
    """A full snapshot was (re)loaded from the platform: redraw everything from `state`."""

    state: ShowState


@dataclass(frozen=True, slots=True)
class ShowChanged(ShowEvent):
    show: ShowInfo


@dataclass(frozen=True, slots=True)
class CatalogChanged(ShowEvent):
    """Products, prices, stock or sold counts moved."""

    catalog: Catalog


@dataclass(frozen=True, slots=True)
class QueueChanged(ShowEvent):
    queue: QueueState
    products: tuple[Product, ...]


@dataclass(frozen=True, slots=True)
class PinChanged(ShowEvent):
    pin: PinState
    product: Product | None


@dataclass(frozen=True, slots=True)
class TimerStarted(ShowEvent):
    timer: Timer
    product: Product | None


@dataclass(frozen=True, slots=True)
class TimerEnded(ShowEvent):
    timer: Timer
    product: Product | None


@dataclass(frozen=True, slots=True)
class OrdersReceived(ShowEvent):
    """New orders (each exactly once, in `seq` order within the batch) and the new totals."""

    orders: tuple[Order, ...]
    sales: SalesStats


@dataclass(frozen=True, slots=True)
class CommentsReceived(ShowEvent):
    comments: tuple[Comment, ...]


@dataclass(frozen=True, slots=True)
class SupportersChanged(ShowEvent):
    supporters: tuple[Supporter, ...]  # the leaderboard: top 100, most points first


@dataclass(frozen=True, slots=True)
class ResellersChanged(ShowEvent):
    resellers: tuple[Reseller, ...]


@dataclass(frozen=True, slots=True)
class ViewersChanged(ShowEvent):
    viewers: Viewers


@dataclass(frozen=True, slots=True)
class IngestChanged(ShowEvent):
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
