"""Comment moderation in the window: the comments list, and what can be done to a comment.

`ModerationViewModel` folds the show feed's comment events (`CommentsReceived`,
`CommentUpdated`, `CommentPinChanged`, `RestrictionsChanged`) into a `CommentListModel` on
the GUI thread, the way `show_vm.ShowViewModel` does for the rest. Its commands go to
`PlatformSync` (the outbox: sent once, in order, also after a restart); a command refused
before it is sent (`UsageError`) is announced on `refused`, one the platform refuses (a
co-host without the moderator role) arrives as the show's `ChangeFailed`, which the window
shows already.

`CommentActions` puts the same commands on a list view: a context menu and keys (P on or off
screen, R reply, H hide or unhide, M mute for 10 minutes, B block, U let back in, Enter on
screen), each enabled for what the selected comment allows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QListView, QMenu, QMessageBox

from studio.app import Studio
from studio.errors import UsageError
from studio.platform.sync import PlatformSync
from studio.show import events as ev
from studio.show.reduce import apply
from studio.show.state import Comment, Restriction, ShowState
from studio.ui.feed_bridge import ShowEventBatches
from studio.ui.i18n import tr
from studio.ui.show_vm import BadgeRole, SubtitleRole, clock_time

CommentRole = Qt.ItemDataRole.UserRole + 20

MUTE_CHOICES: tuple[tuple[str, int], ...] = (
    ("2 minutes", 120),
    ("10 minutes", 600),
    ("1 hour", 3600),
)
MUTE_DEFAULT_S = 600

_Index = QModelIndex | QPersistentModelIndex

WATCHED: tuple[type[ev.ShowEvent], ...] = (
    ev.ShowAttached,
    ev.ShowLoaded,
    ev.ShowChanged,
    ev.ClockChanged,
    ev.CommentsReceived,
    ev.CommentUpdated,
    ev.CommentPinChanged,
    ev.RestrictionsChanged,
)


def _server_now(state: ShowState | None) -> datetime:
    offset = state.clock_offset_s if state is not None else 0.0
    return datetime.fromtimestamp(time.time() + offset, UTC)


def comment_badge(c: Comment, state: ShowState) -> str:
    """What the row's badge says: on screen, hidden, the author's mute or block (both when
    hidden and restricted), a question."""
    if state.pinned_comment is not None and state.pinned_comment.id == c.id:
        return tr("ON SCREEN")
    who = c.viewer_id or c.author
    r = state.restriction_of(who, _server_now(state)) if c.role == "viewer" else None
    who = (tr("BLOCKED") if r.kind == "block" else tr("MUTED")) if r is not None else ""
    if c.hidden:
        return tr("HIDDEN · {state}").format(state=who) if who else tr("HIDDEN")
    if who:
        return who
    return tr("QUESTION") if c.is_question else ""


def comment_subtitle(c: Comment, state: ShowState) -> str:
    """Who, what kind, when; "replying to …" for replies; "hidden from viewers" when hidden."""
    who = (
        c.author
        if c.role in ("viewer", "")
        else tr("{author} ({role})", "a comment's author and role").format(
            author=c.author, role=c.role
        )
    )
    when = clock_time(c.created_at, seconds=False)
    answered = state.comment(c.reply_to) if c.reply_to else None
    if c.is_question:
        first = tr("{who} asks at {time}").format(who=who, time=when)
    elif answered is not None:
        first = tr("{who} replies to {author} at {time}").format(
            who=who, author=answered.author, time=when
        )
    elif c.reply_to:
        first = tr("{who} replies at {time}").format(who=who, time=when)
    else:
        first = tr("{who} says at {time}").format(who=who, time=when)
    parts = [first]
    if c.hidden:
        parts.append(tr("hidden from viewers"))
    return " · ".join(parts)


class CommentListModel(QAbstractListModel):
    """The show's comments, newest first, with their moderation state (GUI thread only).

    Roles: DisplayRole the comment's text, `SubtitleRole` who/when, `BadgeRole` ON SCREEN /
    HIDDEN / MUTED / BLOCKED / QUESTION, `CommentRole` the `Comment`.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Comment] = []
        self._state: ShowState | None = None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or self._state is None:
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.text
        if role == SubtitleRole:
            return comment_subtitle(c, self._state)
        if role == BadgeRole:
            return comment_badge(c, self._state)
        if role == CommentRole:
            return c
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            badge = comment_badge(c, self._state)
            head = f"{badge.lower()}: " if badge else ""
            return f"{head}{c.text}. {comment_subtitle(c, self._state)}"
        return None

    def comment(self, row: int) -> Comment:
        return self._rows[row]

    def row_of(self, comment_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == comment_id), -1)

    def set_state(self, state: ShowState | None) -> None:
        """Show `state`'s comments: new ones inserted on top, the oldest beyond the kept ones
        removed, every row's badge refreshed (selection and scroll position are kept)."""
        self._state = state
        new = list(reversed(state.comments)) if state is not None else []
        old = self._rows
        new_ids = [c.id for c in new]
        old_ids = [c.id for c in old]
        if old_ids and old_ids[0] in new_ids:
            top = new_ids.index(old_ids[0])
            tail = new_ids[top:]
            if tail == old_ids[: len(tail)]:
                if len(tail) < len(old):
                    self.beginRemoveRows(QModelIndex(), len(tail), len(old) - 1)
                    del self._rows[len(tail) :]
                    self.endRemoveRows()
                if top:
                    self.beginInsertRows(QModelIndex(), 0, top - 1)
                    self._rows[:0] = new[:top]
                    self.endInsertRows()
                self._rows = new
                if new:
                    self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
                return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()


class ModerationViewModel(QObject):
    """The comments and what the host or a moderator can do to them (GUI thread).

    `changed` fires after every refresh (buttons follow the selection and the pin);
    `refused(message, hint)` when a command is refused before anything is sent.
    """

    changed = Signal()
    refused = Signal(str, str)

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.state: ShowState | None = None
        self.model = CommentListModel(self)
        self._batches = ShowEventBatches(studio.show_feed, WATCHED, self._drain, self)

    def _drain(self, batch: list[ev.ShowEvent]) -> None:
        for event in batch:
            self.state = apply(self.state, event)
        self.model.set_state(self.state)
        self.changed.emit()

    def close(self) -> None:
        """Stop hearing the show feed."""
        self._batches.close()

    # -- what a comment allows ---------------------------------------------------------------
    @property
    def pinned_id(self) -> str | None:
        c = self.state.pinned_comment if self.state is not None else None
        return c.id if c is not None else None

    def restriction_of(self, c: Comment) -> Restriction | None:
        """The mute or block in force for the comment's author (viewers only)."""
        if self.state is None or c.role != "viewer":
            return None
        return self.state.restriction_of(c.viewer_id or c.author, _server_now(self.state))

    # -- commands ----------------------------------------------------------------------------
    def _run(self, command: Callable[[PlatformSync], int]) -> bool:
        sync = self.studio.sync
        if sync is None:
            self.refused.emit(tr("No show is connected."), tr("Connect the platform first."))
            return False
        try:
            command(sync)
        except UsageError as exc:
            self.refused.emit(exc.message, exc.hint or "")
            return False
        return True

    def toggle_on_screen(self, c: Comment) -> bool:
        """Put the comment on screen, or take it off when it is the one on screen."""
        if self.pinned_id == c.id:
            return self._run(lambda s: s.unpin_comment())
        return self._run(lambda s: s.pin_comment(c.id))

    def take_off_screen(self) -> bool:
        return self._run(lambda s: s.unpin_comment())

    def reply(self, c: Comment, text: str) -> bool:
        return self._run(lambda s: s.reply(c.id, text))

    def set_hidden(self, c: Comment, hidden: bool) -> bool:
        return self._run(lambda s: s.hide_comment(c.id, hidden))

    def mute(self, c: Comment, seconds: int = MUTE_DEFAULT_S) -> bool:
        return self._run(lambda s: s.mute(c.id, seconds))

    def block(self, c: Comment) -> bool:
        return self._run(lambda s: s.block(c.id))

    def let_back(self, c: Comment) -> bool:
        r = self.restriction_of(c)
        if r is None:
            return False
        return self._run(lambda s: s.lift_restriction(r.id))


class CommentActions(QObject):
    """The moderation commands on a comments list view: context menu, keys and buttons.

    `ask_reply(comment) -> str | None` and `confirm(title, text) -> bool` are the dialogs
    (tests replace them). Actions act on the view's current comment.
    """

    def __init__(self, view: QListView, vm: ModerationViewModel) -> None:
        super().__init__(view)
        self.view = view
        self.vm = vm
        self.ask_reply: Callable[[Comment], str | None] = self._ask_reply
        self.confirm: Callable[[str, str], bool] = self._confirm

        def act(text: str, key: str, slot: Callable[[], None]) -> QAction:
            a = QAction(text, view)
            a.setShortcut(QKeySequence(key))
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(slot)
            view.addAction(a)
            return a

        self.on_screen = act(tr("Show on screen"), "P", self.toggle_on_screen)
        self.reply = act(tr("Reply…"), "R", self.reply_to_current)
        self.hide = act(tr("Hide from viewers"), "H", self.toggle_hidden)
        self.mute = act(tr("Mute for 10 minutes"), "M", lambda: self.mute_current(MUTE_DEFAULT_S))
        self.block = act(tr("Block…"), "B", self.block_current)
        self.let_back = act(tr("Let back in"), "U", self.let_back_current)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._menu_at)
        view.activated.connect(lambda _i: self.toggle_on_screen())
        vm.changed.connect(self.refresh)
        view.selectionModel().currentChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def current(self) -> Comment | None:
        idx = self.view.currentIndex()
        c = idx.data(CommentRole) if idx.isValid() else None
        return c if isinstance(c, Comment) else None

    @Slot()
    def refresh(self) -> None:
        """Each action's words and whether it applies, for the current comment."""
        c = self.current()
        has = c is not None
        viewer = has and c is not None and c.role == "viewer"
        restriction = self.vm.restriction_of(c) if c is not None else None
        on = c is not None and self.vm.pinned_id == c.id
        self.on_screen.setText(tr("Take off screen") if on else tr("Show on screen"))
        self.on_screen.setEnabled(has and (on or not (c is not None and c.hidden)))
        self.reply.setEnabled(has)
        self.hide.setText(tr("Show to viewers again") if c is not None and c.hidden else tr("Hide"))
        self.hide.setEnabled(has)
        self.mute.setEnabled(viewer and (restriction is None or restriction.kind == "mute"))
        self.block.setEnabled(viewer and (restriction is None or restriction.kind != "block"))
        self.let_back.setEnabled(restriction is not None)
        if restriction is not None:
            what = tr("Unblock") if restriction.kind == "block" else tr("Unmute")
            self.let_back.setText(f"{what} {restriction.viewer}")
        else:
            self.let_back.setText(tr("Let back in"))
        if c is not None and viewer:
            self.block.setText(tr("Block {author}…").format(author=c.author))
            self.mute.setText(tr("Mute {author} for 10 minutes").format(author=c.author))
        else:
            self.block.setText(tr("Block…"))
            self.mute.setText(tr("Mute for 10 minutes"))

    def menu(self) -> QMenu:
        """The context menu for the current comment (also behind the panel's ⋯ button)."""
        self.refresh()
        m = QMenu(self.view)
        m.addAction(self.on_screen)
        m.addAction(self.reply)
        m.addAction(self.hide)
        m.addSeparator()
        c = self.current()
        mute = m.addMenu(tr("Mute for"))
        mute.setEnabled(self.mute.isEnabled())
        for text, seconds in MUTE_CHOICES:
            a = mute.addAction(text)
            a.triggered.connect(lambda _c=False, s=seconds: self.mute_current(s))
        if c is not None and c.role == "viewer":
            mute.setTitle(tr("Mute {author} for").format(author=c.author))
        m.addAction(self.block)
        m.addAction(self.let_back)
        return m

    @Slot(QPoint)
    def _menu_at(self, pos: QPoint) -> None:
        if self.current() is None:
            return
        self.menu().exec(self.view.viewport().mapToGlobal(pos))

    # -- commands on the current comment -------------------------------------------------------
    def toggle_on_screen(self) -> None:
        c = self.current()
        if c is not None:
            self.vm.toggle_on_screen(c)

    def reply_to_current(self) -> None:
        c = self.current()
        if c is None:
            return
        text = self.ask_reply(c)
        if text:
            self.vm.reply(c, text)

    def toggle_hidden(self) -> None:
        c = self.current()
        if c is not None:
            self.vm.set_hidden(c, not c.hidden)

    def mute_current(self, seconds: int) -> None:
        c = self.current()
        if c is not None and c.role == "viewer":
            self.vm.mute(c, seconds)

    def block_current(self) -> None:
        c = self.current()
        if c is None or c.role != "viewer":
            return
        if self.confirm(
            tr("Block {author}?").format(author=c.author),
            tr(
                "{author} will not be able to comment for the rest of the show, and every "
                "comment they made is hidden from viewers. You can let them back in later."
            ).format(author=c.author),
        ):
            self.vm.block(c)

    def let_back_current(self) -> None:
        c = self.current()
        if c is not None:
            self.vm.let_back(c)

    # -- dialogs -------------------------------------------------------------------------------
    def _ask_reply(self, c: Comment) -> str | None:
        text, ok = QInputDialog.getText(
            self.view,
            tr("Reply to {author}").format(author=c.author),
            tr("“{value}”\n\nYour reply (posted in the chat, with your name):").format(
                value=c.text[:120]
            ),
        )
        return text if ok else None

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.view)
        ok = box.addButton(tr("Block"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok


__all__ = [
    "CommentActions",
    "CommentListModel",
    "ModerationViewModel",
    "comment_badge",
    "comment_subtitle",
]
