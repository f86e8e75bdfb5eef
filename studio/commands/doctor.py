"""`studio doctor`: is this computer ready for a show? Checks explained in plain words.

Each check says what it found, and when something is wrong, what to do about it. The exit code
is 0 when all is well, 1 when something deserves a look (warnings), 2 when something will stop a
show (failures). `--json` prints the same for support tools and the support bundle. Nothing on
disk is changed, and no secret is printed.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import partial
from pathlib import Path
from typing import Any

from studio import __version__, logs, paths
from studio import secrets as keystore
from studio.config import Config, LoadResult, load_config
from studio.redact import mask_url, redact

OK, WARN, FAIL, SKIP = "ok", "warn", "fail", "skip"
EXIT_CODES = {OK: 0, WARN: 1, FAIL: 2}
DEFAULT_TIMEOUT = 3.0
AUDIO_KBPS = 160
MIN_SCREEN = (1280, 720)


@dataclass(frozen=True)
class Check:
    """One finding: `summary` says what was found, `hint` what to do (when not ok)."""

    id: str
    title: str
    status: str
    summary: str
    hint: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return _redacted(
            {
                "id": self.id,
                "title": self.title,
                "status": self.status,
                "summary": self.summary,
                "hint": self.hint,
                "details": self.details,
            }
        )


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redacted(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(v) for v in value]
    return value


# -- the checks -----------------------------------------------------------------------------


def check_python() -> Check:
    version = platform.python_version()
    details = {
        "version": version,
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "packaged": bool(getattr(sys, "frozen", False)),
    }
    return Check("python", "Python", OK, f"Python {version}.", details=details)


def check_qt() -> Check:
    try:
        import PySide6
        from PySide6 import QtCore
    except Exception as exc:  # a missing system library raises ImportError or OSError
        return Check(
            "qt",
            "Qt",
            FAIL,
            f"Qt could not be loaded ({exc}).",
            "Reinstall Studio; on Linux install libgl1, libegl1 and libxkbcommon0.",
        )
    details = {"pyside6": PySide6.__version__, "qt": QtCore.qVersion()}
    return Check(
        "qt", "Qt", OK, f"Qt {QtCore.qVersion()} (PySide6 {PySide6.__version__}).", details=details
    )


def check_ffmpeg() -> Check:
    try:
        import av
    except Exception as exc:
        return Check(
            "ffmpeg",
            "FFmpeg",
            FAIL,
            f"FFmpeg (PyAV) could not be loaded ({exc}).",
            "Reinstall Studio.",
        )
    libs = {k: ".".join(map(str, v)) for k, v in av.library_versions.items()}
    ffmpeg = str(getattr(av, "ffmpeg_version_info", "unknown"))
    return Check(
        "ffmpeg",
        "FFmpeg",
        OK,
        f"FFmpeg {ffmpeg} (PyAV {av.__version__}).",
        details={"ffmpeg": ffmpeg, "pyav": av.__version__, "libraries": libs},
    )


def check_config(loaded: LoadResult[Config]) -> Check:
    details = {
        "path": str(paths.config_dir()),
        "source": loaded.source,
        "warnings": [w.as_dict() for w in loaded.warnings],
    }
    serious = [w for w in loaded.warnings if w.severity != "info"]
    if serious:
        return Check(
            "config",
            "Settings",
            WARN,
            " ".join(w.message for w in serious),
            " ".join(w.hint for w in serious if w.hint),
            details,
        )
    if loaded.source == "default":
        return Check(
            "config", "Settings", OK, "No settings saved yet; defaults are in use.", details=details
        )
    return Check("config", "Settings", OK, "Settings loaded.", details=details)


def _not_available(check_id: str, title: str, what: str, exc: BaseException) -> Check:
    return Check(
        check_id,
        title,
        WARN,
        f"{what} cannot be checked: that part of Studio is not "
        f"available in this build ({type(exc).__name__}: {exc}).",
        "Reinstall Studio, or report this with 'studio support-bundle'.",
    )


def check_cameras(config: Config) -> Check:
    try:
        from studio.capture.devices import list_cameras
    except Exception as exc:
        return _not_available("cameras", "Cameras", "Cameras", exc)
    cams = list_cameras()
    found = [{"name": c.name, "id": c.id} for c in cams]
    wanted = config.devices.camera
    if not cams and not sys.platform.startswith("linux"):
        # Camera lists come from FFmpeg's v4l2 nodes only on Linux; elsewhere the window asks
        # the OS. Saying "no camera" here would send support looking for a fault that isn't.
        return Check(
            "cameras",
            "Cameras",
            SKIP,
            "Cameras are listed by the studio window on this system; not checked here.",
        )
    if not cams:
        return Check(
            "cameras",
            "Cameras",
            WARN,
            "No camera found.",
            "Plug in a camera (and close other apps using it); a show can still use "
            "a video file or the test pattern.",
            {"cameras": found},
        )
    names = ", ".join(f"{c.name} ({c.id})" for c in cams)
    if wanted and wanted not in {c.id for c in cams} | {c.name for c in cams}:
        return Check(
            "cameras",
            "Cameras",
            WARN,
            f"The camera in your settings ({wanted}) is not connected; found: {names}.",
            "Connect it, or pick another camera in the settings.",
            {"cameras": found},
        )
    return Check(
        "cameras", "Cameras", OK, f"{len(cams)} found: {names}.", details={"cameras": found}
    )


def check_microphones(config: Config) -> Check:
    try:
        from studio.capture.devices import list_microphones
    except Exception as exc:
        return _not_available("microphones", "Microphones", "Microphones", exc)
    mics = list_microphones()
    found = [{"name": m.name, "default": m.default} for m in mics]
    if not mics:
        return Check(
            "microphones",
            "Microphones",
            WARN,
            "No microphone found.",
            "Plug in a microphone or headset, and check the system's sound settings.",
            {"microphones": found},
        )
    default = next((m.name for m in mics if m.default), mics[0].name)
    wanted = config.devices.microphone
    if wanted and wanted != "default" and not any(wanted.lower() in m.name.lower() for m in mics):
        return Check(
            "microphones",
            "Microphones",
            WARN,
            f"The microphone in your settings ({wanted}) is not connected.",
            "Connect it, or pick another microphone in the settings.",
            {"microphones": found},
        )
    return Check(
        "microphones",
        "Microphones",
        OK,
        f"{len(mics)} found; default: {default}.",
        details={"microphones": found},
    )


def check_encoders(config: Config) -> Check:
    try:
        from studio.engine.encoders import probe_encoders
    except Exception as exc:
        return _not_available("encoders", "Video encoders", "Encoders", exc)
    infos = probe_encoders()
    details = {"encoders": [i.as_dict() for i in infos], "configured": config.video.encoder}
    working = [i.name for i in infos if i.works]
    hardware = [i.name for i in infos if i.works and i.hardware]
    if not working:
        return Check(
            "encoders",
            "Video encoders",
            FAIL,
            "No H.264 encoder works on this computer.",
            "Reinstall Studio; send a support bundle if it persists.",
            details,
        )
    wanted = config.video.encoder
    if wanted != "auto" and wanted not in working:
        why = next((i.detail for i in infos if i.name == wanted), "not known to this FFmpeg")
        return Check(
            "encoders",
            "Video encoders",
            FAIL,
            f"The encoder in your settings ({wanted}) does not work here ({why}).",
            f"Choose 'auto' or one that works: {', '.join(working)}.",
            details,
        )
    if hardware:
        summary = f"Working: {', '.join(working)}; the hardware encoder {hardware[0]} is used."
    else:
        summary = (
            f"Working: {', '.join(working)}. No hardware encoder works here, so the "
            "processor encodes (fine at 720p; 1080p needs a fast computer)."
        )
    return Check("encoders", "Video encoders", OK, summary, details=details)


def probe_display() -> int:
    """Print the screens as JSON. Runs in a child process: Qt aborts one with no display."""
    from PySide6.QtGui import QGuiApplication

    logs.uninstall_crash_handler()  # an abort here is a finding, not a crash of Studio

    app = QGuiApplication(sys.argv[:1])
    screens = [
        {
            "name": s.name(),
            "width": s.size().width(),
            "height": s.size().height(),
            "scale": s.devicePixelRatio(),
            "dpi": s.logicalDotsPerInch(),
            "refresh_hz": s.refreshRate(),
        }
        for s in app.screens()
    ]
    print(json.dumps({"platform": app.platformName(), "screens": screens}))
    return 0


def check_display(timeout: float) -> Check:
    title = "Display"
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return Check("display", title, SKIP, "Running without a screen (offscreen); skipped.")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return Check(
            "display",
            title,
            SKIP,
            "No screen is attached to this session; skipped.",
            "Run doctor from the desktop to check the screen.",
        )
    if getattr(sys, "frozen", False):
        cmd = [sys.executable, "doctor", "--probe-display"]
    else:
        code = "from studio.commands.doctor import probe_display; probe_display()"
        cmd = [sys.executable, "-c", code]
    err = "no answer"
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=max(timeout, 10))
        err = proc.stderr.strip()[-300:] or f"exit code {proc.returncode}"
        info = json.loads(proc.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, OSError, ValueError, IndexError):
        return Check(
            "display",
            title,
            WARN,
            f"The screen could not be opened by Qt ({err}).",
            "The studio window may not open; on Linux install libxcb-cursor0 and the "
            "other Qt libraries, or run in a desktop session.",
        )
    screens = info.get("screens", [])
    if not screens:
        return Check(
            "display",
            title,
            WARN,
            "Qt found no screen.",
            "Connect a screen; the studio window needs one.",
            info,
        )
    parts = [f"{s['name']} {s['width']}×{s['height']} at {s['scale']:g}× scale" for s in screens]
    small = [s for s in screens if s["width"] < MIN_SCREEN[0] or s["height"] < MIN_SCREEN[1]]
    if len(small) == len(screens):
        return Check(
            "display",
            title,
            WARN,
            f"{'; '.join(parts)}: smaller than the studio "
            f"window needs ({MIN_SCREEN[0]}×{MIN_SCREEN[1]}).",
            "Lower the display scaling or use a larger screen.",
            info,
        )
    return Check("display", title, OK, "; ".join(parts) + ".", details=info)


def check_keyring(config: Config) -> Check:
    title = "Keyring"
    status = keystore.backend_status()
    details: dict[str, Any] = {"backend": status.as_dict()}
    if not status.usable:
        return Check(
            "keyring",
            title,
            FAIL,
            f"Stream keys cannot be stored: {status.message}.",
            status.hint,
            details,
        )
    keys, tokens = config.secret_refs()
    missing: list[str] = []
    try:
        for ref in keys:
            if keystore.get_stream_key(ref) is None:
                missing.append(f"stream key {ref!r}")
        for ref in tokens:
            if keystore.get_api_token(ref) is None:
                missing.append(f"API token {ref!r}")
        if not keys and not tokens:
            keystore.get_stream_key("doctor-probe")  # proves the keyring answers (and unlocks)
    except keystore.KeyringUnavailable as exc:
        return Check("keyring", title, FAIL, exc.message, exc.hint, details)
    details["missing"] = missing
    if status.in_memory:
        return Check("keyring", title, WARN, status.message, status.hint, details)
    if missing:
        return Check(
            "keyring",
            title,
            WARN,
            f"Keys are stored in {status.name}, but these are missing: {', '.join(missing)}.",
            "Enter them again in the settings (destinations and platform account).",
            details,
        )
    return Check(
        "keyring", title, OK, f"Keys are stored in {status.name}; it works.", details=details
    )


def _existing_parent(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(os.sep)


def check_disk(config: Config) -> Check:
    title = "Recording space"
    target = config.recordings_path()
    usage = shutil.disk_usage(_existing_parent(target))
    kbps = config.video.bitrate_kbps + AUDIO_KBPS
    hours = usage.free / (kbps * 1000 / 8 * 3600)
    gib = usage.free / 2**30
    details = {"path": str(target), "free_bytes": usage.free, "hours_at_bitrate": round(hours, 1)}
    summary = (
        f"{gib:.1f} GiB free in {target}: about {hours:.0f} hours of recording at "
        f"{config.video.bitrate_kbps} kbps."
    )
    if hours < 1:
        return Check(
            "disk",
            title,
            FAIL,
            summary,
            "Free some space or choose another recordings folder before recording.",
            details,
        )
    if hours < 4:
        return Check(
            "disk",
            title,
            WARN,
            summary,
            "Enough for a short show; free some space for long ones.",
            details,
        )
    return Check("disk", title, OK, summary, details=details)


def _writable(directory: Path) -> str | None:
    """None if we can create a file in `directory` (created if missing), else why not."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".doctor-", delete=True) as fh:
            fh.write(b"ok")
            fh.flush()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def check_folders() -> Check:
    title = "Folders"
    folders = {"settings": paths.config_dir(), "logs": paths.log_dir(), "state": paths.state_dir()}
    problems = {name: why for name, d in folders.items() if (why := _writable(d))}
    details = {name: str(d) for name, d in folders.items()}
    if problems:
        text = "; ".join(f"{name} folder {folders[name]}: {why}" for name, why in problems.items())
        return Check(
            "folders",
            title,
            FAIL,
            f"Studio cannot write to {text}.",
            "Fix the folder's permissions (it must belong to you), or free disk space.",
            details,
        )
    return Check(
        "folders", title, OK, "Settings, logs and state folders are writable.", details=details
    )


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """getaddrinfo has no timeout of its own: run it on a throwaway thread."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        infos = pool.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM).result(
            timeout=timeout
        )
    finally:
        pool.shutdown(wait=False)
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_reach(
    check_id: str, title: str, what: str, url: str, host: str, port: int, timeout: float
) -> Check:
    shown = mask_url(url)
    details: dict[str, Any] = {"url": shown, "host": host, "port": port}
    start = time.monotonic()
    try:
        addresses = _resolve(host, port, timeout)
    except concurrent.futures.TimeoutError:
        return Check(
            check_id,
            title,
            FAIL,
            f"The name {host} got no answer from DNS within {timeout:g} s.",
            "Check the internet connection.",
            details,
        )
    except (socket.gaierror, UnicodeError) as exc:
        return Check(
            check_id,
            title,
            FAIL,
            f"The {what} host {host} cannot be found (DNS: "
            f"{exc.strerror if isinstance(exc, socket.gaierror) else exc}).",
            f"Check the spelling of {shown} and the internet connection.",
            details,
        )
    details["addresses"] = addresses
    last_error = ""
    for address in addresses[:3]:
        try:
            with socket.create_connection((address, port), timeout=timeout):
                pass
        except TimeoutError:
            last_error = f"no answer from {address} port {port} within {timeout:g} s"
        except ConnectionRefusedError:
            last_error = f"{address} refused the connection on port {port}"
        except OSError as exc:
            last_error = f"{address} port {port}: {exc.strerror or exc}"
        else:
            ms = (time.monotonic() - start) * 1000
            details["connect_ms"] = round(ms)
            return Check(check_id, title, OK, f"{shown} answers ({ms:.0f} ms).", details=details)
    return Check(
        check_id,
        title,
        FAIL,
        f"The {what} at {shown} cannot be reached: {last_error}.",
        "Check the address; a firewall or VPN may block it; try another network.",
        details,
    )


def network_checks(config: Config, timeout: float) -> list[Callable[[], Check]]:
    checks: list[Callable[[], Check]] = []
    for dest in config.destinations:
        if not dest.enabled:
            continue
        host, port = dest.host_port()
        checks.append(
            partial(
                check_reach,
                f"ingest:{dest.name}",
                f"Ingest {dest.name}",
                "ingest server",
                dest.url,
                host,
                port,
                timeout,
            )
        )
    api = config.platform.host_port()
    if api and config.platform.api_url:
        url = config.platform.api_url
        checks.append(
            partial(check_reach, "api", "Platform API", "platform API", url, *api, timeout)
        )
        checks.append(partial(check_clock, url, timeout))
    if not checks:
        checks.append(partial(check_network_unconfigured))
    return checks


def check_network_unconfigured() -> Check:
    return Check(
        "network", "Network", SKIP, "No destination or platform is configured; nothing to reach."
    )


def check_clock(api_url: str, timeout: float) -> Check:
    """Flash-sale timers end at absolute times set by the platform: clocks must agree."""
    import requests

    title = "Clock"
    try:
        sent = time.time()
        resp = requests.head(api_url, timeout=timeout, allow_redirects=False)
        received = time.time()
        server = parsedate_to_datetime(resp.headers["Date"]).timestamp()
    except (requests.RequestException, KeyError, TypeError, ValueError) as exc:
        return Check(
            "clock", title, SKIP, f"The platform's clock could not be read ({type(exc).__name__})."
        )
    # The Date header has 1 s resolution; compare against the middle of the request.
    offset = server - (sent + received) / 2
    details = {"offset_s": round(offset, 2), "round_trip_ms": round((received - sent) * 1000)}
    if abs(offset) > 5:
        return Check(
            "clock",
            title,
            WARN,
            f"This computer's clock is {abs(offset):.0f} s "
            f"{'behind' if offset > 0 else 'ahead of'} the platform's.",
            "Turn on automatic time in the system settings, or countdowns will be off.",
            details,
        )
    return Check(
        "clock", title, OK, "This computer's clock agrees with the platform's.", details=details
    )


def check_last_crash() -> Check:
    title = "Last crash"
    crash = logs.last_crash()
    if crash is None:
        return Check("last_crash", title, OK, "No crash recorded.")
    details = crash.as_dict()
    summary = f"Studio stopped unexpectedly on {crash.time[:16].replace('T', ' ')}: {crash.summary}"
    when: datetime | None = None
    with contextlib.suppress(ValueError):
        when = datetime.fromisoformat(crash.time)
    if when and datetime.now(when.tzinfo) - when > timedelta(days=7):
        return Check("last_crash", title, OK, summary + " (more than a week ago).", details=details)
    return Check(
        "last_crash",
        title,
        WARN,
        summary + ".",
        f"Send 'studio support-bundle' to support; the report is {crash.report}.",
        details,
    )


# -- running --------------------------------------------------------------------------------


def run_checks(*, timeout: float = DEFAULT_TIMEOUT, network: bool = True) -> list[Check]:
    """All checks, in a stable order; slow ones (display, network) run side by side."""
    loaded = load_config(repair=False)
    config = loaded.value
    plan: list[Callable[[], Check]] = [
        check_python,
        check_qt,
        check_ffmpeg,
        partial(check_config, loaded),
        partial(check_cameras, config),
        partial(check_microphones, config),
        partial(check_encoders, config),
        partial(check_display, timeout),
        partial(check_keyring, config),
        partial(check_disk, config),
        check_folders,
    ]
    if network:
        plan += network_checks(config, timeout)
    plan.append(check_last_crash)
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        futures = [pool.submit(_guarded, fn) for fn in plan]
        return [f.result() for f in futures]


def _guarded(fn: Callable[[], Check]) -> Check:
    try:
        return fn()
    except Exception as exc:  # a broken check must not hide the others
        name = getattr(getattr(fn, "func", fn), "__name__", "check").removeprefix("check_")
        return Check(
            name,
            name.replace("_", " ").capitalize(),
            WARN,
            f"This check could not run ({type(exc).__name__}: {exc}).",
            "Report it with 'studio support-bundle'.",
        )


def overall(checks: list[Check]) -> str:
    statuses = {c.status for c in checks}
    return FAIL if FAIL in statuses else WARN if WARN in statuses else OK


def report(checks: list[Check]) -> dict[str, Any]:
    status = overall(checks)
    return {
        "studio": __version__,
        "time": datetime.now().astimezone().isoformat(timespec="seconds"),
        "status": status,
        "exit_code": EXIT_CODES[status],
        "checks": [c.as_dict() for c in checks],
    }


_LABELS = {OK: "ok", WARN: "WARN", FAIL: "FAIL", SKIP: "skip"}


def render_text(checks: list[Check]) -> str:
    width = max(len(c.title) for c in checks)
    lines = [f"Studio {__version__} doctor", ""]
    for c in checks:
        d = c.as_dict()
        lines.append(f"  {_LABELS[c.status]:<4}  {d['title']:<{width}}  {d['summary']}")
        if d["hint"] and c.status in (WARN, FAIL):
            lines.append(f"        {'':<{width}}  → {d['hint']}")
    warns = sum(c.status == WARN for c in checks)
    fails = sum(c.status == FAIL for c in checks)
    lines.append("")
    if fails:
        lines.append(
            f"{fails} problem(s) will stop a show, {warns} warning(s). Fix the FAIL lines first."
        )
    elif warns:
        lines.append(f"Ready, with {warns} warning(s) worth a look.")
    else:
        lines.append("Everything looks ready for a show.")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    if args.probe_display:
        return probe_display()
    checks = run_checks(timeout=args.timeout, network=not args.offline)
    if args.json:
        print(json.dumps(report(checks), indent=2, ensure_ascii=False))
    else:
        print(render_text(checks))
    return EXIT_CODES[overall(checks)]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "doctor",
        help="check this computer is ready for a show",
        description="Check cameras, microphones, encoders, keyring, disk, folders and the "
        "network, and explain what to fix. Exit code 0 = ok, 1 = warnings, 2 = problems.",
    )
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--offline", action="store_true", help="skip the network checks")
    p.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"network timeout per check (default {DEFAULT_TIMEOUT:g})",
    )
    p.add_argument("--probe-display", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=_run)
