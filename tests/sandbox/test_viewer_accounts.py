"""Viewers are accounts, not display names (contract 1.7.0, docs/COMMUNITY.md "Accounts and
display names"), against the real sandbox over HTTP: two viewers called "Anna" are two members
with their own ledger, tier and perks; a viewer who renames keeps their standing and the
member shows the new name; self-referral is judged by account whatever the names say; and a
data directory written by the 1.6.0 sandbox still opens, its name-keyed members mapped to the
accounts derived from their names.

`tests/data/sandbox/sandbox-1.6.0.sql` is a dump of a database the 1.6.0 sandbox wrote in a
scripted session (orders, a referral, a self-referral, a question answered, a blocked viewer,
a voucher claim, a poll vote, a giveaway entry); its tokens were replaced by the fixture
tokens used below (only their hashes are in `tokens`) and its idempotency records dropped.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from pydantic import TypeAdapter

from studio.platform import models as m
from studio.sandbox.server import SandboxServer
from studio.sandbox.stores.base import name_viewer_id
from tests.sandbox.conftest import Api, FakeClock, Platform
from tests.sandbox.test_write_semantics import assert_problem

OLD_DUMP = Path(__file__).resolve().parents[1] / "data" / "sandbox" / "sandbox-1.6.0.sql"
# When the dump was taken (its last write was at 08:37:10 UTC). The reopened sandbox's clock
# starts here, not at today's time: the dump's voucher expired an hour later and its orders'
# points vest 14 days later, so a wall clock would change what this test reads.
DUMPED_AT = datetime(2026, 11, 30, 8, 37, 15, tzinfo=UTC).timestamp()

RULES: dict[str, Any] = {
    "tiers": [
        {"name": "Regular", "threshold": 50},
        {"name": "Insider", "threshold": 150, "member_price_percent": 5, "giveaway_weight": 2},
    ],
}


def _sign_in(p: Platform, name: str, viewer_id: str | None = None) -> tuple[Api, str]:
    body: dict[str, str] = {"display_name": name}
    if viewer_id is not None:
        body["viewer_id"] = viewer_id
    r = requests.post(
        f"{p.server.api_url}{p.show}/viewer-sessions",
        json=body,
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    session = r.json()
    return Api(p.server.api_url, session["token"]), str(session["viewer_id"])


def _order(api: Api, p: Platform, product: str, **body: Any) -> dict[str, Any]:
    r = api.post(f"{p.show}/orders", {"product_id": product, "quantity": 1, **body})
    assert r.status_code == 201, r.text
    order: dict[str, Any] = r.json()
    return order


def _member(p: Platform, viewer_id: str) -> dict[str, Any]:
    r = p.host.get(f"{p.show}/members/{viewer_id}")
    assert r.status_code == 200, r.text
    detail: dict[str, Any] = r.json()
    return detail


def _events(p: Platform, etype: str) -> list[dict[str, Any]]:
    r = p.host.get(f"{p.show}/events", params={"after": 0, "limit": 1000})
    assert r.status_code == 200, r.text
    return [e["data"] for e in r.json()["items"] if e["type"] == etype]


def test_two_viewers_of_one_name_are_two_members(fresh_platform: Platform) -> None:
    p = fresh_platform
    assert p.host.put(f"{p.show}/community/rules", RULES).status_code == 200
    anna1, id1 = _sign_in(p, "Anna")
    anna2, id2 = _sign_in(p, "Anna")
    assert id1 != id2  # two accounts under one display name

    big = [_order(anna1, p, product, buyer_name="Anna") for product in ("prd_skillet", "prd_knife")]
    small = _order(anna2, p, "prd_chai", buyer_name="Anna")
    assert {o["viewer_id"] for o in big} == {id1} and small["viewer_id"] == id2

    first, second = _member(p, id1), _member(p, id2)
    assert first["member"]["name"] == second["member"]["name"] == "Anna"
    assert first["member"]["tier"] == "Insider" and first["member"]["orders_count"] == 2
    assert second["member"]["tier"] is None and second["member"]["orders_count"] == 1
    assert {e["order_id"] for e in first["entries"] if e["order_id"]} == {o["id"] for o in big}
    assert {e["order_id"] for e in second["entries"] if e["order_id"]} == {small["id"]}
    assert {e["viewer_id"] for e in second["entries"]} == {id2}

    # The tier one Anna reached is not the other's: no member price, no extra giveaway weight,
    # no Insider tier-up announced for her account.
    again = _order(anna2, p, "prd_honey", buyer_name="Anna")
    assert again["member_discount_minor"] == 0
    mine = _order(anna1, p, "prd_honey", buyer_name="Anna")
    assert mine["member_discount_minor"] > 0
    assert _member(p, id2)["member"]["tier"] != "Insider"
    assert _member(p, id2)["member"]["giveaway_weight"] == 1
    tier_ups = {
        (u["member"]["viewer_id"], u["member"]["tier"])
        for u in _events(p, "member.updated")
        if u["tier_up"]
    }
    assert {who for who, tier in tier_ups if tier == "Insider"} == {id1}

    # Both are listed, told apart by account; the supporters strip has two Annas too.
    members = p.host.get(f"{p.show}/members").json()
    annas = {x["viewer_id"]: x for x in members if x["name"] == "Anna"}
    assert set(annas) == {id1, id2} and annas[id1]["standing"] > annas[id2]["standing"]
    supporters = p.host.get(f"{p.show}/supporters", params={"limit": 200}).json()["items"]
    assert {s["viewer_id"] for s in supporters if s["display_name"] == "Anna"} == {id1, id2}

    # A viewer buys as themselves only.
    r = anna2.post(
        f"{p.show}/orders",
        {"product_id": "prd_chai", "quantity": 1, "buyer_name": "Anna", "viewer_id": id1},
    )
    assert_problem(r, 403, "forbidden")


def test_a_rename_keeps_the_standing_and_shows_the_new_name(fresh_platform: Platform) -> None:
    p = fresh_platform
    mia, account = _sign_in(p, "Mia", "acc_mia")
    assert account == "acc_mia"
    first = _order(mia, p, "prd_skillet", buyer_name="Mia")
    before = _member(p, account)["member"]
    assert (before["name"], before["names_seen"]) == ("Mia", ["Mia"])

    renamed, same = _sign_in(p, "Mia Chen", "acc_mia")  # she renamed on the platform
    assert same == account
    after = _member(p, account)["member"]
    assert after["name"] == "Mia Chen" and after["names_seen"] == ["Mia", "Mia Chen"]
    assert after["standing"] == before["standing"]  # nothing lost with the old name

    second = _order(renamed, p, "prd_knife", buyer_name="Mia Chen")
    detail = _member(p, account)
    assert detail["member"]["orders_count"] == 2
    assert {e["order_id"] for e in detail["entries"] if e["kind"] == "purchase"} == {
        first["id"],
        second["id"],
    }
    assert {e["member"] for e in detail["entries"]} == {"Mia Chen"}  # shown by today's name
    r = p.host.get(f"{p.show}/members/Mia")
    assert_problem(r, 404, "not-found")  # names are not keys

    # Her comment under yet another name (the same token) is seen too: the latest name wins.
    said = renamed.post(f"{p.show}/comments", {"text": "Love it", "author": "Mia C."})
    assert said.status_code == 201 and said.json()["viewer_id"] == account
    after = _member(p, account)["member"]
    assert after["name"] == "Mia C." and after["names_seen"] == ["Mia", "Mia Chen", "Mia C."]


def test_self_referral_is_judged_by_account_not_name(fresh_platform: Platform) -> None:
    p = fresh_platform
    r = p.host.put(f"{p.show}/reseller-program", {"two_b": True, "commission_bp": 1000})
    assert r.status_code == 200, r.text
    invite = p.host.post(f"{p.show}/reseller-invites", {"name": "Corner Shop"}).json()
    joined = requests.post(
        f"{p.server.api_url}{p.show}/resellers/join",
        json={"invite_code": invite["invite_code"], "code": "CORNER", "viewer_id": "acc_lea"},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert joined.status_code == 201, joined.text
    assert joined.json()["viewer_id"] == "acc_lea"

    # The reseller herself, under another display name: withheld all the same.
    lea, _ = _sign_in(p, "Lea", "acc_lea")
    own = _order(lea, p, "prd_chai", buyer_name="Lea", referral_code="CORNER")
    # A different viewer who happens to be called "Corner Shop": a real referral.
    namesake, other = _sign_in(p, "Corner Shop")
    theirs = _order(namesake, p, "prd_honey", buyer_name="Corner Shop", referral_code="CORNER")
    assert other != "acc_lea"

    entries = {
        e["order_id"]: e for e in _member(p, "acc_lea")["entries"] if e["kind"] == "referral"
    }
    assert (entries[own["id"]]["status"], entries[own["id"]]["reason"]) == (
        "withheld",
        "self-referral",
    )
    assert entries[theirs["id"]]["status"] == "pending"
    assert _member(p, "acc_lea")["member"]["by_kind"]["referral"] == 25  # one, not two
    statement = p.host.get(f"{p.show}/resellers/CORNER/statement").json()
    assert {ln["viewer_id"] for ln in statement["lines"]} == {"acc_lea", other}


@pytest.fixture
def old_data_dir(tmp_path: Path) -> Path:
    """A data directory as the 1.6.0 sandbox left it (its database restored from the dump)."""
    db = tmp_path / "sandbox.db"
    conn = sqlite3.connect(db)
    conn.executescript(OLD_DUMP.read_text(encoding="utf-8"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert "viewer_id" not in {r[1] for r in conn.execute("PRAGMA table_info(tokens)")}
    conn.close()
    return db


@pytest.fixture
def reopened(old_data_dir: Path) -> Iterator[Platform]:
    clock = FakeClock()
    clock.now = DUMPED_AT
    server = SandboxServer(
        db_path=old_data_dir, live=True, simulate=False, heartbeat_s=0.3, clock=clock
    )
    server.start()
    try:
        yield Platform(
            server,
            clock,
            Api(server.api_url, server.host_token),
            Api(server.api_url, server.cohost_token),
            Api(server.api_url, server.viewer_token),
        )
    finally:
        server.stop()


def test_a_data_dir_from_the_previous_version_opens_with_members_as_accounts(
    reopened: Platform, old_data_dir: Path
) -> None:
    p = reopened
    assert p.server.host_token == "st_host_fixture-old-data-dir"  # the last session's
    ana_id, kemi_id, ben_id = (name_viewer_id(n) for n in ("Ana", "Kitchen with Kemi", "Ben"))
    assert ana_id == name_viewer_id("Ana") and ana_id.startswith("vn_") and len(ana_id) == 19

    ana = _member(p, ana_id)
    assert (ana["member"]["name"], ana["member"]["names_seen"]) == ("Ana", ["Ana"])
    assert (ana["member"]["standing"], ana["member"]["tier"]) == (5 + 59 + 99 + 123, "Insider")
    assert len([e for e in ana["entries"] if e["kind"] == "purchase"]) == 3
    kemi = _member(p, kemi_id)["entries"]
    assert {(e["status"], e["reason"]) for e in kemi if e["kind"] == "referral"} == {
        ("withheld", "self-referral"),
        ("pending", "Ben bought"),
    }
    assert _member(p, ben_id)["member"]["by_kind"]["answered_question"] == 20

    # Everything a client reads, old events included, validates against the new contract.
    orders = p.host.get(f"{p.show}/orders", params={"limit": 100}).json()["items"]
    assert {(o["buyer_name"], o["viewer_id"]) for o in orders} >= {("Ana", ana_id)}
    events = p.host.get(f"{p.show}/events", params={"after": 0, "limit": 1000}).json()
    TypeAdapter(m.EventPage).validate_python(events)
    supporters = p.host.get(f"{p.show}/supporters", params={"limit": 200}).json()["items"]
    assert {s["display_name"]: s["viewer_id"] for s in supporters}["Ana"] == ana_id
    resellers = {r["code"]: r["viewer_id"] for r in p.host.get(f"{p.show}/resellers").json()}
    assert resellers["KEMI"] == kemi_id

    # An order from an old client (no viewer_id) lands on the same member; a new client's
    # order for another "Ana" account does not.
    _order(p.host, p, "prd_honey", buyer_name="Ana")
    assert _member(p, ana_id)["member"]["orders_count"] == 4
    stranger = _order(p.host, p, "prd_honey", buyer_name="Ana", viewer_id="acc_other_ana")
    assert stranger["member_discount_minor"] == 0  # not Ana's member price
    assert _member(p, "acc_other_ana")["member"]["orders_count"] == 1

    # Old viewer tokens keep working as the account of their name: Ben's block and claim.
    ben = Api(p.server.api_url, "st_viewer_fixture-ben")
    me = ben.get("/me").json()
    assert me["viewer_id"] == ben_id
    troll = Api(p.server.api_url, "st_viewer_fixture-troll")
    assert_problem(troll.post(f"{p.show}/comments", {"text": "hello"}), 403, "blocked")
    restrictions = p.host.get(f"{p.show}/restrictions").json()
    assert [r["viewer_id"] for r in restrictions] == [name_viewer_id("Troll")]
    voucher = p.host.get(f"{p.show}/vouchers").json()[0]
    again = ben.post(f"{p.show}/vouchers/{voucher['id']}/claims")
    assert_problem(again, 409, "already-claimed")

    conn = sqlite3.connect(old_data_dir)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_the_simulated_audience_has_namesakes_and_a_rename(fresh_platform: Platform) -> None:
    """The sandbox's audience behaves like a real one: stable accounts, two viewers sharing a
    display name, and one viewer renaming mid-show (same account, the member shows the new
    name); the platform keeps them apart."""
    p = fresh_platform
    for _ in range(12):
        p.control("simulator/tick", {"seconds": 10})
    orders = p.host.get(f"{p.show}/orders", params={"limit": 1000}).json()["items"]
    names_by_account: dict[str, set[str]] = {}
    accounts_by_name: dict[str, set[str]] = {}
    for o in orders:
        names_by_account.setdefault(o["viewer_id"], set()).add(o["buyer_name"])
        accounts_by_name.setdefault(o["buyer_name"], set()).add(o["viewer_id"])
    assert any(len(a) > 1 for a in accounts_by_name.values()), "no namesakes"
    renamed = p.server.simulator.renamed
    assert renamed is not None, "nobody renamed"
    account, old, new = renamed
    comments = p.host.get(f"{p.show}/comments", params={"limit": 200}).json()["items"]
    used = names_by_account.get(account, set()) | {
        c["author"] for c in comments if c.get("viewer_id") == account
    }
    assert used >= {old, new}  # the same account acted under both names
    member = _member(p, account)["member"]
    assert member["viewer_id"] == account and member["names_seen"][:1] == [old]
    assert new in member["names_seen"]
    assert member["orders_count"] == sum(1 for o in orders if o["viewer_id"] == account)
