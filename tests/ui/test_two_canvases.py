"""A show on two canvases from the window: a 16:9 destination and a 9:16 one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.canvases import Orientation, canvas
from studio.engine.capacity import EncodeCost, load_advice
from studio.engine.stats import CanvasStats, Losses, PipelineStats
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Role, SessionStatus, Target
from studio.ui.broadcast_vm import health_view
from studio.ui.settings_dialog import DestinationDialog
from tests.media import probe
from tests.ui.conftest import Rig, wait_until


@pytest.fixture
def two_apps(tmp_path: Path):
    server = NginxRtmp(tmp_path / "nginx", applications=("live", "vertical")).start()
    try:
        yield server
    finally:
        server.stop()


def preview_size(widget: Any) -> tuple[int, int]:
    img = widget._image
    return (img.width(), img.height()) if img is not None else (0, 0)


def test_both_canvases_previewed_sent_and_recorded(rig: Rig, two_apps: NginxRtmp) -> None:
    studio = rig.studio(
        targets=[
            Target("Desktop", two_apps.url("wide")),
            Target("Phone", two_apps.url("tall", app="vertical"), canvas=Orientation.PORTRAIT),
        ],
        attach=False,
    )
    assert [c.name for c in studio.session.canvases] == ["720p30", "720p30-vertical"]
    # One driver feeds both scenes, on one scene clock.
    wide, tall = studio.session.all_layers
    assert wide.clock is tall.clock
    assert studio.driver is not None and studio.driver.canvases == [wide, tall]
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: preview_size(w.twin_preview) == (202, 360), 20, "9:16 preview")
    wait_until(rig.qtbot, lambda: preview_size(w.preview) == (640, 360), 5, "16:9 preview")
    assert w.twin_preview.isVisible() and w.preview._badge == "16:9 · 720p"
    assert w.twin_preview._badge == "9:16 · 720p"
    wait_until(rig.qtbot, lambda: studio.session.status().load is not None, 30, "the load check")
    w.grab().save(str(rig.tmp / "two-canvases-idle.png"))
    w.act_both.setChecked(False)  # one preview, as chosen
    assert not w.twin_preview.isVisible()
    w.act_both.setChecked(True)

    studio.session.set_recording(True)
    w.go_live()
    wait_until(rig.qtbot, lambda: w.controls.pill.text() == "● LIVE", 20, "live")
    wait_until(
        rig.qtbot, lambda: w.health.destination_states().count("LIVE") == 2, 15, "both streams"
    )
    rig.qtbot.wait(3000)
    view = w.health.view
    assert [d.name for d in view.destinations] == ["Desktop", "Phone", "Recording"]
    assert view.destinations[2].detail == "16:9: REC, 9:16: REC"  # one pill, both said
    shown = {m.key: m for m in view.metrics}
    assert " fps" in shown["canvas-landscape"].text
    assert "720p30-vertical" in shown["canvas-portrait"].tip
    assert w.health.metrics["canvas-portrait"].isVisible()
    wait_until(rig.qtbot, lambda: preview_size(w.twin_preview) == (202, 360), 5, "live 9:16")
    w.grab().save(str(rig.tmp / "two-canvases-live.png"))
    w.controls.go_live.click()
    wait_until(rig.qtbot, lambda: studio.session.state is LiveState.IDLE, 30, "the show ended")
    flvs = sorted(two_apps.wait_recordings(2), key=lambda f: f.name)  # tall.*, wide.*
    sizes = [(probe(f)["width"], probe(f)["height"]) for f in flvs]
    assert sizes == [(720, 1280), (1280, 720)]
    files = studio.session.recording_files
    assert len(files) == 2 and files[1].name.endswith(" vertical.mp4")
    assert [(probe(f)["width"], probe(f)["height"]) for f in files] == [(1280, 720), (720, 1280)]


def test_a_destination_chooses_its_canvas(rig: Rig) -> None:
    dlg = DestinationDialog(None)
    rig.qtbot.addWidget(dlg)
    assert dlg.canvas.currentData() is None  # the profile's canvas unless chosen
    dlg.name.setText("TikTok")
    dlg.url.setText("rtmp://push.example.com/live")
    dlg.key.setText("sk-tall")
    dlg.canvas.setCurrentIndex(dlg.canvas.findData(Orientation.PORTRAIT))
    dlg._check()
    assert dlg.result_dest is not None and dlg.result_dest.canvas is Orientation.PORTRAIT
    again = DestinationDialog(dlg.result_dest)
    rig.qtbot.addWidget(again)
    assert again.canvas.currentData() == Orientation.PORTRAIT  # Qt keeps it as its text


def test_the_overload_advice_is_said_before_going_live(rig: Rig) -> None:
    """A machine that cannot encode both canvases hears it before going live: in the status
    bar (with the one-click step) and in the go-live confirmation."""
    studio = rig.studio(
        targets=[
            Target("Desktop", "rtmp://127.0.0.1:9/live/a"),
            Target("Phone", "rtmp://127.0.0.1:9/live/b", canvas=Orientation.PORTRAIT),
        ],
        attach=False,
    )
    w = rig.window(studio)
    heavy = [EncodeCost(canvas(n), "libx264", 24.0, 20) for n in ("1080p30", "1080p30-vertical")]
    advice = load_advice(heavy, cpus=2)
    assert advice.suggestion is not None and advice.suggestion.change == {"profile": "720p30"}
    assert "Use 720p for both" in advice.suggestion.message
    asked: list[str] = []
    w.confirm = lambda title, text, *a: asked.append(text) or False
    status = studio.session.status()
    w._session_status(SessionStatus(**{**status.__dict__, "load": advice}))
    assert w.toast.text.text() == advice.suggestion.message
    assert w.toast.action.text() == "Use 720p30"
    w.go_live()
    assert asked and advice.suggestion.message in asked[0]  # and the creator can still decide


def test_per_canvas_health_names_the_slow_canvas() -> None:
    wide = CanvasStats("720p30", Orientation.LANDSCAPE, 300, fps=30.0)
    tall = CanvasStats(
        "720p30-vertical", Orientation.PORTRAIT, 270, frames_skipped=30, fps=27.0,
        losses=Losses(0.1, 0.0, 0.0),
    )  # fmt: skip
    stats = PipelineStats(profile="720p30", canvases=(wide, tall), losses=Losses(0.1, 0, 0))
    view = health_view(SessionStatus(LiveState.LIVE, stats=stats))
    metrics = {m.key: m for m in view.metrics}
    assert metrics["canvas-landscape"].level == "ok"
    assert metrics["canvas-portrait"].level == "alarm"
    assert "encoder is too slow" in metrics["canvas-portrait"].tip


def test_a_cohost_sees_both_canvases_overlays(rig: Rig) -> None:
    """The host may send either canvas: a co-host previews the overlays on both (and its
    computer measures no encode: it sends nothing)."""
    studio = rig.studio(role=Role.COHOST, attach=False)
    assert [c.name for c in studio.session.canvases] == ["720p30", "720p30-vertical"]
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: preview_size(w.twin_preview) == (202, 360), 20, "9:16 preview")
    assert w.preview.isVisible() and w.twin_preview.isVisible()
    assert studio.session.status().load is None


def test_the_canvases_follow_the_profile_and_the_destinations(rig: Rig) -> None:
    """A vertical profile makes the 9:16 canvas the main one and keeps a 16:9 canvas for a
    destination that asked for it; without such destinations the show has one canvas."""
    studio = rig.studio(
        targets=[
            Target("Desktop", "rtmp://127.0.0.1:9/live/a", canvas=Orientation.LANDSCAPE),
            Target("Phone", "rtmp://127.0.0.1:9/live/b", canvas=Orientation.PORTRAIT),
        ],
        attach=False,
    )
    session = studio.session
    assert [c.name for c in session.canvases] == ["720p30", "720p30-vertical"]
    session.set_profile("720p30-vertical").result(60)
    assert [c.name for c in session.canvases] == ["720p30-vertical", "720p30"]
    assert session.twin_layers is not None and session.twin_layers.scene.width == 1280
    session.set_canvases([]).result(30)
    assert [c.name for c in session.canvases] == ["720p30-vertical"]
    assert session.twin_layers is None and session.status().load is None
    assert studio.driver is not None and studio.driver.canvases == [session.layers]
