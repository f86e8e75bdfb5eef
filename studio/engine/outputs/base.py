"""What every output shares: a thread muxing EncodedPackets from its own bounded queue.

`StreamLayout` declares the encoded streams; `Muxer` writes pre-encoded packets into one PyAV
container (FLV for RTMP, Matroska for the recording) with millisecond timestamps (FLV's unit,
E.4.1 of Adobe's FLV/F4V specification v10.1); `Output` is the thread and status every
destination shares.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Protocol

import av

from studio.engine.outputs.queue import PacketQueue
from studio.engine.stats import OutputFault, OutputKind, OutputState, OutputStats
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


class ByteSink(Protocol):
    """Where a muxer can write besides a file: anything with `write(bytes)`."""

    def write(self, data: bytes) -> int:
        """Take `data`; return how many bytes were taken (all of them)."""
        ...


class Muxer:
    """Wraps one PyAV output container fed with pre-encoded packets.

    `target` is a file path or a `ByteSink` (the RTMP output's FLV tag splitter); `fmt` a
    FFmpeg muxer name ("flv", "matroska"); `options` the muxer's options. Timestamps are
    written in milliseconds (`MUX_TIME_BASE`). Not thread-safe: one output thread uses it.
    Raises av.error.FFmpegError / OSError from the constructor and from `mux`.
    """

    def __init__(
        self,
        target: str | ByteSink,
        fmt: str,
        layout: StreamLayout,
        options: dict[str, str] | None = None,
    ) -> None:
        self.container = av.open(target, "w", format=fmt, options=options)
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
        """Write one packet into its stream (ignored when the layout has no such stream).
        The first video packet also writes the container header."""
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
        """Write the trailer and close the container (or the sink)."""
        self.container.close()


class Output(threading.Thread):
    """Base for destinations: a thread that owns a bounded `PacketQueue` and a status.

    The encoder threads call `submit()` (never blocks: the queue's drop policy decides); the
    output's own thread (`run`, in subclasses) takes packets from the queue and writes them.
    The state is published as one immutable `_Phase` swapped whole by the output's thread, and
    read by any thread through `status()`. When the output fails for good it records its error
    (`fatal`), closes its queue and calls `on_failure` (set by the pipeline) on its thread.
    """

    kind = OutputKind.STREAM

    def __init__(self, name: str, layout: StreamLayout, queue: PacketQueue) -> None:
        super().__init__(name=f"output-{name}", daemon=True)
        self.label = name
        self.layout = layout
        self.queue = queue
        self._stop_evt = threading.Event()
        self._phase = _Phase(OutputState.CONNECTING)
        self._fatal: StudioError | None = None
        self.connected = False
        self.frames_sent = 0
        self.frames_lost = 0  # sent on a connection that died before the server confirmed them
        self.bytes_sent = 0
        self.reconnects = 0
        self.reached = False
        self.unconfirmed_ms = 0.0  # sent but not yet confirmed by the server
        self.canvas = ""  # the canvas whose encode this output carries (set by its lane)
        self.on_failure: Callable[[Output], None] | None = None

    @property
    def fatal(self) -> StudioError | None:
        """Why this output failed for good (None while it runs or after a clean stop)."""
        return self._fatal

    @property
    def state(self) -> OutputState:
        """The state now (any thread)."""
        return self._phase.state

    def submit(self, pkt: EncodedPacket) -> None:
        """Queue one packet (encoder threads; never blocks). Ignored once failed."""
        if self._fatal is None:
            self.queue.put(pkt, connected=self.connected)

    def status(self) -> OutputStats:
        """A consistent snapshot (any thread, no I/O)."""
        ph = self._phase
        return OutputStats(
            name=self.label,
            kind=self.kind,
            state=ph.state,
            retry_in_s=ph.retry_in_s,
            attempt=ph.attempt,
            reconnects=self.reconnects,
            frames_sent=self.frames_sent,
            frames_dropped=self.queue.dropped_video + self.frames_lost,
            frames_lost=self.frames_lost,
            bytes_sent=self.bytes_sent,
            send_buffer_ms=self.queue.buffered_ms + self.unconfirmed_ms,
            error=ph.error,
            last_error=ph.last_error,
            reached=self.reached,
            canvas=self.canvas,
        )

    def _enter(
        self,
        state: OutputState,
        *,
        retry_in_s: float | None = None,
        attempt: int = 0,
        last_error: OutputFault | None = None,
    ) -> None:
        """Publish a new phase (the output's own thread only)."""
        self._phase = _Phase(state, retry_in_s, attempt, self._phase.error, last_error)

    def _fail(self, err: StudioError) -> None:
        """Fail for good: remember why, stop taking packets, tell the pipeline."""
        self._fatal = err
        self._phase = _Phase(OutputState.FAILED, error=OutputFault.of(err))
        self.queue.close()
        hook = self.on_failure
        if hook is not None:
            hook(self)

    def finish(self, timeout: float = 10.0) -> None:
        """Send what is queued, end the stream cleanly, and stop (blocks up to ~timeout s)."""
        self.queue.close()
        if self.ident is None:  # never started (the show failed to start): nothing to end
            return
        self.join(timeout)
        if self.is_alive():
            self.abort()
            self.join(2)

    def abort(self) -> None:
        """Stop at once, dropping what is queued."""
        self._stop_evt.set()
        self.queue.close()


@dataclass(frozen=True)
class _Phase:
    state: OutputState
    retry_in_s: float | None = None
    attempt: int = 0
    error: OutputFault | None = None
    last_error: OutputFault | None = None
