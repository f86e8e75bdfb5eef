"""A creator's headless show: what arrives at a real ingest is what the platform expects."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.media import make_sync_file, measure_av_offsets, probe

EXPECTED_STATS = {
    "frames_encoded",
    "frames_skipped",
    "frames_lagged",
    "frames_dropped",
    "reconnects",
    "duration_s",
    "bitrate_kbps",
    "av_offset_ms",
}


def assert_broadcast_format(info: dict, width: int, height: int, seconds: float) -> None:
    assert info["video_codec"] == "h264"
    assert info["video_profile"] == "High"
    assert (info["width"], info["height"]) == (width, height)
    assert info["pix_fmt"] == "yuv420p"
    assert info["fps"] == pytest.approx(30.0, rel=0.01)
    assert info["max_keyframe_interval"] is not None
    assert info["max_keyframe_interval"] <= 2.0 + 1e-3
    assert info["audio_codec"] == "aac"
    assert info["audio_profile"] == "LC"
    assert info["audio_rate"] == 48000
    assert info["audio_channels"] == 2
    assert info["duration"] == pytest.approx(seconds, abs=0.5)


def test_test_show_arrives_at_nginx_as_h264_high_and_aac(
    broadcast, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    run = broadcast(
        "--video", "test", "--audio", "test", "--url", nginx_rtmp.url("show-key-7f3a"),
        "--duration", "6", "--profile", "720p30",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""  # quiet when piped
    [flv] = nginx_rtmp.wait_recordings(1)
    assert_broadcast_format(probe(flv), 1280, 720, 6.0)
    assert run.stats is not None
    assert set(run.stats) >= EXPECTED_STATS
    assert run.stats["frames_encoded"] == pytest.approx(180, abs=3)
    assert run.stats["frames_dropped"] == 0
    assert run.stats["reconnects"] == 0
    assert 2400 < run.stats["bitrate_kbps"] < 3800  # 3000 video + 160 audio, CBR


def test_1080p_to_pyav_listen_ingest_with_recording(
    broadcast, pyav_listen_ingest, tmp_path
) -> None:
    rec = tmp_path / "show.mp4"
    run = broadcast(
        "--video", "test", "--audio", "test", "--url", pyav_listen_ingest.url,
        "--duration", "5", "--profile", "1080p30", "--record", str(rec),
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    arrived = pyav_listen_ingest.wait()
    assert_broadcast_format(probe(arrived), 1920, 1080, 5.0)
    # The recording is remuxed to MP4 from the same packets: same frames, no second encode.
    recorded = probe(rec)
    assert recorded["format"].startswith("mov")
    assert_broadcast_format(recorded, 1920, 1080, 5.0)
    assert recorded["video_frames"] == run.stats["frames_encoded"]
    assert not list(tmp_path.glob("*.recording.mkv"))


def test_test_pattern_flash_and_beep_arrive_together(broadcast, nginx_rtmp: NginxRtmp) -> None:
    run = broadcast(
        "--video", "test", "--audio", "test", "--url", nginx_rtmp.url("sync"), "--duration", "6"
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    [flv] = nginx_rtmp.wait_recordings(1)
    offsets = measure_av_offsets(flv)
    assert len(offsets) >= 4, offsets
    assert abs(statistics.median(offsets)) <= 1000 / 30, offsets


def test_file_source_keeps_av_sync_without_drift(
    broadcast, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    # A 4 s clip looped to 12 s also proves the loop keeps sync.
    clip = make_sync_file(tmp_path / "sync.mp4", seconds=4, size=(640, 360))
    run = broadcast(
        "--video", f"file:{clip}", "--audio", f"file:{clip}", "--url", nginx_rtmp.url("file"),
        "--duration", "12",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    [flv] = nginx_rtmp.wait_recordings(1)
    offsets = measure_av_offsets(flv)
    assert len(offsets) >= 9, offsets
    assert abs(statistics.median(offsets)) <= 1000 / 30, offsets
    first, last = statistics.median(offsets[:3]), statistics.median(offsets[-3:])
    assert abs(last - first) <= 1000 / 30, offsets  # no drift over the run


def test_audio_only_and_video_only(broadcast, nginx_rtmp: NginxRtmp) -> None:
    run = broadcast("--video", "none", "--audio", "test", "--url", nginx_rtmp.url("a"),
                    "--duration", "3")  # fmt: skip
    assert run.returncode == 0, run.stderr
    run = broadcast("--video", "test", "--audio", "none", "--no-audio-track",
                    "--url", nginx_rtmp.url("v"), "--duration", "3")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "silent audio track" not in run.stderr
    recs = {p.name.split("-")[0]: probe(p) for p in nginx_rtmp.wait_recordings(2)}
    assert recs["a"]["audio_codec"] == "aac" and recs["a"]["video_codec"] is None
    assert recs["v"]["video_codec"] == "h264" and recs["v"]["audio_codec"] is None


def test_no_audio_source_sends_a_silent_aac_track_and_says_so(
    broadcast, nginx_rtmp: NginxRtmp
) -> None:
    """YouTube and Facebook do not start a stream without an audio track (OBS always sends
    one): with --audio none the show carries silence, and the creator is told."""
    run = broadcast("--video", "test", "--audio", "none", "--url", nginx_rtmp.url("s"),
                    "--duration", "4")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "No audio source: a silent audio track is sent" in run.stderr
    assert any("silent audio track" in w for w in run.stats["warnings"])
    [flv] = nginx_rtmp.wait_recordings(1)
    info = probe(flv)
    assert info["video_codec"] == "h264" and info["audio_codec"] == "aac"
    assert info["audio_rate"] == 48000 and info["audio_channels"] == 2
    assert info["audio_packets"] >= 4 * 48000 / 1024 - 10
    import av
    import numpy as np

    with av.open(str(flv)) as c:
        pcm = np.concatenate([f.to_ndarray().ravel() for f in c.decode(audio=0)])
    assert len(pcm) > 48000 * 3 and float(np.abs(pcm).max()) == 0.0  # digital silence
