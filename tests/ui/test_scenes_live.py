"""Studio mode on air (issue 19): while the window is live to a real nginx-rtmp, the next
scene is prepared in the preview beside the program (its own picture, composed on the live
pipeline's clock) and viewers keep seeing the program until Take; what nginx received shows
the camera, then the taken scene. With both canvases live (16:9 and 9:16), the next scene is
composed for each, and Take (Ctrl+Enter) switches both streams at once."""

from __future__ import annotations

import os
import time
from pathlib import Path

import av
import numpy as np
from PySide6.QtCore import Qt

from studio.canvases import Orientation
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from studio.ui.preview import PreviewWidget
from tests.ui.conftest import Rig, wait_until
from tests.ui.test_broadcast import on_air


def purple(rgb: tuple[int, int, int]) -> bool:
    """The starter scenes' background colour, #1b1530."""
    return all(abs(a - b) <= 14 for a, b in zip(rgb, (0x1B, 0x15, 0x30), strict=True))


def test_studio_mode_prepares_the_next_scene_while_the_program_stays_on_air(
    rig: Rig, nginx_rtmp: NginxRtmp, qtbot
) -> None:
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("studio-mode"))], attach=False)
    w = rig.window(studio)
    panel = w.scenes_panel
    w.dock_scenes.raise_()
    qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None
    w.go_live()
    wait_until(qtbot, lambda: on_air(w), 20, "live")
    live_at = time.monotonic()
    qtbot.wait(1500)

    panel.studio_mode.setChecked(True)
    panel.pick("Be right back")
    wait_until(qtbot, lambda: player.preview == "Be right back", what="in preview")
    shown = w.scene_preview_vm.frames_shown
    wait_until(qtbot, lambda: w.scene_preview_vm.frames_shown > shown + 3, what="preview frames")
    img = w.scene_preview._image
    assert img is not None
    corner = img.pixelColor(20, img.height() - 20)
    assert purple((corner.red(), corner.green(), corner.blue()))  # the next scene, composed
    assert player.program == "Camera" and w.scene_preview.isVisible()
    out = os.environ.get("STUDIO_SCREENSHOTS")
    if out:
        w.grab().save(str(Path(out) / "scenes-studio-mode-live.png"))
    qtbot.wait(1500)  # viewers still see the camera meanwhile
    took_at = time.monotonic()
    qtbot.mouseClick(panel.take, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: player.program == "Be right back", what="taken")
    qtbot.wait(2000)
    w.end_show()
    wait_until(qtbot, lambda: studio.session.state == LiveState.IDLE, 20, "ended")

    # What nginx received: the camera's test pattern until Take, the purple slate after.
    (flv,) = nginx_rtmp.wait_recordings(1)
    before, after = before_and_after(flv, took_at - live_at)
    assert before and not any(before)  # the preview never went on air before Take
    assert after and all(after)


def before_and_after(flv: Path, took: float) -> tuple[list[bool], list[bool]]:
    """Whether each received frame's bottom-left corner is the slate's purple: the frames
    well before the Take (`took` seconds into the stream), and those well after it."""
    before: list[bool] = []
    after: list[bool] = []
    with av.open(str(flv)) as c:
        for f in c.decode(video=0):
            if f.time is None:
                continue
            rgb = f.to_ndarray(format="rgb24")
            corner_rgb = tuple(int(v) for v in np.median(rgb[-30:-10, 10:30], axis=(0, 1)))
            if 0.5 < f.time < took - 0.5:
                before.append(purple(corner_rgb))  # type: ignore[arg-type]
            elif f.time > took + 1.0:
                after.append(purple(corner_rgb))  # type: ignore[arg-type]
    return before, after


def test_studio_mode_on_both_canvases_takes_both_at_once(rig: Rig, tmp_path: Path, qtbot) -> None:
    server = NginxRtmp(tmp_path / "nginx", applications=("live", "vertical")).start()
    try:
        studio = rig.studio(
            targets=[
                Target("Desktop", server.url("wide")),
                Target("Phone", server.url("tall", app="vertical"), canvas=Orientation.PORTRAIT),
            ],
            attach=False,
        )
        w = rig.window(studio)
        panel = w.scenes_panel
        w.dock_scenes.raise_()
        qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
        wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
        player = studio.session.player
        assert player is not None
        w.go_live()
        wait_until(qtbot, lambda: on_air(w), 30, "live on both canvases")
        live_at = time.monotonic()
        panel.studio_mode.setChecked(True)
        panel.pick("Be right back")
        wait_until(qtbot, lambda: player.preview == "Be right back", what="in preview")

        def next_scene_shown(view: PreviewWidget) -> bool:
            img = view._image
            if img is None:
                return False
            c = img.pixelColor(8, img.height() - 8)
            return purple((c.red(), c.green(), c.blue()))

        # The next scene composed for each canvas, beside the program's two pictures.
        wait_until(qtbot, lambda: next_scene_shown(w.scene_preview), 20, "16:9 next scene")
        wait_until(qtbot, lambda: next_scene_shown(w.scene_twin_preview), 20, "9:16 next scene")
        tall = w.scene_twin_preview._image
        assert tall is not None and tall.height() > tall.width()
        assert player.program == "Camera"
        qtbot.wait(1500)  # viewers of both canvases still see the camera meanwhile
        took_at = time.monotonic()
        w.activateWindow()
        qtbot.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Take
        wait_until(qtbot, lambda: player.program == "Be right back", what="taken")
        qtbot.wait(2500)
        w.end_show()
        wait_until(qtbot, lambda: studio.session.state == LiveState.IDLE, 30, "ended")
        flvs = server.wait_recordings(2)
        assert len(flvs) == 2
        for flv in flvs:  # 16:9 and 9:16: the same program, switched at the same Take
            before, after = before_and_after(flv, took_at - live_at)
            assert before and not any(before), flv.name
            assert after and all(after), flv.name
    finally:
        rig.close()
        server.stop()
