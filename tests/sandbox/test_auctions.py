"""Live auctions over HTTP against the real sandbox: the platform is the only clock and judge.

The platform's clock is the fixture's `FakeClock`, so "the last second" is exact: the test
moves the clock to 0.8 s before the end and lets a crowd of bidders, in several processes,
bid at once.
"""

from __future__ import annotations

import multiprocessing
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from typing import Any

import pytest

from tests.sandbox.bidders import Attempt, bid_crowd
from tests.sandbox.conftest import Api, Platform


def _ts(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def _viewers(p: Platform, n: int, prefix: str) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        name = f"{prefix} {i:03d}"
        r = p.host.post(f"{p.show}/viewer-sessions", {"display_name": name})
        assert r.status_code == 201, r.text
        out.append((r.json()["token"], name))
    return out


def _start(p: Platform, **body: Any) -> dict[str, Any]:
    body = {"product_id": "prd_candle", "starting_bid_minor": 1000, "duration_s": 60} | body
    r = p.host.post(f"{p.show}/auctions", body)
    assert r.status_code == 201, r.text
    return dict(r.json())


def _bid(p: Platform, token: str, auction_id: str, amount: int) -> Any:
    viewer = Api(p.server.api_url, token)
    return viewer.post(f"{p.show}/auctions/{auction_id}/bids", {"amount_minor": amount})


def _crowd(url: str, groups: list[list[tuple[str, str]]], amount: int, seed: int) -> list[Attempt]:
    """Each group bids from its own process, all at the same wall-clock moment."""
    ctx = multiprocessing.get_context("spawn")  # no fork of a process running uvicorn
    with ProcessPoolExecutor(len(groups), mp_context=ctx) as pool:
        pool.submit(time.sleep, 0).result()  # processes up before the countdown
        go_at = time.time() + 1.5
        futures = [
            pool.submit(bid_crowd, url, g, amount, go_at, seed + i) for i, g in enumerate(groups)
        ]
        return [a for f in futures for a in f.result()]


def _orders_of(p: Platform, auction_id: str) -> list[dict[str, Any]]:
    items = p.host.get(f"{p.show}/orders", params={"limit": 1000}).json()["items"]
    return [o for o in items if o.get("auction_id") == auction_id]


def test_two_hundred_bidders_fifty_in_the_last_second_make_one_winner_and_one_order(
    fresh_platform: Platform,
) -> None:
    p = fresh_platform
    a = _start(p, duration_s=60, extend_window_s=10, max_extension_s=120, increment_minor=100)
    bids_url = f"{p.server.api_url}{p.show}/auctions/{a['id']}/bids"
    crowd = _viewers(p, 200, "Bidder")
    early, late = crowd[:150], crowd[150:]

    p.clock.advance(20)  # 40 s left: no extension from these
    first = _crowd(bids_url, [early[i::3] for i in range(3)], 1000, seed=1)
    mid = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert mid["ends_at"] == a["ends_at"]  # nothing came within the window

    p.clock.advance(39.2)  # 0.8 s left
    last_second = p.clock.now
    second = _crowd(bids_url, [late[i::4] for i in range(4)], mid["next_min_bid_minor"], seed=9)
    assert {a.name for a in second} == {name for _, name in late}  # all 50 bid

    attempts = first + second
    assert all(x.status in (201, 409) for x in attempts), {x.status for x in attempts}
    accepted = sorted((x for x in attempts if x.status == 201), key=lambda x: x.seq or 0)
    assert [x.seq for x in accepted] == list(range(1, len(accepted) + 1))  # no gap, no repeat
    amounts = [x.amount for x in accepted]
    assert amounts == sorted(amounts) and len(set(amounts)) == len(amounts)
    assert any(x.status == 201 for x in second)

    page = p.host.get(f"{p.show}/auctions/{a['id']}/bids", params={"limit": 1000}).json()
    assert [b["seq"] for b in page["items"]] == [x.seq for x in accepted]
    extended = [b for b in page["items"] if b["extended"]]
    assert len(extended) == 1  # the first bid of the last second; the others find 10 s left
    assert extended[0]["seq"] == min(x.seq for x in accepted if x in second)

    now = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert _ts(now["ends_at"]) == pytest.approx(last_second + 10, abs=1e-3)
    top = accepted[-1]
    assert (now["current_bid_minor"], now["leading_bidder"]) == (top.amount, top.name)
    assert now["bid_count"] == len(accepted)

    p.clock.advance(10.5)
    p.server.tick(0.1)
    p.server.tick(0.1)  # settling twice must not sell twice
    done = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert done["status"] == "sold" and done["winner_name"] == top.name
    orders = _orders_of(p, a["id"])
    assert len(orders) == 1
    assert orders[0]["id"] == done["order_id"]
    assert (orders[0]["buyer_name"], orders[0]["amount_minor"]) == (top.name, top.amount)
    late_bid = _bid(p, late[0][0], a["id"], top.amount + 10_000)
    assert late_bid.status_code == 409 and late_bid.json()["type"].endswith("/auction-ended")


def test_the_extension_is_capped(platform: Platform) -> None:
    p = platform
    a = _start(p, duration_s=30, extend_window_s=10, max_extension_s=15)
    (t1, _), (t2, _) = _viewers(p, 2, "Capped")
    scheduled = _ts(a["scheduled_ends_at"])
    amount = 1000
    for turn in range(5):
        p.clock.now = min(p.clock.now + 29 if turn == 0 else p.clock.now + 9, scheduled + 14.9)
        r = _bid(p, t1 if turn % 2 == 0 else t2, a["id"], amount)
        assert r.status_code == 201, r.text
        amount += 100
    now = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert _ts(now["ends_at"]) == pytest.approx(scheduled + 15, abs=1e-3)
    p.clock.now = scheduled + 15.001  # (the published times are rounded to the microsecond)
    r = _bid(p, t1, a["id"], amount + 1000)
    assert r.status_code == 409 and r.json()["type"].endswith("/auction-ended")
    assert p.host.get(f"{p.show}/auctions/{a['id']}").json()["status"] == "sold"


def test_sudden_death_never_extends(platform: Platform) -> None:
    p = platform
    a = _start(p, duration_s=20, mode="sudden_death", starting_bid_minor=500)
    crowd = _viewers(p, 10, "Sudden")
    p.clock.advance(19.5)
    amount = 500
    for token, _ in crowd:
        r = _bid(p, token, a["id"], amount)
        assert r.status_code == 201, r.text
        assert r.json()["extended"] is False and r.json()["ends_at"] == a["ends_at"]
        amount = r.json()["next_min_bid_minor"]
    p.clock.advance(0.5)  # exactly at the end: closed
    r = _bid(p, crowd[0][0], a["id"], amount)
    assert r.status_code == 409 and r.json()["type"].endswith("/auction-ended")
    done = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert done["status"] == "sold" and done["ends_at"] == a["ends_at"]
    assert len(_orders_of(p, a["id"])) == 1


def test_a_reserve_not_met_ends_not_sold_with_no_order(platform: Platform) -> None:
    p = platform
    before = p.host.get(f"{p.show}/products/prd_candle").json()["stock"]
    a = _start(p, reserve_minor=5000, starting_bid_minor=1000, duration_s=15)
    assert a["has_reserve"] and not a["reserve_met"] and a["reserve_minor"] == 5000  # the host
    assert p.host.get(f"{p.show}/products/prd_candle").json()["stock"] == before - 1  # held
    (t1, _), (t2, _) = _viewers(p, 2, "Reserve")
    assert _bid(p, t1, a["id"], 1000).status_code == 201
    r = _bid(p, t2, a["id"], 3000)
    assert r.status_code == 201
    p.clock.advance(16)
    p.server.tick(0.1)
    done = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert done["status"] == "not_sold" and done["order_id"] is None
    assert done["winner_name"] is None and done["current_bid_minor"] == 3000
    assert _orders_of(p, a["id"]) == []
    assert p.host.get(f"{p.show}/products/prd_candle").json()["stock"] == before  # back


def test_the_reserve_is_told_to_the_host_and_cohosts_and_never_to_viewers(
    platform: Platform,
) -> None:
    """Host and co-host read the reserve they set on every answer (also after a restart of
    the studio: a fresh read); viewers and moderators never, neither in answers nor in the
    event stream, whatever happens to the auction."""
    p = platform
    a = _start(p, reserve_minor=4321, starting_bid_minor=1000, duration_s=15)
    (t1, _), (t2, _) = _viewers(p, 2, "Floor")
    viewer = Api(p.server.api_url, t1)
    mod = p.host.post(f"{p.show}/cohosts", {"name": "Mo", "role": "moderator"})
    assert mod.status_code == 201, mod.text
    moderator = Api(p.server.api_url, mod.json()["token"])
    one, every = f"{p.show}/auctions/{a['id']}", f"{p.show}/auctions"
    for api in (p.host, p.cohost):
        assert api.get(one).json()["reserve_minor"] == 4321
        mine = [x for x in api.get(every).json() if x["id"] == a["id"]]
        assert [x.get("reserve_minor") for x in mine] == [4321]
    assert _bid(p, t2, a["id"], 5000).status_code == 201  # met now: still the host's only
    p.clock.advance(16)
    p.server.tick(0.1)
    assert p.cohost.get(one).json()["reserve_minor"] == 4321
    for api in (viewer, moderator):
        for body in api.get(every).json():
            assert body.get("reserve_minor") is None, body
        body = api.get(one).json()
        assert body.get("reserve_minor") is None and body["has_reserve"] is True  # that is public
    raw = viewer.get(f"{p.show}/events", params={"after": 0, "limit": 1000}).text
    assert a["id"] in raw and "4321" not in raw  # nor in any event
    assert "4321" not in moderator.get(f"{p.show}/events", params={"limit": 1000}).text


def test_bids_are_judged_and_replays_change_nothing(platform: Platform) -> None:
    p = platform
    a = _start(p, starting_bid_minor=2000, increment_minor=50, increment_percent=10)
    (t1, n1), (t2, _) = _viewers(p, 2, "Judged")
    too_low = _bid(p, t1, a["id"], 1999)
    assert too_low.status_code == 409 and too_low.json()["next_min_bid_minor"] == 2000
    viewer = Api(p.server.api_url, t1)
    key = uuid.uuid4().hex
    path = f"{p.show}/auctions/{a['id']}/bids"
    first = viewer.post(path, {"amount_minor": 2000}, key=key)
    again = viewer.post(path, {"amount_minor": 2000}, key=key)
    assert first.status_code == again.status_code == 201
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert first.json() == again.json() and first.json()["next_min_bid_minor"] == 2200  # 10 %
    mine = _bid(p, t1, a["id"], 3000)
    assert mine.status_code == 409 and mine.json()["type"].endswith("/already-leading")
    low = _bid(p, t2, a["id"], 2199)
    assert low.status_code == 409 and low.json()["type"].endswith("/bid-too-low")
    host_bid = p.host.post(path, {"amount_minor": 5000})
    assert host_bid.status_code == 403  # no shill bidding by the show's own side
    now = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert (now["bid_count"], now["leading_bidder"]) == (1, n1)
    second = p.host.post(f"{p.show}/auctions", {**_start_body(), "product_id": "prd_chai"})
    assert second.status_code == 409 and second.json()["type"].endswith("/auction-running")
    gone = p.host.delete(f"{p.show}/auctions/{a['id']}")
    assert gone.status_code == 200 and gone.json()["status"] == "cancelled"
    assert _bid(p, t2, a["id"], 9000).status_code == 409
    assert _orders_of(p, a["id"]) == []


def _start_body() -> dict[str, Any]:
    return {"product_id": "prd_candle", "starting_bid_minor": 1000, "duration_s": 60}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"duration_s": 9}, "duration_s"),
        ({"duration_s": 301}, "duration_s"),
        ({"starting_bid_minor": 0}, "starting_bid_minor"),
        ({"reserve_minor": 0}, "reserve_minor"),
        ({"mode": "dutch"}, "mode"),
        ({"product_id": "prd_nope"}, "product_id"),
    ],
)
def test_bad_auctions_are_refused_with_the_field_named(
    platform: Platform, body: dict[str, Any], field: str
) -> None:
    r = platform.host.post(f"{platform.show}/auctions", _start_body() | body)
    assert r.status_code == 422, r.text
    assert any(field in e["loc"] for e in r.json()["errors"])
    assert platform.host.get(f"{platform.show}/auctions", params={"status": "active"}).json() == []


def test_ending_the_show_settles_its_auction(fresh_platform: Platform) -> None:
    p = fresh_platform
    a = _start(p)
    ((t1, n1),) = _viewers(p, 1, "Closer")
    assert _bid(p, t1, a["id"], 1500).status_code == 201
    assert p.host.post(f"{p.show}/end").status_code == 200
    done = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert done["status"] == "sold" and done["winner_name"] == n1
    assert len(_orders_of(p, a["id"])) == 1
