"""Co-hosts of a show: list them, invite one with a role, revoke an invite (the host only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from studio.platform.models import API_VERSION, Cohost, CohostCreate, CohostCreated
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, OptIdemKey, allow, op
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
    **op(
        "cohost.invite",
        "Invite a co-host",
        description=(
            "`role`: `cohost` or `moderator`. The token and the invite link carrying it are "
            "shown only here."
        ),
    ),
)
def invite_cohost(
    show_id: str,
    body: CohostCreate,
    request: Request,
    who: Annotated[Principal, Depends(allow("cohost.invite"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> CohostCreated:
    api_url = str(request.base_url).rstrip("/") + f"/{API_VERSION}"
    return sb.store.cohosts.create(show_id, body.name, body.role, api_url)


@router.delete(
    "/cohosts/{cohost_id}",
    response_model=Cohost,
    **op(
        "cohost.revoke",
        "Revoke a co-host's invite",
        description="The co-host's token stops working at once (401 on its next call).",
    ),
)
def revoke_cohost(
    show_id: str,
    cohost_id: str,
    who: Annotated[Principal, Depends(allow("cohost.revoke"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Cohost:
    return sb.store.cohosts.revoke(show_id, cohost_id)
