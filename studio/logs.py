"""Logs and crash reports that support staff can read and that never hold a secret.

Records go to a rotating file of JSON lines in the platform's log folder (one object per line,
easy to grep and to parse), each stamped with the run's session id and, during a show, the
show's session id. Every handler carries `RedactingFilter`, so registered secrets and stream
keys in URLs are masked before anything is written.

The crash handler catches unhandled exceptions on any thread (and, once the UI installs it,
Qt's fatal messages), writes a redacted report to the crash folder and records it as the "last
crash", which `studio doctor` mentions and the UI uses to offer reopening the show. Native
crashes (a segfault inside FFmpeg or Qt) are caught by faulthandler into a per-run file and
turned into a crash record on the next start.
"""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import json
import logging
import logging.handlers
import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

from studio import __version__, i18n, paths
from studio.jsonstore import atomic_write_bytes
from studio.redact import RedactingFilter, redact

log = logging.getLogger(__name__)

LOG_FILE = "studio.log"
LAST_CRASH_FILE = "last-crash.json"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 5

_state_lock = threading.Lock()
_session_id: str | None = None
_show_id: str | None = None
_show_session: str | None = None


def new_session_id() -> str:
    """Sortable and unique enough to find one run's lines among many: time + random."""
    return f"{datetime.now():%Y%m%d-%H%M%S}-{os.urandom(3).hex()}"


def session_id() -> str:
    """This run's id, created on first use."""
    global _session_id
    with _state_lock:
        if _session_id is None:
            _session_id = new_session_id()
        return _session_id


def begin_show_session(show_id: str | None = None) -> str:
    """Start a show's session: its records and a crash during it carry this id."""
    global _show_id, _show_session
    with _state_lock:
        _show_id, _show_session = show_id, new_session_id()
        return _show_session


def end_show_session() -> None:
    global _show_id, _show_session
    with _state_lock:
        _show_id = _show_session = None


def current_show() -> tuple[str | None, str | None]:
    """(show id, show session id) while a show runs, else (None, None)."""
    with _state_lock:
        return _show_id, _show_session


class _ContextFilter(logging.Filter):
    """Stamp every record with the run's session and the show's, if any."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.session = session_id()
        show, show_session = current_show()
        record.show = show
        record.show_session = show_session
        return True


_STANDARD_ATTRS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "session",
    "show",
    "show_session",
}


def _clean(value: object) -> str | int | float | bool | None:
    if isinstance(value, str):
        return redact(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact(repr(value))


class JsonFormatter(logging.Formatter):
    """One JSON object per line; each field redacted on its own (before JSON escaping)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(record.getMessage()),
            "session": getattr(record, "session", None),
            "thread": record.threadName,
        }
        if getattr(record, "show_session", None):
            out["show"] = getattr(record, "show", None)
            out["show_session"] = getattr(record, "show_session", None)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = redact(record.exc_text)
        if record.stack_info:
            out["stack"] = redact(record.stack_info)
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                out[key] = _clean(value)
        return json.dumps(out, ensure_ascii=False)


class _ConsoleFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


_installed: list[logging.Handler] = []
_previous_level: int | None = None


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE


def setup_logging(
    *,
    verbose: bool = False,
    console: bool = True,
    directory: Path | None = None,
    max_bytes: int = MAX_BYTES,
    backup_count: int = BACKUP_COUNT,
) -> Path | None:
    """Route all logging to the rotating JSON file (and terse text on stderr).

    Safe to call again (handlers are replaced, not added). Returns the log file, or None when
    the log folder cannot be written: the app still runs, with a warning on stderr.
    """
    global _previous_level
    teardown_logging()
    root = logging.getLogger()
    _previous_level = root.level

    context, redacting = _ContextFilter(), RedactingFilter()
    target: Path | None = (directory or paths.log_dir()) / LOG_FILE
    file_handler: logging.Handler | None = None
    try:
        assert target is not None
        target.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
    except OSError as exc:
        target = None
        print(
            i18n._("studio: logs cannot be written ({exc}); continuing without a log file").format(
                exc=exc
            ),
            file=sys.stderr,
        )
    if file_handler is not None:
        file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        file_handler.setFormatter(JsonFormatter())
        _installed.append(file_handler)
    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stream.setFormatter(_ConsoleFormatter("%(levelname)s %(name)s: %(message)s"))
        _installed.append(stream)
    for handler in _installed:
        handler.addFilter(context)
        handler.addFilter(redacting)
        root.addHandler(handler)
    # A log file that cannot be written (a full disk, a file-size limit) must not print a
    # traceback on stderr for every record: the show goes on, the console still says what
    # matters, and the failure to record is what `doctor` checks.
    logging.raiseExceptions = False
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    log.info(
        "studio %s started (python %s, %s)",
        __version__,
        platform.python_version(),
        platform.platform(),
        extra={"argv": " ".join(sys.argv[1:])},
    )
    return target


def teardown_logging() -> None:
    """Flush and remove the handlers setup_logging added (at exit, or after a test)."""
    global _previous_level
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    if _previous_level is not None:
        root.setLevel(_previous_level)
        _previous_level = None


# -- crash reports --------------------------------------------------------------------------


@dataclass(frozen=True)
class CrashRecord:
    """The last crash, as doctor and the UI's "reopen the last show?" prompt see it."""

    time: str  # ISO 8601, local time with offset
    summary: str  # e.g. "ValueError: bad frame size" (redacted)
    report: str  # path of the report file
    origin: str  # "python", "thread NAME", "qt" or "native"
    session: str
    show: str | None = None
    show_session: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return asdict(self)


def _tail(path: Path, lines: int) -> list[str]:
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 64 * 1024))
            data = fh.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return data.splitlines()[-lines:]


def write_crash_report(summary: str, details: str, *, origin: str = "python") -> Path | None:
    """Write a redacted report and remember it as the last crash. Never raises."""
    try:
        show, show_session = current_show()
        now = datetime.now().astimezone()
        sid = session_id()
        crash_dir = paths.crash_dir()
        crash_dir.mkdir(parents=True, exist_ok=True)
        report = crash_dir / f"crash-{now:%Y%m%d-%H%M%S-%f}.txt"
        while report.exists():  # two threads failing in the same microsecond
            report = report.with_name(f"crash-{now:%Y%m%d-%H%M%S-%f}-{os.urandom(2).hex()}.txt")
        body = "\n".join(
            [
                "Studio crash report",
                f"time: {now.isoformat(timespec='seconds')}",
                f"version: {__version__}",
                f"session: {sid}",
                f"show: {show or '-'} (session {show_session or '-'})",
                f"origin: {origin}",
                f"python: {platform.python_version()} ({sys.executable})",
                f"platform: {platform.platform()}",
                f"command: {' '.join(sys.argv)}",
                "",
                f"what happened: {summary}",
                "",
                details.rstrip(),
                "",
                "recent log lines:",
                *_tail(log_file(), 40),
                "",
            ]
        )
        atomic_write_bytes(report, redact(body).encode("utf-8"))
        record = CrashRecord(
            time=now.isoformat(timespec="seconds"),
            summary=redact(summary)[:300],
            report=str(report),
            origin=origin,
            session=sid,
            show=show,
            show_session=show_session,
        )
        _save_last_crash(record)
        return report
    except Exception as exc:  # a crash handler that crashes hides the real problem
        print(
            i18n._("studio: could not write a crash report ({exc})").format(exc=exc),
            file=sys.stderr,
        )
        return None


def _save_last_crash(record: CrashRecord) -> None:
    data = json.dumps(record.as_dict(), indent=2) + "\n"
    atomic_write_bytes(paths.state_dir() / LAST_CRASH_FILE, data.encode("utf-8"))


def _format_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> tuple[str, str]:
    summary = "".join(traceback.format_exception_only(exc_type, exc)).strip()
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    return summary, details


def report_exception(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    *,
    origin: str = "python",
) -> Path | None:
    """Log an unhandled exception, write its report and tell the person at the terminal."""
    summary, details = _format_exception(exc_type, exc, tb)
    log.critical("unhandled exception (%s): %s", origin, summary, exc_info=exc or True)
    report = write_crash_report(summary, details, origin=origin)
    print(redact(details), file=sys.stderr, end="")
    where = f" A report was written to {report}." if report else ""
    print(
        i18n._(
            "studio: Studio stopped because of an unexpected error.{where}\n  'studio "
            "support-bundle OUT.zip' collects it with the logs for support."
        ).format(where=where),
        file=sys.stderr,
    )
    return report


_previous_hooks: (
    tuple[Callable[..., object], Callable[[threading.ExceptHookArgs], object]] | None
) = None
_fault_file: TextIO | None = None


def install_crash_handler() -> None:
    """Report unhandled exceptions on the main thread and every other thread.

    Hooks that someone installed before (a debugger, pytest) still run after ours; Python's
    default hook is replaced, because it would print the traceback unredacted.
    """
    global _previous_hooks
    if _previous_hooks is not None:
        return
    prev_sys, prev_thread = sys.excepthook, threading.excepthook
    _previous_hooks = (prev_sys, prev_thread)

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            prev_sys(exc_type, exc, tb)
            return
        report_exception(exc_type, exc, tb)
        if prev_sys is not sys.__excepthook__:
            prev_sys(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread else "unknown"
        report_exception(args.exc_type, args.exc_value, args.exc_traceback, origin=f"thread {name}")
        if prev_thread is not threading.__excepthook__:
            prev_thread(args)

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook
    _enable_faulthandler()


def uninstall_crash_handler() -> None:
    """Put the previous hooks back and stop native crash capture (helper processes, tests)."""
    global _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks
        _previous_hooks = None
    _disable_faulthandler()


def _fault_path(sid: str) -> Path:
    return paths.crash_dir() / f"fatal-{sid}.txt"


def _enable_faulthandler() -> None:
    """A segfault in native code cannot run Python hooks; faulthandler writes the stacks."""
    global _fault_file
    try:
        path = _fault_path(session_id())
        path.parent.mkdir(parents=True, exist_ok=True)
        _fault_file = path.open("w", encoding="utf-8")
        faulthandler.enable(file=_fault_file, all_threads=True)
    except OSError as exc:
        log.info("native crash reports are off: %s", exc)
        return
    atexit.register(_disable_faulthandler)


def _disable_faulthandler() -> None:
    """Close the per-run fault file; an empty one (no native crash) is removed."""
    global _fault_file
    if _fault_file is None:
        return
    with contextlib.suppress(Exception):
        faulthandler.disable()
        _fault_file.close()
        path = Path(_fault_file.name)
        if path.stat().st_size == 0:
            path.unlink()
    _fault_file = None


def _adopt_native_crashes() -> None:
    """Turn faulthandler files left by earlier runs into crash reports."""
    crash_dir = paths.crash_dir()
    current = _fault_path(session_id()) if _fault_file is not None else None
    week = 7 * 24 * 3600
    for path in sorted(crash_dir.glob("fatal-*.txt")):
        if path == current:
            continue
        try:
            st = path.stat()
            if st.st_size == 0:
                if time.time() - st.st_mtime > week:  # killed runs leave empty files
                    path.unlink()
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        first = next((ln for ln in text.splitlines() if ln.strip()), "native crash")
        sid = path.stem.removeprefix("fatal-")
        when = datetime.fromtimestamp(st.st_mtime).astimezone()
        report = crash_dir / f"crash-{when:%Y%m%d-%H%M%S-%f}-native.txt"
        body = f"Studio crash report (native)\nsession: {sid}\ntime: {when.isoformat()}\n\n{text}"
        try:
            atomic_write_bytes(report, redact(body).encode("utf-8"))
            path.unlink()
            _save_last_crash(
                CrashRecord(
                    when.isoformat(timespec="seconds"), first.strip(), str(report), "native", sid
                )
            )
        except OSError as exc:
            log.info("could not record a native crash from %s: %s", path.name, exc)


def last_crash() -> CrashRecord | None:
    """The most recent crash of any earlier run, or None."""
    with contextlib.suppress(OSError):
        _adopt_native_crashes()
    try:
        data = json.loads((paths.state_dir() / LAST_CRASH_FILE).read_text(encoding="utf-8"))
        return CrashRecord(**data)
    except (OSError, ValueError, TypeError):
        return None


def clear_last_crash() -> None:
    """Forget the last crash once the user has seen it (reopened or dismissed the show)."""
    with contextlib.suppress(FileNotFoundError):
        (paths.state_dir() / LAST_CRASH_FILE).unlink()


def install_qt_message_handler() -> Callable[..., None]:
    """Route Qt's own messages into our log; a Qt fatal message writes a crash report.

    The UI calls this once after creating its QApplication. Returns the handler (for tests).
    """
    from PySide6 import QtCore  # lazily: everything else here is Qt-free

    qt_log = logging.getLogger("qt")
    levels = {
        QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
        QtCore.QtMsgType.QtInfoMsg: logging.INFO,
        QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
        QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
        QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(mode: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
        category = getattr(context, "category", None) or "default"
        qt_log.log(
            levels.get(mode, logging.WARNING), "%s", message, extra={"qt_category": str(category)}
        )
        if mode == QtCore.QtMsgType.QtFatalMsg:
            _disable_faulthandler()  # Qt aborts next; this report says more than SIGABRT's
            where = f"{getattr(context, 'file', '') or '?'}:{getattr(context, 'line', 0)}"
            write_crash_report(f"Qt fatal error: {message}", f"Qt reported at {where}", origin="qt")

    QtCore.qInstallMessageHandler(handler)
    return handler
