"""The display check: can Qt open the screen, and is it large enough for the studio window?

Qt aborts a process that asks for a screen it cannot open, so the screens are listed by a
child process (`probe_display`, started by `check_display`); its abort becomes a warning here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TypedDict, cast

from studio import i18n, logs
from studio.health.check import OK, SKIP, WARN, Check

MIN_SCREEN = (1280, 720)  # pixels (width, height) the studio window needs


class Screen(TypedDict):
    """One screen as `probe_display` prints it; sizes in device-independent pixels."""

    name: str
    width: int
    height: int
    scale: float
    dpi: float
    refresh_hz: float


def probe_display() -> int:
    """Print the screens as one JSON line and return the exit code 0.

    Runs in a child process only (`studio doctor --probe-display` in a packaged build): Qt
    aborts one with no display. Shape: `{"platform": str, "screens": [{"name": str, "width":
    int, "height": int, "scale": float, "dpi": float, "refresh_hz": float}, ...]}`, sizes in
    device-independent pixels. Imports QtGui (no widgets) on first call.
    """
    from PySide6.QtGui import QGuiApplication

    logs.uninstall_crash_handler()  # an abort here is a finding, not a crash of Studio

    app = QGuiApplication(sys.argv[:1])
    screens: list[Screen] = [
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
    """The screens Qt sees, each at least `MIN_SCREEN`; skipped offscreen or with no display.

    Blocking: starts `probe_display` in a child process and waits up to max(`timeout`, 10) s.
    Warn when Qt cannot open the screen, finds none, or every screen is too small.
    """
    title = i18n._("Display")
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return Check(
            "display", title, SKIP, i18n._("Running without a screen (offscreen); skipped.")
        )
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        return Check(
            "display",
            title,
            SKIP,
            i18n._("No screen is attached to this session; skipped."),
            i18n._("Run doctor from the desktop to check the screen."),
        )
    if getattr(sys, "frozen", False):
        cmd = [sys.executable, "doctor", "--probe-display"]
    else:
        code = "from studio.health.display import probe_display; probe_display()"
        cmd = [sys.executable, "-c", code]
    err = i18n._("no answer")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=max(timeout, 10))
        err = proc.stderr.strip()[-300:] or i18n._("exit code {returncode}").format(
            returncode=proc.returncode
        )
        info: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, OSError, ValueError, IndexError):
        return Check(
            "display",
            title,
            WARN,
            i18n._("The screen could not be opened by Qt ({err}).").format(err=err),
            i18n._(
                "The studio window may not open; on Linux install libxcb-cursor0 and the "
                "other Qt libraries, or run in a desktop session."
            ),
        )
    screens = _screens(info)
    if not screens:
        return Check(
            "display",
            title,
            WARN,
            i18n._("Qt found no screen."),
            i18n._("Connect a screen; the studio window needs one."),
            info,
        )
    parts = [
        i18n._("{value} {value2}×{value3} at {value4:g}× scale").format(
            value=s["name"], value2=s["width"], value3=s["height"], value4=s["scale"]
        )
        for s in screens
    ]
    small = [s for s in screens if s["width"] < MIN_SCREEN[0] or s["height"] < MIN_SCREEN[1]]
    if len(small) == len(screens):
        return Check(
            "display",
            title,
            WARN,
            i18n._("{join}: smaller than the studio window needs ({value}×{value2}).").format(
                join="; ".join(parts), value=MIN_SCREEN[0], value2=MIN_SCREEN[1]
            ),
            i18n._("Lower the display scaling or use a larger screen."),
            info,
        )
    return Check("display", title, OK, "; ".join(parts) + ".", details=info)


def _screens(info: dict[str, object]) -> list[Screen]:
    screens = info.get("screens", [])
    return cast(list[Screen], screens) if isinstance(screens, list) else []
