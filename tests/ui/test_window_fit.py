"""The window on a 1366×768 laptop screen with a real window manager: all of it is visible.

Runs the window in a child process on a private Xvfb display of that size with openbox
managing it, so the title bar and frame the window manager adds are counted (offscreen, Qt
knows no frame). The child prints what Qt and the window manager agreed on.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys, time
from pathlib import Path
from studio.ui.main import make_app
from studio.app import Studio, StudioOptions
from studio.config import Config, DeviceSettings
from studio.ui.main_window import MainWindow
from studio.ui.style import apply_theme

app = make_app(["studio-fit-test"])
apply_theme(app, "studio-dark")
home = Path(sys.argv[1])
studio = Studio(
    Config(devices=DeviceSettings(camera="test", microphone="test")),
    StudioOptions(settings_dir=home, state_dir=home, first_run=False),
)
w = MainWindow(studio)
w.show()
end = time.monotonic() + 4.0
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
f, g, a = w.frameGeometry(), w.geometry(), w.screen().availableGeometry()
status = w.statusBar().mapToGlobal(w.statusBar().rect().bottomRight())
print(json.dumps({
    "frame": [f.x(), f.y(), f.width(), f.height()],
    "inner": [g.x(), g.y(), g.width(), g.height()],
    "available": [a.x(), a.y(), a.width(), a.height()],
    "status_bar_bottom": [status.x(), status.y()],
}))
w.close()
studio.close()
"""


@pytest.fixture
def laptop_display() -> Iterator[str]:
    """DISPLAY of a private 1366×768 Xvfb with openbox running on it."""
    missing = [t for t in ("Xvfb", "openbox") if shutil.which(t) is None]
    if missing:
        if os.environ.get("STUDIO_TEST_SERVICES"):
            pytest.fail(f"{', '.join(missing)} not installed (scripts/apt-packages.txt)")
        pytest.skip(f"needs {', '.join(missing)}")
    number = next(
        n
        for n in range(140, 200)
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists()
    )
    display = f":{number}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wm: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or xvfb.poll() is not None:
                pytest.fail("Xvfb did not start")
            time.sleep(0.05)
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=dict(os.environ, DISPLAY=display),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)  # openbox takes over the root window
        assert wm.poll() is None, "openbox exited"
        yield display
    finally:
        for proc in (wm, xvfb):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()


def test_first_run_window_fits_a_1366x768_screen_title_bar_included(
    laptop_display: str, tmp_path: Path
) -> None:
    env = dict(os.environ, DISPLAY=laptop_display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "home")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    fx, fy, fw, fh = seen["frame"]
    _ix, iy, iw, ih = seen["inner"]
    ax, ay, aw, ah = seen["available"]
    assert iy - fy >= 10, f"no title bar: is the window manager running? {seen}"
    assert fx >= ax and fy >= ay, seen
    assert fx + fw <= ax + aw and fy + fh <= ay + ah, f"the window is off the screen: {seen}"
    _sx, sy = seen["status_bar_bottom"]
    assert sy < ay + ah, f"the status bar is below the screen's edge: {seen}"
    assert iw >= 1200 and ih >= 650, f"the window shrank more than it had to: {seen}"
