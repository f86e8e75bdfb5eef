"""`studio support-bundle OUT.zip`: everything support needs, nothing secret.

The zip holds the logs, crash reports, the settings (redacted, plus the raw files when they are
damaged), `studio doctor` output, the latest shows' stats and system information. Before any
file is added, the secrets the settings point at are read from the keyring and registered, so
they are masked wherever they turn up; every member then passes through redaction, and the
finished bundle is scanned once more for any registered secret before it is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from studio import __version__, health, i18n, logs, paths
from studio import secrets as keystore
from studio.config import CONFIG_FILE, load_config
from studio.errors import StudioError, UsageError
from studio.redact import contains_secret, redact, redact_bytes

MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files keep only their end
MAX_CRASH_REPORTS = 20
DEFAULT_STATS = 10
PACKAGES = [
    "av",
    "numpy",
    "PySide6-Essentials",
    "sounddevice",
    "requests",
    "keyring",
    "SecretStorage",
    "platformdirs",
    "pydantic",
    "fastapi",
    "uvicorn",
    "segno",
]
STUDIO_ENV_SHOWN = [
    paths.CONFIG_DIR_ENV,
    paths.STATE_DIR_ENV,
    paths.LOG_DIR_ENV,
    keystore.MEMORY_ENV,
]
ENV_SHOWN = [  # i18n: not shown (environment variables)
    "QT_QPA_PLATFORM",
    "XDG_SESSION_TYPE",
    "XDG_CURRENT_DESKTOP",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "LANG",
    "LC_ALL",
    "TZ",
]


class BundleLeak(StudioError):
    """A registered secret survived redaction: the bundle is withheld."""


@dataclass(frozen=True)
class BundleSummary:
    """A written bundle: where, its member names (sorted), its size in bytes, README notes."""

    path: Path
    members: tuple[str, ...]
    size: int
    notes: tuple[str, ...]


def _read_capped(path: Path) -> bytes:
    with path.open("rb") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size <= MAX_FILE_BYTES:
            fh.seek(0)
            return fh.read()
        fh.seek(size - MAX_FILE_BYTES)
        return b"[... start of file left out ...]\n" + fh.read()


def _newest(files: Iterable[Path], n: int) -> list[Path]:
    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted((f for f in files if f.is_file()), key=mtime, reverse=True)[:n]


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def system_info() -> dict[str, object]:
    """This computer and installation for support: versions, OS, CPU count, memory in bytes
    (None where the OS does not say), Studio's folders and environment, the keyring backend.
    Reads only; no secret (the keyring's status, not its keys; a listed few variables)."""
    versions: dict[str, str] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = i18n._("not installed")
    memory = None
    with contextlib.suppress(ValueError, OSError, AttributeError):
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    return {
        "studio": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version,
        "executable": sys.executable,
        "platform": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "memory_bytes": memory,
        "timezone": datetime.now().astimezone().tzname(),
        "environment": {k: os.environ[k] for k in ENV_SHOWN if k in os.environ}
        | {k: v for k, v in os.environ.items() if k in STUDIO_ENV_SHOWN},
        "folders": {
            "config": str(paths.config_dir()),
            "state": str(paths.state_dir()),
            "logs": str(paths.log_dir()),
        },
        "packages": versions,
        "keyring": keystore.backend_status().as_dict(),
    }


def _json(data: object) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n").encode("utf-8")


def collect(
    *, network: bool = True, timeout: float = health.DEFAULT_TIMEOUT, stats: int = DEFAULT_STATS
) -> tuple[dict[str, bytes], list[str]]:
    """The bundle's members (name → content, not yet redacted) and notes for README."""
    notes: list[str] = []
    loaded = load_config(repair=False)
    try:
        problems = keystore.register_known_secrets(loaded.value)
    except StudioError as exc:
        problems = [exc.message]
    if problems:
        notes.append(
            i18n._(
                "Some keys could not be read from the keyring, so only keys inside URLs are "
                "masked by their shape: "
            )
            + "; ".join(problems)
        )

    members: dict[str, bytes] = {}
    checks = health.run_checks(timeout=timeout, network=network)
    members["doctor.json"] = _json(health.report(checks))
    members["doctor.txt"] = health.render_text(checks).encode("utf-8") + b"\n"
    members["system.json"] = _json(system_info())
    members["config/settings.redacted.json"] = _json(
        {
            "source": loaded.source,
            "warnings": [w.as_dict() for w in loaded.warnings],
            "settings": loaded.value.redacted(),
        }
    )
    damaged = loaded.source != "file" or any(w.severity != "info" for w in loaded.warnings)
    config_dir = paths.config_dir()
    if config_dir.is_dir():
        for f in sorted(config_dir.iterdir()):
            is_corrupt_copy = ".corrupt-" in f.name
            wanted = f.name in (CONFIG_FILE, CONFIG_FILE + ".bak") and damaged
            if f.is_file() and (wanted or is_corrupt_copy):
                members[f"config/files/{f.name}"] = _read_capped(f)

    log_dir = paths.log_dir()
    for f in _newest(log_dir.glob(logs.LOG_FILE + "*"), 50):
        members[f"logs/{f.name}"] = _read_capped(f)
    crash_files = [p for p in paths.crash_dir().glob("*.txt") if _nonempty(p)]
    for f in _newest(crash_files, MAX_CRASH_REPORTS):
        members[f"crashes/{f.name}"] = _read_capped(f)
    last = paths.state_dir() / logs.LAST_CRASH_FILE
    if last.is_file():
        members[f"state/{last.name}"] = _read_capped(last)
    stats_dir = paths.stats_dir()
    if stats_dir.is_dir():
        for f in _newest(stats_dir.rglob("*"), stats):
            members[f"stats/{f.relative_to(stats_dir).as_posix()}"] = _read_capped(f)
    return members, notes


def _readme(members: Iterable[str], notes: list[str]) -> bytes:
    lines = [
        i18n._("Studio {version} support bundle, made {astimezone:%Y-%m-%d %H:%M %Z}").format(
            version=__version__, astimezone=datetime.now().astimezone()
        ),
        "",
        i18n._("Stream keys, API tokens and the key part of ingest URLs are replaced by ****."),
        i18n._("doctor.txt is the quickest overview; logs/ are JSON lines (one record per line)."),
        "",
        *(i18n._("Note: {n}").format(n=n) for n in notes),
        i18n._("Files:"),
        *(f"  {m}" for m in sorted(members)),
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def build_bundle(
    out: Path,
    *,
    network: bool = True,
    timeout: float = health.DEFAULT_TIMEOUT,
    stats: int = DEFAULT_STATS,
) -> BundleSummary:
    """Write the bundle to `out` atomically; a bundle that fails the leak scan is not kept."""
    members, notes = collect(network=network, timeout=timeout, stats=stats)
    members["README.txt"] = _readme(members, notes)
    clean = {name: redact_bytes(data) for name, data in members.items()}
    leaking = [n for n, d in clean.items() if contains_secret(d.decode("utf-8", "replace"))]
    if leaking:
        raise BundleLeak(
            i18n._("A secret was still found in {join}; no bundle was written.").format(
                join=", ".join(leaking)
            ),
            i18n._("Report this to the Studio developers (without the bundle)."),
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in sorted(clean.items()):
                zf.writestr(name, data)
        os.replace(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return BundleSummary(out, tuple(sorted(clean)), out.stat().st_size, tuple(notes))


def _run(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.is_dir():
        out = out / f"studio-support-{datetime.now():%Y%m%d-%H%M%S}.zip"
    if out.exists() and not args.force:
        raise UsageError(
            i18n._("{out} already exists.").format(out=out),
            i18n._("Choose another name, or add --force."),
        )
    summary = build_bundle(out, network=not args.offline, timeout=args.timeout, stats=args.stats)
    n = len(summary.members)
    print(
        redact(
            i18n.ngettext(
                "Wrote {path} ({n} file, {kib:.0f} KiB).",
                "Wrote {path} ({n} files, {kib:.0f} KiB).",
                n,
            ).format(path=summary.path, n=n, kib=summary.size / 1024)
        )
    )
    print(i18n._("Stream keys and tokens are masked in it; send it to Studio support."))
    for note in summary.notes:
        print(i18n._("Note: {redact}").format(redact=redact(note)))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `support-bundle` sub-command to `sub` (the `studio` parser's sub-parsers)."""
    p = sub.add_parser(
        "support-bundle",
        help=i18n._("zip logs, crash reports, redacted settings and doctor output for support"),
        description=i18n._(
            "Collect what support needs into one zip, with every stream key and token masked."
        ),
    )
    p.add_argument("out", metavar="OUT.zip", help=i18n._("where to write the zip (or a folder)"))
    p.add_argument("--force", action="store_true", help=i18n._("overwrite OUT.zip if it exists"))
    p.add_argument("--offline", action="store_true", help=i18n._("skip doctor's network checks"))
    p.add_argument(
        "--stats",
        type=int,
        default=DEFAULT_STATS,
        metavar="N",
        help=i18n._("include the newest N stats files (default {DEFAULT_STATS})").format(
            DEFAULT_STATS=DEFAULT_STATS
        ),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=health.DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=i18n._("network timeout for doctor's checks"),
    )
    p.set_defaults(func=_run)
