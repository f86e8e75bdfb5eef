"""Member lookup in the real window against the real sandbox (issue 21): from an order in the
live feed and from a comment, the member's tier, points by kind and history, and the words
that points have no cash value; the supporters list shows tiers. Members are accounts: two
viewers called "Anna" open two different members."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import requests
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from studio.ui.member_lookup import MemberLookupDialog, who_of_item
from studio.ui.show_vm import ItemRole
from tests.ui.conftest import Rig, wait_until

RULES = {"tiers": [{"name": "Regular", "threshold": 30}, {"name": "Insider", "threshold": 100}]}


def _post(rig: Rig, path: str, body: Any, token: str | None = None) -> Any:
    sb = rig.sandbox
    assert sb is not None
    r = requests.request(
        "PUT" if path.endswith("rules") else "POST",
        f"{sb.api_url}/shows/{sb.show_id}{path}",
        json=body,
        headers={
            "Authorization": f"Bearer {token or sb.host_token}",
            "Idempotency-Key": uuid.uuid4().hex,
        },
        timeout=5,
    )
    r.raise_for_status()
    return r.json()


def _dialog(panel: Any, qtbot: Any, name: str) -> MemberLookupDialog:
    wait_until(qtbot, lambda: getattr(panel, "member_dialog", None) is not None, 5, "a dialog")
    dlg: MemberLookupDialog = panel.member_dialog
    assert dlg.name == name
    wait_until(qtbot, lambda: dlg.detail is not None, 10, "the platform's answer")
    return dlg


def test_member_lookup_from_an_order_and_a_comment(platform_rig: Rig, tmp_path: Path) -> None:
    rig = platform_rig
    qtbot = rig.qtbot
    _post(rig, "/community/rules", RULES)
    for product in ("prd_skillet", "prd_mug-set"):
        _post(rig, "/orders", {"product_id": product, "quantity": 1, "buyer_name": "Ana Sousa"})
    studio = rig.studio()
    w = rig.window(studio)
    feed = w.orders_panel.feed
    wait_until(qtbot, lambda: feed.model().rowCount() == 2, 15, "two orders in the feed")

    # Double-click an order: who bought it.
    idx = feed.model().index(0, 0)
    rect = feed.visualRect(idx)
    QTest.mouseClick(feed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(feed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = _dialog(w.orders_panel, qtbot, "Ana Sousa")
    assert dlg.heading.text() == "Ana Sousa — Insider"
    assert dlg.kinds.item(0, 0).text() == "105"  # purchases: 49+10 and 36+10
    assert dlg.kinds.item(3, 0).text() == "5"  # attendance, streak of one
    assert dlg.history.rowCount() == 3
    causes = [dlg.history.item(r, 4).text() for r in range(3)]
    assert sum("order ord_" in c for c in causes) == 2
    assert dlg.note.text() == "Points are not transferable and have no cash value."
    assert "pending" in dlg.standing.text()
    dlg.grab().save(str(tmp_path / "member-lookup.png"))
    dlg.close()

    # From a comment: the author's lookup, by the Member… button.
    cid = _post(
        rig,
        "/comments",
        {"text": "Does it come in blue?", "author": "Bo"},
        token=rig.sandbox.viewer_token if rig.sandbox else None,
    )["id"]
    panel = w.audience.comments
    model = panel.view.model()
    wait_until(qtbot, lambda: model.row_of(cid) >= 0, 10, "the comment")
    panel.view.setCurrentIndex(model.index(model.row_of(cid), 0))
    panel.member_btn.click()
    dlg = _dialog(panel, qtbot, "Bo")
    assert dlg.heading.text() == "Bo — no tier yet"
    assert dlg.kinds.item(3, 0).text() == "5"
    # The supporters list shows Ana's tier.
    sup = w.audience.supporters.list
    wait_until(
        qtbot,
        lambda: any(
            "Ana Sousa" in sup.item(i).text() and "Insider" in sup.item(i).text()
            for i in range(sup.count())
        ),
        10,
        "Ana's tier in the supporters list",
    )


def test_two_viewers_called_anna_are_two_members_in_the_lookup(
    platform_rig: Rig, tmp_path: Path
) -> None:
    """Each order opens its own buyer's account: the Anna who reached Insider and the Anna
    who bought once are told apart by standing, orders and when each was first seen; the
    supporters list gives the tier to the right one only."""
    rig = platform_rig
    qtbot = rig.qtbot
    _post(rig, "/community/rules", RULES)
    regular = {"quantity": 1, "buyer_name": "Anna", "viewer_id": "acc_anna_regular"}
    for product in ("prd_skillet", "prd_mug-set"):
        _post(rig, "/orders", {"product_id": product, **regular})
    _post(rig, "/orders", {"product_id": "prd_chai", **regular, "viewer_id": "acc_anna_new"})
    studio = rig.studio()
    w = rig.window(studio)
    feed = w.orders_panel.feed
    wait_until(qtbot, lambda: feed.model().rowCount() == 3, 15, "three orders in the feed")

    seen: dict[str, MemberLookupDialog] = {}
    for row in range(3):
        idx = feed.model().index(row, 0)
        w.orders_panel.member_dialog = None
        w.orders_panel.open_member(who_of_item(idx.data(ItemRole)))
        dlg = _dialog(w.orders_panel, qtbot, "Anna")
        assert dlg.detail is not None
        seen[dlg.viewer_id] = dlg
    assert set(seen) == {"acc_anna_regular", "acc_anna_new"}
    insider, newcomer = seen["acc_anna_regular"], seen["acc_anna_new"]
    assert insider.heading.text() == "Anna — Insider"
    assert newcomer.heading.text() == "Anna — no tier yet"
    assert "2 orders ·" in insider.standing.text() and "1 order ·" in newcomer.standing.text()
    assert "member since" in insider.standing.text()
    insider.grab().save(str(tmp_path / "anna-insider.png"))
    newcomer.grab().save(str(tmp_path / "anna-new.png"))
    for dlg in seen.values():
        dlg.close()

    sup = w.audience.supporters.list
    wait_until(qtbot, lambda: sup.count() >= 2, 10, "both Annas among the supporters")
    annas = [sup.item(i).text() for i in range(sup.count()) if "Anna" in sup.item(i).text()]
    assert len(annas) == 2 and sum("Insider" in a for a in annas) == 1
    sup.grab().save(str(tmp_path / "supporters-two-annas.png"))
