"""Sources that survive their device: hot-swap, reopen after an unplug, level metering.

The engine takes one video and one audio source for the life of a show. A creator's camera can
be unplugged or swapped mid-show, so the window hands the engine these wrappers instead: the
inner source can be replaced at any time, and when it fails the wrapper reports "no picture"
(the compositor then shows its slate, the app adds a "be right back" card) while a watchdog
thread tries to reopen the device. Audio keeps flowing: a failed microphone reads as silence.
"""

from __future__ import annotations

import logging
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from studio import i18n
from studio.capture.silence import SILENCE_AFTER_S, SilenceDetector, SilenceWarning
from studio.errors import SourceError, StudioError
from studio.media.clock import MasterClock
from studio.media.frames import TimedVideoFrame
from studio.media.sources import CHANNELS, AudioSource, VideoSource

log = logging.getLogger(__name__)

VideoFactory = Callable[[], VideoSource | None]
AudioFactory = Callable[[], AudioSource | None]

SILENCE_DB = -90.0


@dataclass(frozen=True)
class Backoff:
    """When to try a failed device again: `first` seconds after it failed, then twice as long
    each time up to `cap`, each delay moved by up to ±`jitter` of itself so two studios on one
    machine don't retry in step. The shape of the design brief's reconnect rule (start ~2 s,
    double, cap), shorter because a camera plugged back in should be back within seconds."""

    first: float = 1.0
    cap: float = 8.0
    jitter: float = 0.2

    def delay(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before try number `attempt` (1 = the first retry)."""
        base = min(self.cap, self.first * 2.0 ** max(0, attempt - 1))
        return float(base * (1 + self.jitter * (2 * rand() - 1)))


def _problem(exc: BaseException, what: str) -> SourceError:
    if isinstance(exc, StudioError):
        return SourceError(exc.message, exc.hint)
    return SourceError(i18n._("The {what} could not be opened ({exc}).").format(what=what, exc=exc))


class SwitchableVideo:
    """A VideoSource whose device can be replaced while the engine runs, and is reopened with
    back-off when it fails (unplugged, its screen gone).

    Used by the window (camera swaps and unplugs) and by the headless `studio broadcast` for
    live devices alike. While the device is missing, `take` returns None: the compositor shows
    its slate and the show's layers add the 'be right back' card (session/layers.py).
    Threads: `take` on the compositor; the watchdog thread reopens; `swap` on a worker.
    """

    def __init__(
        self,
        factory: VideoFactory,
        label: str = "",
        backoff: Backoff | None = None,
        *,
        first: VideoSource | None = None,
        strict_start: bool = False,
    ):
        """`first`: an already built source to start with (the factory opens later ones);
        `strict_start`: let `start` raise when the first open fails (a command line should
        say so at once) instead of showing the slate and retrying (the window)."""
        self.name = "switchable video"
        self.label = label
        self._factory = factory
        self._backoff = backoff or Backoff()
        self._first = first
        self._strict = strict_start
        self._lock = threading.Lock()
        self._inner: VideoSource | None = None
        self._problem: SourceError | None = None
        self._params: tuple[MasterClock, int, int, int] | None = None
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None
        self.swaps = 0
        self.reopens = 0  # devices brought back by the watchdog
        self.attempts = 0  # failed reopen attempts since the device went missing
        self.next_attempt_s: float | None = None  # monotonic time of the next try

    # -- VideoSource -----------------------------------------------------------------------
    def start(self, clock: MasterClock, width: int, height: int, fps: int) -> None:
        self._stop.clear()
        self._params = (clock, width, height, fps)
        first, self._first = self._first, None
        factory = self._factory if first is None else (lambda: first)
        self._open(factory, raise_errors=self._strict)
        self._watchdog = threading.Thread(target=self._watch, name="video-watchdog", daemon=True)
        self._watchdog.start()

    def take(self, t: float) -> TimedVideoFrame | None:
        inner = self._inner
        if inner is None or inner.error is not None:
            return None  # the compositor shows its slate; the layers add "be right back"
        return inner.take(t)

    @property
    def error(self) -> SourceError | None:
        return None  # never fatal for the engine: see `problem`

    def stop(self) -> None:
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=self._backoff.cap + 5)
        with self._lock:
            inner, self._inner = self._inner, None
        if inner is not None:
            inner.stop()

    # -- the app's side --------------------------------------------------------------------
    @property
    def problem(self) -> SourceError | None:
        """Why there is no picture right now (unplugged, failed to open), or None."""
        inner = self._inner
        if inner is not None and inner.error is not None:
            return inner.error
        return self._problem

    @property
    def wanted(self) -> bool:
        """False when the user chose no camera (then no slate is needed either)."""
        return self._inner is not None or self._problem is not None

    def swap(self, factory: VideoFactory, label: str = "") -> None:
        """Use another device from now on (blocks while it opens: call off the GUI thread)."""
        self._factory = factory
        self.label = label or self.label
        if self._params is not None:
            self._open(factory)
            self.swaps += 1

    def _open(self, factory: VideoFactory, raise_errors: bool = False) -> bool:
        """Open and start a source from `factory`; True when it runs. Errors become
        `problem` (or are raised, with `raise_errors`)."""
        assert self._params is not None
        clock, w, h, fps = self._params
        new: VideoSource | None = None
        problem: SourceError | None = None
        try:
            new = factory()
            if new is not None:
                new.start(clock, w, h, fps)
        except Exception as exc:
            if raise_errors:
                raise
            log.warning("video source failed to open: %s", exc)
            problem, new = _problem(exc, "camera"), None
        with self._lock:
            old, self._inner, self._problem = self._inner, new, problem
        if old is not None:
            try:
                old.stop()
            except Exception:
                log.exception("stopping the previous video source failed")
        return problem is None

    def _watch(self) -> None:
        """Reopen a failed device with back-off: plugging it back in brings it back."""
        while not self._stop.wait(0.1):
            if self.problem is None:
                self.attempts, self.next_attempt_s = 0, None
                continue
            if self.next_attempt_s is None:  # it just failed: schedule the first try
                self.next_attempt_s = time.monotonic() + self._backoff.delay(1)
            if time.monotonic() < self.next_attempt_s:
                continue
            log.info("trying to reopen the video source %s", self.label)
            if self._open(self._factory):
                self.reopens += 1
                log.info("the video source %s is back", self.label)
                self.attempts, self.next_attempt_s = 0, None
            else:
                self.attempts += 1
                delay = self._backoff.delay(self.attempts + 1)
                self.next_attempt_s = time.monotonic() + delay


def levels_db(pcm: np.ndarray) -> tuple[float, float]:
    """(peak, rms) in dBFS of a float32 block; silence is SILENCE_DB."""
    if pcm.size == 0:
        return SILENCE_DB, SILENCE_DB
    peak = float(np.max(np.abs(pcm)))
    rms = math.sqrt(float(np.mean(np.square(pcm, dtype=np.float32))))

    def db(v: float) -> float:
        return max(SILENCE_DB, 20.0 * math.log10(v)) if v > 0 else SILENCE_DB

    return db(peak), db(rms)


class MeteredAudio:
    """An AudioSource wrapper: swappable, mutable, metered; a failed device reads as silence."""

    def __init__(
        self, factory: AudioFactory, label: str = "", silence_after_s: float = SILENCE_AFTER_S
    ) -> None:
        self.name = "metered audio"
        self.silence_detector = SilenceDetector(silence_after_s)
        self.label = label
        self._factory = factory
        self._inner: AudioSource | None = None
        self._problem: SourceError | None = None
        self._clock: MasterClock | None = None
        self._lock = threading.Lock()
        self.muted = False
        self.peak_db = SILENCE_DB
        self.rms_db = SILENCE_DB

    def start(self, clock: MasterClock) -> None:
        self._clock = clock
        self.silence_detector.reset()  # a new engine: count from its first sample
        self._open(self._factory)

    def read(self, start: int, n: int) -> np.ndarray:
        inner = self._inner
        if inner is None or inner.error is not None:
            pcm = np.zeros((n, CHANNELS), np.float32)
        else:
            pcm = inner.read(start, n)
        if self.muted:
            pcm = np.zeros_like(pcm)
        self.peak_db, self.rms_db = levels_db(pcm)
        self.silence_detector.feed(pcm, start, self.muted)
        return pcm

    @property
    def silence(self) -> SilenceWarning | None:
        """'No sound' for longer than the detector's limit, naming the microphone; or None."""
        inner = self._inner
        return self.silence_detector.warning(inner.name if inner is not None else self.label)

    @property
    def latency(self) -> float:
        inner = self._inner
        return inner.latency if inner is not None else 0.0

    @property
    def error(self) -> SourceError | None:
        return None

    @property
    def problem(self) -> SourceError | None:
        inner = self._inner
        if inner is not None and inner.error is not None:
            return inner.error
        return self._problem

    @property
    def clock_error_ms(self) -> float:
        return float(getattr(self._inner, "clock_error_ms", 0.0))

    def swap(self, factory: AudioFactory, label: str = "") -> None:
        self._factory = factory
        self.label = label or self.label
        self.silence_detector.reset()
        if self._clock is not None:
            self._open(factory)

    def _open(self, factory: AudioFactory) -> None:
        assert self._clock is not None
        new: AudioSource | None = None
        problem: SourceError | None = None
        try:
            new = factory()
            if new is not None:
                new.start(self._clock)
        except Exception as exc:
            log.warning("audio source failed to open: %s", exc)
            problem, new = _problem(exc, "microphone"), None
        with self._lock:
            old, self._inner, self._problem = self._inner, new, problem
        if old is not None:
            try:
                old.stop()
            except Exception:
                log.exception("stopping the previous audio source failed")

    def stop(self) -> None:
        with self._lock:
            inner, self._inner = self._inner, None
        if inner is not None:
            inner.stop()
        self.peak_db = self.rms_db = SILENCE_DB
