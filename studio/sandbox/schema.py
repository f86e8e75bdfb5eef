"""What the published OpenAPI document says beyond FastAPI's generation.

Problem responses become shared components in `application/problem+json` (429/503 with
`Retry-After`), response headers are documented (`X-Last-Event-Id`, `ETag`,
`Idempotent-Replayed`), and the event stream's media type is described.
"""

from __future__ import annotations

from typing import Any

from studio.sandbox.problems import PROBLEM_JSON

# An OpenAPI document as FastAPI hands it over: nested JSON objects.
OpenApiDoc = dict[str, Any]

_RETRY_AFTER = {
    "description": "Seconds to wait before retrying.",
    "schema": {"type": "integer", "minimum": 1},
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
    return doc


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
        ok["content"] = {"text/event-stream": {"schema": {"type": "string"}}}
        ok["description"] = "An endless text/event-stream of `Event`s."
    headers = ok.setdefault("headers", {})
    if method == "get" and path.startswith("/v1/shows/{show_id}"):
        headers["X-Last-Event-Id"] = {
            "description": "The show's newest event id before this read.",
            "schema": {"type": "integer"},
        }
    if path.endswith(("/queue", "/pin")):
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
