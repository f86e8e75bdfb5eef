"""The recording is the show's insurance: it survives a killed app and a full disk."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.media import probe

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
