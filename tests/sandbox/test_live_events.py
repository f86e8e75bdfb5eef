"""Live changes: the event stream, its resume, the polling fallback, timers, ingest, faults."""

from __future__ import annotations

import json

import requests

from studio.sandbox.simulator import OrderSimulator
from tests.sandbox.conftest import Platform, read_sse


def stream(p: Platform, **kw) -> requests.Response:
    headers = {"Authorization": f"Bearer {p.server.host_token}", **kw.pop("headers", {})}
    r = requests.get(
        f"{p.server.api_url}{p.show}/events/stream",
        headers=headers,
        stream=True,
        timeout=(5, 5),
        **kw,
    )
    return r


def poll_ids(p: Platform, after: int) -> list[int]:
    ids: list[int] = []
    while True:
        page = p.cohost.get(f"{p.show}/events", params={"after": after, "limit": 50}).json()
        ids += [e["id"] for e in page["items"]]
        after = page["last_event_id"]
        if not page["has_more"]:
            return ids


def test_stream_resumes_after_a_drop_with_no_gap_and_no_duplicate(platform: Platform) -> None:
    p = platform
    start = int(p.host.get(f"{p.show}/queue").headers["X-Last-Event-Id"])
    got: list[int] = []
    with stream(p, params={"after": start}) as s:
        assert s.headers["content-type"].startswith("text/event-stream")
        p.control("simulator/burst", {"orders": 30})
        events, _ = read_sse(s, 20)
    got += [e.id for e in events]
    assert len(got) == 20
    # Meanwhile more happens while we are away.
    p.control("simulator/burst", {"orders": 30})
    with stream(p, headers={"Last-Event-ID": str(got[-1])}) as s:
        expected = poll_ids(p, start)
        events, _ = read_sse(s, len(expected) - len(got))
    got += [e.id for e in events]
    assert got == expected
    assert len(set(got)) == len(got)


def test_events_carry_their_resource(platform: Platform) -> None:
    p = platform
    with stream(p) as s:
        p.cohost.put(f"{p.show}/pin", {"product_id": "prd_mug-set"})
        p.viewer.post(f"{p.show}/comments", {"text": "Is it dishwasher-safe?", "kind": "question"})
        p.viewer.post(
            f"{p.show}/orders", {"product_id": "prd_mug-set", "quantity": 2, "buyer_name": "Ola"}
        )
        events, _ = read_sse(s, 5)
    by_type = {e.type: e for e in events}
    assert by_type["pin.changed"].data["data"]["product_id"] == "prd_mug-set"
    assert by_type["comment.created"].data["data"]["kind"] == "question"
    placed = by_type["order.created"].data["data"]
    assert placed["quantity"] == 2 and placed["buyer_name"] == "Ola"
    assert placed["amount_minor"] == 2 * placed["unit_price_minor"]
    # A themed show doubles loyalty points: 72.00 EUR → 144 points.
    assert placed["points_earned"] == (placed["amount_minor"] // 100) * 2
    assert "supporter.joined" in by_type
    for e in events:
        assert e.data["id"] == e.id and e.data["type"] == e.type
        assert e.data["show_id"] == p.server.show_id


def test_idle_stream_sends_heartbeats(platform: Platform) -> None:
    with stream(platform) as s:
        lines = []
        for line in s.iter_lines(decode_unicode=True):
            lines.append(line)
            if line == ": ping":
                break
    assert lines[0].startswith("retry: ")


def test_dropped_and_refused_streams(platform: Platform) -> None:
    p = platform
    with stream(p) as s:
        p.control("faults", {"drop_streams": True})
        # The server ends the response; iter_lines finishes instead of blocking.
        assert [line for line in s.iter_lines(decode_unicode=True) if line.startswith("id:")] == []
    p.control("faults", {"refuse_streams": True})
    try:
        r = stream(p)
        assert r.status_code == 503 and r.headers["Retry-After"] == "1"
    finally:
        p.control("faults", {"reset": True})


def test_flash_sale_timer_prices_orders_and_ends_on_time(fresh_platform: Platform) -> None:
    p = fresh_platform
    with stream(p) as s:
        r = p.cohost.post(
            f"{p.show}/timers",
            {"product_id": "prd_candle", "flash_price_minor": 1200, "duration_s": 60},
        )
        assert r.status_code == 201
        timer = r.json()
        assert timer["status"] == "active"
        assert p.viewer.get(f"{p.show}/products/prd_candle").json()["flash_price_minor"] == 1200
        again = p.cohost.post(
            f"{p.show}/timers",
            {"product_id": "prd_candle", "flash_price_minor": 1000, "duration_s": 60},
        )
        assert again.status_code == 409
        bought = p.viewer.post(
            f"{p.show}/orders", {"product_id": "prd_candle", "quantity": 1, "buyer_name": "Io"}
        ).json()
        assert bought["flash"] and bought["unit_price_minor"] == 1200
        p.clock.advance(61)
        p.server.tick(0.5)
        events, _ = read_sse(s, 100, deadline_s=5, until=lambda e: e.type == "timer.ended")
    types = [e.type for e in events]
    assert types.index("timer.started") < types.index("order.created") < types.index("timer.ended")
    ended = next(e for e in events if e.type == "timer.ended").data["data"]
    assert ended["id"] == timer["id"] and ended["status"] == "ended"
    assert p.viewer.get(f"{p.show}/products/prd_candle").json()["flash_price_minor"] is None


def test_flash_rush_sells_out_without_overselling(fresh_platform: Platform) -> None:
    p = fresh_platform
    timer = p.control("simulator/flash-rush", {"product_id": "prd_knife", "stock": 12})
    assert timer["status"] == "active"
    for _ in range(10):
        p.server.tick(5)
    product = p.viewer.get(f"{p.show}/products/prd_knife").json()
    assert product["stock"] == 0
    orders = p.host.get(f"{p.show}/orders", params={"limit": 1000}).json()["items"]
    knives = [o for o in orders if o["product_id"] == "prd_knife"]
    assert sum(o["quantity"] for o in knives) == 12
    assert all(o["flash"] for o in knives)
    assert min(o["stock_remaining"] for o in knives) == 0


def test_simulated_audience_is_reproducible(fresh_platform: Platform) -> None:
    p = fresh_platform
    store = p.server.store
    assert store is not None
    sim = OrderSimulator(store, p.server.show_id, rate=4.0, seed=99)
    first = [(o.product_id, o.quantity, o.buyer_name) for o in sim.tick(10)]
    assert len(first) == 40
    sim2 = OrderSimulator(store, p.server.show_id, rate=4.0, seed=99)
    # Same seed, same choices (stock and pin permitting: plenty of both here).
    assert [(o.product_id, o.quantity, o.buyer_name) for o in sim2.tick(10)] == first
    codes = {
        o["referral_code"]
        for o in p.host.get(f"{p.show}/orders", params={"limit": 1000}).json()["items"]
    }
    assert codes & {"KEMI", "SLOWCOOK"}
    resellers = p.cohost.get(f"{p.show}/resellers").json()
    assert sum(r["orders_count"] for r in resellers) > 0
    supporters = p.viewer.get(f"{p.show}/supporters", params={"limit": 200}).json()["items"]
    assert supporters and all(s["points"] >= 0 for s in supporters)
    assert p.viewer.get(f"{p.show}/comments").json()["items"]
    assert p.viewer.get(f"{p.show}/viewers").json()["count"] > 0


def test_ingest_health_reports_and_goes_offline_when_silent(fresh_platform: Platform) -> None:
    p = fresh_platform
    health = p.cohost.get(f"{p.show}/ingest-health").json()
    assert health["state"] == "offline"
    with stream(p) as s:
        report = {"video_arriving": True, "audio_arriving": True, "bitrate_kbps": 4500, "fps": 30}
        r = p.host.post(f"{p.show}/ingest-health", {**report, "width": 1280, "height": 720})
        assert r.status_code == 200 and r.json()["state"] == "receiving"
        # Small wobble: no new event. A big drop: degraded, announced.
        p.host.post(
            f"{p.show}/ingest-health",
            {**report, "bitrate_kbps": 4400, "width": 1280, "height": 720},
        )
        p.host.post(f"{p.show}/ingest-health", {**report, "fps": 9, "width": 1280, "height": 720})
        p.clock.advance(30)
        p.server.tick(0.1)
        events, _ = read_sse(s, 3, deadline_s=5)
    states = [e.data["data"]["state"] for e in events if e.type == "ingest.changed"]
    assert states == ["receiving", "degraded", "offline"]
    assert p.cohost.get(f"{p.show}/ingest-health").json()["state"] == "offline"
    assert p.cohost.post(f"{p.show}/ingest-health", report).status_code == 403


def test_injected_faults(platform: Platform) -> None:
    p = platform
    try:
        p.control("faults", {"error_rate": 1.0})
        r = p.viewer.get(f"{p.show}/queue")
        assert r.status_code == 503 and r.headers["Retry-After"] == "1"
        assert r.json()["type"] == "/problems/unavailable"

        p.control("faults", {"error_rate": 0.0, "garbage_rate": 1.0})
        key = "garbled-order-1"
        body = {"product_id": "prd_chai", "quantity": 1, "buyer_name": "Gus"}
        r = p.viewer.post(f"{p.show}/orders", body, key=key)
        try:
            json.loads(r.content)
            raise AssertionError("expected an unreadable body")
        except ValueError:
            pass
        p.control("faults", {"garbage_rate": 0.0})
        # The write happened; the retry with the same key reads its result.
        r = p.viewer.post(f"{p.show}/orders", body, key=key)
        assert r.status_code == 201 and r.headers["Idempotent-Replayed"] == "true"

        p.control("faults", {"delay_ms": 150})
        r = p.viewer.get(f"{p.show}/queue")
        assert r.status_code == 200 and r.elapsed.total_seconds() >= 0.15
    finally:
        p.control("faults", {"reset": True})


def test_product_images_are_served(platform: Platform) -> None:
    product = platform.viewer.get(f"{platform.show}/products/prd_skillet").json()
    assert product["image_url"].startswith(platform.server.url + "/media/")
    r = requests.get(product["image_url"], timeout=10)
    assert r.status_code == 200 and r.headers["content-type"] == "image/jpeg"
    assert r.content[:3] == b"\xff\xd8\xff"
    assert requests.get(platform.server.url + "/media/..%2Fsecret", timeout=10).status_code == 404


def test_selling_out_during_a_flash_sale_ends_the_sale(fresh_platform: Platform) -> None:
    """A sale of nothing left is a false claim: the order that takes the last unit ends it."""
    p = fresh_platform
    stock = p.viewer.get(f"{p.show}/products/prd_candle").json()["stock"]
    r = p.cohost.post(
        f"{p.show}/timers",
        {"product_id": "prd_candle", "flash_price_minor": 1200, "duration_s": 120},
    )
    assert r.status_code == 201
    timer = r.json()
    with stream(p) as s:
        while stock > 0:
            q = min(10, stock)
            bought = p.viewer.post(
                f"{p.show}/orders",
                {"product_id": "prd_candle", "quantity": q, "buyer_name": "Io"},
            )
            assert bought.status_code == 201, bought.text
            stock -= q
        events, _ = read_sse(s, 400, deadline_s=5, until=lambda e: e.type == "timer.ended")
    ended = next(e for e in events if e.type == "timer.ended").data["data"]
    assert ended["id"] == timer["id"] and ended["status"] == "ended"
    product = p.viewer.get(f"{p.show}/products/prd_candle").json()
    assert product["stock"] == 0 and product["flash_price_minor"] is None
    timers = p.viewer.get(f"{p.show}/timers").json()
    assert all(t["status"] != "active" for t in timers)


def test_a_free_flash_sale_is_refused(fresh_platform: Platform) -> None:
    p = fresh_platform
    r = p.cohost.post(
        f"{p.show}/timers", {"product_id": "prd_candle", "flash_price_minor": 0, "duration_s": 60}
    )
    assert r.status_code == 422
    assert r.headers["Content-Type"].startswith("application/problem+json")
