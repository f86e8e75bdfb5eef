"""Giveaways: list, open, read, draw now, cancel; the entry list that checks the draw."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from studio.platform.models import (
    Giveaway,
    GiveawayCreate,
    GiveawayEntryPage,
    GiveawayStatus,
)
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, OptIdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["giveaways"])


@router.get("/giveaways", response_model=list[Giveaway], **op("giveaway.read", "Giveaways"))
def list_giveaways(
    show_id: str,
    who: Annotated[Principal, Depends(allow("giveaway.read"))],
    sb: SB,
    status: GiveawayStatus | None = None,
) -> list[Giveaway]:
    return sb.store.giveaways.all(show_id, status)


@router.post(
    "/giveaways",
    response_model=Giveaway,
    status_code=201,
    **op(
        "giveaway.edit",
        "Open a giveaway",
        description=(
            "One open giveaway per show, while the show is live. The platform commits to a "
            "secret seed (`seed_sha256`) now and reveals it when it draws at `closes_at`."
        ),
    ),
)
def create_giveaway(
    show_id: str,
    body: GiveawayCreate,
    who: Annotated[Principal, Depends(allow("giveaway.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Giveaway:
    return sb.store.giveaways.create(show_id, body)


@router.get(
    "/giveaways/{giveaway_id}", response_model=Giveaway, **op("giveaway.read", "One giveaway")
)
def get_giveaway(
    show_id: str,
    giveaway_id: str,
    who: Annotated[Principal, Depends(allow("giveaway.read"))],
    sb: SB,
) -> Giveaway:
    return sb.store.giveaways.get(show_id, giveaway_id)


@router.post(
    "/giveaways/{giveaway_id}/draw",
    response_model=Giveaway,
    **op(
        "giveaway.edit",
        "Draw a giveaway now",
        description="Reveals the seed and names the winner; a closed one is returned as is.",
    ),
)
def draw_giveaway(
    show_id: str,
    giveaway_id: str,
    who: Annotated[Principal, Depends(allow("giveaway.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Giveaway:
    return sb.store.giveaways.draw(show_id, giveaway_id)


@router.delete(
    "/giveaways/{giveaway_id}",
    response_model=Giveaway,
    **op("giveaway.edit", "Cancel a giveaway", description="No winner; the seed is revealed."),
)
def cancel_giveaway(
    show_id: str,
    giveaway_id: str,
    who: Annotated[Principal, Depends(allow("giveaway.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Giveaway:
    return sb.store.giveaways.cancel(show_id, giveaway_id)


@router.get(
    "/giveaways/{giveaway_id}/entries",
    response_model=GiveawayEntryPage,
    **op(
        "giveaway.read",
        "A giveaway's entries",
        description="In entry order, after entry number `after`: the list the draw is checked on.",
    ),
)
def list_entries(
    show_id: str,
    giveaway_id: str,
    who: Annotated[Principal, Depends(allow("giveaway.read"))],
    sb: SB,
    after: Annotated[int, Query(ge=0, le=2**53)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 500,
) -> GiveawayEntryPage:
    items, more = sb.store.giveaways.entries(show_id, giveaway_id, after, limit)
    last = items[-1].number if items else after
    return GiveawayEntryPage(items=items, last_number=last, has_more=more)
