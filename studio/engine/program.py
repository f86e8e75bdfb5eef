"""The program: which scene is on air, the sources it needs, and each canvas's picture of it.

`ScenePlayer` takes a `SceneSet` (media/scenes.py) and stands in the pipeline where one video
source stood: `Pipeline`/`IdlePreview` start and stop it like any VideoSource, and each canvas
lane asks its `SceneRenderer` for the composed frame of a tick instead of taking one picture.
Its `audio` facet (`SceneMixer`) is the show's audio source: the sound of the sources in the
program scene, each at its volume, mixed.

Threads:
  caller        `switch`, `set_preview`, `take`, `set_scenes` return a Future at once;
  scenes        one worker ("scenes") opens the sources a change needs, waits (bounded) for
                their first picture, then flips the program in one assignment, and stops the
                sources no scene on air or in preview uses any more (they are not decoded);
  compositor    per canvas, `SceneRenderer.render` reads the current `_State` (immutable,
                swapped whole, no lock) and composes: pictures fitted into their boxes (one
                swscale pass per new source frame, engine/refit.py), colours, the scene's
                slate, the shop overlays when the scene shows them; a fade composes both
                scenes and mixes them;
  audio         `SceneMixer.read` mixes the program's sources (a fade crossfades them).
A switch never stalls a compositor tick: until the next scene's sources have delivered a
picture the program stays where it was.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import av
import numpy as np

from studio import i18n
from studio.canvases import Orientation
from studio.capture.scene_sources import open_scene_source
from studio.capture.switcher import Backoff, SwitchableVideo
from studio.engine.compositor import Compositor, Fill, Part, Picture
from studio.engine.refit import CanvasFit
from studio.errors import SourceError, StudioError, UsageError
from studio.media.clock import MasterClock
from studio.media.fit import Placement, VideoFit
from studio.media.frames import TimedVideoFrame
from studio.media.layers import Layer
from studio.media.scenes import (
    Item,
    Scene,
    SceneSet,
    Slate,
    SlateKind,
    Source,
    SourceKind,
    Transition,
)
from studio.media.sources import CHANNELS, SAMPLE_RATE, AudioSource, VideoSource

log = logging.getLogger(__name__)

READY_TIMEOUT_S = 3.0  # at most this long for a switched-to scene's sources to show a picture
# Live devices: they can drop mid-show (unplugged, the screen gone) and are reopened with
# back-off (capture/switcher.py), a "be right back" card in their box meanwhile.
LIVE_KINDS = (SourceKind.CAMERA, SourceKind.SCREEN)
BRB = Slate(SlateKind.BRB)
SILENCE_DB = -90.0

Opener = Callable[..., tuple[VideoSource | None, AudioSource | None]]


class SlateSource(Protocol):
    """Renders a scene's slate (overlays/slates.py, via the session): must return at once
    with finished layers (rendering happens on its own thread; () until the first is ready)."""

    def slate_layers(self, slate: Slate, width: int, height: int) -> Sequence[Layer]:
        """The layers of `slate` on a `width` × `height` canvas, now (its countdown's second)."""
        ...


class ShopOverlays(Protocol):
    """The shop's overlay layers of one canvas (the engine's LayerSource)."""

    def layers_at(self, t: float) -> Sequence[Layer]:
        """The layers to draw at clock time `t`, bottom first."""
        ...


@dataclass
class _Running:
    """A source that is open: its picture and sound facets, what its picture was started for
    (box size in pixels and fit; the renderer uses its frames as they are when they match)."""

    video: VideoSource | None
    audio: AudioSource | None
    size: tuple[int, int] | None = None
    fit: VideoFit | None = None
    peak_db: float = SILENCE_DB
    rms_db: float = SILENCE_DB


@dataclass(frozen=True)
class _State:
    """What is on air, swapped whole (the compositor and audio threads read it lock-free)."""

    scenes: SceneSet
    program: Scene
    preview: Scene | None = None
    fade_from: Scene | None = None  # the scene fading out, with the fade's clock span:
    fade_start: float = 0.0
    fade_s: float = 0.0
    running: Mapping[str, _Running] = field(default_factory=dict)

    def fade(self, t: float) -> float | None:
        """The fade's progress (0..1) at clock time t, or None when no fade runs."""
        if self.fade_from is None or self.fade_s <= 0:
            return None
        k = (t - self.fade_start) / self.fade_s
        return None if k >= 1.0 else max(0.0, k)


@dataclass(frozen=True)
class SwitchEvent:
    """A program change: from `before` to `after` (scene names) with `transition`, at clock
    time `at` (seconds)."""

    before: str
    after: str
    transition: Transition
    at: float


class ScenePlayer:
    """The show's video source when it has scenes (see the module docstring).

    Implements the VideoSource protocol (`start`, `take` → always None, `error`, `stop`) so
    the pipeline and the idle preview start and stop it like a camera; lanes detect it and
    compose through `renderer()`. Raises UsageError for an unknown scene name; with
    `strict_start` (a command line: say so before going live), `start` raises SourceError when
    a source of the first program scene can't be opened; otherwise (the window) and later,
    a source that fails is one of `problems`, drawn as absent, and a camera or screen that is
    missing or drops is tried again with `backoff` (`dropped()`), "be right back" in its box.
    """

    def __init__(
        self,
        scenes: SceneSet,
        program: str | None = None,
        *,
        slates: SlateSource | None = None,
        opener: Opener = open_scene_source,
        ready_timeout: float = READY_TIMEOUT_S,
        backoff: Backoff | None = None,
        strict_start: bool = True,
    ) -> None:
        first = scenes.scene(program) if program else scenes.scenes[0]
        self.name = "scenes"
        self.slates = slates
        self._opener = opener
        self._ready_timeout = ready_timeout
        self._backoff = backoff or Backoff()
        self._strict_start = strict_start
        self._state = _State(scenes, first)
        self._lock = threading.Lock()  # writers only
        self._clock: MasterClock | None = None
        self._size = (1280, 720)
        self._fps = 30
        self._orientation = Orientation.LANDSCAPE
        self._worker: concurrent.futures.ThreadPoolExecutor | None = None
        self.problems: dict[str, SourceError] = {}
        self.switches: list[SwitchEvent] = []
        self._listeners: list[Callable[[SwitchEvent], None]] = []
        self.audio = SceneMixer(self)

    # -- what is on air ------------------------------------------------------------------------
    @property
    def scenes(self) -> SceneSet:
        """The scene set now."""
        return self._state.scenes

    @property
    def program(self) -> str:
        """The name of the scene on air."""
        return self._state.program.name

    @property
    def preview(self) -> str | None:
        """The scene being prepared in studio mode, or None."""
        p = self._state.preview
        return p.name if p is not None else None

    @property
    def clock(self) -> MasterClock | None:
        """The clock the sources run on while started (the idle preview's or the live
        pipeline's), else None."""
        return self._clock

    @property
    def canvas_size(self) -> tuple[int, int]:
        """(width, height) of the main canvas the player was last started for."""
        return self._size

    def running(self) -> set[str]:
        """Ids of the sources open now (decoding)."""
        return set(self._state.running)

    def levels(self) -> dict[str, tuple[float, float]]:
        """(peak, rms) dBFS of each open source's sound in the last mixed block, as mixed
        (after its volume and mute); sources not playing read SILENCE_DB."""
        return {k: (r.peak_db, r.rms_db) for k, r in self._state.running.items() if r.audio}

    def subscribe(self, fn: Callable[[SwitchEvent], None]) -> Callable[[], None]:
        """Be told of each program change (on the scenes worker). Returns an unsubscribe."""
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    # -- VideoSource ---------------------------------------------------------------------------
    def start(self, clock: MasterClock, width: int, height: int, fps: int) -> None:
        """Open and start the program scene's sources (and the preview's) on `clock`, for a
        main canvas of `width` × `height` at `fps`. With `strict_start`, raises SourceError for
        a program source that can't be opened."""
        self._clock = clock
        self._size, self._fps = (width, height), fps
        self._orientation = Orientation.PORTRAIT if height > width else Orientation.LANDSCAPE
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="scenes")
        st = self._state
        with self._lock:
            self._state = replace(st, running={})
        try:
            self._open_for(st.program, strict=self._strict_start)
        except BaseException:
            self._stop_sources(set(self._state.running))
            raise
        if st.preview is not None:
            self._open_for(st.preview)

    def take(self, t: float) -> TimedVideoFrame | None:
        """Always None: a scene is composed by its lanes' renderers, not taken whole."""
        return None

    @property
    def error(self) -> SourceError | None:
        """Never fatal: a source that fails is one of `problems`."""
        return None

    def stop(self) -> None:
        """Stop every source and the worker (idempotent)."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=True, cancel_futures=True)
        self._stop_sources(set(self._state.running))
        self._clock = None

    # -- commands (any thread; the work runs on the scenes worker) -------------------------------
    def switch(
        self, name: str, transition: Transition | None = None
    ) -> concurrent.futures.Future[None]:
        """Put scene `name` on air with `transition` (None: the set's default). Raises
        UsageError at once for an unknown scene; the Future is done once the program changed
        (its sources showed a picture, or READY_TIMEOUT_S passed)."""
        scene = self._state.scenes.scene(name)
        return self._submit(self._do_switch, scene.name, transition)

    def set_preview(self, name: str | None) -> concurrent.futures.Future[None]:
        """Studio mode: prepare scene `name` (its sources open, the program stays on air);
        None leaves studio mode. UsageError at once for an unknown scene."""
        if name is not None:
            self._state.scenes.scene(name)
        return self._submit(self._do_preview, name)

    def take_preview(self, transition: Transition | None = None) -> concurrent.futures.Future[None]:
        """Studio mode's Take: the preview scene goes on air (UsageError without one); the
        preview then shows the scene that was on air, as OBS's swap does."""
        if self._state.preview is None:
            raise UsageError(
                i18n._("There is no scene in preview to take."), i18n._("Pick a scene first.")
            )
        return self._submit(self._do_take, transition)

    def set_scenes(self, scenes: SceneSet) -> concurrent.futures.Future[None]:
        """Replace the set (an edit: a moved item, a volume, a new scene). The program and
        preview keep their names (the first scene when the program's was removed); newly
        needed sources open, unused ones stop."""
        return self._submit(self._do_set_scenes, scenes)

    def _submit(self, fn: Callable[..., None], *args: object) -> concurrent.futures.Future[None]:
        worker = self._worker
        if worker is None:  # not started: apply to the state directly (nothing runs yet)
            f: concurrent.futures.Future[None] = concurrent.futures.Future()
            try:
                fn(*args)
                f.set_result(None)
            except BaseException as exc:
                f.set_exception(exc)
            return f
        return worker.submit(self._guard, fn, *args)

    def _guard(self, fn: Callable[..., None], *args: object) -> None:
        try:
            fn(*args)
        except StudioError:
            raise
        except Exception:
            log.exception("scene change failed")
            raise

    # -- work (scenes worker) --------------------------------------------------------------------
    def _do_switch(self, name: str, transition: Transition | None) -> None:
        st = self._state
        scene = st.scenes.scene(name)
        if scene.name == st.program.name and st.fade_from is None:
            return
        self._open_for(scene)
        self._wait_ready(scene)
        tr = transition or st.scenes.transition
        clock = self._clock
        now = clock.now() if clock is not None else 0.0
        with self._lock:
            st = self._state
            self._state = replace(
                st,
                program=scene,
                fade_from=st.program if tr.seconds > 0 and clock is not None else None,
                fade_start=now,
                fade_s=tr.seconds,
            )
        event = SwitchEvent(st.program.name, scene.name, tr, now)
        self.switches.append(event)
        log.info("scene %r → %r (%s)", event.before, event.after, tr.kind.value)
        for fn in list(self._listeners):
            try:
                fn(event)
            except Exception:
                log.exception("scene listener failed")
        if tr.seconds > 0 and clock is not None:
            time.sleep(tr.seconds + 0.05)  # the faded-out scene's sources run until it ends
            with self._lock:
                if self._state.fade_from is not None and self._state.fade(clock.now()) is None:
                    self._state = replace(self._state, fade_from=None)
        self._stop_unused()

    def _do_preview(self, name: str | None) -> None:
        scene = self._state.scenes.scene(name) if name is not None else None
        if scene is not None:
            self._open_for(scene)
        with self._lock:
            self._state = replace(self._state, preview=scene)
        self._stop_unused()

    def _do_take(self, transition: Transition | None) -> None:
        st = self._state
        if st.preview is None:
            return
        # The scene on air becomes the preview in the same breath: its sources keep running.
        with self._lock:
            self._state = replace(self._state, preview=st.program)
        self._do_switch(st.preview.name, transition)

    def _do_set_scenes(self, scenes: SceneSet) -> None:
        st = self._state

        def keep(scene: Scene | None) -> Scene | None:
            if scene is None:
                return None
            return next((s for s in scenes.scenes if s.name == scene.name), None)

        program = keep(st.program) or scenes.scenes[0]
        preview = keep(st.preview)
        # A source whose settings changed (another file, device) is opened anew.
        changed = {
            sid
            for sid in st.running
            if sid not in {s.id for s in scenes.sources}
            or scenes.source(sid).target != st.scenes.source(sid).target
            or scenes.source(sid).loop != st.scenes.source(sid).loop
        }
        with self._lock:
            self._state = replace(
                self._state,
                scenes=scenes,
                program=program,
                preview=preview,
                fade_from=None,
            )
        self._stop_sources(changed)
        if self._clock is not None:
            self._open_for(program)
            if preview is not None:
                self._open_for(preview)
        self._stop_unused()

    def _needed(self) -> set[str]:
        st = self._state
        need = st.program.sources()
        if st.preview is not None:
            need |= st.preview.sources()
        if st.fade_from is not None:
            need |= st.fade_from.sources()
        return need

    def _stop_unused(self) -> None:
        self._stop_sources(set(self._state.running) - self._needed())

    def _open_for(self, scene: Scene, strict: bool = False) -> None:
        """Open and start the sources of `scene` that are not running (on the clock)."""
        clock = self._clock
        if clock is None:
            return
        st = self._state
        for sid in sorted(scene.sources() - set(st.running)):
            src = st.scenes.source(sid)
            if src.kind is SourceKind.COLOUR:
                self._add(sid, _Running(None, None))
                continue
            item = self._first_item(scene, sid)
            fit = item.fit if item is not None else None
            size = self._size
            if item is not None:
                size = item.box.pixels(*self._size)[2:]
            try:
                video: VideoSource | None
                audio: AudioSource | None
                if src.kind in LIVE_KINDS:
                    # Opened by the wrapper: a device missing now (not plugged in yet) is
                    # tried again with back-off like one that drops later.
                    video, audio = self._reopening(src, fit, strict), None
                else:
                    video, audio = self._opener(src, fit)
                if video is not None:
                    video.start(clock, size[0], size[1], self._fps)
                if audio is not None:
                    audio.start(clock)
            except StudioError as exc:
                if strict:
                    raise
                problem = (
                    exc if isinstance(exc, SourceError) else SourceError(exc.message, exc.hint)
                )
                log.warning("scene source %s failed to open: %s", sid, exc)
                self.problems[sid] = problem
                continue
            except Exception as exc:
                if strict:
                    raise SourceError(
                        i18n._("The source {label!r} could not be opened ({exc}).").format(
                            label=src.label, exc=exc
                        )
                    ) from exc
                log.exception("scene source %s failed to open", sid)
                self.problems[sid] = SourceError(
                    i18n._("The source {label!r} could not be opened ({exc}).").format(
                        label=src.label, exc=exc
                    )
                )
                continue
            self.problems.pop(sid, None)
            self._add(sid, _Running(video, audio, size if video else None, fit))
            log.info("scene source %s (%s) open", sid, src.label)

    def _reopening(self, src: Source, fit: VideoFit | None, strict: bool) -> SwitchableVideo:
        """A live device wrapped so that it is opened at `start` and reopened with back-off
        whenever it is missing or drops (the single-camera path's SwitchableVideo);
        `strict`: a failed first open raises instead."""

        def reopen() -> VideoSource | None:
            return self._opener(src, fit)[0]

        return SwitchableVideo(reopen, src.label, self._backoff, strict_start=strict)

    def dropped(self) -> dict[str, SourceError]:
        """Live devices of the open sources that have no picture now (unplugged, the screen
        gone), by source id, with why: each is being reopened with back-off, a 'be right
        back' card in its box meanwhile."""
        out: dict[str, SourceError] = {}
        for sid, r in self._state.running.items():
            problem = r.video.problem if isinstance(r.video, SwitchableVideo) else None
            if problem is not None:
                out[sid] = problem
        return out

    def _first_item(self, scene: Scene, sid: str) -> Item | None:
        for item in (*scene.items(self._orientation), *scene.items(self._orientation.twin)):
            if item.source == sid and item.visible:
                return item
        return None

    def _add(self, sid: str, running: _Running) -> None:
        with self._lock:
            st = self._state
            self._state = replace(st, running={**st.running, sid: running})

    def _wait_ready(self, scene: Scene) -> None:
        """Until every drawn source of `scene` has a picture (or the timeout)."""
        clock = self._clock
        if clock is None:
            return
        deadline = time.monotonic() + self._ready_timeout
        while time.monotonic() < deadline:
            running = self._state.running
            waiting = [
                sid
                for sid in scene.video_sources()
                if (r := running.get(sid)) is not None
                and r.video is not None
                and r.video.error is None
                and not (isinstance(r.video, SwitchableVideo) and r.video.problem is not None)
                and r.video.take(clock.now()) is None
            ]
            if not waiting:
                return
            time.sleep(0.01)
        log.warning("scene %r: sources slow to show a picture; switching anyway", scene.name)

    def _stop_sources(self, ids: set[str]) -> None:
        if not ids:
            return
        with self._lock:
            st = self._state
            gone = [st.running[i] for i in ids if i in st.running]
            self._state = replace(st, running={k: v for k, v in st.running.items() if k not in ids})
        for r in gone:
            for part in (r.video, r.audio):
                if part is not None:
                    try:
                        part.stop()
                    except Exception:
                        log.exception("stopping a scene source failed")
        if gone:
            log.info("scene sources stopped: %s", ", ".join(sorted(ids)))

    # -- composing -------------------------------------------------------------------------------
    def renderer(self, width: int, height: int, fps: int = 30) -> SceneRenderer:
        """A renderer for one canvas of `width` × `height` (its orientation from the shape);
        used by one thread only (a lane's compositor, a preview)."""
        return SceneRenderer(self, width, height, fps)


class SceneRenderer:
    """Composes the program (or, with `which='preview'`, the studio-mode preview) for one
    canvas. Keeps one fitter per (source, box size, fit): one swscale pass per new source
    frame, none when the source was started for that box. One thread only."""

    def __init__(self, player: ScenePlayer, width: int, height: int, fps: int) -> None:
        self.player = player
        self.width, self.height = width, height
        self.orientation = Orientation.PORTRAIT if height > width else Orientation.LANDSCAPE
        self.half_period = 0.5 / max(1, fps)
        self._fits: dict[tuple[str, int, int, VideoFit], CanvasFit] = {}
        self._used: set[tuple[str, int, int, VideoFit]] = set()

    def render(
        self,
        compositor: Compositor,
        t: float,
        overlays: ShopOverlays | None = None,
        which: str = "program",
    ) -> av.VideoFrame:
        """The frame of clock time `t` (sources taken at t + half a tick, as the lanes do)."""
        st = self.player._state
        scene = st.program if which == "program" or st.preview is None else st.preview
        k = st.fade(t) if which == "program" else None
        self._used = set()
        shop: Sequence[Layer] = ()
        if overlays is not None:
            show = (
                scene.overlays
                if k is None or k >= 0.5 or st.fade_from is None
                else (st.fade_from.overlays)
            )
            if show:
                try:
                    shop = overlays.layers_at(t)
                except Exception:  # an overlay must never stop the show
                    log.exception("overlay failed; continuing without it")
        if k is not None and st.fade_from is not None:
            before = self._parts(st, st.fade_from, t)
            after = self._parts(st, scene, t)
            frame = compositor.compose_parts(before, shop, fade_to=(after, k))
        else:
            single = self._single(st, scene, t)
            if single is not None:
                picture, placement = single
                frame = compositor.compose(picture, shop, placement)
            else:
                frame = compositor.compose_parts(self._parts(st, scene, t), shop)
        if len(self._fits) > len(self._used) + 8:
            for key in [k_ for k_ in self._fits if k_ not in self._used]:
                del self._fits[key]
        return frame

    def _picture(
        self, st: _State, sid: str, w: int, h: int, fit: VideoFit, t: float
    ) -> tuple[av.VideoFrame, Placement | None] | None:
        r = st.running.get(sid)
        if r is None or r.video is None or r.video.error is not None:
            return None
        tf = r.video.take(t + self.half_period)
        if tf is None:
            return None
        if r.size == (w, h) and r.fit == fit:
            return tf.frame, tf.placement  # the source made it for this very box
        key = (sid, w, h, fit)
        self._used.add(key)
        fitter = self._fits.get(key)
        if fitter is None:
            fitter = self._fits[key] = CanvasFit(w, h, fit)
        return fitter(tf)

    def _single(
        self, st: _State, scene: Scene, t: float
    ) -> tuple[av.VideoFrame, Placement | None] | None:
        """A scene of one full-canvas picture: the plain path (no copy when no overlay)."""
        items = [i for i in scene.items(self.orientation) if i.visible]
        if len(items) != 1 or not items[0].box.full or scene.slate is not None:
            return None
        item = items[0]
        if st.scenes.source(item.source).kind is SourceKind.COLOUR:
            return None
        got = self._picture(st, item.source, self.width, self.height, item.fit, t)
        if got is None:
            return None
        return got

    def _parts(self, st: _State, scene: Scene, t: float) -> list[Part]:
        parts: list[Part] = [Fill(scene.background_rgb())]
        for item in scene.items(self.orientation):
            if not item.visible:
                continue
            x, y, w, h = item.box.pixels(self.width, self.height)
            src = st.scenes.source(item.source)
            if src.kind is SourceKind.COLOUR:
                parts.append(Fill(src.colour_rgb(), (x, y, w, h)))
                continue
            got = self._picture(st, item.source, w, h, item.fit, t)
            if got is None:
                parts.extend(self._dropped_card(st, item.source, x, y, w, h))
                continue
            frame, placement = got
            if placement is None:
                parts.append(Picture(frame, x, y))
            else:
                parts.append(
                    Picture(
                        frame,
                        x + placement.x,
                        y + placement.y,
                        placement.turns,
                        placement.mirror,
                    )
                )
        slates = self.player.slates
        if scene.slate is not None and slates is not None:
            try:
                parts.extend(slates.slate_layers(scene.slate, self.width, self.height))
            except Exception:
                log.exception("slate failed; continuing without it")
        return parts

    def _dropped_card(
        self, st: _State, sid: str, x: int, y: int, w: int, h: int
    ) -> Sequence[Layer]:
        """'Be right back' in the box of a live device that dropped (nothing otherwise)."""
        r = st.running.get(sid)
        slates = self.player.slates
        if (
            slates is None
            or r is None
            or not isinstance(r.video, SwitchableVideo)
            or r.video.problem is None
        ):
            return ()
        try:
            cards = slates.slate_layers(BRB, w, h)
        except Exception:
            log.exception("the 'be right back' card failed")
            return ()
        return [replace(c, x=c.x + x, y=c.y + y) for c in cards]


def _db(v: float) -> float:
    return max(SILENCE_DB, 20.0 * float(np.log10(v))) if v > 0 else SILENCE_DB


class SceneMixer:
    """The show's audio source when it has scenes: the sound of every source the program
    scene plays (its audio-only sources and the drawn ones that have sound), each at its
    volume (mute = 0), summed and clipped to ±1. Sources not in the program are read (their
    queues drained) but not heard. A fade crossfades what the two scenes play. Per-source
    levels as mixed go to `ScenePlayer.levels()`, the mix's to `peak_db`/`rms_db`.
    Read on the pipeline's audio thread (or the idle preview's)."""

    def __init__(self, player: ScenePlayer) -> None:
        self.name = "scene mix"
        self._player = player
        self.muted = False
        self.peak_db = SILENCE_DB
        self.rms_db = SILENCE_DB

    def start(self, clock: MasterClock) -> None:
        """Nothing of its own: the player opens the sources (they share its clock)."""

    @staticmethod
    def _plays(scene: Scene) -> set[str]:
        return scene.video_sources() | set(scene.audio)

    def read(self, start: int, n: int) -> np.ndarray:
        """Samples [start, start+n) of the output timeline: float32 (n, 2)."""
        st = self._player._state
        out = np.zeros((n, CHANNELS), np.float32)
        now_set = self._plays(st.program)
        t0, t1 = start / SAMPLE_RATE, (start + n) / SAMPLE_RATE
        k0, k1 = st.fade(t0), st.fade(t1)
        fading = st.fade_from is not None and (k0 is not None or k1 is not None)
        before = self._plays(st.fade_from) if fading and st.fade_from is not None else set()
        ramp: np.ndarray | None = None
        if fading:
            a = 0.0 if k0 is None else k0
            b = 1.0 if k1 is None else k1
            ramp = np.linspace(a, b, n, endpoint=False, dtype=np.float32)[:, None]
        known = {s.id: s for s in st.scenes.sources}
        for sid, r in st.running.items():
            if r.audio is None:
                continue
            try:
                pcm = r.audio.read(start, n)
            except Exception:
                log.exception("reading scene source %s failed", sid)
                continue
            source = known.get(sid)
            gain = source.gain if source is not None else 0.0
            here, was = sid in now_set, sid in before
            if (not here and not was) or gain == 0.0 or self.muted:
                r.peak_db = r.rms_db = SILENCE_DB
                continue
            if ramp is not None and here != was:
                pcm = pcm * (gain * (ramp if here else 1.0 - ramp))
            else:
                pcm = pcm * gain
            out += pcm
            r.peak_db = _db(float(np.max(np.abs(pcm))) if pcm.size else 0.0)
            r.rms_db = _db(float(np.sqrt(np.mean(np.square(pcm)))) if pcm.size else 0.0)
        np.clip(out, -1.0, 1.0, out=out)
        self.peak_db = _db(float(np.max(np.abs(out))))
        self.rms_db = _db(float(np.sqrt(np.mean(np.square(out)))))
        return out

    @property
    def latency(self) -> float:
        """The largest latency among the open sources' sound."""
        return max(
            (r.audio.latency for r in self._player._state.running.values() if r.audio is not None),
            default=0.0,
        )

    @property
    def error(self) -> SourceError | None:
        """Never fatal: a failed source reads as silence."""
        return None

    def stop(self) -> None:
        """Nothing of its own: the player stops the sources."""
