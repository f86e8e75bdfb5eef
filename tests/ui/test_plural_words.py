"""Counts in the window take the plural form of the count, in English and in a translation
(issue 23: "Plural forms right"): a member with one order and one with two, a poll with one
vote and then two, on the real window against the real sandbox. The English forms come from
`studio_en.ts`, the Spanish from `studio_es.ts`; the text is read back from the widgets."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from studio.ui import i18n as ui_i18n
from studio.ui.member_lookup import MemberLookupDialog, Who
from tests.ui.conftest import Rig, wait_until


@pytest.fixture
def english() -> Iterator[None]:
    """The rest of the suite expects the window in English."""
    ui_i18n.install("en")
    yield
    ui_i18n.install("en")


def _order(rig: Rig, product: str, name: str, viewer_id: str) -> None:
    sb = rig.sandbox
    assert sb is not None
    r = requests.post(
        f"{sb.api_url}/shows/{sb.show_id}/orders",
        json={"product_id": product, "quantity": 1, "buyer_name": name, "viewer_id": viewer_id},
        headers={"Authorization": f"Bearer {sb.host_token}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=5,
    )
    r.raise_for_status()


def _lookup(rig: Rig, w: Any, who: Who) -> MemberLookupDialog:
    w.orders_panel.member_dialog = None
    w.orders_panel.open_member(who)
    wait_until(rig.qtbot, lambda: w.orders_panel.member_dialog is not None, 5, "the dialog")
    dlg: MemberLookupDialog = w.orders_panel.member_dialog
    wait_until(rig.qtbot, lambda: dlg.detail is not None, 10, "the platform's answer")
    return dlg


def test_one_order_and_one_vote_are_singular_in_english_and_spanish(
    platform_rig: Rig, english: None
) -> None:
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None and sb.store is not None
    _order(rig, "prd_chai", "Uno", "acc_uno")
    for product in ("prd_skillet", "prd_mug-set"):
        _order(rig, product, "Dos", "acc_dos")
    w = rig.window(rig.studio())
    wait_until(rig.qtbot, lambda: w.orders_panel.feed.model().rowCount() == 3, 15, "3 orders")

    one = _lookup(rig, w, Who("acc_uno", "Uno"))
    two = _lookup(rig, w, Who("acc_dos", "Dos"))
    assert "1 order · shows attended:" in one.standing.text()
    assert "2 orders · shows attended:" in two.standing.text()
    ui_i18n.install("es")
    for dlg in (one, two):  # the same answer, shown again in Spanish
        assert dlg.detail is not None
        dlg.show_detail(dlg.detail)
    assert "1 pedido · directos asistidos:" in one.standing.text()
    assert "2 pedidos · directos asistidos:" in two.standing.text()
    assert " puntos · consolidados: " in one.standing.text()
    shots = os.environ.get("STUDIO_SCREENSHOTS") or str(rig.tmp)
    one.grab().save(os.path.join(shots, "member-one-order-es.png"))
    ui_i18n.install("en")
    one.close()
    two.close()

    poll = w.engagement.poll
    poll.question.setText("Tea or coffee?")
    poll.options[0].setText("Tea")
    poll.options[1].setText("Coffee")
    rig.qtbot.mouseClick(poll.start, Qt.MouseButton.LeftButton)
    wait_until(rig.qtbot, lambda: rig.api("/polls"), what="the poll on the platform")
    pid = rig.api("/polls")[0]["id"]
    sb.store.polls.vote_many(sb.show_id, pid, [("a", 0)])
    wait_until(rig.qtbot, lambda: poll.status.text().endswith("· 1 vote"), 10, "one vote")
    assert poll.status.text() == "Open: Tea or coffee? · 1 vote"
    ui_i18n.install("es")
    poll.refresh(w.engagement_vm.state)
    assert poll.status.text() == "Abierta: Tea or coffee? · 1 voto"
    poll.grab().save(os.path.join(shots, "poll-one-vote-es.png"))
    ui_i18n.install("en")
    sb.store.polls.vote_many(sb.show_id, pid, [("b", 1)])
    wait_until(rig.qtbot, lambda: poll.status.text().endswith("· 2 votes"), 10, "two votes")
    assert poll.status.text() == "Open: Tea or coffee? · 2 votes"
    ui_i18n.install("es")
    poll.refresh(w.engagement_vm.state)
    assert poll.status.text() == "Abierta: Tea or coffee? · 2 votos"
