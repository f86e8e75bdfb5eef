"""The sandbox platform as an object: start it in-process, use it, stop it.

`studio sandbox` runs one in the foreground; `studio demo` and the test-suites of other layers
embed one (uvicorn in a background thread on a free localhost port):

    with SandboxServer(rate=2.0, live=True) as sb:
        requests.get(f"{sb.api_url}/shows/{sb.show_id}",
                     headers={"Authorization": f"Bearer {sb.host_token}"})
"""

from __future__ import annotations

import contextlib
import logging
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import requests
import uvicorn

from studio.platform.models import IngestReport, Order
from studio.sandbox.app import Sandbox, create_app
from studio.sandbox.db import Database
from studio.sandbox.events import EventHub
from studio.sandbox.hls import LiveHls
from studio.sandbox.middleware import Faults, RateLimiter
from studio.sandbox.publish_hook import PublishHook
from studio.sandbox.routers.watch import watch_path
from studio.sandbox.seed import SeedInfo, demo_assets_dir, seed
from studio.sandbox.simulator import OrderSimulator
from studio.sandbox.stores import Store

log = logging.getLogger(__name__)

DEFAULT_INGEST_URL = "rtmp://127.0.0.1:1935/live"


class SandboxControls:
    """The simulator and housekeeping, driven by a background thread or by `tick()`."""

    def __init__(self, store: Store, simulator: OrderSimulator, auto: bool) -> None:
        self.store = store
        self.simulator = simulator
        self.running = auto
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def set_running(self, running: bool) -> None:
        self.running = running

    def tick(self, seconds: float) -> list[Order]:
        """Play `seconds` of simulated audience, then expire timers and silent ingests."""
        orders: list[Order] = []
        with self._lock:
            step = 0.5
            left = seconds
            while left > 1e-9:
                dt = min(step, left)
                orders += self.simulator.tick(dt)
                left -= dt
            self.housekeeping()
        return orders

    def housekeeping(self) -> None:
        self.store.timers.expire()
        self.store.auctions.expire()
        self.store.giveaways.expire()
        self.store.vouchers.expire()
        self.store.polls.expire()
        self.store.ingest.expire()
        self.store.community.vest_due()

    def start(self, interval: float = 0.1) -> None:
        self._thread = threading.Thread(
            target=self._run, args=(interval,), name="sandbox-sim", daemon=True
        )
        self._thread.start()

    def _run(self, interval: float) -> None:
        last = time.monotonic()
        purge_at = last
        while not self._stop.wait(interval):
            now = time.monotonic()
            dt, last = now - last, now
            try:
                with self._lock:
                    if self.running:
                        self.simulator.tick(dt)
                    self.housekeeping()
                if now >= purge_at:
                    self.store.idempotency.purge()
                    purge_at = now + 600
            except Exception:  # keep the audience alive; the log says what broke
                log.exception("sandbox simulator tick failed")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


class SandboxServer:
    """A complete sandbox platform on localhost.

    port: 0 picks a free one. db_path: None uses a temporary database removed on stop.
    rate: simulated orders per second (0 = none until bursts/ticks). live: seed the demo show
    already live. simulate: False leaves the clock to `tick()` (deterministic tests).
    rate_limit: requests per second per token (None = unlimited), with `burst`.
    hls_dir: where an nginx-rtmp writes HLS (`hls_path`): the viewer page plays it.
    """

    def __init__(
        self,
        port: int = 0,
        db_path: Path | str | None = None,
        rate: float = 1.0,
        *,
        host: str = "127.0.0.1",
        live: bool = False,
        simulate: bool = True,
        ingest_url: str = DEFAULT_INGEST_URL,
        rate_limit: float | None = 100.0,
        burst: int = 200,
        heartbeat_s: float = 15.0,
        media_dir: Path | None = None,
        seed_value: int = 7,
        clock: Callable[[], float] = time.time,
        hls_dir: Path | None = None,
    ) -> None:
        self.host = host
        self._requested_port = port
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if db_path is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="studio-sandbox-")
            db_path = Path(self._tmp.name) / "sandbox.db"
        self.db_path = Path(db_path)
        self.rate = rate
        self.live = live
        self.simulate = simulate
        self.ingest_url = ingest_url
        self.faults = Faults()
        self.limiter = RateLimiter(rate_limit, burst)
        self.heartbeat_s = heartbeat_s
        self.media_dir = media_dir if media_dir is not None else demo_assets_dir()
        self.seed_value = seed_value
        self.clock = clock
        self.hls_dir = hls_dir  # an nginx-rtmp `hls_path`: the viewer page's live video
        self.port = 0
        self.store: Store | None = None
        self.controls: SandboxControls | None = None
        self.info: SeedInfo | None = None
        self._db: Database | None = None
        self._hub: EventHub | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._hook: PublishHook | None = None

    # -- what a client needs ---------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def watch_url(self) -> str:
        """The viewer's shop page of the demo show (live video, Buy, comments)."""
        return self.url + watch_path(self.show_id)

    def _seed(self) -> SeedInfo:
        if self.info is None:
            raise RuntimeError("SandboxServer.start() first")
        return self.info

    @property
    def show_id(self) -> str:
        return self._seed().show_id

    @property
    def host_token(self) -> str:
        return self._seed().host_token

    @property
    def cohost_token(self) -> str:
        return self._seed().cohost_token

    @property
    def viewer_token(self) -> str:
        return self._seed().viewer_token

    @property
    def stream_key(self) -> str:
        """The key issued at seeding (rotating it through the API hands out a new one)."""
        return self._seed().stream_key

    @property
    def on_publish_url(self) -> str:
        """For nginx-rtmp's `on_publish`: 2xx for the show's current stream key, else 403."""
        if self._hook is None:
            raise RuntimeError("SandboxServer.start() first")
        return self._hook.url

    @property
    def on_publish_done_url(self) -> str:
        """For nginx-rtmp's `on_publish_done`: marks the show's ingest offline at once."""
        if self._hook is None:
            raise RuntimeError("SandboxServer.start() first")
        return self._hook.done_url

    def _key_accepted(self, key: str) -> bool:
        return self.store is not None and self.store.shows.for_stream_key(key) is not None

    def _key_done(self, key: str) -> None:
        show_id = self.store.shows.for_stream_key(key) if self.store is not None else None
        if show_id is not None and self.store is not None:
            off = IngestReport(video_arriving=False, bitrate_kbps=0, fps=0, source="nginx")
            self.store.ingest.report(show_id, off)

    @property
    def simulator(self) -> OrderSimulator:
        if self.controls is None:
            raise RuntimeError("SandboxServer.start() first")
        return self.controls.simulator

    # -- life cycle ------------------------------------------------------------------------

    def start(self, timeout: float = 15.0) -> SandboxServer:
        """Serve in a background thread; returns once the API answers."""
        self._hub = EventHub()
        self._db = Database(self.db_path)
        self.store = Store(self._db, self._hub, self.clock)
        self.info = seed(self.store, self.ingest_url, live=self.live)
        sim = OrderSimulator(self.store, self.info.show_id, rate=self.rate, seed=self.seed_value)
        self.controls = SandboxControls(self.store, sim, auto=self.simulate)
        sandbox = Sandbox(
            store=self.store,
            faults=self.faults,
            limiter=self.limiter,
            media_dir=self.media_dir,
            heartbeat_s=self.heartbeat_s,
            controls=self.controls,
            hls=LiveHls(self.hls_dir, self.store.shows.for_stream_key) if self.hls_dir else None,
        )
        app = create_app(sandbox)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self._requested_port))
        except OSError:
            sock.close()
            self._close_storage()
            raise
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=2,
            lifespan="off",
            ws="none",
        )
        self._server = uvicorn.Server(config)
        server = self._server
        self._thread = threading.Thread(
            target=lambda: server.run(sockets=[sock]), name="sandbox-http", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while True:
            try:
                if requests.get(f"{self.url}/healthz", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or not self._thread.is_alive():
                self.stop()
                raise RuntimeError(f"the sandbox did not start on port {self.port}")
            time.sleep(0.02)
        self._hook = PublishHook(self._key_accepted, self._key_done, host=self.host).start()
        if self.simulate:
            self.controls.start()
        else:
            self.controls.running = False
        log.info("sandbox platform serving on %s", self.url)
        return self

    def tick(self, seconds: float = 1.0) -> list[Order]:
        """Advance the simulated audience (and expire timers) by `seconds`."""
        if self.controls is None:
            raise RuntimeError("SandboxServer.start() first")
        return self.controls.tick(seconds)

    def burst(self, orders: int) -> list[Order]:
        return self.simulator.burst(orders)

    def stop(self) -> None:
        if self.controls is not None:
            self.controls.stop()
        if self._hook is not None:
            self._hook.stop()
            self._hook = None
        if self._hub is not None:
            self._hub.close()  # ends open event streams so uvicorn can shut down
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self._server = None
        self._close_storage()

    def _close_storage(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
