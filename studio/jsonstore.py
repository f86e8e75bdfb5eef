"""Crash-safe JSON files for typed settings and state.

A save never leaves a half-written file behind: the new content goes to a temporary file in the
same folder, is flushed to disk, and replaces the old file in one rename; the previous good file
is kept as `NAME.bak`. A load never crashes and never resets quietly: a damaged file (cut short,
garbage, wrong schema, from a newer version) is reported as a `StoreWarning`, kept aside for
support as `NAME.corrupt-TIMESTAMP.json`, and the backup is used instead. Files carry a schema
version; older versions are upgraded through a chain of migrations (one step per version).
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from studio import i18n
from studio.redact import redact

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
# One migration turns the raw dict of version N into the raw dict of version N + 1.
Migration = Callable[[dict[str, Any]], dict[str, Any]]

VERSION_KEY = "schema_version"
_STALE_TEMP_SECONDS = 60


class WarningKind(StrEnum):
    DAMAGED = "damaged"  # the file could not be used; the backup was loaded
    RESET = "reset"  # neither the file nor its backup could be used; defaults are in use
    MISSING = "missing"  # the file was gone but a backup existed; the backup was loaded
    MIGRATED = "migrated"  # an older schema version was upgraded (information only)
    SECRET_IN_FILE = "secret-in-file"  # the file holds something that belongs in the keyring


@dataclass(frozen=True)
class StoreWarning:
    """Something a person should be told about a settings or state file.

    Shown by the CLI or UI like an error: `message` says what happened, `hint` what to do.
    Nothing in it is secret (details are redacted).
    """

    kind: WarningKind
    message: str
    hint: str = ""
    path: str = ""
    kept_as: str = ""  # where a damaged file was preserved, if it was
    severity: str = "warning"  # "warning" or "info"

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    def as_dict(self) -> dict[str, str]:
        return {
            "kind": self.kind.value,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
            "path": self.path,
            "kept_as": self.kept_as,
        }


@dataclass(frozen=True)
class LoadResult(Generic[M]):
    """What was loaded, from where ("file", "backup" or "default"), and what to tell the user."""

    value: M
    source: str
    warnings: tuple[StoreWarning, ...] = ()
    from_version: int | None = None


@dataclass(frozen=True)
class _Good(Generic[M]):
    value: M
    raw: bytes
    version: int


@dataclass(frozen=True)
class _Bad:
    reason: str  # plain words, e.g. "it ends early (probably cut short while saving)"
    missing: bool = False
    newer: bool = False


@dataclass
class _Locks:
    by_path: dict[Path, threading.Lock] = field(default_factory=dict)
    guard: threading.Lock = field(default_factory=threading.Lock)

    def get(self, path: Path) -> threading.Lock:
        with self.guard:
            return self.by_path.setdefault(path, threading.Lock())


_locks = _Locks()


def fsync_dir(directory: Path) -> None:
    """Make a rename durable: on POSIX the directory entry must be flushed too."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some filesystems refuse fsync on directories; nothing more to do
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def _describe_json_error(exc: json.JSONDecodeError, text: str) -> str:
    rest = text[exc.pos :].rstrip()
    cut_in_a_literal = bool(rest) and any(
        word.startswith(rest) and word != rest for word in ("null", "true", "false")
    )
    if exc.pos >= len(text) - 1 or exc.msg.startswith("Unterminated") or cut_in_a_literal:
        return i18n._("it ends early (probably cut short while saving)")
    return i18n._("it is not valid JSON (line {line}, column {column}: {error})").format(
        line=exc.lineno, column=exc.colno, error=exc.msg
    )


def _describe_validation(exc: ValidationError) -> str:
    problems = []
    for err in exc.errors(include_url=False, include_input=False)[:3]:
        where = ".".join(str(p) for p in err.get("loc", ())) or i18n._("top level")
        problems.append(f"{where}: {err.get('msg', 'invalid')}")
    more = exc.error_count() - len(problems)
    text = "; ".join(problems)
    if more > 0:
        return i18n.ngettext(
            "it has wrong or missing values ({problems}, and {n} more)",
            "it has wrong or missing values ({problems}, and {n} more)",
            more,
        ).format(problems=redact(text), n=more)
    return i18n._("it has wrong or missing values ({problems})").format(problems=redact(text))


class AtomicJsonStore(Generic[M]):
    """One JSON file holding one pydantic model, saved atomically with a backup.

    `version` is the schema version written; `migrations[n]` upgrades raw data of version n to
    n + 1. `default` builds the value used on first run (no file yet) or when nothing usable
    is left. `label` names the file in messages ("settings", "show state").
    """

    def __init__(
        self,
        path: Path,
        model: type[M],
        *,
        version: int,
        default: Callable[[], M],
        migrations: Mapping[int, Migration] | None = None,
        label: str = "file",
    ) -> None:
        self.path = Path(path)
        self.model = model
        self.version = version
        self.default = default
        self.migrations = dict(migrations or {})
        self.label = label
        self._lock = _locks.get(Path(os.path.abspath(self.path)))

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    def corrupt_copies(self) -> list[Path]:
        """Damaged files kept aside for support, oldest first."""
        pattern = f"{self.path.stem}.corrupt-*{self.path.suffix}"
        return sorted(self.path.parent.glob(pattern))

    # -- reading ---------------------------------------------------------------------------

    def _read(self, path: Path) -> _Good[M] | _Bad:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return _Bad(i18n._("it does not exist"), missing=True)
        except OSError as exc:
            return _Bad(i18n._("it could not be read ({error})").format(error=exc.strerror or exc))
        if not raw.strip():
            return _Bad(i18n._("it is empty (probably cut short while saving)"))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return _Bad(i18n._("it is not text (the file holds binary garbage)"))
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return _Bad(_describe_json_error(exc, text))
        except (ValueError, RecursionError) as exc:  # absurd numbers, absurd nesting
            return _Bad(i18n._("it is not usable JSON ({error})").format(error=type(exc).__name__))
        if not isinstance(data, dict):
            return _Bad(i18n._("it does not hold a JSON object"))
        version = data.pop(VERSION_KEY, None)
        if isinstance(version, bool) or not isinstance(version, int):
            return _Bad(i18n._("it has no valid {key!r}").format(key=VERSION_KEY))
        if version > self.version:
            return _Bad(
                i18n._(
                    "it was written by a newer Studio (schema version {version}, this one "
                    "understands up to {supported})"
                ).format(version=version, supported=self.version),
                newer=True,
            )
        first = min(self.migrations, default=self.version)
        if version < first:
            return _Bad(
                i18n._("its schema version {version} is too old to upgrade").format(version=version)
            )
        for step in range(version, self.version):
            migrate = self.migrations.get(step)
            if migrate is None:
                return _Bad(
                    i18n._("there is no upgrade from schema version {version}").format(version=step)
                )
            try:
                data = migrate(copy.deepcopy(data))
            except Exception as exc:  # a migration meeting data it cannot read: report, not crash
                return _Bad(
                    i18n._(
                        "it could not be upgraded from schema version {version} ({error})"
                    ).format(version=step, error=type(exc).__name__)
                )
        try:
            value = self.model.model_validate(data)
        except ValidationError as exc:
            return _Bad(_describe_validation(exc))
        return _Good(value, raw, version)

    def _quarantine(self) -> Path | None:
        """Keep a damaged file for support before anything replaces it."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{n}{self.path.suffix}")
        try:
            os.replace(self.path, target)
        except OSError as exc:
            log.warning("could not keep the damaged %s aside: %s", self.label, exc)
            return None
        fsync_dir(self.path.parent)
        return target

    def _clean_stale_temps(self) -> None:
        now = time.time()
        for tmp in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > _STALE_TEMP_SECONDS:
                    tmp.unlink()

    def load(self, *, repair: bool = True) -> LoadResult[M]:
        """Load the file, falling back to the backup (and then defaults) with a warning.

        With `repair` (the app's normal start) a damaged file is moved aside and replaced by
        its backup, and an old schema is rewritten, so the warning is given once. Diagnostics
        (doctor, support bundles) pass repair=False and change nothing on disk.
        """
        with self._lock:
            return self._load(repair)

    def _load(self, repair: bool) -> LoadResult[M]:
        if repair:
            self._clean_stale_temps()
        main = self._read(self.path)
        if isinstance(main, _Good):
            warnings: list[StoreWarning] = []
            if main.version < self.version:
                warnings.append(self._migrated(main.version, repair))
            if main.version < self.version and repair:
                try:
                    self._save(main.value)  # the old file becomes the .bak
                except OSError as exc:
                    log.warning("could not write the upgraded %s: %s", self.label, exc)
            return LoadResult(main.value, "file", tuple(warnings), main.version)

        backup = self._read(self.backup_path)
        if main.missing and isinstance(backup, _Bad) and backup.missing:
            return LoadResult(self.default(), "default")  # first run

        if isinstance(backup, _Good):
            kept = None
            if repair:
                kept = None if main.missing else self._quarantine()
                try:
                    self._write(backup.value)
                except OSError as exc:
                    log.warning("could not restore the %s from its backup: %s", self.label, exc)
            warnings = [self._fell_back(main, kept)]
            if backup.version < self.version:
                warnings.append(self._migrated(backup.version, False))
            log.log(logging.WARNING if repair else logging.INFO, "%s", warnings[0])
            return LoadResult(backup.value, "backup", tuple(warnings), backup.version)

        # Nothing usable: defaults, loudly. The damaged file stays where it is until the next
        # save moves it aside, so the warning repeats until the user has fixed or re-saved.
        warning = StoreWarning(
            WarningKind.RESET,
            (
                i18n._(
                    "The {label} file {name} could not be used because {reason}, and there is "
                    "no usable backup. Default values are in use."
                )
                if backup.missing
                else i18n._(
                    "The {label} file {name} could not be used because {reason}, and there is "
                    "no usable backup ({backup_reason}). Default values are in use."
                )
            ).format(
                label=self.label,
                name=self.path.name,
                reason=main.reason,
                backup_reason=backup.reason,
            ),
            i18n._(
                "Check the values, then save them; the damaged file is kept for support "
                "('studio support-bundle' collects it)."
            ),
            path=str(self.path),
        )
        log.log(logging.WARNING if repair else logging.INFO, "%s", warning)
        return LoadResult(self.default(), "default", (warning,))

    def _fell_back(self, main: _Bad, kept: Path | None) -> StoreWarning:
        if main.missing:
            return StoreWarning(
                WarningKind.MISSING,
                i18n._("The {label} file {name} was missing; its backup was loaded.").format(
                    label=self.label, name=self.path.name
                ),
                i18n._("Nothing to do unless you removed it on purpose."),
                path=str(self.path),
            )
        when = ""
        with contextlib.suppress(OSError):
            mtime = datetime.fromtimestamp(self.backup_path.stat().st_mtime)
            when = f"{mtime:%Y-%m-%d %H:%M}"
        message = (
            i18n._(
                "The {label} file {name} could not be used because {reason}. "
                "The previous good copy from {when} was loaded instead."
            )
            if when
            else i18n._(
                "The {label} file {name} could not be used because {reason}. "
                "The previous good copy was loaded instead."
            )
        )
        return StoreWarning(
            WarningKind.DAMAGED,
            message.format(label=self.label, name=self.path.name, reason=main.reason, when=when),
            i18n._(
                "Check that your latest changes are there; the damaged file was kept as {kept}."
            ).format(kept=kept.name)
            if kept
            else i18n._("Check that your latest changes are there."),
            path=str(self.path),
            kept_as=str(kept or ""),
        )

    def _migrated(self, old: int, rewritten: bool) -> StoreWarning:
        return StoreWarning(
            WarningKind.MIGRATED,
            i18n._("The {label} file was upgraded from schema version {old} to {new}.").format(
                label=self.label, old=old, new=self.version
            ),
            i18n._("The old file is kept as {backup}.").format(backup=self.backup_path.name)
            if rewritten
            else "",
            path=str(self.path),
            severity="info",
        )

    # -- writing ---------------------------------------------------------------------------

    def dumps(self, value: M) -> bytes:
        payload = {VERSION_KEY: self.version, **value.model_dump(mode="json")}
        return (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def _write(self, value: M) -> None:
        atomic_write_bytes(self.path, self.dumps(value))

    def save(self, value: M) -> None:
        """Write atomically; the file being replaced becomes the backup if it was good."""
        with self._lock:
            self._save(value)

    def _save(self, value: M) -> None:
        data = self.dumps(value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        current = self._read(self.path)
        if isinstance(current, _Good):
            if current.raw == data:
                return
            atomic_write_bytes(self.backup_path, current.raw)
        elif not current.missing:
            self._quarantine()  # never let a damaged file become the backup
        atomic_write_bytes(self.path, data)
