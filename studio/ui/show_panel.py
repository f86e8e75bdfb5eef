"""The show panel: queue, catalog, flash sale, orders, comments and supporters.

Widgets only render the view-model's item models and call its commands; they never touch the
platform or the show model themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.show.catalog import Product
from studio.show.state import SalesStats, Supporter
from studio.ui.catalog_import import CatalogImportVM, ImportReportView
from studio.ui.i18n import num, tr
from studio.ui.live_sales import LiveSalesPanel
from studio.ui.live_sales_vm import LiveSalesViewModel
from studio.ui.member_lookup import attach_lookup, lookup_opener, who_of_item
from studio.ui.moderation import CommentActions, CommentRole, ModerationViewModel
from studio.ui.show_vm import (
    BadgeRole,
    ItemRole,
    ProductRole,
    ShowViewModel,
    SkuRole,
    SubtitleRole,
    check_flash_price,
    money,
    orders_text,
    points_text,
    price_decimals,
    suggested_flash_price,
)
from studio.ui.style import colors, current_theme, level_color, text_on
from studio.ui.widgets import FlowLayout, Sparkline, WrappingPage, muted_label

_Index = QModelIndex | QPersistentModelIndex

FLASH_DURATIONS = (30, 60, 120, 300, 600)  # seconds


class RowDelegate(QStyledItemDelegate):
    """Thumbnail (if any), bold title, muted subtitle and a badge on the right."""

    def __init__(self, thumbnails: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbs = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = option.fontMetrics
        h = fm.height() * 2 + 12
        return QSize(200, max(h, 52 if self._thumbs else h))

    def paint(self, p: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        c = colors(current_theme())
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        opt.text = ""
        opt.icon = type(opt.icon)()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, p, opt.widget)
        r: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        x = r.left() + 6
        p.save()
        if self._thumbs:
            pm = index.data(Qt.ItemDataRole.DecorationRole)
            if pm is not None:
                side = min(44, r.height() - 8)
                p.drawPixmap(QRect(x, r.top() + (r.height() - side) // 2, side, side), pm)
                x += side + 8
        badge = str(index.data(BadgeRole) or "")
        font: QFont = QFont(option.font)
        bw = 0
        if badge:
            bf = QFont(font)
            bf.setBold(True)
            bf.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
            p.setFont(bf)
            bw = p.fontMetrics().horizontalAdvance(badge) + 14
            bh = p.fontMetrics().height() + 4
            box = QRect(r.right() - bw - 6, r.top() + (r.height() - bh) // 2, bw, bh)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            bg = c.live if badge.startswith((tr("PINNED"), tr("ON SCREEN"))) else c.warn
            if badge == tr("QUESTION"):
                bg = c.accent
            p.setBrush(QColor(bg))
            p.drawRoundedRect(box, bh / 2, bh / 2)
            p.setPen(QColor(text_on(bg)))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            bw += 10
        text_w = r.right() - x - bw - 6
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        sub = str(index.data(SubtitleRole) or "")
        tf = QFont(font)
        tf.setBold(True)
        p.setFont(tf)
        fm = p.fontMetrics()
        fg = QColor(c.on_accent if selected else c.text)
        p.setPen(fg)
        line_h = fm.height()
        top = r.top() + (r.height() - 2 * line_h - 2) // 2
        p.drawText(
            QRect(x, top, text_w, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, text_w),
        )
        p.setFont(font)
        fm2 = p.fontMetrics()
        p.setPen(QColor(c.on_accent if selected else c.muted))
        p.drawText(
            QRect(x, top + line_h + 2, text_w, line_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm2.elidedText(sub, Qt.TextElideMode.ElideRight, text_w),
        )
        p.restore()


class HintListView(QListView):
    """A list that says what will appear in it while it is empty."""

    def __init__(self, hint: str = "") -> None:
        super().__init__()
        self.hint = hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.hint and model is not None and model.rowCount() == 0:
            p = QPainter(self.viewport())
            p.setPen(QColor(colors(current_theme()).muted))
            r = self.viewport().rect().adjusted(16, 16, -16, -16)
            p.drawText(r, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.hint)
            p.end()


def _list(model: QAbstractItemModel, thumbnails: bool, name: str, hint: str = "") -> QListView:
    v = HintListView(hint)
    v.setModel(model)
    v.setItemDelegate(RowDelegate(thumbnails, v))
    v.setUniformItemSizes(True)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    v.setAccessibleName(name)
    return v


class SoldOutBanner(QFrame):
    """Shown above the queue while the pinned product is sold out: move on with one click."""

    pin_next_requested = Signal()
    unpin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("soldOut")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setObjectName("soldOutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.text, 1)
        self.pin_next = QPushButton(tr("Pin next"))
        self.pin_next.setObjectName("soldOutAction")
        self.pin_next.setAccessibleName(tr("Pin the next product"))
        self.pin_next.clicked.connect(self._act)
        lay.addWidget(self.pin_next)
        self._has_next = False
        self.hide()

    def set_state(self, sold_out: Product | None, next_product: Product | None) -> None:
        """`sold_out`: the pinned product when it has sold out, else None (hidden)."""
        if sold_out is None:
            self.hide()
            return
        self._has_next = next_product is not None
        if next_product is not None:
            self.text.setText(tr("{title} is sold out.").format(title=sold_out.title))
            self.pin_next.setText(tr("Pin next: {short}").format(short=_short(next_product.title)))
            self.pin_next.setToolTip(
                tr("Show {title} on screen now").format(title=next_product.title)
            )
        else:
            self.text.setText(
                tr("{title} is sold out, and it is the last in the queue.").format(
                    title=sold_out.title
                )
            )
            self.pin_next.setText(tr("Unpin"))
            self.pin_next.setToolTip(tr("Take the sold-out card off the screen"))
        self.show()

    def _act(self) -> None:
        if self._has_next:
            self.pin_next_requested.emit()
        else:
            self.unpin_requested.emit()


def _short(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class QueuePanel(QWidget):
    """The running order: drag (or Alt+↑/↓) to reorder, pin now / next, flash sale."""

    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.sold_out = SoldOutBanner()
        self.sold_out.pin_next_requested.connect(vm.pin_next)
        self.sold_out.unpin_requested.connect(vm.unpin)
        lay.addWidget(self.sold_out)
        self.view = _list(
            vm.queue_model,
            True,
            tr("Queue"),
            tr("The queue is empty: add products from the Catalog tab."),
        )
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setToolTip(
            tr("Drag to reorder, or Alt+↑ / Alt+↓. Enter pins the selected product.")
        )
        self.view.doubleClicked.connect(lambda _i: self.pin_selected())
        self.view.activated.connect(lambda _i: self.pin_selected())
        lay.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.pin_now = QPushButton(tr("Pin now"))
        self.pin_now.setObjectName("primary")
        self.pin_now.setToolTip(tr("Show the selected product on screen"))
        self.pin_now.clicked.connect(self.pin_selected)
        self.pin_next = QPushButton(tr("Pin next"))
        self.pin_next.clicked.connect(vm.pin_next)
        self.unpin = QPushButton(tr("Unpin"))
        self.unpin.clicked.connect(vm.unpin)
        self.remove = QPushButton(tr("Remove"))
        self.remove.setToolTip(
            tr("Take the selected product out of the queue (off the screen too if it is pinned)")
        )
        self.remove.clicked.connect(self._remove)
        for b in (self.pin_now, self.pin_next, self.unpin, self.remove):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        up = QShortcut(QKeySequence("Alt+Up"), self.view)
        up.activated.connect(lambda: self._move(-1))
        down = QShortcut(QKeySequence("Alt+Down"), self.view)
        down.activated.connect(lambda: self._move(+1))
        self.flash = FlashSaleBox(vm, self)
        lay.addWidget(self.flash)
        vm.pin_changed.connect(self._pinned)
        vm.show_changed.connect(lambda _s: self._pinned(self._pinned_product()))
        vm.queue_model.modelReset.connect(lambda: self._pinned(self._pinned_product()))
        vm.queue_model.rowsMoved.connect(lambda *_a: self._pinned(self._pinned_product()))

    def _pinned_product(self) -> Product | None:
        return self.vm.state.pinned if self.vm.state is not None else None

    def _pinned(self, product: Product | None) -> None:
        show = self.vm.state.show if self.vm.state is not None else None
        ended = show is not None and str(show.status) == "ended"  # nobody left to sell to
        sold_out = product if product is not None and product.sold_out and not ended else None
        self.sold_out.set_state(sold_out, self.vm.product(self.vm.next_in_queue()))
        if sold_out is not None:  # keep the sold-out row in sight under the banner
            row = self.vm.queue_model.row_of(sold_out.sku)
            if row >= 0:
                self.view.scrollTo(self.vm.queue_model.index(row))

    def selected_sku(self) -> str | None:
        idx = self.view.currentIndex()
        return str(idx.data(SkuRole)) if idx.isValid() else None

    def selected_product(self) -> Product | None:
        idx = self.view.currentIndex()
        return idx.data(ProductRole) if idx.isValid() else None

    def pin_selected(self) -> None:
        sku = self.selected_sku()
        if sku:
            self.vm.pin(sku)

    def _remove(self) -> None:
        sku = self.selected_sku()
        if sku:
            self.vm.remove_from_queue(sku)

    def _move(self, delta: int) -> None:
        sku = self.selected_sku()
        if sku is None:
            return
        self.vm.move_by(sku, delta)
        row = self.vm.queue_model.row_of(sku)
        self.view.setCurrentIndex(self.vm.queue_model.index(row))

    def set_hotkey_hint(self, pin_next: str) -> None:
        self.pin_next.setText(
            tr("Pin next ({pin_next})").format(pin_next=pin_next) if pin_next else tr("Pin next")
        )


Confirm = Callable[[str, str, str, bool], bool]  # title, text, action, destructive → go ahead?


class FlashSaleBox(QGroupBox):
    """Price and duration → a flash sale on the pinned (or else the selected) product.

    The price is recomputed whenever the product (or its regular price) changes, checked as
    it is typed (`check_flash_price`: above 0, below the regular price, not sold out) with the
    reason beside the field, and a discount over the settings' threshold asks `confirm` first.
    One sale runs at a time: while one runs (on whichever product) its countdown and "Cancel
    sale" are here.
    """

    def __init__(self, vm: ShowViewModel, queue: QueuePanel) -> None:
        super().__init__(tr("Flash sale"))
        self.vm = vm
        self.queue = queue
        self.confirm: Confirm = lambda *_a: True  # the window puts its dialog here
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        self.target = QLabel(tr("Pin a product first"))
        self.target.setWordWrap(True)
        form.addRow(tr("Product"), self.target)
        row = QHBoxLayout()
        self.price = QDoubleSpinBox()
        self.price.setDecimals(2)
        self.price.setRange(0.0, 100_000_000.0)
        self.price.setAccessibleName(tr("Flash price"))
        self.price.setKeyboardTracking(True)
        self.duration = QComboBox()
        for secs in FLASH_DURATIONS:
            label = tr("%n s", "seconds", secs) if secs < 60 else tr("%n min", None, secs // 60)
            self.duration.addItem(label, secs)
        self.duration.setCurrentIndex(1)
        self.duration.setAccessibleName(tr("Flash sale duration"))
        row.addWidget(self.price, 1)
        row.addWidget(self.duration)
        form.addRow(tr("Price / time"), row)
        self.check_label = QLabel("")
        self.check_label.setObjectName("priceCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(tr("Flash price check"))
        form.addRow("", self.check_label)
        actions = QHBoxLayout()
        self.start = QPushButton(tr("Start flash sale"))
        self.start.setObjectName("primary")
        self.start.clicked.connect(self.start_sale)
        self.cancel = QPushButton(tr("Cancel sale"))
        self.cancel.clicked.connect(self.cancel_sale)
        self.countdown = QLabel("")
        f = self.countdown.font()
        f.setBold(True)
        self.countdown.setFont(f)
        actions.addWidget(self.start)
        actions.addWidget(self.cancel)
        actions.addWidget(self.countdown, 1)
        form.addRow(actions)
        self.check = check_flash_price(None, Decimal(0), 50)
        self._priced: tuple[str, Decimal | None, str] | None = None
        vm.pin_changed.connect(lambda _p: self.refresh())
        vm.timers_changed.connect(lambda _t: self.refresh())
        queue.view.selectionModel().currentChanged.connect(lambda *_a: self.refresh())
        self.price.valueChanged.connect(lambda _v: self._validate())
        self.refresh()

    def product(self) -> Product | None:
        """The pinned product, else the one selected in the queue (as the platform has it)."""
        pinned = self.vm.state.pinned if self.vm.state is not None else None
        if pinned is not None:
            return pinned
        selected = self.queue.selected_product()
        if selected is None:
            return None
        return self.vm.product(selected.sku) or selected

    def price_value(self) -> Decimal:
        """The price in the box, exactly as shown (major units of the product's currency)."""
        return Decimal(f"{self.price.value():.{self.price.decimals()}f}")

    def refresh(self) -> None:
        """Follow the product: a new product (or a new regular price) gets its own price."""
        p = self.product()
        key = (p.sku, p.price, p.currency) if p is not None else None
        if key != self._priced:
            self._priced = key
            if p is not None:
                self.price.blockSignals(True)
                self.price.setDecimals(price_decimals(p.currency))
                self.price.setSingleStep(1.0)
                self.price.setPrefix(f"{p.currency} " if p.currency else "")
                self.price.blockSignals(False)
                suggested = suggested_flash_price(p)
                self.price.setValue(float(suggested) if suggested is not None else 0.0)
        if p is None:
            self.target.setText(tr("Pin a product first"))
        else:
            self.target.setText(f"{p.title} ({money(p.price, p.currency)})")
        self._validate()

    def _threshold(self) -> int:
        return int(self.vm.studio.config.ui.confirm_discount_percent)

    def _validate(self) -> None:
        p = self.product()
        running = self.vm.running_sale()
        self.check = check_flash_price(p, self.price_value(), self._threshold())
        text, level = self.check.message, self.check.level
        if running is not None:
            sale_product, left = running
            s = int(left + 0.999)
            same = p is not None and sale_product.sku == p.sku
            left_text = f"{s // 60}:{s % 60:02d}"
            self.countdown.setText(
                tr("⚡ ends in {time}").format(time=left_text)
                if same
                else tr("⚡ {title}: ends in {time}").format(
                    title=_short(sale_product.title), time=left_text
                )
            )
            if not same:
                text, level = (
                    tr("A sale is running on {title}: end it first.").format(
                        title=sale_product.title
                    ),
                    "alarm",
                )
            else:
                text, level = tr("The sale is running."), ""
        else:
            self.countdown.setText("")
        if p is None and running is None:
            text, level = "", ""
        theme = current_theme()
        color = level_color(level, theme) if level else colors(theme).muted
        self.check_label.setStyleSheet(f"color: {color};" + (" font-weight: 600;" if level else ""))
        self.check_label.setText(text)
        self.check_label.setVisible(bool(text))
        self.cancel.setEnabled(running is not None)
        self.start.setEnabled(p is not None and self.check.ok and running is None)
        self.price.setEnabled(p is not None and running is None)
        self.duration.setEnabled(p is not None and running is None)

    def start_sale(self) -> bool:
        """Start the sale at the price shown; False when refused, cancelled or not sendable."""
        p = self.product()
        self.refresh()
        if p is None or not self.start.isEnabled():
            return False
        price = self.price_value()
        label = self.duration.currentText()
        if self.check.needs_confirm:
            pct = int(self.check.discount * 100 + 0.5)
            if not self.confirm(
                tr("Sell at {pct} % off?").format(pct=pct),
                tr(
                    "{title} at {money} instead of {money2} for {label}: every order in that "
                    "time is at this price."
                ).format(
                    title=p.title,
                    money=money(price, p.currency),
                    money2=money(p.price, p.currency),
                    label=label,
                ),
                tr("Start the {pct} % sale").format(pct=pct),
                True,
            ):
                return False
        return bool(self.vm.start_flash_sale(p.sku, price, int(self.duration.currentData())))

    def cancel_sale(self) -> None:
        running = self.vm.running_sale()
        p = running[0] if running is not None else self.product()
        if p is not None:
            self.vm.cancel_flash_sale(p.sku)


class CatalogPanel(QWidget):
    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search the catalog (title or SKU)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search the catalog"))
        self.search.textChanged.connect(vm.catalog_filter.set_search)
        lay.addWidget(self.search)
        self.view = _list(vm.catalog_filter, True, tr("Catalog"))
        self.view.doubleClicked.connect(lambda _i: self._add())
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.add = QPushButton(tr("Add to queue"))
        self.add.clicked.connect(self._add)
        self.pin = QPushButton(tr("Pin now"))
        self.pin.clicked.connect(self._pin)
        row.addWidget(self.add)
        row.addWidget(self.pin)
        row.addStretch(1)
        lay.addLayout(row)
        # Drop a catalog file here to see how the show would read it (studio catalog import).
        self.importer = CatalogImportVM(vm.studio, self)
        self.report = ImportReportView()
        self.importer.report_ready.connect(self.report.show_report)
        lay.addWidget(self.report)
        self.setAcceptDrops(True)
        self.setToolTip(tr("Drop a catalog file (CSV or JSON) here to check it"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.report.show_reading(files[0].name)
            self.importer.check(files[0])

    def _sku(self) -> str | None:
        idx = self.view.currentIndex()
        return str(idx.data(SkuRole)) if idx.isValid() else None

    def _add(self) -> None:
        sku = self._sku()
        if sku:
            self.vm.add_to_queue(sku)

    def _pin(self) -> None:
        sku = self._sku()
        if sku:
            self.vm.pin(sku)


def _local_files(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


class ShowPanel(QTabWidget):
    """Queue and catalog, as tabs (the 'Show' dock)."""

    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = QueuePanel(vm)
        self.catalog = CatalogPanel(vm)
        self.addTab(self.queue, tr("Queue"))
        self.addTab(self.catalog, tr("Catalog"))
        self.live_vm = LiveSalesViewModel(vm.studio, self)
        self.live = LiveSalesPanel(self.live_vm)
        # Scrolled: a tab widget is as tall as its tallest tab, and these two forms would make
        # the dock (and the window) taller than a 1366x768 laptop's screen.
        live = QScrollArea()
        live.setWidget(self.live)
        live.setWidgetResizable(True)
        live.setFrameShape(QFrame.Shape.NoFrame)
        self.addTab(live, tr("Auction && giveaway"))


class OrdersPanel(QWidget):
    """Revenue, orders per minute, the live order feed and sell-through per product."""

    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QGridLayout()
        head.setContentsMargins(6, 4, 6, 2)
        head.setHorizontalSpacing(22)
        head.setVerticalSpacing(0)

        def caption(text: str) -> QLabel:
            lab = QLabel(text)
            lab.setProperty("muted", True)
            return lab

        self.revenue = QLabel("—")
        self.revenue.setObjectName("bigNumber")
        self.revenue.setAccessibleName(tr("Revenue"))
        self.orders = QLabel("0")
        self.orders.setObjectName("bigNumber")
        self.orders.setAccessibleName(tr("Orders"))
        self.rate = caption(tr("Orders / min"))
        self.spark = Sparkline()
        head.addWidget(caption(tr("Revenue")), 0, 0)
        head.addWidget(self.revenue, 1, 0)
        head.addWidget(caption(tr("Orders")), 0, 1)
        head.addWidget(self.orders, 1, 1)
        head.addWidget(self.rate, 0, 2)
        head.addWidget(self.spark, 1, 2)
        head.setColumnStretch(2, 1)
        lay.addLayout(head)
        self.tabs = QTabWidget()
        self.feed = _list(
            vm.orders_model,
            False,
            tr("Order feed"),
            tr("Orders appear here the moment they are placed."),
        )
        self.feed.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.open_member = lookup_opener(vm.studio, self)
        self.lookup = attach_lookup(
            self.feed,
            lambda idx: who_of_item(idx.data(ItemRole)) if idx.isValid() else None,
            self.open_member,
            on_double_click=True,
        )
        self.tabs.addTab(self.feed, tr("Live orders"))
        self.table = QTableView()
        self.table.setModel(vm.sales_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                i, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAccessibleName(tr("Sell-through per product"))
        self.tabs.addTab(self.table, tr("Sell-through"))
        lay.addWidget(self.tabs, 1)
        vm.sales_changed.connect(self._sales)
        vm.sparkline_changed.connect(self.spark.set_values)

    def _sales(self, sales: SalesStats) -> None:
        self.revenue.setText(money(sales.revenue, sales.currency))
        self.orders.setText(num(sales.orders))
        self.orders.setToolTip(tr("%Ln item(s) sold", None, sales.units))
        self.rate.setText(
            tr("Orders / min: {orders_per_minute:.1f}").format(
                orders_per_minute=sales.orders_per_minute
            )
        )


class CommentsPanel(WrappingPage):
    """Viewers' comments, newest first, and their moderation (`studio.ui.moderation`): show
    one on screen beside the title, reply, hide, mute or block its author, from the buttons,
    the context menu or the keys (P, R, H, M, B, U; Enter shows on screen)."""

    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.moderation = ModerationViewModel(vm.studio, self)
        self.moderation.refused.connect(vm.refused)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.on_screen = QFrame()
        self.on_screen.setObjectName("commentOnScreen")
        strip = QHBoxLayout(self.on_screen)
        strip.setContentsMargins(8, 4, 4, 4)
        self.on_screen_text = QLabel()
        self.on_screen_text.setTextFormat(Qt.TextFormat.PlainText)
        self.on_screen_text.setWordWrap(True)  # a long comment wraps, the button stays in view
        self.on_screen_text.setAccessibleName(tr("Comment on screen"))
        strip.addWidget(self.on_screen_text, 1)
        self.take_off_btn = QPushButton(tr("Take off screen"))
        self.take_off_btn.clicked.connect(self.moderation.take_off_screen)
        strip.addWidget(self.take_off_btn)
        self.on_screen.hide()
        lay.addWidget(self.on_screen)
        self.view = _list(
            self.moderation.model,
            False,
            tr("Comments"),
            tr(
                "Viewers' comments and questions appear here. Select one and press P (or "
                "right-click it) to show it on screen beside the title; R replies, H hides it."
            ),
        )
        self.view.setWordWrap(True)
        # The list scrolls by itself: on a 1366×768 screen it gives way (down to a comment's
        # line) before a second row of buttons in the longer languages drops below the dock.
        self.view.setMinimumHeight(44)
        lay.addWidget(self.view, 1)
        self.commands = CommentActions(self.view, self.moderation)
        row = FlowLayout()  # longer words in es or id move a button down, never cut it off
        self.show_btn = QPushButton(tr("Show on screen"))
        self.show_btn.setToolTip(tr("Show the selected comment on screen, beside the title (P)"))
        self.show_btn.clicked.connect(self.commands.toggle_on_screen)
        self.reply_btn = QPushButton(tr("Reply…"))
        self.reply_btn.setToolTip(tr("Answer the selected comment in the chat (R)"))
        self.reply_btn.clicked.connect(self.commands.reply_to_current)
        self.hide_btn = QPushButton(tr("Hide"))
        self.hide_btn.setToolTip(tr("Hide the selected comment from viewers and the screen (H)"))
        self.hide_btn.clicked.connect(self.commands.toggle_hidden)
        self.more_btn = QPushButton(tr("More…"))
        self.more_btn.setToolTip(tr("Mute or block the comment's author"))
        self.more_btn.clicked.connect(self._more)
        self.open_member = lookup_opener(vm.studio, self)
        self.lookup = attach_lookup(
            self.view,
            lambda idx: who_of_item(idx.data(CommentRole)) if idx.isValid() else None,
            self.open_member,
        )
        self.member_btn = QPushButton(tr("Member…"))
        self.member_btn.setToolTip(tr("Look the comment's author up in the community (Ctrl+L)"))
        self.member_btn.clicked.connect(self.lookup.trigger)
        for b in (self.show_btn, self.reply_btn, self.hide_btn, self.more_btn, self.member_btn):
            row.addWidget(b)
        lay.addLayout(row)
        for action, button in (
            (self.commands.on_screen, self.show_btn),
            (self.commands.reply, self.reply_btn),
            (self.commands.hide, self.hide_btn),
        ):
            action.changed.connect(lambda a=action, b=button: self._mirror(a, b))
            self._mirror(action, button)
        self.moderation.changed.connect(self._pinned)
        self._pinned()

    @staticmethod
    def _mirror(action: QAction, button: QPushButton) -> None:
        button.setText(action.text())
        button.setEnabled(action.isEnabled())

    def _more(self) -> None:
        if self.commands.current() is None:
            return
        menu = self.commands.menu()
        menu.exec(self.more_btn.mapToGlobal(self.more_btn.rect().bottomLeft()))

    def _pinned(self) -> None:
        state = self.moderation.state
        c = state.pinned_comment if state is not None else None
        self.more_btn.setEnabled(self.commands.current() is not None)
        if c is None:
            self.on_screen.hide()
            return
        self.on_screen_text.setText(
            tr("On screen: “{text}” — {author}").format(text=c.text, author=c.author)
        )
        self.on_screen.show()


class SupportersPanel(QWidget):
    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Top supporters"))
        lay.addWidget(self.list)
        self.vm = vm
        vm.supporters_changed.connect(self._set)

    def _set(self, supporters: Sequence[Supporter]) -> None:
        self.list.clear()
        medals = ("🥇", "🥈", "🥉")
        state = self.vm.state
        for i, s in enumerate(supporters[:50]):
            mark = medals[i] if i < 3 else f"{i + 1}."
            row = tr("{rank}  {name} — {points} · {orders}", "a supporters list row").format(
                rank=mark,
                name=s.name,
                points=points_text(s.points),
                orders=orders_text(s.orders_count),
            )
            member = state.member(s.viewer_id) if state is not None else None
            if member is not None and member.tier:
                row += f" · {member.tier}"
            self.list.addItem(row)


class AudiencePanel(QTabWidget):
    def __init__(self, vm: ShowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comments = CommentsPanel(vm)
        self.supporters = SupportersPanel(vm)
        self.addTab(self.comments, tr("Comments"))
        self.addTab(self.supporters, tr("Top supporters"))


class NoShowPlaceholder(QWidget):
    """Shown instead of the show panel when no platform show is connected."""

    connect_requested = Signal()
    cohost_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        title = QLabel(tr("No show connected"))
        f = title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() + 2)
        title.setFont(f)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        text = muted_label(
            tr(
                "Connect your shop's platform in Settings to see the catalog, the queue and live "
                "orders. You can go live without it."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.connect_btn = QPushButton(tr("Connect platform…"))
        self.connect_btn.setObjectName("primary")
        self.connect_btn.clicked.connect(self.connect_requested)
        self.cohost_btn = QPushButton(tr("Sign in as co-host…"))
        self.cohost_btn.clicked.connect(self.cohost_requested)
        row.addWidget(self.connect_btn)
        row.addWidget(self.cohost_btn)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
