"""Going live from the window to a real ingest, as a creator would, keyboard included."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from tests.media import probe
from tests.ui.conftest import Rig, wait_until


def answer_confirmation(key: Qt.Key = Qt.Key.Key_Return) -> list[str]:
    """Press `key` in the next modal dialog (the real QMessageBox); returns its title."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)
            return
        seen.append(box.windowTitle())
        QTest.keyClick(box, key)

    QTimer.singleShot(50, press)
    return seen


def on_air(w: Any) -> bool:
    return w.controls.pill.text() == "● LIVE"


def test_go_live_from_the_keyboard_to_a_real_ingest(rig: Rig, nginx_rtmp: NginxRtmp) -> None:
    studio = rig.studio(targets=[Target("Local ingest", nginx_rtmp.url("show"))], attach=False)
    w = rig.window(studio)
    w.confirm = w._confirm_dialog  # the real dialog, answered with the keyboard
    wait_until(rig.qtbot, lambda: w.preview_vm.frames_shown > 5, 15, "the idle preview")

    asked = answer_confirmation(Qt.Key.Key_Return)  # Enter = "Go live" (the default button)
    QTest.keySequence(w, "Ctrl+Shift+L")
    assert asked == ["Go live?"]
    wait_until(rig.qtbot, lambda: on_air(w), 20, "the LIVE pill")
    assert w.controls.go_live.text() == "End Show"
    assert w.health.destination_states() == ["LIVE"]
    assert [d.name for d in w.health.view.destinations] == ["Local ingest"]

    # The preview keeps up while live, and costs the encoder nothing.
    shown = w.preview_vm.frames_shown
    rig.qtbot.wait(3000)
    assert w.preview_vm.fps() >= 14.0, w.preview_vm.fps()
    assert w.preview_vm.frames_shown - shown >= 40
    stats = studio.session.status().stats
    assert stats is not None and stats["fps"] >= 25, stats["fps"]
    assert w.controls.elapsed.text() >= "00:00:03"

    # End Show: Enter would cancel (the safe default), so the test confirms with the button.
    asked = answer_confirmation(Qt.Key.Key_Escape)
    w.controls.go_live.click()
    assert asked == ["End the show?"]
    assert studio.session.state == LiveState.LIVE  # Escape kept the show on air
    w.confirm = lambda *a: True
    w.controls.go_live.click()
    wait_until(rig.qtbot, lambda: w.controls.go_live.text() == "Go Live", 20, "the show to end")
    assert studio.session.state == LiveState.IDLE

    (flv,) = nginx_rtmp.wait_recordings(1)
    info = probe(flv)
    assert info["video_codec"] == "h264" and (info["width"], info["height"]) == (1280, 720)
    assert info["video_frames"] >= 90, info["video_frames"]  # ≥ 3 s at 30 fps arrived
    assert info["audio_codec"] == "aac" and info["audio_packets"] > 100


def test_dropped_ingest_is_shown_as_reconnecting_then_live_again(
    rig: Rig, nginx_rtmp: NginxRtmp
) -> None:
    studio = rig.studio(targets=[Target("Local ingest", nginx_rtmp.url("show"))], attach=False)
    w = rig.window(studio)
    w.controls.go_live.click()
    wait_until(rig.qtbot, lambda: on_air(w), 20, "live")
    rig.qtbot.wait(1500)

    nginx_rtmp.kill()
    wait_until(
        rig.qtbot,
        lambda: w.health.destination_states()[0].startswith("Retrying in"),
        15,
        "the reconnect countdown",
    )
    assert "try 1" in w.health.destination_states()[0]
    assert w.controls.pill.text() == "RECONNECTING"
    assert w.health.reconnect.isVisibleTo(w)
    texts = [x.text for x in w.health.view.warnings]
    assert any("connection dropped" in t for t in texts), texts

    nginx_rtmp.start()  # same port
    w.health.reconnect.click()  # "Reconnect now" skips the back-off
    started = time.monotonic()
    wait_until(rig.qtbot, lambda: on_air(w), 15, "live again")
    assert time.monotonic() - started < 10
    assert w.health.destination_states() == ["LIVE"]
    assert not w.health.reconnect.isVisibleTo(w)
    stats = studio.session.status().stats
    assert stats is not None and stats["reconnects"] == 1
