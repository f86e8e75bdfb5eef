"""Issue 14, the window's part: what the host is shown is true, and nothing they do crashes.

Flash-sale price rules, refusals as messages (never the crash handler), removing the pinned
product (with undo), sell-out, Go Live with nowhere to go, states shown strongly. Real sandbox
over HTTP, real widgets.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from decimal import Decimal
from typing import Any

import requests
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDoubleSpinBox, QStyle, QStyleOptionSpinBox

from studio.canvases import Profile
from studio.engine.stats import OutputKind, OutputState, OutputStats, PipelineStats
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Role, SessionStatus, Target
from studio.show.catalog import Product
from studio.ui.devices import with_profile
from studio.ui.main_window import air_pill
from studio.ui.show_vm import ShowViewModel, comment_item, order_item, orders_text
from studio.ui.style import colors, current_theme
from tests.ui.conftest import Rig, test_config, wait_until
from tests.ui.test_broadcast import on_air


def loaded(w: Any) -> bool:
    return w.show_vm.queue_model.rowCount() > 2 and w.show_vm.catalog_model.rowCount() > 0


def shop(rig: Rig, method: str, path: str, body: Any = None, viewer: bool = False) -> Any:
    """The platform's API as the shop's back office (host token) or a viewer would call it."""
    sb = rig.sandbox
    assert sb is not None
    token = sb.viewer_token if viewer else sb.host_token
    r = requests.request(
        method,
        f"{sb.api_url}/shows/{sb.show_id}{path}",
        json=body,
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=5,
    )
    r.raise_for_status()
    return r.json()


def select(w: Any, row: int) -> Product:
    queue = w.show_panel.queue
    queue.view.setCurrentIndex(w.show_vm.queue_model.index(row))
    product: Product = w.show_vm.queue_model.products()[row]
    return product


def test_flash_price_is_recomputed_for_each_product(platform_rig: Rig) -> None:
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    box = w.show_panel.queue.flash
    first = select(w, 0)
    assert first.price is not None
    assert box.price_value() == (first.price * Decimal("0.8")).quantize(Decimal("0.01"))
    box.price.setValue(1.0)  # the host typed a price for the first product...
    second = select(w, 1)  # ...then looks at another one
    assert second.price is not None and second.price != first.price
    assert box.price_value() == (second.price * Decimal("0.8")).quantize(Decimal("0.01"))
    assert second.title in box.target.text()

    # Pinning a third product: the box follows the pin, with the third product's price.
    third = w.show_vm.queue_model.products()[2]
    w.show_vm.pin(third.sku)
    wait_until(rig.qtbot, lambda: third.title in box.target.text(), 10, "the pinned product")
    assert third.price is not None
    assert box.price_value() == (third.price * Decimal("0.8")).quantize(Decimal("0.01"))


def test_flash_price_rules_are_said_beside_the_field(platform_rig: Rig) -> None:
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    product = w.show_vm.queue_model.products()[0]
    assert product.price is not None and product.product_id is not None
    w.show_vm.pin(product.sku)
    box = w.show_panel.queue.flash
    wait_until(rig.qtbot, lambda: product.title in box.target.text(), 10, "the pin")

    box.price.setValue(0.0)
    assert not box.start.isEnabled()
    assert box.check_label.isVisibleTo(w) and "above 0" in box.check_label.text()

    box.price.setValue(float(product.price + 5))
    assert not box.start.isEnabled()
    assert "below the regular price" in box.check_label.text()
    w.hotkeys.trigger("start_flash_sale")  # the hotkey path refuses as well, and says why
    assert "No flash sale: Must be below the regular price" in w.toast.message()

    # 60 % off: allowed after a confirmation that names the discount.
    asked: list[tuple[str, ...]] = []
    answer = [False]

    def confirm(*args: Any) -> bool:
        asked.append(args)
        return answer[0]

    w.confirm = confirm
    deep = (product.price * Decimal("0.4")).quantize(Decimal("0.01"))
    box.price.setValue(float(deep))
    assert box.start.isEnabled()
    assert "60 % off" in box.check_label.text() and "confirm" in box.check_label.text()
    box.start.click()
    assert len(asked) == 1 and "60 %" in asked[0][0]
    rig.qtbot.wait(800)
    assert shop(rig, "GET", "/timers") == []  # "Cancel" in the dialog: no sale
    answer[0] = True
    box.start.click()
    wait_until(
        rig.qtbot,
        lambda: any(t["flash_price_minor"] == int(deep * 100) for t in shop(rig, "GET", "/timers")),
        10,
        "the confirmed sale at the platform",
    )
    # 20 % off is under the 50 % threshold: no question asked.
    wait_until(rig.qtbot, lambda: box.cancel.isEnabled(), 10, "the running sale")
    box.cancel.click()
    wait_until(rig.qtbot, lambda: not box.cancel.isEnabled(), 10, "the sale cancelled")
    box.price.setValue(float((product.price * Decimal("0.8")).quantize(Decimal("0.01"))))
    asked.clear()
    assert box.start_sale() is True
    assert asked == []


def test_a_refused_command_is_a_message_not_a_crash(platform_rig: Rig) -> None:
    """The cause of the crash report: a flash price above the regular price made the sync
    raise a UsageError inside a Qt slot, which ended at the crash handler. Every command the
    window sends is now refused with a message and a hint, from inside the event loop too."""
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    vm: ShowViewModel = w.show_vm
    product = vm.queue_model.products()[0]
    assert product.price is not None
    refusals: list[tuple[str, str]] = []
    vm.refused.connect(lambda m, h: refusals.append((m, h)))

    with rig.qtbot.captureExceptions() as raised:
        QTimer.singleShot(0, lambda: vm.start_flash_sale(product.sku, product.price + 1, 60))
        wait_until(rig.qtbot, lambda: refusals, 5, "the refusal")
    assert raised == []
    message, hint = refusals[0]
    assert "below the regular price" in message and hint
    assert message in w.toast.message() and hint in w.toast.message()

    # The whole class: each command with a product the catalog does not have.
    refusals.clear()
    with rig.qtbot.captureExceptions() as raised:
        vm.pin("NO-SUCH-SKU")
        vm.add_to_queue("NO-SUCH-SKU")
        vm.start_flash_sale("NO-SUCH-SKU", Decimal("1"), 60)
        vm.cancel_flash_sale("NO-SUCH-SKU")
        vm._reorder("NO-SUCH-SKU", None)
    assert raised == []
    assert len(refusals) == 5 and all(m and h for m, h in refusals)

    # No show connected at all: said, not raised.
    w.studio.detach()
    refusals.clear()
    vm.pin(product.sku)
    assert refusals and "No platform show" in refusals[0][0]


def test_a_change_the_platform_refuses_is_said_with_its_hint(platform_rig: Rig) -> None:
    rig = platform_rig
    studio = rig.studio()
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    product = w.show_vm.queue_model.products()[0]
    assert product.price is not None and studio.sync is not None
    # Two sales on one product: the client cannot know the first is running yet; the
    # platform answers 409 to the second.
    price = (product.price * Decimal("0.9")).quantize(Decimal("0.01"))
    studio.sync.start_flash_sale(product.sku, price, seconds=60)
    studio.sync.start_flash_sale(product.sku, price, seconds=60)
    wait_until(rig.qtbot, lambda: "refused" in w.toast.message(), 10, "the refusal")
    assert "already running" in w.toast.message()
    assert w.toast.level == "alarm"


def test_removing_the_pinned_product_unpins_it_with_undo(platform_rig: Rig) -> None:
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    products = w.show_vm.queue_model.products()
    second = products[1]
    w.show_vm.pin(second.sku)
    wait_until(
        rig.qtbot,
        lambda: shop(rig, "GET", "/pin")["product_id"] == second.product_id,
        10,
        "the pin",
    )
    wait_until(rig.qtbot, lambda: w.show_vm.state.pinned == second, 10, "PINNED in the window")
    before = shop(rig, "GET", "/queue")["product_ids"]
    select(w, 1)
    w.show_panel.queue.remove.click()
    wait_until(
        rig.qtbot,
        lambda: (
            shop(rig, "GET", "/pin")["product_id"] is None
            and second.product_id not in shop(rig, "GET", "/queue")["product_ids"]
        ),
        10,
        "unpinned and out of the queue at the platform",
    )
    assert "Removed" in w.toast.message() and w.toast.action.text() == "Undo"
    assert w.act_undo.isEnabled() and second.title in w.act_undo.text()
    wait_until(rig.qtbot, lambda: w.show_vm.state.pinned is None, 10, "unpinned in the window")
    # Nothing of it stays on air.
    scene = w.studio.session.layers.scene
    assert scene._product is None or scene._product[0].sku != second.sku

    QTest.keySequence(w, "Ctrl+Z")
    wait_until(
        rig.qtbot,
        lambda: (
            shop(rig, "GET", "/queue")["product_ids"] == before
            and shop(rig, "GET", "/pin")["product_id"] == second.product_id
        ),
        10,
        "back in its place and pinned again",
    )
    assert not w.act_undo.isEnabled()

    # The toast's Undo button does the same for a product that was not pinned.
    third = products[2]
    select(w, 2)
    w.show_panel.queue.remove.click()
    wait_until(
        rig.qtbot,
        lambda: third.product_id not in shop(rig, "GET", "/queue")["product_ids"],
        10,
        "the third out",
    )
    w.toast.action.click()
    wait_until(rig.qtbot, lambda: shop(rig, "GET", "/queue")["product_ids"] == before, 10, "undo")


def test_sell_out_offers_pin_next(platform_rig: Rig) -> None:
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    first, second = w.show_vm.queue_model.products()[:2]
    assert first.product_id is not None
    shop(rig, "PATCH", f"/products/{first.product_id}", {"stock": 2})
    w.show_vm.pin(first.sku)
    banner = w.show_panel.queue.sold_out
    wait_until(rig.qtbot, lambda: w.show_vm.state.pinned is not None, 10, "the pin")
    assert banner.isHidden()
    shop(rig, "POST", "/orders", {"product_id": first.product_id, "quantity": 2,
                                  "buyer_name": "Mara"}, viewer=True)  # fmt: skip
    wait_until(rig.qtbot, lambda: banner.isVisibleTo(w), 10, "the sold-out banner")
    assert first.title in banner.text.text() and "sold out" in banner.text.text()
    assert banner.pin_next.text() == f"Pin next: {second.title}"
    banner.pin_next.click()
    wait_until(
        rig.qtbot,
        lambda: shop(rig, "GET", "/pin")["product_id"] == second.product_id,
        10,
        "the next product pinned",
    )
    wait_until(rig.qtbot, lambda: banner.isHidden(), 10, "the banner gone")


def test_off_air_nothing_live_remains_and_a_recap_says_how_it_went(
    platform_rig: Rig, nginx_rtmp: NginxRtmp
) -> None:
    rig = platform_rig
    cfg = test_config().model_copy(update={"recordings_dir": rig.tmp / "rec"})
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("recap"))], config=cfg)
    w = rig.window(studio)
    opened: list[Any] = []
    w.open_folder = opened.append
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    assert w.controls.viewers.isHidden() and w.viewers_label.text() == ""  # not live yet
    w.controls.record.click()
    w.go_live()
    wait_until(rig.qtbot, lambda: on_air(w), 20, "live")
    wait_until(rig.qtbot, lambda: w.controls.viewers.isVisibleTo(w), 10, "the audience count")
    assert "watching" in w.controls.viewers.text()
    wait_until(rig.qtbot, lambda: w.controls.record.text() == "● Recording", 10, "recording")
    assert w.act_record.text() == "Stop &recording"

    # Stopping the recording mid-show: it is announced once it is saved.
    rig.qtbot.wait(2000)
    w.controls.record.click()
    wait_until(rig.qtbot, lambda: "Recording saved" in w.toast.message(), 20, "the announcement")
    first = studio.session.recording_files[0]
    assert str(first) in w.toast.message() and first.exists()
    w.toast.action.click()
    assert opened == [first]
    w.controls.record.click()  # and again, until the end of the show
    wait_until(rig.qtbot, lambda: studio.session.status().recording, 10, "recording again")

    assert rig.sandbox is not None
    rig.sandbox.burst(2)
    wait_until(rig.qtbot, lambda: w.orders_panel.orders.text() == "2", 10, "two orders")
    rig.qtbot.wait(3500)  # a recording begins at a keyframe (every 2 s): let one come
    w.end_show()
    wait_until(rig.qtbot, lambda: studio.session.state == LiveState.IDLE, 30, "the end")
    wait_until(rig.qtbot, lambda: w.recap is not None and w.recap.isVisible(), 10, "the recap")
    # Off air: no audience count, no LIVE pill, no stale ingest figure.
    assert w.controls.viewers.isHidden() and w.viewers_label.text() == ""
    assert w.controls.pill.text() == "OFF AIR"
    assert w.health.ingest.text() == "Off air"
    recap = w.recap
    assert recap is not None
    assert recap.figures["orders"].text() == "2"
    assert recap.figures["revenue"].text() == w.orders_panel.revenue.text()
    assert recap.figures["duration"].text() >= "00:00:03"  # 3.5 s of waits above, at least
    second = studio.session.recording_files[1]
    assert recap.recap.recordings == (first, second)
    wait_until(rig.qtbot, second.exists, 20, "the second recording finished")
    wait_until(rig.qtbot, lambda: "finished" not in recap.recording.text(), 5, "the recap told")
    assert str(first) in recap.recording.text() and str(second) in recap.recording.text()
    recap.open_btn.click()
    assert opened == [first, second]


def test_go_live_with_nowhere_to_send_says_so_first(rig: Rig) -> None:
    studio = rig.studio(attach=False)  # no destinations in its settings
    w = rig.window(studio)
    asked: list[Any] = []
    w.confirm = lambda *a: asked.append(a) or True
    opened: list[str] = []
    w.open_settings = lambda tab="": opened.append(tab)  # type: ignore[method-assign]
    wait_until(rig.qtbot, lambda: w.controls.go_live.text() == "Add a destination", 5, "text")
    assert "Destinations" in w.controls.go_live.toolTip()
    w.controls.go_live.click()
    assert opened == ["Destinations"] and asked == []
    w.hotkeys.trigger("go_live")
    assert asked == [] and "add a destination" in w.toast.message()
    rig.qtbot.wait(600)
    assert studio.session.state == LiveState.IDLE and studio.session.status().error is None

    # An error left from an attempt made elsewhere does not follow the user into co-host mode.
    studio.session.go_live(lambda: [])
    wait_until(rig.qtbot, lambda: studio.session.status().error is not None, 10, "the error")
    w.broadcast.refresh()
    assert any("nowhere" in x.text for x in w.health.view.warnings)
    studio.become(Role.COHOST)
    w.apply_role(Role.COHOST)
    w.broadcast.refresh()
    assert not any("nowhere" in x.text for x in w.health.view.warnings)


def pixel(widget: Any, at: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(at)


def test_states_are_shown_strongly(rig: Rig) -> None:
    studio = rig.studio(attach=False)
    w = rig.window(studio)
    mute = w.devices_panel.mute
    assert w.act_mute.text().startswith("&Mute")
    w.hotkeys.trigger("mute_microphone")
    assert studio.session.audio.muted
    assert w.act_mute.text().startswith("Un&mute") and mute.text() == "Muted"
    red = QColor(colors(current_theme()).live)
    center = pixel(mute, QPoint(6, mute.height() // 2))
    assert abs(center.red() - red.red()) + abs(center.green() - red.green()) < 30, center.name()
    mute.click()  # the button itself: the menu follows
    assert not studio.session.audio.muted and w.act_mute.text().startswith("&Mute")

    assert w.controls.overlays_hidden.isHidden()
    w.hotkeys.trigger("toggle_overlays")
    assert w.controls.overlays_hidden.isVisibleTo(w)
    assert w.act_overlays.text().startswith("S&how overlays")
    w.toast.dismiss()
    rig.qtbot.wait(1200)  # not a flash: it stays while they are hidden
    assert w.controls.overlays_hidden.isVisibleTo(w)
    w.hotkeys.trigger("toggle_overlays")
    assert w.controls.overlays_hidden.isHidden()

    w.controls.record.click()  # armed: plain words, no jargon
    wait_until(rig.qtbot, lambda: w.controls.record.text() == "● Will record", 5, "armed")
    assert "Don't" in w.act_record.text()


def test_spin_boxes_draw_their_arrows(rig: Rig) -> None:
    box = QDoubleSpinBox()
    rig.qtbot.addWidget(box)
    box.resize(160, 32)
    box.setValue(5.0)
    box.show()
    opt = QStyleOptionSpinBox()
    box.initStyleOption(opt)
    up = box.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, opt, QStyle.SubControl.SC_SpinBoxUp, box
    )
    img = box.grab().toImage()
    text = QColor(colors(current_theme()).text)
    glyph = [
        (x, y)
        for x in range(up.left(), up.right())
        for y in range(up.top(), up.bottom())
        if abs(img.pixelColor(x, y).lightness() - text.lightness()) < 40
    ]
    assert len(glyph) >= 6, "no arrow glyph in the up button"


def test_small_texts(platform_rig: Rig) -> None:
    rig = platform_rig
    studio = rig.studio()
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    assert orders_text(1) == "1 order" and orders_text(2) == "2 orders"
    assert orders_text(1204) == "1,204 orders"

    first = w.show_vm.queue_model.products()[0]
    w.pin_next()  # nothing pinned: pins the first, by its name
    assert w.toast.message() == f"Pinned {first.title}"

    assert rig.sandbox is not None
    (order,) = rig.sandbox.burst(1)
    wait_until(rig.qtbot, lambda: w.show_vm.orders_model.rowCount() >= 1, 10, "the order")
    item = w.show_vm.orders_model.item(0)
    when = item.detail.rsplit(" · ", 1)[-1]
    # A clock time ("at 2:03:22 PM"), not an elapsed time like the show's "00:02:03".
    assert when.startswith("at ") and ("AM" in when or "PM" in when), when
    state = w.show_vm.state
    assert order_item(state.recent_orders[-1], state).title.startswith(order.buyer_name)

    shop(rig, "POST", "/comments", {"text": "Is it dishwasher safe?", "kind": "question"},
         viewer=True)  # fmt: skip
    wait_until(rig.qtbot, lambda: w.show_vm.comments_model.rowCount() >= 1, 10, "the comment")
    c = w.show_vm.state.comments[-1]
    row = comment_item(c)
    assert row.title == "Is it dishwasher safe?"  # the words first, larger, then who asked
    assert row.detail.startswith(f"{c.author} asks")


def test_the_pill_names_each_state() -> None:
    def pill(state: LiveState, *outs: OutputStats) -> tuple[str, str]:
        stats = PipelineStats(outputs=outs) if state is LiveState.LIVE else None
        return air_pill(SessionStatus(state, stats=stats))

    def stream(state: OutputState, reached: bool) -> OutputStats:
        return OutputStats(
            "shop", OutputKind.STREAM, state, retry_in_s=3.0, attempt=2, reached=reached
        )

    assert pill(LiveState.IDLE) == ("OFF AIR", "idle")
    assert pill(LiveState.STARTING) == ("CONNECTING", "warn")
    assert pill(LiveState.LIVE, stream(OutputState.CONNECTING, False)) == ("CONNECTING", "warn")
    # A first connection that is retried has dropped nothing: still CONNECTING.
    first = stream(OutputState.RECONNECTING, False)
    assert pill(LiveState.LIVE, first) == ("CONNECTING", "warn")
    assert pill(LiveState.LIVE, stream(OutputState.LIVE, True)) == ("● LIVE", "live")
    dropped = stream(OutputState.RECONNECTING, True)
    assert pill(LiveState.LIVE, dropped) == ("RECONNECTING", "warn")
    assert pill(LiveState.LIVE, dropped, stream(OutputState.LIVE, True))[0] == "● LIVE"
    assert pill(LiveState.LIVE, stream(OutputState.FAILED, True)) == ("FAILED", "alarm")
    assert pill(LiveState.STOPPING) == ("ENDING…", "idle")


class SlowLink:
    """A TCP relay to a real ingest that holds each new connection for `delay` seconds before
    passing bytes both ways: a slow network, so the first connection takes a while."""

    def __init__(self, target_port: int, delay: float) -> None:
        self.delay = delay
        self.target_port = target_port
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        time.sleep(self.delay)
        upstream = socket.create_connection(("127.0.0.1", self.target_port))

        def pump(a: socket.socket, b: socket.socket) -> None:
            with contextlib.suppress(OSError):
                while chunk := a.recv(65536):
                    b.sendall(chunk)
            with contextlib.suppress(OSError):
                b.shutdown(socket.SHUT_WR)

        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        pump(client, upstream)

    def close(self) -> None:
        self._closing = True
        self.server.close()


def test_going_live_says_connecting_never_reconnecting(rig: Rig, nginx_rtmp: NginxRtmp) -> None:
    """Before: the amber RECONNECTING pill showed while the first connection was being made."""
    link = SlowLink(nginx_rtmp.port, delay=2.0)
    try:
        url = f"rtmp://127.0.0.1:{link.port}/live/slow"
        studio = rig.studio(targets=[Target("Shop", url)], attach=False)
        w = rig.window(studio)
        seen: list[str] = []

        def note(_s: Any) -> None:
            if not seen or seen[-1] != w.controls.pill.text():
                seen.append(w.controls.pill.text())

        w.broadcast.status_changed.connect(note)
        w.go_live()
        wait_until(rig.qtbot, lambda: on_air(w), 30, "live through the slow link")
        assert "CONNECTING" in seen and "RECONNECTING" not in seen, seen
        assert seen[-1] == "● LIVE"
        w.end_show()
        wait_until(rig.qtbot, lambda: studio.session.state == LiveState.IDLE, 20, "the end")
    finally:
        link.close()


def test_one_bitrate_default_per_canvas(rig: Rig) -> None:
    from studio.config import Config
    from studio.ui.settings_dialog import SettingsDialog

    hd, fhd = Profile.HD_720P30.canvas, Profile.FHD_1080P30.canvas
    assert Config().video.bitrate_kbps == hd.video_kbps  # the settings file's default
    video = Config().video
    assert with_profile(video, Profile.FHD_1080P30).bitrate_kbps == fhd.video_kbps
    chosen = video.model_copy(update={"bitrate_kbps": 2500})
    assert with_profile(chosen, Profile.FHD_1080P30).bitrate_kbps == 2500  # the creator's

    dlg = SettingsDialog(Config())
    rig.qtbot.addWidget(dlg)
    assert dlg.bitrate.value() == hd.video_kbps
    assert f"{hd.video_kbps:,} kb/s" in dlg.video_hint.text()
    dlg.profile.setCurrentIndex(dlg.profile.findData(fhd.name))
    assert dlg.bitrate.value() == fhd.video_kbps
    assert f"{fhd.video_kbps:,} kb/s" in dlg.video_hint.text()
    assert "4,500" not in dlg.video_hint.text()
