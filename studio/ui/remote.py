"""The status bar's remote-control indicator: is the remote control on, is anyone connected.

`RemoteIndicator(server)` shows nothing when the studio has no remote control; else "Remote
on" and, while stream decks, phones or scripts are signed in, "Remote: N connected" with an
accent. The server tells the number on its own thread; a queued signal brings it to the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget

from studio.control.server import ControlServer
from studio.ui.i18n import tr


class RemoteIndicator(QLabel):
    """A small label for the status bar; hidden when `server` is None."""

    _count = Signal(int)
    _server = Signal(object)

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
            self.setText(tr("● Remote: {n} connected").format(n=n))
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
