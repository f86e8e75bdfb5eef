"""Giveaways over HTTP against the real sandbox: one entry per viewer, a draw anyone can check.

The test recomputes every draw itself from what the platform published: the seed revealed at
the draw must hash to the commitment published at the opening, and `draw_winner` (the
procedure docs/GIVEAWAYS.md describes) over the entry list must name the same winner.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from studio.show.giveaway import commitment, draw_winner, matches_keyword
from tests.sandbox.conftest import Api, Platform
from tests.sandbox.test_community import ANA, RULES, _member


def _open(p: Platform, **body: Any) -> dict[str, Any]:
    body = {
        "prize": "Chai gift set",
        "entry": "keyword",
        "keyword": "#win",
        "duration_s": 60,
    } | body
    r = p.host.post(f"{p.show}/giveaways", body)
    assert r.status_code == 201, r.text
    return dict(r.json())


def _viewer(p: Platform, name: str, viewer_id: str | None = None) -> Api:
    body = {"display_name": name} | ({"viewer_id": viewer_id} if viewer_id else {})
    r = p.host.post(f"{p.show}/viewer-sessions", body)
    assert r.status_code == 201, r.text
    return Api(p.server.api_url, r.json()["token"])


def _entries(p: Platform, gid: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    after = 0
    while True:
        page = p.host.get(
            f"{p.show}/giveaways/{gid}/entries", params={"after": after, "limit": 7}
        ).json()
        out += page["items"]
        after = page["last_number"]
        if not page["has_more"]:
            return out


def _check_draw(p: Platform, drawn: dict[str, Any], opened: dict[str, Any]) -> None:
    """What any viewer can do once the seed is out: check the commitment, redo the draw."""
    entries = _entries(p, drawn["id"])
    assert [e["number"] for e in entries] == list(range(1, drawn["entry_count"] + 1))
    seed = drawn["seed"]
    assert hashlib.sha256(seed.encode()).hexdigest() == opened["seed_sha256"] == commitment(seed)
    weights = {e["viewer_id"]: e["weight"] for e in entries}  # the documented steps:
    names = sorted(weights)
    by_hand = None
    if names:
        digest = hashlib.sha256("\n".join([seed, *names]).encode()).digest()
        ticket = int.from_bytes(digest, "big") % sum(weights.values())
        for name in names:
            if ticket < weights[name]:
                by_hand = name
                break
            ticket -= weights[name]
    recomputed = draw_winner(seed, (e["viewer_id"] for e in entries), weights)
    assert drawn["winner_viewer_id"] == by_hand == recomputed  # the draw is over accounts
    names_of = {e["viewer_id"]: e["entrant"] for e in entries}
    assert drawn["winner_name"] == (names_of[by_hand] if by_hand else None)


def test_keyword_entries_one_per_viewer_and_a_checkable_draw(fresh_platform: Platform) -> None:
    p = fresh_platform
    g = _open(p, entry="both", keyword="#win")
    assert g["seed"] is None and len(g["seed_sha256"]) == 64
    texts = ["#win please!", "I want it #WIN", "#win", "winner winner", "no keyword here"]
    expected: set[str] = set()
    for i in range(30):
        name = f"Viewer {i:02d}"
        viewer = _viewer(p, name, f"acc_viewer_{i:02d}")
        for text in (texts[i % len(texts)], "#win again"):  # a second comment changes nothing
            r = viewer.post(f"{p.show}/comments", {"text": text})
            assert r.status_code == 201, r.text
        expected.add(name)  # "#win again" enters even those whose first comment did not
    for name in ("Viewer 00", "Buyer A", "Buyer B", "Buyer A"):  # buying enters too, once
        order = {"product_id": "prd_chai", "quantity": 1, "buyer_name": name}
        if name == "Viewer 00":
            order["viewer_id"] = "acc_viewer_00"  # the same viewer as her comments
        assert p.host.post(f"{p.show}/orders", order).status_code == 201
        expected.add(name)
    assert p.host.post(f"{p.show}/comments", {"text": "#win"}).status_code == 201  # the host
    entries = _entries(p, g["id"])
    assert sorted(e["entrant"] for e in entries) == sorted(expected)  # one each
    assert {e["via"] for e in entries if e["entrant"].startswith("Buyer")} == {"purchase"}
    still = p.host.get(f"{p.show}/giveaways/{g['id']}").json()
    assert still["seed"] is None and still["entry_count"] == len(expected)

    drawn = p.host.post(f"{p.show}/giveaways/{g['id']}/draw").json()
    assert drawn["status"] == "drawn" and drawn["winner_name"] in expected
    _check_draw(p, drawn, g)
    late = _viewer(p, "Late")
    assert late.post(f"{p.show}/comments", {"text": "#win"}).status_code == 201
    assert p.host.get(f"{p.show}/giveaways/{g['id']}").json()["entry_count"] == len(expected)
    again = p.host.post(f"{p.show}/giveaways/{g['id']}/draw").json()
    assert again == drawn  # drawn once


def test_a_purchase_giveaway_enters_earlier_buyers_and_draws_on_the_platform_clock(
    fresh_platform: Platform,
) -> None:
    p = fresh_platform
    for name in ("Early Bird", "Early Bird", "Second"):
        order = {"product_id": "prd_honey", "quantity": 1, "buyer_name": name}
        assert p.host.post(f"{p.show}/orders", order).status_code == 201
    g = _open(p, entry="purchase", keyword=None, duration_s=30)
    assert g["entry_count"] == 2
    commenter = _viewer(p, "Commenter")
    assert commenter.post(f"{p.show}/comments", {"text": "#win"}).status_code == 201
    p.clock.advance(29.9)
    order = {"product_id": "prd_honey", "quantity": 1, "buyer_name": "Just In Time"}
    assert p.host.post(f"{p.show}/orders", order).status_code == 201
    p.clock.advance(0.1)  # the draw is due: an order now does not enter
    order = {"product_id": "prd_honey", "quantity": 1, "buyer_name": "Too Late"}
    assert p.host.post(f"{p.show}/orders", order).status_code == 201
    p.server.tick(0.1)
    drawn = p.host.get(f"{p.show}/giveaways/{g['id']}").json()
    assert drawn["status"] == "drawn" and drawn["entry_count"] == 3
    assert {e["entrant"] for e in _entries(p, g["id"])} == {"Early Bird", "Second", "Just In Time"}
    _check_draw(p, drawn, g)


def test_cancelling_reveals_the_seed_and_names_no_winner(platform: Platform) -> None:
    p = platform
    g = _open(p, keyword="#mine")
    busy = p.host.post(f"{p.show}/giveaways", {"prize": "x", "keyword": "#other", "duration_s": 30})
    assert busy.status_code == 409 and busy.json()["type"].endswith("/giveaway-open")
    gone = p.host.delete(f"{p.show}/giveaways/{g['id']}").json()
    assert gone["status"] == "cancelled" and gone["winner_name"] is None
    assert commitment(gone["seed"]) == g["seed_sha256"]
    empty = _open(p, keyword="#nobody", duration_s=10)
    drawn = p.host.post(f"{p.show}/giveaways/{empty['id']}/draw").json()
    assert drawn["winner_name"] is None and drawn["entry_count"] == 0


@pytest.mark.parametrize(
    "body",
    [
        {"prize": "x", "entry": "keyword", "duration_s": 60},  # no keyword
        {"prize": "x", "entry": "purchase", "keyword": "#a1", "duration_s": 60},
        {"prize": "x", "keyword": "two words", "duration_s": 60},
        {"prize": " ", "keyword": "#win", "duration_s": 60},
        {"prize": "x", "keyword": "#win", "duration_s": 5},
    ],
)
def test_bad_giveaways_are_refused(platform: Platform, body: dict[str, Any]) -> None:
    r = platform.host.post(f"{platform.show}/giveaways", body)
    assert r.status_code == 422, r.text
    assert r.json()["errors"]


def test_the_draw_does_not_depend_on_entry_order_and_keywords_match_whole_words() -> None:
    names = [f"N{i}" for i in range(50)]
    seed = "00" * 32
    assert draw_winner(seed, names) == draw_winner(seed, reversed(names))
    assert draw_winner(seed, []) is None
    assert draw_winner(seed, names, dict.fromkeys(names, 1)) == draw_winner(seed, names)
    # Weights are tickets: with 3 tickets against 1, "A" wins about three draws in four.
    wins = sum(draw_winner(f"{i:064x}", ["A", "B"], {"A": 3}) == "A" for i in range(2000))
    assert 1400 < wins < 1600, wins
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="whole number of tickets"):
            draw_winner(seed, ["A", "B"], {"A": bad})  # type: ignore[dict-item]
    winners = {draw_winner(f"{i:064x}", names) for i in range(200)}
    assert len(winners) > 30  # the seed decides: many different winners over many seeds
    assert matches_keyword("I want it #WIN!", "#win")
    assert matches_keyword("win", "WIN") and matches_keyword("go-win-go", "win")
    assert not matches_keyword("winner", "win") and not matches_keyword("#winning", "#win")


def test_a_higher_tier_member_enters_with_their_published_weight(fresh_platform: Platform) -> None:
    """The tier perk "extra giveaway weight" reaches the draw: an Insider's entry carries
    weight 2 on the public entry list and the draw recomputed with the weights matches."""
    p = fresh_platform
    r = p.host.put(f"{p.show}/community/rules", RULES)
    assert r.status_code == 200, r.text
    for _ in range(3):  # 3 x (49 + 10) + 5 for attending: 182 points, an Insider (150)
        r = p.host.post(
            f"{p.show}/orders",
            {"product_id": "prd_skillet", "quantity": 1, "buyer_name": "Ana", "viewer_id": ANA},
        )
        assert r.status_code == 201, r.text
    ana = _member(p, p.server.show_id, ANA)["member"]
    assert ana["tier"] == "Insider" and ana["giveaway_weight"] == 2
    opened = _open(p, entry="keyword", keyword="#win")
    for name in ["Ana", *(f"Fan {i}" for i in range(8))]:
        r = _viewer(p, name, ANA if name == "Ana" else None).post(
            f"{p.show}/comments", {"text": "#win"}
        )
        assert r.status_code == 201, r.text
    drawn = p.host.post(f"{p.show}/giveaways/{opened['id']}/draw").json()
    entries = _entries(p, drawn["id"])
    assert {e["entrant"]: e["weight"] for e in entries} == {"Ana": 2} | {
        f"Fan {i}": 1 for i in range(8)
    }
    _check_draw(p, drawn, opened)
