"""The simulated audience bids and enters in bursts, judged by the platform like anyone.

Played on the platform's own clock (the fixture's `FakeClock`, moved with the simulator), so
"the last second" is exact: a storm of bids lands in it, extends a standard auction (each
later storm smaller), and the auction still ends within its cap with one winner and one order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tests.sandbox.conftest import Platform


def _ts(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def _play(p: Platform, seconds: float, step: float = 0.25) -> None:
    for _ in range(round(seconds / step)):
        p.clock.advance(step)
        p.server.tick(step)


def test_bids_and_entries_come_in_bursts_with_a_last_second_storm(fresh_platform: Platform) -> None:
    p = fresh_platform
    body = {
        "product_id": "prd_skillet",
        "starting_bid_minor": 1000,
        "increment_minor": 100,
        "duration_s": 30,
        "extend_window_s": 5,
        "max_extension_s": 20,
    }
    a = p.host.post(f"{p.show}/auctions", body).json()
    g = p.host.post(
        f"{p.show}/giveaways", {"prize": "Apron", "keyword": "#win", "duration_s": 40}
    ).json()
    _play(p, 29.0)  # up to one second before the end
    before = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert before["bid_count"] > 5  # a trickle, quickening near the end
    _play(p, 60.0)
    done = p.host.get(f"{p.show}/auctions/{a['id']}").json()
    assert done["status"] in ("sold", "not_sold")
    assert p.server.simulator.auctions.storm_bids > 0
    bids: list[dict[str, Any]] = p.host.get(
        f"{p.show}/auctions/{a['id']}/bids", params={"limit": 1000}
    ).json()["items"]
    assert [b["seq"] for b in bids] == list(range(1, len(bids) + 1))
    amounts = [b["amount_minor"] for b in bids]
    assert amounts == sorted(amounts) and len(set(amounts)) == len(amounts)
    assert any(b["extended"] for b in bids)  # the storm in the last second extended it
    assert _ts(done["ends_at"]) <= _ts(done["scheduled_ends_at"]) + 20 + 1e-3  # the cap held
    orders = [
        o
        for o in p.host.get(f"{p.show}/orders", params={"limit": 1000}).json()["items"]
        if o.get("auction_id") == a["id"]
    ]
    if done["status"] == "sold":
        assert [(o["viewer_id"], o["buyer_name"], o["amount_minor"]) for o in orders] == [
            (bids[-1]["viewer_id"], bids[-1]["bidder_name"], bids[-1]["amount_minor"])
        ]
        assert done["winner_viewer_id"] == bids[-1]["viewer_id"]
    else:
        assert orders == []

    drawn = p.host.get(f"{p.show}/giveaways/{g['id']}").json()
    assert drawn["status"] == "drawn" and drawn["entry_count"] > 5
    entries = p.host.get(f"{p.show}/giveaways/{g['id']}/entries", params={"limit": 1000}).json()
    names = [e["viewer_id"] for e in entries["items"]]  # accounts: namesakes enter apart
    assert len(names) == len(set(names)) == drawn["entry_count"]  # one entry per viewer
    comments = p.host.get(f"{p.show}/comments", params={"limit": 200}).json()["items"]
    keyworded = [c for c in comments if "#win" in c["text"].lower()]
    assert len(keyworded) > len(names)  # some said it twice: still one entry each
