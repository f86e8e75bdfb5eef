"""Auction and giveaway controls: the "Live sales" tab of the Show dock (host and co-host).

Thin widgets over `LiveSalesViewModel`: the auction box starts one on the pinned product
(starting bid, increment, length, standard or sudden death with its extension window and cap,
an optional reserve) and cancels it after a confirmation; the giveaway box opens one (prize,
keyword and/or entry by buying, length), draws it early or cancels it after a confirmation.
A status line under each says what the platform says, on its clock.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.show.catalog import Product
from studio.ui.i18n import tr
from studio.ui.live_sales_vm import LiveSalesViewModel, Status
from studio.ui.show_vm import money, price_decimals
from studio.ui.style import colors, current_theme, level_color

Confirm = Callable[[str, str, str, bool], bool]  # title, text, action, destructive → go ahead?


def _money_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, 1_000_000.0)
    box.setDecimals(2)
    box.setAccessibleName(name)
    return box


def _show_status(label: QLabel, status: Status) -> None:
    theme = current_theme()
    color = level_color(status.level, theme) if status.level else colors(theme).muted
    label.setStyleSheet(f"color: {color};")
    label.setText(status.text)


class AuctionBox(QGroupBox):
    """Start an auction on the pinned product; cancel the running one (confirmed)."""

    def __init__(self, vm: LiveSalesViewModel) -> None:
        super().__init__(tr("Auction"))
        self.vm = vm
        self.confirm: Confirm = lambda *_a: True  # the window puts its dialog here
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        self.target = QLabel(tr("Pin a product first"))
        self.target.setWordWrap(True)
        form.addRow(tr("Product"), self.target)
        self.starting = _money_box(tr("Starting bid"))
        self.increment = _money_box(tr("Bid increment"))
        self.increment.setValue(1.0)
        row = QHBoxLayout()
        row.addWidget(self.starting, 1)
        row.addWidget(QLabel("+"))
        row.addWidget(self.increment, 1)
        form.addRow(tr("Start / step"), row)
        self.seconds = QSpinBox()
        self.seconds.setRange(10, 300)
        self.seconds.setValue(60)
        self.seconds.setSuffix(" s")
        self.seconds.setAccessibleName(tr("Auction length"))
        self.mode = QComboBox()
        self.mode.addItem(tr("Standard (late bids extend)"), False)
        self.mode.addItem(tr("Sudden death"), True)
        self.mode.setAccessibleName(tr("Auction mode"))
        row = QHBoxLayout()
        row.addWidget(self.seconds)
        row.addWidget(self.mode, 1)
        form.addRow(tr("Length"), row)
        self.window_s = QSpinBox()
        self.window_s.setRange(1, 60)
        self.window_s.setValue(10)
        self.window_s.setPrefix(tr("last "))
        self.window_s.setSuffix(" s")
        self.window_s.setAccessibleName(tr("Extension window"))
        self.cap_s = QSpinBox()
        self.cap_s.setRange(0, 600)
        self.cap_s.setValue(120)
        self.cap_s.setPrefix(tr("max +"))
        self.cap_s.setSuffix(" s")
        self.cap_s.setAccessibleName(tr("Extension cap"))
        row = QHBoxLayout()
        row.addWidget(self.window_s)
        row.addWidget(self.cap_s)
        form.addRow(tr("Extend"), row)
        self.reserve = _money_box(tr("Reserve price"))
        self.reserve.setSpecialValueText(tr("No reserve"))
        form.addRow(tr("Reserve"), self.reserve)
        actions = QHBoxLayout()
        self.start = QPushButton(tr("Start auction"))
        self.start.setObjectName("primary")
        self.start.clicked.connect(self.start_auction)
        self.cancel = QPushButton(tr("Cancel auction"))
        self.cancel.clicked.connect(self.cancel_auction)
        self.to_rundown = QPushButton(tr("Add to rundown"))
        self.to_rundown.setObjectName("auction-to-rundown")
        self.to_rundown.setToolTip(
            tr("Add an auction of the pinned product, as set here, as a rundown step")
        )
        self.to_rundown.clicked.connect(self.add_to_rundown)
        actions.addWidget(self.start)
        actions.addWidget(self.cancel)
        form.addRow(actions)
        form.addRow(self.to_rundown)  # its own row: the dock is narrow
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Auction status"))
        form.addRow(self.status)
        for box in (self.starting, self.increment, self.seconds, self.mode, self.window_s):
            box.setMinimumWidth(64)  # the dock is narrow: fields shrink rather than scroll
        for box in (self.cap_s, self.reserve):
            box.setMinimumWidth(64)
        self._priced: str | None = None
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        vm.changed.connect(self.refresh)
        self.refresh()

    def product(self) -> Product | None:
        return self.vm.pinned()

    def refresh(self) -> None:
        p = self.product()
        if p is None:
            self.target.setText(tr("Pin a product first"))
        else:
            self.target.setText(f"{p.title} ({money(p.price, p.currency)})")
            if p.sku != self._priced:  # a new product: its currency, a starting bid
                self._priced = p.sku
                decimals = price_decimals(p.currency)
                for box in (self.starting, self.increment, self.reserve):
                    box.setDecimals(decimals)
                    box.setPrefix(f"{p.currency} " if p.currency else "")
                start = (p.price or Decimal(1)) * Decimal("0.3")
                self.starting.setValue(float(max(Decimal(1), start.quantize(Decimal(1)))))
        status = self.vm.auction()
        _show_status(self.status, status)
        sudden = bool(self.mode.currentData())
        self.window_s.setEnabled(not sudden and not status.running)
        self.cap_s.setEnabled(not sudden and not status.running)
        self.start.setEnabled(p is not None and not status.running)
        self.cancel.setEnabled(status.running)
        self.to_rundown.setEnabled(p is not None)

    def _decimal(self, box: QDoubleSpinBox) -> Decimal:
        return Decimal(f"{box.value():.{box.decimals()}f}")

    def start_auction(self) -> bool:
        """Queue the auction as set in the box; False when there is nothing to start."""
        p = self.product()
        if p is None or not self.start.isEnabled():
            return False
        return self._with_settings(self.vm.start_auction, p.sku)

    def _with_settings(self, fn: Callable[..., bool], sku: str) -> bool:
        """`fn` (the view-model's start_auction or auction_to_rundown) with the box's auction
        of `sku`: starting bid, seconds, increment, mode, extension window and cap, reserve."""
        reserve = self._decimal(self.reserve)
        return fn(
            sku,
            self._decimal(self.starting),
            self.seconds.value(),
            increment=self._decimal(self.increment),
            sudden_death=bool(self.mode.currentData()),
            extend_window_s=self.window_s.value(),
            max_extension_s=self.cap_s.value(),
            reserve=reserve if reserve > 0 else None,
        )

    def add_to_rundown(self) -> bool:
        """Add an auction of the pinned product, as set in the box, at the end of the
        rundown; False when nothing is pinned or the settings are refused (said)."""
        p = self.product()
        if p is None:
            return False
        return self._with_settings(self.vm.auction_to_rundown, p.sku)

    def cancel_auction(self) -> bool:
        """Cancel the running auction once the host confirmed (no order is made)."""
        if not self.vm.auction().running:
            return False
        if not self.confirm(
            tr("Cancel the auction?"),
            tr("Bidding stops now and nobody wins: no order is made. Bidders see it cancelled."),
            tr("Cancel auction"),
            True,
        ):
            return False
        return self.vm.cancel_auction()


class GiveawayBox(QGroupBox):
    """Open a giveaway; draw it early, or cancel it (confirmed)."""

    def __init__(self, vm: LiveSalesViewModel) -> None:
        super().__init__(tr("Giveaway"))
        self.vm = vm
        self.confirm: Confirm = lambda *_a: True
        form = QFormLayout(self)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        self.prize = QLineEdit()
        self.prize.setPlaceholderText(tr("What the winner gets"))
        self.prize.setAccessibleName(tr("Prize"))
        # No maxLength: Qt would cut a pasted prize silently; the sync refuses, saying why.
        form.addRow(tr("Prize"), self.prize)
        self.keyword = QLineEdit("#win")
        self.keyword.setAccessibleName(tr("Keyword"))
        self.by_keyword = QCheckBox(tr("Comment"))
        self.by_keyword.setChecked(True)
        self.by_purchase = QCheckBox(tr("or buy"))
        row = QHBoxLayout()
        row.addWidget(self.by_keyword)
        row.addWidget(self.keyword, 1)
        row.addWidget(self.by_purchase)
        form.addRow(tr("Enter by"), row)
        self.seconds = QSpinBox()
        self.seconds.setRange(10, 3600)
        self.seconds.setValue(120)
        self.seconds.setSuffix(" s")
        self.seconds.setAccessibleName(tr("Giveaway length"))
        form.addRow(tr("Draw after"), self.seconds)
        actions = QHBoxLayout()
        self.open = QPushButton(tr("Open giveaway"))
        self.open.setObjectName("primary")
        self.open.clicked.connect(self.open_giveaway)
        self.draw = QPushButton(tr("Draw now"))
        self.draw.clicked.connect(self.draw_now)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setAccessibleName(tr("Cancel giveaway"))
        self.cancel.clicked.connect(self.cancel_giveaway)
        self.to_rundown = QPushButton(tr("Add to rundown"))
        self.to_rundown.setObjectName("giveaway-to-rundown")
        self.to_rundown.clicked.connect(self.add_to_rundown)
        for b in (self.open, self.draw, self.cancel):
            actions.addWidget(b)
        form.addRow(actions)
        form.addRow(self.to_rundown)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Giveaway status"))
        form.addRow(self.status)
        for box in (self.prize, self.keyword, self.seconds):
            box.setMinimumWidth(64)
        self.by_keyword.toggled.connect(lambda _on: self.refresh())
        self.by_purchase.toggled.connect(lambda _on: self.refresh())
        self.prize.textChanged.connect(lambda _t: self.refresh())
        vm.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        status = self.vm.giveaway()
        _show_status(self.status, status)
        self.keyword.setEnabled(self.by_keyword.isChecked())
        some_entry = self.by_keyword.isChecked() or self.by_purchase.isChecked()
        ready = bool(self.prize.text().strip()) and some_entry
        self.open.setEnabled(ready and not status.running)
        self.draw.setEnabled(status.running)
        self.cancel.setEnabled(status.running)
        self.to_rundown.setEnabled(ready)

    def _keyword(self) -> str | None:
        return self.keyword.text().strip() if self.by_keyword.isChecked() else None

    def add_to_rundown(self) -> bool:
        """Add this giveaway, as set in the box, at the end of the rundown; False when it is
        not filled in or is refused (said)."""
        if not self.to_rundown.isEnabled():
            return False
        return self.vm.giveaway_to_rundown(
            self.prize.text(), self.seconds.value(), self._keyword(), self.by_purchase.isChecked()
        )

    def open_giveaway(self) -> bool:
        if not self.open.isEnabled():
            return False
        keyword = self.keyword.text().strip() if self.by_keyword.isChecked() else None
        return self.vm.open_giveaway(
            self.prize.text(), self.seconds.value(), keyword, self.by_purchase.isChecked()
        )

    def draw_now(self) -> bool:
        """Draw the open giveaway now (the platform draws and reveals its seed)."""
        if not self.vm.giveaway().running:
            return False
        return self.vm.draw_giveaway()

    def cancel_giveaway(self) -> bool:
        if not self.vm.giveaway().running:
            return False
        if not self.confirm(
            tr("Cancel the giveaway?"),
            tr("Entries stop now and nobody wins. The seed is published all the same."),
            tr("Cancel giveaway"),
            True,
        ):
            return False
        return self.vm.draw_giveaway(cancel=True)


class LiveSalesPanel(QWidget):
    """The auction box above the giveaway box (the Show dock's "Live sales" tab)."""

    def __init__(self, vm: LiveSalesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.auction = AuctionBox(vm)
        self.giveaway = GiveawayBox(vm)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.auction)
        lay.addWidget(self.giveaway)
        lay.addStretch(1)
