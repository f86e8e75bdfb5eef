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
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from studio import i18n, paths
from studio.canvases import Orientation
from studio.capture.switcher import SwitchableVideo
from studio.config import Config, RemoteSettings, load_config, save_config
from studio.errors import UsageError
from studio.jsonstore import StoreWarning
from studio.media.scenes import SceneSet
from studio.platform.client import PlatformClient
from studio.platform.sync import PlatformSync
from studio.report.schedule import ShowReports
from studio.session import scene_store
from studio.session.broadcast import BroadcastSession, Done
from studio.session.destinations import resolve_destinations
from studio.session.layers import StudioLayers
from studio.session.locale import locale_for
from studio.session.overlay_driver import OverlayDriver
from studio.session.prompter import LivePrompter
from studio.session.show_feed import ShowFeed
from studio.session.sources import camera_spec, microphone_spec
from studio.session.status import LiveState, Role, SessionStatus, Target
from studio.session.timeline import TimelineRecorder
from studio.show import events as ev
from studio.show.state import ShowStatus

if TYPE_CHECKING:
    from studio.control.server import ControlServer

log = logging.getLogger(__name__)
T = TypeVar("T")


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
    # The canvases `targets` send to besides the profile's (None: from the destinations).
    canvases: tuple[Orientation, ...] | None = None
    demo_note: str = ""  # shown in the window (e.g. "nginx is missing: no local ingest")
    viewer_url: str = ""  # the show's viewer page, shown as a link and QR code (the demo)
    first_run: bool | None = None  # None: when there is no settings file yet
    shows_dir: Path | None = None  # None: <state_dir>/shows (timelines and reports)


class Studio:
    """One running studio: settings, broadcast session, overlays and (optionally) the show."""

    def __init__(self, config: Config, options: StudioOptions | None = None) -> None:
        self.options = options or StudioOptions()
        self.config = config
        self.role = self.options.role
        self.sync: PlatformSync | None = None  # when a platform show is attached
        self.client: PlatformClient | None = None
        # The attached show's events, by type, off the network thread (overlays, window).
        self.show_feed = ShowFeed()
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
            video_fit=config.devices.video_fit,
            layers_factory=self._make_layers,
            recordings_dir=config.recordings_path(),
            canvases=self._show_canvases(config),
        )
        self.session.audio.silence_detector.after_s = config.devices.silence_warning_s
        # The show's scenes, saved beside the settings (session/scene_store.py).
        self.scenes_path = (self.options.settings_dir or paths.config_dir()) / scene_store.FILE_NAME
        self.scenes_warning: str | None = None
        if self.role != Role.COHOST:
            scenes, self.scenes_warning = scene_store.load_scene_set(self.scenes_path)
            if scenes is not None:
                self.session.use_scenes(scenes)
        self._drive(self.session.all_layers)  # one driver for every canvas's scene
        self.session.on_layers = self._drive
        if len(self.session.canvases) > 1 and self.role != Role.COHOST:
            self.session.check_load()  # can this computer encode both? (said before going live)
        # The show's timeline on disk, for the post-show report.
        self.timeline = TimelineRecorder(self.show_feed, self.shows_dir, self.session.status)
        # Data-driven nudges while live (the window's prompter panel reads them).
        self.prompter = LivePrompter(self.show_feed, config.prompter, self.session.status)
        # The post-show report: written when the platform says the show ended (or a while
        # after the broadcast ended, when it never does), on a worker of its own.
        self.reports = ShowReports(self.timeline, lambda: self.locale)
        self.show_feed.events.connect(ev.ShowChanged, self._show_changed)
        self.session.subscribe(self._on_session)
        self.session.on_live = self._platform_live
        self.session.on_ended = self._platform_ended
        self._closers: list[Callable[[], None]] = []
        self._broadcast_listeners: list[Callable[[bool], None]] = []
        self._io = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="settings-io")
        self._io_closed = False
        self.control: ControlServer | None = None  # the remote control, when started
        self._remote_listeners: list[Callable[[ControlServer | None], None]] = []

    @property
    def shows_dir(self) -> Path:
        """Where each show's folder (timeline, report) is kept."""
        if self.options.shows_dir is not None:
            return self.options.shows_dir
        if self.options.state_dir is not None:
            return self.options.state_dir / "shows"
        return paths.shows_dir()

    def _on_session(self, status: SessionStatus) -> None:
        if self.driver is not None:
            self.driver.set_on_air(status.state == LiveState.LIVE)

    def save_scenes(self, scenes: SceneSet | None) -> concurrent.futures.Future[None]:
        """Use `scenes` from now on (None: the one camera again) and save them with the
        settings (off the caller's thread). The Future fails with OSError when the file can't
        be written."""
        self.session.use_scenes(scenes)

        def write() -> None:
            if scenes is None:
                self.scenes_path.unlink(missing_ok=True)
            else:
                scene_store.save_scene_set(self.scenes_path, scenes)

        return self._io.submit(write)

    def add_closer(self, fn: Callable[[], None]) -> None:
        """Run `fn` after the studio closed (the demo stops its sandbox and ingest)."""
        self._closers.append(fn)

    # -- overlays --------------------------------------------------------------------------
    def _make_layers(self, video: SwitchableVideo, width: int, height: int) -> StudioLayers:
        """One canvas's overlay layers: a scene of its size in the current theme."""
        from studio.overlays.scene import OverlayScene

        scene = OverlayScene(
            width,
            height,
            self.overlay_theme,
            locale=self.locale,
            language=self.show_language,
            image_cache_dir=self._cache_dir(),
        )
        return StudioLayers(scene, video, width, height)

    def _drive(self, canvases: list[StudioLayers]) -> None:
        """The overlay driver feeds these canvases' scenes (the session made them anew)."""
        if self.driver is None:
            self.driver = OverlayDriver(canvases[0], self.show_feed)
        self.driver.drive(canvases)

    def _show_canvases(self, config: Config) -> tuple[Orientation, ...]:
        """The canvases the show sends: those its enabled destinations take (or the ones the
        options' targets take). A co-host sees both canvases' overlays (the host may send
        either)."""
        if self.role == Role.COHOST:
            return tuple(Orientation)
        if self.options.canvases is not None:
            return self.options.canvases
        return tuple(dict.fromkeys(d.canvas for d in config.destinations if d.enabled and d.canvas))

    @property
    def locale(self) -> str:
        """The overlays' number and money format, from the language setting."""
        return locale_for(self.config.ui.language)

    @property
    def show_language(self) -> str:
        """The overlays' words: the show's language setting, else the window's."""
        return self.config.ui.show_language or self.config.ui.language

    def _cache_dir(self) -> Path:
        return (self.options.state_dir or paths.state_dir()) / "images"

    def set_overlay_theme(self, theme: str) -> None:
        """Re-create the scene in another theme pack (content is re-applied)."""
        from studio.overlays.scene import OverlayScene

        self.overlay_theme = theme
        olds = []
        for layers in self.session.all_layers:  # every canvas, each laid out for its shape
            old = layers.scene
            layers.scene = OverlayScene(
                old.width,
                old.height,
                theme,
                locale=self.locale,
                language=self.show_language,
                image_cache_dir=self._cache_dir(),
            )
            olds.append(old)
        if self.driver is not None:
            self.driver.apply_state(self.show_feed.state)
        for old in olds:
            old.close()

    # -- platform --------------------------------------------------------------------------
    def attach(
        self, sync: PlatformSync, client: PlatformClient | None = None, role: Role | None = None
    ) -> None:
        """Follow a platform show: its events drive the overlays and the window.

        Subscribers of `show_feed.events` hear `ShowAttached(snapshot)`, then its events.
        """
        self.detach()
        self.sync = sync
        self.client = client
        if role is not None:
            self.role = role
        self.show_feed.attach(sync.model)

    def detach(self) -> None:
        """Stop following the show (subscribers hear `ShowAttached(None)`); the sync stops
        on a thread of its own (it may wait for the network)."""
        sync, self.sync = self.sync, None
        if sync is not None:
            self.show_feed.detach()
            threading.Thread(target=sync.stop, name="sync-stop", daemon=True).start()

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

    # -- the post-show report ---------------------------------------------------------------
    def _show_changed(self, e: ev.ShowChanged) -> None:
        if e.show.status == ShowStatus.ENDED:
            self.reports.write(e.show.id)

    def report_future(self, show_id: str) -> concurrent.futures.Future[Path]:
        """The report of `show_id` (see `ShowReports.future`)."""
        return self.reports.future(show_id)

    def _platform_ended(self) -> None:
        self._tell_broadcast(False)
        self.reports.write_later()
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
        self.session.set_canvases(self._show_canvases(self.config))

    def go_live(self) -> Done:
        if self.role == Role.COHOST:
            raise UsageError(i18n._("A co-host cannot start the broadcast."))
        return self.session.go_live(self.targets)

    def end_show(self) -> Done:
        return self.session.end()

    # -- settings --------------------------------------------------------------------------
    def run_io(self, fn: Callable[[], T]) -> concurrent.futures.Future[T]:
        """Run a file write off the caller's thread, in order with the other writes."""
        if self._io_closed:
            f: concurrent.futures.Future[T] = concurrent.futures.Future()
            f.set_result(fn())  # closing down: the last writes happen here, in order
            return f
        return self._io.submit(fn)

    def save_settings(self, config: Config) -> concurrent.futures.Future[None]:
        """Use the new settings now; the file is written (atomically, fsynced) on a worker.

        The future's exception says why the file could not be written, if it could not.
        """
        old, self.config = self.config, config
        self.prompter.settings = config.prompter
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
        d = config.devices
        if (d.camera, d.video_fit) != (old.devices.camera, old.devices.video_fit):
            self.session.swap_camera(camera_spec(d.camera), d.video_fit)
        if config.devices.microphone != old.devices.microphone:
            self.session.swap_microphone(microphone_spec(config.devices.microphone))
        self.session.audio.silence_detector.after_s = config.devices.silence_warning_s
        if self._show_canvases(config) != self._show_canvases(old):
            self.session.set_canvases(self._show_canvases(config))
        self.session.recordings_dir = config.recordings_path()
        if config.remote != old.remote:
            self.run_io(lambda: self.set_remote(config.remote))
        if (config.ui.language, config.ui.show_language) != (old.ui.language, old.ui.show_language):
            self.set_overlay_theme(self.overlay_theme)  # the scene takes the new locale
        return saved

    def on_remote(self, fn: Callable[[ControlServer | None], None]) -> None:
        """Call `fn(server)` when the remote control starts, or `fn(None)` when it stops."""
        self._remote_listeners.append(fn)

    def set_remote(self, settings: RemoteSettings) -> ControlServer | None:
        """Start, move or stop the remote control as `settings` say (blocking: keyring and
        sockets; the settings writer calls it). Raises `UsageError` (port taken) and
        `KeyringUnavailable`; listeners hear the outcome either way."""
        from studio import control

        old, self.control = self.control, None
        if old is not None:
            old.stop()
        server = None
        try:
            if settings.enabled:
                server = control.start(self, settings.port, settings.host)
                self.control = server
        finally:
            for fn in list(self._remote_listeners):
                try:
                    fn(server)
                except Exception:  # a window already gone
                    log.exception("remote listener failed")
        return server

    def close(self) -> None:
        if self.control is not None:
            self.control.stop()
        self._io_closed = True
        self._io.shutdown(wait=True)  # settings and layout written before we go
        self.session.close()
        if self.driver is not None:
            self.driver.close()
        self.show_feed.close()
        self.prompter.close()
        self.timeline.close()  # after the feed delivered what it held
        self.reports.close()  # a report being written is finished
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


def load_settings(directory: Path | None = None) -> tuple[Config, list[StoreWarning], bool]:
    """(config, warnings to show, first run?)."""
    result = load_config(directory)
    return result.value, list(result.warnings), result.source == "default"


def user_studio() -> tuple[Studio, list[StoreWarning]]:
    """The creator's own studio: their settings, their platform account (if any)."""
    config, warnings, first = load_settings()
    role = Role.HOST if config.platform.api_url else Role.OFFLINE
    return Studio(config, StudioOptions(role=role, first_run=first)), warnings
