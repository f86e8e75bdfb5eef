"""The engagement dock (issue 20): the show's rundown, a poll and vouchers, for host and co-host.

Three tabs. **Rundown**: the prepared steps in order (done ones ticked, the next one marked),
Next step (one key, F9 by default; the platform runs the step), Skip, Remove, Up and Down, and
"Add" for a pin or a flash sale of a catalog product; the poll and voucher tabs add their form
as a step too. **Poll**: a question and 2-4 options, Start and Close, live percentages.
**Voucher**: code, percent or amount off, claim limit, duration; Start, and per voucher
Show/Hide on screen and End, with claims counted live. A co-host's window is the same: the
rundown lives on the platform, so both see and edit one list.

The widgets render the view model's state and call its commands; no I/O here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio.show.money import format_money, from_minor, to_minor
from studio.show.rundown import RundownStep
from studio.show.state import ShowState
from studio.show.vouchers import voucher_label
from studio.ui.engagement_vm import EngagementViewModel
from studio.ui.i18n import tr

StepRole = Qt.ItemDataRole.UserRole + 1


def step_text(step: RundownStep, state: ShowState | None) -> str:
    """One line for a step: 'Pin Cast-iron skillet', 'Flash sale: Honey at $12 for 60 s'..."""
    f = step.fields
    currency = state.show.currency if state is not None and state.show is not None else "USD"

    def title(pid: object) -> str:
        p = state.product(str(pid)) if state is not None else None
        return p.title if p is not None else str(pid)

    def money(minor: object) -> str:
        return format_money(from_minor(int(str(minor)), currency), currency)

    if step.kind == "pin":
        text = tr("Pin {title}").format(title=title(f.get("product_id")))
    elif step.kind == "flash_sale":
        text = tr("Flash sale: {title} at {price} for {s} s").format(
            title=title(f.get("product_id")),
            price=money(f.get("flash_price_minor", 0)),
            s=f.get("duration_s"),
        )
    elif step.kind == "poll":
        poll = f.get("poll")
        question = poll.get("question", "") if isinstance(poll, dict) else ""
        text = tr("Poll: {q}").format(q=question)
    elif step.kind == "voucher":
        v = f.get("voucher")
        v = v if isinstance(v, dict) else {}
        pct, amount = v.get("percent_off"), v.get("amount_off_minor")
        label = voucher_label(
            int(pct) if pct is not None else None,
            int(amount) if amount is not None else None,
            currency,
        )
        limit = v.get("claim_limit")
        text = tr("Voucher {code}: {label}, %Ln claim(s)", None, int(limit or 0)).format(
            code=v.get("code", ""), label=label
        )
    elif step.kind == "auction":
        a = f.get("auction")
        pid = a.get("product_id") if isinstance(a, dict) else None
        text = tr("Auction: {title}").format(title=title(pid))
    elif step.kind == "giveaway":
        g = f.get("giveaway")
        text = tr("Giveaway: {prize}").format(prize=g.get("prize") if isinstance(g, dict) else "")
    else:
        text = step.kind
    return f"{text} — {step.note}" if step.note else text


class RundownTab(QWidget):
    """The steps, Next step and the edits (see the module docstring)."""

    def __init__(self, vm: EngagementViewModel) -> None:
        super().__init__()
        self.vm = vm
        self.position = QLabel()
        self.steps = QListWidget()
        self.steps.setObjectName("rundown-steps")
        self.next = QPushButton(tr("Next step"))
        self.next.setObjectName("rundown-next")
        self.skip = QPushButton(tr("Skip"))
        self.remove = QPushButton(tr("Remove"))
        self.up = QPushButton("↑")
        self.down = QPushButton("↓")
        for b in (self.up, self.down):  # as narrow as the style lets an arrow be
            b.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.next.clicked.connect(lambda: vm.rundown_next())
        self.skip.clicked.connect(lambda: vm.rundown_next(skip=True))
        self.remove.clicked.connect(self._remove)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.kind = QComboBox()
        self.kind.addItem(tr("Pin"), "pin")
        self.kind.addItem(tr("Flash sale"), "flash_sale")
        self.product = QComboBox()
        self.product.setObjectName("rundown-product")
        self.price = QDoubleSpinBox()
        self.price.setRange(0.01, 1_000_000)
        self.price.setDecimals(2)
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 3600)
        self.seconds.setValue(60)
        self.seconds.setSuffix(" s")
        self.add = QPushButton(tr("Add step"))
        self.add.setObjectName("rundown-add")
        self.add.clicked.connect(self._add)
        self.kind.currentIndexChanged.connect(self._kind)
        row = QHBoxLayout()
        for w in (self.next, self.skip, self.remove, self.up, self.down):
            row.addWidget(w)
        adder = QHBoxLayout()
        for part in (self.kind, self.product, self.price, self.seconds, self.add):
            adder.addWidget(part)
        lay = QVBoxLayout(self)
        lay.addWidget(self.position)
        lay.addWidget(self.steps, 1)
        lay.addLayout(row)
        lay.addLayout(adder)
        self._kind()
        self.refresh(None)

    def set_hotkey(self, text: str) -> None:
        self.next.setText(tr("Next step ({key})").format(key=text) if text else tr("Next step"))

    def _kind(self) -> None:
        sale = self.kind.currentData() == "flash_sale"
        self.price.setVisible(sale)
        self.seconds.setVisible(sale)

    def _selected(self) -> str | None:
        item = self.steps.currentItem()
        return None if item is None else str(item.data(StepRole))

    def _remove(self) -> None:
        sid = self._selected()
        if sid is not None:
            self.vm.rundown_remove(sid)

    def _move(self, delta: int) -> None:
        row = self.steps.currentRow()
        ids = [str(self.steps.item(i).data(StepRole)) for i in range(self.steps.count())]
        if row < 0 or not 0 <= row + delta < len(ids):
            return
        sid = ids.pop(row)
        ids.insert(row + delta, sid)
        before = ids[row + delta + 1] if row + delta + 1 < len(ids) else None
        self.vm.rundown_move(sid, before)

    def _add(self) -> None:
        pid = self.product.currentData()
        if pid is None:
            return
        fields: dict[str, object] = {"product_id": pid}
        if self.kind.currentData() == "flash_sale":
            state = self.vm.state
            currency = state.show.currency if state and state.show else "USD"
            fields["flash_price_minor"] = to_minor(f"{self.price.value():.2f}", currency)
            fields["duration_s"] = self.seconds.value()
        self.vm.rundown_add(str(self.kind.currentData()), fields)

    def refresh(self, state: ShowState | None) -> None:
        rundown = state.rundown if state is not None else None
        keep = self._selected()
        self.steps.clear()
        steps = rundown.steps if rundown is not None else ()
        nxt = rundown.next_step if rundown is not None else None
        for i, step in enumerate(steps, start=1):
            mark = "✓" if step.done else ("▶" if nxt is not None and step.id == nxt.id else "  ")
            item = QListWidgetItem(f"{mark} {i}. {step_text(step, state)}")
            item.setData(StepRole, step.id)
            if step.done:
                item.setForeground(self.palette().placeholderText())
            self.steps.addItem(item)
            if step.id == keep:
                self.steps.setCurrentItem(item)
        done, total = rundown.position if rundown is not None else (0, 0)
        if total == 0:
            self.position.setText(tr("No rundown yet: add the show's steps below."))
        elif nxt is None:
            self.position.setText(tr("All %n step(s) done.", None, total))
        else:
            self.position.setText(
                tr("{done} of %n done · next: {step}", None, total).format(
                    done=done, step=step_text(nxt, state)
                )
            )
        self.next.setEnabled(nxt is not None)
        self.skip.setEnabled(nxt is not None)
        current = self.product.currentData()
        self.product.clear()
        for p in state.catalog if state is not None else ():
            self.product.addItem(f"{p.sku} · {p.title}", p.product_id or p.sku)
        if current is not None:
            i = self.product.findData(current)
            if i >= 0:
                self.product.setCurrentIndex(i)


class PollTab(QWidget):
    """A poll's form, Start and Close, and the live percentages."""

    def __init__(self, vm: EngagementViewModel) -> None:
        super().__init__()
        self.vm = vm
        self.question = QLineEdit()
        self.question.setObjectName("poll-question")
        # No maxLength here: Qt would cut a pasted text silently; the sync refuses, saying why.
        self.question.setPlaceholderText(tr("Which colour should we drop next?"))
        self.options = [QLineEdit() for _ in range(4)]
        for i, o in enumerate(self.options):
            o.setObjectName(f"poll-option-{i}")
            o.setPlaceholderText(
                tr("Option {n}").format(n=i + 1) + ("" if i < 2 else tr(" (optional)"))
            )
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 3600)
        self.seconds.setSpecialValueText(tr("until closed"))
        self.seconds.setSuffix(" s")
        self.start = QPushButton(tr("Start poll"))
        self.start.setObjectName("poll-start")
        self.close_ = QPushButton(tr("Close and show result"))
        self.close_.setObjectName("poll-close")
        self.to_rundown = QPushButton(tr("Add to rundown"))
        self.start.clicked.connect(self._start)
        self.close_.clicked.connect(vm.close_poll)
        self.to_rundown.clicked.connect(self._to_rundown)
        form = QFormLayout()
        form.addRow(tr("Question"), self.question)
        for i, o in enumerate(self.options):
            form.addRow(tr("Option {n}").format(n=i + 1), o)
        form.addRow(tr("Runs"), self.seconds)
        buttons = QHBoxLayout()
        for b in (self.start, self.close_, self.to_rundown):
            buttons.addWidget(b)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bars = [QProgressBar() for _ in range(4)]
        for bar in self.bars:
            bar.setRange(0, 100)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.status)
        for bar in self.bars:
            lay.addWidget(bar)
        lay.addStretch(1)
        self.refresh(None)

    def _form(self) -> tuple[str, list[str], int | None]:
        opts = [o.text() for o in self.options if o.text().strip()]
        return self.question.text(), opts, self.seconds.value() or None

    def _start(self) -> None:
        question, opts, seconds = self._form()
        self.vm.start_poll(question, opts, seconds)

    def _to_rundown(self) -> None:
        question, opts, seconds = self._form()
        poll: dict[str, object] = {"question": " ".join(question.split()), "options": opts}
        if seconds:
            poll["duration_s"] = seconds
        self.vm.rundown_add("poll", {"poll": poll})

    def refresh(self, state: ShowState | None) -> None:
        poll = state.poll if state is not None else None
        self.close_.setEnabled(poll is not None and poll.open)
        self.start.setEnabled(poll is None or not poll.open)
        if poll is None:
            self.status.setText(tr("No poll yet in this show."))
            for bar in self.bars:
                bar.hide()
            return
        what = tr("Open") if poll.open else tr("Result")
        self.status.setText(
            tr("{what}: {q} · %Ln vote(s)", None, poll.total).format(what=what, q=poll.question)
        )
        for i, bar in enumerate(self.bars):
            if i < len(poll.options):
                bar.setValue(poll.percentages[i])
                bar.setFormat(f"{poll.options[i]}  {poll.percentages[i]}%  ({poll.votes[i]})")
                bar.show()
            else:
                bar.hide()


class VoucherTab(QWidget):
    """A voucher's form, Start, and the show's vouchers with their claims."""

    def __init__(self, vm: EngagementViewModel) -> None:
        super().__init__()
        self.vm = vm
        self.code = QLineEdit()
        self.code.setObjectName("voucher-code")
        self.code.setMaxLength(20)
        self.code.setPlaceholderText("AUTUMN10")  # i18n: not shown (an example code, typed as is)
        self.kind = QComboBox()
        self.kind.addItem(tr("% off"), "percent")
        self.kind.addItem(tr("amount off"), "amount")
        self.value = QLineEdit("10")
        self.value.setObjectName("voucher-value")
        self.limit = QSpinBox()
        self.limit.setRange(1, 100_000)
        self.limit.setValue(100)
        self.seconds = QSpinBox()
        self.seconds.setRange(10, 86_400)
        self.seconds.setValue(600)
        self.seconds.setSuffix(" s")
        self.start = QPushButton(tr("Start voucher"))
        self.start.setObjectName("voucher-start")
        self.to_rundown = QPushButton(tr("Add to rundown"))
        self.start.clicked.connect(self._start)
        self.to_rundown.clicked.connect(self._to_rundown)
        value = QHBoxLayout()
        value.addWidget(self.value)
        value.addWidget(self.kind)
        form = QFormLayout()
        form.addRow(tr("Code"), self.code)
        form.addRow(tr("Takes off"), value)
        form.addRow(tr("Claims"), self.limit)
        form.addRow(tr("Runs"), self.seconds)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start)
        buttons.addWidget(self.to_rundown)
        self.list = QListWidget()
        self.list.setObjectName("voucher-list")
        self.show_btn = QPushButton(tr("Show on screen"))
        self.hide_btn = QPushButton(tr("Hide"))
        self.end_btn = QPushButton(tr("End"))
        self.show_btn.clicked.connect(lambda: self._screen(True))
        self.hide_btn.clicked.connect(lambda: self._screen(False))
        self.end_btn.clicked.connect(self._end)
        row = QHBoxLayout()
        for b in (self.show_btn, self.hide_btn, self.end_btn):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)

    def _args(self) -> tuple[str, str, str, int, int]:
        kind = str(self.kind.currentData())
        return self.code.text(), kind, self.value.text(), self.limit.value(), self.seconds.value()

    def _start(self) -> None:
        self.vm.start_voucher(*self._args())

    def _to_rundown(self) -> None:
        body = self.vm.voucher_fields(*self._args())
        if body is not None:
            self.vm.rundown_add("voucher", {"voucher": body})

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(StepRole))

    def _screen(self, on: bool) -> None:
        vid = self._selected()
        if vid is not None:
            self.vm.show_voucher(vid, on)

    def _end(self) -> None:
        vid = self._selected()
        if vid is not None:
            self.vm.end_voucher(vid)

    def refresh(self, state: ShowState | None) -> None:
        keep = self._selected()
        self.list.clear()
        for v in reversed(state.vouchers if state is not None else ()):
            where = tr("on screen") if v.on_screen else ""
            status = {"active": "", "expired": tr("expired"), "ended": tr("ended")}.get(
                v.status, ""
            )
            extra = " · ".join(x for x in (where, status) if x)
            text = tr("{code} · {label} · claimed: {n} of {limit} · used: {r}").format(
                code=v.code, label=v.label(), n=v.claims, limit=v.claim_limit, r=v.redeemed
            )
            item = QListWidgetItem(f"{text}  {extra}".rstrip())
            item.setData(StepRole, v.id)
            self.list.addItem(item)
            if v.id == keep:
                self.list.setCurrentItem(item)


class EngagementPanel(QTabWidget):
    """Rundown, Poll and Voucher tabs over one view model."""

    def __init__(self, vm: EngagementViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.rundown = RundownTab(vm)
        self.poll = PollTab(vm)
        self.voucher = VoucherTab(vm)
        self.addTab(self.rundown, tr("Rundown"))
        # The forms scroll rather than make the dock (and the window) taller than a laptop's
        # screen: a tab widget is as tall as its tallest tab.
        self.addTab(_scrolled(self.poll), tr("Poll"))
        self.addTab(_scrolled(self.voucher), tr("Voucher"))
        vm.changed.connect(self.refresh)

    def show_tab(self, tab: QWidget) -> None:
        """Bring `tab` (rundown, poll or voucher) to the front."""
        for i in range(self.count()):
            w = self.widget(i)
            if w is tab or (isinstance(w, QScrollArea) and w.widget() is tab):
                self.setCurrentIndex(i)

    def refresh(self, state: ShowState | None) -> None:
        self.rundown.refresh(state)
        self.poll.refresh(state)
        self.voucher.refresh(state)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
