"""What the published OpenAPI document says beyond FastAPI's generation.

- Problem responses become shared components in `application/problem+json` (429 and 503 with
  `Retry-After`); response headers are documented (`X-Last-Event-Id`, `ETag`,
  `Idempotent-Replayed`).
- The live event stream is described event by event: `ServerSentEvent` is one of an object
  per event type (`event`, `id`, and `data` holding that type's JSON), read off the `Event`
  union the models define, so the stream and the polling endpoint share one definition.
- Operations carry OpenAPI links: a show leads to everything under it, a page of products to
  one product, a queue or pin to its edit with the ETag in `If-Match`, a new timer to its
  cancellation... so a stateful client can walk the API from `GET /v1/shows`.
- `If-Match` is required where the server answers 428 without it.
"""

from __future__ import annotations

from typing import Any

from studio.sandbox.problems import PROBLEM_JSON

# An OpenAPI document as FastAPI hands it over: nested JSON objects.
OpenApiDoc = dict[str, Any]
Link = dict[str, Any]

SHOW_PATH = "/v1/shows/{show_id}"
IF_MATCH_REQUIRED = frozenset({"put_queue"})  # routers/queue.py: 428 without it

_RETRY_AFTER = {
    "description": "Seconds to wait before retrying.",
    "schema": {"type": "integer", "minimum": 1},
}

_SHOW_ID = {"path.show_id": "$request.path.show_id"}
_ETAG = {"header.If-Match": "$response.header.ETag"}


def _to(operation_id: str, parameters: dict[str, str], body: dict[str, str] | None = None) -> Link:
    link: Link = {"operationId": operation_id, "parameters": {**_SHOW_ID, **parameters}}
    if body is not None:
        link["requestBody"] = body
    return link


# Links between resources of one show: source operation -> link name -> link.
LINKS: dict[str, dict[str, Link]] = {
    "list_products": {
        "get_product": _to("get_product", {"path.product_id": "$response.body#/items/0/id"}),
        "update_product": _to("update_product", {"path.product_id": "$response.body#/items/0/id"}),
        "put_pin": _to("put_pin", {}, {"product_id": "$response.body#/items/0/id"}),
    },
    "get_product": {
        "update_product": _to("update_product", {"path.product_id": "$response.body#/id"}),
        "put_pin": _to("put_pin", {}, {"product_id": "$response.body#/id"}),
        "create_timer": _to("create_timer", {}, {"product_id": "$response.body#/id"}),
        "create_order": _to("create_order", {}, {"product_id": "$response.body#/id"}),
        "create_auction": _to("create_auction", {}, {"product_id": "$response.body#/id"}),
    },
    "update_product": {
        "get_product": _to("get_product", {"path.product_id": "$response.body#/id"}),
    },
    "get_queue": {
        "put_queue": _to("put_queue", _ETAG, {"product_ids": "$response.body#/product_ids"}),
    },
    "put_queue": {
        "put_queue": _to("put_queue", _ETAG, {"product_ids": "$response.body#/product_ids"}),
    },
    "get_pin": {
        "put_pin": _to("put_pin", _ETAG),
        "delete_pin": _to("delete_pin", _ETAG),
    },
    "put_pin": {
        "delete_pin": _to("delete_pin", _ETAG),
        "get_product": _to("get_product", {"path.product_id": "$response.body#/product_id"}),
    },
    "delete_pin": {"put_pin": _to("put_pin", _ETAG)},
    "create_timer": {
        "cancel_timer": _to("cancel_timer", {"path.timer_id": "$response.body#/id"}),
    },
    "list_timers": {
        "cancel_timer": _to("cancel_timer", {"path.timer_id": "$response.body#/0/id"}),
    },
    "create_auction": {
        "get_auction": _to("get_auction", {"path.auction_id": "$response.body#/id"}),
        "cancel_auction": _to("cancel_auction", {"path.auction_id": "$response.body#/id"}),
        "list_bids": _to("list_bids", {"path.auction_id": "$response.body#/id"}),
    },
    "list_auctions": {
        "get_auction": _to("get_auction", {"path.auction_id": "$response.body#/0/id"}),
    },
    "get_auction": {
        "list_bids": _to("list_bids", {"path.auction_id": "$response.body#/id"}),
    },
    "create_giveaway": {
        "get_giveaway": _to("get_giveaway", {"path.giveaway_id": "$response.body#/id"}),
        "list_entries": _to("list_entries", {"path.giveaway_id": "$response.body#/id"}),
        "draw_giveaway": _to("draw_giveaway", {"path.giveaway_id": "$response.body#/id"}),
        "cancel_giveaway": _to("cancel_giveaway", {"path.giveaway_id": "$response.body#/id"}),
    },
    "list_giveaways": {
        "get_giveaway": _to("get_giveaway", {"path.giveaway_id": "$response.body#/0/id"}),
    },
    "create_order": {
        "get_product": _to("get_product", {"path.product_id": "$response.body#/product_id"}),
        "list_orders": _to("list_orders", {}),
    },
    "list_orders": {
        "list_orders": _to("list_orders", {"query.after_seq": "$response.body#/last_seq"}),
    },
    "poll_events": {
        "poll_events": _to("poll_events", {"query.after": "$response.body#/last_event_id"}),
        "stream_events": _to("stream_events", {"query.after": "$response.body#/last_event_id"}),
    },
    "create_reseller": {
        "create_order": _to("create_order", {}, {"referral_code": "$response.body#/code"}),
    },
    "create_comment": {
        "put_comment_pin": _to("put_comment_pin", {}, {"comment_id": "$response.body#/id"}),
        "hide_comment": _to("hide_comment", {"path.comment_id": "$response.body#/id"}),
        "reply_to_comment": _to("reply_to_comment", {"path.comment_id": "$response.body#/id"}),
        "create_restriction": _to(
            "create_restriction", {}, {"comment_id": "$response.body#/id", "kind": "mute"}
        ),
    },
    "hide_comment": {
        "unhide_comment": _to("unhide_comment", {"path.comment_id": "$response.body#/id"}),
    },
    "get_comment_pin": {
        "delete_comment_pin": _to("delete_comment_pin", _ETAG),
    },
    "put_comment_pin": {
        "delete_comment_pin": _to("delete_comment_pin", _ETAG),
    },
    "invite_cohost": {
        "revoke_cohost": _to("revoke_cohost", {"path.cohost_id": "$response.body#/cohost/id"}),
    },
    "create_restriction": {
        "lift_restriction": _to("lift_restriction", {"path.restriction_id": "$response.body#/id"}),
    },
    **{
        source: {
            target: _to(target, {"path.voucher_id": f"$response.body#{where}"})
            for target in ("claim_voucher", "show_voucher", "hide_voucher", "end_voucher")
        }
        for source, where in (("create_voucher", "/id"), ("list_vouchers", "/0/id"))
    },
    "claim_voucher": {
        "create_order": _to("create_order", {}, {"voucher_claim_id": "$response.body#/id"}),
    },
    **{
        source: {
            target: _to(target, {"path.poll_id": f"$response.body#{where}"})
            for target in ("get_poll", "vote_in_poll", "close_poll")
        }
        for source, where in (("create_poll", "/id"), ("list_polls", "/0/id"))
    },
    "get_rundown": {
        "put_rundown": _to("put_rundown", _ETAG, {"steps": "$response.body#/steps"}),
        "advance_rundown": _to("advance_rundown", {}),
    },
    "put_rundown": {"advance_rundown": _to("advance_rundown", {})},
}

# Operations answering with a show (or its id): they lead to everything under that show.
SHOW_SOURCES: dict[str, str] = {
    "list_shows": "$response.body#/items/0/id",
    "get_show": "$response.body#/id",
    "start_show": "$response.body#/id",
    "end_show": "$response.body#/id",
    "rotate_key": "$response.body#/show_id",
}


def polish(doc: OpenApiDoc) -> OpenApiDoc:
    """Rewrite `doc` in place (and return it) as described in the module docstring."""
    shared = doc.setdefault("components", {}).setdefault("responses", {})
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            responses = operation.get("responses", {})
            _share_problems(responses, shared)
            ok = responses.get("200") or responses.get("201")
            if ok is not None:
                _document_success(path, method, ok)
            if operation.get("operationId") in IF_MATCH_REQUIRED:
                for parameter in operation.get("parameters", []):
                    if parameter["name"] == "If-Match":
                        parameter["required"] = True
    doc["components"]["schemas"]["ServerSentEvent"] = server_sent_event_schema(doc)
    _add_links(doc)
    return doc


def server_sent_event_schema(doc: OpenApiDoc) -> dict[str, Any]:
    """One SSE message of the stream, as read by an SSE parser (`event`, `id`, `data`)."""
    mapping: dict[str, str] = doc["components"]["schemas"]["Event"]["discriminator"]["mapping"]
    return {
        "description": (
            "One message of the live event stream: `event` names the type, `id` is the "
            "event's id (send it back as `Last-Event-ID`), `data` is the `Event` as JSON."
        ),
        "oneOf": [
            {
                "title": event_type,
                "type": "object",
                "additionalProperties": False,
                "required": ["event", "id", "data"],
                "properties": {
                    "event": {"const": event_type},
                    "id": {"type": "string", "pattern": "^[1-9][0-9]*$"},
                    "data": {
                        "type": "string",
                        "contentMediaType": "application/json",
                        "contentSchema": {"$ref": ref},
                    },
                },
            }
            for event_type, ref in mapping.items()
        ],
    }


def _share_problems(responses: dict[str, Any], shared: dict[str, Any]) -> None:
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    for code in list(responses):
        if not code.startswith(("4", "5")):
            continue
        name = f"Problem{code}"
        if name not in shared:
            shared[name] = {
                "description": responses[code].get("description", "Problem"),
                "content": {PROBLEM_JSON: {"schema": problem_ref}},
            }
            if code in ("429", "503"):
                shared[name]["headers"] = {"Retry-After": _RETRY_AFTER}
        responses[code] = {"$ref": f"#/components/responses/{name}"}


def _document_success(path: str, method: str, ok: dict[str, Any]) -> None:
    if path.endswith("/events/stream"):
        ok["content"] = {
            "text/event-stream": {"schema": {"$ref": "#/components/schemas/ServerSentEvent"}}
        }
        ok["description"] = (
            "An endless text/event-stream: `retry:` first, then one `ServerSentEvent` per "
            "event as it happens, and a `: ping` comment when idle."
        )
    headers = ok.setdefault("headers", {})
    if method == "get" and path.startswith(SHOW_PATH):
        headers["X-Last-Event-Id"] = {
            "description": "The show's newest event id before this read.",
            "schema": {"type": "integer"},
        }
    if path.endswith(("/queue", "/pin", "/comment-pin", "/rundown")):
        headers["ETag"] = {
            "description": "The version, for If-Match.",
            "schema": {"type": "string"},
        }
    if method == "post":
        headers["Idempotent-Replayed"] = {
            "description": "`true` when this is the stored result of an earlier call.",
            "schema": {"type": "string"},
        }
    if not headers:
        del ok["headers"]


def _add_links(doc: OpenApiDoc) -> None:
    operations = {
        op["operationId"]: (path, op)
        for path, item in doc["paths"].items()
        for op in item.values()
        if "operationId" in op
    }
    under_show = [
        op_id
        for op_id, (path, op) in operations.items()
        if path.startswith(SHOW_PATH)
        and {p["name"] for p in op.get("parameters", []) if p["in"] == "path"} == {"show_id"}
    ]
    for source, (_, op) in operations.items():
        links: dict[str, Link] = {}
        if source in SHOW_SOURCES:
            expression = SHOW_SOURCES[source]
            for target in under_show:
                if target != source:
                    links[target] = {
                        "operationId": target,
                        "parameters": {"path.show_id": expression},
                    }
        links.update(LINKS.get(source, {}))
        if not links:
            continue
        responses = op["responses"]
        ok = responses.get("200") or responses.get("201")
        ok["links"] = links
