"""The show panel's view-model: the Qt-free show model's events as Qt item models and signals.

Model events arrive on the sync threads, possibly thousands a second during an order rush. The
adapter only appends them to a queue and wakes the GUI thread once; the GUI thread drains the
queue in one go and updates the item models in batches, so the event loop stays responsive.
Commands go straight to `PlatformSync`, whose methods write to its outbox and return at once.
A command the sync refuses at once (an unknown product, an impossible flash price, no show
connected) is never raised into Qt: it becomes `refused(message, hint)`; a change the platform
refuses later arrives as `change_failed(message, hint)`. Either way the window says what
happened and what to do, and nothing reaches the crash handler.
"""

from __future__ import annotations

import functools
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_DOWN, Decimal
from typing import Any, Concatenate, ParamSpec, TypeVar

from babel.dates import format_time
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from studio.app import Studio
from studio.errors import StudioError, UsageError
from studio.platform.sync import PlatformSync
from studio.show import events as ev
from studio.show.catalog import Product
from studio.show.money import babel_locale, format_money, minor_units
from studio.show.reduce import apply
from studio.show.state import Comment, Order, ProductSales, SalesStats, ShowState, Timer
from studio.ui.feed_bridge import ShowEventBatches
from studio.ui.i18n import QT_TR_NOOP, tr
from studio.ui.thumbnails import ThumbnailLoader

SKU_MIME = "application/x-studio-sku"
FEED_MAX = 500
COMMENTS_MAX = 300
SPARK_BUCKET_S = 30
SPARK_POINTS = 20

SkuRole = Qt.ItemDataRole.UserRole + 1
ProductRole = Qt.ItemDataRole.UserRole + 2
PinnedRole = Qt.ItemDataRole.UserRole + 3
SubtitleRole = Qt.ItemDataRole.UserRole + 4
BadgeRole = Qt.ItemDataRole.UserRole + 5
ItemRole = Qt.ItemDataRole.UserRole + 6

_Index = QModelIndex | QPersistentModelIndex
P = ParamSpec("P")
R = TypeVar("R")

log = logging.getLogger(__name__)


_locale = ["en_US"]


def set_locale(locale: str) -> None:
    """Money in the panel is formatted like on screen (the language setting)."""
    _locale[0] = locale


def current_locale() -> str:
    """The locale the panels write money and counts in."""
    return _locale[0]


def money(amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else format_money(amount, currency, _locale[0])


def orders_text(n: int) -> str:
    """'1 order', '1,204 orders' in the window's language (CLDR plural rules and digits)."""
    return tr("%Ln order(s)", None, n)


def items_text(n: int) -> str:
    """'1 item', '3 items' in the window's language."""
    return tr("%Ln item(s)", None, n)


def points_text(n: int) -> str:
    """A supporter's loyalty points: '1 pt', '250 pts'."""
    return tr("%Ln pt(s)", "loyalty points", n)


def clock_time(when: datetime, seconds: bool = True) -> str:
    """A wall-clock time in the user's locale and time zone ('2:03:22 PM' in en_US, '14:03:22'
    in de_DE), so it never reads like a show's elapsed time ('00:12:33')."""
    local = when.astimezone().replace(tzinfo=None).time()
    return format_time(local, "medium" if seconds else "short", locale=babel_locale(_locale[0]))


def product_subtitle(p: Product, timer_left: float | None = None) -> str:
    parts = []
    if p.flash_price is not None and timer_left is not None and timer_left > 0:
        parts.append(
            tr("⚡ {flash_price} (was {price})").format(
                flash_price=money(p.flash_price, p.currency), price=money(p.price, p.currency)
            )
        )
    else:
        parts.append(money(p.price, p.currency))
    if p.stock is not None:
        parts.append(tr("sold out") if p.sold_out else tr("%Ln in stock", None, p.stock))
    if p.sold:
        parts.append(tr("%Ln sold", None, p.sold))
    return " · ".join(parts)


def price_decimals(currency: str) -> int:
    """Digits after the point in `currency` (2 EUR, 0 JPY, 3 KWD; ISO 4217 via Babel)."""
    return minor_units(currency) if currency else 2


def price_step(currency: str) -> Decimal:
    """The smallest amount of `currency` (0.01 EUR, 1 JPY, 0.001 KWD)."""
    return Decimal(1).scaleb(-price_decimals(currency))


def suggested_flash_price(p: Product) -> Decimal | None:
    """The starting flash price for `p`: its running flash price, else 20 % off, rounded to
    the currency's minor unit (never the previous product's figure)."""
    if p.flash_price is not None:
        return p.flash_price
    if p.price is None:
        return None
    step = price_step(p.currency)
    return max(step, (p.price * Decimal("0.8")).quantize(step, rounding=ROUND_DOWN))


@dataclass(frozen=True)
class PriceCheck:
    """What the flash-sale box says beside the price, and whether Start may be pressed.

    `level`: "alarm" (refused: Start is disabled), "warn" (allowed after a confirmation),
    "" (fine). `discount` is the fraction off the regular price (0.25 = 25 % off).
    """

    ok: bool
    message: str
    level: str = ""
    discount: float = 0.0
    needs_confirm: bool = False


def check_flash_price(p: Product | None, price: Decimal, confirm_over_percent: int) -> PriceCheck:
    """The price rules of a flash sale (issue 14): above 0, below the regular price, nothing
    left to sell means no sale; a discount over `confirm_over_percent` % needs a confirmation."""
    if p is None:
        return PriceCheck(False, tr("Pin a product first."), "alarm")
    if p.price is None or p.price <= 0:
        return PriceCheck(False, tr("This product has no regular price to discount."), "alarm")
    if p.sold_out:
        return PriceCheck(False, tr("Sold out: there is nothing left to sell."), "alarm")
    regular = money(p.price, p.currency)
    if price <= 0:
        return PriceCheck(False, tr("A flash price must be above 0."), "alarm")
    if price >= p.price:
        return PriceCheck(
            False,
            tr("Must be below the regular price ({regular}).").format(regular=regular),
            "alarm",
        )
    discount = float((p.price - price) / p.price)
    pct = int(discount * 100 + 0.5)
    if discount * 100 > confirm_over_percent:
        return PriceCheck(
            True,
            tr("{pct} % off {regular}: you will be asked to confirm.").format(
                pct=pct, regular=regular
            ),
            "warn",
            discount,
            True,
        )
    return PriceCheck(
        True, tr("{pct} % off {regular}.").format(pct=pct, regular=regular), "", discount
    )


class ProductListModel(QAbstractListModel):
    """Products with thumbnail, subtitle and a 'pinned' mark; drag-to-reorder when `movable`."""

    reorder_requested = Signal(str, object)  # sku, before_sku | None

    def __init__(self, thumbs: ThumbnailLoader, movable: bool = False) -> None:
        super().__init__()
        self._thumbs = thumbs
        self._movable = movable
        self._items: list[Product] = []
        self._pinned: str | None = None  # product id
        self._flash: dict[str, float] = {}  # product id → seconds left at last refresh
        thumbs.loaded.connect(self._thumb_loaded)

    # -- data ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        p = self._items[index.row()]
        pinned = p.product_id is not None and p.product_id == self._pinned
        if role == Qt.ItemDataRole.DisplayRole:
            return p.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbs.pixmap(p.image)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{p.title}\n{p.sku} · {product_subtitle(p, self._flash.get(p.product_id or ''))}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            pin = "pinned, " if pinned else ""
            return f"{pin}{p.title}, {product_subtitle(p, self._flash.get(p.product_id or ''))}"
        if role == SkuRole:
            return p.sku
        if role == ProductRole:
            return p
        if role == PinnedRole:
            return pinned
        if role == SubtitleRole:
            return product_subtitle(p, self._flash.get(p.product_id or ""))
        if role == BadgeRole:
            left = self._flash.get(p.product_id or "")
            if pinned and left:
                return tr("PINNED ⚡")
            if pinned:
                return tr("PINNED")
            if left:
                return tr("⚡ SALE")
            return ""
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self._movable:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    # -- updates ---------------------------------------------------------------------------
    def set_products(self, products: Sequence[Product]) -> None:
        new = list(products)
        if [p.sku for p in new] == [p.sku for p in self._items]:
            self._items = new
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        self.beginResetModel()
        self._items = new
        self.endResetModel()

    def update_products(self, catalog: Sequence[Product]) -> None:
        """New prices/stock/sold for the rows shown, keeping their order."""
        by_sku = {p.sku: p for p in catalog}
        changed = False
        for i, p in enumerate(self._items):
            q = by_sku.get(p.sku)
            if q is not None and q != p:
                self._items[i] = q
                changed = True
        if changed and self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_marks(self, pinned: str | None, flash: dict[str, float]) -> None:
        if pinned == self._pinned and flash.keys() == self._flash.keys() and not flash:
            return
        self._pinned, self._flash = pinned, dict(flash)
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def skus(self) -> list[str]:
        return [p.sku for p in self._items]

    def products(self) -> list[Product]:
        return list(self._items)

    def row_of(self, sku: str) -> int:
        return next((i for i, p in enumerate(self._items) if p.sku == sku), -1)

    @Slot(str)
    def _thumb_loaded(self, source: str) -> None:
        for i, p in enumerate(self._items):
            if p.image == source:
                idx = self.index(i)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    # -- drag and drop (queue only) --------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SKU_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        md = QMimeData()
        skus = [self._items[i.row()].sku for i in indexes if i.isValid()]
        md.setData(SKU_MIME, QByteArray("\n".join(skus).encode()))
        return md

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self._movable and data.hasFormat(SKU_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        skus = bytes(data.data(SKU_MIME).data()).decode().split("\n")
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        for sku in skus:
            self.move_to(sku, row)
        # False: the view must not delete the dragged row; the move already happened here.
        return False

    def move_to(self, sku: str, row: int) -> bool:
        """Move `sku` so it lands at `row` (in the current list); optimistic, then synced."""
        src = self.row_of(sku)
        if src < 0:
            return False
        row = max(0, min(row, len(self._items)))
        if row in (src, src + 1):
            return False
        before = self._items[row].sku if row < len(self._items) else None
        self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), row)
        item = self._items.pop(src)
        self._items.insert(row if row < src else row - 1, item)
        self.endMoveRows()
        self.reorder_requested.emit(sku, before)
        return True


class CatalogFilter(QSortFilterProxyModel):
    """Search by title or SKU, case- and accent-insensitive enough for a shop's catalog."""

    def __init__(self) -> None:
        super().__init__()
        self._needle = ""

    def set_search(self, text: str) -> None:
        self._needle = text.strip().casefold()
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: _Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        p = model.data(model.index(row, 0, parent), ProductRole)
        if p is None:
            return False
        hay = f"{p.title} {p.sku} {p.description}".casefold()
        return all(word in hay for word in self._needle.split())


@dataclass(frozen=True)
class FeedItem:
    key: str
    title: str
    detail: str
    flash: bool = False
    question: bool = False
    author: str = ""
    text: str = ""
    viewer_id: str | None = None  # the author's account: member lookup keys on it (issue 21)


class FeedModel(QAbstractListModel):
    """Newest first, bounded: the order feed and the comments list."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self._items: deque[FeedItem] = deque(maxlen=limit)
        self._limit = limit

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        it = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return it.title
        if role == SubtitleRole:
            return it.detail
        if role == ItemRole:
            return it
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{it.title}. {it.detail}"
        if role == BadgeRole:
            return tr("FLASH") if it.flash else (tr("QUESTION") if it.question else "")
        return None

    def prepend(self, items: Sequence[FeedItem]) -> None:
        """Add newest-last `items` at the top; the oldest beyond the limit go."""
        if not items:
            return
        items = list(items)[-self._limit :]
        overflow = len(self._items) + len(items) - self._limit
        if overflow > 0:
            first = len(self._items) - overflow
            self.beginRemoveRows(QModelIndex(), first, len(self._items) - 1)
            for _ in range(overflow):
                self._items.pop()
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, len(items) - 1)
        for it in items:
            self._items.appendleft(it)
        self.endInsertRows()

    def reset(self, items: Sequence[FeedItem]) -> None:
        self.beginResetModel()
        self._items.clear()
        for it in list(items)[-self._limit :]:
            self._items.appendleft(it)
        self.endResetModel()

    def titles(self) -> list[str]:
        return [it.title for it in self._items]

    def item(self, row: int) -> FeedItem:
        return self._items[row]


class SalesTableModel(QAbstractTableModel):
    """Sell-through per product: units, revenue, share of stock sold."""

    HEADERS = (
        QT_TR_NOOP("Product"),
        QT_TR_NOOP("Sold"),
        QT_TR_NOOP("Revenue"),
        QT_TR_NOOP("Sell-through"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ProductSales] = []
        self._currency = "USD"

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.title
            if col == 1:
                return str(r.units)
            if col == 2:
                from studio.show.money import from_minor

                return money(from_minor(r.revenue_minor, self._currency), self._currency)
            if col == 3:
                return "—" if r.sell_through is None else f"{r.sell_through * 100:.0f} %"
        if role == Qt.ItemDataRole.UserRole and col == 3:
            return r.sell_through
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_sales(self, sales: SalesStats) -> None:
        self.beginResetModel()
        self._currency = sales.currency
        self._rows = sorted(sales.products, key=lambda r: (-r.revenue_minor, r.title))
        self.endResetModel()


def order_item(order: Order, state: ShowState | None) -> FeedItem:
    product = state.product(order.product_id) if state is not None else None
    title = product.title if product is not None else order.product_id
    buyer, amount, at = (
        order.buyer_name,
        money(order.amount, order.currency),
        clock_time(order.created_at),
    )
    return FeedItem(
        key=f"order:{order.seq}",
        title=(
            tr("{buyer} bought {title} ×{quantity}").format(
                buyer=buyer, title=title, quantity=order.quantity
            )
            if order.quantity > 1
            else tr("{buyer} bought {title}").format(buyer=buyer, title=title)
        ),
        detail=(
            tr("{amount} · flash price · at {time}") if order.flash else tr("{amount} · at {time}")
        ).format(amount=amount, time=at),
        flash=order.flash,
        author=order.buyer_name,
        viewer_id=order.viewer_id,
    )


def comment_item(c: Comment) -> FeedItem:
    """The comment's words first (what the host reads out), then who and when."""
    kind = "asks" if c.is_question else "says"
    who = c.author if c.role in ("viewer", "") else f"{c.author} ({c.role})"
    return FeedItem(
        key=f"comment:{c.id}",
        title=c.text,
        detail=f"{who} {kind} · at {clock_time(c.created_at, seconds=False)}",
        question=c.is_question,
        author=c.author,
        text=c.text,
        viewer_id=c.viewer_id,
    )


# The kinds the panel shows (ResellersChanged is not shown here).
WATCHED: tuple[type[ev.ShowEvent], ...] = (
    ev.ShowAttached,
    ev.ShowLoaded,
    ev.ShowChanged,
    ev.ClockChanged,
    ev.CatalogChanged,
    ev.QueueChanged,
    ev.PinChanged,
    ev.TimerStarted,
    ev.TimerEnded,
    ev.OrdersReceived,
    ev.CommentsReceived,
    ev.SupportersChanged,
    ev.ViewersChanged,
    ev.IngestChanged,
    ev.SyncStatusChanged,
    ev.ChangeFailed,
    ev.MembersChanged,
)


def _new_orders(batch: Sequence[ev.ShowEvent], before: ShowState | None) -> list[Order]:
    """Orders in `batch` not already shown (a snapshot may hold some that still arrive)."""
    seen = {o.seq for o in before.recent_orders} if before is not None else set()
    out = []
    for e in batch:
        if isinstance(e, ev.OrdersReceived):
            for o in e.orders:
                if o.seq not in seen:
                    seen.add(o.seq)
                    out.append(o)
    return out


@dataclass(frozen=True)
class Removal:
    """A product taken out of the queue, and what undoing that puts back."""

    sku: str
    title: str
    before_sku: str | None  # the product it stood before (None: it was the last)
    was_pinned: bool  # it was on screen: removing it unpinned it, undo pins it again


def _refusable(
    fn: Callable[Concatenate[ShowViewModel, P], R],
) -> Callable[Concatenate[ShowViewModel, P], R | None]:
    """A command whose refusal (a `StudioError`: unknown product, impossible price, no show)
    is said through `refused(message, hint)` and returns None, instead of escaping into Qt,
    whose unhandled exceptions end at the crash handler."""

    @functools.wraps(fn)
    def run(self: ShowViewModel, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        try:
            return fn(self, *args, **kwargs)
        except StudioError as exc:
            log.info("refused %s: %s", fn.__name__, exc)
            self.refused.emit(exc.message, exc.hint)
            return None

    return run


class ShowViewModel(QObject):
    """Everything the show panel shows, updated on the GUI thread.

    Commands (GUI thread) return at once; see the module docstring for how refusals arrive.
    """

    show_changed = Signal(object)  # ShowInfo | None
    pin_changed = Signal(object)  # Product | None
    timers_changed = Signal(object)  # tuple[Timer, ...]
    sales_changed = Signal(object)  # SalesStats
    viewers_changed = Signal(object)  # Viewers
    ingest_changed = Signal(object)  # IngestHealth
    sync_changed = Signal(object)  # SyncStatus
    supporters_changed = Signal(object)  # tuple[Supporter, ...]
    sparkline_changed = Signal(list)
    change_failed = Signal(str, str)  # message, hint: the platform refused a change
    refused = Signal(str, str)  # message, hint: a command refused before it was sent
    removal_changed = Signal(object)  # Removal | None: what "Undo" would put back
    attached_changed = Signal(bool)

    def __init__(self, studio: Studio, thumbs: ThumbnailLoader, parent: QObject | None = None):
        super().__init__(parent)
        self.studio = studio
        self.state: ShowState | None = None
        self.queue_model = ProductListModel(thumbs, movable=True)
        self.catalog_model = ProductListModel(thumbs)
        self.catalog_filter = CatalogFilter()
        self.catalog_filter.setSourceModel(self.catalog_model)
        self.orders_model = FeedModel(FEED_MAX)
        self.comments_model = FeedModel(COMMENTS_MAX)
        self.sales_model = SalesTableModel()
        self.queue_model.reorder_requested.connect(self._reorder)
        self._order_times: deque[float] = deque(maxlen=20_000)  # epoch seconds
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._second)
        self._tick.start()
        self.drained = 0
        self.last_removal: Removal | None = None
        self._batches = ShowEventBatches(studio.show_feed, WATCHED, self._drain, self)

    @property
    def attached(self) -> bool:
        return self.studio.sync is not None

    # -- GUI thread ------------------------------------------------------------------------
    def _drain(self, batch: list[ev.ShowEvent]) -> None:
        """Fold a batch of events into `state`, then refresh each affected part once."""
        before = self.state
        for event in batch:
            self.state = apply(self.state, event)
        self.drained += len(batch)
        state = self.state
        if state is None:
            self.attached_changed.emit(False)
            return
        kinds = {type(e) for e in batch}
        if kinds & {ev.ShowAttached, ev.ShowLoaded}:
            self.attached_changed.emit(True)
            self._full_refresh(state)
            return
        new_orders = _new_orders(batch, before)
        new_comments = [c for e in batch if isinstance(e, ev.CommentsReceived) for c in e.comments]
        self._refresh_parts(state, before, kinds, new_orders, new_comments)
        for e in batch:
            if isinstance(e, ev.ChangeFailed):
                self.change_failed.emit(e.message, e.hint)

    def _refresh_parts(
        self,
        state: ShowState,
        before: ShowState | None,
        kinds: set[type[ev.ShowEvent]],
        new_orders: list[Order],
        new_comments: list[Comment],
    ) -> None:
        if ev.ShowChanged in kinds:
            self.show_changed.emit(state.show)
        if ev.QueueChanged in kinds or ev.SyncStatusChanged in kinds:
            self.queue_model.set_products(self._queue_products(state))
        if ev.CatalogChanged in kinds or new_orders:
            self.catalog_model.update_products(tuple(state.catalog))
            self.queue_model.update_products(tuple(state.catalog))
            if ev.CatalogChanged in kinds and len(state.catalog) != self.catalog_model.rowCount():
                self.catalog_model.set_products(tuple(state.catalog))
        pinned_before = before.pinned if before is not None else None
        if kinds & {ev.PinChanged, ev.TimerStarted, ev.TimerEnded, ev.QueueChanged}:
            self._marks(state)
            self.pin_changed.emit(state.pinned)
            self.timers_changed.emit(state.timers)
        elif state.pinned != pinned_before:  # its stock or price changed (a sell-out)
            self.pin_changed.emit(state.pinned)
        if new_orders:
            self.orders_model.prepend([order_item(o, state) for o in new_orders])
            for o in new_orders:
                self._order_times.append(o.created_at.timestamp())
            self.sales_model.set_sales(state.sales)
            self.sales_changed.emit(state.sales)
            self._spark()
        if new_comments:
            self.comments_model.prepend([comment_item(c) for c in new_comments])
        if kinds & {ev.SupportersChanged, ev.MembersChanged}:
            self.supporters_changed.emit(state.supporters)
        if ev.ViewersChanged in kinds:
            self.viewers_changed.emit(state.viewers)
        if ev.IngestChanged in kinds:
            self.ingest_changed.emit(state.ingest)
        if ev.SyncStatusChanged in kinds:
            self.sync_changed.emit(state.sync)

    def _full_refresh(self, state: ShowState) -> None:
        self.catalog_model.set_products(tuple(state.catalog))
        self.queue_model.set_products(self._queue_products(state))
        self._marks(state)
        self.orders_model.reset([order_item(o, state) for o in state.recent_orders])
        self._order_times.clear()
        for o in state.recent_orders:
            self._order_times.append(o.created_at.timestamp())
        self.comments_model.reset([comment_item(c) for c in state.comments])
        self.sales_model.set_sales(state.sales)
        self.show_changed.emit(state.show)
        self.pin_changed.emit(state.pinned)
        self.timers_changed.emit(state.timers)
        self.sales_changed.emit(state.sales)
        self.supporters_changed.emit(state.supporters)
        self.viewers_changed.emit(state.viewers)
        self.ingest_changed.emit(state.ingest)
        self.sync_changed.emit(state.sync)
        self._spark()

    def _queue_products(self, state: ShowState) -> tuple[Product, ...]:
        """The queue as the user arranged it: the platform's plus edits waiting to sync."""
        sync = self.studio.sync
        ids = sync.model.planned_queue if sync is not None else state.queue.product_ids
        by_id = {p.product_id: p for p in state.catalog}
        return tuple(by_id[i] for i in ids if i in by_id)

    def _marks(self, state: ShowState) -> None:
        flash = {t.product_id: self.time_left(t) for t in state.timers}
        flash = {k: v for k, v in flash.items() if v > 0}
        self.queue_model.set_marks(state.pin.product_id, flash)
        self.catalog_model.set_marks(state.pin.product_id, flash)

    def time_left(self, timer: Timer) -> float:
        offset = self.state.clock_offset_s if self.state is not None else 0.0
        server_now = datetime.fromtimestamp(time.time() + offset, UTC)
        left: float = timer.remaining_s(server_now)
        return left

    @Slot()
    def _second(self) -> None:
        """Once a second: countdowns in the panel, the sparkline's time axis."""
        if self.state is None:
            return
        if self.state.timers:
            self._marks(self.state)
            self.timers_changed.emit(self.state.timers)
        self._spark()

    def _spark(self) -> None:
        offset = self.state.clock_offset_s if self.state is not None else 0.0
        now = time.time() + offset
        counts = [0] * SPARK_POINTS
        start = now - SPARK_BUCKET_S * SPARK_POINTS
        for t in reversed(self._order_times):
            if t < start:
                break
            i = min(SPARK_POINTS - 1, int((t - start) // SPARK_BUCKET_S))
            counts[i] += 1
        per_min = [c * 60 / SPARK_BUCKET_S for c in counts]
        self.sparkline_changed.emit(per_min)

    # -- commands --------------------------------------------------------------------------
    def _sync(self) -> PlatformSync:
        sync = self.studio.sync
        if sync is None:
            raise UsageError(
                tr("No platform show is connected."),
                tr("Connect your shop in Settings, or sign in as a co-host."),
            )
        return sync

    @_refusable
    def pin(self, sku: str) -> None:
        self._sync().pin(sku)

    @_refusable
    def unpin(self) -> None:
        self._sync().unpin()

    def next_in_queue(self) -> str | None:
        """The product after the pinned one in the queue (the first if none is pinned)."""
        skus = self.queue_model.skus()
        if not skus:
            return None
        pinned = self.state.pinned if self.state is not None else None
        if pinned is None or pinned.sku not in skus:
            return skus[0]
        i = skus.index(pinned.sku)
        return skus[i + 1] if i + 1 < len(skus) else None

    def product(self, sku: str | None) -> Product | None:
        """The catalog product with this SKU, as the panel shows it (None if unknown)."""
        if sku is None or self.state is None:
            return None
        return next((p for p in self.state.catalog if p.sku == sku), None)

    @_refusable
    def pin_next(self) -> str | None:
        """Pin the next product in the queue; its SKU, or None at the end of the queue."""
        sku = self.next_in_queue()
        if sku is not None:
            self._sync().pin(sku)
        return sku

    @Slot(str, object)
    def _reorder(self, sku: str, before: str | None) -> None:
        self._move(sku, before)

    @_refusable
    def _move(self, sku: str, before: str | None) -> None:
        self._sync().move(sku, before_sku=before)

    def move_by(self, sku: str, delta: int) -> None:
        """Keyboard reordering: one place up (-1) or down (+1)."""
        row = self.queue_model.row_of(sku)
        if row < 0:
            return
        target = row + delta if delta < 0 else row + delta + 1
        if 0 <= target <= self.queue_model.rowCount():
            self.queue_model.move_to(sku, target)

    @_refusable
    def add_to_queue(self, sku: str) -> None:
        if sku not in self.queue_model.skus():
            self._sync().add_to_queue(sku, before_sku=None)

    @_refusable
    def remove_from_queue(self, sku: str) -> Removal | None:
        """Take `sku` out of the queue; the pinned product is unpinned too (nothing stays on
        screen that is not in the running order). `undo_remove()` puts it back."""
        sync = self._sync()
        skus = self.queue_model.skus()
        if sku not in skus:
            return None
        i = skus.index(sku)
        pinned = self.state.pinned if self.state is not None else None
        was_pinned = pinned is not None and pinned.sku == sku
        product = self.product(sku)
        sync.remove_from_queue(sku)
        if was_pinned:
            sync.unpin()
        removal = Removal(
            sku=sku,
            title=product.title if product is not None else sku,
            before_sku=skus[i + 1] if i + 1 < len(skus) else None,
            was_pinned=was_pinned,
        )
        self.last_removal = removal
        self.removal_changed.emit(removal)
        return removal

    @_refusable
    def undo_remove(self) -> Removal | None:
        """Put the last removed product back where it was (and on screen if it was pinned)."""
        removal, self.last_removal = self.last_removal, None
        if removal is None:
            return None
        self.removal_changed.emit(None)
        sync = self._sync()
        skus = self.queue_model.skus()
        before = removal.before_sku if removal.before_sku in skus else None
        if removal.sku not in skus:
            sync.add_to_queue(removal.sku, before_sku=before)
        if removal.was_pinned:
            sync.pin(removal.sku)
        return removal

    def forget_removal(self) -> None:
        """The undo offer expired."""
        if self.last_removal is not None:
            self.last_removal = None
            self.removal_changed.emit(None)

    @_refusable
    def start_flash_sale(self, sku: str, price: Decimal, seconds: int) -> bool:
        """Ask the platform for a flash sale; False (and `refused`) when it cannot be sent."""
        self._sync().start_flash_sale(sku, price, seconds=seconds)
        return True

    @_refusable
    def cancel_flash_sale(self, sku: str) -> None:
        self._sync().cancel_flash_sale(sku)

    def running_sale(self) -> tuple[Product, float] | None:
        """The flash sale running now (its product and seconds left), if any."""
        state = self.state
        if state is None:
            return None
        for t in state.timers:
            left = self.time_left(t)
            product = state.product(t.product_id)
            if left > 0 and product is not None:
                return product, left
        return None

    def reconnect(self) -> None:
        sync = self.studio.sync
        if sync is not None:
            sync.reconnect_now()

    def reattach(self) -> None:
        """Redraw everything from the feed's current state."""
        self._batches.post(ev.ShowAttached(self.studio.show_feed.state))
