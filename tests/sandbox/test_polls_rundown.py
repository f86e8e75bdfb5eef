"""Polls and the rundown against the real sandbox over HTTP: one vote per viewer, enforced by
the platform; a co-host's rundown edit seen by the host; stepping runs each step once."""

from __future__ import annotations

import uuid

import requests

from tests.sandbox.conftest import Api, Platform, read_sse
from tests.sandbox.test_write_semantics import assert_problem


def _viewer(p: Platform, name: str) -> Api:
    r = requests.post(
        f"{p.server.api_url}{p.show}/viewer-sessions",
        json={"display_name": name},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    r.raise_for_status()
    return Api(p.server.api_url, r.json()["token"])


def test_one_vote_per_viewer_live_counts_and_a_closed_result(fresh_platform: Platform) -> None:
    p = fresh_platform
    poll = p.cohost.post(
        f"{p.show}/polls", {"question": "Which colour next?", "options": ["Red", "Blue", "Oat"]}
    )
    assert poll.status_code == 201, poll.text
    pid = poll.json()["id"]
    votes = f"{p.show}/polls/{pid}/votes"
    viewers = [_viewer(p, f"Fan {i}") for i in range(5)]
    for i, v in enumerate(viewers):
        r = v.post(votes, {"option": 0 if i < 3 else 1})
        assert r.status_code == 201, r.text
    # The same viewer again, even for another option and with a fresh key: refused.
    assert_problem(viewers[0].post(votes, {"option": 2}), 409, "already-voted")
    assert_problem(viewers[1].post(votes, {"option": 0}), 409, "already-voted")
    assert_problem(_viewer(p, "Fan x").post(votes, {"option": 3}), 422, "validation-failed")
    counted = p.host.get(f"{p.show}/polls/{pid}").json()
    assert [o["votes"] for o in counted["options"]] == [3, 2, 0]
    assert counted["total_votes"] == 5 and counted["status"] == "open"
    second = p.host.post(f"{p.show}/polls", {"question": "Another?", "options": ["a", "b"]})
    assert_problem(second, 409, "poll-open")
    closed = p.host.post(f"{p.show}/polls/{pid}/close").json()
    assert closed["status"] == "closed" and closed["closed_at"]
    assert_problem(_viewer(p, "Late").post(votes, {"option": 0}), 409, "poll-closed")
    assert_problem(
        p.viewer.post(f"{p.show}/polls", {"question": "q", "options": ["a", "b"]}), 403, "forbidden"
    )
    same = p.host.post(f"{p.show}/polls", {"question": "Same?", "options": ["Yes", "Yes"]})
    assert_problem(same, 422, "validation-failed")


def test_a_poll_with_a_duration_closes_on_the_platform_clock(fresh_platform: Platform) -> None:
    p = fresh_platform
    poll = p.host.post(
        f"{p.show}/polls", {"question": "Quick one?", "options": ["Yes", "No"], "duration_s": 20}
    ).json()
    assert poll["closes_at"]
    p.clock.advance(21)
    assert p.host.get(f"{p.show}/polls/{poll['id']}").json()["status"] == "closed"


STEPS = [
    {"kind": "pin", "product_id": "prd_chai", "note": "open on the chai"},
    {"kind": "flash_sale", "product_id": "prd_honey", "flash_price_minor": 1200, "duration_s": 60},
    {"kind": "poll", "poll": {"question": "Tea or coffee?", "options": ["Tea", "Coffee"]}},
    {
        "kind": "voucher",
        "voucher": {
            "code": "AUTUMN10",
            "kind": "percent",
            "percent_off": 10,
            "claim_limit": 50,
            "duration_s": 300,
        },
    },
]


def test_cohost_edits_the_rundown_the_host_sees_it_and_steps_run_once(
    fresh_platform: Platform,
) -> None:
    p = fresh_platform
    empty = p.host.get(f"{p.show}/rundown")
    assert empty.json()["steps"] == [] and empty.headers["ETag"] == '"0"'
    after = p.host.get(f"{p.show}/events", params={"after": 0, "limit": 1}).headers[
        "X-Last-Event-Id"
    ]
    stream = p.host.get(f"{p.show}/events/stream", params={"after": after}, stream=True)
    edited = p.cohost.put(f"{p.show}/rundown", {"steps": STEPS}, headers={"If-Match": '"0"'})
    assert edited.status_code == 200, edited.text
    events, _ = read_sse(stream, 1, until=lambda e: e.type == "rundown.changed")
    stream.close()
    assert events[-1].data["data"]["updated_by"] == edited.json()["updated_by"]
    seen = p.host.get(f"{p.show}/rundown").json()
    assert [s["kind"] for s in seen["steps"]] == ["pin", "flash_sale", "poll", "voucher"]
    assert all(s["id"] and s["done_at"] is None for s in seen["steps"])
    assert seen["version"] == 1 and seen["updated_by"] != "" and seen == edited.json()
    stale = p.host.put(f"{p.show}/rundown", {"steps": STEPS[:1]}, headers={"If-Match": '"0"'})
    assert assert_problem(stale, 412, "stale-version")["current"]["version"] == 1

    ids = [s["id"] for s in seen["steps"]]
    stepped = p.host.post(f"{p.show}/rundown/advance", {"step_id": ids[0]})
    assert stepped.status_code == 200, stepped.text
    assert p.host.get(f"{p.show}/pin").json()["product_id"] == "prd_chai"
    # The co-host pressed Next on the step the host already ran: refused, not run twice.
    moved = p.cohost.post(f"{p.show}/rundown/advance", {"step_id": ids[0]})
    assert_problem(moved, 409, "rundown-moved")
    p.cohost.post(f"{p.show}/rundown/advance", {"step_id": ids[1]})
    timers = p.host.get(f"{p.show}/timers", params={"status": "active"}).json()
    assert [(t["product_id"], t["flash_price_minor"]) for t in timers] == [("prd_honey", 1200)]
    p.host.post(f"{p.show}/rundown/advance", {})
    assert p.host.get(f"{p.show}/polls", params={"status": "open"}).json()[0]["question"] == (
        "Tea or coffee?"
    )
    # A co-host reorders while the show runs: what was done stays done.
    reordered = list(reversed(p.host.get(f"{p.show}/rundown").json()["steps"]))
    kept = p.cohost.put(f"{p.show}/rundown", {"steps": reordered}).json()
    assert [s["done_at"] is None for s in kept["steps"]] == [True, False, False, False]
    last = p.host.post(f"{p.show}/rundown/advance", {"step_id": ids[3]}).json()
    assert all(s["done_at"] for s in last["steps"])
    vouchers = p.host.get(f"{p.show}/vouchers").json()
    assert [(v["code"], v["on_screen"]) for v in vouchers] == [("AUTUMN10", True)]
    assert_problem(p.host.post(f"{p.show}/rundown/advance", {}), 409, "rundown-finished")


def test_a_step_the_platform_refuses_stays_next_until_skipped(fresh_platform: Platform) -> None:
    p = fresh_platform
    p.host.post(f"{p.show}/polls", {"question": "Already open?", "options": ["a", "b"]})
    p.host.put(f"{p.show}/rundown", {"steps": [STEPS[2], STEPS[0]]})
    assert_problem(p.host.post(f"{p.show}/rundown/advance", {}), 409, "poll-open")
    assert p.host.get(f"{p.show}/rundown").json()["steps"][0]["done_at"] is None
    skipped = p.host.post(f"{p.show}/rundown/advance", {"skip": True}).json()
    assert skipped["steps"][0]["done_at"] and skipped["steps"][1]["done_at"] is None
    bad = p.host.put(f"{p.show}/rundown", {"steps": [{"kind": "pin", "product_id": "nope"}]})
    assert_problem(bad, 422, "validation-failed")
    assert_problem(p.viewer.get(f"{p.show}/rundown"), 403, "forbidden")


def test_auction_and_giveaway_steps_run_as_their_own_operations(fresh_platform: Platform) -> None:
    p = fresh_platform
    steps = [
        {
            "kind": "auction",
            "auction": {"product_id": "prd_knife", "starting_bid_minor": 2000, "duration_s": 60},
        },
        {
            "kind": "giveaway",
            "giveaway": {"prize": "A chai tin", "keyword": "win", "duration_s": 60},
        },
    ]
    assert p.cohost.put(f"{p.show}/rundown", {"steps": steps}).status_code == 200
    assert p.host.post(f"{p.show}/rundown/advance", {}).status_code == 200
    auctions = p.host.get(f"{p.show}/auctions").json()
    assert [(a["product_id"], a["status"]) for a in auctions] == [("prd_knife", "active")]
    assert p.host.post(f"{p.show}/rundown/advance", {}).status_code == 200
    giveaways = p.host.get(f"{p.show}/giveaways").json()
    assert [(g["prize"], g["status"]) for g in giveaways] == [("A chai tin", "open")]
    bad = [{"kind": "auction", "auction": {**steps[0]["auction"], "product_id": "nope"}}]
    assert_problem(p.host.put(f"{p.show}/rundown", {"steps": bad}), 422, "validation-failed")


def test_ending_the_show_closes_its_poll_and_ends_its_vouchers(fresh_platform: Platform) -> None:
    p = fresh_platform
    poll = p.host.post(f"{p.show}/polls", {"question": "Last one?", "options": ["Yes", "No"]})
    body = {
        "code": "BYE5",
        "kind": "percent",
        "percent_off": 5,
        "claim_limit": 5,
        "duration_s": 600,
    }
    voucher = p.host.post(f"{p.show}/vouchers", body)
    assert poll.status_code == voucher.status_code == 201
    assert p.host.post(f"{p.show}/end").status_code == 200
    assert p.host.get(f"{p.show}/polls/{poll.json()['id']}").json()["status"] == "closed"
    ended = p.host.get(f"{p.show}/vouchers").json()[0]
    assert (ended["status"], ended["on_screen"]) == ("ended", False)
