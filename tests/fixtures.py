"""Real ingests for the tests: a private nginx-rtmp (plain, rejecting, or asking an
on_publish endpoint that records what it was asked), node-media-server, the ffmpeg CLI and
PyAV in listen mode, and our scripted RTMP server for odd answers (tests/scripted_rtmp.py).

Imported by tests/conftest.py, so every test module can ask for these fixtures by name.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import av
import pytest

from studio.sandbox.nginx_rtmp import NginxRtmp, free_tcp_port
from tests.scripted_rtmp import Script, ScriptedRtmpServer

REPO = Path(__file__).resolve().parents[1]
NMS_APP = REPO / "tests/servers/node_modules/node-media-server/bin/app.js"


class PublishAuthServer:
    """An HTTP endpoint for nginx-rtmp's `on_publish` that answers every call with `status`.

    Keeps each call's form fields (`call`, `app`, `name` = stream key, ...) in `calls`, so a
    test can show the server really asked and what for.
    """

    def __init__(self, status: int = 403) -> None:
        self.status = status
        self.calls: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8", "replace")
                owner.calls.append(dict(parse_qsl(body)))
                self.send_response(owner.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # A caller that gives up between select() and accept() (nginx aborting its notify)
        # would leave a blocking accept() stuck for good, and shutdown() waiting on it.
        self._server.socket.settimeout(0.5)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="publish-auth", daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/on_publish"

    def start(self) -> PublishAuthServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def _is_listening(port: int) -> bool:
    """Whether a TCP socket listens on `port`, without connecting (a connect would be the
    one connection a PyAV listener accepts)."""
    found_table = False
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        found_table = True
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                return True
    if not found_table:
        raise RuntimeError("cannot inspect listening sockets without /proc")
    return False


class ListenIngest:
    """PyAV as a one-shot RTMP ingest: accepts one publisher, remuxes what arrives to a file.

    Runs in a thread; the output format follows the suffix (.mkv, .flv). Reading ends when the
    publisher leaves (FFmpeg reports EIO), or after `read_timeout` seconds without data.
    """

    def __init__(
        self,
        out_path: Path,
        port: int | None = None,
        key: str = "x",
        accept_timeout: float = 60.0,
        read_timeout: float = 10.0,
    ) -> None:
        self.out_path = Path(out_path)
        self.port = port if port is not None else free_tcp_port()
        self.key = key
        self.accept_timeout = accept_timeout
        self.read_timeout = read_timeout
        self.packets = 0
        self.connected = threading.Event()
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="listen-ingest", daemon=True)

    @property
    def url(self) -> str:
        return f"rtmp://127.0.0.1:{self.port}/live/{self.key}"

    def start(self, timeout: float = 10.0) -> ListenIngest:
        """Start listening; returns once the port is open, so a publisher may connect."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not _is_listening(self.port):
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"PyAV did not listen on port {self.port}: {self.error!r}")
            time.sleep(0.02)
        return self

    def _run(self) -> None:
        try:
            with av.open(
                self.url,
                format="flv",
                options={"listen": "1"},
                timeout=(self.accept_timeout, self.read_timeout),
            ) as source:
                self.connected.set()
                self._remux(source)
        except BaseException as exc:
            self.error = exc

    def _remux(self, source: Any) -> None:
        with av.open(str(self.out_path), "w") as sink:
            streams = [s for s in source.streams if s.type in ("video", "audio")]
            mapping = {s.index: sink.add_stream_from_template(s) for s in streams}
            try:
                for packet in source.demux(streams):
                    if packet.dts is None or packet.stream.index not in mapping:
                        continue
                    packet.stream = mapping[packet.stream.index]
                    sink.mux(packet)
                    self.packets += 1
            except OSError as exc:
                # The publisher leaving surfaces as EIO/EOF; anything before a packet is an error.
                if self.packets == 0 or exc.errno not in (errno.EIO, errno.EPIPE, None):
                    raise

    def wait(self, timeout: float = 60.0) -> Path:
        """The file of what arrived, once the publisher has left."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError(f"the publisher did not leave within {timeout} s")
        if self.error is not None:
            raise RuntimeError(f"listen ingest failed: {self.error!r}") from self.error
        return self.out_path

    def close(self) -> None:
        """Stop waiting for a publisher that never came (a bare connection ends the accept)."""
        if self._thread.is_alive() and not self.connected.is_set():
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 1),
            ):
                pass
        self._thread.join(self.read_timeout + 5)


class NodeMediaServer:
    """node-media-server 4 (npm, installed into tests/servers by scripts/setup) on loopback
    ports, with its own config file (the package's own would be rewritten on first run),
    recording every publish to `record_dir/APP/NAME/<ms>.flv`."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.record_dir = workdir / "rec"
        self.log_path = workdir / "nms.log"
        self.port = free_tcp_port()
        self.http_port = free_tcp_port()
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 20.0) -> NodeMediaServer:
        node = shutil.which("node")
        if node is None or not NMS_APP.is_file():
            raise RuntimeError(
                "node-media-server is not installed (needs node and npm): run scripts/setup"
            )
        self.workdir.mkdir(parents=True, exist_ok=True)
        config = {
            "bind": "127.0.0.1",
            "notify": {"url": ""},
            "store": {"path": str(self.workdir / "data"), "maxHistory": 100},
            "auth": {
                "play": False,
                "publish": False,
                "secret": secrets.token_hex(16),
                "jwt": {"secret": secrets.token_hex(32), "expiresIn": "1h", "users": []},
            },
            "rtmp": {"port": self.port},
            "http": {"port": self.http_port},
            "webadmin": {"enable": False},
            "record": {"auto": True, "path": str(self.record_dir)},
        }
        cfg = self.workdir / "config.json"
        cfg.write_text(json.dumps(config))
        with self.log_path.open("wb") as log:
            self._proc = subprocess.Popen(
                [node, str(NMS_APP), "-c", str(cfg)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while not _is_listening(self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"node-media-server did not start: {self.log()[-800:]}")
            time.sleep(0.05)
        return self

    def url(self, key: str = "test", app: str = "live") -> str:
        return f"rtmp://127.0.0.1:{self.port}/{app}/{key}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def recordings(self, key: str = "test", app: str = "live") -> list[Path]:
        """The FLV files of one stream path, oldest first."""
        return sorted((self.record_dir / app / key).glob("*.flv"))

    def wait_recordings(self, key: str, app: str = "live", count: int = 1) -> list[Path]:
        """The stream's recordings once `count` exist and stopped growing for a second (the
        server keeps a record open for 30 s after its publisher leaves, for a resume)."""
        sizes: list[int] = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            files = self.recordings(key, app)
            now = [f.stat().st_size for f in files]
            if len(files) >= count and now == sizes and all(now):
                return files
            sizes = now
            time.sleep(1.0)
        raise TimeoutError(f"no finished recording of {app}/{key}: {self.log()[-800:]}")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


class FfmpegListen:
    """The ffmpeg CLI as a one-shot RTMP ingest (`-listen 1`), copying what one publisher
    sends into `out_path` (FLV). It checks the stream name against its own URL's."""

    def __init__(self, out_path: Path, key: str = "x", app: str = "live") -> None:
        self.out_path = out_path
        self.port = free_tcp_port()
        self.key, self.app = key, app
        self.log_path = out_path.with_suffix(".log")
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"rtmp://127.0.0.1:{self.port}/{self.app}/{self.key}"

    def start(self, timeout: float = 15.0) -> FfmpegListen:
        ffmpeg = shutil.which("ffmpeg")
        if ffmpeg is None:
            raise RuntimeError("the ffmpeg CLI is not installed: run scripts/setup")
        with self.log_path.open("wb") as log:
            self._proc = subprocess.Popen(
                [ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "warning", "-listen", "1",
                 "-timeout", "60", "-i", self.url, "-c", "copy", "-f", "flv", "-y",
                 str(self.out_path)],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
        deadline = time.monotonic() + timeout
        while not _is_listening(self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"ffmpeg did not listen: {self.log()}")
            time.sleep(0.05)
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def wait(self, timeout: float = 30.0) -> Path:
        """The file once ffmpeg has finished (the publisher left)."""
        assert self._proc is not None
        try:
            code = self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError(f"ffmpeg did not finish: {self.log()}") from None
        if code != 0 or not self.out_path.exists():
            raise RuntimeError(f"ffmpeg listen failed ({code}): {self.log()}")
        return self.out_path

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@pytest.fixture
def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    return free_tcp_port()


@pytest.fixture
def nginx_rtmp(tmp_path: Path) -> Iterator[NginxRtmp]:
    """A running private nginx-rtmp recording `application live` into tmp_path/nginx/rec."""
    server = NginxRtmp(tmp_path / "nginx").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def publish_auth_rejecting() -> Iterator[PublishAuthServer]:
    """An on_publish endpoint that refuses every stream key with 403."""
    auth = PublishAuthServer(status=403).start()
    try:
        yield auth
    finally:
        auth.stop()


@pytest.fixture
def nginx_rejecting(
    tmp_path: Path, publish_auth_rejecting: PublishAuthServer
) -> Iterator[NginxRtmp]:
    """A running nginx-rtmp whose on_publish check refuses every stream key."""
    server = NginxRtmp(tmp_path / "nginx-rejecting", on_publish_url=publish_auth_rejecting.url)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def publish_auth_accepting() -> Iterator[PublishAuthServer]:
    """An on_publish endpoint that accepts every stream and keeps what nginx asked (app,
    name, args, tcurl ...)."""
    auth = PublishAuthServer(status=200).start()
    try:
        yield auth
    finally:
        auth.stop()


@pytest.fixture
def nginx_asking(tmp_path: Path, publish_auth_accepting: PublishAuthServer) -> Iterator[NginxRtmp]:
    """A running nginx-rtmp that asks `publish_auth_accepting` before each publish."""
    server = NginxRtmp(tmp_path / "nginx-asking", on_publish_url=publish_auth_accepting.url)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def node_media_server(tmp_path: Path) -> Iterator[NodeMediaServer]:
    """A running node-media-server recording into tmp_path/nms/rec."""
    server = NodeMediaServer(tmp_path / "nms").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ffmpeg_listen(tmp_path: Path) -> Iterator[FfmpegListen]:
    """The ffmpeg CLI listening for one publisher at `.url`; `.wait()` gives the FLV."""
    server = FfmpegListen(tmp_path / "ffmpeg-listen.flv").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def tls_server(tmp_path: Path) -> tuple[ssl.SSLContext, Path]:
    """A server TLS context for 127.0.0.1 (self-signed) and the certificate that trusts it
    (give it to the client as STUDIO_RTMPS_CA_FILE)."""
    cert, key = tmp_path / "tls-cert.pem", tmp_path / "tls-key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    return ctx, cert


@pytest.fixture
def scripted_rtmp() -> Iterator[Any]:
    """Start our scripted RTMP server(s): `scripted_rtmp(scripts, tls=None, host=...)`;
    stopped at teardown."""
    made: list[ScriptedRtmpServer] = []

    def start(
        scripts: list[Script] | None = None, tls: Any = None, host: str = "127.0.0.1"
    ) -> ScriptedRtmpServer:
        server = ScriptedRtmpServer(scripts, tls, host).start()
        made.append(server)
        return server

    yield start
    for server in made:
        server.stop()


@pytest.fixture
def pyav_listen_ingest(tmp_path: Path, free_port: int) -> Iterator[ListenIngest]:
    """A listening PyAV ingest at `.url`; `.wait()` returns tmp_path/ingest.mkv when done."""
    ingest = ListenIngest(tmp_path / "ingest.mkv", port=free_port).start()
    try:
        yield ingest
    finally:
        ingest.close()


@pytest.fixture
def start_show() -> Iterator[Any]:
    """Start a test-pattern show with the given PipelineConfig fields; stopped at teardown."""
    from studio.capture.testpattern import TestPatternSource, TestToneSource
    from studio.engine.pipeline import Pipeline, PipelineConfig

    made: list[Pipeline] = []

    def start(**kw: Any) -> Pipeline:
        kw.setdefault("video", TestPatternSource())
        kw.setdefault("audio", TestToneSource())
        p = Pipeline(PipelineConfig(**kw))
        made.append(p)
        p.start()
        return p

    yield start
    for p in made:
        p.stop()


def wait_for(cond: Any, timeout: float, what: str) -> float:
    """Poll until cond() holds; returns the seconds it took (a bound, never asserted on)."""
    start = time.monotonic()
    while not cond():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)
    return time.monotonic() - start
