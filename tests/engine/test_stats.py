"""Typed statistics, JSON only at the edge, and the pipeline's word when outputs fail for good."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.capture.testpattern import TestPatternSource, TestToneSource
from studio.engine.events import DestinationsFailed, Failure, RecordingFailed
from studio.engine.pipeline import Pipeline, PipelineConfig
from studio.engine.stats import OutputKind, OutputState
from studio.errors import ConnectionRefused, RecordingError, StreamKeyRejected
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import wait_for

# The --stats-json keys users and tests read: unchanged by the typed snapshot (two canvases
# added "canvases", and each output's "canvas"; no key was renamed or removed).
TOP_KEYS = {
    "state", "encoder", "profile", "frames_encoded", "frames_skipped", "frames_lagged",
    "frames_dropped", "reconnects", "duration_s", "fps", "bitrate_kbps", "bitrate_recent_kbps",
    "av_offset_ms", "latency_ms_p50", "latency_ms_p95", "cpu_percent", "levels", "slow_part",
    "suggestion", "warnings", "outputs", "canvases",
}  # fmt: skip
OUTPUT_KEYS = {
    "name", "canvas", "state", "status", "reconnects", "frames_sent", "frames_dropped",
    "frames_lost_in_flight", "send_buffer_ms", "bytes_sent", "error",
}  # fmt: skip


@pytest.fixture
def heard_show() -> Iterator[Callable[..., tuple[Pipeline, Heard]]]:
    """Start a test-pattern show whose failure listener is subscribed before it starts."""
    made: list[Pipeline] = []

    def start(**kw: Any) -> tuple[Pipeline, Heard]:
        kw.setdefault("video", TestPatternSource())
        kw.setdefault("audio", TestToneSource())
        heard = Heard()
        p = Pipeline(PipelineConfig(**kw))
        made.append(p)
        p.on_failure(heard)
        p.start()
        return p, heard

    yield start
    for p in made:
        p.stop()


class Heard:
    """A failure listener that remembers every event, and on which thread it came."""

    def __init__(self) -> None:
        self.events: list[Failure] = []
        self.threads: list[str] = []

    def __call__(self, event: Failure) -> None:
        self.events.append(event)
        self.threads.append(threading.current_thread().name)


def test_a_live_show_in_typed_stats_and_the_same_json_as_ever(
    start_show, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    p = start_show(urls=[nginx_rtmp.url("typed")], record=tmp_path / "show.mkv")
    wait_for(lambda: p.stats().state is OutputState.LIVE, 10, "live")
    wait_for(lambda: p.stats().frames_encoded >= 60, 10, "two seconds of frames")
    s = p.stats()
    assert [o.kind for o in s.outputs] == [OutputKind.STREAM, OutputKind.RECORDING]
    assert s.recording is not None and s.recording.state is OutputState.RECORDING
    assert s.streams[0].reached and s.streams[0].error is None and s.streams[0].attempt == 0
    assert s.profile == "720p30" and s.encoder and s.slow_part is None
    doc = json.loads(json.dumps(s.to_json()))
    assert set(doc) == TOP_KEYS
    assert all(set(o) == OUTPUT_KEYS for o in doc["outputs"])
    assert doc["state"] == "live" and doc["levels"] == {
        "skipped": "ok",
        "lagged": "ok",
        "dropped": "ok",
    }
    assert [o["name"] for o in doc["outputs"]][1] == "recording"
    assert doc["frames_encoded"] == s.frames_encoded and doc["warnings"] == []
    [one] = doc["canvases"]  # one canvas: its figures are the show's
    assert one["profile"] == "720p30" and one["orientation"] == "landscape"
    assert one["frames_encoded"] == doc["frames_encoded"]
    assert {o["canvas"] for o in doc["outputs"]} == {"720p30"}


def test_every_destination_failing_is_one_event_that_ends_the_show(
    heard_show, nginx_rejecting: NginxRtmp, publish_auth_rejecting, free_port: int, tmp_path
) -> None:
    p, heard = heard_show(
        urls=[nginx_rejecting.url("wrong-key"), f"rtmp://127.0.0.1:{free_port}/live/x"],
        record=tmp_path / "show.mkv",
    )
    wait_for(lambda: heard.events, 10, "the failure event")
    wait_for(lambda: all(o.fatal for o in p.outputs[:2]), 10, "both destinations failed")
    stats = p.stats()
    p.stop()
    [event] = heard.events  # once, when the last destination failed; the recording went on
    assert isinstance(event, DestinationsFailed) and event.ends_show
    assert isinstance(event.error, StreamKeyRejected | ConnectionRefused)
    assert heard.threads[0].startswith("output-")
    keyed, refused = stats.streams
    assert keyed.state is OutputState.FAILED and keyed.error is not None
    assert not keyed.error.retryable and "refused to publish" in keyed.error.message
    assert refused.error is not None and refused.error.retryable
    assert stats.recording is not None and stats.recording.error is None
    assert stats.warnings == ()  # the show is over: not a warning beside a running show
    assert stats.describe_state().startswith("failed: ")
    assert len(publish_auth_rejecting.calls) == 1


def test_one_failed_destination_is_a_warning_named_by_output_not_an_event(
    heard_show, nginx_rtmp: NginxRtmp, free_port: int
) -> None:
    p, heard = heard_show(urls=[nginx_rtmp.url("good"), f"rtmp://127.0.0.1:{free_port}/live/dead"])
    wait_for(lambda: p.outputs[1].fatal is not None, 10, "the dead destination to fail")
    wait_for(lambda: p.stats().streams[0].state is OutputState.LIVE, 10, "the good one live")
    stats = p.stats()
    assert heard.events == []
    [warning] = stats.warnings
    assert warning.output == stats.streams[1].name and warning.output.startswith("#2 ")
    assert "****" in warning.output or "dead" not in warning.output  # the key stays masked
    assert str(warning).startswith(f"{warning.output}: ")
    assert p.fatal_error() is None


def test_a_recording_that_fails_tells_the_listeners(heard_show, tmp_path: Path) -> None:
    """Recording only, onto a device that is always full: RecordingFailed ends the show."""
    if not os.path.exists("/dev/full"):
        pytest.skip("needs /dev/full")
    rec = tmp_path / "show.mkv"
    rec.symlink_to("/dev/full")
    p, heard = heard_show(record=rec)
    wait_for(lambda: heard.events, 15, "the recording failure")
    [event] = heard.events
    assert isinstance(event, RecordingFailed) and event.ends_show and event.path == rec
    assert isinstance(event.error, RecordingError) and "disk is full" in event.error.message
    assert p.fatal_error() is event.error
    s = p.stats()
    assert s.recording is not None and s.recording.state is OutputState.FAILED
    assert s.recording.error is not None and not s.recording.error.retryable
