"""The show survives the network: reconnects, stalls, dead destinations, recordings kept."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest

from studio.capture.testpattern import TestPatternSource, TestToneSource
from studio.engine.pipeline import Pipeline, PipelineConfig
from studio.engine.stats import Level, Loss, OutputState
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import wait_for
from tests.media import probe


def output_state(p: Pipeline, i: int = 0) -> OutputState:
    return p.stats().outputs[i].state


def video_gaps(path: Path) -> float:
    """The longest hole between consecutive video frames, in seconds."""
    import av

    with av.open(str(path)) as c:
        ts = sorted(
            float(pk.pts * pk.time_base)
            for pk in c.demux(c.streams.video[0])
            if pk.pts is not None and pk.size
        )
    return max(b - a for a, b in itertools.pairwise(ts))


def test_stream_resumes_after_ingest_restart(
    start_show, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    rec = tmp_path / "show.mkv"
    p = start_show(urls=[nginx_rtmp.url("show-key-7f3a")], record=rec)
    wait_for(lambda: output_state(p) == "live", 10, "live")
    time.sleep(3)
    nginx_rtmp.kill()
    wait_for(lambda: output_state(p) == "reconnecting", 10, "reconnecting")
    out = p.stats().outputs[0]
    assert out.retry_in_s is not None and 0 < out.retry_in_s <= 5 and out.attempt == 1
    assert out.last_error is not None and out.last_error.retryable
    assert out.describe().startswith("reconnecting in ") and "(attempt 1)" in out.describe()
    time.sleep(2)
    nginx_rtmp.start()  # same port
    took = wait_for(lambda: output_state(p) == "live", 10, "live again")
    assert took <= 5.0
    time.sleep(2)
    p.stop()
    stats = p.stats()
    assert stats.reconnects == 1
    # The local recording never stopped: no hole longer than two frames.
    assert video_gaps(rec) <= 2 / 30 + 1e-3
    assert probe(rec)["video_frames"] == stats.frames_encoded
    # Both sessions arrived at the server, the second starting on a keyframe.
    _first, second = nginx_rtmp.wait_recordings(2)
    info = probe(second)
    assert info["video_codec"] == "h264" and info["keyframe_times"]
    assert info["duration"] >= 1.5


def test_stalled_server_is_noticed_dropped_honestly_and_recovered(
    start_show, nginx_rtmp: NginxRtmp
) -> None:
    p = start_show(urls=[nginx_rtmp.url("stall")])
    wait_for(lambda: output_state(p) == "live", 10, "live")
    time.sleep(2)
    nginx_rtmp.pause()
    try:
        # Noticed: frames are dropped (counted) and the output leaves 'live' by itself.
        wait_for(lambda: p.stats().frames_dropped > 0, 8, "dropped frames")
        wait_for(lambda: output_state(p) != "live", 10, "stall detected")
        time.sleep(4)  # the server stays frozen ~10 s in all
    finally:
        nginx_rtmp.resume()
    wait_for(lambda: output_state(p) == "live", 20, "live after SIGCONT")
    stats = p.stats()
    assert stats.reconnects >= 1
    assert stats.frames_dropped > 0
    # Audio is never dropped and the pipeline stayed on the clock.
    assert stats.frames_lagged <= 0.01 * stats.frames_encoded + 3


def test_one_dead_destination_does_not_disturb_the_other(
    start_show, nginx_rtmp: NginxRtmp, free_port: int, tmp_path: Path
) -> None:
    dead = f"rtmp://127.0.0.1:{free_port}/live/dead"
    p = start_show(urls=[nginx_rtmp.url("good"), dead], retry_first_connect=True)
    wait_for(lambda: output_state(p, 0) == "live", 10, "good output live")
    time.sleep(6)
    outs = p.stats().outputs
    assert outs[1].state in (OutputState.RECONNECTING, OutputState.CONNECTING)
    p.stop()
    stats = p.stats()
    assert stats.outputs[0].frames_dropped == 0
    [flv] = nginx_rtmp.wait_recordings(1)
    info = probe(flv)
    assert info["fps"] == pytest.approx(30, rel=0.01)
    assert video_gaps(flv) <= 2 / 30 + 1e-3
    assert info["video_frames"] >= stats.frames_encoded - 2


def test_reconnect_now_skips_the_wait(start_show, nginx_rtmp: NginxRtmp) -> None:
    p = start_show(urls=[nginx_rtmp.url("now")])
    wait_for(lambda: output_state(p) == "live", 10, "live")
    nginx_rtmp.kill()
    wait_for(lambda: output_state(p) == "reconnecting", 10, "reconnecting")
    nginx_rtmp.start()
    time.sleep(0.3)
    p.reconnect_now()
    assert wait_for(lambda: output_state(p) == "live", 3, "live after reconnect now") < 2.5


class SlowOverlays:
    """An overlay source that takes 60 ms per frame: a compositor that can't keep up."""

    def layers_at(self, t: float):
        time.sleep(0.06)
        return ()


def test_overload_is_counted_named_and_a_downgrade_suggested(nginx_rtmp, tmp_path) -> None:
    rec = tmp_path / "slow.mkv"
    cfg = PipelineConfig(
        profile="1080p30",
        video=TestPatternSource(),
        audio=TestToneSource(),
        urls=[nginx_rtmp.url("slow")],
        record=rec,
        overlays=SlowOverlays(),
    )
    p = Pipeline(cfg)
    got = []
    p.subscribe(got.append)
    p.start()
    try:
        wait_for(lambda: bool(got), 25, "a suggestion")
        stats = p.stats()
    finally:
        p.stop()
    assert got[0].kind == "profile" and got[0].change == {"profile": "720p30"}
    assert "720p30" in got[0].message
    assert stats.frames_lagged > 0.05 * stats.frames_encoded
    assert stats.slow_part is Loss.LAGGED and "compositor" in stats.slow_part.advice
    assert stats.levels.lagged is Level.ALARM
    # The pipeline stayed on the clock: video frames are spaced by the clock, and the audio
    # never stuttered (its packets are contiguous, 1024 samples = 21.3 ms apart, in ms units).
    import av

    with av.open(str(rec)) as c:
        audio_pts = [pk.pts for pk in c.demux(c.streams.audio[0]) if pk.pts is not None]
    steps_ms = {b - a for a, b in itertools.pairwise(audio_pts)}
    assert steps_ms <= {21, 22}, steps_ms
