"""The health bar names the source viewers hear nothing from, and clears when sound returns."""

from __future__ import annotations

from pathlib import Path

from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from studio.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Rig, wait_until
from tests.ui.test_broadcast import on_air


def test_muted_microphone_shows_no_sound_in_the_health_bar(
    rig: Rig, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("quiet"))], attach=False)
    w = rig.window(studio)
    # The settings' "Warn of no sound after" (the default is 10 s), as the dialog sets it.
    dlg = SettingsDialog(studio.config)
    dlg.silence_after.setValue(1)
    w.apply_settings(dlg.build_config())
    assert studio.config.devices.silence_warning_s == 1.0
    assert studio.session.audio.silence_detector.after_s == 1.0
    w.go_live()
    wait_until(rig.qtbot, lambda: on_air(w), 20, "live")

    def no_sound() -> list[str]:
        return [x.text for x in w.health.view.warnings if "No sound" in x.text]

    rig.qtbot.wait(1500)
    assert no_sound() == []  # the test tone plays
    w.devices_panel.mute.click()
    wait_until(rig.qtbot, no_sound, 10, "the no-sound warning")
    assert "test tone" in no_sound()[0] and "muted" in no_sound()[0]
    rig.qtbot.wait(300)
    w.grab().save(str(tmp_path / "no-sound.png"))
    w.devices_panel.mute.click()
    wait_until(rig.qtbot, lambda: not no_sound(), 10, "the warning to clear")
    w.end_show()
    wait_until(rig.qtbot, lambda: studio.session.state == LiveState.IDLE, 20, "ended")


def test_the_warning_can_be_turned_off_and_other_device_settings_are_kept(rig: Rig) -> None:
    studio = rig.studio(attach=False)
    before = studio.config.devices
    dlg = SettingsDialog(studio.config)
    assert dlg.silence_after.value() == 10
    dlg.silence_after.setValue(0)
    assert dlg.silence_after.text() == "Never"
    devices = dlg.build_config().devices
    assert devices.silence_warning_s == 0.0
    assert devices.model_copy(update={"silence_warning_s": before.silence_warning_s}) == before
