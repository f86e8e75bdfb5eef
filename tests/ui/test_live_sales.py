"""The auction and giveaway controls against the real sandbox: host and co-host windows.

The host pins a product and starts an auction from the "Auction & giveaway" tab (and its
hotkey); viewers bid on the platform; both windows show the bid, the leader and the time
left; cancelling asks first. A co-host opens a giveaway, viewers enter by keyword, the host
draws it with the hotkey and both windows name the platform's winner.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtTest import QTest

from studio.platform.models import CommentCreate, Role
from studio.session.status import Role as StudioRole
from tests.ui.conftest import Rig, wait_until


def _loaded(w: Any) -> bool:
    return w.show_vm.queue_model.rowCount() > 0


def _bid(rig: Rig, auction_id: str, amount: int, name: str) -> None:
    store = rig.sandbox.store  # type: ignore[union-attr]
    store.auctions.bid(rig.sandbox.show_id, auction_id, amount, name, name)  # type: ignore[union-attr]


def test_host_starts_and_cancels_an_auction_and_the_cohost_sees_it(platform_rig: Rig) -> None:
    rig = platform_rig
    assert rig.sandbox is not None
    host = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: _loaded(host), 15, "the show to load")
    box = host.show_panel.live.auction
    assert not box.start.isEnabled()  # nothing pinned: nothing to auction
    host.show_panel.queue.view.setCurrentIndex(host.show_vm.queue_model.index(0))
    host.show_panel.queue.pin_now.click()
    wait_until(rig.qtbot, lambda: box.product() is not None, 10, "the pin")
    product = box.product()
    assert product is not None and product.title in box.target.text()
    box.starting.setValue(12)
    box.seconds.setValue(90)
    box.mode.setCurrentIndex(1)  # sudden death: no extension settings
    assert not box.window_s.isEnabled() and not box.cap_s.isEnabled()
    QTest.keySequence(host, "Ctrl+Shift+A")  # the hotkey starts it as set in the box
    wait_until(rig.qtbot, lambda: rig.api("/auctions?status=active") != [], 10, "the auction")
    cohost = rig.window(  # (two windows of one app would share the application's hotkeys)
        rig.studio(role=StudioRole.COHOST, token=rig.sandbox.cohost_token, home="cohost")
    )
    wait_until(rig.qtbot, lambda: _loaded(cohost), 15, "the co-host's show to load")
    (a,) = rig.api("/auctions?status=active")
    assert (a["mode"], a["starting_bid_minor"], a["product_id"]) == (
        "sudden_death",
        1200,
        product.product_id,
    )
    _bid(rig, a["id"], 1200, "Maya K.")
    _bid(rig, a["id"], 1500, "Jonas B.")
    for w in (host, cohost):
        status = w.show_panel.live.auction.status
        wait_until(rig.qtbot, lambda s=status: "Jonas B." in s.text(), 10, "the bid in a window")
        assert "2 bids" in status.text() and "left" in status.text()
        assert not w.show_panel.live.auction.start.isEnabled()
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    if shots:
        tabs = host.show_panel
        tab = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(tabs.live))
        tabs.setCurrentIndex(tab)
        rig.qtbot.wait(300)
        host.grab().save(os.path.join(shots, "auction-window.png"))
    asked: list[str] = []

    def refuse(title: str, *_rest: object) -> bool:
        asked.append(title)
        return False

    host.confirm = refuse
    assert box.cancel_auction() is False  # the host said no: it runs on
    assert asked == ["Cancel the auction?"]
    assert rig.api(f"/auctions/{a['id']}")["status"] == "active"
    host.confirm = lambda *_a: True
    box.cancel.click()
    wait_until(rig.qtbot, lambda: rig.api(f"/auctions/{a['id']}")["status"] == "cancelled", 10)
    wait_until(rig.qtbot, lambda: "cancelled" in box.status.text(), 10, "cancelled in the box")
    assert box.start.isEnabled() and not box.cancel.isEnabled()
    orders = rig.api("/orders")["items"]
    assert not [o for o in orders if o.get("auction_id") == a["id"]]


def test_cohost_opens_a_giveaway_and_the_host_draws_it(platform_rig: Rig) -> None:
    rig = platform_rig
    assert rig.sandbox is not None and rig.sandbox.store is not None
    host = rig.window(rig.studio())
    cohost = rig.window(
        rig.studio(role=StudioRole.COHOST, token=rig.sandbox.cohost_token, home="cohost")
    )
    wait_until(rig.qtbot, lambda: _loaded(host) and _loaded(cohost), 15, "the show to load")
    box = cohost.show_panel.live.giveaway
    assert not box.open.isEnabled()  # no prize yet
    box.prize.setText("Pour-over kit")
    box.keyword.setText("#kit")
    box.by_purchase.setChecked(True)
    box.seconds.setValue(300)
    box.open.click()
    wait_until(rig.qtbot, lambda: rig.api("/giveaways?status=open") != [], 10, "the giveaway")
    (g,) = rig.api("/giveaways?status=open")
    assert (g["entry"], g["keyword"], g["prize"]) == ("both", "#kit", "Pour-over kit")
    for i in range(4):
        rig.sandbox.store.comments.create(
            rig.sandbox.show_id, CommentCreate(text="#kit please"), f"Fan {i}", Role.VIEWER
        )
    host_status = host.show_panel.live.giveaway.status
    wait_until(rig.qtbot, lambda: "4 entries" in host_status.text(), 10, "the entries")
    assert g["seed_sha256"][:12] in host_status.text()  # the commitment, shown before the draw
    assert host.hotkeys.text("draw_giveaway") == "Ctrl+Shift+G"
    host.hotkeys.trigger("draw_giveaway")  # the host draws with the hotkey's action
    wait_until(rig.qtbot, lambda: rig.api(f"/giveaways/{g['id']}")["status"] == "drawn", 10)
    drawn = rig.api(f"/giveaways/{g['id']}")
    for w in (host, cohost):
        status = w.show_panel.live.giveaway.status
        wait_until(rig.qtbot, lambda s=status: drawn["winner_name"] in s.text(), 10, "the winner")
        assert drawn["seed"][:12] in status.text()
        assert not w.show_panel.live.giveaway.draw.isEnabled()
    assert box.open.isEnabled()  # the co-host's box still holds a prize: a new one may open
