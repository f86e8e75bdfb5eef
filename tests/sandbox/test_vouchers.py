"""Vouchers against the real sandbox over HTTP: claims capped by the platform under a burst
from several processes, one claim per viewer, and exact discounts on the orders that use them."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context

import requests

from tests.sandbox.conftest import Platform
from tests.sandbox.test_write_semantics import assert_problem

BURST = 1000
LIMIT = 300
PROCESSES = 4


def _sign_in(base: str, show_id: str, name: str) -> str:
    r = requests.post(
        f"{base}/shows/{show_id}/viewer-sessions",
        json={"display_name": name},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=30,
    )
    r.raise_for_status()
    token: str = r.json()["token"]
    return token


def claim_burst(url: str, tokens: list[str], start_at: float) -> list[tuple[int, str]]:
    """One process's share of the burst: every token claims once, from 16 threads, all
    starting at `start_at` (epoch seconds). Returns (status, problem slug or claim id)."""
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(pool_connections=16, pool_maxsize=16)
    session.mount("http://", adapter)

    def claim(token: str) -> tuple[int, str]:
        r = session.post(
            url,
            headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex},
            timeout=60,
        )
        body = r.json()
        return r.status_code, body.get("id") or body.get("type", "")

    time.sleep(max(0.0, start_at - time.time()))
    with ThreadPoolExecutor(16) as pool:
        return list(pool.map(claim, tokens))


def _voucher(p: Platform, **fields: object) -> dict:
    body = {
        "code": f"V{uuid.uuid4().hex[:8].upper()}",
        "kind": "percent",
        "percent_off": 15,
        "claim_limit": 5,
        "duration_s": 600,
    } | fields
    r = p.host.post(f"{p.show}/vouchers", body)
    assert r.status_code == 201, r.text
    voucher: dict = r.json()
    return voucher


def test_a_burst_of_1000_claims_from_four_processes_never_passes_the_limit(
    fresh_platform: Platform,
) -> None:
    p = fresh_platform
    voucher = _voucher(p, claim_limit=LIMIT)
    with ThreadPoolExecutor(8) as pool:
        tokens = list(
            pool.map(
                lambda i: _sign_in(p.server.api_url, p.server.show_id, f"Viewer {i}"),
                range(BURST),
            )
        )
    url = f"{p.server.api_url}{p.show}/vouchers/{voucher['id']}/claims"
    start_at = time.time() + 3.0  # every process is up and waiting by then
    shares = [tokens[i::PROCESSES] for i in range(PROCESSES)]
    with ProcessPoolExecutor(PROCESSES, mp_context=get_context("spawn")) as procs:
        results = [
            r
            for part in procs.map(claim_burst, [url] * PROCESSES, shares, [start_at] * PROCESSES)
            for r in part
        ]
    granted = [ident for status, ident in results if status == 201]
    refused = [ident for status, ident in results if status == 409]
    assert len(results) == BURST
    assert len(granted) == LIMIT and len(set(granted)) == LIMIT
    assert refused == ["/problems/voucher-exhausted"] * (BURST - LIMIT)
    after = next(v for v in p.host.get(f"{p.show}/vouchers").json() if v["id"] == voucher["id"])
    assert after["claims"] == LIMIT and after["claim_limit"] == LIMIT
    # The event log agrees: the count went up one at a time to the limit and never past it.
    events = p.host.get(f"{p.show}/events", params={"after": 0, "limit": 1000})
    counts = []
    while True:
        page = events.json()
        counts += [
            e["data"]["claims"]
            for e in page["items"]
            if e["type"] == "voucher.changed" and e["data"]["id"] == voucher["id"]
        ]
        if not page["has_more"]:
            break
        events = p.host.get(
            f"{p.show}/events", params={"after": page["last_event_id"], "limit": 1000}
        )
    assert counts == list(range(0, LIMIT + 1))


def test_one_claim_per_viewer_and_one_order_per_claim_with_an_exact_discount(
    platform: Platform,
) -> None:
    p = platform
    voucher = _voucher(p, percent_off=15, claim_limit=2)
    claims = f"{p.show}/vouchers/{voucher['id']}/claims"
    first = p.viewer.post(claims)
    assert first.status_code == 201, first.text
    again = assert_problem(p.viewer.post(claims), 409, "already-claimed")
    assert again["claim_id"] == first.json()["id"]
    buy = {"product_id": "prd_chai", "quantity": 3, "buyer_name": "Ada"}
    order = p.viewer.post(f"{p.show}/orders", buy | {"voucher_claim_id": first.json()["id"]})
    assert order.status_code == 201, order.text
    o = order.json()
    # 3 x 14.00 = 42.00; 15 % is 6.30 exactly.
    assert (o["unit_price_minor"], o["discount_minor"], o["amount_minor"]) == (1400, 630, 3570)
    assert o["voucher_id"] == voucher["id"]
    reused = p.viewer.post(f"{p.show}/orders", buy | {"voucher_claim_id": first.json()["id"]})
    assert_problem(reused, 409, "voucher-claim-used")
    forged = p.viewer.post(f"{p.show}/orders", buy | {"voucher_claim_id": "clm_nope"})
    assert_problem(forged, 422, "validation-failed")
    assert p.host.post(claims).status_code == 201  # the second and last claim
    # A third viewer: the limit is reached.
    token = _sign_in(p.server.api_url, p.server.show_id, "Late Larry")
    late = requests.post(
        p.server.api_url + claims,
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert_problem(late, 409, "voucher-exhausted")
    now = next(v for v in p.host.get(f"{p.show}/vouchers").json() if v["id"] == voucher["id"])
    assert (now["claims"], now["redeemed"]) == (2, 1)


def test_an_amount_voucher_never_makes_an_order_cost_less_than_nothing(platform: Platform) -> None:
    p = platform
    voucher = _voucher(p, kind="amount", amount_off_minor=5000, percent_off=None)
    claim = p.viewer.post(f"{p.show}/vouchers/{voucher['id']}/claims").json()
    buy = {"product_id": "prd_chai", "quantity": 1, "buyer_name": "Ada"}
    o = p.viewer.post(f"{p.show}/orders", buy | {"voucher_claim_id": claim["id"]}).json()
    assert (o["discount_minor"], o["amount_minor"]) == (1400, 0)


def test_a_voucher_expires_on_the_platform_clock_and_is_then_refused(platform: Platform) -> None:
    p = platform
    voucher = _voucher(p, duration_s=30)
    assert voucher["on_screen"] is True
    claims = f"{p.show}/vouchers/{voucher['id']}/claims"
    claim = p.viewer.post(claims).json()
    p.clock.advance(31)
    listed = p.host.get(f"{p.show}/vouchers", params={"status": "expired"}).json()
    mine = next(v for v in listed if v["id"] == voucher["id"])
    assert mine["on_screen"] is False
    assert_problem(p.host.post(claims), 409, "voucher-not-active")
    buy = {"product_id": "prd_chai", "quantity": 1, "buyer_name": "Ada"}
    late = p.viewer.post(f"{p.show}/orders", buy | {"voucher_claim_id": claim["id"]})
    assert_problem(late, 409, "voucher-not-active")


def test_one_voucher_on_screen_at_a_time_and_codes_are_unique(platform: Platform) -> None:
    p = platform
    a = _voucher(p)
    b = _voucher(p)
    vouchers = {v["id"]: v for v in p.host.get(f"{p.show}/vouchers").json()}
    assert vouchers[b["id"]]["on_screen"] and not vouchers[a["id"]]["on_screen"]
    shown = p.cohost.put(f"{p.show}/vouchers/{a['id']}/on-screen")
    assert shown.status_code == 200 and shown.json()["on_screen"]
    vouchers = {v["id"]: v for v in p.host.get(f"{p.show}/vouchers").json()}
    assert not vouchers[b["id"]]["on_screen"]
    dup = p.host.post(f"{p.show}/vouchers", {**_body_of(a), "code": a["code"]})
    assert_problem(dup, 409, "voucher-code-taken")
    ended = p.cohost.delete(f"{p.show}/vouchers/{a['id']}").json()
    assert (ended["status"], ended["on_screen"]) == ("ended", False)
    assert_problem(p.viewer.post(f"{p.show}/vouchers", _body_of(a)), 403, "forbidden")
    bad = p.host.post(f"{p.show}/vouchers", {**_body_of(a), "amount_off_minor": 100})
    assert_problem(bad, 422, "validation-failed")


def _body_of(v: dict) -> dict:
    return {
        "code": f"X{uuid.uuid4().hex[:6].upper()}",
        "kind": v["kind"],
        "percent_off": v["percent_off"],
        "claim_limit": v["claim_limit"],
        "duration_s": 60,
    }
