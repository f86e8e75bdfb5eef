"""The studio application without its window: settings, show, engine and platform wired up.

`Studio` owns one show session: the capture sources (hot-swappable), the overlay scene, the
broadcast engine (an idle preview while not live, the pipeline while live) and, when a platform
is connected, the `PlatformSync` whose model drives the show panel and the overlays. It is
Qt-free except for the overlay scene (QtGui, offscreen-capable), so tests and `studio demo`
build the same object the window renders. Anything that may block (opening devices and
encoders, the keyring, the network) runs on the session's worker thread, never the caller's.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from studio import paths
from studio.capture.specs import open_sources
from studio.capture.switcher import MeteredAudio, SwitchableVideo
from studio.config import Config, Destination, load_config, save_config
from studio.engine.pipeline import Pipeline, PipelineConfig
from studio.engine.preview import IdlePreview, PreviewCallback, PreviewFrame
from studio.errors import StudioError, UsageError
from studio.jsonstore import StoreWarning
from studio.media.layers import Layer
from studio.overlays.models import OrderAlert
from studio.overlays.models import Supporter as OverlaySupporter

log = logging.getLogger(__name__)

PROFILE_SIZES = {"720p30": (1280, 720, 30), "1080p30": (1920, 1080, 30)}
COMMENT_ON_SCREEN_S = 10.0
TOP_SUPPORTERS_ON_SCREEN = 3


class Role(StrEnum):
    HOST = "host"  # broadcasts and runs the show
    COHOST = "cohost"  # runs the show panel of someone else's broadcast
    OFFLINE = "offline"  # no platform connected: broadcast only


# -- sources ---------------------------------------------------------------------------------


def camera_spec(camera: str | None) -> str:
    """Config value → capture spec: None = no camera, 'test', 'file:…', else a device id."""
    if not camera or camera == "none":
        return "none"
    if camera == "test" or camera.startswith(("file:", "device:")):
        return camera
    return f"device:{camera}"


def microphone_spec(mic: str | None) -> str:
    if not mic or mic == "none":
        return "none"
    if mic == "test" or mic.startswith(("file:", "device:")):
        return mic
    return f"device:{mic}"


def _video_factory(spec: str) -> Callable[[], Any]:
    return lambda: open_sources(spec, "none")[0]


def _audio_factory(spec: str) -> Callable[[], Any]:
    return lambda: open_sources("none", spec)[1]


# -- overlays --------------------------------------------------------------------------------


def render_brb(width: int, height: int) -> np.ndarray:
    """The 'be right back' card shown over the slate while the camera is gone."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    from studio.overlays.fonts import ensure_qt, make_font
    from studio.overlays.painting import begin, image_to_array, new_image, rounded

    ensure_qt()
    s = height / 1080
    w, h = round(900 * s), round(300 * s)
    img = new_image(w, h)
    p = begin(img)
    try:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(20, 20, 24, 230))
        p.drawPath(rounded(QRectF(0, 0, w, h), 28 * s))
        p.setPen(QColor(255, 255, 255))
        p.setFont(make_font("Studio Noto Sans", 96 * s, bold=True))
        p.drawText(QRectF(0, 40 * s, w, 140 * s), Qt.AlignmentFlag.AlignCenter, "Be right back")
        p.setPen(QColor(200, 200, 210))
        p.setFont(make_font("Studio Noto Sans", 40 * s))
        p.drawText(
            QRectF(0, 180 * s, w, 70 * s),
            Qt.AlignmentFlag.AlignCenter,
            "The camera is reconnecting…",
        )
    finally:
        p.end()
    return image_to_array(img)


class StudioLayers:
    """The engine's LayerSource: the overlay scene on a clock that outlives any one pipeline,
    plus the 'be right back' card while the camera is missing.

    The idle preview and each live pipeline start their own master clock at zero; the scene's
    animations and countdowns must not jump when the engine restarts, so the scene is always
    polled on this object's monotonic clock instead of the engine's `t`.
    """

    def __init__(self, scene: Any, video: SwitchableVideo | None, width: int, height: int):
        self.scene = scene
        self.video = video
        self._t0 = time.monotonic()
        self.visible = True
        rgba = render_brb(width, height)
        h, w = rgba.shape[:2]
        self._brb = Layer("studio:brb", rgba, (width - w) // 2, (height - h) // 2, 100)

    def now(self) -> float:
        """The scene's clock (what `OverlayScene.start_countdown(now_t=...)` wants)."""
        return time.monotonic() - self._t0

    def layers_at(self, t: float) -> Sequence[Layer]:
        layers: list[Layer] = []
        if self.visible:
            layers.extend(self.scene.layers_at(self.now()))
        video = self.video
        if video is not None and video.problem is not None:
            layers.append(self._brb)
        return layers


class OverlayDriver:
    """Show-model events → the overlay scene, so pins, flash sales and orders are on air.

    Called on the sync threads (the scene's setters are thread-safe and return at once).
    """

    def __init__(self, layers: StudioLayers, locale: str = "en_US") -> None:
        self.layers = layers
        self.locale = locale
        self._lock = threading.Lock()
        self._title: tuple[str, str | None] | None = None
        self._comment_until = 0.0
        self._comment_timer: threading.Timer | None = None
        self._state: Any = None
        self._model: Any = None

    @property
    def scene(self) -> Any:
        return self.layers.scene

    def handle(self, event: Any) -> None:
        from studio.show import events as ev

        try:
            if isinstance(event, ev.ShowLoaded):
                self.apply_state(event.state)
            elif isinstance(event, ev.ShowChanged):
                self._set_title(event.show.title, event.show.host_name)
            elif isinstance(event, ev.PinChanged):
                self._pin(event.product)
            elif isinstance(event, ev.CatalogChanged):
                self._refresh_pin(event.catalog)
            elif isinstance(event, ev.TimerStarted):
                self._countdown(event.timer, event.product)
            elif isinstance(event, ev.TimerEnded):
                self._refresh_pin(None)
            elif isinstance(event, ev.OrdersReceived):
                self._orders(event.orders)
            elif isinstance(event, ev.SupportersChanged):
                self._supporters(event.supporters)
        except Exception:  # overlays must never break the sync thread
            log.exception("overlay update failed for %s", type(event).__name__)

    def apply_state(self, state: Any) -> None:
        """Redraw everything from a snapshot (start-up, reload, a new scene size)."""
        self._state = state
        if state.show is not None:
            self._set_title(state.show.title, state.show.host_name)
        self._pin(state.pinned)
        for timer in state.timers:
            self._countdown(timer, state.product(timer.product_id), state.clock_offset_s)
        self._supporters(state.supporters)

    def set_model(self, model: Any) -> None:
        self._model = model

    def _current_state(self) -> Any:
        model = self._model
        return model.state if model is not None else self._state

    def _pin(self, product: Any) -> None:
        sold = product.sold if product is not None else None
        self.scene.set_pinned(product, sold=sold)

    def _refresh_pin(self, _catalog: Any) -> None:
        state = self._current_state()
        if state is not None:
            self._pin(state.pinned)

    def _countdown(self, timer: Any, product: Any, offset: float | None = None) -> None:
        state = self._current_state()
        if offset is None:
            offset = state.clock_offset_s if state is not None else 0.0
        end_epoch = timer.ends_at.timestamp() - offset
        total = (timer.ends_at - timer.starts_at).total_seconds()
        self.scene.start_countdown(end_epoch, self.layers.now(), total=max(1.0, total))
        if state is not None:
            self._pin(state.pinned)

    def _orders(self, orders: Sequence[Any]) -> None:
        state = self._current_state()
        for order in orders[-20:]:  # a burst is merged by the scene anyway
            product = state.product(order.product_id) if state is not None else None
            title = product.title if product is not None else order.product_id
            self.scene.push_order(OrderAlert(order.buyer_name, title, order.quantity))
        self._refresh_pin(None)  # the card's "N sold" and stock

    def _supporters(self, supporters: Sequence[Any]) -> None:
        top = [OverlaySupporter(s.name, s.points) for s in supporters[:TOP_SUPPORTERS_ON_SCREEN]]
        self.scene.set_supporters(top)

    def _set_title(self, title: str, subtitle: str | None) -> None:
        with self._lock:
            self._title = (title, subtitle)
            showing_comment = time.monotonic() < self._comment_until
        if not showing_comment:
            self.scene.set_show_title(title, subtitle)

    def show_comment(self, author: str, text: str, seconds: float = COMMENT_ON_SCREEN_S) -> None:
        """Put a viewer's comment in the lower third for a while, then the title again."""
        with self._lock:
            self._comment_until = time.monotonic() + seconds
            if self._comment_timer is not None:
                self._comment_timer.cancel()
            self._comment_timer = threading.Timer(seconds, self._restore_title)
            self._comment_timer.daemon = True
            self._comment_timer.start()
        self.scene.set_show_title(f"💬 {author}", text)

    def hide_comment(self) -> None:
        with self._lock:
            self._comment_until = 0.0
            if self._comment_timer is not None:
                self._comment_timer.cancel()
        self._restore_title()

    def _restore_title(self) -> None:
        with self._lock:
            if time.monotonic() < self._comment_until - 0.05:
                return
            title = self._title
        if title is not None:
            self.scene.set_show_title(*title)
        else:
            self.scene.set_show_title(None)

    def close(self) -> None:
        with self._lock:
            if self._comment_timer is not None:
                self._comment_timer.cancel()


LOCALES = {
    "en": "en_US",
    "de": "de_DE",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "zh-Hans": "zh_CN",
}


def locale_for(language: str) -> str:
    """A language setting ('pt-BR') → a locale name for number and money formats."""
    if language in LOCALES:
        return LOCALES[language]
    return language.replace("-", "_")


# -- broadcast -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A destination resolved for going live. `url` carries the stream key: never show it."""

    name: str
    url: str = field(repr=False)
    shown: str = ""


class LiveState(StrEnum):
    IDLE = "idle"
    STARTING = "starting"
    LIVE = "live"
    STOPPING = "stopping"


@dataclass(frozen=True)
class SessionStatus:
    """What the window's broadcast controls and health bar show (a snapshot, any thread)."""

    state: LiveState
    elapsed_s: float = 0.0
    stats: dict[str, Any] | None = None
    recording: bool = False
    record_armed: bool = False
    camera_problem: StudioError | None = None
    mic_problem: StudioError | None = None
    error: StudioError | None = None  # the last thing that went wrong (until cleared)
    targets: tuple[str, ...] = ()
    suggestion: Any = None  # the engine's overload advice (engine.pipeline.Suggestion)


SessionListener = Callable[[SessionStatus], None]


class BroadcastSession:
    """Idle preview ↔ live pipeline, recording, device swaps: one worker thread does the work.

    Every public method returns at once; the work runs in order on the worker and listeners
    hear about each state change (on the worker thread).
    """

    def __init__(
        self,
        *,
        profile: str,
        video_kbps: int | None,
        encoder: str,
        camera: str,
        microphone: str,
        layers_factory: Callable[[SwitchableVideo, int, int], StudioLayers],
        recordings_dir: Path,
        preview: PreviewCallback | None = None,
    ) -> None:
        self.profile = profile
        self.video_kbps = video_kbps
        self.encoder = encoder
        self.recordings_dir = recordings_dir
        self.video = SwitchableVideo(_video_factory(camera), label=camera)
        self.audio = MeteredAudio(_audio_factory(microphone), label=microphone)
        self._layers_factory = layers_factory
        w, h, _ = PROFILE_SIZES[profile]
        self.layers = layers_factory(self.video, w, h)
        self._preview_cb = preview
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
        self.on_live: Callable[[], None] | None = None  # e.g. tell the platform
        self.on_ended: Callable[[], None] | None = None

    # -- listeners -------------------------------------------------------------------------
    def subscribe(self, fn: SessionListener) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def _notify(self) -> None:
        status = self.status()
        for fn in list(self._listeners):
            try:
                fn(status)
            except Exception:
                log.exception("session listener failed")

    def set_preview(self, callback: PreviewCallback | None) -> None:
        self._preview_cb = callback

    def _preview(self, frame: PreviewFrame) -> None:
        cb = self._preview_cb
        if cb is not None:
            cb(frame)

    # -- state -----------------------------------------------------------------------------
    @property
    def state(self) -> LiveState:
        return self._state

    @property
    def size(self) -> tuple[int, int, int]:
        return PROFILE_SIZES[self.profile]

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
        )

    def check(self) -> None:
        """Called periodically: ends the show by itself when every destination failed."""
        p = self._pipeline
        if p is not None and self._state == LiveState.LIVE:
            fatal = p.fatal_error()
            if fatal is not None:
                log.warning("every destination failed: %s", fatal)
                self._error = fatal
                self._submit(self._do_end, False)

    def clear_error(self) -> None:
        self._error = None

    # -- commands (return at once) ---------------------------------------------------------
    def _submit(self, fn: Callable[..., Any], *args: Any) -> concurrent.futures.Future[Any]:
        if self._closed:
            f: concurrent.futures.Future[Any] = concurrent.futures.Future()
            f.set_result(None)
            return f
        return self._worker.submit(self._guard, fn, *args)

    def _guard(self, fn: Callable[..., Any], *args: Any) -> Any:
        try:
            return fn(*args)
        except StudioError as exc:
            log.warning("%s", exc)
            self._error = exc
            self._notify()
            return None
        except Exception as exc:
            log.exception("studio control failed")
            self._error = StudioError(f"Something went wrong: {exc}.", "See the log for details.")
            self._notify()
            return None

    def start_preview(self) -> concurrent.futures.Future[Any]:
        return self._submit(self._do_start_preview)

    def go_live(
        self, resolve: Callable[[], list[Target]], record: bool | None = None
    ) -> concurrent.futures.Future[Any]:
        """Resolve destinations (keyring, platform) and start the pipeline, on the worker."""
        if record is not None:
            self._record_armed = record
        return self._submit(self._do_go_live, resolve)

    def end(self) -> concurrent.futures.Future[Any]:
        return self._submit(self._do_end, True)

    def set_recording(self, on: bool) -> concurrent.futures.Future[Any]:
        return self._submit(self._do_record, on)

    def reconnect_now(self) -> None:
        p = self._pipeline
        if p is not None:
            p.reconnect_now()

    def swap_camera(self, camera: str) -> concurrent.futures.Future[Any]:
        return self._submit(self.video.swap, _video_factory(camera), camera)

    def swap_microphone(self, microphone: str) -> concurrent.futures.Future[Any]:
        return self._submit(self.audio.swap, _audio_factory(microphone), microphone)

    def set_profile(
        self, profile: str, video_kbps: int | None = None, encoder: str | None = None
    ) -> concurrent.futures.Future[Any]:
        """Takes effect now when idle, at the next go-live otherwise."""
        return self._submit(self._do_profile, profile, video_kbps, encoder)

    # -- work (worker thread) --------------------------------------------------------------
    def _do_start_preview(self) -> None:
        if self._idle is not None or self._state != LiveState.IDLE:
            return
        w, h, fps = self.size
        idle = IdlePreview(
            self._preview,
            w,
            h,
            video=self.video,
            audio=self.audio,
            overlays=self.layers,
            source_fps=fps,
        )
        idle.start()
        self._idle = idle
        self._notify()

    def _stop_preview(self) -> None:
        idle, self._idle = self._idle, None
        if idle is not None:
            idle.stop()

    def _do_profile(self, profile: str, kbps: int | None, encoder: str | None) -> None:
        if profile not in PROFILE_SIZES:
            raise UsageError(f"The profile {profile!r} is not supported.")
        self.video_kbps = kbps if kbps is not None else self.video_kbps
        self.encoder = encoder or self.encoder
        if self._state != LiveState.IDLE:
            self._pending_profile = profile  # the running show keeps its size
            return
        self._apply_profile(profile)

    def _apply_profile(self, profile: str) -> None:
        """New output size: a new overlay scene, and the preview restarted at that size."""
        self._pending_profile = None
        if profile == self.profile:
            return
        restart = self._idle is not None
        self._stop_preview()
        w, h, _ = PROFILE_SIZES[profile]
        old = self.layers
        self.layers = self._layers_factory(self.video, w, h)
        self.profile = profile
        if old is not self.layers:
            with contextlib.suppress(Exception):
                old.scene.close()
        if restart:
            self._do_start_preview()

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
                    "There is nowhere to send the show.",
                    "Add a destination (or connect the platform) in Settings.",
                )
            self._stop_preview()
            record = self._new_recording_path() if self._record_armed else None
            cfg = PipelineConfig(
                profile=self.profile,
                video_kbps=self.video_kbps,
                encoder=self.encoder,
                video=self.video,
                audio=self.audio,
                urls=[t.url for t in targets],
                record=record,
                overlays=self.layers,
                preview=self._preview,
            )
            pipeline = Pipeline(cfg)
            try:
                pipeline.start()
            except BaseException:
                with contextlib.suppress(Exception):
                    pipeline.stop()
                raise
            self._pipeline = pipeline
            self._targets = tuple(t.shown or t.name for t in targets)
            if record is not None:
                self.recording_files.append(record)
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
            self._pipeline = None
            self._targets = ()
            self._state = LiveState.IDLE
            self._notify()
        log.info("show ended (%s)", "by the user" if user else "every destination failed")
        if user and self.on_ended is not None:
            self.on_ended()
        if self._pending_profile is not None:
            self._apply_profile(self._pending_profile)
        self._do_start_preview()

    def _do_record(self, on: bool) -> None:
        p = self._pipeline
        if p is None or self._state != LiveState.LIVE:
            self._record_armed = on  # takes effect when the show goes live
            self._notify()
            return
        self._record_armed = on
        if on and not p.recording:
            path = self._new_recording_path()
            p.start_recording(path)
            self.recording_files.append(path)
        elif not on and p.recording:
            self._notify()
            p.stop_recording()
        self._notify()

    def _new_recording_path(self) -> Path:
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
        return self.recordings_dir / f"Studio {stamp}.mp4"

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

        fut = self._worker.submit(shutdown)
        self._closed = True
        with contextlib.suppress(Exception):
            fut.result(timeout)
        self._worker.shutdown(wait=False)
        with contextlib.suppress(Exception):
            self.layers.scene.close()


# -- the studio ------------------------------------------------------------------------------


def resolve_destinations(destinations: Sequence[Destination]) -> list[Target]:
    """Enabled destinations with their stream keys from the keyring (blocking: worker only)."""
    from studio import secrets

    targets = []
    for d in destinations:
        if not d.enabled:
            continue
        key = secrets.get_stream_key(d.key_ref) if d.key_ref else None
        if d.key_ref and not key:
            raise UsageError(
                f"The stream key for {d.name!r} is missing from the keyring.",
                "Enter it again in Settings → Destinations.",
            )
        targets.append(Target(d.name, d.ingest_url(key), d.display_url))
    return targets


@dataclass
class StudioOptions:
    """How a studio is started (the CLI, `studio demo` and tests fill these)."""

    role: Role = Role.OFFLINE
    settings_dir: Path | None = None  # None: the user's config dir
    state_dir: Path | None = None  # None: the user's state dir
    persist_settings: bool = True
    targets: Callable[[], list[Target]] | None = None  # None: from the settings + keyring
    target_names: tuple[str, ...] = ()  # what the go-live confirmation lists with `targets`
    title: str = "Studio"
    demo_note: str = ""  # shown in the window (e.g. "nginx is missing: no local ingest")
    first_run: bool | None = None  # None: when there is no settings file yet


class Studio:
    """One running studio: settings, broadcast session, overlays and (optionally) the show."""

    def __init__(self, config: Config, options: StudioOptions | None = None) -> None:
        self.options = options or StudioOptions()
        self.config = config
        self.role = self.options.role
        self.sync: Any = None  # PlatformSync when a platform show is attached
        self.client: Any = None
        self._unsubscribe: Callable[[], None] | None = None
        self._show_listeners: list[Callable[[Any], None]] = []
        self.overlay_theme = "default"
        self.driver: OverlayDriver | None = None
        cam = camera_spec(config.devices.camera)
        mic = microphone_spec(config.devices.microphone)
        self.session = BroadcastSession(
            profile=str(config.video.profile),
            video_kbps=config.video.bitrate_kbps,
            encoder=config.video.encoder,
            camera=cam if self.role != Role.COHOST else "none",
            microphone=mic if self.role != Role.COHOST else "none",
            layers_factory=self._make_layers,
            recordings_dir=config.recordings_path(),
        )
        self.session.on_live = self._platform_live
        self.session.on_ended = self._platform_ended
        self._closers: list[Callable[[], None]] = []
        self._broadcast_listeners: list[Callable[[bool], None]] = []
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="settings-io")
        self._io_closed = False

    def add_closer(self, fn: Callable[[], None]) -> None:
        """Run `fn` after the studio closed (the demo stops its sandbox and ingest)."""
        self._closers.append(fn)

    # -- overlays --------------------------------------------------------------------------
    def _make_layers(self, video: SwitchableVideo, width: int, height: int) -> StudioLayers:
        from studio.overlays.scene import OverlayScene

        scene = OverlayScene(
            width,
            height,
            self.overlay_theme,
            locale=self.locale,
            image_cache_dir=self._cache_dir(),
        )
        layers = StudioLayers(scene, video, width, height)
        if self.driver is None:
            self.driver = OverlayDriver(layers)
        else:
            self.driver.layers = layers
        if self.sync is not None:
            self.driver.apply_state(self.sync.model.state)
        return layers

    @property
    def locale(self) -> str:
        """The overlays' number and money format, from the language setting."""
        return locale_for(self.config.ui.language)

    def _cache_dir(self) -> Path:
        return (self.options.state_dir or paths.state_dir()) / "images"

    def set_overlay_theme(self, theme: str) -> None:
        """Re-create the scene in another theme pack (content is re-applied)."""
        from studio.overlays.scene import OverlayScene

        self.overlay_theme = theme
        layers = self.session.layers
        old = layers.scene
        w, h, _ = self.session.size
        layers.scene = OverlayScene(
            w, h, theme, locale=self.locale, image_cache_dir=self._cache_dir()
        )
        if self.driver is not None and self.sync is not None:
            self.driver.apply_state(self.sync.model.state)
        old.close()

    # -- platform --------------------------------------------------------------------------
    def attach(self, sync: Any, client: Any = None, role: Role | None = None) -> None:
        """Follow a platform show: its events drive the overlays and the window."""
        self.detach()
        self.sync = sync
        self.client = client
        if role is not None:
            self.role = role
        assert self.driver is not None
        self.driver.set_model(sync.model)
        self.driver.apply_state(sync.model.state)
        self._unsubscribe = sync.model.subscribe(self._on_show_event)
        for fn in list(self._show_listeners):
            fn(None)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        sync, self.sync = self.sync, None
        if sync is not None:
            threading.Thread(target=sync.stop, name="sync-stop", daemon=True).start()

    def on_show_event(self, fn: Callable[[Any], None]) -> None:
        """Listen to the attached show's events (sync threads); None means 'new show'."""
        self._show_listeners.append(fn)

    def _on_show_event(self, event: Any) -> None:
        if self.driver is not None:
            self.driver.handle(event)
        for fn in list(self._show_listeners):
            try:
                fn(event)
            except Exception:
                log.exception("show listener failed")

    def on_broadcast(self, fn: Callable[[bool], None]) -> None:
        """Call `fn(True)` when the show went live and `fn(False)` when it ended (worker)."""
        self._broadcast_listeners.append(fn)

    def _tell_broadcast(self, live: bool) -> None:
        for fn in list(self._broadcast_listeners):
            try:
                fn(live)
            except Exception:
                log.exception("broadcast listener failed")

    def _platform_live(self) -> None:
        self._tell_broadcast(True)
        sync = self.sync
        if sync is None or self.role != Role.HOST:
            return
        show = sync.model.state.show
        if show is None or str(show.status) != "live":
            sync.start_show()

    def _platform_ended(self) -> None:
        self._tell_broadcast(False)
        sync = self.sync
        if sync is not None and self.role == Role.HOST:
            sync.end_show()

    # -- broadcast -------------------------------------------------------------------------
    def targets(self) -> list[Target]:
        """Where going live sends the show (blocking: keyring; the session's worker calls it)."""
        if self.options.targets is not None:
            return self.options.targets()
        return resolve_destinations(self.config.destinations)

    def destination_names(self) -> list[str]:
        """Where the show will go, for the confirmation (no keyring access)."""
        if self.options.targets is not None:
            return list(self.options.target_names)
        return [d.name for d in self.config.destinations if d.enabled]

    def become(self, role: Role) -> None:
        """Switch role; a co-host has no camera or microphone in the show."""
        self.role = role
        if role == Role.COHOST:
            self.session.swap_camera("none")
            self.session.swap_microphone("none")
        else:
            self.session.swap_camera(camera_spec(self.config.devices.camera))
            self.session.swap_microphone(microphone_spec(self.config.devices.microphone))

    def go_live(self) -> concurrent.futures.Future[Any]:
        if self.role == Role.COHOST:
            raise UsageError("A co-host cannot start the broadcast.")
        return self.session.go_live(self.targets)

    def end_show(self) -> concurrent.futures.Future[Any]:
        return self.session.end()

    # -- settings --------------------------------------------------------------------------
    def run_io(self, fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        """Run a file write off the caller's thread, in order with the other writes."""
        if self._io_closed:
            f: concurrent.futures.Future[Any] = concurrent.futures.Future()
            f.set_result(fn())  # closing down: the last writes happen here, in order
            return f
        return self._io.submit(fn)

    def save_settings(self, config: Config) -> concurrent.futures.Future[Any]:
        """Use the new settings now; the file is written (atomically, fsynced) on a worker.

        The future's exception says why the file could not be written, if it could not.
        """
        old, self.config = self.config, config
        settings_dir = self.options.settings_dir

        def write() -> None:
            if self.options.persist_settings:
                save_config(config, settings_dir)

        saved = self.run_io(write)
        v = config.video
        if (v.profile, v.bitrate_kbps, v.encoder) != (
            old.video.profile,
            old.video.bitrate_kbps,
            old.video.encoder,
        ):
            self.session.set_profile(str(v.profile), v.bitrate_kbps, v.encoder)
        if config.devices.camera != old.devices.camera:
            self.session.swap_camera(camera_spec(config.devices.camera))
        if config.devices.microphone != old.devices.microphone:
            self.session.swap_microphone(microphone_spec(config.devices.microphone))
        self.session.recordings_dir = config.recordings_path()
        if config.ui.language != old.ui.language:
            self.set_overlay_theme(self.overlay_theme)  # the scene takes the new locale
        return saved

    def close(self) -> None:
        self._io_closed = True
        self._io.shutdown(wait=True)  # settings and layout written before we go
        self.session.close()
        if self.driver is not None:
            self.driver.close()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        sync, self.sync = self.sync, None
        if sync is not None:
            try:
                sync.stop()
            except Exception:
                log.exception("stopping the platform sync failed")
        for fn in self._closers:
            try:
                fn()
            except Exception:
                log.exception("closing failed")
        self._closers.clear()


def connect_platform(
    api_url: str,
    *,
    token: str | None = None,
    token_ref: str | None = None,
    show_id: str | None = None,
    state_dir: Path | None = None,
) -> tuple[Any, Any, Role]:
    """Sign in and start syncing a show (blocking: call off the GUI thread).

    Returns (sync, client, role). A co-host token is bound to its show; a host without
    `show_id` gets the live show, else the next scheduled one.
    """
    from studio.platform.client import PlatformClient
    from studio.platform.sync import PlatformSync

    client = PlatformClient(api_url, token=token, token_ref=token_ref)
    me = client.me()
    role = Role.COHOST if str(me.role) == "cohost" else Role.HOST
    if str(me.role) == "viewer":
        client.close()
        raise UsageError(
            "This is a viewer's token: it cannot run a show.",
            "Ask the host for a co-host invite.",
        )
    if show_id is None:
        show_id = me.show_id
    if show_id is None:
        shows = client.shows()
        live = [s for s in shows if str(s.status) == "live"]
        upcoming = sorted(
            (s for s in shows if str(s.status) == "scheduled"), key=lambda s: s.scheduled_start
        )
        picks = live or upcoming
        if not picks:
            client.close()
            raise UsageError(
                "There is no live or scheduled show on this account.",
                "Schedule a show on the platform, then connect again.",
            )
        show_id = picks[0].id
    # PlatformSync keeps its files in <state_dir>/sync itself.
    sync = PlatformSync(client, show_id, state_dir=state_dir)
    sync.start()
    return sync, client, role


# -- entry points ----------------------------------------------------------------------------


def load_settings(directory: Path | None = None) -> tuple[Config, list[StoreWarning], bool]:
    """(config, warnings to show, first run?)."""
    result = load_config(directory)
    return result.value, list(result.warnings), result.source == "default"


def user_studio() -> tuple[Studio, list[StoreWarning]]:
    """The creator's own studio: their settings, their platform account (if any)."""
    config, warnings, first = load_settings()
    role = Role.HOST if config.platform.api_url else Role.OFFLINE
    return Studio(config, StudioOptions(role=role, first_run=first)), warnings


__all__ = [
    "BroadcastSession",
    "LiveState",
    "OverlayDriver",
    "Role",
    "SessionStatus",
    "Studio",
    "StudioLayers",
    "StudioOptions",
    "Target",
    "connect_platform",
]
