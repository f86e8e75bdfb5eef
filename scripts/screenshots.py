"""Screenshots of the real studio window, for review and the docs.

Runs the demo world (sandbox shop + local nginx ingest) in this process and drives the real
window through its states, grabbing what the X server shows. Needs a display:

    dbus-run-session -- scripts/with-services env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--theme dark]

Writes idle, live (with overlays), reconnecting, co-host, settings and wizard shots at
1366×768 for each theme. Look at every one before committing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("STUDIO_NO_WIZARD", "1")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from studio.commands.demo import DemoWorld, demo_studio  # noqa: E402
from studio.session.status import LiveState, Role  # noqa: E402
from studio.ui.main import make_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402
from studio.ui.style import apply_theme  # noqa: E402

SIZE = (1366, 768)
MAX_BYTES = 300_000


def pump(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def wait(cond: Callable[[], Any], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise SystemExit(f"screenshots: timed out waiting for {what}")
        pump(0.05)


def grab(widget: QWidget, path: Path) -> None:
    """What the X server shows for the widget's window (not a re-render)."""
    widget.raise_()
    widget.activateWindow()
    pump(0.4)
    screen = widget.screen()
    g = widget.frameGeometry()
    pix = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
    pix.save(str(path), "PNG")
    if path.stat().st_size > MAX_BYTES and shutil.which("convert"):
        # Too big for the repository: 256 colours keep UI text crisp.
        subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)
    print(
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
        f"{pix.width()}×{pix.height()}, {path.stat().st_size // 1024} KB"
    )


def place(w: QWidget, size: tuple[int, int] = SIZE) -> None:
    w.move(0, 0)
    w.resize(*size)
    w.show()
    pump(0.3)


def shoot_theme(theme: str, out: Path, app: QApplication) -> None:
    apply_theme(app, f"studio-{theme}")
    world = DemoWorld(rate=0.0)
    home = Path(tempfile.mkdtemp(prefix="studio-shots-"))
    studio, _ = demo_studio(world, home=home)
    ui = studio.config.ui.model_copy(update={"theme": f"studio-{theme}"})
    studio.save_settings(studio.config.model_copy(update={"ui": ui}))
    win = MainWindow(studio)
    win.confirm = lambda *a: True
    place(win)
    try:
        wait(lambda: win.show_vm.queue_model.rowCount() > 0, 20, "the show")
        wait(lambda: win.preview_vm.frames_shown > 20, 20, "the preview")
        pump(1.0)
        grab(win, out / f"idle-{theme}.png")

        # Live, with a pinned product, a flash sale, orders and a comment on screen.
        win.go_live()
        wait(lambda: win.controls.pill.text() == "● LIVE", 30, "going live")
        vm = win.show_vm
        products = vm.queue_model.products()
        vm.pin(products[0].sku)
        wait(lambda: vm.state is not None and vm.state.pinned is not None, 10, "the pin")
        box = win.show_panel.queue.flash
        wait(lambda: box.start.isEnabled(), 10, "the flash-sale box")
        box.start_sale()
        sb = world.sandbox
        for _ in range(6):
            sb.burst(2)
            pump(0.5)
        wait(lambda: vm.orders_model.rowCount() >= 6, 10, "orders")
        win.audience.setCurrentIndex(0)
        wait(
            lambda: vm.state is not None and str(vm.state.ingest.state) == "receiving",
            20,
            "the platform to see the stream",
        )
        pump(2.0)
        grab(win, out / f"live-{theme}.png")

        # The ingest dies: reconnecting, with the countdown and "Reconnect now".
        assert world.nginx is not None
        world.nginx.kill()
        wait(
            lambda: any(d.state == "reconnecting" for d in win.health.view.destinations),
            20,
            "reconnecting",
        )
        pump(1.0)
        grab(win, out / f"reconnecting-{theme}.png")
        world.nginx.start()
        win.broadcast.reconnect_now()
        wait(lambda: win.controls.pill.text() == "● LIVE", 20, "live again")

        # Co-host mode: the same show from Jun's computer.
        from studio.app import Studio, StudioOptions
        from studio.platform.client import PlatformClient
        from studio.platform.sync import PlatformSync

        chome = home / "cohost"
        co = Studio(
            studio.config,
            StudioOptions(
                role=Role.COHOST,
                settings_dir=chome,
                state_dir=chome,
                first_run=False,
                title="Studio",
            ),
        )
        client = PlatformClient(sb.api_url, token=sb.cohost_token)
        sync = PlatformSync(client, sb.show_id, state_dir=chome / "sync").start()
        co.attach(sync, client, Role.COHOST)
        co.become(Role.COHOST)
        cwin = MainWindow(co)
        cwin.confirm = lambda *a: True
        place(cwin)
        wait(lambda: cwin.show_vm.queue_model.rowCount() > 0, 20, "the co-host's show")
        wait(lambda: cwin.preview_vm.frames_shown > 10, 20, "the co-host preview")
        sb.burst(2)
        wait(
            lambda: (
                cwin.show_vm.state is not None
                and str(cwin.show_vm.state.ingest.state) == "receiving"
            ),
            20,
            "the co-host to see the ingest",
        )
        pump(2.5)
        grab(cwin, out / f"cohost-{theme}.png")
        cwin.close()
        co.close()

        # Settings, on the destinations tab with one saved destination.
        from studio.config import Destination
        from studio.ui.settings_dialog import SettingsDialog

        cfg = studio.config.model_copy(
            update={
                "destinations": (
                    Destination(
                        name="Shop live", url="rtmps://live.shop.example/app", key_ref="shop"
                    ),
                    Destination(
                        name="Backup",
                        url="rtmp://backup.example/live",
                        key_ref="backup",
                        enabled=False,
                    ),
                )
            }
        )
        dlg = SettingsDialog(cfg, "default", win)
        dlg.select_tab("Destinations")
        dlg.move(300, 120)
        dlg.show()
        pump(0.5)
        grab(dlg, out / f"settings-{theme}.png")
        dlg.select_tab("Hotkeys")
        pump(0.3)
        grab(dlg, out / f"settings-hotkeys-{theme}.png")
        dlg.close()

        # The first-run wizard's checks.
        from studio.ui.wizard import FirstRunWizard

        wiz = FirstRunWizard(studio.config, win)
        wiz.move(330, 130)
        wiz.show()
        wiz.next()
        wait(lambda: wiz.checks.results is not None, 60, "the wizard's checks")
        pump(0.5)
        grab(wiz, out / f"wizard-{theme}.png")
        wiz.next()
        pump(0.5)
        grab(wiz, out / f"wizard-profile-{theme}.png")
        wiz.close()

        win.end_show()
        wait(lambda: studio.session.state == LiveState.IDLE, 30, "the end of the show")
    finally:
        win.close()
        studio.close()
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--theme", choices=("dark", "light", "both"), default="both")
    args = ap.parse_args()
    if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
        print("screenshots: run under Xvfb with QT_QPA_PLATFORM=xcb (see the docstring)")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_app(["studio-screenshots"])
    for theme in ("dark", "light") if args.theme == "both" else (args.theme,):
        shoot_theme(theme, args.out, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
