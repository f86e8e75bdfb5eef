"""The recording is the show's insurance: it survives a killed app and a full disk."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import wait_for
from tests.media import measure_av_offsets, probe

STUDIO = [sys.executable, "-m", "studio.cli", "broadcast"]


def test_recording_is_playable_after_the_app_is_killed(nginx_rtmp: NginxRtmp, tmp_path: Path):
    rec = tmp_path / "show.mp4"
    proc = subprocess.Popen([*STUDIO, "--url", nginx_rtmp.url("k"), "--record", str(rec)])
    partial = tmp_path / "show.mp4.recording.mkv"
    deadline = time.monotonic() + 30
    while not (partial.exists() and partial.stat().st_size > 50_000):  # the show is on
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.1)
    time.sleep(5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert partial.exists() and not rec.exists()
    info = probe(partial)  # Matroska cut mid-cluster still plays up to the fault
    assert info["video_codec"] == "h264" and info["audio_codec"] == "aac"
    assert info["duration"] > 3.5  # ~5 s recorded; at most about a second lost at the kill
    assert info["video_frames"] > 3.5 * 30


def _limit_file_size() -> None:
    limit = 600_000  # bytes: about 1.5 s of the show
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes fail with EFBIG instead


def test_full_disk_stops_the_recording_not_the_show(nginx_rtmp: NginxRtmp, tmp_path: Path):
    rec, stats = tmp_path / "show.mkv", tmp_path / "stats.json"
    out = subprocess.run(
        [*STUDIO, "--url", nginx_rtmp.url("disk"), "--record", str(rec), "--duration", "5",
         "--stats-json", str(stats)],
        capture_output=True, text=True, timeout=60, preexec_fn=_limit_file_size,
    )  # fmt: skip
    assert "Traceback" not in out.stderr
    assert "Recording failed" in out.stderr or "disk is full" in out.stderr, out.stderr
    data = json.loads(stats.read_text())
    rtmp = next(o for o in data["outputs"] if o["name"] != "recording")
    assert rtmp["frames_sent"] >= 140 and rtmp["frames_dropped"] == 0  # the show went on
    assert next(o for o in data["outputs"] if o["name"] == "recording")["state"] == "failed"
    [flv] = nginx_rtmp.wait_recordings(1)
    assert probe(flv)["duration"] > 4.5
    assert probe(rec)["video_frames"] > 10  # what was written before the fault still plays


MID_SHOW_S = 60.0


def test_a_recording_started_mid_show_begins_at_zero_in_sync(
    nginx_rtmp: NginxRtmp, tmp_path: Path, start_show: Any
) -> None:
    """Record toggled on a minute into the show: the file starts at 0 and the beeps of the
    test tone fall on the white flashes of the test pattern within one frame."""
    import av

    p = start_show(urls=[nginx_rtmp.url("mid")])
    wait_for(lambda: p.clock.now() >= MID_SHOW_S, MID_SHOW_S + 30, "a minute of show")
    rec = tmp_path / "mid.mkv"
    p.start_recording(rec)
    wait_for(lambda: p.clock.now() >= MID_SHOW_S + 9, 30, "seconds recorded")
    (path,) = p.stop_recording()
    with av.open(str(path)) as c:
        firsts = {}
        for pkt in c.demux():
            if pkt.pts is not None and pkt.stream.type not in firsts:
                firsts[pkt.stream.type] = float(pkt.pts * pkt.time_base)
            if len(firsts) == 2:
                break
    assert firsts["video"] == 0.0, firsts
    assert abs(firsts["audio"]) < 1 / 30, firsts  # sound starts with the picture
    offsets = measure_av_offsets(path)
    assert len(offsets) >= 4, offsets  # a flash and a beep each second from the keyframe on
    assert max(abs(o) for o in offsets) < 1000 / 30, offsets


def test_a_recording_stopped_before_its_first_keyframe_leaves_no_broken_file(
    nginx_rtmp: NginxRtmp, tmp_path: Path, start_show: Any
) -> None:
    """Record toggled on and off at once: no 'finishing the recording failed', no empty or
    headerless file; if a keyframe slipped in, the file plays."""
    from studio.engine.stats import OutputState

    p = start_show(urls=[nginx_rtmp.url("flick")])
    wait_for(lambda: p.clock.now() >= 3.0, 30, "the show running")
    folder = tmp_path / "recordings"
    rec = p.start_recording(folder / "flick.mp4")
    files = p.stop_recording()
    assert rec.fatal is None and rec.state == OutputState.STOPPED
    for f in files:
        assert probe(f)["video_codec"] == "h264"
    if not files:
        assert rec.empty and list(folder.iterdir()) == []
