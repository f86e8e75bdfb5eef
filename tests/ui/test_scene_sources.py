"""The Scenes panel's sources (issue 19) on the real window: a source picked in the add
dialog (a camera from the device list, a region of the screen, a media file played once, a
colour; a wrong one said in the dialog, nothing lost), each source's level meter moving with
its sound as mixed, its volume and mute applied to the mix; the window rendered to PNG."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import Qt

from studio.engine.program import SILENCE_DB
from studio.media.scenes import SourceKind
from studio.ui.devices import DeviceLists
from studio.ui.scene_sources import AddSourceDialog, SourceChoice
from tests.engine.clips import upright_picture, write_clip
from tests.engine.test_live_devices import PrivateX, needs_x
from tests.engine.test_live_devices import private_x as private_x  # the fixture
from tests.ui.conftest import Rig, wait_until


def ok(qtbot, dlg: AddSourceDialog) -> None:
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


@needs_x
def test_sources_are_picked_and_mixed_with_their_own_volume(
    rig: Rig, qtbot, tmp_path: Path, private_x: PrivateX, monkeypatch
) -> None:
    # Screen capture reads an X display of this test's own (a shared one may be busy or gone).
    monkeypatch.setenv("DISPLAY", private_x.start().display)
    studio = rig.studio(attach=False)
    w = rig.window(studio)
    panel = w.scenes_panel
    w.dock_scenes.raise_()
    qtbot.mouseClick(panel.use, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: studio.session.player is not None, what="scenes on")
    player = studio.session.player
    assert player is not None
    wait_until(qtbot, lambda: "mic" in panel.rows, what="the source rows")
    mic = panel.rows["mic"]
    assert mic.volume is not None and mic.mute is not None and mic.meter is not None
    assert panel.rows["camera-1"].volume is None  # no sound, no fader

    # The test tone plays in the program ("Camera"): its meter moves.
    wait_until(qtbot, lambda: mic.meter._rms > -40, what="the tone's level on its meter")
    before = player.levels()["mic"][1]
    # Its fader at -20 dB: the mix carries it 20 dB lower.
    mic.volume.setValue(-20)
    wait_until(qtbot, lambda: player.scenes.source("mic").volume_db == -20.0, what="volume applied")
    wait_until(qtbot, lambda: player.levels()["mic"][1] < before - 15, what="the level 20 dB lower")

    def saved_db() -> float | None:
        data = json.loads(studio.scenes_path.read_text())
        return next(s.get("volume_db", 0) for s in data["sources"] if s["id"] == "mic")

    wait_until(qtbot, lambda: saved_db() == -20, what="the volume saved with the scenes")
    # Muted: silent in the mix, the meter at the floor, the fader kept.
    qtbot.mouseClick(mic.mute, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: player.scenes.source("mic").muted, what="muted")
    wait_until(qtbot, lambda: player.levels()["mic"][0] <= SILENCE_DB, what="silent")
    assert mic.db_label is not None and mic.db_label.text() == "muted"
    assert player.scenes.source("mic").volume_db == -20.0

    # The add dialog: a media file, first with no file and a missing one (said, kept open).
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.MEDIA)
    ok(qtbot, dlg)
    assert dlg.isVisible() and dlg.problem.isVisible()
    assert "No file is chosen" in dlg.problem.text()
    dlg.media_path.setText(str(tmp_path / "nope.mp4"))
    ok(qtbot, dlg)
    assert dlg.isVisible() and "does not exist" in dlg.problem.text()
    clip = write_clip(tmp_path / "intro.mp4", upright_picture(640, 360), 2.0, tone_hz=880.0)
    dlg.media_path.setText(str(clip))
    dlg.loop.setChecked(False)  # played once
    out = os.environ.get("STUDIO_SCREENSHOTS")
    if out:
        dlg.grab().save(str(Path(out) / "scenes-add-source.png"))
    ok(qtbot, dlg)
    assert not dlg.isVisible()
    wait_until(qtbot, lambda: "media" in player.scenes.source_ids(), what="the media added")
    media = player.scenes.source("media")
    assert (media.kind, media.target, media.loop) == (SourceKind.MEDIA, str(clip), False)
    assert any(i.source == "media" for i in player.scenes.scene("Camera").landscape)
    # Its sound plays in the program: its own meter moves, at its own level.
    wait_until(qtbot, lambda: "media" in panel.rows, what="its row")
    wait_until(
        qtbot, lambda: player.levels().get("media", (SILENCE_DB,))[0] > -30, what="its sound"
    )
    assert "played once" in panel.rows["media"].title.text()

    # A region of the screen, checked as it is typed.
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.SCREEN)
    dlg.choose_screen(None)  # a region of it
    dlg.region.setText("wide")
    ok(qtbot, dlg)
    assert dlg.isVisible() and "not understood" in dlg.problem.text()
    dlg.region.clear()
    qtbot.keyClicks(dlg.region, "640x360+0+0")  # digits typed here switch no scene
    assert dlg.region.text() == "640x360+0+0"
    ok(qtbot, dlg)
    assert dlg.choice() is not None and dlg.choice().target == "640x360+0+0"
    wait_until(qtbot, lambda: "screen" in player.scenes.source_ids(), what="the screen added")
    assert player.scenes.source("screen").target == "640x360+0+0"
    assert player.program == "Camera"
    # Captured from this test's own X display: its row says nothing is wrong.
    wait_until(qtbot, lambda: "screen" in player.running(), 15, "the screen captured")
    wait_until(qtbot, lambda: "screen" in panel.rows, what="its row")
    assert not panel.rows["screen"].problem.isVisible()

    # A camera from the device list, and a colour (a wrong one said first).
    panel.set_device_lists(
        DeviceLists(
            cameras=(("Test pattern", "test"), ("USB Cam (/dev/video9)", "/dev/video9")),
            microphones=(("Test tone", "test"),),
            encoders=(),
        )
    )
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.CAMERA)
    dlg.camera.setCurrentIndex(dlg.camera.findData("/dev/video9"))
    assert dlg.choice() is None
    assert dlg._read() == SourceChoice(SourceKind.CAMERA, "/dev/video9")
    dlg.reject()  # a camera that is not there would only be a problem: not added here
    dlg = panel.open_add_dialog()
    dlg.set_kind(SourceKind.COLOUR)
    dlg.colour.setText("purple")
    ok(qtbot, dlg)
    assert dlg.isVisible() and "#rrggbb" in dlg.problem.text()
    dlg.colour.setText("#FF8800")
    ok(qtbot, dlg)
    wait_until(qtbot, lambda: "colour" in player.scenes.source_ids(), what="the colour")
    assert player.scenes.source("colour").target == "#ff8800"
    # A picture that cannot be read: its row says why, the show goes on without it.
    sid = panel.add_source(SourceKind.IMAGE, str(tmp_path / "gone.png"))
    assert sid == "image"
    wait_until(qtbot, lambda: "image" in panel.rows, what="its row")
    row = panel.rows["image"]
    wait_until(qtbot, row.problem.isVisible, what="the problem shown")
    assert "gone.png" in row.problem.text()
    if out:
        panel.sources.ensureWidgetVisible(row.problem)
        qtbot.wait(500)
        w.grab().save(str(Path(out) / "scenes-sources.png"))
