"""The sandbox platform's HTTP API (FastAPI): the reference implementation of the contract.

`create_app()` with no sandbox builds the same routes for generating `openapi.yaml`; with a
`Sandbox` it serves them. Everything under `/v1` is the contract, one router per resource
(`routers/`). `/sandbox/...` are controls for demos and tests (simulator, fault switches) and
are not part of it; `/media/...` stands in for the platform's image CDN.
"""

from __future__ import annotations

import json

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from studio.sandbox import schema
from studio.sandbox.middleware import (
    FaultMiddleware,
    Faults,
    IdempotencyMiddleware,
    RateLimiter,
    RateLimitMiddleware,
)
from studio.sandbox.problems import PROBLEM_JSON, ApiProblem, Invalid
from studio.sandbox.routers import ROUTERS
from studio.sandbox.routers.deps import Sandbox
from studio.sandbox.stores import Store

API_REVISION = "1.8.0"  # the contract's version (info.version); see "Versions" below

__all__ = ["API_REVISION", "DESCRIPTION", "Sandbox", "create_app", "openapi_document"]

DESCRIPTION = """\
The contract between the studio and a live-commerce platform. The sandbox
(`studio sandbox`) implements it; a real platform implements the same.

**Auth.** Every `/v1` call carries `Authorization: Bearer <token>`, except the public viewer
sign-in (`POST /v1/shows/{show_id}/viewer-sessions`: a display name in, a viewer token out;
`security: []`). A token has one role:
`host` (owns the show: everything), `cohost` (runs the show: queue, pin, timers, comments;
cannot start or end it, rotate the stream key or invite co-hosts), `moderator` (a co-host who
also moderates the chat: puts comments on screen, hides them, mutes and blocks viewers) or
`viewer` (reads, comments, buys). Each operation lists its roles under `x-roles`.

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
event has `id:` (monotonic), `event:` (the type) and `data:` (an `Event` JSON); the schema
`ServerSentEvent` gives each type with its payload (`Event` is one of `OrderCreatedEvent`,
`PinChangedEvent`, ... by `type`; `CommentUpdatedEvent`: a comment hidden or shown again,
`CommentPinChangedEvent`: the comment on screen, `RestrictionChangedEvent`: a viewer muted,
blocked or let back). Reconnect with `Last-Event-ID` to resume with no gap and no
duplicate. Every GET answers with `X-Last-Event-Id`: read state, then stream `after` it to miss
nothing.

**Links**: responses carry OpenAPI links: from a show to everything under it, from a product
to pinning it or starting a flash sale on it, from a queue or pin to its edit (the `ETag` as
`If-Match`), from a new timer to cancelling it, from a new auction or giveaway to reading,
drawing or cancelling it.

**Versions.** The minor version grows when operations or fields are added (old clients keep
working: they ignore what they do not know).
- 1.1.0: vouchers (`/vouchers`: percent or amount off, a claim limit the platform never
  exceeds, an expiry, one claim per viewer, redeemed by an order's `voucher_claim_id`; orders
  gain `voucher_id` and `discount_minor`), polls (`/polls`: 2-4 options, one vote per viewer,
  a closed result state) and the rundown (`/rundown`: the show's prepared steps, edited by host
  and co-hosts against its version, stepped by `POST /rundown/advance`, which runs the step
  on the platform); events `voucher.changed`, `poll.changed`, `rundown.changed`.
- 1.2.0: live auctions (`/auctions`: start, bid as a viewer, cancel, the bids in order; a
  standard or sudden-death end on the platform's clock, a hidden reserve; the winner's order
  carries `auction_id`) and giveaways with a commit-reveal draw (`/giveaways`: open, draw,
  cancel, the entry list; `seed_sha256` published at the opening, `seed` at the draw);
  events `auction.started`, `auction.bid`, `auction.ended`, `giveaway.opened`,
  `giveaway.entered`, `giveaway.ended`.
- 1.3.0: rundown steps `auction` and `giveaway` (run as `create_auction` and
  `create_giveaway` would).
- 1.4.0: `Bid.reserve_met` (whether the auction's unpublished reserve is met after the bid,
  so a client follows it bid by bid).
- 1.5.0: the creator's community across shows (docs/COMMUNITY.md): loyalty rules and tiers
  (`/community/rules`), members with points by kind and a ledger whose every entry names its
  cause (`/members`, `/members/{name}`), refunds and cancellations (`POST
  /orders/{order_id}/reversal`, `/reversals`), drops with early access by tier (`/drops`);
  orders gain `member_discount_minor` (the member price); events `member.updated` (with
  `tier_up` the first time a tier is reached), `member.arrived`, `order.reversed`.
- 1.6.0: reseller mode (`/reseller-program`: a 2b show and its commission rate in basis
  points), reseller invites and joining with one (`/reseller-invites`, public
  `POST /resellers/join`), referral-link visits (public `POST /resellers/{code}/visits`;
  resellers gain `visits`), a reseller's commission statement lines
  (`/resellers/{code}/statement`); reversals gain `referral_code`; event `reseller.joined`.
- 1.7.0: viewer accounts (docs/COMMUNITY.md, "Accounts and display names"): a viewer is a
  stable opaque `viewer_id`, the display name beside it can change and need not be unique.
  Orders, comments (viewers'), supporters, bids, giveaway entries, voucher claims,
  restrictions and statement lines carry the `viewer_id`; auctions and giveaways gain
  `leading_viewer_id` / `winner_viewer_id`; the viewer sign-in takes and returns a
  `viewer_id` (`/me` too); members are keyed by it (`GET /members/{viewer_id}`, was
  `{name}`), with `name` the latest display name and `names_seen`; ledger entries gain
  `viewer_id`; resellers carry the `viewer_id` of who joined (`POST /resellers` and
  `/resellers/join` take one), so self-referral compares accounts, never names; the giveaway
  draw is over accounts (docs/GIVEAWAYS.md). An order placed without `viewer_id` (a client
  before 1.7.0) is the account derived from `buyer_name`, as are members, supporters and
  resellers of a sandbox database written before it (migrated when opened).
- 1.8.0: reseller materials (docs/COMMUNITY.md): the host uploads highlight clips, posters and
  product cards (`PUT /materials/{material_id}`: the raw file, `video/mp4` or `image/png`, up
  to 100 MB, its `sha256` checked; `GET /materials`, `DELETE /materials/{material_id}`);
  resellers hold an access key (`ResellerJoined.access_key` from joining, or `POST
  /resellers/{code}/access` by the host, who revokes them with `DELETE`; security scheme
  `ResellerKey`, header `X-Reseller-Key`), list their own and the show-wide materials
  (`/resellers/{code}/materials`, each with a signed `download_url`) and download them
  (`/resellers/{code}/materials/{material_id}/file`, with byte `Range`).\
"""


def _problem_response(problem: ApiProblem, request: Request) -> JSONResponse:
    return JSONResponse(
        problem.body(request.url.path),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_JSON,
    )


def _validation_problem(exc: RequestValidationError) -> ApiProblem:
    errors = []
    bad_json = False
    for e in exc.errors():
        if e.get("type") == "json_invalid":
            bad_json = True
        loc = ".".join(str(p) for p in e.get("loc", ()))
        msg = str(e.get("msg", "invalid")).removeprefix("Value error, ")
        errors.append({"loc": loc, "message": msg})
    if bad_json:
        return ApiProblem("The body is not valid JSON.", slug="bad-json", title="Bad JSON")
    summary = "; ".join(f"{e['loc']}: {e['message']}" for e in errors[:3])
    return Invalid(summary or "Invalid request.", errors=errors)


def _install_error_handlers(app: FastAPI) -> None:
    """Every error leaves as RFC 9457 problem+json, never as FastAPI's default shapes."""

    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiProblem)
        return _problem_response(exc, request)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _problem_response(_validation_problem(exc), request)

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
    """The API: routers, problem+json error handlers, the published document, middleware.

    Without `sandbox` every route answers 503 (the app is built only for its document).
    """
    app = FastAPI(
        title="Studio Platform API",
        version=API_REVISION,
        description=DESCRIPTION,
        docs_url="/docs",
        redoc_url=None,
        openapi_url="/openapi.json",
        generate_unique_id_function=lambda route: route.name,
    )
    app.state.sandbox = sandbox
    generate = app.openapi

    def openapi() -> schema.OpenApiDoc:
        if app.openapi_schema is None:
            app.openapi_schema = schema.polish(generate())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    _install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
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


def openapi_document() -> schema.OpenApiDoc:
    """The contract as a dict, generated from the routes and models (no sandbox needed)."""
    doc = create_app().openapi()
    result: schema.OpenApiDoc = json.loads(json.dumps(doc))  # plain types only
    return result
