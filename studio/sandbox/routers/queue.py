"""The product queue: versioned, read with an ETag, replaced with If-Match."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from studio.platform.models import Queue, QueueUpdate
from studio.sandbox.routers.deps import SB, SHOW, IfMatch, OptIdemKey, allow, if_match_version, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["queue"])


@router.get(
    "/queue",
    response_model=Queue,
    **op("queue.read", "The product queue", description="ETag is the queue version."),
)
def get_queue(
    show_id: str,
    response: Response,
    who: Annotated[Principal, Depends(allow("queue.read"))],
    sb: SB,
) -> Queue:
    queue = sb.store.queue.get(show_id)
    response.headers["ETag"] = f'"{queue.version}"'
    return queue


@router.put(
    "/queue",
    response_model=Queue,
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
    if_match: IfMatch = None,
    idempotency_key: OptIdemKey = None,
) -> Queue:
    version = if_match_version(if_match, required=True)
    if version is None:  # If-Match: *
        version = sb.store.queue.get(show_id).version
    queue = sb.store.queue.put(show_id, body.product_ids, version)
    response.headers["ETag"] = f'"{queue.version}"'
    return queue
