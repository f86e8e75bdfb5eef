"""A screen source added through the window's add-source dialog (issue 19): the dialog lists
what can be captured (the whole X display, each monitor when Qt runs on it, each window), the
source shows the screen's (or the window's) real picture in the composed preview (x11grab of a
private Xvfb showing known pictures, checked by their pixels); where the screen cannot be
captured (no X display, a Wayland session) the dialog says why, with a hint, and adds
nothing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from studio.capture.screen import screen_problem
from studio.media.scenes import Box, SourceKind
from tests.engine.clips import BG_Y, MARKER_Y, SQUARE_Y, upright_picture, write_still
from tests.engine.test_live_devices import PrivateX, needs_x
from tests.engine.test_live_devices import private_x as private_x  # the fixture
from tests.ui.conftest import Rig, wait_until

WINDOW_Y = 200  # the captured window's flat grey


def grey(img: QImage | None, fx: float, fy: float) -> float:
    """Mean of R, G, B at (fx, fy), shares of the picture (-1 without a picture)."""
    if img is None:
        return -1.0
    c = QColor(img.pixel(int(fx * (img.width() - 1)), int(fy * (img.height() - 1))))
    return (c.red() + c.green() + c.blue()) / 3


def ok(qtbot, dlg) -> None:
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


@needs_x
def test_a_screen_added_in_the_dialog_shows_its_picture_in_the_preview(
    rig: Rig, qtbot, tmp_path: Path, private_x: PrivateX, monkeypatch
) -> None:
    # The X display shows the upright test picture over the whole 1920x1080 screen.
    slide = write_still(tmp_path / "slide.png", upright_picture(1920, 1080))
    monkeypatch.setenv("DISPLAY", private_x.start(slide).display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    studio = rig.studio(attach=False)
    w = rig.window(studio)
    panel = w.scenes_panel
    w.dock_scenes.raise_()
    qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None and player.program == "Camera"

    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.SCREEN)
    assert dlg.pages.currentWidget().isVisible() and not dlg.problem.isVisible()
    # The whole display first, named; a region last.
    assert dlg.screen_choice.itemData(0) == ""
    assert private_x.display in dlg.screen_choice.itemText(0)
    assert dlg.screen_choice.itemData(dlg.screen_choice.count() - 1) is None
    dlg.choose_screen("")
    ok(qtbot, dlg)
    assert not dlg.isVisible()
    wait_until(qtbot, lambda: "screen" in player.scenes.source_ids(), what="the screen added")
    item = next(i for i in player.scenes.scene("Camera").landscape if i.source == "screen")
    assert item.box == Box(0.375, 0.375, 0.25, 0.25)
    wait_until(qtbot, lambda: "screen" in player.running(), 15, "the screen captured")

    # Its picture in the program preview, in its box: the square (bright) in the middle, the
    # field (dark) around it, the marker (grey) near its top-left corner.
    def shows_the_screen() -> bool:
        img = w.preview._image
        return (
            abs(grey(img, 0.515, 0.48) - SQUARE_Y) < 25
            and abs(grey(img, 0.40, 0.58) - BG_Y) < 25
            and abs(grey(img, 0.3925, 0.405) - MARKER_Y) < 25
        )

    wait_until(qtbot, shows_the_screen, 20, "the screen's picture in the preview")
    wait_until(qtbot, lambda: "screen" in panel.rows, what="its row")
    assert not panel.rows["screen"].problem.isVisible()

    # One window of the display: a flat grey picture in a window of its own, partly over the
    # slide; picked by its title in the list, captured on its own.
    flat = write_still(tmp_path / "flat-grey.png", np.full((360, 640), WINDOW_Y, np.uint8))
    private_x.procs.append(
        subprocess.Popen(
            ["display", "-borderwidth", "0", "-geometry", "+200+200", str(flat)],
            env={**os.environ, "DISPLAY": private_x.display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    qtbot.wait(1500)  # the window maps and paints
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.SCREEN)

    def window_entry() -> int:
        texts = [dlg.screen_choice.itemText(i) for i in range(dlg.screen_choice.count())]
        return next((i for i, t in enumerate(texts) if "flat-grey.png" in t), -1)

    wait_until(qtbot, lambda: window_entry() >= 0, 10, "the window listed")
    assert "640×360" in dlg.screen_choice.itemText(window_entry())
    dlg.screen_choice.setCurrentIndex(window_entry())
    target = dlg.screen_choice.currentData()
    assert target.startswith("window=0x")
    ok(qtbot, dlg)
    wait_until(qtbot, lambda: "screen-2" in player.scenes.source_ids(), what="the window added")
    assert player.scenes.source("screen-2").target == target
    wait_until(qtbot, lambda: "screen-2" in player.running(), 15, "the window captured")

    def shows_the_window() -> bool:  # its box (over the first one's): flat grey all over
        img = w.preview._image
        return all(
            abs(grey(img, fx, fy) - WINDOW_Y) < 20
            for fx, fy in ((0.515, 0.48), (0.40, 0.58), (0.3925, 0.405), (0.6, 0.6))
        )

    wait_until(qtbot, shows_the_window, 20, "the window's picture in the preview")

    # The 'Screen + camera' scene was made with no screen: one added to it goes where the
    # template puts it (the whole canvas under the camera's corner; on 9:16 across the top).
    panel.pick("Screen + camera")
    wait_until(qtbot, lambda: player.program == "Screen + camera", what="the PiP on air")
    sid = panel.add_source(SourceKind.SCREEN, "")
    wait_until(qtbot, lambda: sid in player.scenes.source_ids(), what="the screen in the PiP")
    pip = player.scenes.scene("Screen + camera")
    assert [i.source for i in pip.landscape] == ["background", sid, "camera-1"]
    assert pip.landscape[1].box == Box(0.0, 0.0, 1.0, 1.0)
    assert [i.source for i in pip.portrait] == ["background", sid, "camera-1"]
    assert pip.portrait[1].box.y + pip.portrait[1].box.h <= 0.42

    def shows_the_pip() -> bool:  # the slide full (its square, its field), the camera on top
        img = w.preview._image
        return (
            abs(grey(img, 0.515, 0.48) - SQUARE_Y) < 25
            and abs(grey(img, 0.3, 0.85) - BG_Y) < 25
            and abs(grey(img, 0.82, 0.18) - BG_Y) > 25
        )

    wait_until(qtbot, shows_the_pip, 20, "the screen under the camera's corner")


def test_a_screen_that_cannot_be_captured_is_said_in_the_dialog(
    rig: Rig, qtbot, monkeypatch
) -> None:
    studio = rig.studio(attach=False)
    w = rig.window(studio)
    panel = w.scenes_panel
    qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None
    before = player.scenes

    # A Wayland session: said on the screen page, with the way out; OK adds nothing.
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    problem = screen_problem()
    assert problem is not None and "Wayland" in problem.message and problem.hint
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.SCREEN)
    # Said as soon as Screen is picked, under the form, before OK.
    assert dlg.problem.isVisible() and "Wayland" in dlg.problem.text()
    assert "X11 session" in dlg.problem.text() and not dlg.screen_choice.isEnabled()
    ok(qtbot, dlg)
    assert dlg.isVisible() and "Wayland" in dlg.problem.text()
    dlg.reject()
    # No X display at all (a console, a service): said likewise.
    monkeypatch.setenv("XDG_SESSION_TYPE", "tty")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.SCREEN)
    assert "no X display" in dlg.problem.text() and "DISPLAY" in dlg.problem.text()
    ok(qtbot, dlg)
    assert dlg.isVisible() and dlg.problem.isVisible()
    # Another kind still works from the same dialog.
    dlg.set_kind(SourceKind.COLOUR)
    dlg.colour.setText("#336699")
    ok(qtbot, dlg)
    wait_until(qtbot, lambda: "colour" in player.scenes.source_ids(), what="the colour added")
    assert "screen" not in player.scenes.source_ids()
    assert [s.id for s in before.sources] == [
        s for s in player.scenes.source_ids() if s != "colour"
    ]
