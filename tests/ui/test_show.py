"""The show panel against the real sandbox platform: pins, queue, flash sales, orders, co-hosts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from studio.session.status import Role
from studio.ui.show_vm import SkuRole
from tests.ui.conftest import Rig, wait_until


def loaded(w: Any) -> bool:
    return w.show_vm.queue_model.rowCount() > 0 and w.show_vm.catalog_model.rowCount() > 0


def test_pin_from_the_queue_arrives_at_the_sandbox_and_on_screen(platform_rig: Rig) -> None:
    rig = platform_rig
    studio = rig.studio()
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show to load")
    queue = w.show_panel.queue
    model = w.show_vm.queue_model
    second = model.index(1)
    sku = second.data(SkuRole)
    product = model.products()[1]
    queue.view.setCurrentIndex(second)
    queue.pin_now.click()

    wait_until(
        rig.qtbot,
        lambda: rig.api("/pin")["product_id"] == product.product_id,
        10,
        "the pin at the platform",
    )
    wait_until(rig.qtbot, lambda: second.data(Qt.ItemDataRole.UserRole + 5) == "PINNED", 10)
    # ...and on air: the overlay scene shows the pinned product's card.
    scene = studio.session.layers.scene
    assert scene._product is not None and scene._product[0].sku == sku

    # "Pin next" (its hotkey) pins the product after it in the queue.
    QTest.keySequence(w, "Ctrl+N")
    third = model.products()[2]
    wait_until(
        rig.qtbot,
        lambda: rig.api("/pin")["product_id"] == third.product_id,
        10,
        "pin next at the platform",
    )


def test_simulated_order_appears_in_the_feed_with_the_buyer(platform_rig: Rig) -> None:
    rig = platform_rig
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show to load")
    assert rig.sandbox is not None
    (order,) = rig.sandbox.burst(1)
    wait_until(
        rig.qtbot,
        lambda: (
            w.show_vm.orders_model.rowCount() >= 1
            and order.buyer_name in w.show_vm.orders_model.titles()[0]
        ),
        10,
        "the order in the feed",
    )
    assert w.orders_panel.orders.text() == "1"
    assert w.orders_panel.revenue.text() not in ("", "—", "€0")
    assert w.show_vm.sales_model.rowCount() >= 1


def test_cohost_reorder_appears_in_the_hosts_queue(platform_rig: Rig) -> None:
    rig = platform_rig
    assert rig.sandbox is not None
    host = rig.window(rig.studio())
    cohost_studio = rig.studio(role=Role.COHOST, token=rig.sandbox.cohost_token, home="cohost")
    cohost = rig.window(cohost_studio)
    wait_until(rig.qtbot, lambda: loaded(host) and loaded(cohost), 15, "both to load")

    # Co-host mode: same show, no broadcast controls.
    assert cohost.controls.go_live.isHidden() and cohost.controls.record.isHidden()
    assert cohost.controls.role.text() == "CO-HOST"
    assert not cohost.act_live.isEnabled()

    before = cohost.show_vm.queue_model.skus()
    last = before[-1]
    # A drag of the last product to the top (the model's drop path, as the view calls it).
    model = cohost.show_vm.queue_model
    mime = model.mimeData([model.index(len(before) - 1)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.skus()[0] == last  # at once, before the platform confirms

    wait_until(rig.qtbot, lambda: host.show_vm.queue_model.skus()[0] == last, 10, "host queue")
    assert host.show_vm.queue_model.skus() == [last, *before[:-1]]

    # Keyboard reordering in the co-host's window: Alt+Down moves the selection one down.
    view = cohost.show_panel.queue.view
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_until(rig.qtbot, lambda: host.show_vm.queue_model.skus()[1] == last, 10, "Alt+Down")


def test_flash_sale_starts_a_countdown_on_screen(platform_rig: Rig) -> None:
    rig = platform_rig
    studio = rig.studio()
    w = rig.window(studio)
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show to load")
    model = w.show_vm.queue_model
    product = model.products()[0]
    w.show_vm.pin(product.sku)
    box = w.show_panel.queue.flash
    wait_until(rig.qtbot, lambda: box.start.isEnabled(), 10, "the pinned product")
    assert product.price is not None
    box.price.setValue(float(product.price * Decimal("0.5")))
    box.duration.setCurrentIndex(box.duration.findData(60))
    box.start.click()

    wait_until(
        rig.qtbot,
        lambda: any(t["product_id"] == product.product_id for t in rig.api("/timers")),
        10,
        "the timer at the platform",
    )
    wait_until(rig.qtbot, lambda: box.countdown.text().startswith("⚡ ends in"), 10, "countdown")
    assert box.cancel.isEnabled()
    assert studio.session.layers.scene._countdown is not None  # the countdown overlay
    box.cancel.click()
    wait_until(rig.qtbot, lambda: box.countdown.text() == "", 10, "the sale cancelled")
