"""One canvas of a show: its compositor thread, its H.264 encoder thread and its outputs.

A show has one or two canvases (16:9 and/or 9:16, one row each of studio.canvases), composed
from the same decoded source frames. Each is a `CanvasLane`:
  compositor[-o]     ticks on the show's master clock, takes the newest source frame (every
                     lane polls the same source: decode once), fits it for this canvas when
                     the source was started for the other one (`CanvasFit`), blends this
                     canvas's overlay layers; a missed tick is *lagged* (this lane's counters);
  video-encoder[-o]  takes composed frames through a 4-slot queue (full: the frame is
                     *skipped*), encodes them once (H.264) and fans the packets out to this
                     canvas's outputs: its destinations and its own recording.
The first canvas's threads have the plain names; the second's end in its orientation
('compositor-vertical'). The pipeline (engine/pipeline.py) owns the clock, the sources, the
one AAC encode whose packets go to every lane's outputs, the monitor and the failure events.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import av

from studio.canvases import Canvas, canvas
from studio.engine.compositor import Compositor
from studio.engine.encoders import VideoEncoder
from studio.engine.outputs.base import Output, StreamLayout
from studio.engine.outputs.recorder import Recorder
from studio.engine.preview import (
    PREVIEW_FPS,
    LayerSource,
    PreviewCallback,
    PreviewTap,
    change_signal,
)
from studio.engine.program import ScenePlayer
from studio.engine.refit import CanvasFit
from studio.engine.stats import CanvasStats, Counters, Losses, OutputKind, OutputStats
from studio.media.clock import MasterClock
from studio.media.fit import Placement, VideoFit
from studio.media.frames import EncodedPacket
from studio.media.layers import Layer
from studio.media.sources import VideoSource

log = logging.getLogger(__name__)

ENCODER_QUEUE = 4


@dataclass
class CanvasConfig:
    """One canvas of a show and where its encode goes.

    `profile` names the canvas (studio.canvases: size, fps, default bitrate, orientation);
    `video_kbps` overrides its bitrate; `urls` are rtmp:// or rtmps:// destinations with their
    stream keys; `record` a local file (.mkv, or .mp4 remuxed at the end); `overlays` this
    canvas's layers, laid out for its shape; `fit` how the video source lands on it (None:
    as the source was opened, right for the canvas the source is started for; on another
    canvas None means the whole picture with bars); `preview` the window's small picture of
    this canvas (see engine/preview.py; None: no preview work).
    """

    profile: str
    urls: list[str] = field(default_factory=list)
    record: Path | None = None
    overlays: LayerSource | None = None
    fit: VideoFit | None = None
    video_kbps: int | None = None
    preview: PreviewCallback | None = None
    preview_fps: int = PREVIEW_FPS

    @property
    def canvas(self) -> Canvas:
        """The profile's canvas. Raises UnsupportedProfile (a UsageError) for an unknown one."""
        return canvas(self.profile)

    @property
    def kbps(self) -> int:
        """The video bitrate in kilobits per second: the override, else the canvas's default."""
        return self.video_kbps or self.canvas.video_kbps


class CanvasLane:
    """One canvas's compositor, encoder and outputs (see the module docstring).

    Built by the pipeline (`Pipeline.start`; EncoderError when the encoder cannot open at this
    size), which opens the outputs (`adopt`), then calls `start(stop)` once the sources run
    on `clock`; `join()` waits for both threads after `stop`
    is set (the encoder is flushed into the outputs). `outputs` is replaced, never mutated, so
    the encoder threads read it without a lock. `counters` are this canvas's video counters.
    """

    def __init__(
        self,
        config: CanvasConfig,
        encoder_name: str,
        clock: MasterClock,
        *,
        video: VideoSource | None,
        audio: bool,
        refit: bool,
        suffix: str = "",
    ) -> None:
        self.config = config
        self.canvas = config.canvas
        self.kbps = config.kbps
        self.suffix = suffix
        self.clock = clock
        self.video = video
        self.counters = Counters()
        self.layout = StreamLayout(
            self.canvas.width if video else None,
            self.canvas.height if video else None,
            self.canvas.fps,
            audio,
        )
        self.outputs: list[Output] = []
        self.encoder_name = encoder_name
        self.video_encoder: VideoEncoder | None = None
        self.compositor: Compositor | None = None
        self._fit: CanvasFit | None = None
        w, h = self.canvas.size
        if video is not None:
            self.video_encoder = VideoEncoder(encoder_name, w, h, self.canvas.fps, self.kbps)
            # The pool must outlast the frames waiting for, and inside, the encoder.
            self.compositor = Compositor(w, h, pool=ENCODER_QUEUE + 4)
            if refit:
                self._fit = CanvasFit(w, h, config.fit)
        self._frames: queue.Queue[tuple[av.VideoFrame, int, float] | None] = queue.Queue(
            ENCODER_QUEUE
        )
        self._preview: PreviewTap | None = None
        self._unhook_preview: Callable[[], None] = lambda: None
        self._threads: list[threading.Thread] = []

    @property
    def name(self) -> str:
        """The canvas's profile name ('720p30-vertical')."""
        return self.canvas.name

    def adopt(self, out: Output) -> Output:
        """Make `out` one of this canvas's outputs (before `start`, or live: a recording)."""
        out.canvas = self.canvas.name
        self.outputs = [*self.outputs, out]
        return out

    def drop_recordings(self) -> list[Recorder]:
        """Take this canvas's recordings out of its outputs (to finish them); returns them."""
        recs = [o for o in self.outputs if isinstance(o, Recorder)]
        self.outputs = [o for o in self.outputs if not isinstance(o, Recorder)]
        return recs

    def start(self, stop: threading.Event) -> None:
        """Start the preview tap and both threads (the sources already run on the clock);
        they end when `stop` is set."""
        if self.video is None:
            return
        cfg = self.config
        if cfg.preview is not None:
            w, h = self.canvas.size
            self._preview = PreviewTap(cfg.preview, w, h, self.canvas.fps, cfg.preview_fps)
            signal = change_signal(cfg.overlays)
            if signal is not None:  # a new card reaches the window's preview at once
                self._unhook_preview = signal.connect(self._preview.poke)
        for target, name in (
            (lambda: self._compositor_loop(stop), "compositor"),
            (self._encoder_loop, "video-encoder"),
        ):
            t = threading.Thread(target=target, name=name + self.suffix, daemon=True)
            t.start()
            self._threads.append(t)

    def join(self, timeout: float = 10.0) -> None:
        """Wait for the threads (after the stop event is set) and close the preview."""
        for t in self._threads:
            t.join(timeout=timeout)
        self._unhook_preview()
        if self._preview is not None:
            self._preview.close()

    def fan_out(self, packets: list[EncodedPacket]) -> None:
        """Hand packets to every output of this canvas (encoder or audio thread)."""
        outputs = self.outputs
        for p in packets:
            for out in outputs:
                out.submit(p)

    def _compositor_loop(self, stop: threading.Event) -> None:
        video, compositor, clock = self.video, self.compositor, self.clock
        assert video is not None and compositor is not None
        overlays = self.config.overlays
        counters, fit = self.counters, self._fit
        fps = self.canvas.fps
        # A show with scenes: the program is composed per canvas (engine/program.py).
        scenes = video.renderer(*self.canvas.size, fps) if isinstance(video, ScenePlayer) else None
        period = 1.0 / fps
        # Start on the clock's present: time spent opening sources is not lag.
        tick = int(clock.now() * fps) + 1
        while not stop.is_set():
            t = tick * period
            if not clock.sleep_until(t, stop):
                break
            late = clock.now() - t
            if late > period:  # we missed ticks: count them honestly, jump to the present
                missed = int(late / period)
                log.debug("compositor%s late by %.1f ms at %.2f s", self.suffix, late * 1000, t)
                counters.lagged(missed)
                tick += missed
                t = tick * period
            if scenes is not None:
                frame = scenes.render(compositor, t, overlays)
                if self._preview is not None:
                    self._preview.offer(frame, t, tick)
                try:
                    self._frames.put_nowait((frame, tick, t))
                except queue.Full:
                    counters.skipped()
                counters.tick(0.0)
                tick += 1
                continue
            src = None if video.error else video.take(t + period * 0.5)
            layers: Sequence[Layer] = ()
            if overlays is not None:
                try:
                    layers = overlays.layers_at(t)
                except Exception:  # an overlay must never stop the show
                    log.exception("overlay failed; continuing without it")
            picture: av.VideoFrame | None = None
            placement: Placement | None = None
            if src is not None:
                picture, placement = src.frame, src.placement
                if fit is not None:
                    try:
                        picture, placement = fit(src)
                    except Exception:  # a picture this canvas can't fit: the slate, not a crash
                        log.exception("fitting the source for %s failed", self.name)
                        picture = placement = None
            frame = compositor.compose(picture, layers, placement)
            if self._preview is not None:
                self._preview.offer(frame, t, tick)
            cap = src.ts if src else t
            try:
                self._frames.put_nowait((frame, tick, cap))
            except queue.Full:
                counters.skipped()
            counters.tick(t - cap)
            tick += 1
        self._frames.put(None)

    def _encoder_loop(self) -> None:
        enc = self.video_encoder
        assert enc is not None
        while True:
            item = self._frames.get()
            if item is None:
                break
            frame, tick, cap = item
            packets = enc.encode(frame, tick, cap)
            self._account(packets)
            self.fan_out(packets)
        packets = enc.flush()
        self._account(packets)
        self.fan_out(packets)

    def _account(self, packets: list[EncodedPacket]) -> None:
        """Count this canvas's video packets (sizes, capture → packet latency)."""
        now = self.clock.now()
        for p in packets:
            self.counters.video_encoded(len(p.data), now - p.capture_ts)

    def stats(self, outs: tuple[OutputStats, ...]) -> CanvasStats:
        """This canvas's snapshot (any thread), given its outputs' snapshots."""
        c = self.counters
        c.sample()
        fps, kbps = c.recent_rates()
        dropped = sum(s.frames_dropped for s in outs if s.kind is OutputKind.STREAM)
        ticks = max(1, c.ticks + c.frames_lagged)
        lat50 = c.percentile(c.latencies, 0.5)
        lat95 = c.percentile(c.latencies, 0.95)
        return CanvasStats(
            profile=self.canvas.name,
            orientation=self.canvas.orientation,
            frames_encoded=c.frames_encoded,
            frames_skipped=c.frames_skipped,
            frames_lagged=c.frames_lagged,
            frames_dropped=dropped,
            fps=fps,
            bitrate_recent_kbps=kbps,
            latency_ms_p50=lat50 * 1000 if lat50 is not None else None,
            latency_ms_p95=lat95 * 1000 if lat95 is not None else None,
            losses=Losses(c.frames_skipped / ticks, c.frames_lagged / ticks, dropped / ticks),
        )
