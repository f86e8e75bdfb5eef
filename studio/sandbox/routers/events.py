"""Live events: poll them after an id, or follow them as server-sent events."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query

from studio.platform.models import EventPage
from studio.sandbox.problems import ApiProblem, Unavailable
from studio.sandbox.routers.deps import (
    LAST_EVENT_ID,
    LAST_EVENT_ID_PATTERN,
    SB,
    SHOW,
    EventStreamResponse,
    Sandbox,
    allow,
    op,
)
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["events"])

TOKEN_CHECK_S = 1.0  # while events flow, re-check the caller's token this often


@router.get(
    "/events",
    response_model=EventPage,
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
    items, more = sb.store.events.after(show_id, after, limit)
    return EventPage(items=items, last_event_id=items[-1].id if items else after, has_more=more)


@router.get(
    "/events/stream",
    response_class=EventStreamResponse,
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
    last_event_id: Annotated[
        str | None,
        Header(
            alias="Last-Event-ID",
            description="The last event id received; the stream resumes after it.",
            json_schema_extra={"pattern": LAST_EVENT_ID_PATTERN},
        ),
    ] = None,
    after: Annotated[int | None, Query(ge=0, le=2**53)] = None,
) -> EventStreamResponse:
    if sb.faults.refuse_streams:
        raise Unavailable("Event streams are switched off (sandbox fault switch).")
    if last_event_id is not None and last_event_id.strip():
        if not LAST_EVENT_ID.match(last_event_id.strip()):
            raise ApiProblem("Last-Event-ID must be an event id.", slug="bad-last-event-id")
        start = int(last_event_id)
    elif after is not None:
        start = after
    else:
        start = sb.store.events.last_id(show_id)
    return EventStreamResponse(
        _event_stream(sb, show_id, start, who.scope),
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


async def _event_stream(
    sb: Sandbox, show_id: str, last: int, scope: str | None = None
) -> AsyncIterator[str]:
    """`retry:` then every event after `last` as it commits; `: ping` when idle for
    `sb.heartbeat_s`. Ends when the hub closes (shutdown), streams are dropped (fault), or the
    caller's token (`scope`, its hash) was revoked: checked when idle and at least every
    `TOKEN_CHECK_S` while busy, so a revoked co-host stops hearing the show."""
    hub, log, faults = sb.store.hub, sb.store.events, sb.faults
    dropped_at = faults.drop_generation
    checked = time.monotonic()
    yield f"retry: {sb.retry_ms}\n: stream of {show_id} after {last}\n\n"
    while True:
        if hub.closed or faults.drop_generation != dropped_at:
            return
        seen = hub.generation
        batch = log.raw_after(show_id, last, 500)
        if scope is not None and (not batch or time.monotonic() - checked >= TOKEN_CHECK_S):
            checked = time.monotonic()
            if not sb.store.tokens.known(scope):
                return
        if batch:
            last = batch[-1][0]
            yield "".join(f"id: {i}\nevent: {t}\ndata: {body}\n\n" for i, t, body in batch)
            await asyncio.sleep(0)
            continue
        if not await hub.wait(seen, sb.heartbeat_s):
            yield ": ping\n\n"
