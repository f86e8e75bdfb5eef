"""Going live from the window to a real ingest, as a creator would, keyboard included."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from studio.canvases import Profile
from studio.engine.stats import (
    OutputFault,
    OutputKind,
    OutputState,
    OutputStats,
    PipelineStats,
)
from studio.errors import ConnectionRefused, StreamKeyRejected
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, SessionStatus, Target
from studio.ui.broadcast_vm import destination_view, health_view
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
    studio = rig.studio(
        targets=[Target("Local ingest", nginx_rtmp.url("show-key-7f3a"))], attach=False
    )
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
    assert stats is not None and stats.fps >= 25, stats.fps
    assert stats.state is OutputState.LIVE and stats.streams[0].kind is OutputKind.STREAM
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
    studio = rig.studio(
        targets=[Target("Local ingest", nginx_rtmp.url("show-key-7f3a"))], attach=False
    )
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
    assert stats is not None and stats.reconnects == 1


def test_health_reads_typed_fields_not_text() -> None:
    """The countdown, the try number and whether to offer a retry come from the typed
    snapshot: an error that says 'key' but may be retried still offers it, a rejected key
    (retryable=False) does not, and the recording is known by its kind, not its name."""
    waiting = OutputStats(
        "rtmp://a/live/****", OutputKind.STREAM, OutputState.RECONNECTING,
        retry_in_s=3.4, attempt=2,
    )  # fmt: skip
    d = destination_view(waiting, "Shop")
    assert (d.text, d.kind, d.can_reconnect) == ("Retrying in 3 s · try 2", "warn", True)
    key_words = ConnectionRefused("The server refused the connection (key exchange failed).")
    refused = OutputStats(
        "x", OutputKind.STREAM, OutputState.FAILED, error=OutputFault.of(key_words)
    )
    assert destination_view(refused).can_reconnect
    rejected = StreamKeyRejected("The ingest refused to publish.", "Check the stream key.")
    failed = OutputStats("x", OutputKind.STREAM, OutputState.FAILED, error=OutputFault.of(rejected))
    d = destination_view(failed, "Shop")
    assert (d.text, d.can_reconnect, d.detail) == ("Failed", False, rejected.message)
    rec = OutputStats("Studio show.mp4", OutputKind.RECORDING, OutputState.RECORDING)
    assert destination_view(rec).name == "Recording" and destination_view(rec).text == "REC"

    view = health_view(
        SessionStatus(
            LiveState.LIVE,
            stats=PipelineStats(outputs=(waiting, failed, rec)),
            targets=("Shop", "Market"),
        )
    )
    assert [d.name for d in view.destinations] == ["Shop", "Market", "Recording"]
    [drop] = [x for x in view.warnings if x.reconnect]
    assert drop.text == "Shop: the connection dropped; reconnecting in 3 s (attempt 2)."
    assert any(x.text == f"Market: {rejected.message}" for x in view.warnings)


def test_a_rejected_key_ends_the_show_from_the_pipelines_event(
    rig: Rig, nginx_rejecting: NginxRtmp, publish_auth_rejecting
) -> None:
    """Every destination failed: the session ends the show by itself (the pipeline's event,
    not the window's poll), says why, and offers no reconnect for a rejected key."""
    studio = rig.studio(targets=[Target("Shop", nginx_rejecting.url("wrong-key"))], attach=False)
    ended = []
    studio.session.subscribe(lambda s: ended.append(s) if s.error is not None else None)
    studio.go_live()  # no window: nothing polls the session
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not (ended and ended[-1].state is LiveState.IDLE):
        time.sleep(0.05)
    assert ended and ended[-1].state is LiveState.IDLE, ended
    assert isinstance(ended[-1].error, StreamKeyRejected)
    assert len(publish_auth_rejecting.calls) == 1  # asked once: not retried

    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: any(
        "refused" in x.text for x in w.health.view.warnings
    ), 5, "the reason shown")  # fmt: skip
    assert not w.health.reconnect.isVisibleTo(w)
    assert w.controls.go_live.text() == "Go Live"


def test_vertical_canvas_from_the_window(rig: Rig, nginx_rtmp: NginxRtmp) -> None:
    """Choosing 720p30-vertical in the window's device panel gives a 9:16 preview and a
    720×1280 stream (the session used to refuse the vertical profiles)."""
    studio = rig.studio(targets=[Target("Phone feed", nginx_rtmp.url("tall"))], attach=False)
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: w.preview_vm.frames_shown > 2, 15, "the idle preview")
    combo = w.devices_panel.profile
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "720p vertical · 30 fps" in labels, labels
    i = combo.findData(str(Profile.HD_720P30_VERTICAL))
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    wait_until(rig.qtbot, lambda: studio.session.profile == "720p30-vertical", 10, "the profile")
    assert studio.config.video.profile is Profile.HD_720P30_VERTICAL

    def preview_size() -> tuple[int, int]:
        img = w.preview._image
        return (img.width(), img.height()) if img is not None else (0, 0)

    wait_until(rig.qtbot, lambda: preview_size() == (202, 360), 15, "a 9:16 preview")
    w.grab().save(str(rig.tmp / "vertical-preview.png"))

    w.go_live()
    wait_until(rig.qtbot, lambda: on_air(w), 20, "live")
    pipeline = studio.session._pipeline
    assert pipeline is not None and (pipeline.width, pipeline.height) == (720, 1280)
    rig.qtbot.wait(2500)
    wait_until(rig.qtbot, lambda: preview_size() == (202, 360), 5, "the live preview, 9:16")
    stats = studio.session.status().stats
    assert stats is not None and stats.profile == "720p30-vertical"
    w.confirm = lambda *a: True
    w.controls.go_live.click()
    wait_until(rig.qtbot, lambda: w.controls.go_live.text() == "Go Live", 20, "the show to end")
    (flv,) = nginx_rtmp.wait_recordings(1)
    info = probe(flv)
    assert (info["width"], info["height"]) == (720, 1280)
    assert info["video_frames"] >= 60
