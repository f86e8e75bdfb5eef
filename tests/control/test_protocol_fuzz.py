"""Fuzzing the control protocol's parser against its JSON Schema (hypothesis, no server).

`parse_client` must accept exactly the client messages docs/control-protocol.schema.json
accepts (requests of an unknown type are refused with their own code, as the schema's enum
refuses them), and refuse everything else with a `ProtocolError`, never another exception.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.control import protocol as p
from tests.control.test_control import VALIDATOR

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
JSON_LEAF = st.none() | st.booleans() | st.integers(-(2**40), 2**40) | TEXT
JSON_LEAF |= st.floats(allow_nan=False, allow_infinity=False)
ANY_JSON = st.recursive(
    JSON_LEAF,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
FIELDS = sorted({f for spec in p.REQUESTS.values() for f in spec} | {"extra"})


@st.composite
def near_messages(draw: st.DrawFn) -> Any:
    """Mostly well-formed messages with a few things wrong (so both outcomes are common)."""
    op = draw(st.sampled_from(["identify", "subscribe", "request", "hello", "x"]))
    events = st.lists(st.sampled_from([*p.EventType, "nope"]), max_size=5)
    if op == "identify":
        d: dict[str, Any] = {
            "protocol": draw(st.sampled_from([1, 1.0, 0, 2, "1", True])),
            "token": draw(st.sampled_from(["tok", "", 5])),
        }
        if draw(st.booleans()):
            d["events"] = draw(events)
    elif op == "subscribe":
        d = {"events": draw(events)} if draw(st.booleans()) else {}
    else:
        kind = draw(st.sampled_from([*p.REQUESTS, "nope"]))
        data = draw(
            st.dictionaries(
                st.sampled_from(FIELDS),
                st.booleans() | st.integers(-5, 100) | TEXT | st.just(60.0) | st.none(),
                max_size=4,
            )
        )
        d = {"id": draw(st.sampled_from(["a", "", "x" * 65, 3])), "type": kind}
        if data or draw(st.booleans()):
            d["data"] = data
    msg: Any = {"op": op, "d": d}
    if draw(st.integers(0, 9)) == 0:
        msg["more"] = 1
    return msg


def agree(msg: Any) -> None:
    raw = json.dumps(msg)
    valid = VALIDATOR.is_valid(msg)
    client_op = isinstance(msg, dict) and msg.get("op") in ("identify", "subscribe", "request")
    try:
        parsed = p.parse_client(raw)
    except p.ProtocolError as exc:
        assert not (valid and client_op), f"{raw} is valid but refused: {exc.message}"
        assert exc.message
        return
    assert client_op and valid, f"{raw} was accepted as {parsed} but breaks the schema"


@settings(max_examples=600, deadline=None)
@given(near_messages())
def test_parser_accepts_exactly_what_the_schema_accepts(msg: Any) -> None:
    agree(msg)


@settings(max_examples=300, deadline=None)
@given(ANY_JSON)
def test_any_json_is_refused_cleanly(msg: Any) -> None:
    agree(msg)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=64))
def test_garbage_is_refused_cleanly(raw: bytes | str) -> None:
    try:
        p.parse_client(raw)
    except p.ProtocolError as exc:
        assert exc.code in (p.ErrorCode.MALFORMED, p.ErrorCode.UNKNOWN_REQUEST)


def test_server_messages_follow_the_schema() -> None:
    for text in (
        p.hello("1.0"),
        p.identified(frozenset(p.EventType)),
        p.error(p.ErrorCode.MALFORMED, "m", "h"),
        p.dumps("response", p.ok("1", "unpin", {"change": 3})),
        p.dumps("response", p.refusal("1", "go_live", p.ErrorCode.CONFIRM_REQUIRED, "m", "h")),
        p.event(p.EventType.PIN, {"pinned": False, "sku": None, "title": None}),
    ):
        assert VALIDATOR.is_valid(json.loads(text)), text
