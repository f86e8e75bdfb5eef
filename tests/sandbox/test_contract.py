"""The published contract says what the server does, checked from outside by schemathesis.

The committed `openapi.yaml` is the served document; its live event stream is described per
event type; its constraints are the ones the server enforces; its links let a stateful client
walk from a show to everything under it. A schemathesis run (examples, fuzzing and the stateful
phase, as the host) against the sandbox served by uvicorn must find no server error, no
response breaking the schema and no operation whose valid-looking requests are all refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
import yaml

from studio.platform.models import EVENT_PAYLOADS, EventType
from studio.sandbox.app import openapi_document
from studio.sandbox.openapi import SPEC_PATH, render, to_yaml
from studio.sandbox.routers.deps import IF_MATCH_PATTERN, LAST_EVENT_ID_PATTERN
from studio.sandbox.server import SandboxServer
from studio.sandbox.stores.base import CURSOR_PATTERN

HOOKS = Path(__file__).with_name("schemathesis_hooks.py")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_committed_openapi_is_up_to_date() -> None:
    assert SPEC_PATH.read_text(encoding="utf-8") == render(), (
        "studio/platform/openapi.yaml is stale: run `python -m studio.sandbox.openapi`"
    )


def test_openapi_yaml_reads_back_as_the_served_document() -> None:
    doc = openapi_document()
    assert yaml.safe_load(to_yaml(doc)) == doc
    tricky = {"a": ["", "yes", "0", "x: y", {"k": []}, [1, 2]], "200": "multi\nline"}
    assert yaml.safe_load(to_yaml(tricky)) == tricky


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        op["operationId"]: (method, path, op)
        for path, item in doc["paths"].items()
        for method, op in item.items()
    }


def _parameter(op: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in op["parameters"] if p["name"] == name)


def test_every_operation_documents_roles_and_problems() -> None:
    doc = openapi_document()
    for method, path, op in _operations(doc).values():
        if not path.startswith("/v1/"):
            continue
        assert op.get("x-roles"), f"{method} {path} lists no roles"
        public = op.get("security") == []  # the viewer sign-in: no token, so no 401
        assert public == (op["x-roles"] == ["anyone"]), f"{method} {path}"
        assert public or "401" in op["responses"], f"{method} {path}"
        assert "429" in op["responses"], f"{method} {path}"
        if method == "post":
            names = {p["name"] for p in op.get("parameters", [])}
            assert "Idempotency-Key" in names, f"{method} {path} lacks Idempotency-Key"


def test_the_event_stream_is_described_event_by_event() -> None:
    doc = openapi_document()
    schemas = doc["components"]["schemas"]
    _, _, stream = _operations(doc)["stream_events"]
    content = stream["responses"]["200"]["content"]["text/event-stream"]
    assert content["schema"] == {"$ref": "#/components/schemas/ServerSentEvent"}
    messages = schemas["ServerSentEvent"]["oneOf"]
    described = sorted(m["properties"]["event"]["const"] for m in messages)
    assert described == sorted(t.value for t in EventType)
    for message in messages:
        event_type = message["properties"]["event"]["const"]
        ref = message["properties"]["data"]["contentSchema"]["$ref"]
        typed = schemas[ref.rsplit("/", 1)[1]]
        assert typed["properties"]["type"]["const"] == event_type
        payload = EVENT_PAYLOADS[EventType(event_type)].__name__
        assert typed["properties"]["data"] == {"$ref": f"#/components/schemas/{payload}"}
    # Polling returns the same union.
    assert schemas["EventPage"]["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/Event"
    }
    assert len(schemas["Event"]["oneOf"]) == len(EventType) == len(EVENT_PAYLOADS)


def test_header_and_cursor_constraints_are_the_ones_the_server_checks() -> None:
    ops = _operations(openapi_document())
    put_queue, put_pin = ops["put_queue"][2], ops["put_pin"][2]
    assert _parameter(put_queue, "If-Match")["required"] is True  # 428 without it
    assert _parameter(put_pin, "If-Match").get("required", False) is False
    # `pattern` beside `anyOf: [string, null]` constrains the string (the server checks it).
    assert _parameter(put_pin, "If-Match")["schema"]["pattern"] == IF_MATCH_PATTERN
    cursor = _parameter(ops["list_products"][2], "cursor")["schema"]
    assert cursor["pattern"] == CURSOR_PATTERN and cursor["anyOf"][0]["maxLength"] == 200
    last_id = _parameter(ops["stream_events"][2], "Last-Event-ID")["schema"]
    assert last_id["pattern"] == LAST_EVENT_ID_PATTERN


def test_links_lead_from_a_show_to_everything_under_it() -> None:
    ops = _operations(openapi_document())
    for source, (_, _, op) in ops.items():
        for code, response in op["responses"].items():
            for name, link in response.get("links", {}).items():
                linked = ops[link["operationId"]][2]  # KeyError: a link to nowhere
                declared = {f"{p['in']}.{p['name']}" for p in linked.get("parameters", [])}
                for parameter in link["parameters"]:
                    assert parameter in declared, f"{source} {code} {name}: {parameter}"
    from_show = ops["get_show"][2]["responses"]["200"]["links"]
    for target in ("get_queue", "put_queue", "get_pin", "list_timers", "create_timer"):
        assert from_show[target]["parameters"] == {"path.show_id": "$response.body#/id"}
    for target in ("list_orders", "create_order", "list_products", "stream_events"):
        assert target in from_show
    shows = ops["list_shows"][2]["responses"]["200"]["links"]["get_show"]
    assert shows["parameters"] == {"path.show_id": "$response.body#/items/0/id"}
    new_timer = ops["create_timer"][2]["responses"]["201"]["links"]["cancel_timer"]
    assert new_timer["parameters"]["path.timer_id"] == "$response.body#/id"
    queue_edit = ops["get_queue"][2]["responses"]["200"]["links"]["put_queue"]
    assert queue_edit["parameters"]["header.If-Match"] == "$response.header.ETag"


PNG_HEAD = b"\x89PNG\r\n\x1a\n"
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42"


class Host:
    """An outside client of the running sandbox, with the host token."""

    def __init__(self, server: SandboxServer) -> None:
        self.base = server.api_url
        self.show = f"/shows/{server.show_id}"
        self.headers = {"Authorization": f"Bearer {server.host_token}"}
        self.viewer = {"Authorization": f"Bearer {server.viewer_token}"}

    def call(self, method: str, path: str, body: Any = None, **headers: str) -> Any:
        h = self.headers | headers
        if method == "POST":
            h["Idempotency-Key"] = uuid.uuid4().hex
        r = requests.request(method, self.base + path, json=body, headers=h, timeout=10)
        assert r.ok, f"{method} {path}: {r.status_code} {r.text}"
        return r.json()

    def one_event_of_each_type(self) -> None:
        """Orders, pins, queue, timers, comments and their moderation, products, ingest and
        key rotation."""
        s = self.show
        self.call(
            "POST",
            f"{s}/orders",
            {"product_id": "prd_chai", "quantity": 1, "buyer_name": "Ada", "viewer_id": "acc_ada"},
        )
        self.call("PUT", f"{s}/pin", {"product_id": "prd_chai"})
        queue = self.call("GET", f"{s}/queue")
        self.call(
            "PUT", f"{s}/queue", {"product_ids": queue["product_ids"][::-1]}, **{"If-Match": "*"}
        )
        timer = self.call(
            "POST",
            f"{s}/timers",
            {"product_id": "prd_honey", "flash_price_minor": 900, "duration_s": 60},
        )
        self.call("DELETE", f"{s}/timers/{timer['id']}")
        asked = self.call(
            "POST",
            f"{s}/comments",
            {"text": "Is the chai spicy?", "kind": "question"},
            **self.viewer,
        )
        self.call("PUT", f"{s}/comment-pin", {"comment_id": asked["id"]})
        self.call("PUT", f"{s}/comments/{asked['id']}/hidden")
        self.call("POST", f"{s}/restrictions", {"comment_id": asked["id"], "kind": "mute"})
        self.call("PATCH", f"{s}/products/prd_candle", {"stock": 79})
        report = {"video_arriving": True, "bitrate_kbps": 2500, "fps": 30}
        self.call("POST", f"{s}/ingest-health", report)
        self.call("POST", f"{s}/stream-key")  # show.changed; viewers.changed came with the seed
        self.engagement()
        self.auction_and_giveaway()
        self.community()

    def engagement(self) -> dict[str, str]:
        """A voucher claimed, a poll voted in and a rundown step (issue 20); their ids."""
        s = self.show
        voucher = self.call(
            "POST",
            f"{s}/vouchers",
            {
                "code": "FUZZ10",
                "kind": "percent",
                "percent_off": 10,
                "claim_limit": 1000,
                "duration_s": 3600,
            },
        )
        self.call("POST", f"{s}/vouchers/{voucher['id']}/claims", **self.viewer)
        poll = self.call("POST", f"{s}/polls", {"question": "Tea?", "options": ["Yes", "No"]})
        self.call("POST", f"{s}/polls/{poll['id']}/votes", {"option": 0}, **self.viewer)
        self.call("PUT", f"{s}/rundown", {"steps": [{"kind": "pin", "product_id": "prd_chai"}]})
        return {"voucher": voucher["id"], "poll": poll["id"]}

    def auction_and_giveaway(self) -> None:
        """An auction with a bid, cancelled; a giveaway with an entry, drawn (issue 20)."""
        s = self.show
        auction = self.call(
            "POST",
            f"{s}/auctions",
            {"product_id": "prd_chai", "starting_bid_minor": 500, "duration_s": 60},
        )
        self.call(
            "POST", f"{s}/auctions/{auction['id']}/bids", {"amount_minor": 500}, **self.viewer
        )
        self.call("DELETE", f"{s}/auctions/{auction['id']}")
        giveaway = self.call(
            "POST", f"{s}/giveaways", {"prize": "Chai set", "keyword": "#win", "duration_s": 60}
        )
        fan = self.call("POST", f"{s}/viewer-sessions", {"display_name": "Fan"})  # not muted
        self.call("POST", f"{s}/comments", {"text": "#win"}, Authorization=f"Bearer {fan['token']}")
        self.call("POST", f"{s}/giveaways/{giveaway['id']}/draw")

    def community(self) -> None:
        """A refund, and a member with a tier signing in (issue 21)."""
        s = self.show
        self.call("PUT", f"{s}/community/rules", {"tiers": [{"name": "Fan", "threshold": 1}]})
        order = self.call(
            "POST", f"{s}/orders", {"product_id": "prd_chai", "quantity": 1, "buyer_name": "Bo"}
        )
        self.call("POST", f"{s}/orders/{order['id']}/reversal", {"kind": "refund"})
        ada = {"display_name": "Ada", "viewer_id": "acc_ada"}  # her account: a member
        self.call("POST", f"{s}/viewer-sessions", ada)
        self.call("PUT", f"{s}/reseller-program", {"two_b": True, "commission_bp": 1000})
        invite = self.call("POST", f"{s}/reseller-invites", {"name": "Corner Shop"})
        joined = self.call("POST", f"{s}/resellers/join", {"invite_code": invite["invite_code"]})
        self.reseller_code, self.reseller_key = joined["code"], joined["access_key"]

    def materials(self) -> list[str]:
        """A poster for the joined reseller and a show-wide clip (contract 1.8.0); their ids."""
        files = {
            "fuzz-poster": ("poster_phone", "image/png", PNG_HEAD, self.reseller_code),
            "fuzz-clip": ("clip", "video/mp4", MP4_HEAD, None),
        }
        for material_id, (kind, content_type, head, code) in files.items():
            body = head + bytes(range(256)) * 8
            params = {
                "kind": kind,
                "label": material_id,
                "sha256": hashlib.sha256(body).hexdigest(),
            }
            if code:
                params["reseller_code"] = code
            r = requests.put(
                f"{self.base}{self.show}/materials/{material_id}",
                params=params,
                data=body,
                headers=self.headers | {"Content-Type": content_type},
                timeout=10,
            )
            assert r.status_code == 201, r.text
        return list(files)


@pytest.fixture
def served() -> Iterator[SandboxServer]:
    """A sandbox of its own (the fuzzer changes everything), served by uvicorn on localhost."""
    server = SandboxServer(rate=0, live=True, simulate=False, rate_limit=None, heartbeat_s=0.3)
    server.start()
    yield server
    server.stop()


def test_every_event_type_on_the_stream_matches_its_published_schema(
    served: SandboxServer,
) -> None:
    host = Host(served)
    host.one_event_of_each_type()
    api = schemathesis.openapi.from_url(f"{served.url}/openapi.json")
    api.config.max_stream_events = 200
    stream = api["/v1/shows/{show_id}/events/stream"]["GET"]
    case = stream.Case(path_parameters={"show_id": served.show_id}, query={"after": 0})
    response = case.call(headers=host.headers, timeout=2)
    case.validate_response(response)  # each event against ServerSentEvent and its contentSchema
    seen = {
        line.removeprefix("event: ")
        for line in response.text.splitlines()
        if line.startswith("event: ")
    }
    assert seen == {t.value for t in EventType}


def _fuzz_config(server: SandboxServer, host: Host) -> str:
    """Test data for the fuzzer: the identifiers a real deployment would give it."""
    shows = host.call("GET", "/shows")["items"]
    spare = next(s["id"] for s in shows if s["status"] == "scheduled")
    products = [p["id"] for p in host.call("GET", f"{host.show}/products?limit=200")["items"]]
    timer = host.call(
        "POST",
        f"{host.show}/timers",
        {"product_id": "prd_apron", "flash_price_minor": 100, "duration_s": 600},
    )
    vouchers = [v["id"] for v in host.call("GET", f"{host.show}/vouchers")]
    polls = [x["id"] for x in host.call("GET", f"{host.show}/polls")]
    auction = host.call(
        "POST",
        f"{host.show}/auctions",
        {"product_id": "prd_apron", "starting_bid_minor": 100, "duration_s": 300},
    )
    giveaway = host.call(
        "POST", f"{host.show}/giveaways", {"prize": "Apron", "keyword": "#fuzz", "duration_s": 3600}
    )
    materials = host.materials()
    return f"""
headers = {{ Authorization = "Bearer ${{STUDIO_FUZZ_TOKEN}}" }}

[warnings]
fail-on = true

[dictionaries.products]
values = {json.dumps(products)}

[dictionaries.timers]
values = ["{timer["id"]}"]

[dictionaries.vouchers]
values = {json.dumps(vouchers)}

[dictionaries.polls]
values = {json.dumps(polls)}

[dictionaries.auctions]
values = ["{auction["id"]}"]

[dictionaries.giveaways]
values = ["{giveaway["id"]}"]

[dictionaries.from_start]
values = [0]

[dictionaries.codes]
values = ["{host.reseller_code}", "KEMI"]

[dictionaries.materials]
values = {json.dumps(materials)}

[parameters]
"path.show_id" = "{server.show_id}"
"path.product_id" = {{ dictionary = "products", probability = 0.8 }}
"body.product_id" = {{ dictionary = "products", probability = 0.8 }}
"path.timer_id" = {{ dictionary = "timers", probability = 0.8 }}
"path.voucher_id" = {{ dictionary = "vouchers", probability = 0.8 }}
"path.poll_id" = {{ dictionary = "polls", probability = 0.8 }}
"path.auction_id" = {{ dictionary = "auctions", probability = 0.8 }}
"path.giveaway_id" = {{ dictionary = "giveaways", probability = 0.8 }}
"query.after" = {{ dictionary = "from_start", probability = 0.5 }}
"path.code" = {{ dictionary = "codes", probability = 0.8 }}
"query.reseller_code" = {{ dictionary = "codes", probability = 0.8 }}
"path.material_id" = {{ dictionary = "materials", probability = 0.8 }}

# Cancelling an auction or giveaway (DELETE) keeps it for the record, with status "cancelled":
# reading it afterwards is by design, not a deleted resource still served.
[[operations]]
include-operation-id = "get_auction"
checks = {{ use_after_free = {{ enabled = false }} }}

[[operations]]
include-operation-id = "get_giveaway"
checks = {{ use_after_free = {{ enabled = false }} }}

# Revoking a reseller's keys is tried on one whose key the fuzzer does not use.
[[operations]]
include-operation-id = "revoke_access"
parameters = {{ "path.code" = "KEMI" }}

# A reseller's own operations take their access key, not the host's token (contract 1.8.0).
[[operations]]
include-operation-id = "reseller_materials"
headers = {{ "X-Reseller-Key" = "{host.reseller_key}" }}
parameters = {{ "path.code" = "{host.reseller_code}" }}

[[operations]]
include-operation-id = "download_material"
headers = {{ "X-Reseller-Key" = "{host.reseller_key}" }}
parameters = {{ "path.code" = "{host.reseller_code}" }}

# Ending the fuzzed show would turn every later write into 409 show-ended: end another one.
[[operations]]
include-operation-id = "end_show"
parameters = {{ "path.show_id" = "{spare}" }}

# The event stream never ends: read what is there (or what comes within a second).
[[operations]]
include-operation-id = "stream_events"
request-timeout = 1.0
max-stream-events = 30
"""


def test_schemathesis_finds_no_server_error_schema_break_or_validation_mismatch(
    served: SandboxServer, tmp_path: Path
) -> None:
    """Examples, fuzzing and the stateful phase (links), as the host; every warning fails.

    `positive_data_acceptance` is left out: business rules refuse some schema-valid requests
    by design (stock, a flash price not below the price, unknown ids, stale versions, a timer's
    end outside the next hour). An operation refusing *every* valid-looking request is still
    caught: the "validation mismatch" warning fails the run.
    """
    host = Host(served)
    host.one_event_of_each_type()  # so the streams read by the fuzzer carry every type
    config = tmp_path / "schemathesis.toml"
    config.write_text(_fuzz_config(served, host), encoding="utf-8")
    command = [
        str(SCHEMATHESIS),
        "--config-file",
        str(config),
        "run",
        f"{served.url}/openapi.json",
        "--phases",
        "examples,fuzzing,stateful",  # the coverage phase crashes on this Python (FACTS.md)
        "--max-examples",
        "15",
        "--seed",
        "20261130",
        "--request-timeout",
        "5",
        "--exclude-checks",
        "positive_data_acceptance",
    ]
    env = os.environ | {
        "SCHEMATHESIS_HOOKS": str(HOOKS),
        "STUDIO_FUZZ_TOKEN": served.host_token,  # kept off the command line
        "STUDIO_FUZZ_API": served.api_url,
        "NO_COLOR": "1",
    }
    run = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    out = run.stdout + run.stderr
    assert served.host_token not in out
    assert run.returncode == 0, out[-8000:]
    operations = len(_operations(openapi_document()))
    assert f"Tested: {operations}" in out and "Stateful" in out, out[-3000:]
