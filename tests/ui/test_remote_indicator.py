"""The window shows that a remote control is connected (issue 24), on a real studio, a real
control server and a real WebSocket client; a pin sent by the remote reaches the show panel.
"""

from __future__ import annotations

import json
import os
from typing import Any

from websockets.sync.client import connect

from studio.control.server import ControlServer
from tests.ui.conftest import Rig, wait_until

TOKEN = "ui-test-remote-token-5b1e0c7d"


def test_window_shows_remote_clients_and_their_pins(platform_rig: Rig, qtbot: Any) -> None:
    rig = platform_rig
    studio = rig.studio()
    server = ControlServer(studio, TOKEN, port=0).start()
    studio.control = server
    studio.add_closer(server.stop)
    w = rig.window(studio)
    label = w.remote_label
    assert label.isVisible() and label.text() == "Remote on"
    wait_until(qtbot, lambda: w.show_vm.queue_model.skus(), what="the show's queue")
    sku = w.show_vm.queue_model.skus()[1]
    with connect(f"ws://127.0.0.1:{server.port}") as ws:
        ws.recv(timeout=5)
        ws.send(json.dumps({"op": "identify", "d": {"protocol": 1, "token": TOKEN}}))
        assert json.loads(ws.recv(timeout=5))["op"] == "identified"
        wait_until(qtbot, lambda: label.text() == "● Remote: 1 connected", what="indicator")
        req = {"id": "1", "type": "pin_sku", "data": {"sku": sku}}
        ws.send(json.dumps({"op": "request", "d": req}))
        wait_until(
            qtbot,
            lambda: (
                w.show_vm.state is not None
                and w.show_vm.state.pin.product_id is not None
                and w.show_vm.product(sku) is not None
                and studio.sync is not None
                and studio.sync.model.find(sku).product_id == w.show_vm.state.pin.product_id
            ),
            what="the remote's pin in the window",
        )
        mute = {"id": "2", "type": "set_mute", "data": {"muted": True}}
        ws.send(json.dumps({"op": "request", "d": mute}))
        button = w.devices_panel.mute
        wait_until(qtbot, lambda: button.isChecked() and button.text() == "Muted", what="Muted")
        assert studio.session.audio.muted
        shots = os.environ.get("STUDIO_SCREENSHOTS")
        w.grab().save(os.path.join(shots or str(rig.tmp), "remote-connected.png"))
    wait_until(qtbot, lambda: label.text() == "Remote on", what="indicator after leaving")
    button.click()  # the window's own button still works after a remote mute
    assert not studio.session.audio.muted and button.text() == "Mute"


def test_no_indicator_without_a_remote(rig: Rig) -> None:
    w = rig.window(rig.studio(attach=False))
    assert w.remote_label.isHidden()


def test_the_settings_toggle_starts_and_stops_the_remote(rig: Rig, qtbot: Any) -> None:
    from tests.control.test_control import two_free_ports

    studio = rig.studio(attach=False)
    w = rig.window(studio)
    port = two_free_ports()
    remote = studio.config.remote.model_copy(update={"enabled": True, "port": port})
    w.apply_settings(studio.config.model_copy(update={"remote": remote}))
    wait_until(qtbot, lambda: w.remote_label.text() == "Remote on", what="the indicator")
    assert w.remote_label.isVisible() and studio.control is not None
    assert studio.control.port == port
    with connect(f"ws://127.0.0.1:{port}") as ws:
        assert json.loads(ws.recv(timeout=5))["op"] == "hello"
    off = remote.model_copy(update={"enabled": False})
    w.apply_settings(studio.config.model_copy(update={"remote": off}))
    wait_until(qtbot, lambda: w.remote_label.isHidden(), what="the indicator hidden")
    assert studio.control is None
