"""Write semantics of the platform contract, against the real sandbox over HTTP."""

from __future__ import annotations

import threading
import uuid

import requests

from tests.sandbox.conftest import Api, Platform

PROBLEM = "application/problem+json"


def assert_problem(r: requests.Response, status: int, slug: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status
    assert body["type"] == f"/problems/{slug}"
    assert body["title"] and body["detail"]
    return body


def order(product: str = "prd_chai", qty: int = 1, buyer: str = "Ada L.") -> dict:
    return {"product_id": product, "quantity": qty, "buyer_name": buyer}


def test_a_retried_purchase_is_charged_once(platform: Platform) -> None:
    before = platform.host.get(f"{platform.show}/orders", params={"limit": 1000}).json()
    key = uuid.uuid4().hex
    first = platform.viewer.post(f"{platform.show}/orders", order(), key=key)
    again = platform.viewer.post(f"{platform.show}/orders", order(), key=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    after = platform.host.get(
        f"{platform.show}/orders", params={"after_seq": before["last_seq"]}
    ).json()
    assert [o["id"] for o in after["items"]] == [first.json()["id"]]


def test_idempotency_keys_belong_to_their_caller(platform: Platform) -> None:
    key = uuid.uuid4().hex
    a = platform.viewer.post(f"{platform.show}/orders", order(), key=key)
    b = platform.host.post(f"{platform.show}/orders", order(), key=key)
    assert a.status_code == b.status_code == 201
    assert a.json()["id"] != b.json()["id"]


def test_same_key_for_a_different_write_is_refused(platform: Platform) -> None:
    key = uuid.uuid4().hex
    assert platform.viewer.post(f"{platform.show}/orders", order(), key=key).status_code == 201
    r = platform.viewer.post(f"{platform.show}/orders", order(qty=2), key=key)
    assert_problem(r, 422, "idempotency-key-reused")


def test_post_without_idempotency_key_is_refused(platform: Platform) -> None:
    r = platform.viewer.post(f"{platform.show}/orders", order(), key=None)
    assert_problem(r, 400, "idempotency-key-missing")
    r = platform.viewer.post(f"{platform.show}/orders", order(), key="has space")
    assert_problem(r, 400, "idempotency-key-invalid")


def test_failed_write_is_not_remembered(platform: Platform) -> None:
    key = uuid.uuid4().hex
    r = platform.viewer.post(f"{platform.show}/orders", order(qty=0), key=key)
    assert_problem(r, 422, "validation-failed")
    # Same key, fixed body: nothing was stored for the failure, so this is a new write.
    r = platform.viewer.post(f"{platform.show}/orders", order(qty=1), key=key)
    assert r.status_code == 201


def test_concurrent_duplicates_place_one_order(platform: Platform) -> None:
    key = uuid.uuid4().hex
    results: list[requests.Response] = []

    def buy() -> None:
        results.append(
            Api(platform.viewer.base, platform.viewer.token).post(
                f"{platform.show}/orders", order(), key=key
            )
        )

    threads = [threading.Thread(target=buy) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ok = [r for r in results if r.status_code == 201]
    assert ok, [r.text for r in results]
    assert len({r.json()["id"] for r in ok}) == 1
    for r in results:
        if r.status_code != 201:
            assert_problem(r, 409, "idempotency-key-in-use")
            assert r.headers["Retry-After"] == "1"


def test_two_cohosts_never_overwrite_each_other(platform: Platform) -> None:
    path = f"{platform.show}/queue"
    seen = platform.host.get(path)
    assert seen.headers["ETag"] == f'"{seen.json()["version"]}"'
    version = seen.json()["version"]
    ids = seen.json()["product_ids"]

    mine = platform.host.put(path, {"product_ids": ids[::-1]}, headers={"If-Match": f'"{version}"'})
    assert mine.status_code == 200
    assert mine.json()["version"] == version + 1

    theirs = platform.cohost.put(
        path, {"product_ids": ["prd_knife", *ids]}, headers={"If-Match": f'"{version}"'}
    )
    body = assert_problem(theirs, 412, "stale-version")
    assert body["current"] == mine.json()
    assert theirs.headers["ETag"] == f'"{version + 1}"'

    merged = ["prd_knife", *body["current"]["product_ids"]]
    retry = platform.cohost.put(
        path, {"product_ids": merged}, headers={"If-Match": theirs.headers["ETag"]}
    )
    assert retry.status_code == 200
    assert retry.json()["product_ids"] == merged


def test_queue_edit_needs_if_match(platform: Platform) -> None:
    r = platform.host.put(f"{platform.show}/queue", {"product_ids": []})
    assert_problem(r, 428, "precondition-required")
    r = platform.host.put(
        f"{platform.show}/queue", {"product_ids": []}, headers={"If-Match": "yesterday"}
    )
    assert_problem(r, 400, "bad-if-match")


def test_validation_errors_name_the_fields(platform: Platform) -> None:
    r = platform.viewer.post(
        f"{platform.show}/orders", {"product_id": "prd_chai", "quantity": 0, "buyer_name": ""}
    )
    body = assert_problem(r, 422, "validation-failed")
    locs = {e["loc"] for e in body["errors"]}
    assert {"body.quantity", "body.buyer_name"} <= locs

    version = platform.host.get(f"{platform.show}/queue").json()["version"]
    r = platform.host.put(
        f"{platform.show}/queue",
        {"product_ids": ["prd_chai", "prd_chai"]},
        headers={"If-Match": str(version)},
    )
    assert "repeated: prd_chai" in assert_problem(r, 422, "validation-failed")["detail"]
    r = platform.host.put(
        f"{platform.show}/queue",
        {"product_ids": ["prd_chai", "prd_nope"]},
        headers={"If-Match": str(version)},
    )
    body = assert_problem(r, 422, "validation-failed")
    assert body["errors"] == [{"loc": "body.product_ids.1", "message": "unknown product"}]

    r = platform.host.post(
        f"{platform.show}/timers",
        {
            "product_id": "prd_chai",
            "flash_price_minor": 900,
            "duration_s": 30,
            "ends_at": "2030-01-01T00:00:00Z",
        },
    )
    assert "exactly one of" in assert_problem(r, 422, "validation-failed")["detail"]
    r = platform.host.post(
        f"{platform.show}/timers",
        {"product_id": "prd_chai", "flash_price_minor": 99999, "duration_s": 30},
    )
    assert "below the regular price" in assert_problem(r, 422, "validation-failed")["detail"]

    r = platform.viewer.session.post(
        platform.viewer.base + f"{platform.show}/orders",
        data=b"{not json",
        headers={
            "Authorization": f"Bearer {platform.viewer.token}",
            "Idempotency-Key": uuid.uuid4().hex,
            "Content-Type": "application/json",
        },
        timeout=10,
    )
    assert_problem(r, 400, "bad-json")


def test_errors_are_problem_details(platform: Platform) -> None:
    assert_problem(platform.host.get("/shows/shw_nope"), 404, "not-found")
    assert_problem(platform.host.get(f"{platform.show}/products/prd_nope"), 404, "not-found")
    assert_problem(platform.host.get("/no-such-thing"), 404, "not-found")
    r = requests.get(f"{platform.server.api_url}/me", timeout=10)
    assert_problem(r, 401, "unauthorized")
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    r = Api(platform.server.api_url, "st_host_forged").get("/me")
    assert_problem(r, 401, "unauthorized")
    r = platform.viewer.post(f"{platform.show}/orders", order(product="prd_knife", qty=10))
    assert r.status_code in (201, 409)


def test_out_of_stock_is_a_conflict_with_the_stock_left(fresh_platform: Platform) -> None:
    p = fresh_platform
    p.host.session.patch(
        p.host.base + f"{p.show}/products/prd_honey",
        json={"stock": 2},
        headers={"Authorization": f"Bearer {p.host.token}"},
        timeout=10,
    ).raise_for_status()
    assert p.viewer.post(f"{p.show}/orders", order("prd_honey", 2)).status_code == 201
    body = assert_problem(
        p.viewer.post(f"{p.show}/orders", order("prd_honey", 1)), 409, "out-of-stock"
    )
    assert body["stock"] == 0


def test_rate_limit_answers_429_with_retry_after(platform: Platform) -> None:
    platform.control("faults", {"rate_limit_per_s": 2, "rate_limit_burst": 4})
    try:
        codes = []
        for _ in range(8):
            r = platform.viewer.get(f"{platform.show}/queue")
            codes.append(r.status_code)
            if r.status_code == 429:
                body = assert_problem(r, 429, "rate-limited")
                retry = int(r.headers["Retry-After"])
                assert retry >= 1 and body["retry_after"] == retry
        assert codes[:4] == [200] * 4 and 429 in codes
        # Another caller has its own bucket.
        assert platform.cohost.get(f"{platform.show}/queue").status_code == 200
    finally:
        platform.control("faults", {"reset": True})


def test_cursor_pagination_walks_the_catalog_once(platform: Platform) -> None:
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 5} | ({"cursor": cursor} if cursor else {})
        page = platform.viewer.get(f"{platform.show}/products", params=params).json()
        seen += [p["id"] for p in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3 and len(seen) == len(set(seen)) == 12
    r = platform.viewer.get(f"{platform.show}/products", params={"cursor": "bogus!"})
    assert_problem(r, 400, "bad-cursor")
    r = platform.viewer.get(f"{platform.show}/products", params={"limit": 0})
    assert_problem(r, 422, "validation-failed")


def test_orders_poll_by_sequence_without_gaps(platform: Platform) -> None:
    start = platform.host.get(f"{platform.show}/orders", params={"limit": 1000}).json()["last_seq"]
    placed = platform.control("simulator/burst", {"orders": 25})["orders"]
    assert placed == 25
    seqs: list[int] = []
    after = start
    while True:
        page = platform.cohost.get(
            f"{platform.show}/orders", params={"after_seq": after, "limit": 10}
        ).json()
        seqs += [o["seq"] for o in page["items"]]
        after = page["last_seq"]
        if not page["has_more"]:
            break
    assert seqs == list(range(start + 1, start + 26))


def test_roles_are_enforced(platform: Platform) -> None:
    show = platform.show
    assert_problem(platform.cohost.post(f"{show}/end"), 403, "forbidden")
    r = platform.cohost.post(f"{show}/stream-key")
    assert "only the host" in assert_problem(r, 403, "forbidden")["detail"]
    assert_problem(platform.cohost.post(f"{show}/cohosts", {"name": "X"}), 403, "forbidden")
    assert_problem(platform.viewer.put(f"{show}/pin", {"product_id": "prd_chai"}), 403, "forbidden")
    r = platform.viewer.put(f"{show}/queue", {"product_ids": []}, headers={"If-Match": "*"})
    assert_problem(r, 403, "forbidden")
    assert_problem(platform.viewer.get(f"{show}/orders"), 403, "forbidden")
    assert_problem(platform.cohost.post(f"{show}/orders", order()), 403, "forbidden")
    # What they may do.
    assert platform.cohost.put(f"{show}/pin", {"product_id": "prd_candle"}).status_code == 200
    assert platform.viewer.get(f"{show}/pin").json()["product_id"] == "prd_candle"
    assert platform.viewer.post(f"{show}/comments", {"text": "hi"}).status_code == 201
    # Co-host and viewer tokens are bound to their show.
    other = next(
        s["id"]
        for s in platform.host.get("/shows").json()["items"]
        if s["id"] != platform.server.show_id
    )
    assert_problem(platform.cohost.get(f"/shows/{other}"), 403, "forbidden")
    assert [s["id"] for s in platform.viewer.get("/shows").json()["items"]] == [
        platform.server.show_id
    ]
    me = platform.cohost.get("/me").json()
    assert me["role"] == "cohost" and me["show_id"] == platform.server.show_id


def test_host_ends_the_show_and_it_stays_ended(fresh_platform: Platform) -> None:
    p = fresh_platform
    r = p.host.post(f"{p.show}/end")
    assert r.status_code == 200 and r.json()["status"] == "ended"
    assert p.host.post(f"{p.show}/end").json()["status"] == "ended"
    assert_problem(p.host.post(f"{p.show}/start"), 409, "show-ended")
    assert_problem(p.viewer.post(f"{p.show}/orders", order()), 409, "show-not-live")
    assert_problem(p.cohost.put(f"{p.show}/pin", {"product_id": "prd_chai"}), 409, "show-ended")


def test_stream_key_is_shown_once_and_rotates(fresh_platform: Platform) -> None:
    p = fresh_platform
    hook = p.server.on_publish_url
    old = p.server.stream_key
    assert requests.post(hook, data={"name": old, "app": "live"}, timeout=10).status_code == 200
    show = p.host.get(p.show).json()
    assert old not in str(show) and show["stream_key_hint"] == "****" + old[-4:]

    r = p.host.post(f"{p.show}/stream-key")
    assert r.status_code == 201
    new = r.json()["stream_key"]
    assert new != old and r.json()["ingest_url"] == show["ingest_url"]
    assert p.host.get(p.show).json()["stream_key_hint"] == "****" + new[-4:]
    assert requests.post(hook, data={"name": old}, timeout=10).status_code == 403
    assert requests.post(hook, data={"name": new}, timeout=10).status_code == 200


def test_invited_cohost_gets_a_working_token(fresh_platform: Platform) -> None:
    p = fresh_platform
    r = p.host.post(f"{p.show}/cohosts", {"name": "Rae"})
    assert r.status_code == 201
    rae = Api(p.server.api_url, r.json()["token"])
    assert rae.get("/me").json() == {
        "name": "Rae",
        "role": "cohost",
        "show_id": p.server.show_id,
        "viewer_id": None,
    }
    names = [c["name"] for c in p.cohost.get(f"{p.show}/cohosts").json()]
    assert names == ["Jun Park", "Rae"]
