"""The remote control in the window: the status bar's indicator and the Remote control dialog.

`RemoteIndicator(server)` shows nothing when the studio has no remote control; else "Remote
on" and, while stream decks, phones or scripts are signed in, "Remote: N connected" with an
accent; a click opens the dialog. The server tells the number on its own thread; a queued
signal brings it to the GUI thread.

`RemoteDialog` (Studio → Remote control…) says where the remote control listens, shows the
token and a QR code a phone scans (both hidden until asked: they let anyone run the show), and
makes a new token that is in force at once (clients signed in with the old one are signed
out). Keyring calls run on the studio's I/O worker, never on the GUI thread.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio import control
from studio.control.server import ControlServer, is_loopback
from studio.ui.i18n import tr
from studio.ui.invites import qr_pixmap
from studio.ui.widgets import muted_label

IoRunner = Callable[[Callable[[], str | None]], "concurrent.futures.Future[str | None]"]


class RemoteIndicator(QLabel):
    """A small label for the status bar; hidden when `server` is None."""

    _count = Signal(int)
    _server = Signal(object)
    clicked = Signal()

    def __init__(self, server: ControlServer | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remoteIndicator")
        self.server = server
        self.connected = 0
        self._count.connect(self._show_count)
        self._server.connect(self.attach)
        self.attach(server)

    def follow(self, subscribe: Callable[[Callable[[ControlServer | None], None]], None]) -> None:
        """Hand `subscribe` (e.g. `Studio.on_remote`) a hook that re-attaches from any thread."""
        subscribe(self._server.emit)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click opens the Remote control dialog (the window connects `clicked`)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    @Slot(object)
    def attach(self, server: ControlServer | None) -> None:
        """Show `server`'s clients from now on (None: hide)."""
        self.server = server
        if server is None:
            self.hide()
            return
        server.on_clients(self._count.emit)  # the control thread: queued to ours
        self.show()
        self._show_count(server.client_count)

    @Slot(int)
    def _show_count(self, n: int) -> None:
        server = self.server
        if server is None:
            return
        self.connected = n
        where = f"ws://{server.host}:{server.port}, http://{server.host}:{server.http_port}"
        if n:
            self.setText(tr("● Remote: %n connected", None, n))
            self.setStyleSheet("color: #2fbf71; font-weight: 600;")
            self.setToolTip(
                tr("%n remote control(s) signed in ({where})", None, n).format(where=where)
            )
        else:
            self.setText(tr("Remote on"))
            self.setStyleSheet("")
            self.setToolTip(
                tr("The remote control listens on {where}; nobody is connected").format(where=where)
            )


class _Done(QObject):
    """Brings a worker's finished future to the GUI thread."""

    finished = Signal(object, object)  # (future, what to do with it)


class RemoteDialog(QDialog):
    """Where the remote control listens, its token and phone QR code, and a new token.

    `server` is the running remote control (None: off, the dialog says how to turn it on);
    `run_io(fn)` runs a blocking keyring call on a worker and returns its future (the app's
    `Studio.run_io`). After `rotate()` the old token no longer signs in and every client
    signed in with it is disconnected; `token` holds the token shown (None until read).
    """

    def __init__(
        self, server: ControlServer | None, run_io: IoRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Remote control"))
        self.setMinimumWidth(460)
        self.server = server
        self._run_io = run_io
        self.token: str | None = None
        self._done = _Done(self)
        self._done.finished.connect(self._finished)
        lay = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.where)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #e5a000;")
        self.warning.hide()
        lay.addWidget(self.warning)
        row = QHBoxLayout()
        self.token_field = QLineEdit()
        self.token_field.setReadOnly(True)
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_field.setAccessibleName(tr("Remote-control token"))
        self.token_field.setPlaceholderText(tr("hidden"))
        row.addWidget(self.token_field, 1)
        self.reveal = QCheckBox(tr("Show token and QR code"))
        self.reveal.toggled.connect(self._reveal)
        row.addWidget(self.reveal)
        lay.addLayout(row)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(tr("Phone QR code"))
        self.qr.hide()
        lay.addWidget(self.qr)
        lay.addWidget(
            muted_label(
                tr(
                    "A stream deck, a phone or a script signs in with this token. The QR code "
                    "holds the addresses and the token for a phone on the same network. "
                    "Anyone with the token can run the show: make a new one if it got out."
                )
            )
        )
        buttons = QHBoxLayout()
        self.copy = QPushButton(tr("&Copy token"))
        self.copy.clicked.connect(self._copy)
        self.new_token = QPushButton(tr("&New token…"))
        self.new_token.setToolTip(tr("The old token stops working at once"))
        self.new_token.clicked.connect(self._ask_rotate)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.new_token)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        lay.addWidget(box)
        self._describe()

    # -- what the dialog says ------------------------------------------------------------------
    def _describe(self) -> None:
        server = self.server
        on = server is not None
        for w in (self.token_field, self.reveal, self.copy, self.new_token):
            w.setEnabled(on)
        if server is None:
            self.where.setText(
                tr(
                    "The remote control is off. Turn it on in Studio → Settings → Platform "
                    "(Remote control), or start Studio with --control-port PORT."
                )
            )
            return
        host = control.reachable_host(server.host)
        self.where.setText(
            tr("Listening on\nWebSocket: ws://{host}:{port}\nHTTP: http://{host}:{http}").format(
                host=host, port=server.port, http=server.http_port
            )
        )
        if not is_loopback(server.host):
            self.warning.setText(
                tr(
                    "Reachable from this network: anyone on it who has the token can run the "
                    "show. Use it on a network you trust."
                )
            )
            self.warning.show()

    def _reveal(self, on: bool) -> None:
        if on and self.token is None and self.server is not None:
            server = self.server
            self._start(lambda: control.current_token(server), self._token_read)
            return
        self._show_token()

    def _show_token(self) -> None:
        on = self.reveal.isChecked() and self.token is not None
        self.token_field.setText(self.token or "")
        self.token_field.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        server = self.server
        if on and server is not None and self.token is not None:
            host = control.reachable_host(server.host)
            try:
                self.qr.setPixmap(qr_pixmap(control.phone_payload(host, server.port, self.token)))
            except ValueError as exc:
                self.qr.setText(tr("No QR code: {exc}").format(exc=exc))
            self.qr.show()
        else:
            self.qr.clear()
            self.qr.hide()
        self.adjustSize()

    # -- actions -------------------------------------------------------------------------------
    def _copy(self) -> None:
        if self.token is None and self.server is not None:
            server = self.server
            self._start(lambda: control.current_token(server), self._token_copied)
            return
        self._token_copied(self.token)

    def _ask_rotate(self) -> None:
        n = self.server.client_count if self.server is not None else 0
        answer = QMessageBox.question(
            self,
            tr("New remote-control token"),
            tr(
                "Make a new token? The old one stops working at once; %n remote control(s) "
                "signed in now will have to sign in again with the new one.",
                None,
                n,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.rotate()

    def rotate(self) -> None:
        """Make a new token now (on the worker); the dialog shows it when done."""
        server = self.server
        if server is None:
            return
        self.new_token.setEnabled(False)
        self.status.setText(tr("Making a new token…"))
        self._start(lambda: control.rotate_token(server), self._rotated)

    def _start(self, fn: Callable[[], str | None], then: Callable[[str | None], None]) -> None:
        future = self._run_io(fn)
        future.add_done_callback(lambda f: self._done.finished.emit(f, then))

    @Slot(object, object)
    def _finished(
        self, future: concurrent.futures.Future[str | None], then: Callable[[str | None], None]
    ) -> None:
        exc = future.exception()
        if exc is not None:
            hint = getattr(exc, "hint", "")
            self.status.setText(
                tr("The token could not be read or kept: {why} {hint}").format(
                    why=getattr(exc, "message", str(exc)), hint=hint
                )
            )
            self.new_token.setEnabled(self.server is not None)
            return
        then(future.result())

    def _token_read(self, token: str | None) -> None:
        self.token = token
        if token is None:
            self.status.setText(tr("No token is kept yet: make a new one."))
        self._show_token()

    def _token_copied(self, token: str | None) -> None:
        if token is None:
            return
        self.token = token
        QGuiApplication.clipboard().setText(token)
        self.status.setText(tr("The token is on the clipboard."))

    def _rotated(self, token: str | None) -> None:
        self.token = token
        self.new_token.setEnabled(True)
        self.status.setText(tr("A new token is in force: the old one no longer signs in."))
        self._show_token()
