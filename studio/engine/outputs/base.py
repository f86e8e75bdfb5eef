"""What every output shares: a thread muxing EncodedPackets from its own bounded queue."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import av

from studio.engine.outputs.queue import PacketQueue
from studio.errors import StudioError
from studio.media.frames import EncodedPacket

MUX_TIME_BASE = Fraction(1, 1000)


@dataclass(frozen=True)
class StreamLayout:
    """What the outputs must declare: the encoded streams' parameters."""

    width: int | None  # None: no video
    height: int | None
    fps: int
    audio: bool


@dataclass
class OutputStatus:
    """A snapshot for the status line, the UI's health bar and --stats-json."""

    name: str
    state: str  # connecting | live | reconnecting | failed | stopped | recording
    detail: str = ""
    retry_in_s: float | None = None
    attempt: int = 0
    reconnects: int = 0
    frames_sent: int = 0
    frames_dropped: int = 0
    bytes_sent: int = 0
    send_buffer_ms: float = 0.0
    send_buffer_extra_ms: float = 0.0  # sent but not yet confirmed by the server
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        if self.state == "reconnecting" and self.retry_in_s is not None:
            return f"reconnecting in {self.retry_in_s:.0f} s (attempt {self.attempt})"
        if self.state == "failed" and self.error:
            return f"failed: {self.error}"
        return self.state


class Muxer:
    """Wraps one PyAV output container fed with pre-encoded packets."""

    def __init__(self, target: Any, fmt: str, layout: StreamLayout, **open_kw: Any) -> None:
        self.container = av.open(target, "w", format=fmt, **open_kw)
        self.video = self.audio = None
        if layout.width is not None:
            # SPS/PPS are taken from the first keyframe (x264 repeats them in-band).
            self.video = self.container.add_mux_stream(
                "h264", width=layout.width, height=layout.height
            )
            self.video.time_base = MUX_TIME_BASE
        if layout.audio:
            # A never-used AAC encoder context gives the stream its AudioSpecificConfig.
            self.audio = self.container.add_stream("aac", rate=48000, layout="stereo")
            self.audio.time_base = MUX_TIME_BASE
        self.header_written = False
        self.frames = 0

    def mux(self, pkt: EncodedPacket) -> None:
        stream = self.video if pkt.kind == "video" else self.audio
        if stream is None:
            return
        p = av.Packet(pkt.data)
        p.pts, p.dts, p.time_base = pkt.pts, pkt.dts, pkt.time_base
        p.is_keyframe = pkt.keyframe
        p.stream = stream
        self.container.mux(p)
        if pkt.kind == "video" or self.video is None:
            self.header_written = True  # the first video mux writes the header
            if pkt.kind == "video":
                self.frames += 1

    def close(self) -> None:
        self.container.close()


class Output(threading.Thread):
    """Base for destinations: owns its queue and status; subclasses implement `run`."""

    def __init__(self, name: str, layout: StreamLayout, queue: PacketQueue) -> None:
        super().__init__(name=f"output-{name}", daemon=True)
        self.label = name
        self.layout = layout
        self.queue = queue
        self._stop_evt = threading.Event()
        self._status_lock = threading.Lock()
        self._status = OutputStatus(name=name, state="connecting")
        self.fatal: StudioError | None = None
        self.connected = False

    def submit(self, pkt: EncodedPacket) -> None:
        if self.fatal is None:
            self.queue.put(pkt, connected=self.connected)

    def status(self) -> OutputStatus:
        with self._status_lock:
            s = OutputStatus(**self._status.__dict__)
        s.frames_dropped = self.queue.dropped_video
        s.send_buffer_ms = self.queue.buffered_ms + s.send_buffer_extra_ms
        return s

    def _set(self, **kw: Any) -> None:
        with self._status_lock:
            for k, v in kw.items():
                setattr(self._status, k, v)

    def finish(self, timeout: float = 10.0) -> None:
        """Send what is queued, end the stream cleanly, and stop."""
        self.queue.close()
        self.join(timeout)
        if self.is_alive():
            self.abort()
            self.join(2)

    def abort(self) -> None:
        self._stop_evt.set()
        self.queue.close()
