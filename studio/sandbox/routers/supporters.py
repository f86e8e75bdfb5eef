"""Supporters and their loyalty points."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Page, Supporter
from studio.sandbox.routers.deps import SB, SHOW, Cursor, Limit, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["supporters"])


@router.get(
    "/supporters",
    response_model=Page[Supporter],
    **op("supporter.read", "Supporters and their loyalty points"),
)
def list_supporters(
    show_id: str,
    who: Annotated[Principal, Depends(allow("supporter.read"))],
    sb: SB,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[Supporter]:
    items, nxt = sb.store.supporters.page(show_id, cursor, limit)
    return Page[Supporter](items=items, next_cursor=nxt)
