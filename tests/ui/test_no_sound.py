"""The health bar names the source viewers hear nothing from, and clears when sound returns."""

from __future__ import annotations

from pathlib import Path

from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from tests.ui.conftest import Rig, wait_until
from tests.ui.test_broadcast import on_air


def test_muted_microphone_shows_no_sound_in_the_health_bar(
    rig: Rig, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("quiet"))], attach=False)
    studio.session.audio.silence_detector.after_s = 1.0  # the default is 10 s
    w = rig.window(studio)
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
