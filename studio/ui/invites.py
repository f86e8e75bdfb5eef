"""Co-host invites, made and withdrawn in the window (Show → Invite co-host…, the host only).

An invite is a link (the platform's API URL with `?invite=<token>`) and the same link as a QR
code (segno), for a co-host (runs the show panel: queue, pins, flash sales) or a moderator (a
co-host who also moderates the chat). The co-host pastes the link into Studio → Sign in as
co-host (`studio.ui.cohost.parse_invite` reads it). The platform shows the token only once,
so the link is shown once, masked until asked; revoking an invite stops its token at once.

Network calls run on the view-model's own worker thread, never on the GUI thread; each write
carries one Idempotency-Key across the client's retries, so an invite is made once.
"""

from __future__ import annotations

import concurrent.futures
import io
import logging
from collections.abc import Callable

import segno
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.platform import models as m
from studio.platform.client import PlatformClient, new_idempotency_key
from studio.session.status import Role
from studio.ui.i18n import QT_TR_NOOP, tr
from studio.ui.show_vm import clock_time
from studio.ui.widgets import muted_label

log = logging.getLogger(__name__)

ROLES: tuple[tuple[str, m.Role, str], ...] = (
    (
        QT_TR_NOOP("Co-host"),
        m.Role.COHOST,
        QT_TR_NOOP("runs the show panel with you: queue, pins, flash sales"),
    ),
    (
        QT_TR_NOOP("Moderator"),
        m.Role.MODERATOR,
        QT_TR_NOOP("a co-host who also moderates the chat"),
    ),
)
ROLE_NAMES = {role: name for name, role, _ in ROLES}
NAME_MAX = 40  # the contract's CohostCreate.name
QR_PX = 220


def qr_pixmap(data: str, side_px: int = QR_PX) -> QPixmap:
    """`data` as a QR code (error level M, 2-module quiet zone), about `side_px` square.

    Raises `ValueError` when the data cannot be encoded in any QR version.
    """
    code = segno.make_qr(data, error="m", boost_error=False)
    modules = code.symbol_size(border=2)[0]
    scale = max(2, side_px // modules)  # whole pixels per module: sharp and scannable
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=scale, border=2, dark="#111111", light="#ffffff")
    pm = QPixmap()
    if not pm.loadFromData(buf.getvalue(), "PNG"):
        raise ValueError("the QR code could not be drawn")
    return pm


class InvitesViewModel(QObject):
    """List, create and revoke the show's co-host invites on a worker thread.

    Signals (GUI thread): `listed(list[Cohost])`, `created(CohostCreated)`,
    `revoked(Cohost)`, `failed(message, hint)`, `busy_changed(bool)`.
    """

    listed = Signal(object)
    created = Signal(object)
    revoked = Signal(object)
    failed = Signal(str, str)
    busy_changed = Signal(bool)
    _done = Signal(object)

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="invites")
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.busy = False

    def unavailable(self) -> str | None:
        """Why invites cannot be made here (a sentence), or None when they can."""
        if self.studio.role != Role.HOST:
            return tr("Only the host invites co-hosts.")
        if self.studio.sync is None or self.studio.client is None:
            return tr("Connect your platform first (Studio → Settings → Platform).")
        return None

    def _submit(self, work: Callable[[], tuple[str, object]]) -> None:
        why = self.unavailable()
        if why is not None:
            self.failed.emit(why, "")
            return
        self.busy = True
        self.busy_changed.emit(True)

        def run() -> None:
            try:
                self._done.emit(work())
            except Exception as exc:
                log.warning("co-host invites: %s", exc)
                msg = getattr(exc, "message", None) or str(exc) or type(exc).__name__
                self._done.emit(("failed", (msg, getattr(exc, "hint", ""))))

        self._pool.submit(run)

    @Slot(object)
    def _deliver(self, result: tuple[str, object]) -> None:
        self.busy = False
        self.busy_changed.emit(False)
        kind, value = result
        if kind == "failed":
            assert isinstance(value, tuple)
            self.failed.emit(*value)
        elif kind == "listed":
            self.listed.emit(value)
        elif kind == "created":
            self.created.emit(value)
        else:
            self.revoked.emit(value)

    def _where(self) -> tuple[PlatformClient, str]:
        sync, client = self.studio.sync, self.studio.client
        assert sync is not None and client is not None
        return client, sync.show_id

    def refresh(self) -> None:
        """Read the invites that stand (`listed`)."""

        def work() -> tuple[str, object]:
            client, show_id = self._where()
            return "listed", client.cohosts(show_id)

        self._submit(work)

    def create(self, name: str, role: m.Role) -> bool:
        """Invite `name` as `role` (`created`, then `listed`). False, with `failed`, for a
        name that is empty or longer than 40 characters (nothing is sent)."""
        name = " ".join(name.split())
        if not name:
            self.failed.emit(tr("Give the co-host a name."), tr("It is shown in your invite list."))
            return False
        if len(name) > NAME_MAX:
            self.failed.emit(
                tr("A name has at most {NAME_MAX} characters.").format(NAME_MAX=NAME_MAX),
                tr("Shorten it."),
            )
            return False
        key = new_idempotency_key()

        def work() -> tuple[str, object]:
            client, show_id = self._where()
            made = client.invite_cohost(show_id, name, role, key)
            return "created", made

        self._submit(work)
        return True

    def revoke(self, cohost_id: str) -> None:
        """Withdraw an invite (`revoked`): its token stops working at once."""
        key = new_idempotency_key()

        def work() -> tuple[str, object]:
            client, show_id = self._where()
            return "revoked", client.revoke_cohost(show_id, cohost_id, key)

        self._submit(work)

    def close(self) -> None:
        """Stop the worker (a call in flight finishes on its own)."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def mask_link(link: str) -> str:
    """The link with its token hidden: what the dialog shows until "Show link" is ticked."""
    head, sep, token = link.partition("invite=")
    return f"{head}{sep}{token[:6]}…{'•' * 8}" if sep else "•" * 12


class InviteDialog(QDialog):
    """Invite a co-host or a moderator, see the invites that stand, revoke one."""

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Invite co-hosts"))
        self.setMinimumWidth(600)
        self.vm = InvitesViewModel(studio, self)
        self.confirm: Callable[[str, str], bool] = self._confirm  # tests replace it
        self._link = ""
        lay = QVBoxLayout(self)
        lay.addWidget(
            muted_label(
                tr(
                    "A co-host opens the invite link in their own Studio (Studio → Sign in as "
                    "co-host) and runs the show panel with you: queue, pins, flash sales. A "
                    "moderator can also show comments on screen, hide them, and mute or block "
                    "viewers. Only you can go live or end the show."
                )
            )
        )
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Who is it for? e.g. Jun"))
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(tr("Co-host's name"))
        form.addRow(tr("Name"), self.name)
        self.role = QComboBox()
        for text, role, what in ROLES:
            self.role.addItem(
                tr("{role} — {what}", "an invite's role and what it may do").format(
                    role=tr(text), what=tr(what)
                ),
                role.value,
            )
        self.role.setAccessibleName(tr("Role"))
        form.addRow(tr("Role"), self.role)
        self.create_btn = QPushButton(tr("Create invite"))
        self.create_btn.setObjectName("primary")
        self.create_btn.clicked.connect(self._create)
        self.name.returnPressed.connect(self._create)
        form.addRow("", self.create_btn)
        lay.addLayout(form)

        self.new_invite = QGroupBox(tr("New invite"))
        res = QHBoxLayout(self.new_invite)
        self.qr = QLabel()
        self.qr.setMinimumSize(QR_PX, QR_PX)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(tr("Invite QR code"))
        res.addWidget(self.qr)
        side = QVBoxLayout()
        self.result_title = QLabel()
        self.result_title.setWordWrap(True)
        side.addWidget(self.result_title)
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setAccessibleName(tr("Invite link"))
        side.addWidget(self.link)
        row = QHBoxLayout()
        self.reveal = QCheckBox(tr("Show link"))
        self.reveal.toggled.connect(self._show_link)
        self.copy_btn = QPushButton(tr("Copy link"))
        self.copy_btn.clicked.connect(self.copy_link)
        row.addWidget(self.reveal)
        row.addStretch(1)
        row.addWidget(self.copy_btn)
        side.addLayout(row)
        side.addWidget(
            muted_label(
                tr(
                    "Send it privately: anyone with this link can join your show's team. It is "
                    "shown only now; if it is lost, revoke it and make a new one."
                )
            )
        )
        side.addStretch(1)
        res.addLayout(side, 1)
        self.new_invite.hide()
        lay.addWidget(self.new_invite)

        lay.addWidget(QLabel(tr("Invites")))
        self.list = QTreeWidget()
        self.list.setHeaderLabels(["Name", "Role", "Invited"])
        self.list.setRootIsDecorated(False)
        self.list.setAccessibleName(tr("Co-host invites"))
        self.list.itemSelectionChanged.connect(self._selected)
        self.list.setMinimumHeight(72)
        lay.addWidget(self.list, 1)
        self.revoke_btn = QPushButton(tr("Revoke…"))
        self.revoke_btn.setEnabled(False)
        self.revoke_btn.clicked.connect(self._revoke)
        self.status = QLabel()
        self.status.setWordWrap(True)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.revoke_btn)
        lay.addLayout(foot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

        self.vm.listed.connect(self._listed)
        self.vm.created.connect(self._created)
        self.vm.revoked.connect(self._revoked)
        self.vm.failed.connect(self._failed)
        self.vm.busy_changed.connect(self._busy)
        why = self.vm.unavailable()
        if why is not None:
            self.status.setText(why)
            self.create_btn.setEnabled(False)
        else:
            self.status.setText(tr("Reading your invites…"))
            self.vm.refresh()

    # -- results -------------------------------------------------------------------------------
    @Slot(object)
    def _listed(self, cohosts: list[m.Cohost]) -> None:
        self.list.clear()
        for c in cohosts:
            item = QTreeWidgetItem(
                [c.name, ROLE_NAMES.get(c.role, c.role.value), clock_time(c.created_at, False)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, c.id)
            self.list.addTopLevelItem(item)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        if self.status.text() == tr("Reading your invites…"):
            self.status.setText("" if cohosts else tr("No invites yet."))

    @Slot(object)
    def _created(self, made: m.CohostCreated) -> None:
        self._link = made.invite_url
        role = ROLE_NAMES.get(made.cohost.role, made.cohost.role.value).lower()
        self.result_title.setText(
            tr("Invite for {name} ({role}): scan or send the link.").format(
                name=made.cohost.name, role=role
            )
        )
        try:
            pm = qr_pixmap(made.invite_url)
            self.qr.setPixmap(pm)
            self.qr.setFixedSize(pm.size())
            # Word-wrapped labels beside it make the layout under-estimate the height.
            self.new_invite.setMinimumHeight(pm.height() + 48)
        except ValueError as exc:
            self.qr.setText(tr("No QR code: {exc}").format(exc=exc))
        self.reveal.setChecked(False)
        self._show_link(False)
        self.new_invite.show()
        QTimer.singleShot(0, self._fit)  # room for the QR code, once laid out
        self.name.clear()
        self.status.setText(tr("Invite for {name} created.").format(name=made.cohost.name))
        self.vm.refresh()

    @Slot(object)
    def _revoked(self, cohost: m.Cohost) -> None:
        self.status.setText(
            tr("{name}'s invite is revoked; their Studio is signed out.").format(name=cohost.name)
        )
        self.vm.refresh()

    @Slot(str, str)
    def _failed(self, message: str, hint: str) -> None:
        self.status.setText(f"{message} {hint}".strip())

    @Slot(bool)
    def _busy(self, busy: bool) -> None:
        self.create_btn.setEnabled(not busy and self.vm.unavailable() is None)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._selected()

    def _fit(self) -> None:
        """Grow to what the content needs at this width (wrapped labels included)."""
        lay = self.layout()
        if lay is None:
            return
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else -1
        need = max(need, lay.totalMinimumSize().height())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - 40)
        if need > self.height():
            self.resize(self.width(), need)

    # -- actions -------------------------------------------------------------------------------
    def _create(self) -> None:
        if self.vm.busy:
            return
        self.vm.create(self.name.text(), m.Role(self.role.currentData() or m.Role.COHOST.value))

    def _show_link(self, shown: bool) -> None:
        self.link.setText(self._link if shown else mask_link(self._link))
        self.link.setCursorPosition(0)

    def copy_link(self) -> None:
        """Put the whole link on the clipboard (masked or not on screen)."""
        if self._link:
            QGuiApplication.clipboard().setText(self._link)
            self.status.setText(tr("Link copied. Paste it in a private message to your co-host."))

    def _selected(self) -> None:
        self.revoke_btn.setEnabled(bool(self.list.selectedItems()) and not self.vm.busy)

    def _revoke(self) -> None:
        items = self.list.selectedItems()
        if not items:
            return
        name = items[0].text(0)
        cohost_id = str(items[0].data(0, Qt.ItemDataRole.UserRole))
        if self.confirm(
            tr("Revoke {name}'s invite?").format(name=name),
            tr("{name} is signed out of your show at once and their link stops working.").format(
                name=name
            ),
        ):
            self.vm.revoke(cohost_id)

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        ok = box.addButton(tr("Revoke"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is ok

    def done(self, result: int) -> None:
        self.vm.close()
        super().done(result)
