"""Highlights end to end in the real window (issue 21): live on a 9:16 canvas with the
recording on, the host presses F7 twice; after the show the Resellers dock cuts each marked
moment from the recording into a vertical clip of the right length that ffprobe plays."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.canvases import Orientation
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from tests.report.test_highlights import probe
from tests.ui.conftest import Rig, wait_until


@pytest.fixture
def ingest(tmp_path: Path):
    server = NginxRtmp(tmp_path / "nginx", applications=("vertical",)).start()
    try:
        yield server
    finally:
        server.stop()


def test_marked_moments_become_vertical_clips(rig: Rig, ingest: NginxRtmp) -> None:
    studio = rig.studio(
        targets=[Target("Phone", ingest.url("tall", app="vertical"), canvas=Orientation.PORTRAIT)],
        attach=False,
    )
    w = rig.window(studio)
    w.hotkeys._shortcuts["mark_highlight"].activated.emit()  # before the show: no recording
    assert "turn recording on" in w.resellers.status.text()
    studio.session.set_recording(True)
    w.go_live()
    wait_until(rig.qtbot, lambda: w.controls.pill.text() == "● LIVE", 30, "live")
    rig.qtbot.wait(2500)
    w.hotkeys._shortcuts["mark_highlight"].activated.emit()  # the F7 shortcut's own signal
    rig.qtbot.wait(1500)
    w.hotkeys._shortcuts["mark_highlight"].activated.emit()
    marks = studio.session.highlight_marks
    assert len(marks) == 2 and 1.5 < marks[0].at_s < marks[1].at_s
    assert "Highlight 2 marked at 0:0" in w.resellers.status.text()
    rig.qtbot.wait(2000)
    w.controls.go_live.click()
    wait_until(rig.qtbot, lambda: studio.session.state is LiveState.IDLE, 30, "the show ended")
    future = w.resellers.write_clips(rig.tmp / "clips")
    assert future is not None
    clips = future.result(timeout=120)
    assert [c.name for c in clips] == ["highlight-01.mp4", "highlight-02.mp4"]
    for clip, mark in zip(clips, marks, strict=True):
        duration, frames, width, height = probe(clip)
        assert height > width  # vertical
        rec_len = probe(studio.session.recording_files[0])[0]
        want = min(15.0, rec_len - mark.at_s)
        assert duration == pytest.approx(want, abs=0.2), (clip.name, duration, want)
        assert frames > 0
