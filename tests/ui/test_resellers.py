"""The Resellers panel in the real window against the real sandbox (issue 21): each
reseller's live orders, revenue, visits, conversion and commission at the show's rate; the
leaderboard on air and off; commission statement CSVs that sum to the platform's attributed
revenue; and the share kits written for every reseller."""

from __future__ import annotations

import csv
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests

from studio.media.layers import Layer
from studio.overlays.painting import array_to_image
from tests.overlays.test_vertical_layout import compose_transparent
from tests.ui.conftest import Rig, wait_until


def _call(rig: Rig, method: str, path: str, body: Any = None, auth: bool = True) -> Any:
    sb = rig.sandbox
    assert sb is not None
    headers = {"Idempotency-Key": uuid.uuid4().hex}
    if auth:
        headers["Authorization"] = f"Bearer {sb.host_token}"
    r = requests.request(
        method, f"{sb.api_url}/shows/{sb.show_id}{path}", json=body, headers=headers, timeout=5
    )
    r.raise_for_status()
    return r.json() if r.content else None


def test_resellers_panel_board_statements_and_kits(platform_rig: Rig, tmp_path: Path) -> None:
    rig = platform_rig
    qtbot = rig.qtbot
    _call(rig, "PUT", "/reseller-program", {"two_b": True, "commission_bp": 1250})
    invite = _call(rig, "POST", "/reseller-invites", {"name": "Corner Shop"})
    _call(
        rig,
        "POST",
        "/resellers/join",
        {"invite_code": invite["invite_code"], "code": "CORNER"},
        auth=False,
    )
    for _ in range(4):
        _call(rig, "POST", "/resellers/CORNER/visits", auth=False)
    for product, code in (("prd_skillet", "CORNER"), ("prd_chai", "KEMI"), ("prd_honey", None)):
        body = {"product_id": product, "quantity": 1, "buyer_name": "Ana"}
        if code:
            body["referral_code"] = code
        _call(rig, "POST", "/orders", body)
    studio = rig.studio()
    w = rig.window(studio)
    panel = w.resellers
    w.dock_resellers.raise_()

    def row(code: str) -> list[str] | None:
        t = panel.table
        for i in range(t.rowCount()):
            if t.item(i, 1) and t.item(i, 1).text() == code:
                return [t.item(i, c).text() for c in range(t.columnCount())]
        return None

    wait_until(
        qtbot,
        lambda: row("CORNER") and row("CORNER")[2] == "1" and "12.5 %" in panel.mode.text(),
        15,
        "Corner Shop's order and the show's commission rate",
    )
    corner = row("CORNER")
    assert corner is not None
    assert corner[0] == "Corner Shop" and corner[3] == "€49" and corner[4] == "4"
    assert corner[5] == "25.0 %" and corner[6] == "€6.12"  # 12.5 % of 49.00, half to even
    assert "2b" in panel.mode.text() and "12.5 %" in panel.mode.text()
    panel.grab().save(str(tmp_path / "resellers-panel.png"))

    # Live: a second order through Corner's link, then a refund of the first.
    order = _call(
        rig,
        "POST",
        "/orders",
        {"product_id": "prd_mug-set", "quantity": 1, "buyer_name": "Bo", "referral_code": "CORNER"},
    )
    wait_until(qtbot, lambda: row("CORNER")[2] == "2", 10, "the second order")
    _call(rig, "POST", f"/orders/{order['id']}/reversal", {"kind": "refund"})
    wait_until(qtbot, lambda: row("CORNER")[2] == "1", 10, "the refund")

    # The leaderboard on air, then off.
    wait_until(qtbot, lambda: panel.board.isEnabled(), 10, "the overlays")
    panel.board.setChecked(True)
    scene = studio.driver.scene
    wait_until(qtbot, lambda: scene._board is not None and len(scene._board) == 3, 10, "board")
    assert [(b.name, b.orders, b.revenue) for b in scene._board] == [
        ("Corner Shop", 1, "€49"),
        ("Kitchen with Kemi", 1, "€14"),
        ("The Slow Cook Club", 0, "€0"),
    ]  # by revenue brought tonight
    assert scene.wait_idle(10)
    scene.layers_at(1e9)  # the board's picture starts its entrance here...
    layers: list[Layer] = [
        x for x in scene.layers_at(1e9 + 5) if x.key.startswith("overlay:supporters")
    ]  # ...and is at rest a few seconds on
    assert layers, "the leaderboard is on air"
    array_to_image(compose_transparent(scene.layout.width, scene.layout.height, layers)).save(
        str(tmp_path / "board.png")
    )
    panel.board.setChecked(False)
    wait_until(qtbot, lambda: scene._board is None, 10, "the board off the air")

    # Statements: one CSV per reseller, summing to the platform's attributed revenue.
    future = panel.write_statements(tmp_path / "statements")
    assert future is not None
    files = future.result(timeout=20)
    wait_until(qtbot, lambda: "files written" in panel.status.text(), 10, "the status")
    platform = {r["code"]: r for r in _call(rig, "GET", "/resellers")}
    assert len(files) == len(platform)
    for f in files:
        code = f.stem.removeprefix("commission-")
        rows = list(csv.DictReader(f.open(encoding="utf-8")))
        assert sum(Decimal(r["amount"]) for r in rows[:-1]) * 100 == platform[code]["revenue_minor"]
    # Share kits: two posters and a card per product for every reseller.
    kits = panel.write_kits(tmp_path / "kits")
    assert kits is not None
    written = kits.result(timeout=120)
    n_products = len(_call(rig, "GET", "/products?limit=200")["items"])
    assert len(written) == len(platform) * (2 + n_products)
