"""The pinned product: what the show presents now; versioned like the queue (If-Match optional)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from studio.platform.models import Pin, PinUpdate
from studio.sandbox.routers.deps import SB, SHOW, IfMatch, OptIdemKey, allow, if_match_version, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["pin"])


@router.get("/pin", response_model=Pin, **op("pin.read", "The pinned product"))
def get_pin(
    show_id: str,
    response: Response,
    who: Annotated[Principal, Depends(allow("pin.read"))],
    sb: SB,
) -> Pin:
    pin = sb.store.pins.get(show_id)
    response.headers["ETag"] = f'"{pin.version}"'
    return pin


@router.put(
    "/pin",
    response_model=Pin,
    **op("pin.edit", "Pin a product", description="If-Match (pin version) is optional."),
)
def put_pin(
    show_id: str,
    body: PinUpdate,
    response: Response,
    who: Annotated[Principal, Depends(allow("pin.edit"))],
    sb: SB,
    if_match: IfMatch = None,
    idempotency_key: OptIdemKey = None,
) -> Pin:
    pin = sb.store.pins.set(show_id, body.product_id, who.name, if_match_version(if_match, False))
    response.headers["ETag"] = f'"{pin.version}"'
    return pin


@router.delete("/pin", response_model=Pin, **op("pin.edit", "Unpin"))
def delete_pin(
    show_id: str,
    response: Response,
    who: Annotated[Principal, Depends(allow("pin.edit"))],
    sb: SB,
    if_match: IfMatch = None,
    idempotency_key: OptIdemKey = None,
) -> Pin:
    pin = sb.store.pins.set(show_id, None, who.name, if_match_version(if_match, False))
    response.headers["ETag"] = f'"{pin.version}"'
    return pin
