"""Studio → Remote control…: the token and phone QR code shown when asked, a new token in force
at once (issue 24), and the settings' choice of who can reach the remote control.

A real studio, a real control server, a real WebSocket client and real HTTP requests; the token
lives in the process's memory keyring.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from studio import control
from studio import secrets as keystore
from studio.control.server import ControlServer
from studio.ui.remote import RemoteDialog
from studio.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Rig, wait_until

TOKEN = "ui-test-remote-token-0f3a9c1e77"
REF = "ui-remote-dialog"


def http_status(server: ControlServer, token: str) -> int:
    req = urllib.request.Request(
        f"http://127.0.0.1:{server.http_port}/v1/status",
        headers={"Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


@pytest.fixture
def server(rig: Rig) -> ControlServer:
    keystore.set_control_token(REF, TOKEN, memory=True)
    studio = rig.studio(attach=False)
    srv = ControlServer(studio, TOKEN, port=0)
    srv.token_ref, srv.token_in_memory = REF, True
    srv.start()
    studio.control = srv
    studio.add_closer(srv.stop)
    return srv


def test_token_and_qr_hidden_until_asked_then_a_new_token_signs_the_old_one_out(
    rig: Rig, server: ControlServer, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    studio = server.studio
    dlg = RemoteDialog(server, studio.run_io)  # type: ignore[attr-defined]
    qtbot.addWidget(dlg)
    dlg.show()
    assert f"ws://127.0.0.1:{server.port}" in dlg.where.text()
    assert dlg.token_field.text() == "" and dlg.qr.isHidden()
    dlg.reveal.setChecked(True)
    wait_until(qtbot, lambda: dlg.token_field.text() == TOKEN, what="the token read")
    assert dlg.token_field.echoMode() == QLineEdit.EchoMode.Normal
    assert dlg.qr.isVisible() and not dlg.qr.pixmap().isNull()
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    dlg.grab().save(os.path.join(shots or str(rig.tmp), "remote-dialog.png"))

    with connect(f"ws://127.0.0.1:{server.port}") as ws:
        ws.recv(timeout=5)
        ws.send(json.dumps({"op": "identify", "d": {"protocol": 1, "token": TOKEN}}))
        assert json.loads(ws.recv(timeout=5))["op"] == "identified"
        asked: list[str] = []

        def yes(*args: Any) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", yes)
        dlg.new_token.click()
        assert asked and "1 remote control" in asked[0], asked
        wait_until(qtbot, lambda: dlg.token not in (None, TOKEN), what="the new token")
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4009
    new = dlg.token
    assert new is not None and dlg.token_field.text() == new
    assert keystore.get_control_token(REF, memory=True) == new
    assert http_status(server, TOKEN) == 401
    assert http_status(server, new) == 200


def test_the_dialog_says_how_to_turn_the_remote_on(rig: Rig, qtbot: Any) -> None:
    studio = rig.studio(attach=False)
    dlg = RemoteDialog(None, studio.run_io)
    qtbot.addWidget(dlg)
    assert "Settings" in dlg.where.text()
    assert not dlg.new_token.isEnabled() and not dlg.reveal.isEnabled()


def test_a_wildcard_bind_names_this_computers_address_for_the_phone() -> None:
    host = control.reachable_host("0.0.0.0")
    assert host and host != "0.0.0.0"
    assert control.reachable_host("192.168.1.20") == "192.168.1.20"


def test_settings_choose_the_network_with_a_warning(rig: Rig, qtbot: Any) -> None:
    studio = rig.studio(attach=False)
    dlg = SettingsDialog(studio.config)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.remote_host.currentData() == "127.0.0.1"
    assert dlg.remote_lan_warning.isHidden()
    dlg.remote_host.setCurrentIndex(dlg.remote_host.findData("0.0.0.0"))
    assert not dlg.remote_lan_warning.isHidden()
    assert dlg.build_config().remote.host == "0.0.0.0"
