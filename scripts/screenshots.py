"""Screenshots of the real studio window, for review and the docs.

Runs the demo world (sandbox shop + local nginx ingest) in this process and drives the real
window through its states, grabbing what the X server shows. Needs a display:

    STUDIO_XVFB_SCREEN=1366x768x24 STUDIO_WM=openbox dbus-run-session -- \\
        scripts/with-services env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--theme dark]

On a 1366×768 screen with a window manager (so the title bar counts), writes for each theme:
idle, live (a viewer's question on screen), moderation (comments hidden, muted, blocked; the
comment menu), invite (a moderator's invite link and QR code), sale, cancelled (the sale),
soldout, reconnecting, cohost, settings, settings-hotkeys, wizard, wizard-profile, engagement
(the rundown stepped to a poll and a voucher, both on air) and ended (the recap). The window
places itself as on a first run. Look at every one before committing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("STUDIO_NO_WIZARD", "1")

import requests  # noqa: E402
from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from studio.commands.demo import DemoWorld, demo_studio  # noqa: E402
from studio.session.status import LiveState, Role  # noqa: E402
from studio.ui.i18n import install as install_language  # noqa: E402
from studio.ui.i18n import tr  # noqa: E402
from studio.ui.main import make_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402
from studio.ui.show_vm import set_locale  # noqa: E402
from studio.ui.style import apply_theme  # noqa: E402

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


class Shop:
    """The demo platform over its HTTP API, as the audience and the shop's back office act."""

    def __init__(self, world: DemoWorld) -> None:
        self.sb = world.sandbox
        self._tokens: dict[str, str] = {}

    def _url(self, path: str) -> str:
        return f"{self.sb.api_url}/shows/{self.sb.show_id}{path}"

    def set_stock(self, product_id: str, stock: int) -> None:
        r = requests.patch(
            self._url(f"/products/{product_id}"),
            json={"stock": stock},
            headers={"Authorization": f"Bearer {self.sb.host_token}"},
            timeout=5,
        )
        r.raise_for_status()

    def buy(self, product_id: str, quantity: int, buyer: str) -> None:
        r = requests.post(
            self._url("/orders"),
            json={"product_id": product_id, "quantity": quantity, "buyer_name": buyer},
            headers={
                "Authorization": f"Bearer {self.sb.viewer_token}",
                "Idempotency-Key": uuid.uuid4().hex,
            },
            timeout=5,
        )
        r.raise_for_status()

    def viewer_token(self, name: str) -> str:
        """A viewer account of its own for `name` (signed in once): muting or blocking one
        viewer leaves the others alone (contract 1.7.0: viewers are accounts)."""
        if name not in self._tokens:
            r = requests.post(
                self._url("/viewer-sessions"),
                json={"display_name": name},
                headers={"Idempotency-Key": uuid.uuid4().hex},
                timeout=5,
            )
            r.raise_for_status()
            self._tokens[name] = r.json()["token"]
        return self._tokens[name]

    def comment(self, text: str, question: bool = False, author: str | None = None) -> str:
        body = {"text": text, "kind": "question" if question else "comment"}
        token = self.sb.viewer_token if author is None else self.viewer_token(author)
        r = requests.post(
            self._url("/comments"),
            json=body,
            headers={
                "Authorization": f"Bearer {token}",
                "Idempotency-Key": uuid.uuid4().hex,
            },
            timeout=5,
        )
        r.raise_for_status()
        comment_id: str = r.json()["id"]
        return comment_id


def grab_screen(widget: QWidget, path: Path) -> None:
    """The whole screen area the window covers, with any dialog on top of it."""
    pump(0.6)
    screen = widget.screen()
    g = widget.frameGeometry().intersected(screen.geometry())
    pix = screen.grabWindow(0, g.x(), g.y(), g.width(), g.height())
    pix.save(str(path), "PNG")
    if path.stat().st_size > MAX_BYTES and shutil.which("convert"):
        subprocess.run(["convert", str(path), "-colors", "256", f"PNG8:{path}"], check=True)
    print(f"{path.name}: {pix.width()}×{pix.height()}, {path.stat().st_size // 1024} KB")


def shoot_theme(
    theme: str, out: Path, app: QApplication, only: set[str], language: str = "en"
) -> None:
    apply_theme(app, f"studio-{theme}")
    world = DemoWorld(rate=0.0)
    shop = Shop(world)
    home = Path(tempfile.mkdtemp(prefix="studio-shots-"))
    studio, _ = demo_studio(world, home=home)
    ui = studio.config.ui.model_copy(update={"theme": f"studio-{theme}", "language": language})
    rec = home / "recordings"
    studio.save_settings(studio.config.model_copy(update={"ui": ui, "recordings_dir": rec}))
    set_locale(studio.locale)  # money and times in the panels, as the app's start-up does
    win = MainWindow(studio)
    win.confirm = lambda *a: True
    # First run: the window places itself on the screen (the window manager adds its frame).
    win.show()
    pump(0.5)

    suffix = "" if language == "en" else f"-{language}"

    def shot(name: str, widget: QWidget | None = None) -> None:
        if not only or name in only:
            grab(widget or win, out / f"{name}-{theme}{suffix}.png")

    try:
        wait(lambda: win.show_vm.queue_model.rowCount() > 0, 20, "the show")
        wait(lambda: win.preview_vm.frames_shown > 20, 20, "the preview")
        pump(1.0)
        shot("idle")

        # Live, with a pinned product, orders and a viewer's question.
        win.controls.record.click()  # the show is recorded from the start
        win.go_live()
        wait(lambda: win.controls.pill.text() == tr("● LIVE"), 30, "going live")
        vm = win.show_vm
        products = vm.queue_model.products()
        vm.pin(products[0].sku)
        wait(lambda: vm.state is not None and vm.state.pinned is not None, 10, "the pin")
        sb = world.sandbox
        for _ in range(4):
            sb.burst(2)
            pump(0.4)
        shop.comment("Does the skillet work on induction?", question=True)
        wait(lambda: vm.orders_model.rowCount() >= 6, 10, "orders")
        wait(lambda: vm.comments_model.rowCount() >= 1, 10, "the comment")
        win.audience.setCurrentIndex(0)
        comments = win.audience.comments
        comments.view.setCurrentIndex(comments.view.model().index(0, 0))
        comments.show_btn.click()
        wait(lambda: studio.driver is not None and studio.driver.comment is not None, 10, "on air")
        wait(
            lambda: vm.state is not None and str(vm.state.ingest.state) == "receiving",
            20,
            "the platform to see the stream",
        )
        pump(2.0)
        shot("live")

        # Moderation: a rude comment hidden and its author muted, a spammer blocked, the
        # question still on screen; the menu for the rude comment.
        rude = shop.comment("boring, show something else", author="Rude R.")
        spam = shop.comment("free followers at spam.example", author="Spam S.")
        mod = comments.moderation
        wait(lambda: mod.model.row_of(spam) >= 0, 10, "the new comments")
        mod.set_hidden(mod.model.comment(mod.model.row_of(rude)), True)
        mod.mute(mod.model.comment(mod.model.row_of(rude)), 600)
        mod.block(mod.model.comment(mod.model.row_of(spam)))
        wait(lambda: mod.state is not None and len(mod.state.restrictions) == 2, 10, "restrictions")
        win.dock_audience.show()
        win.dock_audience.raise_()
        row = mod.model.row_of(rude)
        comments.view.setCurrentIndex(mod.model.index(row, 0))
        comments.view.scrollToTop()
        pump(1.0)
        if not only or "moderation" in only:
            menu = comments.commands.menu()
            rect = comments.view.visualRect(mod.model.index(row, 0))
            menu.popup(comments.view.viewport().mapToGlobal(rect.center()))
            grab_screen(win, out / f"moderation-{theme}{suffix}.png")
            menu.close()

        # Show → Invite co-host…: a moderator's invite, its QR code and link (masked).
        if not only or "invite" in only:
            win.act_invite.trigger()
            dlg = win.invite_dialog
            wait(lambda: dlg.list.topLevelItemCount() >= 1, 10, "the invites")
            dlg.name.setText("Mina")
            dlg.role.setCurrentIndex(dlg.role.findData("moderator"))
            dlg.create_btn.click()
            wait(lambda: dlg.new_invite.isVisible(), 10, "the new invite")
            wait(lambda: dlg.list.topLevelItemCount() >= 2, 10, "the invite list")
            dlg.move(win.x() + 300, win.y() + 30)
            pump(0.5)
            shot("invite", dlg)
            dlg.reject()

        # A flash sale on the pinned product.
        comments.take_off_btn.click()
        box = win.show_panel.queue.flash
        wait(lambda: box.start.isEnabled(), 10, "the flash-sale box")
        box.start_sale()
        wait(lambda: box.cancel.isEnabled(), 10, "the sale")
        sb.burst(3)
        pump(2.0)
        shot("sale")

        # Cancelled: the card goes back to the regular price, no countdown anywhere.
        box.cancel_sale()
        wait(lambda: vm.state is not None and not vm.state.timers, 10, "the sale to end")
        pump(1.5)
        shot("cancelled")

        # Sold out: the second product has three left and three are bought.
        second = products[1]
        assert second.product_id is not None
        shop.set_stock(second.product_id, 3)
        vm.pin(second.sku)
        wait(
            lambda: (
                vm.state is not None
                and vm.state.pinned is not None
                and vm.state.pinned.sku == second.sku
            ),
            10,
            "the second pin",
        )
        shop.buy(second.product_id, 2, "Mara")
        shop.buy(second.product_id, 1, "Jun")
        wait(
            lambda: (
                vm.state is not None and vm.state.pinned is not None and vm.state.pinned.sold_out
            ),
            10,
            "the sell-out",
        )
        pump(2.0)
        shot("soldout")

        # The ingest dies: reconnecting, with the countdown and "Reconnect now".
        assert world.nginx is not None
        world.nginx.kill()
        wait(
            lambda: any(d.state == "reconnecting" for d in win.health.view.destinations),
            20,
            "reconnecting",
        )
        pump(1.0)
        shot("reconnecting")
        world.nginx.start()
        win.broadcast.reconnect_now()
        wait(lambda: win.controls.pill.text() == tr("● LIVE"), 20, "live again")

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
        cwin.show()
        pump(0.5)
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
        shot("cohost", cwin)
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
        if not only or only & {"settings", "settings-hotkeys"}:
            dlg = SettingsDialog(cfg, "default", win)
            dlg.select_tab("Destinations")
            dlg.move(300, 80)
            dlg.show()
            pump(0.5)
            shot("settings", dlg)
            dlg.select_tab("Hotkeys")
            pump(0.3)
            shot("settings-hotkeys", dlg)
            dlg.close()

        # The first-run wizard's checks.
        if not only or only & {"wizard", "wizard-profile"}:
            from studio.ui.wizard import FirstRunWizard

            wiz = FirstRunWizard(studio.config, win)
            wiz.move(330, 80)
            wiz.show()
            wiz.next()
            wait(lambda: wiz.checks.results is not None, 60, "the wizard's checks")
            pump(0.5)
            shot("wizard", wiz)
            wiz.next()
            pump(0.5)
            shot("wizard-profile", wiz)
            wiz.close()

        # Engagement (issue 20): the demo's rundown stepped to its poll and its voucher, the
        # audience voting and claiming; the Engagement dock raised on the rundown.
        if not only or "engagement" in only:
            evm = win.engagement_vm
            for n in range(1, 5):  # pin, flash sale, poll, voucher
                evm.rundown_next()
                wait(
                    lambda n=n: evm.state is not None and evm.state.rundown.position[0] == n,
                    10,
                    f"rundown step {n}",
                )
            store = sb.store
            assert store is not None and evm.state is not None and evm.state.poll is not None
            poll_id = evm.state.poll.id
            store.polls.vote_many(sb.show_id, poll_id, [(f"v{i}", i % 5 % 3) for i in range(57)])
            voucher = evm.state.vouchers[-1]
            store.vouchers.claim_many(
                sb.show_id, voucher.id, [(f"c{i}", f"C{i}") for i in range(37)]
            )
            wait(
                lambda: studio.driver is not None and studio.driver.scene.poll is not None,
                10,
                "poll",
            )
            win.dock_engagement.show()
            win.dock_engagement.raise_()
            win.engagement.show_tab(win.engagement.rundown)
            pump(2.5)
            shot("engagement")

        # End of the show: the recap (duration, takings, where the recording is).
        win.end_show()
        wait(lambda: studio.session.state == LiveState.IDLE, 30, "the end of the show")
        recap = getattr(win, "recap", None)
        if recap is not None:
            wait(lambda: win.recap is not None and win.recap.isVisible(), 20, "the recap")
        pump(2.0)
        if not only or "ended" in only:
            grab_screen(win, out / f"ended-{theme}{suffix}.png")
    finally:
        win.close()
        studio.close()
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--theme", choices=("dark", "light", "both"), default="both")
    ap.add_argument("--only", default="", help="comma-separated shot names (default: all)")
    ap.add_argument(
        "--language", default="en", help="the window's language, e.g. zh-TW (file names get it)"
    )
    args = ap.parse_args()
    if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
        print("screenshots: run under Xvfb with QT_QPA_PLATFORM=xcb (see the docstring)")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_app(["studio-screenshots"])
    install_language(args.language)  # before any widget, as the app does at start-up
    for theme in ("dark", "light") if args.theme == "both" else (args.theme,):
        shoot_theme(theme, args.out, app, {x for x in args.only.split(",") if x}, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
