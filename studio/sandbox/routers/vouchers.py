"""Vouchers: list, start one, put it on or off screen, end it; viewers claim them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Voucher, VoucherClaim, VoucherCreate, VoucherStatus
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, OptIdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["vouchers"])


@router.get("/vouchers", response_model=list[Voucher], **op("voucher.read", "Vouchers"))
def list_vouchers(
    show_id: str,
    who: Annotated[Principal, Depends(allow("voucher.read"))],
    sb: SB,
    status: VoucherStatus | None = None,
) -> list[Voucher]:
    return sb.store.vouchers.all(show_id, status)


@router.post(
    "/vouchers",
    response_model=Voucher,
    status_code=201,
    **op(
        "voucher.edit",
        "Start a voucher",
        description=(
            "Percent or amount off one order, at most `claim_limit` claims, until "
            "`duration_s` from now; on screen unless `on_screen` is false (one voucher is on "
            "screen at a time). Codes are unique per show (409 `voucher-code-taken`)."
        ),
    ),
)
def create_voucher(
    show_id: str,
    body: VoucherCreate,
    who: Annotated[Principal, Depends(allow("voucher.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Voucher:
    return sb.store.vouchers.create(show_id, body)


@router.put(
    "/vouchers/{voucher_id}/on-screen",
    response_model=Voucher,
    **op("voucher.edit", "Show a voucher on screen", description="Takes any other off."),
)
def show_voucher(
    show_id: str,
    voucher_id: str,
    who: Annotated[Principal, Depends(allow("voucher.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Voucher:
    return sb.store.vouchers.set_on_screen(show_id, voucher_id, True)


@router.delete(
    "/vouchers/{voucher_id}/on-screen",
    response_model=Voucher,
    **op("voucher.edit", "Take a voucher off screen"),
)
def hide_voucher(
    show_id: str,
    voucher_id: str,
    who: Annotated[Principal, Depends(allow("voucher.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Voucher:
    return sb.store.vouchers.set_on_screen(show_id, voucher_id, False)


@router.delete(
    "/vouchers/{voucher_id}",
    response_model=Voucher,
    **op("voucher.edit", "End a voucher", description="No more claims or redemptions."),
)
def end_voucher(
    show_id: str,
    voucher_id: str,
    who: Annotated[Principal, Depends(allow("voucher.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Voucher:
    return sb.store.vouchers.end(show_id, voucher_id)


@router.post(
    "/vouchers/{voucher_id}/claims",
    response_model=VoucherClaim,
    status_code=201,
    **op(
        "voucher.claim",
        "Claim a voucher",
        description=(
            "One claim per viewer account (409 `already-claimed`, with `claim_id`); 409 "
            "`voucher-exhausted` once `claim_limit` claims are granted, `voucher-not-active` "
            "after it ended. Buy with the claim's `id` as `voucher_claim_id` for the discount."
        ),
    ),
)
def claim_voucher(
    show_id: str,
    voucher_id: str,
    who: Annotated[Principal, Depends(allow("voucher.claim"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> VoucherClaim:
    account = who.account
    return sb.store.vouchers.claim(show_id, voucher_id, account or who.scope, who.name, account)
