"""The community ledger against the real sandbox over HTTP, across three shows of one creator:
points by kind traced to their causes, refunds and cancellations in and after the return
window, self-referral and a burst of tiny orders earning nothing, tiers crossed exactly once,
vesting when the platform's clock passes the return window, and the perks the platform applies
(member price, early access to a drop, giveaway weight). Rules: docs/COMMUNITY.md."""

from __future__ import annotations

import uuid
from typing import Any

import requests

from tests.sandbox.conftest import Api, Platform
from tests.sandbox.test_write_semantics import assert_problem

DAY = 86_400
RULES: dict[str, Any] = {
    "tiers": [
        {"name": "Regular", "threshold": 50},
        {
            "name": "Insider",
            "threshold": 150,
            "member_price_percent": 5,
            "early_access_s": 600,
            "giveaway_weight": 2,
        },
        {
            "name": "Founding member",
            "threshold": 400,
            "member_price_percent": 10,
            "early_access_s": 1800,
            "giveaway_weight": 3,
        },
    ],
    "return_window_s": 3 * DAY,
    "points_per_unit": 1,
    "order_bonus": 10,
    "tiny_order_minor": 1000,
    "burst_window_s": 600,
    "referral_points": 25,
    "answer_points": 20,
    "attendance_points": 5,
    "streak_cap": 5,
}


# The test's viewers: accounts on the platform (a member is an account, not a name).
ANA, BEN = "acc_ana", "acc_ben"
ACCOUNTS = {"Ana": ANA, "Ben": BEN}


def _sign_in(p: Platform, show_id: str, name: str, viewer_id: str | None = None) -> Api:
    body = {"display_name": name}
    if viewer_id is not None:
        body["viewer_id"] = viewer_id
    r = requests.post(
        f"{p.server.api_url}/shows/{show_id}/viewer-sessions",
        json=body,
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    return Api(p.server.api_url, r.json()["token"])


def _buy(p: Platform, show_id: str, product: str, buyer: str, **extra: Any) -> dict[str, Any]:
    """A host places an order for `buyer`, as their account in `ACCOUNTS` (else none is
    sent: the platform derives one from the name, as for a client before contract 1.7.0)."""
    body = {"product_id": product, "quantity": 1, "buyer_name": buyer, **extra}
    if buyer in ACCOUNTS and "viewer_id" not in extra:
        body["viewer_id"] = ACCOUNTS[buyer]
    r = p.host.post(f"/shows/{show_id}/orders", body)
    assert r.status_code == 201, r.text
    order: dict[str, Any] = r.json()
    return order


def _member(p: Platform, show_id: str, viewer_id: str) -> dict[str, Any]:
    r = p.host.get(f"/shows/{show_id}/members/{viewer_id}")
    assert r.status_code == 200, r.text
    detail: dict[str, Any] = r.json()
    return detail


def _reverse(p: Platform, show_id: str, order_id: str, kind: str) -> dict[str, Any]:
    r = p.host.post(f"/shows/{show_id}/orders/{order_id}/reversal", {"kind": kind})
    assert r.status_code == 201, r.text
    reversal: dict[str, Any] = r.json()
    return reversal


def _events(p: Platform, show_id: str, etype: str) -> list[dict[str, Any]]:
    r = p.host.get(f"/shows/{show_id}/events", params={"after": 0, "limit": 1000})
    assert r.status_code == 200, r.text
    return [e["data"] for e in r.json()["items"] if e["type"] == etype]


def _new_show(p: Platform, title: str) -> str:
    show = p.control("shows", {"title": title, "like_show_id": p.server.show_id})
    assert show["status"] == "live"
    return str(show["id"])


def _tier_ups(p: Platform, shows: list[str], viewer_id: str) -> list[str]:
    return [
        u["member"]["tier"]
        for s in shows
        for u in _events(p, s, "member.updated")
        if u["tier_up"] and u["member"]["viewer_id"] == viewer_id
    ]


def _reseller_account(p: Platform, show_id: str, code: str) -> str:
    r = p.host.get(f"/shows/{show_id}/resellers")
    assert r.status_code == 200, r.text
    return str(next(x["viewer_id"] for x in r.json() if x["code"] == code))


def test_the_ledger_across_three_shows(fresh_platform: Platform) -> None:
    p = fresh_platform
    s1 = p.server.show_id
    r = p.host.put(f"/shows/{s1}/community/rules", RULES)
    assert r.status_code == 200, r.text
    r = p.host.session.patch(
        f"{p.host.base}/shows/{s1}/products/prd_candle",
        json={"price_minor": 300},
        headers={"Authorization": f"Bearer {p.host.token}"},
        timeout=10,
    )
    assert r.status_code == 200, r.text

    # -- show 1 ---------------------------------------------------------------------------
    skillet = _buy(p, s1, "prd_skillet", "Ana")  # 49 + 10 bonus, attendance 5 (streak 1)
    mugs = _buy(p, s1, "prd_mug-set", "Ana", referral_code="KEMI")  # 36 + 10; Kemi +25
    own = _buy(p, s1, "prd_chai", "Kitchen with Kemi", referral_code="KEMI")  # self-referral
    tiny = [_buy(p, s1, "prd_candle", "Ben") for _ in range(5)]  # 3 points, then a burst
    ben = _sign_in(p, s1, "Ben", BEN)
    q = ben.post(f"/shows/{s1}/comments", {"text": "Is it oven-safe?", "kind": "question"})
    assert q.status_code == 201, q.text
    for text in ("Yes, to 250 °C.", "And on induction."):
        r = p.host.post(f"/shows/{s1}/comments/{q.json()['id']}/replies", {"text": text})
        assert r.status_code == 201, r.text

    ana = _member(p, s1, ANA)
    assert ana["member"]["standing"] == 5 + 59 + 46
    assert ana["member"]["by_kind"] == {
        "purchase": 105,
        "answered_question": 0,
        "referral": 0,
        "attendance": 5,
    }
    assert ana["member"]["tier"] == "Regular" and ana["member"]["pending"] == 105
    assert ana["note"] == "Points are not transferable and have no cash value."
    by_order = {e["order_id"]: e for e in ana["entries"] if e["kind"] == "purchase"}
    assert set(by_order) == {skillet["id"], mugs["id"]}  # each traceable to its order

    kemi_id = _reseller_account(p, s1, "KEMI")  # seeded without one: derived from the name
    kemi = _member(p, s1, kemi_id)["entries"]
    referrals = [e for e in kemi if e["kind"] == "referral"]
    assert {(e["order_id"], e["status"]) for e in referrals} == {
        (mugs["id"], "pending"),
        (own["id"], "withheld"),
    }
    assert next(e for e in referrals if e["order_id"] == own["id"])["reason"] == "self-referral"

    ben_d = _member(p, s1, BEN)
    statuses = [
        (e["order_id"], e["status"], e["points"])
        for e in reversed(ben_d["entries"])
        if e["kind"] == "purchase"
    ]
    assert statuses[0] == (tiny[0]["id"], "pending", 3)
    assert [s[1] for s in statuses[1:]] == ["withheld"] * 4
    assert all(
        e["reason"] == "burst of tiny orders" for e in ben_d["entries"] if e["status"] == "withheld"
    )
    assert ben_d["member"]["by_kind"]["answered_question"] == 20  # once, for two replies
    assert ben_d["member"]["standing"] == 3 + 5 + 20

    refund = _reverse(p, s1, mugs["id"], "refund")
    assert refund["points_reversed"] == 46 + 25
    assert _member(p, s1, ANA)["member"]["standing"] == 64
    assert _member(p, s1, kemi_id)["member"]["by_kind"]["referral"] == 0
    cancel = _reverse(p, s1, tiny[0]["id"], "cancel")
    assert cancel["points_reversed"] == 3
    again = p.host.post(f"/shows/{s1}/orders/{tiny[0]['id']}/reversal", {"kind": "refund"})
    assert_problem(again, 409, "already-reversed")
    p.host.post(f"/shows/{s1}/end")

    # -- show 2, a day later: Ana reaches Insider, is refunded below it, reaches it again --
    p.clock.advance(DAY)
    s2 = _new_show(p, "Harvest Kitchen: Soups")
    suffix = s2[-6:]
    oven = _buy(p, s2, f"prd_dutch-oven_{suffix}", "Ana")  # 119 + 10, attendance 10 (streak 2)
    assert _member(p, s2, ANA)["member"]["tier"] == "Insider"
    _reverse(p, s2, oven["id"], "refund")
    assert _member(p, s2, ANA)["member"]["tier"] == "Regular"
    knife = _buy(p, s2, f"prd_knife_{suffix}", "Ana")  # 89 + 10: Insider again
    assert knife["member_discount_minor"] == 0  # she was a Regular when she paid
    ana = _member(p, s2, ANA)["member"]
    assert (ana["tier"], ana["standing"], ana["streak"]) == ("Insider", 64 + 10 + 99, 2)
    p.host.post(f"/shows/{s2}/end")

    # -- show 3, past show 1's return window: its orders vested ------------------------------
    p.clock.advance(2 * DAY + 1)
    s3 = _new_show(p, "Harvest Kitchen: Breads")
    suffix = s3[-6:]
    detail = _member(p, s3, ANA)
    vested = {e["order_id"]: e["status"] for e in detail["entries"] if e["kind"] == "purchase"}
    assert vested == {
        skillet["id"]: "vested",
        mugs["id"]: "reversed",
        oven["id"]: "reversed",
        knife["id"]: "pending",
    }
    assert detail["member"]["vested"] == 5 + 59 + 10  # attendance vests at once
    r = p.host.post(f"/shows/{s1}/orders/{skillet['id']}/reversal", {"kind": "refund"})
    assert r.status_code == 201 and r.json()["points_reversed"] == 0  # vested points are final
    assert _member(p, s3, ANA)["member"]["standing"] == 173

    # Welcome back: a returning Insider signs in; Ben (no tier) does not announce.
    _sign_in(p, s3, "Ana", ANA)
    _sign_in(p, s3, "Ana", ANA)
    _sign_in(p, s3, "Ben", BEN)
    arrivals = _events(p, s3, "member.arrived")
    assert [(a["member"]["name"], a["member"]["tier"], a["returning"]) for a in arrivals] == [
        ("Ana", "Insider", True)
    ]

    # Perks: early access to a drop for Insiders, the member price, the giveaway weight.
    r = p.host.post(f"/shows/{s3}/drops", {"product_id": f"prd_honey_{suffix}", "opens_in_s": 300})
    assert r.status_code == 201, r.text
    blocked = p.host.post(
        f"/shows/{s3}/orders",
        {"product_id": f"prd_honey_{suffix}", "quantity": 1, "buyer_name": "Ben", "viewer_id": BEN},
    )
    assert_problem(blocked, 409, "drop-not-open")
    honey = _buy(p, s3, f"prd_honey_{suffix}", "Ana")
    assert honey["member_discount_minor"] == 1600 * 5 // 100
    assert honey["amount_minor"] == 1600 - 80
    ana = _member(p, s3, ANA)["member"]
    assert ana["giveaway_weight"] == 2 and ana["streak"] == 3 and ana["shows_attended"] == 3
    assert ana["by_kind"]["attendance"] == 5 + 10 + 15

    # Tier thresholds crossed exactly once, whatever refunds did in between.
    assert _tier_ups(p, [s1, s2, s3], ANA) == ["Regular", "Insider"]

    board = p.host.get(f"/shows/{s3}/members", params={"limit": 3}).json()
    assert board[0]["name"] == "Ana" and len(board) == 3
    assert [m["standing"] for m in board] == sorted((m["standing"] for m in board), reverse=True)


def test_rules_must_rise_and_viewers_cannot_look_members_up(platform: Platform) -> None:
    s = platform.server.show_id
    bad = {**RULES, "tiers": [{"name": "A", "threshold": 100}, {"name": "B", "threshold": 100}]}
    assert_problem(platform.host.put(f"/shows/{s}/community/rules", bad), 422, "validation-failed")
    r = platform.viewer.get(f"/shows/{s}/members/Ana")
    assert_problem(r, 403, "forbidden")
    r = platform.host.get(f"/shows/{s}/members/Nobody%20Here")
    assert_problem(r, 404, "not-found")
    rules = platform.viewer.get(f"/shows/{s}/community/rules").json()
    assert [t["name"] for t in rules["tiers"]] == ["Regular", "Insider", "Founding member"]
