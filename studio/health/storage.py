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

from studio import i18n, logs, paths
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
            i18n._("Settings"),
            WARN,
            " ".join(w.message for w in serious),
            " ".join(w.hint for w in serious if w.hint),
            details,
        )
    if loaded.source == "default":
        return Check(
            "config",
            i18n._("Settings"),
            OK,
            i18n._("No settings saved yet; defaults are in use."),
            details=details,
        )
    return Check("config", i18n._("Settings"), OK, i18n._("Settings loaded."), details=details)


def check_keyring(config: Config) -> Check:
    """Whether the OS keyring works and holds every stream key and API token `config` names.

    Fail when no usable keyring exists (or it cannot be read); warn when keys are only kept in
    memory or some are missing. No secret is read into the result: details name the missing
    references only.
    """
    title = i18n._("Keyring")
    status = keystore.backend_status()
    details: dict[str, object] = {"backend": status.as_dict()}
    if not status.usable:
        return Check(
            "keyring",
            title,
            FAIL,
            i18n._("Stream keys cannot be stored: {message}.").format(message=status.message),
            status.hint,
            details,
        )
    keys, tokens = config.secret_refs()
    missing: list[str] = []
    try:
        for ref in keys:
            if keystore.get_stream_key(ref) is None:
                missing.append(i18n._("stream key {ref!r}").format(ref=ref))
        for ref in tokens:
            if keystore.get_api_token(ref) is None:
                missing.append(i18n._("API token {ref!r}").format(ref=ref))
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
            i18n._("Keys are stored in {name}, but these are missing: {join}.").format(
                name=status.name, join=", ".join(missing)
            ),
            i18n._("Enter them again in the settings (destinations and platform account)."),
            details,
        )
    return Check(
        "keyring",
        title,
        OK,
        i18n._("Keys are stored in {name}; it works.").format(name=status.name),
        details=details,
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
    title = i18n._("Recording space")
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
    summary = i18n.ngettext(
        "{gib:.1f} GiB free in {target}: about {hours:.0f} hour of recording at "
        "{bitrate_kbps} kbps.",
        "{gib:.1f} GiB free in {target}: about {hours:.0f} hours of recording at "
        "{bitrate_kbps} kbps.",
        round(hours),
    ).format(gib=gib, target=target, hours=hours, bitrate_kbps=config.video.bitrate_kbps)
    if hours < 1:
        return Check(
            "disk",
            title,
            FAIL,
            summary,
            i18n._("Free some space or choose another recordings folder before recording."),
            details,
        )
    if hours < 4:
        return Check(
            "disk",
            title,
            WARN,
            summary,
            i18n._("Enough for a short show; free some space for long ones."),
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
    title = i18n._("Folders")
    folders = {"settings": paths.config_dir(), "logs": paths.log_dir(), "state": paths.state_dir()}
    problems = {name: why for name, d in folders.items() if (why := _writable(d))}
    details: dict[str, object] = {name: str(d) for name, d in folders.items()}
    if problems:
        text = "; ".join(f"{name} folder {folders[name]}: {why}" for name, why in problems.items())
        return Check(
            "folders",
            title,
            FAIL,
            i18n._("Studio cannot write to {text}.").format(text=text),
            i18n._("Fix the folder's permissions (it must belong to you), or free disk space."),
            details,
        )
    return Check(
        "folders",
        title,
        OK,
        i18n._("Settings, logs and state folders are writable."),
        details=details,
    )


def check_last_crash() -> Check:
    """The last crash Studio recorded: warn when it is less than a week old, else ok."""
    title = i18n._("Last crash")
    crash = logs.last_crash()
    if crash is None:
        return Check("last_crash", title, OK, i18n._("No crash recorded."))
    details: dict[str, object] = dict(crash.as_dict())
    fields = {"when": crash.time[:16].replace("T", " "), "summary": crash.summary}
    summary = i18n._("Studio stopped unexpectedly on {when}: {summary}").format(**fields)
    when: datetime | None = None
    with contextlib.suppress(ValueError):
        when = datetime.fromisoformat(crash.time)
    if when and datetime.now(when.tzinfo) - when > timedelta(days=7):
        old = i18n._("Studio stopped unexpectedly on {when}: {summary} (more than a week ago).")
        return Check("last_crash", title, OK, old.format(**fields), details=details)
    return Check(
        "last_crash",
        title,
        WARN,
        summary + ".",
        i18n._("Send 'studio support-bundle' to support; the report is {report}.").format(
            report=crash.report
        ),
        details,
    )
