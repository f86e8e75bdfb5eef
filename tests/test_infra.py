"""The test infrastructure itself, checked with the ffmpeg CLI as a known-good publisher.

If these fail, failures of the engine's integration tests say nothing about the engine.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
from pathlib import Path

import pytest

from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import ListenIngest, PublishAuthServer
from tests.media import make_sync_file, measure_av_offsets, probe

pytestmark = pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs the ffmpeg CLI")


def ffmpeg_push(url: str, seconds: float = 3, size: str = "640x360") -> subprocess.CompletedProcess:
    """Publish a paced test pattern + tone, encoded like the studio does, to `url`."""
    cmd = [
        "ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
        "-re", "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=30",
        "-re", "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000",
        "-t", str(seconds),
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-profile:v", "high",
        "-pix_fmt", "yuv420p", "-g", "60", "-b:v", "1000k",
        "-c:a", "aac", "-ar", "48000", "-ac", "2", "-b:a", "128k",
        "-f", "flv", url,
    ]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


def test_nginx_records_a_stream_pushed_by_ffmpeg(nginx_rtmp: NginxRtmp) -> None:
    result = ffmpeg_push(nginx_rtmp.url("show-key-7f3a"), seconds=3)
    assert result.returncode == 0, result.stderr

    (recording,) = nginx_rtmp.wait_recordings()
    assert recording.name.startswith("show")
    info = probe(recording)
    assert (info["video_codec"], info["width"], info["height"]) == ("h264", 640, 360)
    assert info["video_profile"] == "High"
    assert info["fps"] == pytest.approx(30, rel=0.01)
    assert info["max_keyframe_interval"] <= 2.0
    assert (info["audio_codec"], info["audio_rate"], info["audio_channels"]) == ("aac", 48000, 2)
    assert info["duration"] == pytest.approx(3.0, abs=0.2)


def test_rejecting_ingest_refuses_the_publish(
    nginx_rejecting: NginxRtmp, publish_auth_rejecting: PublishAuthServer
) -> None:
    result = ffmpeg_push(nginx_rejecting.url("wrong-key"), seconds=2)

    assert result.returncode != 0
    assert [c.get("name") for c in publish_auth_rejecting.calls] == ["wrong-key"]
    assert publish_auth_rejecting.calls[0].get("call") == "publish"
    assert nginx_rejecting.recordings() == []


def test_listen_ingest_captures_a_stream(pyav_listen_ingest: ListenIngest) -> None:
    result = ffmpeg_push(pyav_listen_ingest.url, seconds=3, size="320x240")
    assert result.returncode == 0, result.stderr

    info = probe(pyav_listen_ingest.wait())
    assert (info["video_codec"], info["width"], info["height"]) == ("h264", 320, 240)
    assert info["fps"] == pytest.approx(30, rel=0.01)
    assert (info["audio_codec"], info["audio_rate"], info["audio_channels"]) == ("aac", 48000, 2)
    assert info["duration"] == pytest.approx(3.0, abs=0.2)


def test_sync_check_reads_zero_on_the_sync_file_and_catches_a_100ms_shift(tmp_path: Path) -> None:
    clip = make_sync_file(tmp_path / "sync.mkv", seconds=5, size=(320, 180))
    shifted = tmp_path / "shifted.mkv"
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-i", str(clip),
         "-itsoffset", "0.1", "-i", str(clip), "-map", "0:v", "-map", "1:a", "-c", "copy",
         str(shifted)],
        check=True, timeout=60,
    )  # fmt: skip

    in_sync = measure_av_offsets(clip)
    late_audio = measure_av_offsets(shifted)

    assert len(in_sync) == 4  # flashes at 1..4 s (the one at 0 s has no dark frame before it)
    assert max(abs(x) for x in in_sync) < 1.0
    assert len(late_audio) == 4
    assert statistics.median(late_audio) == pytest.approx(100.0, abs=1.0)


def test_sync_check_reads_zero_after_a_trip_through_nginx(
    nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    clip = make_sync_file(tmp_path / "sync.mkv", seconds=4, size=(320, 180))
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-re", "-i", str(clip),
         "-c", "copy", "-f", "flv", nginx_rtmp.url("sync")],
        check=True, timeout=60,
    )  # fmt: skip

    (recording,) = nginx_rtmp.wait_recordings()
    offsets = measure_av_offsets(recording)
    assert len(offsets) >= 3
    assert max(abs(x) for x in offsets) < 2.0  # FLV stamps are whole milliseconds


def _state(pid: int) -> str:
    """Process state letter from /proc ("X" once it is gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "X"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process state from /proc")
def test_nginx_pause_freezes_master_and_worker_and_resume_thaws_them(
    nginx_rtmp: NginxRtmp,
) -> None:
    pids = nginx_rtmp.pids
    assert len(pids) == 2  # master + one worker

    nginx_rtmp.pause()
    paused = [_state(p) for p in pids]
    nginx_rtmp.resume()
    resumed = [_state(p) for p in pids]

    assert paused == ["T", "T"]
    assert "T" not in resumed


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process state from /proc")
@pytest.mark.parametrize("how", ["stop", "kill"])
def test_nginx_leaves_no_process_and_restarts_on_the_same_port(tmp_path: Path, how: str) -> None:
    server = NginxRtmp(tmp_path / "nginx").start()
    try:
        pids, port = server.pids, server.port
        getattr(server, how)()
        assert [_state(p) for p in pids] in (["X", "X"], ["X", "Z"])  # a zombie holds no port

        server.start()
        assert server.port == port
        assert ffmpeg_push(server.url(), seconds=1, size="160x120").returncode == 0
        assert len(server.wait_recordings()) == 1
    finally:
        server.stop()
