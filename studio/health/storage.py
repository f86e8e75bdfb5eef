"""Checks of what Studio keeps on this computer: settings, keys, folders, recording space and
the last crash report.

Nothing is changed on disk except a throw-away probe file in each folder (`check_folders`) and,
for an empty keyring, one read that may make the OS ask to unlock it. Any thread; the keyring
may block for as long as its unlock prompt is open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from studio import logs, paths
from studio import secrets as keystore
from studio.config import Config
from studio.health.check import FAIL, OK, WARN, Check
from studio.jsonstore import LoadResult

AUDIO_KBPS = 160  # added to the video bitrate to estimate hours of recording


def check_config(loaded: LoadResult[Config]) -> Check:
    """How the settings loaded (`loaded` from `load_config(repair=False)`).

    Warn when loading reported anything worse than "info" (a damaged file, a backup used);
    details carry the folder, the source ("file", "backup", "default") and every warning.
    """
    details: dict[str, object] = {
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


def check_keyring(config: Config) -> Check:
    """Whether the OS keyring works and holds every stream key and API token `config` names.

    Fail when no usable keyring exists (or it cannot be read); warn when keys are only kept in
    memory or some are missing. No secret is read into the result: details name the missing
    references only.
    """
    title = "Keyring"
    status = keystore.backend_status()
    details: dict[str, object] = {"backend": status.as_dict()}
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
    """Free space where recordings go, in hours at the configured bitrate (+ `AUDIO_KBPS`).

    Fail under 1 hour, warn under 4. The folder need not exist yet: its nearest existing parent
    is measured.
    """
    title = "Recording space"
    target = config.recordings_path()
    usage = shutil.disk_usage(_existing_parent(target))
    kbps = config.video.bitrate_kbps + AUDIO_KBPS
    hours = usage.free / (kbps * 1000 / 8 * 3600)
    gib = usage.free / 2**30
    details: dict[str, object] = {
        "path": str(target),
        "free_bytes": usage.free,
        "hours_at_bitrate": round(hours, 1),
    }
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
    """Whether the settings, logs and state folders exist (created if missing) and are writable.

    Fail naming each folder that is not, with the system's reason.
    """
    title = "Folders"
    folders = {"settings": paths.config_dir(), "logs": paths.log_dir(), "state": paths.state_dir()}
    problems = {name: why for name, d in folders.items() if (why := _writable(d))}
    details: dict[str, object] = {name: str(d) for name, d in folders.items()}
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


def check_last_crash() -> Check:
    """The last crash Studio recorded: warn when it is less than a week old, else ok."""
    title = "Last crash"
    crash = logs.last_crash()
    if crash is None:
        return Check("last_crash", title, OK, "No crash recorded.")
    details: dict[str, object] = dict(crash.as_dict())
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
