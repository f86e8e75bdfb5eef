"""Preview pictures for the window: the composed output, small, at a reduced rate.

The window must show what viewers see without taking time from the encoder. `PreviewTap` sits
on the compositor thread and costs one integer compare per frame: every Nth composed frame goes
into a one-slot mailbox (newest wins, never blocks) and a converter thread of its own scales it
to RGB. `IdlePreview` is the same picture while not live: sources and overlays composed at the
preview rate with no encoder at all. Qt-free: the callback receives numpy arrays.

Both redraw at once, off their schedule, when the overlay source says its content changed (a
layer source with a `changed` ChangeSignal, e.g. the overlay scene): a card pinned from a
stream deck shows on the preview within a frame of being rendered, not up to 1/15 s later.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import av
import numpy as np

from studio.engine.compositor import Compositor
from studio.engine.program import ScenePlayer
from studio.engine.refit import CanvasFit
from studio.media.clock import MasterClock
from studio.media.fit import VideoFit
from studio.media.layers import ChangeSignal, Layer
from studio.media.sources import SAMPLE_RATE, AudioSource, VideoSource

log = logging.getLogger(__name__)

PREVIEW_FPS = 15
PREVIEW_HEIGHT = 360
# The compositor reuses its output frames after this many ticks (its pool); a conversion that
# took longer may have read a frame being overwritten, so its result is dropped.
_REUSE_TICKS = 4


def change_signal(source: object) -> ChangeSignal | None:
    """The `changed` signal of a layer source that has one (the overlay scene), else None."""
    signal = getattr(source, "changed", None)
    return signal if isinstance(signal, ChangeSignal) else None


@dataclass(frozen=True, eq=False)
class PreviewFrame:
    """One preview picture: RGB uint8 (h, w, 3), C-contiguous; `t` is its master-clock time."""

    rgb: np.ndarray
    t: float


PreviewCallback = Callable[[PreviewFrame], None]


def preview_size(width: int, height: int, max_height: int = PREVIEW_HEIGHT) -> tuple[int, int]:
    """Downscaled size with the output's aspect, even numbers, never larger than the output."""
    h = min(height, max_height)
    w = round(width * h / height)
    return max(2, w & ~1), max(2, h & ~1)


def to_rgb(frame: av.VideoFrame, size: tuple[int, int]) -> np.ndarray:
    """`frame` scaled to `size` (w, h) as C-contiguous RGB uint8 of shape (h, w, 3).

    PyAV hands back a strided view when a row's bytes are not a multiple of the line
    alignment (a 202-pixel-wide preview of a 9:16 canvas): that one is copied, so the window
    can wrap the buffer in a QImage as is."""
    rgb = frame.reformat(size[0], size[1], "rgb24", interpolation="FAST_BILINEAR").to_ndarray()
    return np.ascontiguousarray(rgb)


class PreviewTap:
    """Takes every Nth composed frame off the compositor thread and converts it elsewhere.

    `offer()` runs on the compositor thread and never blocks (a one-slot mailbox, newest
    wins); a thread of its own ("preview") scales the frame to at most 360 lines of RGB and
    calls `callback` with a `PreviewFrame` there, about `preview_fps` times a second, and
    also takes the next two frames after `poke()` (the overlays changed: the frame composed
    after the change certainly shows it). A callback that raises is logged and the tap goes on.
    """

    def __init__(
        self,
        callback: PreviewCallback,
        width: int,
        height: int,
        fps: int,
        preview_fps: int = PREVIEW_FPS,
    ) -> None:
        self._callback = callback
        self._size = preview_size(width, height)
        self._every = max(1, round(fps / max(1, preview_fps)))
        self._cond = threading.Condition()
        self._slot: tuple[av.VideoFrame, float, int] | None = None
        self._tick = 0
        self._urgent = 0
        self._stop = False
        self.delivered = 0
        self.discarded = 0
        self._thread = threading.Thread(target=self._run, name="preview", daemon=True)
        self._thread.start()

    def offer(self, frame: av.VideoFrame, t: float, tick: int) -> None:
        """Compositor thread: O(1), never blocks on the converter."""
        self._tick = tick
        if tick % self._every:
            if not self._urgent:
                return
            self._urgent -= 1
        with self._cond:
            self._slot = (frame, t, tick)  # an unconverted older frame is simply replaced
            self._cond.notify()

    def poke(self) -> None:
        """Any thread: the picture changed, take the next frames off schedule. The frame being
        composed while this is called may predate the change, so two are taken."""
        self._urgent = 2

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._slot is None and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                assert self._slot is not None
                frame, t, tick = self._slot
                self._slot = None
            try:
                rgb = to_rgb(frame, self._size)
            except Exception:  # a preview must never disturb the show
                log.exception("preview conversion failed")
                continue
            if self._tick - tick >= _REUSE_TICKS:
                self.discarded += 1  # the compositor may have reused that frame meanwhile
                continue
            self._deliver(PreviewFrame(rgb, t))

    def _deliver(self, pf: PreviewFrame) -> None:
        try:
            self._callback(pf)
            self.delivered += 1
        except Exception:
            log.exception("preview callback failed")

    def close(self) -> None:
        """Stop the converter thread (waits up to 2 s); frames offered later are ignored."""
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        self._thread.join(timeout=2)


class LayerSource(Protocol):
    """Overlay layers for the compositor (the session's scene, or a test's)."""

    def layers_at(self, t: float) -> Sequence[Layer]:
        """The layers to draw at clock time `t` (seconds), bottom first. Called on the
        compositor thread once per tick: must return at once (finished, immutable layers)."""
        ...


@dataclass(frozen=True)
class PreviewCanvas:
    """Another canvas of the idle preview (a show's second, other-orientation canvas):
    `width` × `height` pixels, its own `overlays`, `fit` of the source and `callback`."""

    width: int
    height: int
    callback: PreviewCallback | None
    overlays: LayerSource | None = None
    fit: VideoFit | None = None


class IdlePreview:
    """The studio picture while not live: compose at the preview rate, encode nothing.

    Also pumps the audio source (so a level meter moves and a microphone's queue is drained)
    with the same sample-exact reads the live pipeline makes. `more` are the show's other
    canvases: composed from the same source frames (the source is started once, for the
    first canvas; each other canvas fits the decoded picture again, engine/refit.py) and
    handed to their own callbacks.
    """

    def __init__(
        self,
        callback: PreviewCallback | None,
        width: int,
        height: int,
        *,
        video: VideoSource | None = None,
        audio: AudioSource | None = None,
        overlays: LayerSource | None = None,
        source_fps: int = 30,
        preview_fps: int = PREVIEW_FPS,
        more: Sequence[PreviewCanvas] = (),
    ) -> None:
        self._callback = callback
        self.width, self.height = width, height
        self._video, self._audio, self._overlays = video, audio, overlays
        self._source_fps = source_fps
        self._period = 1.0 / max(1, preview_fps)
        self._size = preview_size(width, height)
        self._more = list(more)
        self.clock = MasterClock()
        self._stop = threading.Event()
        self._wake = threading.Event()  # set by a change of the overlays, and by stop()
        self._unhooks: list[Callable[[], None]] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        """Starts the sources (may block briefly: call it off the GUI thread)."""
        self.clock.start()
        self._compositor = Compositor(self.width, self.height, pool=2)
        self._others = [
            (c, Compositor(c.width, c.height, pool=2), CanvasFit(c.width, c.height, c.fit))
            for c in self._more
        ]
        if self._video is not None:
            self._video.start(self.clock, self.width, self.height, self._source_fps)
        if self._audio is not None:
            self._audio.start(self.clock)
            self._spawn(self._audio_loop, "preview-audio")
        for overlays in (self._overlays, *(c.overlays for c in self._more)):
            signal = change_signal(overlays)
            if signal is not None:
                self._unhooks.append(signal.connect(self._wake.set))
        self._spawn(self._video_loop, "preview-video")

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        t = threading.Thread(target=target, name=name, daemon=True)
        t.start()
        self._threads.append(t)

    def _video_loop(self) -> None:
        tick = int(self.clock.now() / self._period) + 1
        while not self._stop.is_set():
            due = tick * self._period
            poked = self._sleep_until(due)
            if self._stop.is_set():
                break
            if poked:  # the overlays changed: a frame now, then back on schedule
                t = self.clock.now()
            else:
                t = due
                tick = max(tick + 1, int(self.clock.now() / self._period) + 1)
            if self._callback is None and not any(c.callback for c in self._more):
                continue
            try:
                video = self._video
                if isinstance(video, ScenePlayer):
                    self._scene_tick(video, t)
                    continue
                src = None if video is None or video.error else video.take(t)
                if self._callback is not None:
                    layers = self._overlays.layers_at(t) if self._overlays is not None else ()
                    frame = self._compositor.compose(
                        src.frame if src else None, layers, src.placement if src else None
                    )
                    self._callback(PreviewFrame(to_rgb(frame, self._size), t))
                for c, compositor, fit in self._others:
                    if c.callback is None:
                        continue
                    picture, placement = fit(src) if src is not None else (None, None)
                    layers = c.overlays.layers_at(t) if c.overlays is not None else ()
                    frame = compositor.compose(picture, layers, placement)
                    c.callback(PreviewFrame(to_rgb(frame, preview_size(c.width, c.height)), t))
            except Exception:
                log.exception("idle preview frame failed")
                self._stop.wait(0.5)

    def _scene_tick(self, player: ScenePlayer, t: float) -> None:
        """One preview picture of each canvas of a show with scenes (engine/program.py)."""
        if not hasattr(self, "_renderers"):
            self._renderers = [player.renderer(self.width, self.height, self._source_fps)] + [
                player.renderer(c.width, c.height, self._source_fps) for c, _, _ in self._others
            ]
        if self._callback is not None:
            frame = self._renderers[0].render(self._compositor, t, self._overlays)
            self._callback(PreviewFrame(to_rgb(frame, self._size), t))
        for (c, compositor, _), renderer in zip(self._others, self._renderers[1:], strict=True):
            if c.callback is not None:
                frame = renderer.render(compositor, t, c.overlays)
                c.callback(PreviewFrame(to_rgb(frame, preview_size(c.width, c.height)), t))

    def _sleep_until(self, t: float) -> bool:
        """Sleep until clock time `t`, or less when poked (overlays changed) or stopped; True
        when cut short."""
        if self.clock.sleep_until(t, self._wake):
            return False
        self._wake.clear()
        return True

    def _audio_loop(self) -> None:
        audio = self._audio
        assert audio is not None
        n = 1024
        pos = int(self.clock.now() * SAMPLE_RATE)
        while not self._stop.is_set():
            due = (pos + n) / SAMPLE_RATE + audio.latency
            if not self.clock.sleep_until(due, self._stop):
                break
            try:
                audio.read(pos, n)
            except Exception:
                log.exception("idle audio read failed")
                time.sleep(0.5)
            pos += n

    def stop(self) -> None:
        """Stop both threads (waits up to 3 s each). The sources are the caller's to stop."""
        self._stop.set()
        self._wake.set()
        for unhook in self._unhooks:
            unhook()
        self._unhooks.clear()
        for t in self._threads:
            t.join(timeout=3)
        for src in (self._video, self._audio):
            if src is not None:
                try:
                    src.stop()
                except Exception:
                    log.exception("stopping a preview source failed")


class ScenePreview:
    """Studio mode's picture of the next scene (OBS's left-hand preview), idle or live.

    A thread of its own ("scene-preview") composes the player's preview scene
    (`SceneRenderer.render(which='preview')`) at `preview_fps` on the player's clock, with the
    shop overlays when that scene shows them, scaled to at most 360 lines of RGB for
    `callback`. It composes nothing while the player has no preview scene or is not started
    (between the idle preview and the live pipeline), so it costs nothing outside studio mode.
    Its own compositor and renderer: the program's lanes are never touched, and a source both
    scenes show is only read (`take` hands every reader the newest frame).
    A callback or a frame that raises is logged and the thread goes on.
    """

    def __init__(
        self,
        player: ScenePlayer,
        callback: PreviewCallback,
        width: int,
        height: int,
        *,
        overlays: LayerSource | None = None,
        fps: int = 30,
        preview_fps: int = 10,
    ) -> None:
        self.player = player
        self.width, self.height = width, height
        self._callback = callback
        self.overlays = overlays
        self._fps = fps
        self._period = 1.0 / max(1, preview_fps)
        self._size = preview_size(width, height)
        self._stop = threading.Event()
        self.delivered = 0
        self._thread = threading.Thread(target=self._run, name="scene-preview", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        compositor = Compositor(self.width, self.height, pool=2)
        renderer = self.player.renderer(self.width, self.height, self._fps)
        while not self._stop.wait(self._period):
            clock = self.player.clock
            if clock is None or self.player.preview is None:
                continue
            try:
                t = clock.now()
                frame = renderer.render(compositor, t, self.overlays, which="preview")
                self._callback(PreviewFrame(to_rgb(frame, self._size), t))
                self.delivered += 1
            except Exception:  # a preview must never disturb the show
                log.exception("scene preview frame failed")
                self._stop.wait(0.5)

    def close(self) -> None:
        """Stop the thread (waits up to 2 s)."""
        self._stop.set()
        self._thread.join(timeout=2)
