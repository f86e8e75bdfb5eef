"""The devices panel's picture fit: a 4:3 camera on a 16:9 show, fitted, then filled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from studio.config import Config, DeviceSettings, VideoSettings, load_config
from tests.engine.clips import upright_picture, write_clip
from tests.ui.conftest import Rig, wait_until


def _bars(rgb: np.ndarray) -> bool:
    """True when the preview has black bars at its left and right edges (a 4:3 picture)."""
    luma = rgb.mean(axis=2)
    return bool(luma[:, :4].max() < 30 and luma[:, -4:].max() < 30)


def test_fill_chosen_in_the_devices_panel_takes_the_bars_away(rig: Rig, tmp_path: Path) -> None:
    clip = write_clip(tmp_path / "webcam.mp4", upright_picture(640, 480), seconds=3.0)
    config = Config(
        video=VideoSettings(bitrate_kbps=1500, encoder="libx264"),
        devices=DeviceSettings(camera=f"file:{clip}", microphone="test"),
    )
    studio = rig.studio(config=config, attach=False)
    w = rig.window(studio)
    frames: list[np.ndarray] = []
    shown = w.preview_vm.push  # the window's own preview keeps getting every frame

    def tap(pf: Any) -> None:
        frames.append(pf.rgb)
        shown(pf)

    studio.session.set_preview(tap)

    def latest() -> np.ndarray | None:
        return frames[-1] if frames else None

    wait_until(rig.qtbot, lambda: (f := latest()) is not None and _bars(f), 15, "a fitted 4:3")
    combo = w.devices_panel.fit
    assert [combo.itemData(i) for i in range(combo.count())] == ["fit", "fill", "stretch"]
    assert combo.currentData() == "fit"
    combo.setCurrentIndex(combo.findData("fill"))
    combo.activated.emit(combo.currentIndex())
    assert studio.config.devices.video_fit == "fill"
    frames.clear()
    wait_until(rig.qtbot, lambda: (f := latest()) is not None and not _bars(f), 15, "filled")
    studio.save_settings(studio.config).result(5)
    assert load_config(rig.tmp / "host").value.devices.video_fit == "fill"  # remembered
    rig.qtbot.wait(300)
    w.grab().save(str(tmp_path / "window.png"))


def test_the_screen_is_offered_as_a_camera_when_there_is_one(monkeypatch) -> None:
    from studio.session.sources import camera_spec
    from studio.ui.devices import list_devices

    monkeypatch.setenv("DISPLAY", ":0")
    assert ("Screen (product page, slides)", "screen") in list_devices().cameras
    assert camera_spec("screen") == "screen"
    assert camera_spec("screen:640x480+0+0") == "screen:640x480+0+0"
    monkeypatch.delenv("DISPLAY")
    assert all(value != "screen" for _, value in list_devices().cameras)
