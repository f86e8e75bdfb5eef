"""Member lookup (issue 21): from any order or comment, who this person is in the creator's
community: tier, points by kind, the way to the next tier and every ledger entry with its cause.

`MemberLookupDialog` asks the platform on the studio's I/O thread (`Studio.run_io`) and shows
the answer when it arrives; the GUI thread never waits on the network. `attach_lookup` adds
"Look up member…" to a list view whose rows carry a person (an order's buyer, a comment's
author): on the context menu, on double-click for orders, and on Ctrl+L.

A member is an account (contract 1.7.0): the lookup asks for the row's `viewer_id`, never its
display name, so two viewers called "Anna" open two different members; the dialog shows when
each was first seen and the other names they used, to tell them apart. A platform before 1.7.0
sends no `viewer_id`: the row's name is asked for instead, as that platform keys members.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.platform import models as m
from studio.platform.errors import PlatformError
from studio.show.community import POINT_KINDS
from studio.ui.i18n import num, tr


@dataclass(frozen=True, slots=True)
class Who:
    """The person of an order or comment row: `viewer_id` the key the platform looks them up
    by (their account; their name on a platform before accounts), `name` as the row shows it."""

    viewer_id: str
    name: str


def short_date(when: datetime) -> str:
    """A date in the computer's time zone as the window's language writes it, short form."""
    d = when.astimezone()
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def who_of_item(item: object) -> Who | None:
    """The person of a feed item or comment (anything with `author` and `viewer_id`); None
    when it names nobody."""
    name = getattr(item, "author", None) or ""
    key = getattr(item, "viewer_id", None) or name
    return Who(key, name or key) if key else None


def kind_text(kind: str) -> str:
    """The words for a kind of points."""
    return {
        "purchase": tr("Purchases"),
        "answered_question": tr("Answered questions"),
        "referral": tr("Converted referrals"),
        "attendance": tr("Attendance streak"),
    }.get(kind, kind)


def status_text(status: str) -> str:
    """The words for a ledger entry's state."""
    return {
        "pending": tr("pending (return window)"),
        "vested": tr("vested"),
        "reversed": tr("reversed"),
        "withheld": tr("withheld"),
    }.get(status, status)


def cause_text(e: m.LedgerEntry) -> str:
    """What caused an entry, for the history table: the order, question or show, and why."""
    if e.order_id:
        cause = tr("order {id}").format(id=e.order_id)
    elif e.comment_id:
        cause = tr("question {id}").format(id=e.comment_id)
    else:
        cause = tr("show {id}").format(id=e.show_id)
    return f"{cause} — {e.reason}" if e.reason else cause


class _Bridge(QObject):
    """Carries the platform's answer from the I/O thread to the GUI thread."""

    done = Signal(object)


class MemberLookupDialog(QDialog):
    """One member's standing. `fetch(viewer_id)` returns a future of the contract's
    `MemberDetail` (run off the GUI thread); a `PlatformError` is shown in plain words."""

    def __init__(
        self,
        who: Who,
        fetch: Callable[[str], concurrent.futures.Future[m.MemberDetail]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberLookup")
        name = who.name
        self.setWindowTitle(tr("Member: {name}").format(name=name))
        self.name = name
        self.viewer_id = who.viewer_id
        self.detail: m.MemberDetail | None = None
        lay = QVBoxLayout(self)
        self.heading = QLabel(tr("Looking up {name}…").format(name=name))
        self.heading.setObjectName("memberHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        f = self.heading.font()
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.heading.setFont(f)
        self.standing = QLabel()
        self.standing.setTextFormat(Qt.TextFormat.PlainText)
        self.standing.setWordWrap(True)
        self.kinds = QTableWidget(len(POINT_KINDS), 1)
        self.kinds.setHorizontalHeaderLabels([tr("Points")])
        self.kinds.setVerticalHeaderLabels([kind_text(k) for k in POINT_KINDS])
        self.kinds.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kinds.setMaximumHeight(150)
        self.kinds.setAccessibleName(tr("Points by kind"))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [tr("When"), tr("Kind"), tr("Points"), tr("State"), tr("Cause")]
        )
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAccessibleName(tr("History"))
        self.note = QLabel(tr("Points are not transferable and have no cash value."))
        self.note.setObjectName("noCashValue")
        self.note.setProperty("muted", True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for w in (self.heading, self.standing, self.kinds, self.history, self.note, buttons):
            lay.addWidget(w)
        self.resize(720, 560)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._arrived)
        fetch(who.viewer_id).add_done_callback(self._bridge.done.emit)

    def _arrived(self, future: concurrent.futures.Future[m.MemberDetail]) -> None:
        try:
            detail = future.result()
        except PlatformError as exc:
            if exc.status == 404:
                self.heading.setText(self.name)
                self.standing.setText(
                    tr(
                        "Not a member yet: no purchase, answered question, "
                        "referral or show attended."
                    )
                )
            else:
                self.heading.setText(self.name)
                self.standing.setText(
                    tr("Could not look this member up: {error}").format(error=str(exc))
                )
            return
        self.show_detail(detail)

    def show_detail(self, d: m.MemberDetail) -> None:
        """Fill the dialog from the platform's answer."""
        self.detail = d
        mem = d.member
        tier = mem.tier or tr("no tier yet")
        self.heading.setText(f"{mem.name} — {tier}")
        parts = [
            tr("%Ln point(s) · vested: {vested} · pending: {pending}", None, mem.standing).format(
                vested=num(mem.vested), pending=num(mem.pending)
            ),
            tr(
                "%Ln order(s) · shows attended: {shows} · streak {streak}", None, mem.orders_count
            ).format(shows=num(mem.shows_attended), streak=mem.streak),
            tr("member since {date}").format(date=short_date(mem.first_seen_at)),
        ]
        others = [n for n in mem.names_seen if n != mem.name]
        if others:
            parts.append(tr("also seen as {names}").format(names=", ".join(others)))
        if d.next_tier and d.points_to_next:
            parts.append(
                tr("{points} more to {tier}").format(points=num(d.points_to_next), tier=d.next_tier)
            )
        if mem.member_price_percent:
            parts.append(
                tr("member price {percent} % off").format(percent=mem.member_price_percent)
            )
        self.standing.setText(" · ".join(parts))
        by_kind = mem.by_kind.model_dump()
        for row, k in enumerate(POINT_KINDS):
            item = QTableWidgetItem(num(int(by_kind.get(k, 0))))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.kinds.setItem(row, 0, item)
        self.history.setRowCount(len(d.entries))
        for row, e in enumerate(d.entries):
            cells = [
                e.created_at.strftime("%Y-%m-%d %H:%M"),
                kind_text(e.kind.value),
                num(e.points),
                status_text(e.status.value),
                cause_text(e),
            ]
            for col, text in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()


def attach_lookup(
    view: QAbstractItemView,
    name_of: Callable[[QModelIndex], Who | None],
    open_lookup: Callable[[Who], Any],
    *,
    on_double_click: bool = False,
) -> QAction:
    """Add "Look up member…" (Ctrl+L, and the context menu when the view has none of its own)
    to `view`; `name_of(index)` gives the person of a row, `open_lookup(who)` shows them."""
    action = QAction(tr("Look up member…"), view)
    action.setShortcut(QKeySequence("Ctrl+L"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def current() -> None:
        name = name_of(view.currentIndex())
        if name:
            open_lookup(name)

    action.triggered.connect(current)
    view.addAction(action)
    if view.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    if on_double_click:
        view.doubleClicked.connect(lambda idx: (n := name_of(idx)) and open_lookup(n))
    return action


def lookup_opener(studio: Any, parent: QWidget) -> Callable[[Who], MemberLookupDialog | None]:
    """`open(who)`: a lookup dialog for that account in the attached show's community (None
    when no show is attached). The last one opened is kept as `parent.member_dialog`."""
    from studio.platform import community

    def open_lookup(who: Who) -> MemberLookupDialog | None:
        sync = studio.sync
        if sync is None:
            return None

        def fetch(n: str) -> concurrent.futures.Future[m.MemberDetail]:
            future: concurrent.futures.Future[m.MemberDetail] = studio.run_io(
                lambda: community.member_detail(sync.client, sync.show_id, n)
            )
            return future

        dlg = MemberLookupDialog(who, fetch, parent)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        parent.setProperty("member_dialog_name", who.name)
        parent.member_dialog = dlg  # type: ignore[attr-defined]
        dlg.show()
        return dlg

    return open_lookup
