"""Shows: list, read, go live, end, rotate the stream key."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Page, Show, StreamKey
from studio.sandbox.routers.deps import (
    ERRORS,
    SB,
    SHOW,
    V1,
    Caller,
    Cursor,
    IdemKey,
    Limit,
    allow,
    op,
)
from studio.sandbox.stores import Principal

router = APIRouter(tags=["shows"])


@router.get(
    f"{V1}/shows",
    response_model=Page[Show],
    summary="Shows this token can see",
    responses=ERRORS,
    openapi_extra={"x-roles": ["host", "cohost", "moderator", "viewer"]},
)
def list_shows(who: Caller, sb: SB, limit: Limit = 50, cursor: Cursor = None) -> Page[Show]:
    items, nxt = sb.store.shows.page(who.show_id, cursor, limit)
    return Page[Show](items=items, next_cursor=nxt)


@router.get(SHOW, response_model=Show, **op("show.read", "A show"))
def get_show(show_id: str, who: Annotated[Principal, Depends(allow("show.read"))], sb: SB) -> Show:
    return sb.store.shows.get(show_id)


@router.post(
    f"{SHOW}/start",
    response_model=Show,
    **op("show.start", "Go live", description="Idempotent: starting a live show is a no-op."),
)
def start_show(
    show_id: str,
    who: Annotated[Principal, Depends(allow("show.start"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Show:
    return sb.store.shows.start(show_id)


@router.post(
    f"{SHOW}/end",
    response_model=Show,
    **op("show.end", "End the show", description="Ends running flash sales too."),
)
def end_show(
    show_id: str,
    who: Annotated[Principal, Depends(allow("show.end"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Show:
    return sb.store.shows.end(show_id)


@router.post(
    f"{SHOW}/stream-key",
    response_model=StreamKey,
    status_code=201,
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
    return sb.store.shows.rotate_stream_key(show_id)
