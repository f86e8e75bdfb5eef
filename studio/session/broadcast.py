"""`BroadcastSession`: idle preview <-> live pipeline, recording and device swaps.

A show has one canvas (the profile's) or two: the profile's and its twin of the other
orientation (16:9 and 9:16 at one quality, studio.canvases), each with its own overlay layers
on one shared scene clock, its own preview and, live, its own encode, destinations and
recording. Which canvases a show has is the caller's choice (`set_canvases`; the app derives
it from the destinations); `load_advice` says beforehand whether this computer can encode
them all in real time (engine/capacity.py).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec

from studio import i18n
from studio.canvases import Canvas, Orientation, canvas
from studio.capture.switcher import MeteredAudio, SwitchableVideo
from studio.engine.capacity import EncodeCost, LoadAdvice, load_advice, measure_encode_cost
from studio.engine.events import Failure
from studio.engine.pipeline import CanvasConfig, Pipeline, PipelineConfig
from studio.engine.preview import (
    IdlePreview,
    PreviewCallback,
    PreviewCanvas,
    PreviewFrame,
    ScenePreview,
)
from studio.engine.program import ScenePlayer
from studio.errors import StudioError, UsageError
from studio.media.fit import parse_fit
from studio.media.scenes import SceneSet, Transition
from studio.media.sources import VideoSource
from studio.session.highlights import HighlightMark
from studio.session.layers import StudioLayers
from studio.session.sources import audio_factory, video_factory
from studio.session.status import LiveState, SessionListener, SessionStatus, Target

if TYPE_CHECKING:
    from studio.overlays.slates import SlateCards

log = logging.getLogger(__name__)

P = ParamSpec("P")
# What the commands return: resolved (with None) when the worker has done the work; a failure
# is reported through `status().error` and the listeners, never raised from the future.
Done = concurrent.futures.Future[None]


class BroadcastSession:
    """Idle preview ↔ live pipeline, recording, device swaps: one worker thread does the work.

    Every public method returns at once; the work runs in order on the worker and listeners
    hear about each state change (on the worker thread). `layers` are the main canvas's
    overlay layers, `twin_layers` the second canvas's (None with one canvas); `on_layers` is
    told the list whenever they are made anew (the app's overlay driver feeds them all).
    """

    def __init__(
        self,
        *,
        profile: str,
        video_kbps: int | None,
        encoder: str,
        camera: str,
        microphone: str,
        video_fit: str = "fit",
        layers_factory: Callable[[SwitchableVideo, int, int], StudioLayers],
        recordings_dir: Path,
        preview: PreviewCallback | None = None,
        canvases: Sequence[Orientation] = (),
        twin_fit: str = "fill",
    ) -> None:
        """`canvases`: the orientations the show has besides the profile's own (its twin of
        the other orientation is the only other there can be); `twin_fit` how the camera
        fills that second canvas (media/fit.py; default: fill it, cropped around the centre).
        """
        self.profile = profile
        self.video_kbps = video_kbps
        self.encoder = encoder
        self.recordings_dir = recordings_dir
        self.video_fit = video_fit
        self.video = SwitchableVideo(video_factory(camera, video_fit), label=camera)
        self.audio = MeteredAudio(audio_factory(microphone), label=microphone)
        self.microphone = microphone
        # A show with scenes (media/scenes.py): the player stands for the camera, its mix is
        # the metered audio's source (so mute, meters and the silence warning keep working).
        self.player: ScenePlayer | None = None
        self._slates: SlateCards | None = None
        self._layers_factory = layers_factory
        canvas(profile)  # UnsupportedProfile for a name no canvas has
        parse_fit(twin_fit)  # UsageError for a fit it doesn't know
        self.twin_fit = twin_fit
        self._wanted = tuple(canvases)  # the orientations asked for (the destinations')
        self._twin = self._wants_twin(profile, canvases)
        self.on_layers: Callable[[list[StudioLayers]], None] | None = None
        self.twin_layers: StudioLayers | None = None
        self.layers = self._make_layers(profile)
        self._previews: dict[Orientation, PreviewCallback | None] = {}
        self._preview_cb = preview
        # Studio mode's picture of the next scene, per canvas (0: the main one, 1: its twin).
        self._scene_preview_cbs: dict[int, PreviewCallback] = {}
        self._scene_previews: dict[int, ScenePreview] = {}
        self._pending_canvases: tuple[Orientation, ...] | None = None
        self._costs: dict[tuple[str, str], EncodeCost] = {}
        self.load: LoadAdvice | None = None
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="studio-control")
        self._lock = threading.Lock()
        self._state = LiveState.IDLE
        self._pipeline: Pipeline | None = None
        self._idle: IdlePreview | None = None
        self._error: StudioError | None = None
        self._record_armed = False
        self._pending_profile: str | None = None
        self._targets: tuple[str, ...] = ()
        self._listeners: list[SessionListener] = []
        self._closed = False
        self.recording_files: list[Path] = []
        self.highlight_marks: list[HighlightMark] = []  # issue 21
        self.on_live: Callable[[], None] | None = None  # e.g. tell the platform
        self.on_ended: Callable[[], None] | None = None

    # -- listeners -------------------------------------------------------------------------
    def subscribe(self, fn: SessionListener) -> Callable[[], None]:
        """Call `fn(status)` after every state change (on the worker thread); returns the
        unsubscriber. A listener that raises is logged and skipped."""
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def _notify(self) -> None:
        status = self.status()
        for fn in list(self._listeners):
            try:
                fn(status)
            except Exception:
                log.exception("session listener failed")

    def set_preview(
        self, callback: PreviewCallback | None, orientation: Orientation | None = None
    ) -> None:
        """Where composed preview frames of a canvas go (None: the main canvas's), called on
        the engine's preview thread."""
        if orientation is None:
            self._preview_cb = callback
        else:
            self._previews[orientation] = callback

    def set_scene_preview(self, callback: PreviewCallback | None, twin: bool = False) -> Done:
        """Where studio mode's picture of the next scene goes (engine/preview.py's
        ScenePreview: composed only while a scene is in preview), called on its own thread.
        `twin`: the show's second canvas's picture (its own size, layout and overlays),
        composed only while the show has one. `callback` None: nowhere (the thread stops)."""

        def apply() -> None:
            n = 1 if twin else 0
            self._scene_preview_cbs.pop(n, None)
            self._sync_scene_preview()  # the old one (if any) stops
            if callback is not None:
                self._scene_preview_cbs[n] = callback
            self._sync_scene_preview()

        return self._submit(apply)

    def _sync_scene_preview(self) -> None:
        """Worker thread: a ScenePreview per canvas with a callback, for the current player,
        canvas sizes and overlays; the others stopped."""
        player = self.player
        fps = self.size[2]
        layers = self.all_layers
        wanted = {
            n: (c.width, c.height, layers[n] if n < len(layers) else None)
            for n, c in enumerate(self.canvases)
        }
        for n, sp in list(self._scene_previews.items()):
            want = wanted.get(n)
            if (
                sp.player is not player
                or want is None
                or (sp.width, sp.height) != want[:2]
                or sp.overlays is not want[2]
                or n not in self._scene_preview_cbs
                or self._closed
            ):
                sp.close()
                del self._scene_previews[n]
        if player is None or self._closed:
            return
        for n, cb in self._scene_preview_cbs.items():
            if n in self._scene_previews or n not in wanted:
                continue
            w, h, overlays = wanted[n]
            self._scene_previews[n] = ScenePreview(player, cb, w, h, overlays=overlays, fps=fps)

    def _preview(self, frame: PreviewFrame) -> None:
        cb = self._preview_cb
        if cb is not None:
            cb(frame)

    def _twin_preview(self, frame: PreviewFrame) -> None:
        cb = self._previews.get(self.canvas.orientation.twin)
        if cb is not None:
            cb(frame)

    # -- canvases --------------------------------------------------------------------------
    @staticmethod
    def _wants_twin(profile: str, canvases: Sequence[Orientation]) -> bool:
        return any(o is not canvas(profile).orientation for o in canvases)

    @property
    def canvases(self) -> list[Canvas]:
        """The show's canvases, the profile's first (one or two; the second is its twin)."""
        main = self.canvas
        return [main, main.turned(main.orientation.twin)] if self._twin else [main]

    @property
    def all_layers(self) -> list[StudioLayers]:
        """Every canvas's overlay layers, the main canvas's first."""
        return [self.layers] + ([self.twin_layers] if self.twin_layers is not None else [])

    def _make_layers(self, profile: str) -> StudioLayers:
        """New overlay layers for each canvas of `profile` (the twin's on the main's scene
        clock); tells `on_layers`. Returns the main canvas's."""
        main = canvas(profile)
        layers = self._layers_factory(self.video, *main.size)
        self.twin_layers = None
        if self._twin:
            twin = main.turned(main.orientation.twin)
            self.twin_layers = self._layers_factory(self.video, *twin.size)
            self.twin_layers.clock = layers.clock  # one clock: both count the same second
        if self.on_layers is not None:
            self.on_layers([layers] + ([self.twin_layers] if self.twin_layers else []))
        return layers

    def set_canvases(self, canvases: Sequence[Orientation]) -> Done:
        """The orientations the show has besides the profile's (see the constructor): takes
        effect now when idle, at the next go-live otherwise."""
        return self._submit(self._do_canvases, tuple(canvases))

    def _do_canvases(self, canvases: tuple[Orientation, ...]) -> None:
        if self._state != LiveState.IDLE:
            self._pending_canvases = canvases
            return
        self._pending_canvases = None
        self._wanted = canvases
        twin = self._wants_twin(self.profile, canvases)
        if twin == self._twin:
            return
        self._twin = twin
        self._rebuild_layers()
        if twin and self.video.wanted:  # a co-host's preview (no camera) encodes nothing
            self._check_load()

    def _rebuild_layers(self) -> None:
        """New overlay layers for the current canvases; the preview restarted with them."""
        restart = self._idle is not None
        self._stop_preview()
        if not self._twin:
            self.load = None  # one canvas: the running show's monitor watches it
        old = self.all_layers
        self.layers = self._make_layers(self.profile)
        for layers in old:
            if layers not in self.all_layers:
                with contextlib.suppress(Exception):
                    layers.scene.close()
        if restart:
            self._do_start_preview()
        self._sync_scene_preview()  # the next scene's pictures follow the canvases

    def check_load(self) -> Done:
        """Measure (once per canvas and encoder, on the worker: about a second) whether this
        computer can encode every canvas in real time; the verdict is `load` and in
        `status().load`, told to the listeners."""
        return self._submit(self._check_load)

    def _check_load(self) -> None:
        try:
            self._measure_load()
        except StudioError as exc:  # an encoder that does not open: said when going live
            log.warning("could not measure the encodes' cost: %s", exc)
            self.load = None
        self._notify()

    def _measure_load(self) -> None:
        from studio.engine.encoders import choose_encoder

        encoder = choose_encoder(self.encoder)
        auto = encoder if self.encoder == "auto" else choose_encoder("auto")
        costs = []
        for c in self.canvases:
            key = (c.name, encoder)
            if key not in self._costs:
                self._costs[key] = measure_encode_cost(c, encoder)
            costs.append(self._costs[key])
        self.load = load_advice(costs, hardware=auto if auto != "libx264" else None)
        if self.load.suggestion is not None:
            log.warning("%s", self.load.suggestion.message)

    # -- state -----------------------------------------------------------------------------
    @property
    def state(self) -> LiveState:
        """The live state now (any thread; changes on the worker)."""
        return self._state

    @property
    def canvas(self) -> Canvas:
        """The current profile's canvas (size, fps, default bitrate, orientation)."""
        return canvas(self.profile)

    @property
    def size(self) -> tuple[int, int, int]:
        """(width, height, fps) of the current profile, in pixels and frames per second."""
        c = self.canvas
        return c.width, c.height, c.fps

    def mark_highlight(self) -> HighlightMark | None:
        """The host marks this moment of the show (issue 21): seconds into the recordings that
        began with the live pipeline, vertical ones first; None when nothing is recorded from
        the start. Any thread; no I/O."""
        p = self._pipeline
        if p is None or not p.recording:
            return None
        files = sorted(
            (c for c in p.canvas_configs if c.record is not None),
            key=lambda c: c.canvas.orientation is not Orientation.PORTRAIT,
        )
        if not files:
            return None
        mark = HighlightMark(p.elapsed(), tuple(c.record for c in files if c.record))
        self.highlight_marks.append(mark)
        return mark

    def status(self) -> SessionStatus:
        """Cheap (no I/O): the window polls it a few times a second."""
        p = self._pipeline
        stats = None
        elapsed = 0.0
        recording = False
        suggestion = None
        if p is not None and self._state in (LiveState.LIVE, LiveState.STOPPING):
            stats = p.stats()
            elapsed = p.elapsed()
            recording = p.recording
            suggestion = p.suggestion
        return SessionStatus(
            state=self._state,
            elapsed_s=elapsed,
            stats=stats,
            recording=recording,
            record_armed=self._record_armed,
            camera_problem=self.video.problem,
            mic_problem=self.audio.problem,
            error=self._error,
            targets=self._targets,
            suggestion=suggestion,
            canvases=tuple(c.name for c in self.canvases),
            load=self.load,
        )

    def _pipeline_failed(self, pipeline: Pipeline, event: Failure) -> None:
        """The pipeline's failure event (on an output thread, possibly while `start()` is
        still running): when nothing is left to send to, end that show on the worker."""
        if event.ends_show:
            log.warning("every destination failed: %s", event.error)
            self._submit(self._end_failed, pipeline, event.error)

    def _end_failed(self, pipeline: Pipeline, error: StudioError) -> None:
        if self._pipeline is not pipeline:
            return  # that show has already ended
        self._error = error
        self._do_end(False)

    def clear_error(self) -> None:
        """Forget the last error (the user dismissed it)."""
        self._error = None

    # -- commands (return at once) ---------------------------------------------------------
    def _submit(self, fn: Callable[P, object], /, *args: P.args, **kwargs: P.kwargs) -> Done:
        """Run `fn` on the worker, after what is queued; errors become `status().error`."""
        if self._closed:
            f: Done = concurrent.futures.Future()
            f.set_result(None)
            return f
        return self._worker.submit(self._guard, fn, *args, **kwargs)

    def _guard(self, fn: Callable[P, object], /, *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            fn(*args, **kwargs)
            return None
        except StudioError as exc:
            log.warning("%s", exc)
            self._error = exc
            self._notify()
            return None
        except Exception as exc:
            log.exception("studio control failed")
            self._error = StudioError(
                i18n._("Something went wrong: {exc}.").format(exc=exc),
                i18n._("See the log for details."),
            )
            self._notify()
            return None

    def start_preview(self) -> Done:
        """Start the idle preview (sources, overlays, no encoding) if idle."""
        return self._submit(self._do_start_preview)

    def go_live(self, resolve: Callable[[], list[Target]], record: bool | None = None) -> Done:
        """Resolve destinations (keyring, platform) and start the pipeline, on the worker."""
        if record is not None:
            self._record_armed = record
        return self._submit(self._do_go_live, resolve)

    def end(self) -> Done:
        """End the show (outputs flushed, recording finalised), then back to the preview."""
        return self._submit(self._do_end, True)

    def set_recording(self, on: bool) -> Done:
        """Start or stop the local recording now when live, else arm it for going live."""
        return self._submit(self._do_record, on)

    def reconnect_now(self) -> None:
        """Skip the back-off wait of every reconnecting destination (any thread)."""
        p = self._pipeline
        if p is not None:
            p.reconnect_now()

    def swap_camera(self, camera: str, fit: str | None = None) -> Done:
        """Open another camera (or the same one with another `fit`; None keeps the fit)."""
        if fit is not None:
            self.video_fit = fit
        return self._submit(self.video.swap, video_factory(camera, self.video_fit), camera)

    def swap_microphone(self, microphone: str) -> Done:
        """Open another microphone (a capture spec, see `sources.microphone_spec`)."""
        return self._submit(self.audio.swap, audio_factory(microphone), microphone)

    def set_profile(
        self, profile: str, video_kbps: int | None = None, encoder: str | None = None
    ) -> Done:
        """Takes effect now when idle, at the next go-live otherwise."""
        return self._submit(self._do_profile, profile, video_kbps, encoder)

    # -- scenes (media/scenes.py, engine/program.py) ---------------------------------------
    def _video_source(self) -> VideoSource:
        return self.player if self.player is not None else self.video

    def use_scenes(self, scenes: SceneSet | None, program: str | None = None) -> Done:
        """Show with scenes from now on (None: back to the one camera and microphone). While
        live, an edited set replaces the running one (the program keeps its name); turning
        scenes on or off waits for the show to end. Errors (an unknown scene) go to
        `status().error`."""
        return self._submit(self._do_use_scenes, scenes, program)

    def _do_use_scenes(self, scenes: SceneSet | None, program: str | None) -> None:
        player = self.player
        if scenes is not None and player is not None:
            player.set_scenes(scenes).result(30)
            if program is not None:
                player.switch(program).result(30)
            self._notify()
            return
        if self._state != LiveState.IDLE:
            raise UsageError(
                i18n._("Scenes are turned on or off between shows."),
                i18n._("End the show first, then try again."),
            )
        restart = self._idle is not None
        self._stop_preview()
        if scenes is None:
            self.player = None
            self.audio.swap(audio_factory(self.microphone), self.microphone)
        else:
            if self._slates is None:
                from studio.overlays.slates import SlateCards

                # The slates' words in the show's language (its overlays' language), the
                # show's title under them.
                self._slates = SlateCards(
                    subtitle=lambda: (self.layers.scene.show_title or ("",))[0],
                    language=lambda: self.layers.scene.text.language,
                )
            # The window never refuses to start for a missing device: its box says "be right
            # back" and it is tried again (a command line says so before going live instead).
            self.player = ScenePlayer(scenes, program, slates=self._slates, strict_start=False)
            mix = self.player.audio
            self.audio.swap(lambda: mix, "scene mix")
        if restart:
            self._do_start_preview()
        self._sync_scene_preview()
        self._notify()

    def _scenes(self) -> ScenePlayer:
        player = self.player
        if player is None:
            raise UsageError(
                i18n._("This show has no scenes."),
                i18n._("Turn scenes on in the Scenes panel (or give --scenes)."),
            )
        return player

    def switch_scene(self, name: str, transition: Transition | None = None) -> Done:
        """Put scene `name` on air (a cut or a fade: None is the set's default); returns once
        the program changed. Raises UsageError at once without scenes or for an unknown
        name (the control API and the window say so)."""
        return self._scenes().switch(name, transition)

    def preview_scene(self, name: str | None) -> Done:
        """Studio mode: prepare scene `name` while the program stays on air (None: leave)."""
        return self._scenes().set_preview(name)

    def take_scene(self, transition: Transition | None = None) -> Done:
        """Studio mode's Take: the prepared scene goes on air. UsageError without one."""
        return self._scenes().take_preview(transition)

    # -- work (worker thread) --------------------------------------------------------------
    def _do_start_preview(self) -> None:
        if self._idle is not None or self._state != LiveState.IDLE:
            return
        w, h, fps = self.size
        more = []
        if self.twin_layers is not None:
            tw, th = self.canvases[1].size
            fit = parse_fit(self.twin_fit)
            more.append(PreviewCanvas(tw, th, self._twin_preview, self.twin_layers, fit))
        idle = IdlePreview(
            self._preview,
            w,
            h,
            video=self._video_source(),
            audio=self.audio,
            overlays=self.layers,
            source_fps=fps,
            more=more,
        )
        idle.start()
        self._idle = idle
        self._sync_scene_preview()
        self._notify()

    def _stop_preview(self) -> None:
        idle, self._idle = self._idle, None
        if idle is not None:
            idle.stop()

    def _do_profile(self, profile: str, kbps: int | None, encoder: str | None) -> None:
        canvas(profile)  # UnsupportedProfile for a name no canvas has
        self.video_kbps = kbps if kbps is not None else self.video_kbps
        self.encoder = encoder or self.encoder
        if self._state != LiveState.IDLE:
            self._pending_profile = profile  # the running show keeps its size
            return
        changed = profile != self.profile
        self._apply_profile(profile)
        if self._twin and not changed:
            self._check_load()  # the encoder may have changed

    def _apply_profile(self, profile: str) -> None:
        """New output size: new overlay scenes, and the preview restarted at that size."""
        self._pending_profile = None
        if profile == self.profile:
            return
        self.profile = profile
        self._twin = self._wants_twin(profile, self._wanted)
        self._rebuild_layers()
        if self._twin:
            self._check_load()

    def _do_go_live(self, resolve: Callable[[], list[Target]]) -> None:
        if self._state != LiveState.IDLE:
            return
        self._error = None
        self._state = LiveState.STARTING
        self._notify()
        try:
            targets = resolve()
            if not targets:
                raise UsageError(
                    i18n._("There is nowhere to send the show."),
                    i18n._("Add a destination (or connect the platform) in Settings."),
                )
            shapes = self.canvases
            main = shapes[0].orientation
            for t in targets:
                if t.canvas is not None and t.canvas not in [c.orientation for c in shapes]:
                    raise UsageError(
                        i18n._(
                            "{name!r} takes the {word} canvas, which this show does not have."
                        ).format(name=t.name, word=t.canvas.label),
                        i18n._(
                            "Give {name!r} the {word} canvas in Settings → Destinations."
                        ).format(name=t.name, word=shapes[0].orientation.label),
                    )
            self._stop_preview()
            armed = self._record_armed
            record = self._new_recording_path() if armed else None
            second = None
            if len(shapes) > 1:
                second = CanvasConfig(
                    shapes[1].name,
                    urls=[t.url for t in targets if t.canvas not in (None, main)],
                    record=self._new_recording_path(shapes[1]) if armed else None,
                    overlays=self.twin_layers,
                    fit=parse_fit(self.twin_fit),
                    video_kbps=self.video_kbps,
                    preview=self._twin_preview,
                )
            cfg = PipelineConfig(
                profile=self.profile,
                video_kbps=self.video_kbps,
                encoder=self.encoder,
                video=self._video_source(),
                audio=self.audio,
                urls=[t.url for t in targets if t.canvas in (None, main)],
                record=record,
                overlays=self.layers,
                preview=self._preview,
                second_canvas=second,
            )
            pipeline = Pipeline(cfg)
            pipeline.on_failure(lambda event: self._pipeline_failed(pipeline, event))
            try:
                pipeline.start()
            except BaseException:
                with contextlib.suppress(Exception):
                    pipeline.stop()
                raise
            self._pipeline = pipeline
            # In the order of the stream outputs: the main canvas's, then the second's.
            ordered = [t for t in targets if t.canvas in (None, main)]
            ordered += [t for t in targets if t.canvas not in (None, main)]
            self._targets = tuple(t.shown or t.name for t in ordered)
            self.recording_files += [
                c.record for c in pipeline.canvas_configs if c.record is not None
            ]
        except BaseException:
            self._state = LiveState.IDLE
            self._pipeline = None
            with contextlib.suppress(Exception):
                self._do_start_preview()
            raise
        self._state = LiveState.LIVE
        log.info("live to %d destination(s)", len(targets))
        self._notify()
        if self.on_live is not None:
            self.on_live()

    def _do_end(self, user: bool) -> None:
        p = self._pipeline
        if p is None or self._state not in (LiveState.LIVE, LiveState.STARTING):
            return
        self._state = LiveState.STOPPING
        self._notify()
        try:
            p.stop()
        finally:
            self._forget_unwritten_recordings()
            self._pipeline = None
            self._targets = ()
            self._state = LiveState.IDLE
            self._notify()
        log.info("show ended (%s)", "by the user" if user else "every destination failed")
        if user and self.on_ended is not None:
            self.on_ended()
        if self._pending_profile is not None:
            self._apply_profile(self._pending_profile)
        if self._pending_canvases is not None:
            self._do_canvases(self._pending_canvases)
        self._do_start_preview()

    def _do_record(self, on: bool) -> None:
        p = self._pipeline
        if p is None or self._state != LiveState.LIVE:
            self._record_armed = on  # takes effect when the show goes live
            self._notify()
            return
        self._record_armed = on
        if on and not p.recording:
            for lane in p.lanes:  # every canvas has its own recording
                path = self._new_recording_path(None if lane is p.lanes[0] else lane.canvas)
                p.start_recording(path, lane.canvas.orientation)
                self.recording_files.append(path)
        elif not on and p.recording:
            self._notify()
            p.stop_recording()
            self._forget_unwritten_recordings()
        self._notify()

    def _forget_unwritten_recordings(self) -> None:
        """A recording stopped before its first keyframe wrote no file: don't list it."""
        self.recording_files = [f for f in self.recording_files if f.exists()]

    def _new_recording_path(self, second: Canvas | None = None) -> Path:
        """'Studio <date time>.mp4'; the second canvas's ends in its orientation
        ('... vertical.mp4')."""
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        tail = f" {second.orientation.word}" if second is not None else ""
        return self.recordings_dir / f"Studio {stamp}{tail}.mp4"

    def close(self, timeout: float = 20.0) -> None:
        """End everything (a live show is ended cleanly) and stop the worker."""
        if self._closed:
            return

        def shutdown() -> None:
            if self._pipeline is not None:
                self._pipeline.stop()
                self._pipeline = None
            self._stop_preview()
            self._state = LiveState.IDLE
            self._scene_preview_cbs.clear()
            self._sync_scene_preview()

        fut = self._worker.submit(shutdown)
        self._closed = True
        with contextlib.suppress(Exception):
            fut.result(timeout)
        self._worker.shutdown(wait=False)
        if self._slates is not None:
            with contextlib.suppress(Exception):
                self._slates.close()
        for layers in self.all_layers:
            with contextlib.suppress(Exception):
                layers.scene.close()
