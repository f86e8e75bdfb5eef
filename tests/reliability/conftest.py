"""Shared parts of the reliability suite: a running show, a faulty link, and the ledger checks.

Every fault test ends with the same questions, so they are asked here once:
- was every encoded frame either sent or counted as dropped (`assert_output_ledger`)?
- did what arrived at the ingest hold no duplicate and no more than what was sent, losing at
  most what was in flight at each fault (`assert_ingest_ledger`)?
- does the local recording play from start to end without a hole (`assert_recording_whole`)?
"""

from __future__ import annotations

import itertools
import subprocess
from collections.abc import Iterator
from pathlib import Path

import av
import pytest

from studio.engine.pipeline import Pipeline
from studio.engine.stats import OutputState, OutputStats, PipelineStats
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import wait_for
from tests.reliability.faultproxy import FaultProxy

__all__ = ["wait_for"]  # the test modules import it from here, as before

FPS = 30
# What one connection may lose when it dies: the output holds back once the server has not
# confirmed ~1.5 s of stream (RtmpOutput.max_inflight), plus the message being written.
IN_FLIGHT_FRAMES = int(1.5 * FPS) + 5
AAC_FRAME_S = 1024 / 48000  # one AAC frame: 21.3 ms


@pytest.fixture
def proxy(nginx_rtmp: NginxRtmp) -> Iterator[FaultProxy]:
    """A fault proxy in front of the test's nginx-rtmp."""
    px = FaultProxy(nginx_rtmp.port)
    try:
        yield px
    finally:
        px.close()


def output(p: Pipeline, i: int = 0) -> OutputStats:
    return p.stats().outputs[i]


def is_live(p: Pipeline, i: int = 0) -> bool:
    return output(p, i).state is OutputState.LIVE


def packet_times(path: Path, kind: str = "video") -> list[float]:
    """Presentation times (s) of every non-empty packet of the first `kind` stream."""
    with av.open(str(path)) as c:
        streams = c.streams.video if kind == "video" else c.streams.audio
        if not streams:
            return []
        return sorted(
            float(pk.pts * pk.time_base)
            for pk in c.demux(streams[0])
            if pk.pts is not None and pk.size
        )


def audio_unbroken(path: Path) -> bool:
    """Every audio packet follows the previous one by exactly one AAC frame (give or take the
    container's millisecond rounding): no gap, no overlap, nothing dropped."""
    steps = [b - a for a, b in itertools.pairwise(packet_times(path, "audio"))]
    return bool(steps) and all(abs(s - AAC_FRAME_S) <= 0.0011 for s in steps)


def assert_recording_whole(path: Path, stats: PipelineStats) -> None:
    """The local recording holds every encoded frame and unbroken audio; any hole in the
    video is one the engine counted (a tick the compositor missed or the encoder skipped on
    this shared machine), never one the network or a fault made."""
    video = packet_times(path)
    assert len(video) == stats.frames_encoded, (len(video), stats.frames_encoded)
    missing = sum(round((b - a) * FPS) - 1 for a, b in itertools.pairwise(video))
    counted = stats.frames_lagged + stats.frames_skipped
    assert missing <= counted, f"{missing} frames missing from the recording, {counted} counted"
    assert audio_unbroken(path), "the recording's audio has a gap"


def assert_output_ledger(out: OutputStats, frames_encoded: int, final: bool = True) -> None:
    """Every encoded frame was either handed to the network or counted as dropped."""
    accounted = out.frames_sent + out.frames_dropped
    if final:
        assert accounted == frames_encoded, (out, frames_encoded)
    else:  # mid-show: the rest is still queued
        assert accounted <= frames_encoded


def assert_ingest_ledger(recordings: list[Path], out: OutputStats, faults: int) -> dict[str, int]:
    """What reached the ingest: no frame twice, nothing not sent (but some of those a dying
    connection took unconfirmed, which were counted as dropped: `frames_lost`), and no
    silent loss beyond what was in flight when each of `faults` connections died. Returns
    the figures."""
    times = [t for f in recordings for t in packet_times(f)]
    keyed = [round(t * 1000) for t in times]
    assert len(keyed) == len(set(keyed)), "a frame arrived twice"
    received, sent = len(times), out.frames_sent
    assert received <= sent + out.frames_lost, (received, sent, out.frames_lost)
    lost = sent - received
    assert lost <= faults * IN_FLIGHT_FRAMES, (lost, faults)
    return {"received": received, "sent": sent, "lost_in_flight": lost,
            "counted_lost_in_flight": out.frames_lost}  # fmt: skip


def decode_errors(path: Path) -> str:
    """FFmpeg's complaints when decoding the file completely ('' when it is clean)."""
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-nostdin", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return out.stderr.strip()
