"""Broadcast statistics named for what went wrong where, so a user can act on each.

Following OBS Studio's output statistics: *skipped* = the encoder fell behind (a composed
frame found the encoder's queue full), *lagged* = the compositor missed its tick (render lag),
*dropped* = the network could not take the frames (an output's drop policy threw them away).
Each is shown as a share of the frames the clock asked for; warn above 1 %, alarm above 5 %.

`Counters` is what the pipeline threads bump while the show runs (thread-safe, one typed
method per event). `PipelineStats` and `OutputStats` are the frozen snapshots every reader
gets (`Pipeline.stats()`): the window's health bar, the session, `studio broadcast`'s status
line, the tests. They are turned into JSON only at the edge (`to_json()`: `--stats-json` and
the support bundle), with the key names that file has always had.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from studio import i18n
from studio.canvases import Orientation
from studio.engine.events import Suggestion
from studio.errors import OutputError, StudioError

WARN_RATIO = 0.01
ALARM_RATIO = 0.05

JsonValue = str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]
Json = dict[str, JsonValue]


class Level(StrEnum):
    """How bad a loss ratio is: ok (<= 1 %), warn (<= 5 %), alarm (> 5 %)."""

    OK = "ok"
    WARN = "warn"
    ALARM = "alarm"


def level(ratio: float) -> Level:
    """The level of a loss ratio (0.02 = 2 % of frames lost → WARN)."""
    return Level.ALARM if ratio > ALARM_RATIO else Level.WARN if ratio > WARN_RATIO else Level.OK


class Loss(StrEnum):
    """Where frames were lost (OBS's names), each with what a person can do about it."""

    SKIPPED = "skipped"  # the encoder was too slow
    LAGGED = "lagged"  # the compositor missed its tick
    DROPPED = "dropped"  # the network could not take the frames

    @property
    def advice(self) -> str:
        """The slow part and the fix, as a clause ('the encoder is too slow (try ...)')."""
        return _ADVICE[self]

    @property
    def advice_label(self) -> str:
        """`advice` in the interface language, for people (`advice` stays English: it is a
        value of --stats-json that scripts read)."""
        return i18n._(_ADVICE[self])


_ADVICE = {
    Loss.SKIPPED: i18n.N_("the encoder is too slow (try a lower profile or a faster encoder)"),
    Loss.LAGGED: i18n.N_("the compositor is too slow (close other apps or use fewer overlays)"),
    Loss.DROPPED: i18n.N_("the network is too slow (lower the bitrate)"),
}


@dataclass(frozen=True)
class Losses:
    """One value per `Loss` (ratios as 0..1 floats, or their `Level`s)."""

    skipped: float
    lagged: float
    dropped: float

    def __getitem__(self, loss: Loss) -> float:
        return {Loss.SKIPPED: self.skipped, Loss.LAGGED: self.lagged, Loss.DROPPED: self.dropped}[
            loss
        ]

    def items(self) -> Iterator[tuple[Loss, float]]:
        """(loss, ratio) for each loss, in `Loss` order."""
        return ((loss, self[loss]) for loss in Loss)

    def levels(self) -> Levels:
        """Each ratio's colour level."""
        return Levels(level(self.skipped), level(self.lagged), level(self.dropped))

    def worst(self) -> Loss | None:
        """The loss above 1 % that is largest (the slow part to name), or None."""
        loss, ratio = max(self.items(), key=lambda kv: kv[1])
        return loss if ratio > WARN_RATIO else None


@dataclass(frozen=True)
class Levels:
    """The colour level of each loss ratio."""

    skipped: Level = Level.OK
    lagged: Level = Level.OK
    dropped: Level = Level.OK

    def __getitem__(self, loss: Loss) -> Level:
        return {Loss.SKIPPED: self.skipped, Loss.LAGGED: self.lagged, Loss.DROPPED: self.dropped}[
            loss
        ]

    @property
    def worst(self) -> Level:
        """The most severe of the three."""
        values = (self.skipped, self.lagged, self.dropped)
        return next((lv for lv in (Level.ALARM, Level.WARN) if lv in values), Level.OK)


class OutputKind(StrEnum):
    """A network destination (RTMP/RTMPS) or the local recording."""

    STREAM = "stream"
    RECORDING = "recording"


class OutputState(StrEnum):
    """An output's life. Streams: connecting → live → reconnecting → live ... → stopped, or
    failed (for good). The recording: connecting (thread starting) → recording → finalizing
    (remux to .mp4) → stopped, or failed."""

    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    FAILED = "failed"
    STOPPED = "stopped"
    RECORDING = "recording"
    FINALIZING = "finalizing"


@dataclass(frozen=True)
class OutputFault:
    """A typed, secret-free view of an output's error: what happened (`message`), what to do
    (`hint`), and whether trying again can help (`retryable`: False for a rejected stream key
    or a recording error, from `studio.errors`)."""

    message: str
    hint: str = ""
    retryable: bool = True

    @classmethod
    def of(cls, err: StudioError) -> OutputFault:
        """The typed view of `err` (retryable only for an OutputError that says so)."""
        retryable = isinstance(err, OutputError) and err.retryable
        return cls(err.message, err.hint, retryable)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


@dataclass(frozen=True)
class OutputStats:
    """One output's snapshot. Counts are video frames; `send_buffer_ms` is what waits in the
    output's queue plus what the server has not confirmed yet, in milliseconds.

    `canvas` names the canvas whose encode this output carries (its profile, e.g.
    '720p30-vertical'; a show has one or two). `retry_in_s` and `attempt` are set while
    reconnecting (seconds until the next try, and
    which try that is, from 1). `error` is why the output failed for good (state FAILED);
    `last_error` why the last connection attempt or connection ended (while connecting or
    reconnecting). `reached` is True once a server took the stream at least once (it
    acknowledged media, kept a session a few seconds, or to a clean end: a server that accepts
    the publish and closes at once has not). `frames_lost` is the part of `frames_dropped`
    that was sent on a connection that died before the server confirmed it (a server may
    still have taken a few of those unacknowledged).
    """

    name: str
    kind: OutputKind
    state: OutputState = OutputState.CONNECTING
    retry_in_s: float | None = None
    attempt: int = 0
    reconnects: int = 0
    frames_sent: int = 0
    frames_dropped: int = 0
    bytes_sent: int = 0
    send_buffer_ms: float = 0.0
    error: OutputFault | None = None
    last_error: OutputFault | None = None
    reached: bool = False
    canvas: str = ""
    frames_lost: int = 0

    def describe(self) -> str:
        """The state in words, as the CLI's status line and --stats-json say it."""
        if self.state is OutputState.RECONNECTING and self.retry_in_s is not None:
            # i18n: not shown (a --stats-json value; the window words it in broadcast_vm)
            return f"reconnecting in {self.retry_in_s:.0f} s (attempt {self.attempt})"
        if self.state is OutputState.FAILED and self.error is not None:
            return f"failed: {self.error.message}"
        return self.state.value

    def to_json(self) -> Json:
        """The --stats-json shape of one output (the first release's keys, and its canvas)."""
        return {
            "name": self.name,
            "canvas": self.canvas,
            "state": self.state.value,
            "status": self.describe(),
            "reconnects": self.reconnects,
            "frames_sent": self.frames_sent,
            "frames_dropped": self.frames_dropped,
            "frames_lost_in_flight": self.frames_lost,
            "send_buffer_ms": round(self.send_buffer_ms, 1),
            "bytes_sent": self.bytes_sent,
            "error": self.error.message if self.error is not None else None,
        }


@dataclass(frozen=True)
class EngineWarning:
    """Something a person should know now, with what to do: a source that stopped, or one
    destination that failed while others go on (`output` names it)."""

    message: str
    hint: str = ""
    output: str | None = None

    def __str__(self) -> str:
        text = f"{self.message} {self.hint}".strip()
        return f"{self.output}: {text}" if self.output is not None else text


@dataclass(frozen=True)
class CanvasStats:
    """One canvas's snapshot: `profile` (its name, e.g. '720p30-vertical') and `orientation`;
    frames its encoder produced (`frames_encoded`), `frames_skipped` (its encoder too slow),
    `frames_lagged` (its compositor missed ticks), `frames_dropped` (summed over its stream
    outputs); `fps` and `bitrate_recent_kbps` (its video) over the last ~3 s; capture → packet
    latency in ms (None before the first frame); `losses` as shares of its clock's ticks."""

    profile: str
    orientation: Orientation
    frames_encoded: int = 0
    frames_skipped: int = 0
    frames_lagged: int = 0
    frames_dropped: int = 0
    fps: float = 0.0
    bitrate_recent_kbps: float = 0.0
    latency_ms_p50: float | None = None
    latency_ms_p95: float | None = None
    losses: Losses = field(default_factory=lambda: Losses(0.0, 0.0, 0.0))

    @property
    def levels(self) -> Levels:
        """Each loss ratio's colour level."""
        return self.losses.levels()

    @property
    def slow_part(self) -> Loss | None:
        """Where this canvas loses frames most, when more than 1 % are (None otherwise)."""
        return self.losses.worst()

    def to_json(self) -> Json:
        """The --stats-json shape of one canvas."""
        slow = self.slow_part
        return {
            "profile": self.profile,
            "orientation": self.orientation.value,
            "frames_encoded": self.frames_encoded,
            "frames_skipped": self.frames_skipped,
            "frames_lagged": self.frames_lagged,
            "frames_dropped": self.frames_dropped,
            "fps": round(self.fps, 2),
            "bitrate_recent_kbps": round(self.bitrate_recent_kbps, 1),
            "latency_ms_p50": _round(self.latency_ms_p50, 1),
            "latency_ms_p95": _round(self.latency_ms_p95, 1),
            "levels": {loss.value: self.levels[loss].value for loss in Loss},
            "slow_part": slow.advice if slow is not None else None,
        }


@dataclass(frozen=True)
class PipelineStats:
    """A snapshot of the whole show (`Pipeline.stats()`), cheap enough to poll a few times a
    second from any thread.

    Frame counts: `frames_encoded` by the video encoder(s); `frames_skipped` (encoder too
    slow), `frames_lagged` (compositor missed ticks) and `frames_dropped` (network, summed over
    the stream outputs, not the recording); with two canvases each count is their sum and
    `canvases` has one `CanvasStats` each (the first is the show's main canvas, `profile`).
    `losses` is the worst canvas's ratio of each kind. Rates: `fps` (the slowest canvas's)
    and `bitrate_recent_kbps` over the last ~3 s, `bitrate_kbps` over the whole show (every
    video encode + the audio, kilobits per second). Times in
    the unit their name says. `latency_ms_*` is capture → encoded packet (None before the
    first frame); `av_offset_ms` how much later video is captured than audio is played out.
    `cpu_percent` is this process since the show started (100 = one core).
    """

    encoder: str = ""
    profile: str = ""
    frames_encoded: int = 0
    frames_skipped: int = 0
    frames_lagged: int = 0
    frames_dropped: int = 0
    duration_s: float = 0.0
    fps: float = 0.0
    bitrate_kbps: float = 0.0
    bitrate_recent_kbps: float = 0.0
    av_offset_ms: float = 0.0
    latency_ms_p50: float | None = None
    latency_ms_p95: float | None = None
    cpu_percent: float = 0.0
    losses: Losses = field(default_factory=lambda: Losses(0.0, 0.0, 0.0))
    suggestion: Suggestion | None = None
    warnings: tuple[EngineWarning, ...] = ()
    outputs: tuple[OutputStats, ...] = ()
    canvases: tuple[CanvasStats, ...] = ()

    def outputs_of(self, profile: str) -> tuple[OutputStats, ...]:
        """The outputs carrying the canvas named `profile`, in the order they were given."""
        return tuple(o for o in self.outputs if o.canvas == profile)

    @property
    def levels(self) -> Levels:
        """Each loss ratio's colour level."""
        return self.losses.levels()

    @property
    def slow_part(self) -> Loss | None:
        """Where frames are lost most, when more than 1 % are (None otherwise)."""
        return self.losses.worst()

    @property
    def reconnects(self) -> int:
        """Reconnections after a drop, over every output."""
        return sum(o.reconnects for o in self.outputs)

    @property
    def streams(self) -> tuple[OutputStats, ...]:
        """The network destinations, in the order they were given."""
        return tuple(o for o in self.outputs if o.kind is OutputKind.STREAM)

    @property
    def recording(self) -> OutputStats | None:
        """The local recording's snapshot, or None when not recording."""
        return next((o for o in self.outputs if o.kind is OutputKind.RECORDING), None)

    def _lead(self) -> OutputStats | None:
        """The stream whose state speaks for the show (None: recording only)."""
        net = self.streams
        if not net:
            return None
        for wanted in (OutputState.LIVE, OutputState.RECONNECTING):
            found = next((s for s in net if s.state is wanted), None)
            if found is not None:
                return found
        return net[0]

    @property
    def state(self) -> OutputState:
        """The show's state: LIVE if any stream is, else RECONNECTING if any is, else the
        first stream's state; RECORDING when there is no network destination."""
        lead = self._lead()
        return OutputState.RECORDING if lead is None else lead.state

    def describe_state(self) -> str:
        """The show's state in words (the CLI status line and --stats-json's "state")."""
        lead = self._lead()
        if lead is None:
            return OutputState.RECORDING.value
        if lead.state is OutputState.RECONNECTING:
            return lead.describe()
        if all(s.state is OutputState.FAILED for s in self.streams):
            return lead.describe()
        return lead.state.value

    def to_json(self) -> Json:
        """The --stats-json document: the same keys and rounding it has always had."""
        slow = self.slow_part
        return {
            "state": self.describe_state(),
            "encoder": self.encoder,
            "profile": self.profile,
            "frames_encoded": self.frames_encoded,
            "frames_skipped": self.frames_skipped,
            "frames_lagged": self.frames_lagged,
            "frames_dropped": self.frames_dropped,
            "reconnects": self.reconnects,
            "duration_s": round(self.duration_s, 3),
            "fps": round(self.fps, 2),
            "bitrate_kbps": round(self.bitrate_kbps, 1),
            "bitrate_recent_kbps": round(self.bitrate_recent_kbps, 1),
            "av_offset_ms": round(self.av_offset_ms, 2),
            "latency_ms_p50": _round(self.latency_ms_p50, 1),
            "latency_ms_p95": _round(self.latency_ms_p95, 1),
            "cpu_percent": round(self.cpu_percent, 1),
            "levels": {loss.value: self.levels[loss].value for loss in Loss},
            "slow_part": slow.advice if slow is not None else None,
            "suggestion": self.suggestion.message if self.suggestion is not None else None,
            "warnings": [str(w) for w in self.warnings],
            "outputs": [o.to_json() for o in self.outputs],
            "canvases": [c.to_json() for c in self.canvases],
        }


def _round(value: float | None, digits: int) -> float | None:
    return round(value, digits) if value is not None else None


class Counters:
    """Thread-safe counters and rolling windows fed by the pipeline threads.

    Writers: the compositor (`tick`, `lagged`, `skipped`), the encoder threads
    (`video_encoded`, `audio_encoded`); readers: the monitor and `Pipeline.stats()`. One
    method per event, so a misspelt counter is a type error, not a crash mid-show.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.frames_encoded = 0
        self.frames_skipped = 0
        self.frames_lagged = 0
        self.ticks = 0
        self.bytes_video = 0
        self.bytes_audio = 0
        self.audio_blocks = 0
        self.latencies: deque[float] = deque(maxlen=600)  # capture → packet, seconds
        self.video_age: deque[float] = deque(maxlen=300)  # tick time - capture time, seconds
        self._recent: deque[tuple[float, int, int]] = deque(maxlen=64)
        self._cpu0 = self._cpu()
        self._wall0 = time.monotonic()

    @staticmethod
    def _cpu() -> float:
        # User + system CPU seconds of the whole process (all threads), like getrusage's
        # RUSAGE_SELF, but portable: the `resource` module does not exist on Windows.
        return time.process_time()

    def tick(self, video_age_s: float) -> None:
        """The compositor produced a frame whose source was captured `video_age_s` ago."""
        with self._lock:
            self.ticks += 1
            self.video_age.append(video_age_s)

    def lagged(self, ticks: int) -> None:
        """The compositor woke up late and missed `ticks` ticks."""
        with self._lock:
            self.frames_lagged += ticks

    def skipped(self) -> None:
        """A composed frame found the encoder's queue full and was not encoded."""
        with self._lock:
            self.frames_skipped += 1

    def video_encoded(self, nbytes: int, latency_s: float) -> None:
        """The encoder produced one video packet of `nbytes`, `latency_s` after capture."""
        with self._lock:
            self.frames_encoded += 1
            self.bytes_video += nbytes
            self.latencies.append(latency_s)

    def audio_encoded(self, nbytes: int) -> None:
        """The AAC encoder produced one packet (1024 samples) of `nbytes`."""
        with self._lock:
            self.audio_blocks += 1
            self.bytes_audio += nbytes

    def sample(self) -> None:
        """Called periodically: remembers (time, frames, bytes) for the recent fps/bitrate."""
        with self._lock:
            self._recent.append(
                (time.monotonic(), self.frames_encoded, self.bytes_video + self.bytes_audio)
            )

    def recent_rates(self) -> tuple[float, float]:
        """(fps, kbps) over the last few seconds."""
        with self._lock:
            pts = [p for p in self._recent if p[0] >= time.monotonic() - 3.0]
        if len(pts) < 2 or pts[-1][0] <= pts[0][0]:
            return 0.0, 0.0
        dt = pts[-1][0] - pts[0][0]
        return (pts[-1][1] - pts[0][1]) / dt, (pts[-1][2] - pts[0][2]) * 8 / 1000 / dt

    def cpu_percent(self) -> float:
        """Process CPU since start, in % of one core."""
        wall = time.monotonic() - self._wall0
        return 100.0 * (self._cpu() - self._cpu0) / wall if wall > 0 else 0.0

    def percentile(self, values: Iterable[float], q: float) -> float | None:
        """The q-quantile (0..1, nearest rank) of one of the rolling windows, or None."""
        with self._lock:
            data = sorted(values)
        if not data:
            return None
        return data[min(len(data) - 1, int(q * len(data)))]
