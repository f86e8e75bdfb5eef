"""Ingest health from a real RTMP stream: a PyAV publisher, a real ingest, the real API."""

from __future__ import annotations

import statistics
import subprocess
import sys
import threading
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from studio.platform.models import IngestReport
from studio.sandbox.ingest import ApiReporter, IngestWatcher, ListenIngest
from studio.sandbox.nginx_rtmp import NginxRtmp, free_tcp_port
from tests.sandbox.conftest import Platform

ROOT = Path(__file__).resolve().parents[2]


def publish(url: str, seconds: float, fps: int = 15, stop: threading.Event | None = None) -> None:
    """Push a small paced H.264 test picture to `url` (FLV over RTMP)."""
    with av.open(url, mode="w", format="flv") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        stream.options = {"preset": "ultrafast", "tune": "zerolatency"}
        stream.codec_context.time_base = Fraction(1, fps)
        start = time.monotonic()
        for i in range(int(seconds * fps)):
            if stop is not None and stop.is_set():
                break
            img = np.full((240, 320, 3), (i * 5) % 255, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24")
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
            lag = start + (i + 1) / fps - time.monotonic()
            if lag > 0:
                time.sleep(lag)
        for packet in stream.encode():
            out.mux(packet)


def wait_for(predicate, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("condition not met")
        time.sleep(0.05)


def test_listen_ingest_reports_a_real_stream_to_the_platform(fresh_platform: Platform) -> None:
    p = fresh_platform
    reports: list[IngestReport] = []
    api = ApiReporter(p.server.api_url, p.server.show_id, p.server.host_token)

    def report(r: IngestReport) -> None:
        reports.append(r)
        api(r)

    port = free_tcp_port()
    with ListenIngest(port, report, interval_s=0.5) as ingest:
        publisher = threading.Thread(target=publish, args=(f"{ingest.url}/key", 2.5))
        publisher.start()
        wait_for(lambda: any(r.video_arriving for r in reports))
        publisher.join()
        wait_for(lambda: reports and not reports[-1].video_arriving)
    live = [r for r in reports if r.video_arriving]
    assert live[-1].width == 320 and live[-1].height == 240
    # The publisher sends 15 fps; one 0.5 s report can see a bunch delivered after a stall
    # on a busy machine (37.5 once), so the typical report is what must be near 15.
    assert 8 <= statistics.median(r.fps for r in live) <= 25
    assert max(r.bitrate_kbps for r in live) > 0
    events = p.cohost.get(f"{p.show}/events", params={"limit": 1000}).json()["items"]
    states = [e["data"]["state"] for e in events if e["type"] == "ingest.changed"]
    assert states[0] in ("receiving", "degraded") and states[-1] == "offline"
    assert p.cohost.get(f"{p.show}/ingest-health").json()["state"] == "offline"


def publish_elsewhere(url: str, seconds: float) -> subprocess.Popen[bytes]:
    """Publish from another process: PyAV holds the GIL while it connects and waits for the
    ingest's answer, which would freeze this process's publish hook until nginx gives up."""
    code = f"from tests.sandbox.test_ingest_health import publish; publish({url!r}, {seconds})"
    return subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def test_nginx_ingest_checks_keys_with_the_platform_and_is_watched(
    tmp_path: Path, fresh_platform: Platform
) -> None:
    p = fresh_platform
    hook = p.server.on_publish_url
    with NginxRtmp(tmp_path / "nginx", on_publish_url=hook, record=False) as nginx:
        refused = publish_elsewhere(nginx.url("sk_live_not-the-key"), 1.0)
        assert refused.wait(30) != 0
        assert b"Input/output error" in (refused.stderr.read() if refused.stderr else b"")
        reports: list[IngestReport] = []
        url = nginx.url(p.server.stream_key)
        publisher = publish_elsewhere(url, 8.0)
        try:
            with IngestWatcher(url, reports.append, interval_s=0.5, read_timeout_s=2.0):
                wait_for(lambda: any(r.video_arriving for r in reports), timeout=15)
        finally:
            publisher.kill()
            publisher.wait()
    live = [r for r in reports if r.video_arriving]
    assert live[-1].width == 320 and live[-1].source == "rtmp-play"
