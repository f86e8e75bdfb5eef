"""The Engagement dock in the real window against the real sandbox (issue 20): a co-host
prepares the rundown, the host sees it and steps it with one key; a poll started from the
window shows live percentages and its result; a voucher started from the window is on screen
(on the overlay scene too) and counts claims live."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from studio.config import Hotkeys
from studio.session.status import Role
from tests.ui.conftest import Rig, wait_until


def test_cohost_prepares_the_rundown_and_the_host_steps_it_by_key(platform_rig: Rig) -> None:
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None and sb.store is not None
    host = rig.window(rig.studio())
    cohost = rig.window(rig.studio(role=Role.COHOST, token=sb.cohost_token, home="cohost"))
    qtbot = rig.qtbot
    # A real co-host runs their own app; two windows of one process binding the same
    # application-wide key would make it ambiguous, so this one's keys are unbound.
    cohost.hotkeys.apply(Hotkeys(**{k: "" for k in Hotkeys.model_fields}))
    tab = cohost.engagement.rundown
    wait_until(qtbot, lambda: tab.product.count() > 3, what="the catalog in the co-host's list")
    tab.product.setCurrentIndex(tab.product.findData("prd_chai"))
    qtbot.mouseClick(tab.add, Qt.MouseButton.LeftButton)  # a pin step
    poll = cohost.engagement.poll
    poll.question.setText("Tea or coffee?")
    poll.options[0].setText("Tea")
    poll.options[1].setText("Coffee")
    qtbot.mouseClick(poll.to_rundown, Qt.MouseButton.LeftButton)  # a poll step
    steps = host.engagement.rundown.steps
    wait_until(qtbot, lambda: steps.count() == 2, what="the co-host's steps in the host's list")
    assert "Pin Spiced chai" in steps.item(0).text() and "▶" in steps.item(0).text()
    assert "Poll: Tea or coffee?" in steps.item(1).text()
    assert host.engagement.rundown.next.text() == "Next step (F9)"
    host.activateWindow()
    QTest.keyClick(host, Qt.Key.Key_F9)  # one key
    wait_until(qtbot, lambda: rig.api("/pin")["product_id"] == "prd_chai", what="the pin")
    wait_until(qtbot, lambda: "✓" in cohost.engagement.rundown.steps.item(0).text())
    wait_until(qtbot, lambda: "✓" in steps.item(0).text())  # the host's list too, then Next
    QTest.keyClick(host, Qt.Key.Key_F9)
    wait_until(qtbot, lambda: rig.api("/polls"), what="the poll on the platform")
    pid = rig.api("/polls")[0]["id"]
    sb.store.polls.vote_many(sb.show_id, pid, [("a", 0), ("b", 0), ("c", 1)])
    bars = host.engagement.poll.bars
    wait_until(qtbot, lambda: bars[0].value() == 67 and bars[1].value() == 33, what="67/33")
    assert bars[0].format() == "Tea  67%  (2)"
    assert host.engagement.rundown.position.text() == "All 2 steps done."
    assert not host.engagement.rundown.next.isEnabled()
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    if shots:
        host.dock_engagement.raise_()
        host.engagement.show_tab(host.engagement.rundown)
        qtbot.wait(50)
        host.grab().save(os.path.join(shots, "engagement-rundown.png"))
        host.engagement.show_tab(host.engagement.poll)
        qtbot.wait(50)
        host.grab().save(os.path.join(shots, "engagement-poll.png"))
    qtbot.mouseClick(host.engagement.poll.close_, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: rig.api(f"/polls/{pid}")["status"] == "closed", what="closed")
    wait_until(qtbot, lambda: host.engagement.poll.status.text().startswith("Result"))


def test_a_voucher_from_the_window_goes_on_screen_and_counts_claims(platform_rig: Rig) -> None:
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None and sb.store is not None
    studio = rig.studio()
    w = rig.window(studio)
    qtbot = rig.qtbot
    w.dock_engagement.raise_()
    tab = w.engagement.voucher
    w.engagement.show_tab(tab)
    tab.code.setText("autumn10")
    tab.value.setText("abc")
    refusals: list[str] = []
    w.engagement_vm.refused.connect(lambda m, h: refusals.append(m))
    qtbot.mouseClick(tab.start, Qt.MouseButton.LeftButton)
    assert refusals == ["A percentage is a whole number."]  # said, nothing sent
    tab.value.setText("20")
    qtbot.mouseClick(tab.start, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: rig.api("/vouchers"), what="the voucher on the platform")
    v = rig.api("/vouchers")[0]
    assert (v["code"], v["percent_off"], v["claim_limit"], v["on_screen"]) == (
        "AUTUMN10",
        20,
        100,
        True,
    )
    sb.store.vouchers.claim_many(sb.show_id, v["id"], [(f"k{i}", f"V{i}") for i in range(7)])
    wait_until(
        qtbot, lambda: tab.list.count() == 1 and "claimed: 7 of 100" in tab.list.item(0).text()
    )
    driver = studio.driver
    assert driver is not None
    wait_until(qtbot, lambda: driver.scene.voucher is not None, what="the voucher card on air")
    assert driver.scene.voucher is not None and driver.scene.voucher.left == 93
    tab.list.setCurrentRow(0)
    qtbot.mouseClick(tab.hide_btn, Qt.MouseButton.LeftButton)
    wait_until(qtbot, lambda: driver.scene.voucher is None, what="the card off the air")
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    w.grab().save(os.path.join(shots, "engagement.png") if shots else str(rig.tmp / "w.png"))


def test_every_other_control_of_the_dock(platform_rig: Rig) -> None:
    """Start poll, a flash-sale step, Up/Down, Remove, Skip, Show on screen and End."""
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None and sb.store is not None
    w = rig.window(rig.studio())
    qtbot = rig.qtbot
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    poll = w.engagement.poll
    poll.question.setText("Mug or bowl?")
    poll.options[0].setText("Mug")
    poll.options[2].setText("Bowl")  # a gap is fine: empty options are left out
    click(poll.start)
    wait_until(qtbot, lambda: rig.api("/polls"), what="the poll from Start poll")
    assert rig.api("/polls")[0]["options"][1]["text"] == "Bowl"
    wait_until(qtbot, lambda: poll.close_.isEnabled() and not poll.start.isEnabled())
    tab = w.engagement.rundown
    wait_until(qtbot, lambda: tab.product.count() > 3, what="the catalog")
    tab.kind.setCurrentIndex(tab.kind.findData("flash_sale"))
    assert not tab.price.isHidden() and not tab.seconds.isHidden()
    tab.product.setCurrentIndex(tab.product.findData("prd_honey"))
    tab.price.setValue(12.5)
    tab.seconds.setValue(45)
    click(tab.add)
    tab.kind.setCurrentIndex(tab.kind.findData("pin"))
    tab.product.setCurrentIndex(tab.product.findData("prd_candle"))
    click(tab.add)
    wait_until(qtbot, lambda: tab.steps.count() == 2, what="two steps")
    steps = rig.api("/rundown")["steps"]
    assert steps[0]["flash_price_minor"] == 1250 and steps[0]["duration_s"] == 45
    tab.steps.setCurrentRow(1)
    click(tab.up)  # the pin first now
    wait_until(qtbot, lambda: rig.api("/rundown")["steps"][0]["kind"] == "pin", what="moved up")
    wait_until(qtbot, lambda: "Pin" in tab.steps.item(0).text())
    tab.steps.setCurrentRow(0)
    click(tab.down)
    wait_until(qtbot, lambda: rig.api("/rundown")["steps"][1]["kind"] == "pin", what="moved down")
    click(tab.skip)  # the flash sale is skipped: marked done, never run
    wait_until(qtbot, lambda: rig.api("/rundown")["steps"][0]["done_at"], what="skipped")
    assert rig.api("/timers") == []
    wait_until(qtbot, lambda: "✓" in tab.steps.item(0).text())
    tab.steps.setCurrentRow(1)
    click(tab.remove)
    wait_until(qtbot, lambda: len(rig.api("/rundown")["steps"]) == 1, what="removed")
    vt = w.engagement.voucher
    vt.code.setText("FIVE")
    vt.kind.setCurrentIndex(vt.kind.findData("amount"))
    vt.value.setText("5,00")
    click(vt.start)
    wait_until(qtbot, lambda: rig.api("/vouchers"), what="the voucher")
    v = rig.api("/vouchers")[0]
    assert (v["kind"], v["amount_off_minor"]) == ("amount", 500)
    wait_until(qtbot, lambda: vt.list.count() == 1)
    vt.list.setCurrentRow(0)
    click(vt.hide_btn)
    wait_until(qtbot, lambda: not rig.api("/vouchers")[0]["on_screen"], what="hidden")
    click(vt.show_btn)
    wait_until(qtbot, lambda: rig.api("/vouchers")[0]["on_screen"], what="shown again")
    click(vt.end_btn)
    wait_until(qtbot, lambda: rig.api("/vouchers")[0]["status"] == "ended", what="ended")
    wait_until(qtbot, lambda: "ended" in vt.list.item(0).text())


def test_a_rundown_of_every_step_kind_steps_through_by_key(platform_rig: Rig) -> None:
    """Pin, flash sale (Rundown tab), poll, voucher (their tabs), auction and giveaway (the
    Show dock's "Auction & giveaway" tab, as set there) added from the window, then each run
    on the real platform with F9."""
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None and sb.store is not None
    w = rig.window(rig.studio())
    qtbot = rig.qtbot
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    refusals: list[str] = []
    w.show_panel.live_vm.refused.connect(lambda m, h: refusals.append(m))
    tab = w.engagement.rundown
    wait_until(qtbot, lambda: tab.product.count() > 3, what="the catalog")
    tab.product.setCurrentIndex(tab.product.findData("prd_chai"))
    click(tab.add)  # pin
    tab.kind.setCurrentIndex(tab.kind.findData("flash_sale"))
    tab.product.setCurrentIndex(tab.product.findData("prd_honey"))
    tab.price.setValue(9.5)
    tab.seconds.setValue(30)
    click(tab.add)
    wait_until(qtbot, lambda: tab.steps.count() == 2, what="pin and flash sale")
    poll = w.engagement.poll
    poll.question.setText("Tea or coffee?")
    poll.options[0].setText("Tea")
    poll.options[1].setText("Coffee")
    click(poll.to_rundown)
    wait_until(qtbot, lambda: tab.steps.count() == 3, what="the poll step")
    vt = w.engagement.voucher
    vt.code.setText("TEN")
    vt.value.setText("10")
    click(vt.to_rundown)
    wait_until(qtbot, lambda: tab.steps.count() == 4, what="the voucher step")
    auction = w.show_panel.live.auction
    assert not auction.to_rundown.isEnabled()  # nothing pinned: no product to auction
    w.show_panel.queue.view.setCurrentIndex(w.show_vm.queue_model.index(0))
    w.show_panel.queue.pin_now.click()
    wait_until(qtbot, lambda: auction.product() is not None, 10, "the pin")
    product = auction.product()
    assert product is not None
    auction.starting.setValue(7)
    auction.seconds.setValue(45)
    auction.mode.setCurrentIndex(1)  # sudden death
    auction.reserve.setValue(20)
    click(auction.to_rundown)
    wait_until(qtbot, lambda: tab.steps.count() == 5, what="the auction step")
    giveaway = w.show_panel.live.giveaway
    assert not giveaway.to_rundown.isEnabled()  # no prize yet
    giveaway.prize.setText("A tin of chai")
    giveaway.keyword.setText("#chai")
    giveaway.seconds.setValue(60)
    click(giveaway.to_rundown)
    wait_until(qtbot, lambda: tab.steps.count() == 6, what="the giveaway step")
    assert refusals == []
    steps = rig.api("/rundown")["steps"]
    assert [s["kind"] for s in steps] == [
        "pin", "flash_sale", "poll", "voucher", "auction", "giveaway"
    ]  # fmt: skip
    a = steps[4]["auction"]
    assert (a["product_id"], a["starting_bid_minor"], a["duration_s"], a["mode"]) == (
        product.product_id,
        700,
        45,
        "sudden_death",
    )
    assert a["reserve_minor"] == 2000
    g = steps[5]["giveaway"]
    assert (g["prize"], g["keyword"], g["duration_s"], g["entry"]) == (
        "A tin of chai",
        "#chai",
        60,
        "keyword",
    )
    assert f"Auction: {product.title}" in tab.steps.item(4).text()
    assert "Giveaway: A tin of chai" in tab.steps.item(5).text()
    w.activateWindow()
    checks = [
        lambda: rig.api("/pin")["product_id"] == "prd_chai",
        lambda: rig.api("/timers") != [],
        lambda: rig.api("/polls") != [],
        lambda: rig.api("/vouchers") != [],
        lambda: rig.api("/auctions?status=active") != [],
        lambda: any(x["status"] == "open" for x in rig.api("/giveaways")),
    ]
    for i, ran in enumerate(checks):
        wait_until(qtbot, lambda i=i: "▶" in tab.steps.item(i).text(), what=f"step {i + 1} next")
        QTest.keyClick(w, Qt.Key.Key_F9)
        wait_until(qtbot, ran, 10, f"step {i + 1} ({steps[i]['kind']}) run on the platform")
        wait_until(qtbot, lambda i=i: "✓" in tab.steps.item(i).text(), what=f"step {i + 1} ✓")
    assert tab.position.text() == "All 6 steps done."
    assert refusals == []
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    if shots:
        w.dock_engagement.raise_()
        w.engagement.show_tab(tab)
        qtbot.wait(50)
        w.grab().save(os.path.join(shots, "engagement-rundown-all-kinds.png"))
        w.dock_show.raise_()
        w.show_panel.setCurrentIndex(2)
        qtbot.wait(50)
        w.grab().save(os.path.join(shots, "auction-giveaway-to-rundown.png"))


def test_bad_input_in_the_window_is_refused_said_and_kept(platform_rig: Rig) -> None:
    """A 300-character poll option pasted in, an auction opening above the price and a
    giveaway keyword with a space: each refused with its reason, the typed text kept as it
    was (never cut), nothing sent to the platform."""
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None
    w = rig.window(rig.studio())
    qtbot = rig.qtbot
    said: list[tuple[str, str]] = []
    w.engagement_vm.refused.connect(lambda m, h: said.append((m, h)))
    w.show_panel.live_vm.refused.connect(lambda m, h: said.append((m, h)))
    click = lambda b: qtbot.mouseClick(b, Qt.MouseButton.LeftButton)  # noqa: E731
    poll = w.engagement.poll
    poll.question.setText("Which?")
    long = "x" * 300
    poll.options[0].setText(long)  # as a paste does
    poll.options[1].setText("y")
    click(poll.start)
    assert said[-1][0] == "A poll has 2 to 4 options of up to 40 characters." and said[-1][1]
    assert poll.options[0].text() == long  # kept for the host to shorten, not cut silently
    wait_until(qtbot, lambda: w.show_vm.queue_model.rowCount() > 0, 15, "the show to load")
    w.show_panel.queue.view.setCurrentIndex(w.show_vm.queue_model.index(0))
    w.show_panel.queue.pin_now.click()
    box = w.show_panel.live.auction
    wait_until(qtbot, lambda: box.product() is not None, 10, "the pin")
    product = box.product()
    assert product is not None and product.price is not None
    box.starting.setValue(float(product.price) + 50)
    click(box.start)
    assert "is above" in said[-1][0] and said[-1][1].startswith("Start at or below the price")
    assert box.starting.value() == float(product.price) + 50  # the host's value, unchanged
    g = w.show_panel.live.giveaway
    g.prize.setText("Mug")
    g.keyword.setText("#win now")
    click(g.open)
    assert said[-1][0] == "'#win now' cannot be a giveaway keyword." and "no spaces" in said[-1][1]
    assert g.keyword.text() == "#win now"
    qtbot.wait(300)
    assert rig.api("/polls") == [] and rig.api("/auctions") == [] and rig.api("/giveaways") == []
    assert len(said) == 3
