"""Connecting to the platform (host account or co-host invite), off the GUI thread.

Signing in means a keyring read, a `/me` call and the first show snapshot: seconds on a bad
network. `PlatformConnector` runs `session.connect.connect_platform` on a worker and reports back
with a signal; the co-host dialog is a thin form over it.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from studio.platform.client import PlatformClient
from studio.platform.sync import PlatformSync
from studio.session.connect import connect_platform
from studio.session.status import Role
from studio.ui.i18n import tr
from studio.ui.widgets import muted_label

log = logging.getLogger(__name__)

COHOST_TOKEN_REF = "cohost"


class PlatformConnector(QObject):
    connected = Signal(object, object, object)  # sync, client, Role
    failed = Signal(str, str)  # message, hint
    _result = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="connect")
        self._result.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.busy = False

    def connect_to(
        self,
        api_url: str,
        after: Callable[[], None] | None = None,
        *,
        token: str | None = None,
        token_ref: str | None = None,
        state_dir: Path | None = None,
    ) -> None:
        """Sign in on the worker; `after` runs there too once signed in (keyring writes)."""
        self.busy = True

        def work() -> None:
            try:
                result = connect_platform(
                    api_url, token=token, token_ref=token_ref, state_dir=state_dir
                )
                if after is not None:
                    try:
                        after()
                    except Exception as exc:  # a convenience: signing in itself worked
                        log.warning("after sign-in: %s", exc)
                self._result.emit(("ok", result))
            except Exception as exc:
                log.warning("platform sign-in failed: %s", exc)
                msg = getattr(exc, "message", None) or str(exc) or type(exc).__name__
                self._result.emit(("error", (msg, getattr(exc, "hint", ""))))

        self._pool.submit(work)

    @Slot(object)
    def _deliver(self, result: tuple[str, tuple[object, ...]]) -> None:
        self.busy = False
        kind, value = result
        if kind == "ok":
            self.connected.emit(*value)
        else:
            self.failed.emit(*value)


def parse_invite(text: str) -> tuple[str | None, str]:
    """An invite is a token, or a link `…/v1?invite=TOKEN` carrying the API URL too."""
    text = text.strip()
    if "://" in text:
        parts = urlsplit(text)
        token = (parse_qs(parts.query).get("invite") or parse_qs(parts.query).get("token") or [""])[
            0
        ]
        api = f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")
        return api, token
    return None, text


class CohostDialog(QDialog):
    """Sign in with a co-host invite; on success `sync`, `client`, `role` are set."""

    def __init__(self, api_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in as co-host"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        form.addRow(
            muted_label(
                tr(
                    "Paste the invite link the host sent you. No invite yet? Ask the host: Show → "
                    "Invite co-host… in their Studio makes a link and a QR code. You will see the "
                    "same live show and can reorder and pin products; the host runs the broadcast."
                )
            )
        )
        self.api_url = QLineEdit(api_url)
        self.api_url.setPlaceholderText("https://shop.example.com/api/v1")
        form.addRow(tr("Platform API URL"), self.api_url)
        self.invite = QLineEdit()
        self.invite.setEchoMode(QLineEdit.EchoMode.Password)
        self.invite.setPlaceholderText(tr("Invite token or link"))
        self.invite.setAccessibleName(tr("Co-host invite"))
        form.addRow(tr("Invite"), self.invite)
        self.remember = QCheckBox(tr("Remember on this computer (in the keyring)"))
        form.addRow("", self.remember)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.connector = PlatformConnector(self)
        self.connector.connected.connect(self._ok)
        self.connector.failed.connect(self._failed)
        self.sync: PlatformSync | None = None
        self.client: PlatformClient | None = None
        self.role: Role | None = None
        self.state_dir: Path | None = None

    def sign_in(self) -> None:
        api, token = parse_invite(self.invite.text())
        api = api or self.api_url.text().strip()
        if not api or not token:
            self.status.setText(tr("Enter the platform URL and the invite."))
            return
        self.status.setText(tr("Signing in…"))
        self.buttons.setEnabled(False)
        remember = self.remember.isChecked()

        def keep() -> None:
            if remember:
                from studio import secrets

                secrets.set_api_token(COHOST_TOKEN_REF, token)

        self.connector.connect_to(api, after=keep, token=token, state_dir=self.state_dir)

    @Slot(object, object, object)
    def _ok(self, sync: PlatformSync, client: PlatformClient, role: Role) -> None:
        self.sync, self.client, self.role = sync, client, role
        self.accept()

    @Slot(str, str)
    def _failed(self, message: str, hint: str) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(f"{message} {hint}".strip())
