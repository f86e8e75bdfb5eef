"""Health checks: is this computer ready for a show? Qt-free, shared by `studio doctor`, the
support bundle and the first-run wizard, so all three say the same thing.

Each check is a function returning a frozen `Check` (status ok / warn / fail / skip, a one-line
summary, a hint and JSON-ready details). `run_checks` runs them all; `guarded` turns a check
that raises into a warning; `report` and `render_text` give the verdict as JSON and as text.

Layer: above config, secrets, logs, capture and the engine's encoder probe (all imported lazily
where a broken build could lack them); below `studio/commands` and `studio/ui`, which it never
imports. Checks block (devices, encoders, network, a child process for the display): call them
from worker threads in a GUI.
"""

from studio.health.check import FAIL, OK, SKIP, WARN, Check, Status
from studio.health.devices import check_cameras, check_encoders, check_microphones
from studio.health.display import check_display, probe_display
from studio.health.network import check_clock, check_reach, network_checks
from studio.health.report import EXIT_CODES, overall, render_text, report
from studio.health.run import DEFAULT_TIMEOUT, guarded, run_checks
from studio.health.software import check_ffmpeg, check_python, check_qt
from studio.health.storage import (
    check_config,
    check_disk,
    check_folders,
    check_keyring,
    check_last_crash,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXIT_CODES",
    "FAIL",
    "OK",
    "SKIP",
    "WARN",
    "Check",
    "Status",
    "check_cameras",
    "check_clock",
    "check_config",
    "check_disk",
    "check_display",
    "check_encoders",
    "check_ffmpeg",
    "check_folders",
    "check_keyring",
    "check_last_crash",
    "check_microphones",
    "check_python",
    "check_qt",
    "check_reach",
    "guarded",
    "network_checks",
    "overall",
    "probe_display",
    "render_text",
    "report",
    "run_checks",
]
