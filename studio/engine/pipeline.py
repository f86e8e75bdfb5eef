"""The real-time pipeline: sources → compositor @ fps → H.264/AAC → every output.

Threads and their hand-overs (all bounded, each with an explicit policy):
  compositor   ticks on the master clock; a missed tick is *lagged*; hands frames to
  video-enc    through a 4-slot queue (absorbs keyframe spikes); full = encoder behind: *skipped*;
  audio        produces 1024-sample AAC frames exactly on the clock (the timing reference);
  outputs      one thread each, own queue, own drop policy (*dropped*) and reconnects;
  monitor      once a second: sustained overload → a `Suggestion` to its listeners.
An output failing for good calls back on its own thread; when that leaves no network
destination (or the recording was the whole show) the pipeline tells its failure listeners
(`on_failure`): the session and `studio broadcast` end the show from that event.
Nothing here imports Qt: the CLI, the window and the tests drive the same engine.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import av

from studio.canvases import Canvas, canvas, step_down
from studio.engine.compositor import Compositor
from studio.engine.encoders import AudioEncoder, VideoEncoder, choose_encoder
from studio.engine.events import (
    DestinationsFailed,
    Failure,
    RecordingFailed,
    Suggestion,
    SuggestionKind,
)
from studio.engine.outputs.base import Output, StreamLayout
from studio.engine.outputs.recorder import Recorder
from studio.engine.outputs.rtmp import RtmpOutput
from studio.engine.preview import PREVIEW_FPS, LayerSource, PreviewCallback, PreviewTap
from studio.engine.silent_track import WARNING as SILENT_TRACK_WARNING
from studio.engine.silent_track import SilentAudio
from studio.engine.stats import (
    Counters,
    EngineWarning,
    Losses,
    OutputKind,
    OutputStats,
    PipelineStats,
)
from studio.errors import StudioError, UsageError
from studio.media.clock import MasterClock
from studio.media.frames import EncodedPacket
from studio.media.layers import Layer
from studio.media.sources import SAMPLE_RATE, AudioSource, VideoSource

log = logging.getLogger(__name__)

ENCODER_QUEUE = 4
SUGGEST_AFTER_S = 10
SUGGEST_RATIO = 0.05


__all__ = ["LayerSource", "Pipeline", "PipelineConfig", "Suggestion"]


@dataclass
class PipelineConfig:
    """What to broadcast and where. `profile` names a canvas (studio.canvases: size, fps and
    default bitrate); `video_kbps` overrides its bitrate; `urls` are rtmp:// or rtmps://
    destinations with their stream keys; `record` a local file (.mkv, or .mp4 remuxed at the
    end). `backlog_s` is what a disconnected output keeps; `stall_timeout` how long (s) a
    server may leave data unconfirmed before the connection counts as dropped.
    `silent_audio_track`: with video and no audio source, send a silent AAC track (YouTube
    and Facebook need one; engine/silent_track.py); False sends video only."""

    profile: str = "720p30"
    video_kbps: int | None = None
    audio_kbps: int = 160
    encoder: str = "auto"
    video: VideoSource | None = None
    audio: AudioSource | None = None
    urls: list[str] = field(default_factory=list)
    record: Path | None = None
    overlays: LayerSource | None = None
    retry_first_connect: bool = False
    silent_audio_track: bool = True
    backlog_s: float = 5.0
    stall_timeout: float = 5.0
    # The window's preview: called on a thread of its own with every Nth composed frame,
    # downscaled to RGB (see engine/preview.py). None: no preview work at all.
    preview: PreviewCallback | None = None
    preview_fps: int = PREVIEW_FPS

    @property
    def canvas(self) -> Canvas:
        """The profile's canvas. Raises UnsupportedProfile (a UsageError) for an unknown one."""
        return canvas(self.profile)

    def size(self) -> tuple[int, int, int, int]:
        """(width, height, fps, video kbps). Raises UnsupportedProfile."""
        c = self.canvas
        return c.width, c.height, c.fps, self.video_kbps or c.video_kbps


class Pipeline:
    """One show's engine: capture sources in, encoded streams out to every destination.

    Life cycle: `Pipeline(config)` validates (UsageError: unknown profile, nothing to send,
    no destination); `start()` opens the encoders and outputs (EncoderError, BadUrl,
    RecordingError, source errors surface here, before any thread runs) and starts the
    threads listed in the module docstring; `stop()` ends cleanly (flushes the encoders and
    lets every output finish its stream; blocks up to ~10 s per output). `stats()` is a cheap
    snapshot any thread may poll. Listeners (`subscribe` for suggestions, `on_failure` for
    failures) are called on engine threads and must return quickly.
    """

    def __init__(self, config: PipelineConfig) -> None:
        if config.audio is None and config.video is not None and config.silent_audio_track:
            config = replace(config, audio=SilentAudio())
        self.config = config
        self.width, self.height, self.fps, self.kbps = config.size()
        if config.video is None and config.audio is None:
            raise UsageError("Nothing to broadcast: both video and audio are 'none'.")
        if not config.urls and config.record is None:
            raise UsageError("No destination.", "Give --url (and/or --record FILE).")
        self.clock = MasterClock()
        self.counters = Counters()
        self.layout = StreamLayout(
            self.width if config.video else None,
            self.height if config.video else None,
            self.fps,
            config.audio is not None,
        )
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._frames: queue.Queue[tuple[av.VideoFrame, int, float] | None] = queue.Queue(
            ENCODER_QUEUE
        )
        self.outputs: list[Output] = []
        self.video_encoder: VideoEncoder | None = None
        self.audio_encoder: AudioEncoder | None = None
        self.compositor: Compositor | None = None
        self.encoder_name = ""
        self._started_at = 0.0
        self._stopped_at: float | None = None
        self._audio_pos = 0
        self._listeners: list[Callable[[Suggestion], None]] = []
        self._failure_listeners: list[Callable[[Failure], None]] = []
        self._all_failed_told = False
        self._failed_lock = threading.Lock()
        self.suggestion: Suggestion | None = None
        self._preview: PreviewTap | None = None
        self._outputs_lock = threading.Lock()

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Open encoders and outputs (errors surface here), then start the clock and threads."""
        cfg = self.config
        if cfg.video is not None:
            self.encoder_name = choose_encoder(cfg.encoder)
            self.video_encoder = VideoEncoder(
                self.encoder_name, self.width, self.height, self.fps, self.kbps
            )
            # The pool must outlast the frames waiting for, and inside, the encoder.
            self.compositor = Compositor(self.width, self.height, pool=ENCODER_QUEUE + 4)
        if cfg.audio is not None:
            self.audio_encoder = AudioEncoder(cfg.audio_kbps)
        for i, url in enumerate(cfg.urls):
            self._adopt(
                RtmpOutput(
                    url,
                    self.layout,
                    name=None if len(cfg.urls) == 1 else f"#{i + 1} {_short(url)}",
                    retry_first_connect=cfg.retry_first_connect,
                    backlog_s=cfg.backlog_s,
                    stall_timeout=cfg.stall_timeout,
                    kbps=self.kbps + (cfg.audio_kbps if cfg.audio else 0),
                )
            )
        if cfg.record is not None:
            self._adopt(Recorder(cfg.record, self.layout))
        if cfg.preview is not None and cfg.video is not None:
            self._preview = PreviewTap(
                cfg.preview, self.width, self.height, self.fps, cfg.preview_fps
            )
        self.clock.start()
        self._started_at = time.monotonic()
        if cfg.video is not None:
            cfg.video.start(self.clock, self.width, self.height, self.fps)
        if cfg.audio is not None:
            cfg.audio.start(self.clock)
        for out in self.outputs:
            out.start()
        if cfg.video is not None:
            self._spawn(self._compositor_loop, "compositor")
            self._spawn(self._video_encoder_loop, "video-encoder")
        if cfg.audio is not None:
            self._spawn(self._audio_loop, "audio")
        self._spawn(self._monitor_loop, "monitor")

    def _adopt(self, out: Output) -> Output:
        out.on_failure = self._output_failed
        self.outputs.append(out)
        return out

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def stop(self) -> None:
        """End cleanly: stop producing, flush encoders, let every output finish its stream."""
        if self._stop.is_set():
            return
        self._stop.set()
        for t in self._threads:
            t.join(timeout=10)
        for src in (self.config.video, self.config.audio):
            if src is not None:
                src.stop()
        for out in self.outputs:
            out.finish()
        if self._preview is not None:
            self._preview.close()
        self._stopped_at = time.monotonic()

    # -- listeners ------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[Suggestion], None]) -> Callable[[], None]:
        """Be told (on the monitor thread) of suggested changes; returns an unsubscribe."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback)

    def on_failure(self, callback: Callable[[Failure], None]) -> Callable[[], None]:
        """Be told when outputs fail for good: `DestinationsFailed` once, when the last
        network destination has failed; `RecordingFailed` when the recording stops. Called on
        the failing output's thread (return quickly; never call `stop()` from there).
        Returns an unsubscribe."""
        self._failure_listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._failure_listeners:
                self._failure_listeners.remove(callback)

        return unsubscribe

    def _output_failed(self, out: Output) -> None:
        err = out.fatal
        if err is None:
            return
        event: Failure | None = None
        if isinstance(out, Recorder):
            event = RecordingFailed(err, out.path, ends_show=not self._streams())
        else:
            fatal = self.fatal_error()
            with self._failed_lock:
                first = fatal is not None and not self._all_failed_told
                self._all_failed_told = self._all_failed_told or first
            if first and fatal is not None:
                event = DestinationsFailed(fatal)
        if event is None:
            return
        log.warning("%s: %s", type(event).__name__, event.error)
        for cb in list(self._failure_listeners):
            try:
                cb(event)
            except Exception:  # a listener must not take the output thread down
                log.exception("failure listener failed")

    def _streams(self) -> list[Output]:
        return [o for o in self.outputs if o.kind is OutputKind.STREAM]

    def _monitor_loop(self) -> None:
        """Watch for sustained overload and suggest one concrete step down."""
        window: list[tuple[int, int]] = []  # (ticks, skipped+lagged) per second
        last = (0, 0)
        while not self._stop.wait(1.0):
            c = self.counters
            now = (c.ticks + c.frames_lagged, c.frames_skipped + c.frames_lagged)
            window.append((now[0] - last[0], now[1] - last[1]))
            last = now
            window = window[-SUGGEST_AFTER_S:]
            overloaded = len(window) == SUGGEST_AFTER_S and all(
                bad > SUGGEST_RATIO * max(1, ticks) for ticks, bad in window
            )
            if overloaded and self.suggestion is None:
                self.suggestion = self._downgrade()
                log.warning("%s", self.suggestion.message)
                for cb in list(self._listeners):
                    try:
                        cb(self.suggestion)
                    except Exception:  # a listener must not stop the show
                        log.exception("suggestion listener failed")
            elif not any(bad for _, bad in window):
                self.suggestion = None

    def _downgrade(self) -> Suggestion:
        c = self.counters
        encoder_slow = c.frames_skipped >= c.frames_lagged
        lower = step_down(self.config.canvas)
        if lower is not None:
            return Suggestion(
                SuggestionKind.PROFILE,
                f"This computer can't keep up with {self.config.profile}: more than 5 % of "
                f"frames were lost for {SUGGEST_AFTER_S} s. Switch to {lower.name}.",
                {"profile": lower.name},
            )
        part = "encoder" if encoder_slow else "compositor"
        return Suggestion(
            SuggestionKind.PRESET,
            f"The {part} can't keep up: more than 5 % of frames were lost for "
            f"{SUGGEST_AFTER_S} s. Close other apps or use a hardware encoder.",
            {"encoder": "auto"},
        )

    # -- commands -------------------------------------------------------------------------
    def reconnect_now(self) -> None:
        """Every stream output waiting to reconnect (or stalled) tries again at once."""
        for out in self.outputs:
            if isinstance(out, RtmpOutput):
                out.reconnect_now()

    def start_recording(self, path: Path) -> Recorder:
        """Record from the next keyframe on, while the show runs (the window's Record toggle).
        Raises RecordingError when the file cannot be created."""
        rec = Recorder(path, self.layout)
        rec.on_failure = self._output_failed
        rec.queue.skip_to_keyframe()  # empty queue: waits for the next keyframe
        rec.start()
        with self._outputs_lock:  # the encoder threads read the list without the lock
            self.outputs = [*self.outputs, rec]
        return rec

    def stop_recording(self) -> list[Path]:
        """Finish every recording (blocks while an .mp4 is remuxed); returns their files (none
        for a recording stopped before its first keyframe: it recorded nothing)."""
        with self._outputs_lock:
            recs = [o for o in self.outputs if isinstance(o, Recorder)]
            self.outputs = [o for o in self.outputs if not isinstance(o, Recorder)]
        for rec in recs:
            rec.finish()
        return [rec.path for rec in recs if not rec.empty]

    @property
    def recording(self) -> bool:
        """True while a recording runs."""
        return any(isinstance(o, Recorder) for o in self.outputs)

    # -- threads ------------------------------------------------------------------------
    def _fan_out(self, packets: list[EncodedPacket]) -> None:
        outputs = self.outputs  # replaced, never mutated, by start/stop_recording
        for p in packets:
            for out in outputs:
                out.submit(p)

    def _compositor_loop(self) -> None:
        video, compositor = self.config.video, self.compositor
        assert video is not None and compositor is not None
        overlays = self.config.overlays
        counters = self.counters
        period = 1.0 / self.fps
        # Start on the clock's present: time spent opening sources is not lag.
        tick = int(self.clock.now() * self.fps) + 1
        while not self._stop.is_set():
            t = tick * period
            if not self.clock.sleep_until(t, self._stop):
                break
            late = self.clock.now() - t
            if late > period:  # we missed ticks: count them honestly, jump to the present
                missed = int(late / period)
                log.debug("compositor late by %.1f ms at %.2f s", late * 1000, t)
                counters.lagged(missed)
                tick += missed
                t = tick * period
            src = None if video.error else video.take(t + period * 0.5)
            layers: Sequence[Layer] = ()
            if overlays is not None:
                try:
                    layers = overlays.layers_at(t)
                except Exception:  # an overlay must never stop the show
                    log.exception("overlay failed; continuing without it")
            frame = compositor.compose(
                src.frame if src else None, layers, src.placement if src else None
            )
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

    def _video_encoder_loop(self) -> None:
        enc = self.video_encoder
        assert enc is not None
        while True:
            item = self._frames.get()
            if item is None:
                break
            frame, tick, cap = item
            packets = enc.encode(frame, tick, cap)
            self._account(packets)
            self._fan_out(packets)
        packets = enc.flush()
        self._account(packets)
        self._fan_out(packets)

    def _account(self, packets: list[EncodedPacket]) -> None:
        now = self.clock.now()
        for p in packets:
            if p.kind == "video":
                self.counters.video_encoded(len(p.data), now - p.capture_ts)
            else:
                self.counters.audio_encoded(len(p.data))

    def _audio_loop(self) -> None:
        src, enc = self.config.audio, self.audio_encoder
        assert src is not None and enc is not None
        n = enc.frame_size
        pos = int(self.clock.now() * SAMPLE_RATE)  # same instant the compositor starts at
        while not self._stop.is_set():
            due = (pos + n) / SAMPLE_RATE + src.latency
            if not self.clock.sleep_until(due, self._stop):
                break
            pcm = src.read(pos, n)
            packets = enc.encode(pcm, pos)
            self._account(packets)
            self._fan_out(packets)
            pos += n
            self._audio_pos = pos
        packets = enc.flush()
        self._account(packets)
        self._fan_out(packets)

    # -- state ---------------------------------------------------------------------------
    def elapsed(self) -> float:
        """Seconds since `start()` (frozen at `stop()`); 0 before starting."""
        end = self._stopped_at or time.monotonic()
        return end - self._started_at if self._started_at else 0.0

    def fatal_error(self) -> StudioError | None:
        """The error that ends the show: every network destination failed (or the recording,
        when recording is all there is)."""
        net = self._streams()
        group = net or self.outputs
        if group and all(o.fatal is not None for o in group):
            return group[0].fatal
        return None

    def stats(self) -> PipelineStats:
        """A snapshot of the show (any thread, no I/O; a few times a second is fine)."""
        c = self.counters
        c.sample()
        fps, kbps = c.recent_rates()
        duration = self.elapsed()
        outs = tuple(o.status() for o in self.outputs)
        dropped = sum(s.frames_dropped for s in outs if s.kind is OutputKind.STREAM)
        lat50 = c.percentile(c.latencies, 0.5)
        lat95 = c.percentile(c.latencies, 0.95)
        age = c.percentile(c.video_age, 0.5) or 0.0
        audio_err = float(getattr(self.config.audio, "clock_error_ms", 0.0) or 0.0)
        ticks = max(1, c.ticks + c.frames_lagged)
        return PipelineStats(
            encoder=self.encoder_name,
            profile=self.config.profile,
            frames_encoded=c.frames_encoded,
            frames_skipped=c.frames_skipped,
            frames_lagged=c.frames_lagged,
            frames_dropped=dropped,
            duration_s=duration,
            fps=fps,
            bitrate_kbps=(
                (c.bytes_video + c.bytes_audio) * 8 / 1000 / duration if duration > 0 else 0.0
            ),
            bitrate_recent_kbps=kbps,
            av_offset_ms=age * 1000 - audio_err,
            latency_ms_p50=lat50 * 1000 if lat50 is not None else None,
            latency_ms_p95=lat95 * 1000 if lat95 is not None else None,
            cpu_percent=c.cpu_percent(),
            losses=Losses(c.frames_skipped / ticks, c.frames_lagged / ticks, dropped / ticks),
            suggestion=self.suggestion,
            warnings=tuple(self._warnings(outs)),
            outputs=outs,
        )

    def _warnings(self, outs: tuple[OutputStats, ...]) -> list[EngineWarning]:
        """Sources that stopped, the silent track standing in for a missing audio source, a
        destination that failed while others go on, a recording that stopped (an output's
        failure is a warning only while the show goes on)."""
        found = []
        for src in (self.config.video, self.config.audio):
            err = src.error if src is not None else None
            if err is not None:
                found.append(EngineWarning(err.message, err.hint))
        if isinstance(self.config.audio, SilentAudio):
            found.append(SILENT_TRACK_WARNING)
        silence = getattr(self.config.audio, "silence", None)  # capture/silence.py
        if silence is not None:
            found.append(EngineWarning(str(silence.message), str(silence.hint)))
        if self.fatal_error() is None:
            for s in outs:
                if s.error is not None:
                    found.append(EngineWarning(s.error.message, s.error.hint, output=s.name))
        return found


def _short(url: str) -> str:
    from studio.redact import mask_url

    return mask_url(url)
