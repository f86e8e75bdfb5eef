"""Ingest health: measure what actually arrives at the RTMP ingest and tell the platform.

Two ways to watch a stream, one meter:
- `IngestWatcher` plays the stream back from an ingest that relays it (nginx-rtmp with
  `live on`: `rtmp://host:port/live/KEY`) and measures the packets it receives;
- `ListenIngest` *is* the ingest (PyAV listen mode, when nginx is not installed) and measures
  what the publisher sends.
Both call `report(IngestReport)` every `interval_s`, and report "not arriving" when the stream
stops or cannot be reached. `ApiReporter` posts those reports to the platform's
`POST /v1/shows/{id}/ingest-health`, which turns them into `ingest.changed` events.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
import uuid
from collections.abc import Callable

import av
import requests

from studio.platform.models import IngestReport
from studio.redact import mask_url, redact, register_secret

log = logging.getLogger(__name__)

Report = Callable[[IngestReport], None]

# Live input: probe briefly (FLV's default analysis waits seconds for an audio stream that a
# video-only publisher never sends), and hand packets over as they arrive.
LIVE_OPTIONS = {"analyzeduration": "500000", "probesize": "65536", "fflags": "nobuffer"}
# Playing back a stream that is already running: probe long enough to meet a keyframe (up to
# 4 s apart) or the video stream may never be found and the show reported as "no video".
PLAY_OPTIONS = {**LIVE_OPTIONS, "analyzeduration": "5000000", "probesize": "2000000"}

OFFLINE = IngestReport(video_arriving=False, audio_arriving=False, bitrate_kbps=0.0, fps=0.0)


class StreamMeter:
    """Bitrate and frame rate over the packets seen since the last `sample()`."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.width: int | None = None
        self.height: int | None = None
        self._reset(clock())

    def _reset(self, now: float) -> None:
        self._since = now
        self._bytes = 0
        self._video = 0
        self._audio = 0

    def add(self, packet: av.Packet[av.stream.Stream]) -> None:
        if packet.size <= 0:  # demuxers flush with empty packets
            return
        self._bytes += packet.size
        kind = packet.stream.type
        if kind == "video":
            self._video += 1
            ctx = packet.stream.codec_context
            if isinstance(ctx, av.VideoCodecContext):
                self.width, self.height = ctx.width or self.width, ctx.height or self.height
        elif kind == "audio":
            self._audio += 1

    def due(self, interval_s: float) -> bool:
        return self.clock() - self._since >= interval_s

    def sample(self, source: str) -> IngestReport:
        now = self.clock()
        span = max(now - self._since, 1e-3)
        report = IngestReport(
            video_arriving=self._video > 0,
            audio_arriving=self._audio > 0,
            bitrate_kbps=round(self._bytes * 8 / span / 1000, 1),
            fps=round(self._video / span, 1),
            width=self.width if self._video else None,
            height=self.height if self._video else None,
            source=source,
        )
        self._reset(now)
        return report


class _Worker:
    """A background thread that keeps measuring until `stop()`."""

    source = "ingest"

    def __init__(self, report: Report, interval_s: float) -> None:
        self.report = report
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_arriving = False

    def start(self) -> _Worker:
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _send(self, report: IngestReport) -> None:
        try:
            self.report(report)
        except Exception as exc:  # the platform being down must not stop the measuring
            log.warning("could not report ingest health: %s", redact(str(exc)))

    def _offline(self) -> None:
        self._send(OFFLINE.model_copy(update={"source": self.source}))

    def _measure(self, container: av.container.InputContainer) -> None:
        meter = StreamMeter()
        for packet in container.demux():
            if self.stopping:
                return
            meter.add(packet)
            if meter.due(self.interval_s):
                self._send(meter.sample(self.source))

    def _run(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Worker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class IngestWatcher(_Worker):
    """Plays `play_url` back from a relaying ingest and reports what arrives."""

    source = "rtmp-play"

    def __init__(
        self, play_url: str, report: Report, interval_s: float = 2.0, read_timeout_s: float = 3.0
    ) -> None:
        super().__init__(report, interval_s)
        self.play_url = play_url
        self.read_timeout_s = read_timeout_s
        register_secret(play_url.rsplit("/", 1)[-1])

    def _run(self) -> None:
        while not self.stopping:
            try:
                with av.open(
                    self.play_url,
                    options=PLAY_OPTIONS,
                    timeout=(max(6.0, self.read_timeout_s), self.read_timeout_s),
                ) as container:
                    self._measure(container)
            except (av.FFmpegError, OSError) as exc:
                log.debug("ingest %s not readable: %s", mask_url(self.play_url), exc)
            if not self.stopping:
                self._offline()
                self._stop.wait(1.0)


class ListenIngest(_Worker):
    """A one-publisher RTMP ingest (PyAV listen mode) on `port` that reports what arrives.

    Publishers push to `rtmp://127.0.0.1:PORT/live/<anything>`. `check_key`, when given, is
    called with the stream key once a publisher is connected; False drops the connection.
    """

    source = "pyav-listen"

    def __init__(
        self,
        port: int,
        report: Report,
        interval_s: float = 2.0,
        host: str = "127.0.0.1",
        check_key: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(report, interval_s)
        self.port = port
        self.host = host
        self.check_key = check_key
        self.sessions = 0

    @property
    def url(self) -> str:
        """The application URL publishers append their stream key to."""
        return f"rtmp://{self.host}:{self.port}/live"

    def _run(self) -> None:
        while not self.stopping:
            try:
                # No listen timeout: re-listening after one would leave moments when a
                # publisher is refused. stop() wakes the accept with a throwaway connection.
                with av.open(
                    f"{self.url}/stream",
                    options={"listen": "1", **LIVE_OPTIONS},
                    timeout=(None, 5.0),
                ) as container:
                    if self.stopping:
                        return
                    self.sessions += 1
                    self._measure(container)
            except (av.FFmpegError, OSError) as exc:
                if self.stopping:
                    return
                log.debug("publisher left the listen ingest: %s", exc)
            if self.sessions and not self.stopping:
                self._offline()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        with (
            contextlib.suppress(OSError),
            socket.create_connection((self.host, self.port), timeout=1),
        ):
            pass
        super().stop(timeout)


class ApiReporter:
    """Posts ingest reports to the platform with the host token (timeouts, fresh keys)."""

    def __init__(
        self,
        api_url: str,
        show_id: str,
        token: str,
        session: requests.Session | None = None,
        timeout_s: float = 5.0,
    ) -> None:
        register_secret(token)
        self.url = f"{api_url.rstrip('/')}/shows/{show_id}/ingest-health"
        self.session = session or requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.timeout_s = timeout_s

    def __call__(self, report: IngestReport) -> None:
        r = self.session.post(
            self.url,
            data=report.model_dump_json(),
            headers={"Content-Type": "application/json", "Idempotency-Key": uuid.uuid4().hex},
            timeout=self.timeout_s,
        )
        r.raise_for_status()
