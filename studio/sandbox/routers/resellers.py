"""Resellers and their referral codes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Reseller, ResellerCreate
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["resellers"])


@router.get(
    "/resellers",
    response_model=list[Reseller],
    **op("reseller.read", "Resellers and what they brought in"),
)
def list_resellers(
    show_id: str, who: Annotated[Principal, Depends(allow("reseller.read"))], sb: SB
) -> list[Reseller]:
    return sb.store.resellers.all(show_id, f"{sb.share_base}/{show_id}")


@router.post(
    "/resellers",
    response_model=Reseller,
    status_code=201,
    **op("reseller.create", "Add a reseller with a referral code"),
)
def create_reseller(
    show_id: str,
    body: ResellerCreate,
    who: Annotated[Principal, Depends(allow("reseller.create"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Reseller:
    return sb.store.resellers.create(show_id, body, f"{sb.share_base}/{show_id}")
