"""The sandbox platform's HTTP API (FastAPI): the reference implementation of the contract.

`create_app()` with no sandbox builds the same routes for generating `openapi.yaml`; with a
`Sandbox` it serves them. Everything under `/v1` is the contract. `/sandbox/...` are controls
for demos and tests (simulator, fault switches, the ingest's publish hook) and are not part of
it; `/media/...` stands in for the platform's image CDN.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from studio.platform.models import (
    API_VERSION,
    Cohost,
    CohostCreate,
    CohostCreated,
    Comment,
    CommentCreate,
    EventPage,
    Health,
    IngestHealth,
    IngestReport,
    Me,
    OrderCreate,
    OrderPage,
    Page,
    Pin,
    PinUpdate,
    Problem,
    Product,
    ProductUpdate,
    Queue,
    QueueUpdate,
    Reseller,
    ResellerCreate,
    Role,
    Show,
    StreamKey,
    Supporter,
    Timer,
    TimerCreate,
    TimerStatus,
    Viewers,
)
from studio.platform.models import Order as OrderModel
from studio.sandbox.auth import denial, roles_of
from studio.sandbox.middleware import (
    FaultMiddleware,
    Faults,
    IdempotencyMiddleware,
    RateLimiter,
    RateLimitMiddleware,
)
from studio.sandbox.problems import (
    PROBLEM_JSON,
    ApiProblem,
    Forbidden,
    Invalid,
    NotFound,
    PreconditionRequired,
    Unauthorized,
    Unavailable,
)
from studio.sandbox.store import Principal, Store

DESCRIPTION = """\
The contract between the studio and a live-commerce platform. The sandbox
(`studio sandbox`) implements it; a real platform implements the same.

**Auth.** Every `/v1` call carries `Authorization: Bearer <token>`. A token has one role:
`host` (owns the show: everything), `cohost` (runs the show: queue, pin, timers, comments;
cannot start or end it, rotate the stream key or invite co-hosts) or `viewer` (reads, comments,
buys). Each operation lists its roles under `x-roles`.

**Writes.** Every POST needs an `Idempotency-Key` (a fresh random string per logical write,
reused on every retry of it); a replay returns the first successful result with
`Idempotent-Replayed: true`. PUT/PATCH/DELETE honour one when given. Queue edits carry the queue
version they were made against in `If-Match`; a stale version gets 412 with the current queue
in `current`.

**Errors** are RFC 9457 `application/problem+json`; `type` is stable (`/problems/<slug>`).
**429** (and 503) carry `Retry-After` seconds.

**Pagination** is by opaque `cursor` (`next_cursor` is null on the last page); orders are
polled with `after_seq` (the last `seq` seen), events with `after` (the last event id).

**Live events**: `GET /v1/shows/{show_id}/events/stream` is a server-sent event stream. Each
event has `id:` (monotonic), `event:` (the type) and `data:` (an `Event` JSON). Reconnect with
`Last-Event-ID` to resume with no gap and no duplicate. Every GET answers with
`X-Last-Event-Id`: read state, then stream `after` it to miss nothing. Types: order.created,
pin.changed, queue.changed, timer.started, timer.ended, comment.created, viewers.changed,
ingest.changed, show.changed, product.updated, supporter.joined.\
"""

ERRORS: dict[int | str, dict[str, Any]] = {
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

IdemKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        pattern=r"^[!-~]{1,255}$",
        description="Fresh per logical write; reuse it on retries.",
    ),
]
OptIdemKey = Annotated[
    str | None,
    Header(alias="Idempotency-Key", pattern=r"^[!-~]{1,255}$", description="Optional."),
]
Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Cursor = Annotated[str | None, Query(max_length=200, description="`next_cursor` of a page.")]


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
    controls: Any = None  # SandboxControls: simulator hooks for /sandbox routes


class EventStreamResponse(StreamingResponse):
    media_type = "text/event-stream"


bearer = HTTPBearer(auto_error=False, description="A host, cohost or viewer token.")


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
    who = sb.store.principal(cred.credentials)
    if who is None:
        raise Unauthorized("This token is unknown or was revoked.")
    return who


Caller = Annotated[Principal, Depends(_caller)]


def allow(action: str) -> Callable[..., Principal]:
    """A dependency: the caller, if its role and show allow `action` on `show_id`."""

    def dep(show_id: str, who: Caller, sb: SB, request: Request, response: Response) -> Principal:
        if not sb.store.show_exists(show_id):
            raise NotFound(f"There is no show {show_id!r}.")
        if who.show_id is not None and who.show_id != show_id:
            raise Forbidden("This token belongs to another show.")
        msg = denial(action, who.role)
        if msg:
            raise Forbidden(msg)
        if request.method == "GET":
            # Read before the handler reads state: resuming after it may repeat, never skip.
            response.headers["X-Last-Event-Id"] = str(sb.store.last_event_id(show_id))
        return who

    return dep


def op(action: str, summary: str, **kw: Any) -> dict[str, Any]:
    roles = roles_of(action)
    desc = kw.pop("description", "")
    return {
        "summary": summary,
        "description": (desc + "\n\n" if desc else "") + f"Roles: {', '.join(roles)}.",
        "responses": ERRORS,
        "openapi_extra": {"x-roles": roles},
        **kw,
    }


def _media_base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/media/"


def _if_match(value: str | None, required: bool) -> int | None:
    if value is None:
        if required:
            raise PreconditionRequired(
                'Send the version you edited in If-Match (e.g. If-Match: "3"); '
                "GET the resource for its ETag."
            )
        return None
    v = value.strip()
    if v == "*":
        return None
    v = v.removeprefix("W/").strip('"')
    if not v.isdigit() or len(v) > 18:
        raise ApiProblem(
            'If-Match must be a version ETag such as "3".',
            slug="bad-if-match",
            title="Bad If-Match",
        )
    return int(v)


def _problem_response(problem: ApiProblem, request: Request) -> JSONResponse:
    return JSONResponse(
        problem.body(request.url.path),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_JSON,
    )


def _install_error_handlers(app: FastAPI) -> None:
    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiProblem)
        return _problem_response(exc, request)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = []
        bad_json = False
        for e in exc.errors():
            if e.get("type") == "json_invalid":
                bad_json = True
            loc = ".".join(str(p) for p in e.get("loc", ()))
            msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
            errors.append({"loc": loc, "message": msg})
        if bad_json:
            problem = ApiProblem("The body is not valid JSON.", slug="bad-json", title="Bad JSON")
        else:
            summary = "; ".join(f"{e['loc']}: {e['message']}" for e in errors[:3])
            problem = Invalid(summary or "Invalid request.", errors=errors)
        return _problem_response(problem, request)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
        problem = ApiProblem(
            str(exc.detail), status=exc.status_code, slug=slug, title=str(exc.detail)
        )
        problem.headers.update(exc.headers or {})
        return _problem_response(problem, request)

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        problem = ApiProblem(
            "The sandbox failed on this request; see its log.",
            status=500,
            slug="internal",
            title="Internal error",
        )
        return _problem_response(problem, request)

    app.add_exception_handler(ApiProblem, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_crash)


def create_app(sandbox: Sandbox | None = None) -> FastAPI:
    app = FastAPI(
        title="Studio Platform API",
        version="1.0.0",
        description=DESCRIPTION,
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
        generate_unique_id_function=lambda route: route.name,
    )
    app.state.sandbox = sandbox
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _polish_openapi(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    _install_error_handlers(app)
    _routes(app)
    _sandbox_routes(app)
    faults = sandbox.faults if sandbox else Faults()
    limiter = sandbox.limiter if sandbox else RateLimiter(None)

    def store_getter() -> Store:
        assert sandbox is not None
        return sandbox.store

    # Outermost last: faults see everything, then the rate limit, then idempotency.
    app.add_middleware(IdempotencyMiddleware, store_getter=store_getter)
    app.add_middleware(RateLimitMiddleware, limiter=limiter)
    app.add_middleware(FaultMiddleware, faults=faults)
    return app


def _routes(app: FastAPI) -> None:
    v = f"/{API_VERSION}"

    @app.get("/healthz", response_model=Health, tags=["meta"], summary="Liveness")
    def healthz() -> Health:
        return Health()

    @app.get(
        f"{v}/me",
        response_model=Me,
        tags=["auth"],
        summary="Who this token is",
        responses=ERRORS,
        openapi_extra={"x-roles": ["host", "cohost", "viewer"]},
    )
    def me(who: Caller) -> Me:
        return Me(name=who.name, role=who.role, show_id=who.show_id)

    @app.get(
        f"{v}/shows",
        response_model=Page[Show],
        tags=["shows"],
        summary="Shows this token can see",
        responses=ERRORS,
        openapi_extra={"x-roles": ["host", "cohost", "viewer"]},
    )
    def list_shows(who: Caller, sb: SB, limit: Limit = 50, cursor: Cursor = None) -> Page[Show]:
        items, nxt = sb.store.list_shows(who.show_id, cursor, limit)
        return Page[Show](items=items, next_cursor=nxt)

    @app.get(
        f"{v}/shows/{{show_id}}", response_model=Show, tags=["shows"], **op("show.read", "A show")
    )
    def get_show(
        show_id: str, who: Annotated[Principal, Depends(allow("show.read"))], sb: SB
    ) -> Show:
        return sb.store.get_show(show_id)

    @app.post(
        f"{v}/shows/{{show_id}}/start",
        response_model=Show,
        tags=["shows"],
        **op("show.start", "Go live", description="Idempotent: starting a live show is a no-op."),
    )
    def start_show(
        show_id: str,
        who: Annotated[Principal, Depends(allow("show.start"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> Show:
        return sb.store.start_show(show_id)

    @app.post(
        f"{v}/shows/{{show_id}}/end",
        response_model=Show,
        tags=["shows"],
        **op("show.end", "End the show", description="Ends running flash sales too."),
    )
    def end_show(
        show_id: str,
        who: Annotated[Principal, Depends(allow("show.end"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> Show:
        return sb.store.end_show(show_id)

    @app.post(
        f"{v}/shows/{{show_id}}/stream-key",
        response_model=StreamKey,
        status_code=201,
        tags=["shows"],
        **op(
            "stream_key.rotate",
            "Rotate the stream key",
            description="The new key is in this response only; the old key stops working.",
        ),
    )
    def rotate_key(
        show_id: str,
        who: Annotated[Principal, Depends(allow("stream_key.rotate"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> StreamKey:
        return sb.store.rotate_stream_key(show_id)

    @app.get(
        f"{v}/shows/{{show_id}}/cohosts",
        response_model=list[Cohost],
        tags=["cohosts"],
        **op("cohost.read", "Co-hosts of the show"),
    )
    def list_cohosts(
        show_id: str, who: Annotated[Principal, Depends(allow("cohost.read"))], sb: SB
    ) -> list[Cohost]:
        return sb.store.list_cohosts(show_id)

    @app.post(
        f"{v}/shows/{{show_id}}/cohosts",
        response_model=CohostCreated,
        status_code=201,
        tags=["cohosts"],
        **op("cohost.invite", "Invite a co-host", description="The token is shown only here."),
    )
    def invite_cohost(
        show_id: str,
        body: CohostCreate,
        who: Annotated[Principal, Depends(allow("cohost.invite"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> CohostCreated:
        return sb.store.create_cohost(show_id, body.name)

    @app.get(
        f"{v}/shows/{{show_id}}/products",
        response_model=Page[Product],
        tags=["products"],
        **op("product.read", "The show's catalog"),
    )
    def list_products(
        show_id: str,
        request: Request,
        who: Annotated[Principal, Depends(allow("product.read"))],
        sb: SB,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> Page[Product]:
        items, nxt = sb.store.list_products(show_id, cursor, limit, _media_base(request))
        return Page[Product](items=items, next_cursor=nxt)

    @app.get(
        f"{v}/shows/{{show_id}}/products/{{product_id}}",
        response_model=Product,
        tags=["products"],
        **op("product.read", "One product"),
    )
    def get_product(
        show_id: str,
        product_id: str,
        request: Request,
        who: Annotated[Principal, Depends(allow("product.read"))],
        sb: SB,
    ) -> Product:
        return sb.store.get_product(show_id, product_id, _media_base(request))

    @app.patch(
        f"{v}/shows/{{show_id}}/products/{{product_id}}",
        response_model=Product,
        tags=["products"],
        **op("product.edit", "Change title, price or stock"),
    )
    def update_product(
        show_id: str,
        product_id: str,
        body: ProductUpdate,
        request: Request,
        who: Annotated[Principal, Depends(allow("product.edit"))],
        sb: SB,
        idempotency_key: OptIdemKey = None,
    ) -> Product:
        return sb.store.update_product(show_id, product_id, body, _media_base(request))

    @app.get(
        f"{v}/shows/{{show_id}}/queue",
        response_model=Queue,
        tags=["queue"],
        **op("queue.read", "The product queue", description="ETag is the queue version."),
    )
    def get_queue(
        show_id: str,
        response: Response,
        who: Annotated[Principal, Depends(allow("queue.read"))],
        sb: SB,
    ) -> Queue:
        queue = sb.store.get_queue(show_id)
        response.headers["ETag"] = f'"{queue.version}"'
        return queue

    @app.put(
        f"{v}/shows/{{show_id}}/queue",
        response_model=Queue,
        tags=["queue"],
        **op(
            "queue.edit",
            "Replace the queue",
            description='If-Match: the version edited ("3"); 412 with `current` if stale.',
        ),
    )
    def put_queue(
        show_id: str,
        body: QueueUpdate,
        response: Response,
        who: Annotated[Principal, Depends(allow("queue.edit"))],
        sb: SB,
        if_match: Annotated[str | None, Header(alias="If-Match")] = None,
        idempotency_key: OptIdemKey = None,
    ) -> Queue:
        version = _if_match(if_match, required=True)
        if version is None:  # If-Match: *
            version = sb.store.get_queue(show_id).version
        queue = sb.store.put_queue(show_id, body.product_ids, version)
        response.headers["ETag"] = f'"{queue.version}"'
        return queue

    @app.get(
        f"{v}/shows/{{show_id}}/pin",
        response_model=Pin,
        tags=["pin"],
        **op("pin.read", "The pinned product"),
    )
    def get_pin(
        show_id: str,
        response: Response,
        who: Annotated[Principal, Depends(allow("pin.read"))],
        sb: SB,
    ) -> Pin:
        pin = sb.store.get_pin(show_id)
        response.headers["ETag"] = f'"{pin.version}"'
        return pin

    @app.put(
        f"{v}/shows/{{show_id}}/pin",
        response_model=Pin,
        tags=["pin"],
        **op("pin.edit", "Pin a product", description="If-Match (pin version) is optional."),
    )
    def put_pin(
        show_id: str,
        body: PinUpdate,
        response: Response,
        who: Annotated[Principal, Depends(allow("pin.edit"))],
        sb: SB,
        if_match: Annotated[str | None, Header(alias="If-Match")] = None,
        idempotency_key: OptIdemKey = None,
    ) -> Pin:
        pin = sb.store.set_pin(show_id, body.product_id, who.name, _if_match(if_match, False))
        response.headers["ETag"] = f'"{pin.version}"'
        return pin

    @app.delete(
        f"{v}/shows/{{show_id}}/pin",
        response_model=Pin,
        tags=["pin"],
        **op("pin.edit", "Unpin"),
    )
    def delete_pin(
        show_id: str,
        response: Response,
        who: Annotated[Principal, Depends(allow("pin.edit"))],
        sb: SB,
        if_match: Annotated[str | None, Header(alias="If-Match")] = None,
        idempotency_key: OptIdemKey = None,
    ) -> Pin:
        pin = sb.store.set_pin(show_id, None, who.name, _if_match(if_match, False))
        response.headers["ETag"] = f'"{pin.version}"'
        return pin

    @app.get(
        f"{v}/shows/{{show_id}}/timers",
        response_model=list[Timer],
        tags=["timers"],
        **op("timer.read", "Flash-sale timers"),
    )
    def list_timers(
        show_id: str,
        who: Annotated[Principal, Depends(allow("timer.read"))],
        sb: SB,
        status: TimerStatus | None = None,
    ) -> list[Timer]:
        return sb.store.list_timers(show_id, status)

    @app.post(
        f"{v}/shows/{{show_id}}/timers",
        response_model=Timer,
        status_code=201,
        tags=["timers"],
        **op(
            "timer.edit",
            "Start a flash sale",
            description="Give `duration_s` or an absolute `ends_at`; one timer per product.",
        ),
    )
    def create_timer(
        show_id: str,
        body: TimerCreate,
        who: Annotated[Principal, Depends(allow("timer.edit"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> Timer:
        return sb.store.create_timer(show_id, body)

    @app.delete(
        f"{v}/shows/{{show_id}}/timers/{{timer_id}}",
        response_model=Timer,
        tags=["timers"],
        **op("timer.edit", "Cancel a flash sale"),
    )
    def cancel_timer(
        show_id: str,
        timer_id: str,
        who: Annotated[Principal, Depends(allow("timer.edit"))],
        sb: SB,
        idempotency_key: OptIdemKey = None,
    ) -> Timer:
        return sb.store.cancel_timer(show_id, timer_id)

    @app.get(
        f"{v}/shows/{{show_id}}/orders",
        response_model=OrderPage,
        tags=["orders"],
        **op(
            "order.read",
            "Orders after a sequence number",
            description="The polling fallback for `order.created`: pass the last `seq` seen.",
        ),
    )
    def list_orders(
        show_id: str,
        who: Annotated[Principal, Depends(allow("order.read"))],
        sb: SB,
        after_seq: Annotated[int, Query(ge=0, le=2**53)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> OrderPage:
        items, more = sb.store.orders_after(show_id, after_seq, limit)
        last = items[-1].seq if items else after_seq
        return OrderPage(items=items, last_seq=last, has_more=more)

    @app.post(
        f"{v}/shows/{{show_id}}/orders",
        response_model=OrderModel,
        status_code=201,
        tags=["orders"],
        **op("order.create", "Buy", description="While the show is live; 409 when out of stock."),
    )
    def create_order(
        show_id: str,
        body: OrderCreate,
        who: Annotated[Principal, Depends(allow("order.create"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> OrderModel:
        return sb.store.create_order(show_id, body)

    @app.get(
        f"{v}/shows/{{show_id}}/comments",
        response_model=Page[Comment],
        tags=["comments"],
        **op("comment.read", "Comments and questions, oldest first"),
    )
    def list_comments(
        show_id: str,
        who: Annotated[Principal, Depends(allow("comment.read"))],
        sb: SB,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> Page[Comment]:
        items, nxt = sb.store.list_comments(show_id, cursor, limit)
        return Page[Comment](items=items, next_cursor=nxt)

    @app.post(
        f"{v}/shows/{{show_id}}/comments",
        response_model=Comment,
        status_code=201,
        tags=["comments"],
        **op("comment.create", "Comment or ask", description="Viewers earn loyalty points."),
    )
    def create_comment(
        show_id: str,
        body: CommentCreate,
        who: Annotated[Principal, Depends(allow("comment.create"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> Comment:
        author = body.author if (body.author and who.role == Role.VIEWER) else who.name
        return sb.store.create_comment(show_id, body, author, who.role)

    @app.get(
        f"{v}/shows/{{show_id}}/supporters",
        response_model=Page[Supporter],
        tags=["supporters"],
        **op("supporter.read", "Supporters and their loyalty points"),
    )
    def list_supporters(
        show_id: str,
        who: Annotated[Principal, Depends(allow("supporter.read"))],
        sb: SB,
        limit: Limit = 50,
        cursor: Cursor = None,
    ) -> Page[Supporter]:
        items, nxt = sb.store.list_supporters(show_id, cursor, limit)
        return Page[Supporter](items=items, next_cursor=nxt)

    @app.get(
        f"{v}/shows/{{show_id}}/resellers",
        response_model=list[Reseller],
        tags=["resellers"],
        **op("reseller.read", "Resellers and what they brought in"),
    )
    def list_resellers(
        show_id: str, who: Annotated[Principal, Depends(allow("reseller.read"))], sb: SB
    ) -> list[Reseller]:
        return sb.store.list_resellers(show_id, f"{sb.share_base}/{show_id}")

    @app.post(
        f"{v}/shows/{{show_id}}/resellers",
        response_model=Reseller,
        status_code=201,
        tags=["resellers"],
        **op("reseller.create", "Add a reseller with a referral code"),
    )
    def create_reseller(
        show_id: str,
        body: ResellerCreate,
        who: Annotated[Principal, Depends(allow("reseller.create"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> Reseller:
        return sb.store.create_reseller(show_id, body, f"{sb.share_base}/{show_id}")

    @app.get(
        f"{v}/shows/{{show_id}}/viewers",
        response_model=Viewers,
        tags=["viewers"],
        **op("viewers.read", "Viewer count"),
    )
    def get_viewers(
        show_id: str, who: Annotated[Principal, Depends(allow("viewers.read"))], sb: SB
    ) -> Viewers:
        return sb.store.get_viewers(show_id)

    @app.get(
        f"{v}/shows/{{show_id}}/ingest-health",
        response_model=IngestHealth,
        tags=["ingest"],
        **op("ingest.read", "Is video arriving at the ingest"),
    )
    def get_ingest(
        show_id: str, who: Annotated[Principal, Depends(allow("ingest.read"))], sb: SB
    ) -> IngestHealth:
        return sb.store.get_ingest(show_id)

    @app.post(
        f"{v}/shows/{{show_id}}/ingest-health",
        response_model=IngestHealth,
        tags=["ingest"],
        **op(
            "ingest.report",
            "Report what the ingest sees",
            description="Sent every few seconds by the ingest; silent for 10 s means offline.",
        ),
    )
    def report_ingest(
        show_id: str,
        body: IngestReport,
        who: Annotated[Principal, Depends(allow("ingest.report"))],
        sb: SB,
        idempotency_key: IdemKey,
    ) -> IngestHealth:
        return sb.store.report_ingest(show_id, body)

    @app.get(
        f"{v}/shows/{{show_id}}/events",
        response_model=EventPage,
        tags=["events"],
        **op(
            "events.read",
            "Events after an id (polling)",
            description="The polling fallback for the event stream.",
        ),
    )
    def poll_events(
        show_id: str,
        who: Annotated[Principal, Depends(allow("events.read"))],
        sb: SB,
        after: Annotated[int, Query(ge=0, le=2**53)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> EventPage:
        items, more = sb.store.events_after(show_id, after, limit)
        return EventPage(items=items, last_event_id=items[-1].id if items else after, has_more=more)

    @app.get(
        f"{v}/shows/{{show_id}}/events/stream",
        response_class=EventStreamResponse,
        tags=["events"],
        **op(
            "events.read",
            "Live events (server-sent events)",
            description=(
                "Resume with `Last-Event-ID` (or `after`); without either, only new events "
                "are sent. A `: ping` comment is sent when idle."
            ),
        ),
    )
    async def stream_events(
        show_id: str,
        who: Annotated[Principal, Depends(allow("events.read"))],
        sb: SB,
        last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=20)] = None,
        after: Annotated[int | None, Query(ge=0, le=2**53)] = None,
    ) -> EventStreamResponse:
        if sb.faults.refuse_streams:
            raise Unavailable("Event streams are switched off (sandbox fault switch).")
        if last_event_id is not None and last_event_id.strip():
            if not last_event_id.strip().isdigit():
                raise ApiProblem("Last-Event-ID must be an event id.", slug="bad-last-event-id")
            start = int(last_event_id)
        elif after is not None:
            start = after
        else:
            start = sb.store.last_event_id(show_id)
        return EventStreamResponse(
            _event_stream(sb, show_id, start),
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )


async def _event_stream(sb: Sandbox, show_id: str, last: int) -> AsyncIterator[str]:
    hub, store, faults = sb.store.hub, sb.store, sb.faults
    dropped_at = faults.drop_generation
    yield f"retry: {sb.retry_ms}\n: stream of {show_id} after {last}\n\n"
    while True:
        if hub.closed or faults.drop_generation != dropped_at:
            return
        seen = hub.generation
        batch = store.raw_events_after(show_id, last, 500)
        if batch:
            last = batch[-1][0]
            yield "".join(f"id: {i}\nevent: {t}\ndata: {body}\n\n" for i, t, body in batch)
            await asyncio.sleep(0)
            continue
        if not await hub.wait(seen, sb.heartbeat_s):
            yield ": ping\n\n"


class FaultSwitches(BaseModel):
    delay_ms: int | None = Field(default=None, ge=0, le=60_000)
    error_rate: float | None = Field(default=None, ge=0, le=1)
    garbage_rate: float | None = Field(default=None, ge=0, le=1)
    refuse_streams: bool | None = None
    drop_streams: bool = False
    rate_limit_per_s: float | None = Field(default=None, ge=0)
    rate_limit_burst: int | None = Field(default=None, ge=1)
    reset: bool = False


class SimulatorSettings(BaseModel):
    rate: float | None = Field(default=None, ge=0, le=100_000)
    running: bool | None = None


class Burst(BaseModel):
    orders: int = Field(default=50, ge=1, le=100_000)


class Tick(BaseModel):
    seconds: float = Field(default=1.0, gt=0, le=3600)


class Rush(BaseModel):
    product_id: str | None = None
    duration_s: int = Field(default=30, ge=5, le=3600)
    stock: int | None = Field(default=None, ge=0)
    discount: float = Field(default=0.3, gt=0, lt=1)


def _host(who: Caller) -> Principal:
    if who.role != Role.HOST:
        raise Forbidden("Sandbox controls need the host token.")
    return who


Host = Annotated[Principal, Depends(_host)]


def _sandbox_routes(app: FastAPI) -> None:
    """Controls for demos and tests; host token required; not part of the contract."""

    def controls(sb: Sandbox) -> Any:
        if sb.controls is None:
            raise Unavailable("This sandbox has no simulator.")
        return sb.controls

    @app.post("/sandbox/faults", include_in_schema=False)
    def set_faults(body: FaultSwitches, who: Host, sb: SB) -> dict[str, Any]:
        f = sb.faults
        if body.reset:
            f.reset()
            sb.limiter.configure(None)
        for name in ("delay_ms", "error_rate", "garbage_rate", "refuse_streams"):
            value = getattr(body, name)
            if value is not None:
                setattr(f, name, value)
        if body.rate_limit_per_s is not None:
            sb.limiter.configure(body.rate_limit_per_s, body.rate_limit_burst or 0)
        if body.drop_streams:
            f.drop_streams()
            sb.store.hub.notify()
        return {
            "delay_ms": f.delay_ms,
            "error_rate": f.error_rate,
            "garbage_rate": f.garbage_rate,
            "refuse_streams": f.refuse_streams,
            "rate_limit_per_s": sb.limiter.per_second,
            "rate_limit_burst": sb.limiter.burst,
        }

    @app.post("/sandbox/simulator", include_in_schema=False)
    def simulator(body: SimulatorSettings, who: Host, sb: SB) -> dict[str, Any]:
        c = controls(sb)
        if body.rate is not None:
            c.simulator.rate = body.rate
        if body.running is not None:
            c.set_running(body.running)
        return {"rate": c.simulator.rate, "running": c.running}

    @app.post("/sandbox/simulator/tick", include_in_schema=False)
    def tick(body: Tick, who: Host, sb: SB) -> dict[str, Any]:
        return {"orders": len(controls(sb).tick(body.seconds))}

    @app.post("/sandbox/simulator/burst", include_in_schema=False)
    def burst(body: Burst, who: Host, sb: SB) -> dict[str, Any]:
        orders = controls(sb).simulator.burst(body.orders)
        return {"orders": len(orders), "last_seq": orders[-1].seq if orders else None}

    @app.post("/sandbox/simulator/flash-rush", include_in_schema=False)
    def rush(body: Rush, who: Host, sb: SB) -> Timer:
        timer: Timer = controls(sb).simulator.flash_rush(
            body.product_id, body.duration_s, body.stock, body.discount
        )
        return timer

    @app.get("/media/{name}", include_in_schema=False)
    def media(name: str, sb: SB) -> FileResponse:
        if sb.media_dir is None or "/" in name or name.startswith(".") or "\\" in name:
            raise NotFound("No such image.")
        path = sb.media_dir / name
        if not path.is_file():
            raise NotFound("No such image.")
        return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


def _polish_openapi(doc: dict[str, Any]) -> dict[str, Any]:
    """Problem responses as shared components in problem+json; SSE and header documentation."""
    components = doc.setdefault("components", {})
    shared = components.setdefault("responses", {})
    problem_ref = {"$ref": "#/components/schemas/Problem"}
    retry_after = {
        "description": "Seconds to wait before retrying.",
        "schema": {"type": "integer", "minimum": 1},
    }
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            responses = operation.get("responses", {})
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
                        shared[name]["headers"] = {"Retry-After": retry_after}
                responses[code] = {"$ref": f"#/components/responses/{name}"}
            ok = responses.get("200") or responses.get("201")
            if ok is None:
                continue
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
    return doc


def openapi_document() -> dict[str, Any]:
    """The contract as a dict, generated from the routes and models (no sandbox needed)."""
    doc = create_app().openapi()
    return json.loads(json.dumps(doc))  # plain types only
