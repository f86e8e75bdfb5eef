"""A private nginx with the RTMP module: the local ingest for `studio demo` and the tests.

It is a real RTMP server (the same software many ingests run), started on a loopback port with
its own config, pid and logs in a work directory, recording every published stream to FLV so
what arrived can be checked afterwards. Qt-free.

nginx quirks handled here (see FACTS.md): started by root, its workers would run as `nobody`
and silently record nothing unless every parent of the record directory is traversable by
others, so under root they keep root's user; and a master killed with SIGKILL leaves its worker
holding the port, so workers are always found and signalled by parent pid.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import weakref
from pathlib import Path
from types import TracebackType

from studio.errors import StudioError

APT_HINT = "Install it with: sudo apt-get install -y nginx libnginx-mod-rtmp"
_MODULE_NAME = "ngx_rtmp_module.so"
_MODULE_DIRS = (
    "/usr/lib/nginx/modules",
    "/usr/lib64/nginx/modules",
    "/usr/share/nginx/modules",
    "/usr/local/lib/nginx/modules",
    "/usr/local/nginx/modules",
    "/etc/nginx/modules",
    "/opt/homebrew/lib/nginx/modules",
)
_SBIN_DIRS = ("/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin")
# Low-latency HLS as far as nginx-rtmp goes (it has no LL-HLS parts): a fragment is cut at the
# first keyframe after 1 s (the studio sends one every 2 s, so fragments are 2 s long) and the
# playlist holds the last few, so a player joins close to the live edge. Old fragments are
# deleted as they leave the playlist.
HLS_SETTINGS = (
    "hls on;",
    "hls_fragment 1s;",
    "hls_playlist_length 6s;",
    "hls_cleanup on;",
    "hls_continuous on;",
)


class IngestServerError(StudioError):
    """The local RTMP ingest could not be started or is not installed."""


def free_tcp_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on right now (another process may still take it: callers retry)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def find_nginx() -> str:
    """The nginx binary; it lives in sbin, which a normal user's PATH often lacks."""
    path = os.pathsep.join([os.environ.get("PATH", ""), *_SBIN_DIRS])
    found = shutil.which("nginx", path=path)
    if found is None:
        raise IngestServerError(
            "nginx is not installed, so there is no local RTMP ingest.", APT_HINT
        )
    return found


def find_rtmp_module(nginx: str) -> Path | None:
    """The dynamic RTMP module to `load_module`, or None when it is compiled into nginx.

    Looks in nginx's own --modules-path first, then in the usual distribution directories.
    """
    try:
        build = subprocess.run(
            [nginx, "-V"], capture_output=True, text=True, timeout=10, check=False
        ).stderr
    except (OSError, subprocess.TimeoutExpired):
        build = ""
    if re.search(r"--add-module=\S*rtmp", build):
        return None
    dirs: list[str] = []
    match = re.search(r"--modules-path=(\S+)", build)
    if match:
        dirs.append(match.group(1))
    dirs.extend(_MODULE_DIRS)
    for directory in dirs:
        candidate = Path(directory) / _MODULE_NAME
        if candidate.is_file():
            return candidate
    raise IngestServerError(
        "nginx is installed but its RTMP module is missing, so there is no local RTMP ingest.",
        "Install it with: sudo apt-get install -y libnginx-mod-rtmp",
    )


def _child_pids(pid: int) -> list[int]:
    """Direct children of `pid` (nginx workers), from /proc or, elsewhere, pgrep."""
    proc = Path("/proc")
    if proc.is_dir():
        children: list[int] = []
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
        return children
    try:
        out = subprocess.run(
            ["pgrep", "-P", str(pid)], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    return [int(line) for line in out.split() if line.isdigit()]


def _can_list_children() -> bool:
    return Path("/proc").is_dir() or shutil.which("pgrep") is not None


def _signal_all(pids: list[int], sig: int) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers signal 0; it no longer holds the port.
    status = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError, IndexError):
        return status.read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _wait_state(pids: list[int], stopped: bool, timeout: float = 2.0) -> None:
    """Wait until every pid is (or is no longer) stopped by a signal; Linux only, else no-op."""
    deadline = time.monotonic() + timeout
    for pid in pids:
        stat_file = Path(f"/proc/{pid}/stat")
        while time.monotonic() < deadline:
            try:
                state = stat_file.read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                break
            if (state in "Tt") == stopped:
                break
            time.sleep(0.005)


def _stop_process(proc: _Finalizable) -> None:
    """Finaliser: never leave an nginx behind when the owner is garbage-collected or exits."""
    proc.terminate()


class _Finalizable:
    """The pids to clean up, kept apart from NginxRtmp so the finaliser holds no reference to it."""

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self.popen = popen

    def terminate(self) -> None:
        if self.popen.poll() is not None:
            return
        workers = _child_pids(self.popen.pid)
        _signal_all([self.popen.pid, *workers], signal.SIGCONT)
        self.popen.terminate()
        try:
            self.popen.wait(5)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait(5)
        _signal_all([w for w in workers if _alive(w)], signal.SIGKILL)


class NginxRtmp:
    """A private nginx-rtmp on a loopback port with `application live` recording to FLV.

    `applications` names the RTMP applications it serves, each live and recorded alike
    (e.g. ("live", "vertical") for a show's two canvases; with more than one, a recording's
    name ends in its application: KEY-TIME.vertical.flv). `on_publish_url` is called by nginx
    (HTTP POST, form with `name` = stream key) before each publish; any non-2xx answer
    rejects the stream key. Can be stopped, killed, paused and started again on the same port
    to simulate ingest faults.
    """

    def __init__(
        self,
        workdir: Path,
        port: int | None = None,
        on_publish_url: str | None = None,
        record: bool = True,
        applications: tuple[str, ...] = ("live",),
        hls_dir: Path | None = None,
    ) -> None:
        self.workdir = Path(workdir).resolve()
        self.applications = applications
        self._fixed_port = port is not None
        self.port = port if port is not None else free_tcp_port()
        self.on_publish_url = on_publish_url
        self.record = record
        # Where nginx writes each stream as HLS (`KEY.m3u8`, `KEY-N.ts`) for the viewer page;
        # None: no HLS. See `HLS_SETTINGS`.
        self.hls_dir = Path(hls_dir).resolve() if hls_dir is not None else None
        self.record_dir = self.workdir / "rec"
        self.conf_path = self.workdir / "nginx.conf"
        self.error_log = self.workdir / "error.log"
        self.pid_path = self.workdir / "nginx.pid"
        self._proc: subprocess.Popen[bytes] | None = None
        self._finalizer: weakref.finalize[[_Finalizable], NginxRtmp] | None = None
        self._paused = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> NginxRtmp:
        """Start nginx and return once its port accepts connections."""
        if self.running:
            raise IngestServerError(f"The local RTMP ingest already runs on port {self.port}.")
        nginx = find_nginx()
        module = find_rtmp_module(nginx)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.record_dir.mkdir(exist_ok=True)
        for app in self.applications:
            hls = self.hls_path(app)
            if hls is not None:
                hls.mkdir(parents=True, exist_ok=True)
        attempts = 1 if self._fixed_port else 5
        for attempt in range(attempts):
            if attempt:
                self.port = free_tcp_port()
            self.conf_path.write_text(self._config(module))
            self.error_log.write_text("")
            if self._launch(nginx, timeout):
                return self
            if "Address already in use" not in self._log_tail():
                break
        raise IngestServerError(
            f"The local RTMP ingest (nginx) did not start on port {self.port}: "
            f"{self._log_tail() or 'no error logged'}",
            f"See {self.error_log}.",
        )

    def _launch(self, nginx: str, timeout: float) -> bool:
        out = (self.workdir / "nginx.out").open("wb")
        with out:
            proc = subprocess.Popen(
                [
                    nginx,
                    "-p",
                    str(self.workdir),
                    "-c",
                    str(self.conf_path),
                    "-e",
                    str(self.error_log),
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C meant for us must not kill it mid-stream
            )
        # The master binds the port before it forks the worker: wait for both, so pids, stop
        # and kill never miss a worker that is about to appear.
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    pass
            except OSError:
                time.sleep(0.05)
                continue
            if _child_pids(proc.pid) or not _can_list_children():
                break
            time.sleep(0.02)
        else:
            _Finalizable(proc).terminate()
            return False
        self._proc = proc
        self._paused = False
        self._finalizer = weakref.finalize(self, _stop_process, _Finalizable(proc))
        return True

    def _config(self, module: Path | None) -> str:
        lines: list[str] = []
        if module is not None:
            lines.append(f"load_module {module};")
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # POSIX only; imports stay portable
            import grp
            import pwd

            # Started by root, nginx would run its workers as `nobody`, which can only record
            # if every parent of the record dir is traversable by others. pytest resets its
            # tmp root to 0700 whenever any session starts, so that cannot be kept true; the
            # workers stay root instead (loopback-only, and root already runs the tests).
            me = pwd.getpwuid(os.geteuid())
            lines.append(f"user {me.pw_name} {grp.getgrgid(me.pw_gid).gr_name};")
        lines += [
            "daemon off;",
            "master_process on;",
            "worker_processes 1;",
            f"pid {self.pid_path};",
            f"error_log {self.error_log} info;",
            "events { worker_connections 256; }",
            "rtmp {",
            "  server {",
            f"    listen 127.0.0.1:{self.port};",
            "    chunk_size 4096;",
        ]
        for app in self.applications:
            lines += [f"    application {app} {{", "      live on;"]
            if self.record:
                lines += [
                    "      record all;",
                    f"      record_path {self.record_dir};",
                    "      record_unique on;",
                ]
                if len(self.applications) > 1:  # one directory: the file names say whose
                    lines.append(f"      record_suffix .{app}.flv;")
            hls = self.hls_path(app)
            if hls is not None:
                lines += [f"      hls_path {hls};", *(f"      {s}" for s in HLS_SETTINGS)]
            if self.on_publish_url:
                lines.append(f"      on_publish {self.on_publish_url};")
            lines.append("    }")
        lines += ["  }", "}", ""]
        return "\n".join(lines)

    def hls_path(self, application: str) -> Path | None:
        """Where nginx writes `application`'s streams as HLS: the first application into
        `hls_dir` itself, any other into a folder of that name inside it; None without HLS."""
        if self.hls_dir is None or application not in self.applications:
            return None
        return self.hls_dir if application == self.applications[0] else self.hls_dir / application

    def stop(self) -> None:
        """Graceful stop (SIGTERM lets nginx close recordings), then make sure workers are gone."""
        if self._finalizer is not None:
            self._finalizer()  # runs _Finalizable.terminate once
            self._finalizer = None
        self._proc = None
        self._paused = False

    def kill(self) -> None:
        """Crash the ingest: SIGKILL master and workers at once, as a power cut would."""
        if self._proc is None:
            return
        pids = [self._proc.pid, *_child_pids(self._proc.pid)]
        _signal_all(pids, signal.SIGKILL)
        self._proc.wait(5)
        deadline = time.monotonic() + 5
        while any(_alive(p) for p in pids[1:]) and time.monotonic() < deadline:
            time.sleep(0.02)
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        self._proc = None
        self._paused = False

    def pause(self) -> None:
        """Freeze master and workers (SIGSTOP): connections stay open but nothing is read.

        Returns once they are stopped (signals arrive asynchronously), so a test's next step
        really meets a frozen server.
        """
        pids = self.pids
        _signal_all(pids, signal.SIGSTOP)
        self._paused = True
        _wait_state(pids, stopped=True)

    def resume(self) -> None:
        pids = self.pids
        _signal_all(pids, signal.SIGCONT)
        self._paused = False
        _wait_state(pids, stopped=False)

    # -- inspection ------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def pids(self) -> list[int]:
        """Master first, then workers."""
        if self._proc is None or self._proc.poll() is not None:
            return []
        return [self._proc.pid, *_child_pids(self._proc.pid)]

    def url(self, key: str = "test", app: str = "live") -> str:
        """The publish URL of stream `key` in application `app`."""
        return f"rtmp://127.0.0.1:{self.port}/{app}/{key}"

    def recordings(self) -> list[Path]:
        """FLV files recorded so far, oldest first."""
        if not self.record_dir.is_dir():
            return []
        return sorted(self.record_dir.glob("*.flv"), key=lambda p: (p.stat().st_mtime, p.name))

    def open_recordings(self) -> list[Path]:
        """Recordings a worker still writes to (Linux: from the workers' open files)."""
        held: list[Path] = []
        for pid in self.pids[1:]:
            fd_dir = Path(f"/proc/{pid}/fd")
            with contextlib.suppress(OSError):
                for fd in fd_dir.iterdir():
                    with contextlib.suppress(OSError):
                        target = Path(os.readlink(fd))
                        if target.parent == self.record_dir and target.suffix == ".flv":
                            held.append(target)
        return held

    def wait_recordings(self, count: int = 1, timeout: float = 15.0) -> list[Path]:
        """Recordings once at least `count` exist and nginx has closed them all.

        Call after the publisher has gone: nginx finishes the file when the session closes.
        Where open files cannot be inspected, waits for the sizes to stop changing.
        """
        deadline = time.monotonic() + timeout
        can_inspect = Path("/proc/self/fd").is_dir()
        sizes: list[int] = []
        while True:
            files = self.recordings()
            if len(files) >= count:
                if can_inspect and not self.open_recordings():
                    return files
                now = [f.stat().st_size for f in files]
                if not can_inspect and now == sizes:
                    return files
                sizes = now
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"expected {count} finished recording(s) in {self.record_dir}, "
                    f"have {[f.name for f in files]}; nginx log: {self._log_tail()}"
                )
            time.sleep(0.1 if can_inspect else 0.5)

    def _log_tail(self, lines: int = 5) -> str:
        try:
            text = self.error_log.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(text[-lines:])

    # -- context manager -------------------------------------------------------------------

    def __enter__(self) -> NginxRtmp:
        if not self.running:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
