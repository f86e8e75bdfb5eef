"""The Resellers panel in the real window against the real sandbox (issue 21): each
reseller's live orders, revenue, visits, conversion and commission at the show's rate; the
leaderboard on air and off; commission statement CSVs that sum to the platform's attributed
revenue; and the share kits written for every reseller."""

from __future__ import annotations

import csv
import hashlib
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests
from PySide6.QtGui import QGuiApplication

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


def test_share_kits_reach_the_platform_and_a_failed_upload_keeps_the_files(
    platform_rig: Rig, tmp_path: Path
) -> None:
    """The dock uploads what it wrote; when the platform refuses, the files stay and the
    status says where; "Upload" tries again; each reseller's link opens their materials."""
    rig = platform_rig
    qtbot = rig.qtbot
    sb = rig.sandbox
    assert sb is not None
    _call(rig, "PUT", "/reseller-program", {"two_b": True, "commission_bp": 1000})
    invite = _call(rig, "POST", "/reseller-invites", {"name": "Corner Shop"})
    _call(
        rig,
        "POST",
        "/resellers/join",
        {"invite_code": invite["invite_code"], "code": "CORNER"},
        auth=False,
    )
    studio = rig.studio()
    w = rig.window(studio)
    panel = w.resellers
    w.dock_resellers.raise_()
    wait_until(qtbot, lambda: panel.table.rowCount() == 3, 30, "three resellers")
    wait_until(qtbot, lambda: "Nothing on the platform" in panel.on_platform.text(), 30, "list")

    # The platform turns every call away for a long while: the upload fails in words.
    sb.limiter.configure(0.001, 1)
    folder = tmp_path / "kits"
    written = panel.write_kits(folder)
    assert written is not None
    files = written.result(timeout=120)
    wait_until(qtbot, lambda: "Upload failed" in panel.status.text(), 60, "the failure")
    status = panel.status.text()
    assert f"The files are kept in {folder}; try again with Upload." in status
    assert "Traceback" not in status and "Too many requests" in status
    assert all(f.is_file() for f in files)  # nothing lost
    assert panel.upload_btn.isEnabled() and len(panel.pending) == len(files)

    # Back to normal: "Upload" sends them all.
    sb.limiter.configure(None)
    shown: list[str] = []  # the status line after each progress report
    panel._bridge.progress.connect(lambda _p: shown.append(panel.status.text()))
    panel.upload_btn.click()
    wait_until(qtbot, lambda: "uploaded for the resellers" in panel.status.text(), 60, "upload")
    assert panel.status.text() == f"{len(files)} files uploaded for the resellers."
    on_platform = _call(rig, "GET", "/materials")
    assert len(on_platform) == len(files) and not panel.pending
    total = f"{sum(f.stat().st_size for f in files) / 1e6:.1f} MB"
    assert shown[0] == f"Uploading 1 of {len(files)} files (0.0 MB of {total})…"
    assert shown[-1] == f"Uploading {len(files)} of {len(files)} files ({total} of {total})…"
    assert sorted(m["sha256"] for m in on_platform) == sorted(
        hashlib.sha256(f.read_bytes()).hexdigest() for f in files
    )
    wait_until(qtbot, lambda: "pictures" in panel.on_platform.text(), 30, "the summary")
    mb = sum(m["size"] for m in on_platform) / 1e6
    assert panel.on_platform.text() == (
        f"On the platform for the resellers: clips: 0 · pictures: {len(files)} · {mb:.1f} MB"
    )

    def row_of(code: str) -> int:
        return next(
            i for i in range(panel.table.rowCount()) if panel.table.item(i, 1).text() == code
        )

    corner = row_of("CORNER")
    mine = [m for m in on_platform if m["reseller_code"] == "CORNER"]
    want = f"{len(mine)} · {sum(m['size'] for m in mine) / 1e6:.1f} MB"
    wait_until(qtbot, lambda: panel.table.item(row_of("CORNER"), 7).text() == want, 30, want)
    panel.grab().save(str(tmp_path / "resellers-uploaded.png"))

    # Copy Corner's link (the row's menu): it opens exactly Corner's materials.
    copy, _revoke = panel.row_menu(corner).actions()
    assert copy.text() == "Copy reseller link" and copy.isEnabled()
    copy.trigger()
    wait_until(qtbot, lambda: panel.last_link is not None, 30, "the link")
    link = panel.last_link
    assert link is not None
    assert QGuiApplication.clipboard().text() == link
    assert "send it to them only" in panel.status.text() and "rsk_" not in panel.status.text()
    assert link.startswith(f"{sb.url}/resell/{sb.show_id}#code=CORNER&key=rsk_")
    key = link.partition("&key=")[2]
    theirs = requests.get(
        f"{sb.api_url}/shows/{sb.show_id}/resellers/CORNER/materials",
        headers={"X-Reseller-Key": key},
        timeout=10,
    )
    assert theirs.status_code == 200
    assert {m["id"] for m in theirs.json()} == {m["id"] for m in mine}
    QGuiApplication.clipboard().setText("")
    panel.row_menu(corner).actions()[0].trigger()  # again: the link issued this session
    wait_until(qtbot, lambda: QGuiApplication.clipboard().text() == link, 30, "the same link")
    # The button above the table copies the selected reseller's, through the table's refresh.
    assert not panel.link_btn.isEnabled()
    panel.table.selectRow(row_of("KEMI"))
    qtbot.wait(1200)
    assert panel.link_btn.isEnabled()
    panel.link_btn.click()
    wait_until(
        qtbot, lambda: "#code=KEMI&key=rsk_" in QGuiApplication.clipboard().text(), 10, "KEMI"
    )
    panel.grab().save(str(tmp_path / "resellers-link.png"))
    # A leaked link: the row's menu revokes it.
    kemi_key = QGuiApplication.clipboard().text().partition("&key=")[2]
    revoke = panel.row_menu(row_of("KEMI")).actions()[1]
    assert revoke.text() == "Revoke reseller links"
    revoke.trigger()
    wait_until(qtbot, lambda: "no longer work" in panel.status.text(), 30, "the revocation")
    assert panel.status.text() == (
        "Kitchen with Kemi's links no longer work; copy a new one to send them."
    )
    refused = requests.get(
        f"{sb.api_url}/shows/{sb.show_id}/resellers/KEMI/materials",
        headers={"X-Reseller-Key": kemi_key},
        timeout=10,
    )
    assert refused.status_code == 403
