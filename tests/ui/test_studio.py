"""The rest of a creator's day: recording, an unplugged camera, settings, restarts, co-hosts."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import av
import pytest

from studio.capture.testpattern import TestPatternSource
from studio.config import Config, Profile, load_config
from studio.engine.stats import (
    EngineWarning,
    Losses,
    OutputKind,
    OutputState,
    OutputStats,
    PipelineStats,
)
from studio.errors import SourceError, UnknownDevice
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Role, SessionStatus, Target
from studio.ui.broadcast_vm import health_view
from studio.ui.cohost import CohostDialog, parse_invite
from studio.ui.settings_dialog import MASK, DestinationDialog, SettingsDialog
from studio.ui.style import colors
from tests.media import probe
from tests.ui.conftest import Rig, test_config, wait_until
from tests.ui.test_broadcast import on_air

needs_services = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"),
    reason="needs the real keyring: run through scripts/with-services",
)


def stats(
    encoded: int,
    skipped: int = 0,
    lagged: int = 0,
    dropped: int = 0,
    warnings: tuple[EngineWarning, ...] = (),
) -> PipelineStats:
    ticks = max(1, encoded + skipped + lagged)
    return PipelineStats(
        frames_encoded=encoded,
        frames_skipped=skipped,
        frames_lagged=lagged,
        frames_dropped=dropped,
        outputs=(OutputStats("x", OutputKind.STREAM, OutputState.LIVE),),
        bitrate_recent_kbps=3100.0,
        fps=30.0,
        cpu_percent=45.0,
        losses=Losses(skipped / ticks, lagged / ticks, dropped / ticks),
        warnings=warnings,
    )


def test_health_colours_at_one_and_five_percent() -> None:
    def levels(**kw: int) -> dict[str, str]:
        view = health_view(SessionStatus(LiveState.LIVE, stats=stats(**kw), targets=("Shop",)))
        return {m.key: m.level for m in view.metrics}

    assert levels(encoded=1000)["dropped"] == "ok"
    assert levels(encoded=1000, dropped=5)["dropped"] == "ok"  # 0.5 %
    assert levels(encoded=980, skipped=20)["skipped"] == "warn"  # 2 %
    assert levels(encoded=940, lagged=60)["lagged"] == "alarm"  # 6 %
    view = health_view(SessionStatus(LiveState.LIVE, stats=stats(940, lagged=60)))
    lagged = next(m for m in view.metrics if m.key == "lagged")
    assert lagged.text == "6.0 %" and "60 of 1000" in lagged.tip
    assert colors("studio-dark").alarm != colors("studio-dark").warn


def test_overload_advice_is_one_click_away(rig: Rig) -> None:
    from studio.engine.pipeline import Suggestion

    advice = Suggestion(
        "profile",
        "This computer can't keep up with 1080p30. Switch to 720p30.",
        {"profile": "720p30"},
    )
    full = EngineWarning("The disk is full: recording stopped.", output="recording")
    st = stats(900, skipped=100, warnings=(full,))
    view = health_view(SessionStatus(LiveState.LIVE, stats=st, suggestion=advice))
    assert any(w.action == "profile:720p30" for w in view.warnings)
    assert any("disk is full" in w.text for w in view.warnings)

    cfg = test_config(Profile.FHD_1080P30)
    studio = rig.studio(attach=False, config=cfg)
    w = rig.window(studio)
    w.health.set_health(view)
    button = w.health.reconnect  # the first warning row's button: the actionable one first
    assert button.isVisibleTo(w) and button.text() == "Use 720p30 next"
    button.click()
    wait_until(rig.qtbot, lambda: studio.session.profile == "720p30", 10, "the new profile")
    assert str(studio.config.video.profile) == "720p30"


def test_recording_toggle_while_live_writes_a_playable_file(
    rig: Rig, nginx_rtmp: NginxRtmp
) -> None:
    cfg = test_config().model_copy(update={"recordings_dir": rig.tmp / "rec"})
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("rec"))], attach=False, config=cfg)
    w = rig.window(studio)
    w.controls.record.click()  # armed: recording starts with the show
    assert w.controls.record.isChecked()
    w.go_live()
    wait_until(rig.qtbot, lambda: on_air(w), 20, "live")
    wait_until(rig.qtbot, lambda: w.controls.record.text() == "● Recording", 5, "recording")
    rig.qtbot.wait(2500)
    w.controls.record.click()  # stop recording, stay live
    wait_until(rig.qtbot, lambda: not studio.session.status().recording, 20, "recording off")
    assert studio.session.state == LiveState.LIVE
    (path,) = studio.session.recording_files
    wait_until(rig.qtbot, lambda: path.exists(), 20, "the finished .mp4")
    info = probe(path)
    assert info["video_codec"] == "h264" and info["video_frames"] >= 45
    assert info["audio_codec"] == "aac"

    # A new profile chosen mid-show waits for the show to end: the stream keeps its size.
    w.devices_vm.set_profile("1080p30")
    rig.qtbot.wait(300)
    assert studio.session.profile == "720p30" and on_air(w)
    w.end_show()
    wait_until(rig.qtbot, lambda: studio.session.profile == "1080p30", 20, "the new profile")
    # The worker names the profile, then builds its scenes: wait for those too.
    wait_until(rig.qtbot, lambda: studio.session.layers.scene.height == 1080, 10, "1080p scenes")
    wait_until(rig.qtbot, lambda: w.preview.image_rect().width() > 0, 5)


class Camera:
    """A camera a test can unplug and plug back in."""

    def __init__(self) -> None:
        self.plugged = True
        self.current: Any = None

    def open(self) -> Any:
        if not self.plugged:
            raise UnknownDevice("There is no camera called 'Desk cam'.", "Plug it in.")
        cam = self

        class Source(TestPatternSource):
            @property
            def error(self) -> SourceError | None:
                if not cam.plugged or self._error is not None:
                    return SourceError("The camera 'Desk cam' stopped (unplugged).")
                return None

        self.current = Source()
        return self.current


def test_unplugged_camera_keeps_the_show_going_with_be_right_back(
    rig: Rig, nginx_rtmp: NginxRtmp
) -> None:
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("brb"))], attach=False)
    w = rig.window(studio)
    camera = Camera()
    studio.session.swap_camera("test").result(10)
    studio.session.video.swap(camera.open, "Desk cam")
    w.go_live()
    wait_until(rig.qtbot, lambda: on_air(w), 20, "live")
    rig.qtbot.wait(1000)

    camera.plugged = False
    wait_until(rig.qtbot, lambda: w.broadcast.status.camera_problem is not None, 5, "unplug")
    texts = [x.text for x in w.health.view.warnings]
    assert any("Be right back" in t for t in texts), texts
    layers = studio.session.layers.layers_at(0.0)
    assert any(lay.key == "studio:brb" for lay in layers)
    rig.qtbot.wait(1500)
    assert on_air(w)  # still live: slate and sound go on

    camera.plugged = True  # the watchdog reopens it within a few seconds
    wait_until(rig.qtbot, lambda: w.broadcast.status.camera_problem is None, 10, "replug")
    assert not any(lay.key == "studio:brb" for lay in studio.session.layers.layers_at(0.0))
    rig.qtbot.wait(500)
    w.end_show()
    wait_until(rig.qtbot, lambda: studio.session.state == LiveState.IDLE, 20, "ended")

    (flv,) = nginx_rtmp.wait_recordings(1)
    with av.open(str(flv)) as c:
        v = sorted(
            float(p.pts * p.time_base)
            for p in c.demux(c.streams.video[0])
            if p.pts is not None and p.size
        )
    with av.open(str(flv)) as c:
        a = sorted(
            float(p.pts * p.time_base)
            for p in c.demux(c.streams.audio[0])
            if p.pts is not None and p.size
        )
    assert max(y - x for x, y in itertools.pairwise(v)) < 0.2  # no hole in the picture
    assert max(y - x for x, y in itertools.pairwise(a)) < 0.2  # nor in the sound
    assert v[-1] - v[0] > 4.0


@needs_services
def test_settings_store_stream_keys_in_the_keyring_and_show_them_masked(rig: Rig) -> None:
    from studio import secrets

    studio = rig.studio(attach=False)
    dlg = SettingsDialog(studio.config, "default")
    rig.qtbot.addWidget(dlg)
    dest = DestinationDialog(None, dlg)
    dest.name.setText("UI test shop")
    dest.url.setText("rtmp://ingest.example.com/live")
    key = "sk_ui_test_" + os.urandom(6).hex()
    dest.key.setText(key)
    dest._check()
    assert dest.result_dest is not None and dest.result_dest.key_ref
    dlg.dests.append(dest.result_dest)
    dlg.writes.stream_keys[dest.result_dest.key_ref] = key
    dlg._fill_dests()
    assert dlg.dest_table.item(0, 3).text() == MASK
    assert key not in dlg.dest_table.item(0, 1).text()
    ref = dest.result_dest.key_ref
    try:
        dlg._accept()
        wait_until(rig.qtbot, lambda: dlg.result() == 1, 10, "the keyring write")
        assert dlg.result_config is not None
        studio.save_settings(dlg.result_config).result(10)  # written on a worker
        assert secrets.get_stream_key(ref) == key
        settings_file = rig.tmp / "host" / "config.json"
        assert settings_file.exists() and key not in settings_file.read_text()
        saved = load_config(rig.tmp / "host").value
        assert saved.destinations[0].key_ref == ref
        assert studio.targets()[0].url.endswith("/" + key)
    finally:
        secrets.delete_stream_key(ref)


def test_a_key_pasted_into_the_url_moves_to_the_key_field(rig: Rig) -> None:
    dest = DestinationDialog(None)
    rig.qtbot.addWidget(dest)
    dest.name.setText("Pasted")
    dest.url.setText("rtmp://ingest.example.com/live/sk_pasted_123")
    dest._check()
    assert dest.result_dest is not None
    assert dest.result_dest.url == "rtmp://ingest.example.com/live"
    assert dest.new_key == "sk_pasted_123"


def test_layout_geometry_and_appearance_are_remembered(rig: Rig) -> None:
    studio = rig.studio(attach=False)
    w = rig.window(studio)
    w.resize(1200, 700)
    w.dock_audience.hide()
    w.set_appearance("studio-light")
    w._toggle_dark(False)
    rig.qtbot.wait(100)
    w.close()
    studio.close()
    cfg = load_config(rig.tmp / "host").value
    assert cfg.ui.geometry is not None and cfg.ui.geometry.width == 1200
    assert cfg.ui.theme == "studio-light"

    again = rig.studio(attach=False, config=cfg)
    w2 = MainWindowFor(rig, again)
    assert (w2.width(), w2.height()) == (1200, 700)
    assert w2.dock_audience.isHidden() and not w2.dock_orders.isHidden()
    assert not w2.act_dark.isChecked()


def MainWindowFor(rig: Rig, studio: Any) -> Any:
    """A window that keeps its remembered size (rig.window() resizes to 1366×768)."""
    from studio.ui.main_window import MainWindow

    w = MainWindow(studio)
    w.confirm = lambda *a: True
    rig.windows.append(w)
    w.show()
    return w


def test_show_state_and_unsent_changes_survive_a_restart(platform_rig: Rig) -> None:
    rig = platform_rig
    assert rig.sandbox is not None
    studio = rig.studio()
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: w.show_vm.queue_model.rowCount() > 2, 15, "the show")
    planned = w.show_vm.queue_model.skus()
    planned = [planned[2], *planned[:2], *planned[3:]]

    rig.sandbox.faults.error_rate = 1.0  # the platform is unreachable from now on
    w.show_vm.move_by(planned[0], -2)
    assert w.show_vm.queue_model.skus() == planned
    wait_until(rig.qtbot, lambda: "waiting to sync" in w.pending_label.text(), 10, "pending")
    w.close()
    studio.close()

    again = rig.studio()  # same folders: what was waiting comes back
    w2 = rig.window(again)
    wait_until(rig.qtbot, lambda: w2.show_vm.queue_model.skus() == planned, 15, "queue back")
    assert "1 change waiting to sync" in w2.pending_label.text()

    rig.sandbox.faults.reset()
    wait_until(rig.qtbot, lambda: w2.pending_label.text() == "", 20, "synced")
    ids = rig.api("/queue")["product_ids"]
    by_id = {p.product_id: p.sku for p in w2.show_vm.catalog_model.products()}
    assert [by_id[i] for i in ids] == planned


def test_cohost_signs_in_with_an_invite(platform_rig: Rig) -> None:
    rig = platform_rig
    assert rig.sandbox is not None
    studio = rig.studio(attach=False, role=Role.OFFLINE)
    w = rig.window(studio)
    assert not w.controls.go_live.isHidden()
    dlg = CohostDialog("", w)
    dlg.state_dir = rig.tmp / "host"
    rig.qtbot.addWidget(dlg)
    dlg.invite.setText(f"{rig.sandbox.api_url}?invite={rig.sandbox.cohost_token}")
    dlg.sign_in()
    wait_until(rig.qtbot, lambda: dlg.sync is not None, 15, "sign-in")
    w.become_cohost(dlg.sync, dlg.client, dlg.role)
    assert dlg.role == Role.COHOST
    wait_until(rig.qtbot, lambda: w.show_vm.queue_model.rowCount() > 0, 15, "the show")
    assert w.controls.go_live.isHidden() and w.dock_devices.isHidden()
    assert w.dock_scenes.isHidden()  # the scenes are the host's
    assert w.controls.role.text() == "CO-HOST"
    wait_until(rig.qtbot, lambda: w.controls.pill.text() == "● SHOW LIVE", 10, "show status")
    # A viewer's token is refused with words a person understands.
    bad = CohostDialog(rig.sandbox.api_url, w)
    rig.qtbot.addWidget(bad)
    bad.invite.setText(rig.sandbox.viewer_token)
    bad.sign_in()
    wait_until(rig.qtbot, lambda: "viewer" in bad.status.text(), 15, "the refusal")


def test_invite_links_carry_the_platform_address() -> None:
    assert parse_invite("https://shop.example/v1?invite=abc") == ("https://shop.example/v1", "abc")
    assert parse_invite("  tok_123 ") == (None, "tok_123")


def test_first_run_wizard_checks_and_suggests_a_profile(rig: Rig) -> None:
    from studio.ui.wizard import FirstRunWizard

    cfg = Config()
    wiz = FirstRunWizard(cfg)
    rig.qtbot.addWidget(wiz)
    wiz.show()
    wiz.next()
    wait_until(rig.qtbot, lambda: wiz.checks.results is not None, 60, "the checks")
    ids = {r.id for r in wiz.checks.results or []}
    assert ids == {"cameras", "microphones", "encoders", "canvases", "network"}
    enc = next(r for r in wiz.checks.results or [] if r.id == "encoders")
    assert enc.status == "ok"
    # Both canvases at once, measured on this computer: a verdict in words either way.
    two = next(r for r in wiz.checks.results or [] if r.id == "canvases")
    assert two.status in ("ok", "warn") and "Horizontal and vertical at once" in two.summary
    assert wiz.checks.rows["canvases"][1].text().startswith("Horizontal and vertical")
    wiz.next()
    assert wiz.suggestion is not None
    assert wiz.suggestion.profile in (Profile.HD_720P30, Profile.FHD_1080P30)
    wiz.accept()
    assert wiz.result_config is not None
    assert wiz.result_config.video.profile == wiz.suggestion.profile
    assert wiz.result_config.devices.camera is not None  # a camera, or the test pattern


def test_hotkeys_are_rebindable_and_app_wide(platform_rig: Rig) -> None:
    rig = platform_rig
    studio = rig.studio()
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: w.show_vm.queue_model.rowCount() > 0, 15, "the show")
    keys = studio.config.ui.hotkeys.model_copy(update={"pin_next": "F8"})
    ui = studio.config.ui.model_copy(update={"hotkeys": keys})
    w.apply_settings(studio.config.model_copy(update={"ui": ui}))
    assert "F8" in w.show_panel.queue.pin_next.text()
    first = w.show_vm.queue_model.products()[0]
    from PySide6.QtTest import QTest

    QTest.keySequence(w.audience.comments.view, "F8")  # focus elsewhere: still works
    wait_until(
        rig.qtbot,
        lambda: rig.api("/pin")["product_id"] == first.product_id,
        10,
        "the pin",
    )
    config_file = rig.tmp / "host" / "config.json"
    wait_until(rig.qtbot, config_file.exists, 5, "the settings file")
    assert json.loads(config_file.read_text())["ui"]["hotkeys"]["pin_next"] == "F8"


def test_studio_without_a_display_says_so(tmp_path: Path) -> None:
    """`studio` with no sub-command opens the window; with no display it explains instead."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(
        STUDIO_CONFIG_DIR=str(tmp_path / "c"),
        STUDIO_STATE_DIR=str(tmp_path / "s"),
        STUDIO_LOG_DIR=str(tmp_path / "l"),
    )
    out = subprocess.run(
        [sys.executable, "-m", "studio.cli"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert out.returncode == 2, out.stderr
    assert "no display" in out.stderr and "studio broadcast" in out.stderr
    assert "Traceback" not in out.stderr
