"""Reseller mode against the real sandbox over HTTP (issue 21): a 2b show with a commission
rate, resellers joining by invite (once), referral visits, one attribution per order end to
end, refunds withdrawing it, and a commission statement CSV per reseller that sums to the
platform's attributed revenue to the cent."""

from __future__ import annotations

import csv
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import requests

from studio.platform.models import CommissionStatement
from studio.report.commission import commission_total, write_statement_csv
from tests.sandbox.conftest import Platform
from tests.sandbox.test_write_semantics import assert_problem


def _public(p: Platform, path: str, body: Any = None) -> requests.Response:
    return requests.post(
        f"{p.server.api_url}{p.show}{path}",
        json=body,
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )


def _patch_price(p: Platform, product: str, minor: int) -> None:
    r = p.host.session.patch(
        f"{p.host.base}{p.show}/products/{product}",
        json={"price_minor": minor},
        headers={"Authorization": f"Bearer {p.host.token}"},
        timeout=10,
    )
    assert r.status_code == 200, r.text


def test_resellers_join_by_invite_and_their_statements_add_up_to_the_cent(
    fresh_platform: Platform, tmp_path: Path
) -> None:
    p = fresh_platform
    r = p.host.post(f"{p.show}/reseller-invites", {"name": "Corner Shop"})
    assert_problem(r, 409, "not-reseller-show")
    r = p.host.put(f"{p.show}/reseller-program", {"two_b": True, "commission_bp": 1250})
    assert r.status_code == 200, r.text

    invite = p.host.post(f"{p.show}/reseller-invites", {"name": "Corner Shop"}).json()
    assert invite["join_url"].endswith(invite["invite_code"])
    joined = _public(p, "/resellers/join", {"invite_code": invite["invite_code"], "code": "CORNER"})
    assert joined.status_code == 201, joined.text
    assert joined.json()["share_url"].endswith("?ref=CORNER")
    again = _public(p, "/resellers/join", {"invite_code": invite["invite_code"]})
    assert_problem(again, 409, "invite-used")
    assert_problem(_public(p, "/resellers/join", {"invite_code": "x" * 20}), 404, "not-found")
    for _ in range(8):
        assert _public(p, "/resellers/CORNER/visits").status_code == 204

    # Odd prices so rounding would show: 33.33, 19.99 and the catalog's own.
    _patch_price(p, "prd_honey", 3333)
    _patch_price(p, "prd_candle", 1999)
    plan = [
        ("prd_honey", "CORNER"), ("prd_candle", "CORNER"), ("prd_honey", "KEMI"),
        ("prd_chai", None), ("prd_candle", "CORNER"), ("prd_skillet", "KEMI"),
        ("prd_honey", "CORNER"),
    ]  # fmt: skip
    orders = []
    for i, (product, code) in enumerate(plan):
        body = {"product_id": product, "quantity": 1, "buyer_name": f"Buyer {i}"}
        if code:
            body["referral_code"] = code
        r = p.host.post(f"{p.show}/orders", body)
        assert r.status_code == 201, r.text
        orders.append(r.json())
    refund = p.host.post(f"{p.show}/orders/{orders[1]['id']}/reversal", {"kind": "refund"})
    assert refund.status_code == 201 and refund.json()["referral_code"] == "CORNER"

    resellers = {x["code"]: x for x in p.host.get(f"{p.show}/resellers").json()}
    assert resellers["CORNER"]["visits"] == 8
    assert resellers["CORNER"]["orders_count"] == 3  # four attributed, one refunded
    seen: dict[str, str] = {}
    for code, reseller in resellers.items():
        st = CommissionStatement.model_validate(
            p.host.get(f"{p.show}/resellers/{code}/statement").json()
        )
        assert st.attributed_minor == reseller["revenue_minor"]
        for line in st.lines:
            assert line.order_id not in seen, "an order attributed twice"
            seen[line.order_id] = code
        path = write_statement_csv(tmp_path / f"{code}.csv", st)
        rows = list(csv.DictReader(path.open(encoding="utf-8")))
        body, total = rows[:-1], rows[-1]
        amounts = sum(Decimal(r["amount"]) for r in body)
        assert amounts * 100 == reseller["revenue_minor"]  # to the cent
        assert Decimal(total["amount"]) * 100 == reseller["revenue_minor"]
        commission = sum(Decimal(r["commission"]) for r in body)
        assert commission == Decimal(total["commission"])
        assert commission * 100 == commission_total(reseller["revenue_minor"], 1250)
    # One attribution per order: exactly the orders that carried a code, to that code.
    assert seen == {o["id"]: o["referral_code"] for o in orders if o["referral_code"]}
    corner = (tmp_path / "CORNER.csv").read_text(encoding="utf-8")
    assert "reversed" in corner and "12.5 %" in corner


def test_commission_rounds_once_and_shares_out_exactly() -> None:
    assert commission_total(3333, 1250) == 417  # 416.625 -> 417
    assert commission_total(2000, 1250) == 250
    assert commission_total(1, 5000) == 0  # 0.5 -> 0, half to even
    assert commission_total(3, 5000) == 2  # 1.5 -> 2
