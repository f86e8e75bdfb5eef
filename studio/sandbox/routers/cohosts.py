"""Co-hosts of a show: list them, invite one (the host only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Cohost, CohostCreate, CohostCreated
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["cohosts"])


@router.get("/cohosts", response_model=list[Cohost], **op("cohost.read", "Co-hosts of the show"))
def list_cohosts(
    show_id: str, who: Annotated[Principal, Depends(allow("cohost.read"))], sb: SB
) -> list[Cohost]:
    return sb.store.cohosts.all(show_id)


@router.post(
    "/cohosts",
    response_model=CohostCreated,
    status_code=201,
    **op("cohost.invite", "Invite a co-host", description="The token is shown only here."),
)
def invite_cohost(
    show_id: str,
    body: CohostCreate,
    who: Annotated[Principal, Depends(allow("cohost.invite"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> CohostCreated:
    return sb.store.cohosts.create(show_id, body.name)
