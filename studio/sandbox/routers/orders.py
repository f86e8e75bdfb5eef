"""Orders: poll them by sequence number, place one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from studio.platform.models import Order, OrderCreate, OrderPage, Role
from studio.sandbox.problems import Forbidden
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, allow, op
from studio.sandbox.stores import Principal
from studio.sandbox.stores.base import name_viewer_id

router = APIRouter(prefix=SHOW, tags=["orders"])


@router.get(
    "/orders",
    response_model=OrderPage,
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
    items, more = sb.store.orders.after(show_id, after_seq, limit)
    last = items[-1].seq if items else after_seq
    return OrderPage(items=items, last_seq=last, has_more=more)


@router.post(
    "/orders",
    response_model=Order,
    status_code=201,
    **op(
        "order.create",
        "Buy",
        description=(
            "While the show is live; 409 when out of stock. A viewer buys as their own account"
            " (another `viewer_id`: 403); a host names the buyer's `viewer_id`, or gets the"
            " account derived from `buyer_name`."
        ),
    ),
)
def create_order(
    show_id: str,
    body: OrderCreate,
    who: Annotated[Principal, Depends(allow("order.create"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Order:
    if who.role == Role.VIEWER:
        mine = who.account or name_viewer_id(who.name)
        if body.viewer_id is not None and body.viewer_id != mine:
            raise Forbidden("A viewer buys as themselves; leave `viewer_id` out or send your own.")
        body = body.model_copy(update={"viewer_id": mine})
    return sb.store.orders.create(show_id, body)
