"""The real-time pipeline: sources → one or two canvases → H.264 each, one AAC → every output.

A show has one canvas, or two (16:9 and 9:16: studio.canvases), composed from the same
decoded source frames: the sources are started once, for the first canvas, and every canvas
polls them. Threads and their hand-overs (all bounded, each with an explicit policy):
  compositor   per canvas (engine/canvas.py), ticks on the master clock; a missed tick is
               *lagged*; the second canvas fits each new source picture for its own shape;
  video-enc    per canvas, through a 4-slot queue (absorbs keyframe spikes); full = encoder
               behind: *skipped*; one H.264 encode per canvas, fanned out to its outputs;
  audio        produces 1024-sample AAC frames exactly on the clock (the timing reference),
               encoded once and handed to every output of every canvas;
  outputs      one thread each, own queue, own drop policy (*dropped*) and reconnects;
  monitor      once a second: sustained overload of any canvas → a `Suggestion`.
An output failing for good calls back on its own thread; when that leaves no network
destination (or the recording was the whole show) the pipeline tells its failure listeners
(`on_failure`): the session and `studio broadcast` end the show from that event.
Nothing here imports Qt: the CLI, the window and the tests drive the same engine.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from studio import i18n
from studio.canvases import Canvas, Orientation, canvas, step_down
from studio.engine.canvas import ENCODER_QUEUE, CanvasConfig, CanvasLane
from studio.engine.encoders import AudioEncoder, choose_encoder
from studio.engine.events import (
    DestinationsFailed,
    Failure,
    RecordingFailed,
    Suggestion,
    SuggestionKind,
)
from studio.engine.outputs.base import Output
from studio.engine.outputs.recorder import Recorder
from studio.engine.outputs.rtmp import RtmpOutput
from studio.engine.preview import PREVIEW_FPS, LayerSource, PreviewCallback
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
from studio.media.sources import SAMPLE_RATE, AudioSource, VideoSource

log = logging.getLogger(__name__)

SUGGEST_AFTER_S = 10
SUGGEST_RATIO = 0.05


__all__ = [
    "ENCODER_QUEUE",
    "CanvasConfig",
    "LayerSource",
    "Pipeline",
    "PipelineConfig",
    "Suggestion",
]


@dataclass
class PipelineConfig:
    """What to broadcast and where. The first (main) canvas: `profile` names it
    (studio.canvases: size, fps and default bitrate); `video_kbps` overrides its bitrate;
    `urls` are rtmp:// or rtmps:// destinations with their stream keys; `record` a local file
    (.mkv, or .mp4 remuxed at the end); `overlays` and `preview` its layers and preview.
    `second_canvas`: the show's other canvas (the other orientation), with its own
    destinations, recording, overlays, fit and preview; the video source is decoded once for
    both. `backlog_s` is what a disconnected output keeps; `stall_timeout` how long (s) a
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
    second_canvas: CanvasConfig | None = None

    @property
    def canvas(self) -> Canvas:
        """The profile's canvas. Raises UnsupportedProfile (a UsageError) for an unknown one."""
        return canvas(self.profile)

    def size(self) -> tuple[int, int, int, int]:
        """(width, height, fps, video kbps) of the main canvas. Raises UnsupportedProfile."""
        c = self.canvas
        return c.width, c.height, c.fps, self.video_kbps or c.video_kbps

    def canvases(self) -> list[CanvasConfig]:
        """Every canvas of the show, the main one first (raises UnsupportedProfile)."""
        main = CanvasConfig(
            self.profile,
            urls=list(self.urls),
            record=self.record,
            overlays=self.overlays,
            video_kbps=self.video_kbps,
            preview=self.preview,
            preview_fps=self.preview_fps,
        )
        main.canvas  # noqa: B018 - validates the name
        if self.second_canvas is None:
            return [main]
        self.second_canvas.canvas  # noqa: B018
        return [main, self.second_canvas]


class Pipeline:
    """One show's engine: capture sources in, one encode per canvas out to every destination.

    Life cycle: `Pipeline(config)` validates (UsageError: unknown profile, nothing to send,
    no destination, two canvases of one orientation or a canvas with nowhere to go);
    `start()` opens the encoders and outputs (EncoderError, BadUrl, RecordingError, source
    errors surface here, before any thread runs) and starts the threads listed in the module
    docstring; `stop()` ends cleanly (flushes the encoders and lets every output finish its
    stream; blocks up to ~10 s per output). `stats()` is a cheap snapshot any thread may
    poll. Listeners (`subscribe` for suggestions, `on_failure` for failures) are called on
    engine threads and must return quickly.
    """

    def __init__(self, config: PipelineConfig) -> None:
        if config.audio is None and config.video is not None and config.silent_audio_track:
            config = replace(config, audio=SilentAudio())
        self.config = config
        self.canvas_configs = config.canvases()  # UnsupportedProfile for an unknown name
        self.width, self.height, self.fps, self.kbps = config.size()
        if config.video is None and config.audio is None:
            raise UsageError(i18n._("Nothing to broadcast: both video and audio are 'none'."))
        if not any(c.urls or c.record is not None for c in self.canvas_configs):
            raise UsageError(
                i18n._("No destination."), i18n._("Give --url (and/or --record FILE).")
            )
        if len(self.canvas_configs) == 2:
            a, b = (c.canvas for c in self.canvas_configs)
            if a.orientation is b.orientation:
                raise UsageError(
                    i18n._("Both canvases are {word} ({name}, {name2}).").format(
                        word=a.orientation.label, name=a.name, name2=b.name
                    ),
                    i18n._(
                        "A show has one horizontal (16:9) and one vertical (9:16) canvas at most."
                    ),
                )
            if config.video is None:
                raise UsageError(
                    i18n._("Two canvases need a video source."),
                    i18n._("Give --video, or send one canvas."),
                )
            for c in self.canvas_configs:
                if not c.urls and c.record is None:
                    raise UsageError(
                        i18n._("The {word} canvas ({profile}) has nowhere to go.").format(
                            word=c.canvas.orientation.label, profile=c.profile
                        ),
                        i18n._("Give it a destination or a recording, or send one canvas only."),
                    )
        self.clock = MasterClock()
        self.counters = Counters()  # audio and CPU; each canvas counts its video
        self.lanes: list[CanvasLane] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.audio_encoder: AudioEncoder | None = None
        self.encoder_name = ""
        self._started_at = 0.0
        self._stopped_at: float | None = None
        self._audio_pos = 0
        self._listeners: list[Callable[[Suggestion], None]] = []
        self._failure_listeners: list[Callable[[Failure], None]] = []
        self._all_failed_told = False
        self._failed_lock = threading.Lock()
        self.suggestion: Suggestion | None = None
        self._outputs_lock = threading.Lock()

    # -- life cycle ---------------------------------------------------------------------
    def start(self) -> None:
        """Open encoders and outputs (errors surface here), then start the clock and threads."""
        cfg = self.config
        if cfg.video is not None:
            self.encoder_name = choose_encoder(cfg.encoder)
        if cfg.audio is not None:
            self.audio_encoder = AudioEncoder(cfg.audio_kbps)
        two = len(self.canvas_configs) > 1
        streams = sum(len(c.urls) for c in self.canvas_configs)
        for i, cc in enumerate(self.canvas_configs):
            lane = CanvasLane(
                cc,
                self.encoder_name,
                self.clock,
                video=cfg.video,
                audio=cfg.audio is not None,
                refit=i > 0,
                suffix=f"-{cc.canvas.orientation.word}" if i > 0 else "",
            )
            self.lanes.append(lane)
            for url in cc.urls:
                number = len(self._streams()) + 1
                self._adopt(lane, self._rtmp(url, lane, None if streams == 1 else number))
            if cc.record is not None:
                self._adopt(lane, Recorder(cc.record, lane.layout, self._recording_name(lane)))
        self.clock.start()
        self._started_at = time.monotonic()
        if cfg.video is not None:
            w, h = self.lanes[0].canvas.size  # the sources decode for the main canvas
            cfg.video.start(self.clock, w, h, self.lanes[0].canvas.fps)
        if cfg.audio is not None:
            cfg.audio.start(self.clock)
        for out in self.outputs:
            out.start()
        for lane in self.lanes:
            lane.start(self._stop)
        if cfg.audio is not None:
            self._spawn(self._audio_loop, "audio")
        self._spawn(self._monitor_loop, "monitor")
        if two:
            log.info("two canvases: %s", ", ".join(lane.name for lane in self.lanes))

    def _rtmp(self, url: str, lane: CanvasLane, number: int | None) -> RtmpOutput:
        cfg = self.config
        return RtmpOutput(
            url,
            lane.layout,
            name=None if number is None else f"#{number} {_short(url)}",
            retry_first_connect=cfg.retry_first_connect,
            backlog_s=cfg.backlog_s,
            stall_timeout=cfg.stall_timeout,
            kbps=lane.kbps + (cfg.audio_kbps if cfg.audio else 0),
        )

    def _recording_name(self, lane: CanvasLane) -> str:
        """'recording'; beside a second canvas each says whose: 'recording (720p vertical)'."""
        return "recording" if len(self.lanes) < 2 else f"recording ({lane.canvas.title})"

    def _adopt(self, lane: CanvasLane, out: Output) -> Output:
        out.on_failure = self._output_failed
        return lane.adopt(out)

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def stop(self) -> None:
        """End cleanly: stop producing, flush encoders, let every output finish its stream."""
        if self._stop.is_set():
            return
        self._stop.set()
        for lane in self.lanes:
            lane.join(timeout=10)
        for t in self._threads:
            t.join(timeout=10)
        for src in (self.config.video, self.config.audio):
            if src is not None:
                src.stop()
        for out in self.outputs:
            out.finish()
        self._stopped_at = time.monotonic()

    # -- the parts ------------------------------------------------------------------------
    @property
    def outputs(self) -> list[Output]:
        """Every output of every canvas, the main canvas's first (a new list each time)."""
        return [o for lane in self.lanes for o in lane.outputs]

    def lane(self, orientation: Orientation | None = None) -> CanvasLane:
        """The canvas of that orientation (None: the main one). Raises UsageError when the
        show has no such canvas, or before `start()`."""
        for lane in self.lanes:
            if orientation is None or lane.canvas.orientation is orientation:
                return lane
        what = orientation.word if orientation is not None else "main"
        raise UsageError(i18n._("This show has no {what} canvas.").format(what=what))

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
            others = [o for o in self.outputs if o is not out and o.fatal is None]
            event = RecordingFailed(err, out.path, ends_show=not others)
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
        """Watch every canvas for sustained overload and suggest one concrete step down."""
        windows: list[list[tuple[int, int]]] = [[] for _ in self.lanes]
        last = [(0, 0) for _ in self.lanes]
        while not self._stop.wait(1.0):
            overloaded, calm = False, True
            for i, lane in enumerate(self.lanes):
                c = lane.counters
                now = (c.ticks + c.frames_lagged, c.frames_skipped + c.frames_lagged)
                windows[i] = [*windows[i], (now[0] - last[i][0], now[1] - last[i][1])]
                windows[i] = windows[i][-SUGGEST_AFTER_S:]
                last[i] = now
                w = windows[i]
                overloaded = overloaded or (
                    len(w) == SUGGEST_AFTER_S
                    and all(bad > SUGGEST_RATIO * max(1, ticks) for ticks, bad in w)
                )
                calm = calm and not any(bad for _, bad in w)
            if overloaded and self.suggestion is None:
                self.suggestion = self._downgrade()
                log.warning("%s", self.suggestion.message)
                for cb in list(self._listeners):
                    try:
                        cb(self.suggestion)
                    except Exception:  # a listener must not stop the show
                        log.exception("suggestion listener failed")
            elif calm:
                self.suggestion = None

    def _downgrade(self) -> Suggestion:
        skipped = sum(lane.counters.frames_skipped for lane in self.lanes)
        lagged = sum(lane.counters.frames_lagged for lane in self.lanes)
        encoder_slow = skipped >= lagged
        lower = step_down(self.config.canvas)
        lost = f"more than 5 % of frames were lost for {SUGGEST_AFTER_S} s"
        if len(self.lanes) > 1:
            names = " and ".join(lane.name for lane in self.lanes)
            if lower is not None:
                return Suggestion(
                    SuggestionKind.PROFILE,
                    f"This computer can't encode both canvases ({names}) in real time: "
                    f"{lost}. Switch both to {lower.title.split()[0]}, use a hardware "
                    "encoder, or send one canvas.",
                    {"profile": lower.name},
                )
            hardware = "" if self.encoder_name != "libx264" else ", use a hardware encoder,"
            return Suggestion(
                SuggestionKind.CANVASES,
                f"This computer can't encode both canvases ({names}) in real time: {lost}. "
                f"Close other apps{hardware} or send one canvas.",
                {"canvases": self.lanes[0].name},
            )
        if lower is not None:
            return Suggestion(
                SuggestionKind.PROFILE,
                f"This computer can't keep up with {self.config.profile}: {lost}. "
                f"Switch to {lower.name}.",
                {"profile": lower.name},
            )
        part = "encoder" if encoder_slow else "compositor"
        return Suggestion(
            SuggestionKind.PRESET,
            f"The {part} can't keep up: {lost}. Close other apps or use a hardware encoder.",
            {"encoder": "auto"},
        )

    # -- commands -------------------------------------------------------------------------
    def reconnect_now(self) -> None:
        """Every stream output waiting to reconnect (or stalled) tries again at once."""
        for out in self.outputs:
            if isinstance(out, RtmpOutput):
                out.reconnect_now()

    def start_recording(self, path: Path, orientation: Orientation | None = None) -> Recorder:
        """Record one canvas (None: the main one) from its next keyframe on, while the show
        runs (the window's Record toggle). Raises RecordingError when the file cannot be
        created, UsageError when the show has no such canvas."""
        lane = self.lane(orientation)
        rec = Recorder(path, lane.layout, self._recording_name(lane))
        rec.on_failure = self._output_failed
        rec.queue.skip_to_keyframe()  # empty queue: waits for the next keyframe
        rec.start()
        with self._outputs_lock:  # the encoder threads read the lists without the lock
            lane.adopt(rec)
        return rec

    def stop_recording(self) -> list[Path]:
        """Finish every recording (blocks while an .mp4 is remuxed); returns their files (none
        for a recording stopped before its first keyframe: it recorded nothing)."""
        with self._outputs_lock:
            recs = [r for lane in self.lanes for r in lane.drop_recordings()]
        for rec in recs:
            rec.finish()
        return [rec.path for rec in recs if not rec.empty]

    @property
    def recording(self) -> bool:
        """True while a recording runs."""
        return any(isinstance(o, Recorder) for o in self.outputs)

    # -- threads ------------------------------------------------------------------------
    def _fan_out(self, packets: list[EncodedPacket]) -> None:
        """Audio packets: encoded once, to every output of every canvas."""
        for lane in self.lanes:
            lane.fan_out(packets)

    def _account(self, packets: list[EncodedPacket]) -> None:
        for p in packets:
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
        _, audio_kbps = c.recent_rates()
        duration = self.elapsed()
        outs = tuple(o.status() for o in self.outputs)
        canvases = tuple(
            lane.stats(tuple(s for s in outs if s.canvas == lane.name)) for lane in self.lanes
        )
        main = self.lanes[0].counters if self.lanes else Counters()
        age = main.percentile(main.video_age, 0.5) or 0.0
        audio_err = float(getattr(self.config.audio, "clock_error_ms", 0.0) or 0.0)
        video_bytes = sum(lane.counters.bytes_video for lane in self.lanes)
        lat50 = [x.latency_ms_p50 for x in canvases if x.latency_ms_p50 is not None]
        lat95 = [x.latency_ms_p95 for x in canvases if x.latency_ms_p95 is not None]
        with_video = [x for x in canvases if self.config.video is not None]
        return PipelineStats(
            encoder=self.encoder_name,
            profile=self.config.profile,
            frames_encoded=sum(x.frames_encoded for x in canvases),
            frames_skipped=sum(x.frames_skipped for x in canvases),
            frames_lagged=sum(x.frames_lagged for x in canvases),
            frames_dropped=sum(x.frames_dropped for x in canvases),
            duration_s=duration,
            fps=min((x.fps for x in with_video), default=0.0),
            bitrate_kbps=(
                (video_bytes + c.bytes_audio) * 8 / 1000 / duration if duration > 0 else 0.0
            ),
            bitrate_recent_kbps=sum(x.bitrate_recent_kbps for x in canvases) + audio_kbps,
            av_offset_ms=age * 1000 - audio_err,
            latency_ms_p50=max(lat50, default=None),
            latency_ms_p95=max(lat95, default=None),
            cpu_percent=c.cpu_percent(),
            losses=Losses(
                max((x.losses.skipped for x in canvases), default=0.0),
                max((x.losses.lagged for x in canvases), default=0.0),
                max((x.losses.dropped for x in canvases), default=0.0),
            ),
            suggestion=self.suggestion,
            warnings=tuple(self._warnings(outs)),
            outputs=outs,
            canvases=canvases,
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
