"""Smoke test of a BUILT Studio, not the source tree: what support staff check after installing.

    python packaging/smoke_test.py                          # dist/studio/studio (or Studio.app)
    python packaging/smoke_test.py --binary /usr/bin/studio # an installed .deb
    python packaging/smoke_test.py --require stream --report smoke.json

The packaged binary must start; `--version` must print the package version; `doctor --json`
must answer valid JSON with Python, Qt, FFmpeg and a working H.264 encoder found inside the
bundle; `overlay-preview` must render with the bundled themes, fonts and demo catalog; a 10 s
`broadcast` of the test pattern must reach a local ingest as H.264 + AAC; `sandbox` must serve
its API and the bundled demo images; and, under Xvfb, Qt must open the screen and `studio demo`
and `studio` must each show their window (screenshots kept with --artefacts).

The harness runs in the source tree's environment: it uses `studio.sandbox.nginx_rtmp` for a
private nginx-rtmp ingest, or PyAV in listen mode where nginx-rtmp is missing (Windows, macOS),
and PyAV to see what arrived. Every run of the app gets its own config, state and log folders.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STREAM_SECONDS = 10.0


class Skip(Exception):
    """The check cannot run here (no Xvfb, no window command yet); not a failure."""


class Failed(AssertionError):
    """The packaged app did not do what it must."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise Failed(message)


# --- the app under test -----------------------------------------------------------------------


def default_binary() -> Path:
    dist = ROOT / "dist"
    if sys.platform == "darwin" and (dist / "Studio.app").is_dir():
        return dist / "Studio.app" / "Contents" / "MacOS" / "studio"
    return dist / "studio" / ("studio.exe" if os.name == "nt" else "studio")


def expected_version() -> str:
    """The version the source tree declares, which the build must carry."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


@dataclass
class Packaged:
    """A built Studio and a scratch folder for its settings, logs and outputs."""

    binary: Path
    workdir: Path
    artefacts: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.binary = Path(os.path.abspath(self.binary))
        if not self.binary.exists():
            raise SystemExit(f"no packaged app at {self.binary}: build it first")

    def env(self, display: str | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("STUDIO_", "PYTHON"))}
        for name in ("config", "state", "log"):
            folder = self.workdir / "home" / name
            folder.mkdir(parents=True, exist_ok=True)
            env[f"STUDIO_{name.upper()}_DIR"] = str(folder)
        if display is None:
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env.pop("QT_QPA_PLATFORM", None)
            env["DISPLAY"] = display
        return env

    def run(
        self, *args: str, timeout: float = 60.0, display: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [str(self.binary), *args],
                capture_output=True,
                text=True,
                timeout=timeout,
                env=self.env(display),
                cwd=self.workdir,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise Failed(f"`studio {' '.join(args)}` did not finish in {timeout:.0f} s") from exc

    def bundle_file(self, *parts: str) -> Path | None:
        """A file inside the bundle (one-folder, .app or installed); None for one-file builds."""
        exe = self.binary.resolve()
        for base in (exe.parent / "_internal", exe.parent.parent / "Resources", exe.parent):
            candidate = base.joinpath(*parts)
            if candidate.exists():
                return candidate
        return None

    def commands(self) -> list[str]:
        """The sub-commands `studio --help` lists."""
        out = self.run("--help").stdout
        listed = re.search(r"\{([a-z0-9_,-]+)\}", out)
        if listed:
            return listed.group(1).split(",")
        return re.findall(r"^    ([a-z][a-z0-9-]*)\s{2,}", out, re.MULTILINE)


def _tail(text: str, lines: int = 6) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


# --- checks -----------------------------------------------------------------------------------


def check_starts(app: Packaged) -> str:
    proc = app.run("--help")
    expect(proc.returncode == 0, f"`studio --help` exited {proc.returncode}: {_tail(proc.stderr)}")
    commands = app.commands()
    for needed in ("broadcast", "doctor", "support-bundle"):
        expect(needed in commands, f"`studio --help` does not list {needed!r}: {commands}")
    return f"commands: {', '.join(commands)}"


def check_version(app: Packaged) -> str:
    want = expected_version()
    proc = app.run("--version")
    got = proc.stdout.strip()
    expect(proc.returncode == 0, f"`studio --version` exited {proc.returncode}")
    expect(got == f"studio {want}", f"`studio --version` printed {got!r}, want 'studio {want}'")
    info_file = app.bundle_file("studio-build.json")
    if info_file is None:
        return got
    info = json.loads(info_file.read_text(encoding="utf-8"))
    expect(info.get("version") == want, f"studio-build.json says {info.get('version')!r}")
    return f"{got} (commit {info.get('commit')}, built {info.get('built_at')})"


def _keyring_expected() -> bool:
    """Where a usable keyring is certain: macOS Keychain, Windows Credential Locker, or the
    test services (gnome-keyring under D-Bus) that scripts/with-services starts."""
    if sys.platform in ("darwin", "win32"):
        return True
    return (
        os.environ.get("STUDIO_TEST_SERVICES") == "1" and "DBUS_SESSION_BUS_ADDRESS" in os.environ
    )


def check_doctor(app: Packaged) -> str:
    proc = app.run("doctor", "--json", "--offline", timeout=180)
    try:
        report = json.loads(proc.stdout)
    except ValueError as exc:
        raise Failed(f"`doctor --json` printed no JSON ({exc}): {_tail(proc.stderr)}") from exc
    expect(proc.returncode in (0, 1, 2), f"`doctor` exited {proc.returncode}")
    expect(report.get("exit_code") == proc.returncode, "doctor's exit code and JSON disagree")
    checks = {c["id"]: c for c in report.get("checks", [])}
    for name in ("python", "qt", "ffmpeg", "encoders"):
        expect(name in checks, f"doctor did not check {name!r}")
        status = checks[name]["status"]
        expect(status == "ok", f"doctor: {name} is {status}: {checks[name]['summary']}")
    encoders = checks["encoders"].get("details", {}).get("encoders", [])
    working = [e["name"] for e in encoders if e.get("works")]
    expect(working, "no H.264 encoder opens inside the bundle")
    backend = checks.get("keyring", {}).get("details", {}).get("backend", {})
    if _keyring_expected():
        expect(
            backend.get("usable"),
            f"the bundle finds no keyring backend ({backend.get('backend')}): "
            "keyring's entry points are missing from the build",
        )
    counts: dict[str, int] = {}
    for check in checks.values():
        counts[check["status"]] = counts.get(check["status"], 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    return (
        f"{len(checks)} checks ({summary}); encoders: {', '.join(working)}; "
        f"keyring: {backend.get('backend', '?')}"
    )


def _read_png(path: Path) -> Any:
    import av

    with av.open(str(path)) as container:
        frame = next(container.decode(video=0))
        return frame.to_ndarray(format="rgb24")


def check_assets(app: Packaged) -> str:
    catalog = app.bundle_file("assets", "demo", "catalog.csv")
    bundled_catalog = catalog is not None
    if catalog is None:  # one-file build: the catalog is inside the executable
        catalog = ROOT / "assets" / "demo" / "catalog.csv"
    out = app.workdir / "overlay-preview.png"
    proc = app.run(
        "overlay-preview", "--catalog", str(catalog), "--theme", "kbeauty", "--out", str(out)
    )
    expect(proc.returncode == 0, f"overlay-preview exited {proc.returncode}: {_tail(proc.stderr)}")
    expect(out.is_file(), "overlay-preview wrote no PNG")
    pixels = _read_png(out)
    expect(pixels.shape == (720, 1280, 3), f"preview is {pixels.shape}, want 720x1280 RGB")
    expect(float(pixels.std()) > 10, "the preview is blank")
    app.artefacts["overlay_preview"] = str(out)
    where = "bundled" if bundled_catalog else "source"
    return f"{proc.stdout.strip()} ({where} demo catalog)"


# --- ingest for the stream check --------------------------------------------------------------


@dataclass
class Arrived:
    codecs: dict[str, str] = field(default_factory=dict)  # "video" → "h264"
    packets: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    source: str = ""


def probe_media(path: Path) -> Arrived:
    """What a recording holds: codec per stream type, packets and seconds of video."""
    import av

    arrived = Arrived(source=path.name)
    with av.open(str(path)) as container:
        streams = [s for s in container.streams if s.type in ("video", "audio")]
        for s in streams:
            arrived.codecs[s.type] = s.codec_context.name
        first: dict[str, float] = {}
        for packet in container.demux(streams):
            if packet.pts is None or packet.time_base is None:
                continue
            kind = packet.stream.type
            t = float(packet.pts * packet.time_base)
            first.setdefault(kind, t)
            arrived.packets[kind] = arrived.packets.get(kind, 0) + 1
            if kind == "video":
                arrived.seconds = max(arrived.seconds, t - first[kind])
    return arrived


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ListenIngest:
    """PyAV as a one-shot RTMP ingest that writes what arrives to a file (where no nginx-rtmp)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.port = _free_port()
        self.url = f"rtmp://127.0.0.1:{self.port}/live/smoke"
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="smoke-ingest", daemon=True)

    def start(self) -> ListenIngest:
        self._thread.start()
        time.sleep(1.0)  # probing the port would be the one connection a listener accepts
        return self

    def _run(self) -> None:
        import av

        try:
            opts = {"listen": "1"}
            with (
                av.open(self.url, format="flv", options=opts, timeout=(60, 10)) as source,
                av.open(str(self.out), "w") as sink,
            ):
                streams = [s for s in source.streams if s.type in ("video", "audio")]
                mapping = {s.index: sink.add_stream_from_template(s) for s in streams}
                with contextlib.suppress(OSError, EOFError):  # the publisher leaving
                    for packet in source.demux(streams):
                        if packet.dts is None or packet.stream.index not in mapping:
                            continue
                        packet.stream = mapping[packet.stream.index]
                        sink.mux(packet)
        except BaseException as exc:
            self.error = exc

    def finish(self, timeout: float = 30.0) -> Path:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise Failed(f"the ingest still receives {timeout:.0f} s after the broadcast ended")
        if self.error is not None:
            raise Failed(f"the PyAV ingest failed: {self.error!r}")
        return self.out


@contextlib.contextmanager
def local_ingest(workdir: Path) -> Iterator[tuple[str, Callable[[], Path], str]]:
    """(url, finish → recording, kind): a private nginx-rtmp, else a PyAV listener."""
    nginx = None
    if os.name == "posix":
        try:
            from studio.sandbox.nginx_rtmp import IngestServerError, NginxRtmp

            folder = workdir / "nginx"
            folder.mkdir(parents=True, exist_ok=True)
            for part in (workdir, folder):  # nginx workers may run as another user
                part.chmod(0o755)
            nginx = NginxRtmp(folder).start()
        except (ImportError, IngestServerError):
            nginx = None
    if nginx is not None:
        server = nginx
        try:
            yield server.url("smoke"), lambda: server.wait_recordings(1)[-1], "nginx-rtmp"
        finally:
            server.stop()
        return
    listener = ListenIngest(workdir / "ingest.mkv").start()
    yield listener.url, listener.finish, "PyAV listen"


def check_stream(app: Packaged, seconds: float = STREAM_SECONDS) -> str:
    stats_file = app.workdir / "broadcast-stats.json"
    with local_ingest(app.workdir) as (url, finish, kind):
        proc = app.run(
            "broadcast",
            "--video",
            "test",
            "--audio",
            "test",
            "--duration",
            f"{seconds:g}",
            "--url",
            url,
            "--stats-json",
            str(stats_file),
            timeout=seconds + 90,
        )
        expect(proc.returncode == 0, f"broadcast exited {proc.returncode}: {_tail(proc.stderr)}")
        recording = finish()
        arrived = probe_media(recording)
    expect(arrived.codecs.get("video") == "h264", f"video arrived as {arrived.codecs}")
    expect(arrived.codecs.get("audio") == "aac", f"audio arrived as {arrived.codecs}")
    expect(
        arrived.seconds >= seconds * 0.8,
        f"only {arrived.seconds:.1f} s of video arrived of {seconds:g} s",
    )
    expect(arrived.packets.get("audio", 0) > 0, "no audio packets arrived")
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return (
        f"{kind}: h264 + aac, {arrived.seconds:.1f} s, {arrived.packets.get('video', 0)} video / "
        f"{arrived.packets.get('audio', 0)} audio packets; "
        f"encoded {stats.get('frames_encoded', '?')}, dropped {stats.get('frames_dropped', '?')}"
    )


# --- the window -------------------------------------------------------------------------------


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A private X display (Linux); Skip where Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        raise Skip("Xvfb is not installed (apt-get install xvfb)")
    number = next(
        n
        for n in range(90, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise Skip(f"Xvfb did not start on :{number}")
            time.sleep(0.05)
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


def _windows_on(display: str) -> list[tuple[str, str, int, int]]:
    """Viewable top-level windows on the display: (id, title, width, height)."""
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], capture_output=True, text=True, env=env, check=False
    ).stdout
    found = []
    for line in tree.splitlines():
        m = re.match(r'\s*(0x[0-9a-f]+) "(.*?)".*?(\d+)x(\d+)[+-]', line)
        if not m:
            continue
        info = subprocess.run(
            ["xwininfo", "-id", m.group(1)], capture_output=True, text=True, env=env, check=False
        ).stdout
        if "IsViewable" in info and int(m.group(3)) >= 200 and int(m.group(4)) >= 150:
            found.append((m.group(1), m.group(2), int(m.group(3)), int(m.group(4))))
    return found


def _screenshot(app: Packaged, display: str, name: str) -> str:
    """Grab the screen (ImageMagick's `import`, dialogs included) and check it is not blank."""
    shot = app.workdir / f"{name}.png"
    subprocess.run(
        ["import", "-display", display, "-window", "root", str(shot)],
        capture_output=True,
        timeout=30,
        check=False,
    )
    if not shot.exists():
        return "no screenshot (ImageMagick `import` missing)"
    app.artefacts[name] = str(shot)
    pixels = _read_png(shot)
    expect(float(pixels.std()) > 3, f"the screen is blank (screenshot {shot})")
    return f"screenshot {shot.name}"


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        stop = signal.SIGTERM if os.name == "posix" else getattr(signal, "CTRL_BREAK_EVENT", 1)
        proc.send_signal(stop)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _start(app: Packaged, args: list[str], log_name: str, display: str | None = None) -> Any:
    """The packaged app running in the background, its output in workdir/<log_name>.log."""
    flags = getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)  # Windows: lets us stop it
    with (app.workdir / f"{log_name}.log").open("wb") as log:
        return subprocess.Popen(
            [str(app.binary), *args],
            env=app.env(display),
            cwd=app.workdir,
            stdout=log,
            stderr=subprocess.STDOUT,
            creationflags=flags,
        )


def _log_tail(app: Packaged, log_name: str) -> str:
    return _tail((app.workdir / f"{log_name}.log").read_text(errors="replace"), 4)


def window_commands(app: Packaged) -> list[list[str]]:
    """Ways the app opens its window: `studio demo` (when listed) and `studio` alone."""
    return ([["demo"]] if "demo" in app.commands() else []) + [[]]


def _open_window(app: Packaged, args: list[str], display: str | None, wait: float) -> str | None:
    """What opened, or None when `studio` alone only printed its usage (no window command).

    Any other exit is a failure: a listed window command that quits has crashed.
    """
    name = f"window-{'-'.join(args) or 'noargs'}"
    label = f"`studio {' '.join(args)}`".replace(" `", "`")
    proc = _start(app, args, name, display)
    try:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                if not args and proc.returncode == 2:
                    return None
                raise Failed(f"{label} exited {proc.returncode}: {_log_tail(app, name)}")
            if display is not None:
                windows = _windows_on(display)
                if windows:
                    time.sleep(3)  # let it paint (and open its first dialogs)
                    _, title, w, h = max(windows, key=lambda win: win[2] * win[3])
                    shot = _screenshot(app, display, name)
                    expect(proc.poll() is None, f"{label} quit after opening its window")
                    return f"{label} opened {title!r} {w}x{h} ({shot})"
            time.sleep(0.5)
        if display is None:  # no way to see windows here: still running means it came up
            return f"{label} still running after {wait:.0f} s"
        raise Failed(f"{label} showed no window within {wait:.0f} s: {_log_tail(app, name)}")
    finally:
        _stop(proc)


def check_window(app: Packaged, wait: float = 60.0) -> str:
    if not sys.platform.startswith("linux"):
        # No Xvfb: the window command must come up and keep running.
        opened = [_open_window(app, args, None, 15.0) for args in window_commands(app)]
        if not any(opened):
            raise Skip("`studio` alone prints its usage and there is no `demo`: no window yet")
        return "; ".join(text for text in opened if text)
    with xvfb() as display:
        # Qt's X11 platform plugin from the bundle must load and find the screen.
        proc = app.run("doctor", "--json", "--offline", display=display, timeout=180)
        checks = {c["id"]: c for c in json.loads(proc.stdout).get("checks", [])}
        screen = checks.get("display", {})
        expect(screen.get("status") == "ok", f"doctor under Xvfb: {screen.get('summary')}")
        results = [_open_window(app, args, display, wait) for args in window_commands(app)]
        detail = f"{screen.get('summary')}; " + "; ".join(text for text in results if text)
        if not any(results):
            raise Skip(f"{detail} `studio` alone prints its usage, no `demo`: no window yet")
        return detail


def check_sandbox(app: Packaged) -> str:
    """The bundled platform sandbox (FastAPI + uvicorn) serves, with the demo images."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    proc = _start(app, ["sandbox", "--port", str(port), "--rate", "0"], "sandbox")
    try:
        deadline = time.monotonic() + 60
        health: dict[str, Any] = {}
        while not health:
            if proc.poll() is not None:
                raise Failed(f"sandbox exited {proc.returncode}: {_log_tail(app, 'sandbox')}")
            expect(time.monotonic() < deadline, "the sandbox did not answer within 60 s")
            try:
                with urllib.request.urlopen(f"{base}/healthz", timeout=2) as answer:
                    health = json.loads(answer.read())
            except OSError:
                time.sleep(0.3)
        with urllib.request.urlopen(f"{base}/media/skillet.jpg", timeout=10) as answer:
            kind, image = answer.headers.get("Content-Type", ""), answer.read()
        expect(kind == "image/jpeg" and image[:2] == b"\xff\xd8", f"demo image came as {kind}")
        return f"healthz {health}; demo image {len(image)} bytes from the bundle"
    finally:
        _stop(proc)


def check_languages(app: Packaged) -> str:
    """The compiled catalogues are in the bundle: the command line speaks Spanish when asked,
    and the window's catalogue, Qt's own one for Spanish and Studio's Indonesian one of Qt's
    buttons are there."""
    env = app.env()
    env["STUDIO_LANGUAGE"] = "es"
    proc = subprocess.run(
        [str(app.binary), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=app.workdir,
        check=False,
    )
    expect(proc.returncode == 0, f"`studio --help` in Spanish exited {proc.returncode}")
    expect(
        "Estudio de transmisión" in proc.stdout,
        f"`studio --help` with STUDIO_LANGUAGE=es is not Spanish: {_tail(proc.stdout, 3)}",
    )
    found = [
        name
        for name, parts in (
            ("es.mo", ("studio", "i18n", "compiled", "es.mo")),
            ("studio_es.qm", ("studio", "i18n", "compiled", "studio_es.qm")),
            ("qtbase_es.qm", ("PySide6", "Qt", "translations", "qtbase_es.qm")),
            # Studio's own catalogue of Qt's standard buttons, for Indonesian (Qt has none)
            ("qtbase_id.qm", ("studio", "i18n", "compiled", "qtbase_id.qm")),
        )
        if app.bundle_file(*parts) is not None
    ]
    if app.bundle_file("studio-build.json") is not None:  # a one-folder build: files visible
        expect(len(found) == 4, f"translations missing from the bundle (found {found})")
    return f"Spanish help; bundled: {', '.join(found) or 'one-file build'}"


CHECKS: dict[str, Callable[[Packaged], str]] = {
    "starts": check_starts,
    "languages": check_languages,
    "version": check_version,
    "doctor": check_doctor,
    "assets": check_assets,
    "stream": check_stream,
    "sandbox": check_sandbox,
    "window": check_window,
}


# --- runner -----------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    status: str  # ok, skip, fail
    detail: str
    seconds: float


def run_checks(app: Packaged, names: list[str]) -> list[Result]:
    results = []
    for name in names:
        started = time.monotonic()
        try:
            status, detail = "ok", CHECKS[name](app)
        except Skip as exc:
            status, detail = "skip", str(exc)
        except Failed as exc:
            status, detail = "fail", str(exc)
        except Exception as exc:  # a harness error is still a failed smoke test
            status, detail = "fail", f"{type(exc).__name__}: {exc}"
        results.append(Result(name, status, detail, round(time.monotonic() - started, 1)))
        print(f"{status.upper():>4}  {name:<8} {results[-1].seconds:5.1f} s  {detail}", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test a packaged Studio build.")
    parser.add_argument("--binary", type=Path, default=None, help="the packaged studio binary")
    parser.add_argument("--only", action="append", choices=list(CHECKS), help="run just these")
    parser.add_argument(
        "--require", action="append", default=[], choices=list(CHECKS), help="skip = failure"
    )
    parser.add_argument("--report", type=Path, help="write the results as JSON here")
    parser.add_argument(
        "--artefacts", type=Path, help="copy the preview and window screenshot here"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)

    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="studio-smoke-"))
    app = Packaged(args.binary or default_binary(), workdir)
    print(f"smoke-testing {app.binary}")
    results = run_checks(app, args.only or list(CHECKS))
    total = time.monotonic() - started
    failed = [
        r for r in results if r.status == "fail" or (r.status == "skip" and r.name in args.require)
    ]
    print(f"{len(results) - len(failed)}/{len(results)} passed or skipped in {total:.0f} s")
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(
            json.dumps(
                {
                    "binary": str(app.binary),
                    "seconds": round(total, 1),
                    "results": [asdict(r) for r in results],
                    "artefacts": app.artefacts,
                },
                indent=2,
            )
            + "\n"
        )
    if args.artefacts:
        args.artefacts.mkdir(parents=True, exist_ok=True)
        for path in app.artefacts.values():
            shutil.copy2(path, args.artefacts / Path(path).name)
    if args.keep or failed:
        print(f"scratch folder kept: {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
