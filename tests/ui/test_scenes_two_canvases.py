"""Studio mode on a show with both canvases (issue 19), on the real window: the next scene is
previewed on the 16:9 and the 9:16 canvas side by side, a box dragged in the 9:16 editor
moves only there (and shows in that canvas's preview), Take (Ctrl+Enter) puts the scene on
air on both; a removed source or scene comes back with Ctrl+Z, where it was; keys 1-9
switch scenes."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from studio.canvases import Orientation
from studio.media.scenes import Box, SourceKind
from studio.session.status import Target
from tests.ui.conftest import Rig, wait_until

ORANGE = (255, 128, 0)
PURPLE = (0x1B, 0x15, 0x30)  # the starter scenes' background


def near(
    img: QImage | None, fx: float, fy: float, rgb: tuple[int, int, int], tol: int = 30
) -> bool:
    """Whether the picture's pixel at (fx, fy) (shares of its size) is within `tol` of `rgb`."""
    if img is None:
        return False
    c = QColor(img.pixel(int(fx * (img.width() - 1)), int(fy * (img.height() - 1))))
    return all(abs(a - b) <= tol for a, b in zip((c.red(), c.green(), c.blue()), rgb, strict=True))


def test_studio_mode_previews_edits_and_takes_both_canvases(
    rig: Rig, qtbot, tmp_path: Path
) -> None:
    studio = rig.studio(
        targets=[
            Target("Desktop", "rtmp://127.0.0.1:9/live/wide"),
            Target("Phone", "rtmp://127.0.0.1:9/vertical/tall", canvas=Orientation.PORTRAIT),
        ],
        attach=False,
    )
    w = rig.window(studio)
    panel = w.scenes_panel
    w.dock_scenes.raise_()
    qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None and player.program == "Camera"
    # Both canvases: both layout editors side by side, no canvas to choose.
    wait_until(qtbot, lambda: panel.both_canvases, what="the show's two canvases known")
    land, port = panel.editors[Orientation.LANDSCAPE], panel.editors[Orientation.PORTRAIT]
    assert land.isVisible() and port.isVisible() and not panel.canvas_choice.isVisible()

    # Studio mode: key 3 puts "Screen + camera" in the preview; the program stays.
    panel.studio_mode.setChecked(True)
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_3)
    wait_until(qtbot, lambda: player.preview == "Screen + camera", what="in preview")
    assert player.program == "Camera"
    # A picture added to it (orange), then dragged in the 9:16 editor only.
    picture = tmp_path / "orange.png"
    img = QImage(320, 180, QImage.Format.Format_RGB32)
    img.fill(QColor(*ORANGE))
    assert img.save(str(picture))
    sid = panel.add_source(SourceKind.IMAGE, str(picture))
    assert sid == "image"
    wait_until(qtbot, lambda: "image" in player.scenes.source_ids(), what="the picture added")
    wait_until(qtbot, lambda: port.scene is not None and any(
        i.source == "image" for i in port.scene.items(Orientation.PORTRAIT)
    ), what="the 9:16 editor shows it")  # fmt: skip
    c = port.canvas_rect()
    start = QPoint(round(c.x() + 0.5 * c.width()), round(c.y() + 0.5 * c.height()))
    # Its box (top-left at 0.375, 0.375) dragged to about (0.595, 0.455): it snaps so its
    # right edge meets the phone apps' action rail (0.84) and its bottom the comments (0.70).
    end = QPoint(round(start.x() + 0.22 * c.width()), round(start.y() + 0.08 * c.height()))
    qtbot.mousePress(port, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(port, end)
    qtbot.mouseRelease(port, Qt.MouseButton.LeftButton, pos=end)
    assert panel.editor is port and panel.fit.isEnabled()

    def box(o: Orientation) -> Box:
        scene = player.scenes.scene("Screen + camera")
        return next(i.box for i in scene.items(o) if i.source == "image")

    wait_until(
        qtbot,
        lambda: (
            abs(box(Orientation.PORTRAIT).x - 0.59) < 1e-9
            and abs(box(Orientation.PORTRAIT).y - 0.45) < 1e-9
        ),
        what="the 9:16 box snapped to the safe area",
    )
    assert box(Orientation.LANDSCAPE) == Box(0.375, 0.375, 0.25, 0.25)  # 16:9 untouched
    assert player.program == "Camera" and player.preview == "Screen + camera"

    # The next scene's pictures, one per canvas, beside the program's two.
    wait_until(qtbot, lambda: w.scene_preview.isVisible() and w.scene_twin_preview.isVisible(),
               what="both next-scene pictures shown")  # fmt: skip
    assert w.preview.isVisible() and w.twin_preview.isVisible()
    assert "PREVIEW" in w.scene_preview._badge and "16:9" in w.scene_preview._badge
    assert "9:16" in w.scene_twin_preview._badge

    def previews_show_the_edit() -> bool:
        wide, tall = w.scene_preview._image, w.scene_twin_preview._image
        return (
            near(wide, 0.5, 0.5, ORANGE)  # centre of the 16:9 box
            and near(tall, 0.715, 0.575, ORANGE)  # centre of the dragged 9:16 box
            and near(tall, 0.3, 0.85, PURPLE, 14)  # where it no longer is: the background
        )

    wait_until(qtbot, previews_show_the_edit, 20, "the edit in both next-scene pictures")
    tall = w.scene_twin_preview._image
    assert tall is not None and tall.height() == 360 and tall.width() < tall.height()
    # The program (the camera's test pattern, on both canvases) has no orange box yet.
    assert not near(w.preview._image, 0.05, 0.9, PURPLE, 14)
    assert not near(w.twin_preview._image, 0.3, 0.85, PURPLE, 14)
    out = os.environ.get("STUDIO_SCREENSHOTS")
    if out:
        w.grab().save(str(Path(out) / "scenes-studio-mode-two-canvases.png"))

    # Take, by its key (Ctrl+Enter): on air on both canvases; the old program in preview.
    assert "Ctrl+Return" in panel.take.toolTip() or "Ctrl+Enter" in panel.take.toolTip()
    qtbot.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, lambda: player.program == "Screen + camera", what="taken")
    assert player.preview == "Camera"

    def program_shows_the_edit() -> bool:
        return near(w.preview._image, 0.5, 0.5, ORANGE) and near(
            w.twin_preview._image, 0.715, 0.575, ORANGE
        )

    wait_until(qtbot, program_shows_the_edit, 20, "the taken scene on both program previews")

    # A source removed by its row's button: out of every layout; Ctrl+Z puts it back there.
    wait_until(qtbot, lambda: "image" in panel.rows, what="its row")
    qtbot.mouseClick(panel.rows["image"].remove, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: "image" not in player.scenes.source_ids(), what="source removed")
    assert w.act_undo.isEnabled() and "image" in w.act_undo.text()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, lambda: "image" in player.scenes.source_ids(), what="source put back")
    assert abs(box(Orientation.PORTRAIT).x - 0.59) < 1e-9
    assert box(Orientation.LANDSCAPE) == Box(0.375, 0.375, 0.25, 0.25)
    assert player.scenes.source("image").target == str(picture)
    wait_until(qtbot, program_shows_the_edit, 20, "the picture on air again")

    # The scene on air cannot be removed (said); another one can, and comes back, key and all.
    panel.remove_scene("Screen + camera")
    assert "on air" in panel.status.text()
    assert "Screen + camera" in player.scenes.names
    names = list(player.scenes.names)
    wait_until(qtbot, lambda: panel.list.count() == 6, what="the scenes listed")
    panel.list.setCurrentRow(names.index("Ending"))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    wait_until(qtbot, lambda: "Ending" not in player.scenes.names, what="scene removed")
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_until(qtbot, lambda: "Ending" in player.scenes.names, what="scene put back")
    assert player.scenes.names == names and player.scenes.scene("Ending").key == "6"
    assert not panel.can_undo
    # Out of studio mode, its key puts it on air at once.
    panel.studio_mode.setChecked(False)
    qtbot.keyClick(w, Qt.Key.Key_6)
    wait_until(qtbot, lambda: player.program == "Ending", what="switched by key 6")
    qtbot.keyClick(w, Qt.Key.Key_1)
    wait_until(qtbot, lambda: player.program == "Camera", what="switched by key 1")
