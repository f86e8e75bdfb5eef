"""What every router shares: the running sandbox, the caller, role checks, common parameters.

`allow(action)` is the one place a route's permission is checked (against `auth.PERMISSIONS`),
and `op(action, ...)` documents the same roles in the operation (`x-roles`), so the documented
and the enforced roles cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Protocol, TypedDict

from fastapi import Depends, Header, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from studio.platform.models import API_VERSION, Order, Problem
from studio.sandbox.auth import denial, roles_of
from studio.sandbox.hls import LiveHls
from studio.sandbox.middleware import IDEMPOTENCY_KEY_PATTERN, Faults, RateLimiter
from studio.sandbox.problems import (
    PROBLEM_JSON,
    ApiProblem,
    Forbidden,
    NotFound,
    PreconditionRequired,
    Unauthorized,
    Unavailable,
)
from studio.sandbox.simulator import OrderSimulator
from studio.sandbox.stores import Principal, Store
from studio.sandbox.stores.base import CURSOR_PATTERN


class Controls(Protocol):
    """The simulated audience behind `/sandbox/simulator` (`server.SandboxControls`)."""

    simulator: OrderSimulator
    running: bool

    def set_running(self, running: bool) -> None: ...

    def tick(self, seconds: float) -> list[Order]: ...


@dataclass
class Sandbox:
    """What the routes need at run time."""

    store: Store
    faults: Faults = field(default_factory=Faults)
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(None))
    media_dir: Path | None = None
    heartbeat_s: float = 15.0
    retry_ms: int = 1000
    share_base: str = "https://shop.example/live"
    controls: Controls | None = None
    hls: LiveHls | None = None  # the shows' live video for the viewer page (routers/watch.py)


# FastAPI's own type for `responses=` (its values are free-form OpenAPI response objects).
Responses = dict[int | str, dict[str, Any]]

ERRORS: Responses = {
    code: {"model": Problem, "content": {PROBLEM_JSON: {}}, "description": text}
    for code, text in {
        400: "Malformed request, cursor, header or Idempotency-Key",
        401: "Missing or unknown bearer token",
        403: "The token's role or show does not allow this",
        404: "No such resource",
        409: "Conflicts with the current state (show ended, out of stock, key in use)",
        412: "Stale version (If-Match); `current` holds the current state",
        422: "Invalid fields; `errors` lists them",
        428: "If-Match required",
        429: "Rate limited; see Retry-After",
        503: "Temporarily unavailable; see Retry-After",
    }.items()
}

IF_MATCH_PATTERN = r'^(\*|(W/)?"[0-9]{1,18}"|[0-9]{1,18})$'
IF_MATCH = re.compile(IF_MATCH_PATTERN)
LAST_EVENT_ID_PATTERN = r"^[0-9]{0,16}$"  # below 2**63 (SQLite); empty = not sent
LAST_EVENT_ID = re.compile(LAST_EVENT_ID_PATTERN)

IdemKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        pattern=IDEMPOTENCY_KEY_PATTERN,
        description="Fresh per logical write; reuse it on retries.",
    ),
]
OptIdemKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", pattern=IDEMPOTENCY_KEY_PATTERN, description="Optional."),
]
# Checked by `if_match_version` (400 bad-if-match), so only documented here.
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description='The version edited, as its ETag (`"3"`), or `*` for whatever is current.',
        json_schema_extra={"pattern": IF_MATCH_PATTERN},
    ),
]
Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
# Checked by `stores.base.decode_cursor` (400 bad-cursor), so only documented here.
Cursor = Annotated[
    str | None,
    Query(
        max_length=200,
        description="`next_cursor` of a page.",
        json_schema_extra={"pattern": CURSOR_PATTERN},
    ),
]

V1 = f"/{API_VERSION}"
SHOW = f"{V1}/shows/{{show_id}}"  # the prefix of every show-scoped route

bearer = HTTPBearer(auto_error=False, description="A host, cohost or viewer token.")


class EventStreamResponse(StreamingResponse):
    media_type = "text/event-stream"


def _sb(request: Request) -> Sandbox:
    sb: Sandbox | None = getattr(request.app.state, "sandbox", None)
    if sb is None:
        raise Unavailable("The sandbox is not running.")
    return sb


SB = Annotated[Sandbox, Depends(_sb)]


def _caller(
    sb: SB, cred: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Principal:
    if cred is None or cred.scheme.lower() != "bearer":
        raise Unauthorized("Send `Authorization: Bearer <token>`.")
    who = sb.store.tokens.principal(cred.credentials)
    if who is None:
        raise Unauthorized("This token is unknown or was revoked.")
    return who


Caller = Annotated[Principal, Depends(_caller)]


def allow(action: str) -> Callable[..., Principal]:
    """A dependency: the caller, if its role and show allow `action` on `show_id`.

    Raises `NotFound` (no such show), `Forbidden` (another show's token, or a role the action
    is not open to). On a GET, sets `X-Last-Event-Id` before the handler reads state.
    """

    def dep(show_id: str, who: Caller, sb: SB, request: Request, response: Response) -> Principal:
        if not sb.store.shows.exists(show_id):
            raise NotFound(f"There is no show {show_id!r}.")
        if who.show_id is not None and who.show_id != show_id:
            raise Forbidden("This token belongs to another show.")
        msg = denial(action, who.role)
        if msg:
            raise Forbidden(msg)
        if request.method == "GET":
            # Read before the handler reads state: resuming after it may repeat, never skip.
            response.headers["X-Last-Event-Id"] = str(sb.store.events.last_id(show_id))
        return who

    return dep


class OperationDoc(TypedDict):
    summary: str
    description: str
    responses: Responses
    openapi_extra: dict[str, Any]


def op(action: str, summary: str, description: str = "") -> OperationDoc:
    """Route keywords documenting an operation: summary, roles (text and `x-roles`), errors."""
    roles = roles_of(action)
    return {
        "summary": summary,
        "description": (description + "\n\n" if description else "")
        + f"Roles: {', '.join(roles)}.",
        "responses": ERRORS,
        "openapi_extra": {"x-roles": roles},
    }


def media_base(request: Request) -> str:
    """Where relative product images are served (`/media/`), as the caller reached us."""
    return str(request.base_url).rstrip("/") + "/media/"


def reseller_page(request: Request, show_id: str) -> str:
    """A show's reseller materials page (`routers/resell.py`), as the caller reached us."""
    return str(request.base_url).rstrip("/") + f"/resell/{show_id}"


def if_match_version(value: str | None, required: bool) -> int | None:
    """The version in an If-Match header; None for `*` or (when optional) no header.

    Raises `PreconditionRequired` (428) when required and missing, `ApiProblem` (400
    bad-if-match) when it is not a version ETag such as `"3"`.
    """
    if value is None:
        if required:
            raise PreconditionRequired(
                'Send the version you edited in If-Match (e.g. If-Match: "3"); '
                "GET the resource for its ETag."
            )
        return None
    v = value.strip()
    if not IF_MATCH.match(v):
        raise ApiProblem(
            'If-Match must be a version ETag such as "3".',
            slug="bad-if-match",
            title="Bad If-Match",
        )
    if v == "*":
        return None
    return int(v.removeprefix("W/").strip('"'))
