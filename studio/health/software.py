"""Checks of the software Studio runs on: Python, Qt and FFmpeg (PyAV).

Each check imports what it looks at inside the function, so a missing or broken library (a
missing system library raises ImportError or OSError) becomes a finding, not a crash of the
module that lists the checks. Any thread; each takes well under a second.
"""

from __future__ import annotations

import platform
import sys

from studio import i18n
from studio.health.check import FAIL, OK, Check


def check_python() -> Check:
    """The interpreter: version, implementation, executable and whether this is a packaged build.

    Always ok; the details are for support.
    """
    version = platform.python_version()
    details: dict[str, object] = {
        "version": version,
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "packaged": bool(getattr(sys, "frozen", False)),
    }
    return Check(
        "python",
        "Python",
        OK,
        i18n._("Python {version}.").format(version=version),
        details=details,
    )


def check_qt() -> Check:
    """Whether Qt (PySide6's QtCore only: no window is opened) loads; fail if it cannot."""
    try:
        import PySide6
        from PySide6 import QtCore
    except Exception as exc:  # a missing system library raises ImportError or OSError
        return Check(
            "qt",
            "Qt",
            FAIL,
            i18n._("Qt could not be loaded ({exc}).").format(exc=exc),
            i18n._("Reinstall Studio; on Linux install libgl1, libegl1 and libxkbcommon0."),
        )
    details: dict[str, object] = {"pyside6": PySide6.__version__, "qt": QtCore.qVersion()}
    return Check(
        "qt",
        "Qt",
        OK,
        i18n._("Qt {qVersion} (PySide6 {version}).").format(
            qVersion=QtCore.qVersion(), version=PySide6.__version__
        ),
        details=details,
    )


def check_ffmpeg() -> Check:
    """Whether PyAV loads, with the FFmpeg and library versions it carries; fail if it cannot."""
    try:
        import av
    except Exception as exc:
        return Check(
            "ffmpeg",
            "FFmpeg",
            FAIL,
            i18n._("FFmpeg (PyAV) could not be loaded ({exc}).").format(exc=exc),
            i18n._("Reinstall Studio."),
        )
    libs = {k: ".".join(map(str, v)) for k, v in av.library_versions.items()}
    ffmpeg = str(getattr(av, "ffmpeg_version_info", "unknown"))
    return Check(
        "ffmpeg",
        "FFmpeg",
        OK,
        i18n._("FFmpeg {ffmpeg} (PyAV {version}).").format(ffmpeg=ffmpeg, version=av.__version__),
        details={"ffmpeg": ffmpeg, "pyav": av.__version__, "libraries": libs},
    )
