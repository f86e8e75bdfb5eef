"""The remote-control protocol, version 1: message shapes, parsing and typed replies (no I/O).

In the spirit of obs-websocket v5 (github.com/obsproject/obs-websocket, docs/generated/
protocol.md): the server says `hello` with its protocol version, the client `identify`s with
the token and the events it wants, then sends `request`s carrying its own ids and gets one
`response` each (`ok` with data, or a typed `error` with message and hint); `event`s arrive
for what it subscribed to (`subscribe` changes that later). Every message is one JSON object
`{"op": ..., "d": {...}}` in a WebSocket text frame. The JSON Schema of every message is
docs/control-protocol.schema.json (its `$id` carries the version); `parse_client` accepts
exactly the client messages that schema accepts, which the tests check by fuzzing.

Close codes (WebSocket, 4000-4999 are the application's): 4002 the first message was not an
identify, 4009 a wrong token, 4010 an unsupported protocol version, 4029 too many failed
sign-ins from this address.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from enum import StrEnum

from studio.platform.outbox import JsonObject

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 16 * 1024
MAX_ID_CHARS = 64

CLOSE_NOT_IDENTIFIED = 4002
CLOSE_AUTH_FAILED = 4009
CLOSE_UNSUPPORTED_VERSION = 4010
CLOSE_LOCKED_OUT = 4029


class ErrorCode(StrEnum):
    """Why a request or message was refused (`response.d.error.code`, `error.d.code`)."""

    MALFORMED = "malformed"  # not JSON or not a message of the schema
    UNKNOWN_REQUEST = "unknown_request"
    NOT_IDENTIFIED = "not_identified"
    RATE_LIMITED = "rate_limited"
    CONFIRM_REQUIRED = "confirm_required"  # go_live / end_show without confirm: true
    NO_SHOW = "no_show"  # no platform show is attached to the studio
    REFUSED = "refused"  # the studio's own validation said no (message + hint say why)
    UNAUTHORIZED = "unauthorized"  # HTTP: a missing or wrong token
    INTERNAL = "internal"


class EventType(StrEnum):
    """What a client may subscribe to."""

    STATE = "state"  # the broadcast: idle / starting / live / stopping, recording, muted
    PIN = "pin"  # the pinned product changed
    ORDER = "order"  # orders arrived (with the show's running totals)
    WARNING = "warning"  # something went wrong: a change the platform refused, a broadcast error


# Request type -> its data: field -> (accepted JSON types, required?). `price` may be a
# string ("34.30", exact) or a number.
_STR: tuple[type, ...] = (str,)
_BOOL: tuple[type, ...] = (bool,)
_INT: tuple[type, ...] = (int,)
_TEXTS: tuple[type, ...] = (list,)  # a list of MIN_ITEMS to MAX_ITEMS texts (poll options)
MIN_ITEMS, MAX_ITEMS = 2, 4
REQUESTS: dict[str, dict[str, tuple[tuple[type, ...], bool]]] = {
    "get_status": {},
    "get_stats": {},
    "go_live": {"confirm": (_BOOL, True)},
    "end_show": {"confirm": (_BOOL, True)},
    "set_recording": {"on": (_BOOL, True)},
    "set_mute": {"muted": (_BOOL, True)},
    "reconnect_now": {},
    "pin_next": {},
    "pin_sku": {"sku": (_STR, True)},
    "unpin": {},
    "start_flash_sale": {
        "sku": (_STR, False),
        "price": ((str, int, float), True),
        "seconds": (_INT, True),
    },
    "cancel_flash_sale": {"sku": (_STR, False)},
    "pin_comment": {"comment_id": (_STR, True)},
    "unpin_comment": {},
    "scene_switch": {"scene": (_STR, True), "transition": (_STR, False), "ms": (_INT, False)},
    "rundown_next": {"skip": (_BOOL, False)},
    "poll_start": {"question": (_STR, True), "options": (_TEXTS, True), "seconds": (_INT, False)},
    "poll_close": {},
    "auction_start": {
        "sku": (_STR, False),
        "starting_bid": ((str, int, float), True),
        "seconds": (_INT, True),
        "increment": ((str, int, float), False),
        "mode": (_STR, False),
        "reserve": ((str, int, float), False),
    },
    "auction_cancel": {"confirm": (_BOOL, True)},
    "giveaway_open": {
        "prize": (_STR, True),
        "seconds": (_INT, True),
        "keyword": (_STR, False),
        "purchase": (_BOOL, False),
    },
    "giveaway_draw": {"cancel": (_BOOL, False)},
}
MAX_TEXT_CHARS = 200  # a SKU, a comment id, a price as text


class ProtocolError(Exception):
    """A message the protocol does not accept: `code`, `message` and `hint` for the reply."""

    def __init__(self, code: ErrorCode, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class Identify:
    protocol: int
    token: str
    events: frozenset[EventType] | None  # None: all


@dataclass(frozen=True)
class Subscribe:
    events: frozenset[EventType]


@dataclass(frozen=True)
class Request:
    id: str
    type: str
    data: JsonObject = field(default_factory=dict)


ClientMessage = Identify | Subscribe | Request


def _malformed(message: str, hint: str = "") -> ProtocolError:
    return ProtocolError(
        ErrorCode.MALFORMED, message, hint or "See docs/control-protocol.schema.json."
    )


def _obj(value: object, where: str) -> JsonObject:
    if not isinstance(value, dict):
        raise _malformed(f"{where} must be a JSON object.")
    return value


def _only(d: JsonObject, allowed: set[str], where: str) -> None:
    extra = sorted(set(d) - allowed)
    if extra:
        raise _malformed(f"{where} has unknown field(s): {', '.join(extra)[:200]}.")


def _events(value: object) -> frozenset[EventType]:
    if not isinstance(value, list) or len(value) > len(EventType):
        raise _malformed("events must be a list of event types.", _events_hint())
    out: set[EventType] = set()
    for v in value:
        if not isinstance(v, str) or v not in EventType.__members__.values():
            raise _malformed("events must be a list of event types.", _events_hint())
        out.add(EventType(v))
    return frozenset(out)


def _events_hint() -> str:
    return "Known events: " + ", ".join(e.value for e in EventType) + "."


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= MAX_TEXT_CHARS:
        raise _malformed(f"{where} must be text of 1 to {MAX_TEXT_CHARS} characters.")
    return value


def parse_client(raw: str | bytes) -> ClientMessage:
    """One client message from a text frame (or an HTTP body's request).

    Raises `ProtocolError(MALFORMED)` for anything that is not a message of the schema
    (binary frames, bad JSON, wrong shapes), `ProtocolError(UNKNOWN_REQUEST)` for a request
    type this version does not know. Never anything else.
    """
    if isinstance(raw, bytes):
        raise _malformed("Binary frames are not part of the protocol.", "Send JSON as text.")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise _malformed(f"A message may hold at most {MAX_MESSAGE_BYTES} bytes.")
    try:
        msg = json.loads(raw, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise _malformed("The message is not JSON.") from None
    m = _obj(msg, "A message")
    _only(m, {"op", "d"}, "The message")
    op = m.get("op")
    d = _obj(m.get("d"), "d")
    if op == "identify":
        _only(d, {"protocol", "token", "events"}, "identify")
        version = d.get("protocol")
        if isinstance(version, float) and version.is_integer():
            version = int(version)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _malformed("identify needs the protocol version (an integer, 1).")
        token = d.get("token")
        if not isinstance(token, str) or not 1 <= len(token) <= 512:
            raise _malformed("identify needs the token (text).")
        events = _events(d["events"]) if "events" in d else None
        return Identify(version, token, events)
    if op == "subscribe":
        _only(d, {"events"}, "subscribe")
        if "events" not in d:
            raise _malformed("subscribe needs the events (a list).")
        return Subscribe(_events(d["events"]))
    if op == "request":
        return parse_request(d)
    raise _malformed("op must be identify, subscribe or request.")


def _no_constant(name: str) -> object:
    raise ValueError(name)  # NaN and Infinity are not JSON


def parse_request(d: JsonObject) -> Request:
    """A request's `d` (`{"id", "type", "data"}`) checked against `REQUESTS`."""
    _only(d, {"id", "type", "data"}, "request")
    rid = d.get("id")
    if not isinstance(rid, str) or not 1 <= len(rid) <= MAX_ID_CHARS:
        raise _malformed(f"A request needs an id (text of 1 to {MAX_ID_CHARS} characters).")
    kind = d.get("type")
    if not isinstance(kind, str):
        raise _malformed("A request needs a type (text).")
    spec = REQUESTS.get(kind)
    if spec is None:
        raise ProtocolError(
            ErrorCode.UNKNOWN_REQUEST,
            f"There is no request {kind[:40]!r}.",
            "Known requests: " + ", ".join(REQUESTS) + ".",
        )
    data = _obj(d.get("data", {}), "data")
    _only(data, set(spec), f"{kind}'s data")
    for name, (types, required) in spec.items():
        if name not in data:
            if required:
                raise _malformed(f"{kind} needs {name}.")
            continue
        v = data[name]
        if int in types and float not in types and isinstance(v, float) and v.is_integer():
            v = data[name] = int(v)  # JSON Schema's integer: 60.0 is 60
        ok = isinstance(v, types) and not (isinstance(v, bool) and bool not in types)
        if isinstance(v, float) and not math.isfinite(v):
            ok = False
        if not ok:
            names = " or ".join(_JSON_NAMES[t] for t in types)
            raise _malformed(f"{kind}'s {name} must be {names}.")
        if isinstance(v, str):
            _text(v, f"{kind}'s {name}")
        if isinstance(v, list):
            if not MIN_ITEMS <= len(v) <= MAX_ITEMS:
                raise _malformed(f"{kind}'s {name} must hold {MIN_ITEMS} to {MAX_ITEMS} texts.")
            for item in v:
                _text(item, f"each of {kind}'s {name}")
    return Request(rid, kind, dict(data))


_JSON_NAMES = {
    str: "text",
    bool: "true or false",
    int: "an integer",
    float: "a number",
    list: f"a list of {MIN_ITEMS} to {MAX_ITEMS} texts",
}


def dumps(op: str, d: JsonObject) -> str:
    """A server message as compact JSON text."""
    return json.dumps({"op": op, "d": d}, separators=(",", ":"), ensure_ascii=False)


def hello(studio_version: str) -> str:
    return dumps(
        "hello",
        {
            "protocol": PROTOCOL_VERSION,
            "studio": studio_version,
            "auth": "token",
            "requests": list(REQUESTS),
            "events": [e.value for e in EventType],
        },
    )


def identified(events: frozenset[EventType]) -> str:
    return dumps("identified", {"protocol": PROTOCOL_VERSION, "events": sorted(events)})


def ok(rid: str, kind: str, data: JsonObject) -> JsonObject:
    """A successful response's `d`."""
    return {"id": rid, "type": kind, "ok": True, "data": data}


def refusal(rid: str, kind: str, code: ErrorCode, message: str, hint: str = "") -> JsonObject:
    """A refused request's `d`: typed error with message and hint."""
    return {
        "id": rid,
        "type": kind,
        "ok": False,
        "error": {"code": code.value, "message": message, "hint": hint},
    }


def error(code: ErrorCode, message: str, hint: str = "") -> str:
    """A message-level error (no request id could be read)."""
    return dumps("error", {"code": code.value, "message": message, "hint": hint})


def event(kind: EventType, data: JsonObject) -> str:
    return dumps("event", {"type": kind.value, "data": data})
