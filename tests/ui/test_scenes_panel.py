"""The Scenes panel (issue 19) on a real window: scenes turned on, a source added, a scene
built by dragging (snapping to the safe area), a switch by key, studio mode's Take; the
window rendered to PNG."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from studio.canvases import Orientation
from studio.media.scenes import SourceKind
from tests.ui.conftest import Rig, wait_until


def test_scenes_are_built_by_dragging_and_switched_by_key(rig: Rig, qtbot, tmp_path: Path) -> None:
    studio = rig.studio(attach=False)
    w = rig.window(studio)
    panel = w.scenes_panel
    w.dock_scenes.raise_()
    # Brought up, the Scenes tab gets room for its editor.
    wait_until(qtbot, lambda: w.dock_scenes.height() > 250, what="room for the Scenes panel")
    qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None and player.program == "Camera"
    wait_until(qtbot, studio.scenes_path.exists, what="saved beside the settings")
    # Add a source to the scene being edited: a centred quarter-size box on both canvases.
    sid = panel.add_source(SourceKind.TEST, "")
    assert sid == "test"
    wait_until(qtbot, lambda: "test" in player.scenes.source_ids(), what="the source added")
    # Drag it near the top-left title-safe corner: it snaps onto the 5 % guides.
    wait_until(qtbot, lambda: panel.editor.scene is not None and any(
        i.source == "test" for i in panel.editor.scene.items(Orientation.LANDSCAPE)
    ), what="the editor shows it")  # fmt: skip
    ed = panel.editor
    c = ed.canvas_rect()
    start = QPoint(int(c.x() + 0.5 * c.width()), int(c.y() + 0.5 * c.height()))
    # The box (top-left at 0.375, 0.375) dragged to about (0.06, 0.06): within snapping reach.
    end = QPoint(round(start.x() - 0.315 * c.width()), round(start.y() - 0.315 * c.height()))
    qtbot.mousePress(ed, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(ed, end)
    qtbot.mouseRelease(ed, Qt.MouseButton.LeftButton, pos=end)

    def placed() -> bool:
        box = next(i.box for i in player.scenes.scene("Camera").landscape if i.source == "test")
        return abs(box.x - 0.05) < 1e-9 and abs(box.y - 0.05) < 1e-9

    wait_until(qtbot, placed, what="the dragged box snapped to the safe area")
    # Its corner handle dragged right: bigger, the same shape; then filled instead of fitted.
    assert ed.selected is not None and panel.fit.isEnabled()
    wait_until(qtbot, lambda: ed.scene is not None and any(
        i.source == "test" and abs(i.box.x - 0.05) < 1e-9
        for i in ed.scene.items(Orientation.LANDSCAPE)
    ), what="the editor shows the snapped box")  # fmt: skip
    c = ed.canvas_rect()
    corner = QPoint(round(c.x() + 0.30 * c.width()) - 3, round(c.y() + 0.30 * c.height()) - 3)
    wider = QPoint(corner.x() + round(0.12 * c.width()), corner.y())
    qtbot.mousePress(ed, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(ed, wider)
    qtbot.mouseRelease(ed, Qt.MouseButton.LeftButton, pos=wider)

    def test_box():  # the test source's box in the Camera scene, on air
        return next(i for i in player.scenes.scene("Camera").landscape if i.source == "test")

    wait_until(qtbot, lambda: test_box().box.w > 0.33, what="the box resized")
    box = test_box().box
    assert (box.x, box.y) == (0.05, 0.05) and abs(box.h - box.w) < 1e-9  # corner kept, shape too
    panel.fit.setCurrentIndex(panel.fit.findData("fill"))
    panel.fit.activated.emit(panel.fit.currentIndex())
    wait_until(qtbot, lambda: test_box().fit.mode.value == "fill", what="filled")
    # Its crop: 10 % off the left; then too much (95 % of the width) is refused, nothing lost.
    panel.crop[0].setValue(10)
    wait_until(qtbot, lambda: test_box().fit.crop == (0.1, 0, 0, 0), what="cropped")
    panel.crop[0].setValue(50)
    panel.crop[2].setValue(45)
    assert "too little of the picture" in panel.status.text()
    qtbot.wait(400)
    assert test_box().fit.crop[0] in (0.1, 0.5) and test_box().fit.crop[2] == 0
    panel.crop[2].setValue(0)
    wait_until(qtbot, lambda: test_box().fit.crop == (0.5, 0, 0, 0), what="cropped again")
    # Picked and deleted: out of this canvas's layout, still among the sources.
    qtbot.mouseClick(ed, Qt.MouseButton.LeftButton, pos=QPoint(
        round(c.x() + 0.15 * c.width()), round(c.y() + 0.15 * c.height())))  # fmt: skip
    assert ed.selected is not None
    qtbot.keyClick(ed, Qt.Key.Key_Delete)

    def gone() -> bool:
        return all(i.source != "test" for i in player.scenes.scene("Camera").landscape)

    wait_until(qtbot, gone, what="the box removed")
    assert "test" in player.scenes.source_ids()
    assert any(i.source == "test" for i in player.scenes.scene("Camera").portrait)
    # New scenes from the templates, with the next free keys (1-6 are the starter's).
    assert panel.new_scene.isVisible() and not panel.use.isVisible()
    panel.new_scene.menu().actions()[2].trigger()  # screen + camera in a corner
    wait_until(qtbot, lambda: "Screen + camera 2" in player.scenes.names, what="a new scene")
    added = player.scenes.scene("Screen + camera 2")
    assert added.key == "7" and [i.source for i in added.landscape] == ["background", "camera-1"]
    assert panel.editing == "Screen + camera 2"
    # One key per scene: 2 puts "Camera + close-up" on air.
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_2)
    wait_until(qtbot, lambda: player.program == "Camera + close-up", what="switched by key")
    qtbot.keyClick(w, Qt.Key.Key_7)
    wait_until(qtbot, lambda: player.program == "Screen + camera 2", what="the new one by key")
    qtbot.keyClick(w, Qt.Key.Key_2)
    wait_until(qtbot, lambda: player.program == "Camera + close-up", what="back by key")
    # Studio mode: 5 goes to the preview, the program stays; Take puts it on air.
    panel.studio_mode.setChecked(True)
    qtbot.keyClick(w, Qt.Key.Key_5)
    wait_until(qtbot, lambda: player.preview == "Be right back", what="in preview")
    assert player.program == "Camera + close-up"
    # The window shows the next scene beside the program: its own picture, composed.
    wait_until(qtbot, w.scene_preview.isVisible, what="the next scene's picture shown")
    shown = w.scene_preview_vm.frames_shown
    wait_until(qtbot, lambda: w.scene_preview_vm.frames_shown > shown + 2, what="next-scene frames")
    img = w.scene_preview._image
    assert img is not None and img.height() == 360
    # "Be right back" is the purple background under its card: no camera test pattern.
    corner = img.pixelColor(20, 340)
    assert (corner.red(), corner.green(), corner.blue()) == pytest.approx(
        (0x1B, 0x15, 0x30), abs=12
    )
    out = os.environ.get("STUDIO_SCREENSHOTS")
    if out:
        w.grab().save(str(Path(out) / "scenes-studio-mode.png"))
    wait_until(qtbot, panel.take.isEnabled, what="Take offered")
    qtbot.mouseClick(panel.take, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: player.program == "Be right back", what="taken")
    assert player.preview == "Camera + close-up"
    panel.studio_mode.setChecked(False)
    wait_until(qtbot, lambda: not w.scene_preview.isVisible(), what="studio mode left")
    out = os.environ.get("STUDIO_SCREENSHOTS")
    if out:  # each template on air, and its layout in the editor, to look at
        for n, name in enumerate(player.scenes.names, 1):
            panel.pick(name)
            wait_until(qtbot, lambda name=name: player.program == name, what=name)
            qtbot.wait(900)
            w.grab().save(str(Path(out) / f"scenes-template-{n}.png"))


def test_the_starting_soon_template_counts_down_to_the_shows_scheduled_start(
    platform_rig: Rig, qtbot
) -> None:
    studio = platform_rig.studio()
    w = platform_rig.window(studio)
    wait_until(
        qtbot,
        lambda: w.show_vm.state is not None and w.show_vm.state.show is not None,
        what="the platform's show",
    )
    info = w.show_vm.state.show
    assert info is not None and info.scheduled_start is not None
    qtbot.mouseClick(w.scenes_panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None
    slate = player.scenes.scene("Starting soon").slate
    assert slate is not None and slate.at == info.scheduled_start.timestamp()
    assert slate.countdown(slate.at - 65) == "1:05"
    if info.background_color:
        assert player.scenes.source("background").target == info.background_color.lower()
