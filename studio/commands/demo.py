"""`studio demo`: the whole studio against a built-in shop, ready to go live, no account.

Starts, in this process: the sandbox platform (a themed show, catalog, simulated audience),
a local RTMP ingest (a private nginx-rtmp when installed, else PyAV's one-stream listen mode)
that reports what it receives back to the platform, and the window with the test camera and
test tone. Settings and window layout for the demo are kept apart from the creator's own.

`studio demo --headless --duration S [--report DIR]` is a rehearsal: the same world with no
window; the studio goes live, plays a scripted rundown (`studio.session.rehearsal`) for S
seconds with the simulated audience buying, ends the show and writes its report.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio import i18n, paths

if TYPE_CHECKING:  # imported lazily at run time: `studio --help` stays quick
    from studio.app import Studio
    from studio.jsonstore import StoreWarning
    from studio.report.figures import Headline
    from studio.sandbox.ingest import ApiReporter, IngestWatcher
    from studio.sandbox.nginx_rtmp import NginxRtmp

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help=i18n._("open the studio against a built-in demo shop (no account needed)"),
        description=(
            i18n._(
                "Runs a sandbox platform and a local RTMP ingest in this process and opens the "
                "window with the test camera and tone: press Go Live."
            )
        ),
    )
    p.add_argument(
        "--rate",
        type=float,
        default=None,
        help=i18n._("simulated orders per second (default 0.5; 2 in a headless rehearsal)"),
    )
    p.add_argument("--profile", default="720p30", choices=("720p30", "1080p30"))
    p.add_argument(
        "--vertical",
        action="store_true",
        help=i18n._(
            "also send the 9:16 canvas to a second local destination (both canvases at once)"
        ),
    )
    p.add_argument(
        "--no-ingest",
        action="store_true",
        help=i18n._("do not start a local ingest (to test failures)"),
    )
    add_control_args(p)
    rehearsal = p.add_argument_group(i18n._("rehearsal (no window)"))
    rehearsal.add_argument(
        "--headless",
        action="store_true",
        help=i18n._("run a whole show without a window: go live, a scripted rundown, end, report"),
    )
    rehearsal.add_argument(
        "--duration",
        type=float,
        default=60.0,
        metavar="S",
        help=i18n._("how long the rehearsal stays live, in seconds (default 60)"),
    )
    rehearsal.add_argument(
        "--report",
        type=Path,
        metavar="DIR",
        help=i18n._("also put the report (HTML, PDF, CSV, timeline) into DIR"),
    )
    p.set_defaults(func=run)


MIN_REHEARSAL_S = 10.0


def control_port(text: str) -> int:
    """`--control-port`'s value: 1 to 65534 (the HTTP endpoint takes the next port)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 < port < 65535:
        raise argparse.ArgumentTypeError(
            i18n._(
                "{text!r} is not a port from 1 to 65534 (HTTP takes the next one), e.g. 4455"
            ).format(text=text)
        )
    return port


def add_control_args(p: argparse.ArgumentParser, dest: str = "control_port") -> None:
    """`--control-port PORT` and `--control-host ADDR`: the remote control (issue 24)."""
    g = p.add_argument_group(i18n._("remote control (stream decks, phones, scripts)"))
    g.add_argument(
        "--control-port",
        dest=dest,
        type=control_port,
        default=None,
        metavar="PORT",
        help=i18n._("serve the remote control: WebSocket on PORT, HTTP on PORT+1 (off by default)"),
    )
    g.add_argument(
        "--control-host",
        dest=f"{dest}_host",
        default="127.0.0.1",
        metavar="ADDR",
        help=i18n._(
            "the address to listen on (default 127.0.0.1; a LAN address lets other devices in)"
        ),
    )


def start_control(studio: Studio, args: argparse.Namespace, memory: bool) -> None:
    """Start the remote control when `--control-port` was given; it stops with the studio."""
    port = getattr(args, "control_port", None)
    if port is None:
        return
    from studio import control

    server = control.start(studio, port, args.control_port_host, memory=memory)
    studio.control = server
    studio.add_closer(server.stop)


class DemoWorld:
    """Sandbox + ingest + health reporting; `close()` stops all of it."""

    def __init__(
        self, rate: float = 0.5, start_ingest: bool = True, vertical: bool = False
    ) -> None:
        """`vertical`: also a 9:16 destination (the ingest's `vertical` application), so the
        show sends both canvases; `vertical_url` is None when the ingest cannot take it."""
        from studio.sandbox.nginx_rtmp import IngestServerError, NginxRtmp, free_tcp_port
        from studio.sandbox.server import SandboxServer

        self._closers: list[Callable[[], None]] = []
        self.note = ""
        self.ingest_app_url = ""
        self.nginx: NginxRtmp | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="studio-demo-")
        work = Path(self._tmp.name)
        # nginx also writes the stream as HLS, which the viewer page (/watch/SHOW_ID) plays.
        hls = work / "hls" if start_ingest else None
        apps = ("live", "vertical") if vertical else ("live",)
        nginx = (
            NginxRtmp(work / "nginx", record=False, hls_dir=hls, applications=apps)
            if start_ingest
            else None
        )
        port = nginx.port if nginx is not None else free_tcp_port()
        self.ingest_app_url = f"rtmp://127.0.0.1:{port}/live"
        self.sandbox = SandboxServer(
            rate=rate, live=False, ingest_url=self.ingest_app_url, hls_dir=hls
        )
        self.sandbox.start()
        self._closers.append(self.sandbox.stop)
        if self.sandbox.store is not None:  # a rundown ready to step (issue 20)
            from studio.sandbox.demo_rundown import seed_rundown

            seed_rundown(self.sandbox.store, self.sandbox.show_id)
        if nginx is not None:
            nginx.on_publish_url = self.sandbox.on_publish_url
            try:
                nginx.start()
                self.nginx = nginx
                self._closers.insert(0, nginx.stop)
            except IngestServerError as exc:
                log.warning("no nginx ingest: %s", exc)
                self.note = i18n._(
                    "nginx with the RTMP module is not available ({message}) {hint} Using a "
                    "simple built-in ingest instead (one stream)."
                ).format(message=exc.message, hint=exc.hint)
                self._listen(port)
        else:
            self.note = i18n._("No local ingest (--no-ingest): going live will fail to connect.")
        self._watcher: IngestWatcher | None = None
        self._watch_lock = threading.Lock()
        self.stream_url = f"{self.ingest_app_url}/{self.sandbox.stream_key}"
        self.vertical_url: str | None = None
        if vertical and self.nginx is not None:
            self.vertical_url = f"rtmp://127.0.0.1:{port}/vertical/{self.sandbox.stream_key}"
        elif vertical:
            self.note = " ".join(
                x
                for x in (
                    self.note,
                    i18n._("No vertical destination: the built-in ingest takes one stream."),
                )
                if x
            )

    def _reporter(self) -> ApiReporter:
        from studio.sandbox.ingest import ApiReporter

        sb = self.sandbox
        return ApiReporter(sb.api_url, sb.show_id, sb.host_token)

    def broadcast(self, live: bool) -> None:
        """Watch what reaches nginx while the studio is live, and tell the platform.

        The watcher starts once the publisher is in: a player that joins nginx before the
        publisher can wait forever for the stream's first packets.
        """
        if self.nginx is None:
            return
        with self._watch_lock:
            old, self._watcher = self._watcher, None
        if old is not None:
            threading.Thread(target=old.stop, name="watcher-stop", daemon=True).start()
        if live:
            timer = threading.Timer(2.0, self._watch)
            timer.daemon = True
            timer.start()

    def _watch(self) -> None:
        watcher = _make_watcher(
            f"{self.ingest_app_url}/{self.sandbox.stream_key}", self._reporter()
        )
        with self._watch_lock:
            if self._watcher is not None or not self._closers:
                return
            self._watcher = watcher
        watcher.start()

    def _listen(self, port: int) -> None:
        from studio.sandbox.ingest import ListenIngest

        listen = ListenIngest(port, self._reporter())
        listen.start()
        self._closers.insert(0, listen.stop)

    def close(self) -> None:
        with self._watch_lock:
            watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()
        for fn in self._closers:
            with contextlib.suppress(Exception):
                fn()
        self._closers.clear()
        with contextlib.suppress(OSError):
            self._tmp.cleanup()


def _make_watcher(url: str, report: ApiReporter) -> IngestWatcher:
    from studio.sandbox.ingest import IngestWatcher

    return IngestWatcher(url, report)


def demo_studio(
    world: DemoWorld, profile: str = "720p30", home: Path | None = None, own_world: bool = True
) -> tuple[Studio, list[StoreWarning]]:
    """A host studio on the demo world (test camera and tone), already syncing the show;
    closing the studio closes the world too unless `own_world` is False."""
    from studio.app import Studio, StudioOptions, load_settings
    from studio.canvases import Orientation
    from studio.config import DeviceSettings, Profile
    from studio.platform.client import PlatformClient
    from studio.platform.sync import PlatformSync
    from studio.session.status import Role, Target

    home = home or paths.state_dir() / "demo"
    config, warnings, _ = load_settings(home)
    config = config.model_copy(
        update={
            "devices": DeviceSettings(camera="test", microphone="test"),
            "video": config.video.model_copy(
                update={
                    "profile": Profile(profile),
                    "bitrate_kbps": Profile(profile).canvas.video_kbps,
                }
            ),
            "destinations": (),
            # The demo speaks the language the command line speaks (the user's setting or
            # $STUDIO_LANGUAGE): its window, overlays and report alike.
            "ui": config.ui.model_copy(update={"language": i18n.language()}),
        }
    )
    name = i18n._("Demo shop (local ingest)")
    url = world.stream_url
    note = i18n._(
        "Demo: a sandbox shop at {shop} and a local ingest at {ingest}. Press Go Live; "
        "nothing leaves this computer."
    ).format(shop=world.sandbox.url, ingest=world.ingest_app_url)
    if world.note:
        note = f"{note}\n{world.note}"
    targets = [Target(name, url, name)]
    if world.vertical_url is not None:
        vname = i18n._("Demo shop, phones (9:16, local ingest)")
        targets.append(Target(vname, world.vertical_url, vname, Orientation.PORTRAIT))
    options = StudioOptions(
        role=Role.HOST,
        settings_dir=home,
        state_dir=home,
        targets=lambda: targets,
        target_names=tuple(t.name for t in targets),
        canvases=tuple(t.canvas for t in targets if t.canvas is not None) or None,
        title=i18n._("Studio demo"),
        demo_note=note,
        viewer_url=world.sandbox.watch_url,
        first_run=False,
    )
    studio = Studio(config, options)
    sb = world.sandbox
    client = PlatformClient(sb.api_url, token=sb.host_token)
    sync = PlatformSync(client, sb.show_id, state_dir=home / "sync").start()
    studio.attach(sync, client, Role.HOST)
    studio.on_broadcast(world.broadcast)
    if own_world:
        studio.add_closer(world.close)
    return studio, warnings


def _rate(args: argparse.Namespace) -> float:
    if args.rate is not None:
        return float(args.rate)
    return 2.0 if args.headless else 0.5


def run(args: argparse.Namespace) -> int:
    if args.headless:
        return run_rehearsal(args)
    return run_window_demo(args)


def run_rehearsal(args: argparse.Namespace) -> int:
    """`studio demo --headless`: a whole show without a window; prints where the report is."""
    from studio.errors import UsageError

    if not args.duration >= MIN_REHEARSAL_S:
        raise UsageError(
            i18n._(
                "A rehearsal needs at least {MIN_REHEARSAL_S:.0f} seconds (got {duration})."
            ).format(MIN_REHEARSAL_S=MIN_REHEARSAL_S, duration=args.duration),
            i18n._("Give --duration in seconds, e.g. --duration 60."),
        )
    world = DemoWorld(rate=_rate(args), start_ingest=not args.no_ingest, vertical=args.vertical)
    print(
        i18n._("studio demo: rehearsal on the sandbox shop at {url}").format(url=world.sandbox.url),
        flush=True,
    )
    print(
        i18n._("studio demo: watch it as a viewer at {watch_url}").format(
            watch_url=world.sandbox.watch_url
        ),
        flush=True,
    )
    if world.note:
        print(i18n._("studio demo: {note}").format(note=world.note), flush=True)
    result = rehearse(
        world,
        args.duration,
        profile=args.profile,
        report_dir=args.report,
        control=lambda studio: start_control(studio, args, memory=True),
    )
    h = result.headline
    print(
        i18n._("studio demo: orders: {orders} · units: {units} · revenue: {revenue_text}").format(
            orders=h.orders, units=h.units, revenue_text=result.revenue_text
        )
    )
    for path in result.files:
        print(f"  {path}")
    return 0


@dataclass(frozen=True)
class Rehearsal:
    """What a rehearsal left: the show's id and folder, its headline, the report's files."""

    show_id: str
    folder: Path
    headline: Headline
    revenue_text: str
    files: tuple[Path, ...]


def rehearse(
    world: DemoWorld,
    duration_s: float,
    *,
    profile: str = "720p30",
    home: Path | None = None,
    report_dir: Path | None = None,
    report_timeout_s: float = 120.0,
    close_world: bool = True,
    control: Callable[[Studio], None] | None = None,
) -> Rehearsal:
    """Go live on `world`, play the scripted rundown for `duration_s`, end the show and wait
    for its report (blocking; the main thread). The world is closed with the studio unless
    `close_world` is False (a test then reads the platform's own figures). `control(studio)`
    is called once the studio exists (the remote control starts there).

    Raises the broadcast's `StudioError` when going live fails, and `UsageError` when the
    report could not be written in `report_timeout_s`.
    """
    import shutil
    import time

    from studio.errors import StudioError, UsageError
    from studio.session import rehearsal
    from studio.session.status import LiveState
    from studio.show.money import format_money, from_minor

    try:
        studio, _ = demo_studio(world, profile, home=home, own_world=close_world)
    except BaseException:
        if close_world:
            world.close()
        raise
    try:
        if control is not None:
            control(studio)
        deadline = time.monotonic() + 20
        while (state := studio.show_feed.state) is None or state.show is None:
            if time.monotonic() > deadline:
                raise UsageError(i18n._("The demo shop did not answer."), i18n._("Try again."))
            time.sleep(0.05)
        show_id = state.show.id
        studio.go_live().result(timeout=60)
        status = studio.session.status()
        if status.state is not LiveState.LIVE:
            raise status.error or StudioError(i18n._("The rehearsal could not go live."))
        sync = studio.sync
        assert sync is not None
        cues = rehearsal.scripted_rundown(state, duration_s)
        rehearsal.play(cues, sync, duration_s)
        studio.end_show().result(timeout=60)
        try:
            html = studio.report_future(show_id).result(timeout=report_timeout_s)
        except Exception as exc:
            raise UsageError(
                i18n._("The rehearsal's report was not written: {exc}.").format(exc=exc),
                i18n._("Run `studio report` on the show's folder to try again."),
            ) from exc
        folder = html.parent
        from studio.report.write import build

        report = build(folder)
        files = sorted(p for p in folder.iterdir() if p.is_file())
        if report_dir is not None:
            report_dir.mkdir(parents=True, exist_ok=True)
            for p in files:
                shutil.copy2(p, report_dir / p.name)
            csv = folder / "report-csv"
            if csv.is_dir():
                shutil.copytree(csv, report_dir / csv.name, dirs_exist_ok=True)
            files = sorted(p for p in report_dir.iterdir())
        h = report.headline
        text = format_money(from_minor(h.revenue_minor, report.currency), report.currency)
        return Rehearsal(show_id, folder, h, text, tuple(files))
    finally:
        studio.close()


def run_window_demo(args: argparse.Namespace) -> int:
    from studio.ui.main import run as run_window

    def make() -> tuple[Studio, list[StoreWarning]]:
        world = DemoWorld(rate=_rate(args), start_ingest=not args.no_ingest, vertical=args.vertical)
        print(i18n._("studio demo: sandbox shop at {url}").format(url=world.sandbox.url))
        print(
            i18n._("studio demo: ingest at {ingest_app_url}").format(
                ingest_app_url=world.ingest_app_url
            )
        )
        print(
            i18n._("studio demo: viewer page at {watch_url}").format(
                watch_url=world.sandbox.watch_url
            )
        )
        if world.note:
            print(i18n._("studio demo: {note}").format(note=world.note))
        try:
            studio, warnings = demo_studio(world, args.profile)
        except BaseException:
            world.close()
            raise
        try:
            start_control(studio, args, memory=True)
        except BaseException:
            studio.close()
            raise
        return studio, warnings

    return run_window(make)
