"""Reseller mode (issue 21): the 2b switch and commission rate, invites and joining with one,
referral-link visits, and a reseller's commission statement."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response

from studio.platform.models import (
    CommissionStatement,
    ResellerInvite,
    ResellerInviteCreate,
    ResellerJoin,
    ResellerJoined,
    ResellerProgram,
)
from studio.sandbox.problems import NotFound
from studio.sandbox.routers.deps import (
    ERRORS,
    SB,
    SHOW,
    IdemKey,
    OptIdemKey,
    Responses,
    allow,
    op,
    reseller_page,
)
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["resellers"])

Code = Annotated[str, Path(pattern=r"^[A-Z0-9-]{3,20}$")]
_PUBLIC: Responses = {c: d for c, d in ERRORS.items() if c in (400, 404, 409, 422, 429, 503)}


@router.get(
    "/reseller-program",
    response_model=ResellerProgram,
    **op("reseller.read", "The show's reseller mode and commission rate"),
)
def get_reseller_program(
    show_id: str, who: Annotated[Principal, Depends(allow("reseller.read"))], sb: SB
) -> ResellerProgram:
    return sb.store.reseller_program.program(show_id)


@router.put(
    "/reseller-program",
    response_model=ResellerProgram,
    **op(
        "reseller.program",
        "Make the show a 2b show, set the commission rate",
        description="`commission_bp` in basis points (1000 = 10 %).",
    ),
)
def put_reseller_program(
    show_id: str,
    body: ResellerProgram,
    who: Annotated[Principal, Depends(allow("reseller.program"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> ResellerProgram:
    return sb.store.reseller_program.set_program(show_id, body)


@router.post(
    "/reseller-invites",
    response_model=ResellerInvite,
    status_code=201,
    **op(
        "reseller.create",
        "Invite a reseller",
        description="A 2b show only (409 `not-reseller-show`). The invite code is in this "
        "response only.",
    ),
)
def invite_reseller(
    show_id: str,
    body: ResellerInviteCreate,
    who: Annotated[Principal, Depends(allow("reseller.create"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> ResellerInvite:
    join = f"{sb.share_base}/{show_id}/join"
    return sb.store.reseller_program.invite(show_id, body, join)


@router.post(
    "/resellers/join",
    response_model=ResellerJoined,
    status_code=201,
    summary="Join as a reseller with an invite",
    description="Public: the invite code is the credential; used once (409 `invite-used`). "
    "The answer holds the reseller's `access_key` for their materials (shown once) and "
    "`page_url`, their materials page.\n\nRoles: anyone.",
    responses=_PUBLIC,
    openapi_extra={"x-roles": ["anyone"], "security": []},
)
def join_as_reseller(
    show_id: str, body: ResellerJoin, request: Request, sb: SB, idempotency_key: IdemKey
) -> ResellerJoined:
    if not sb.store.shows.exists(show_id):
        raise NotFound(f"There is no show {show_id!r}.")
    page = reseller_page(request, show_id)
    return sb.store.reseller_program.join(show_id, body, f"{sb.share_base}/{show_id}", page)


@router.post(
    "/resellers/{code}/visits",
    status_code=204,
    summary="Count a visit of a referral link",
    description="Public: the viewer page calls it when opened with `?ref=CODE`.\n\nRoles: anyone.",
    responses=_PUBLIC,
    openapi_extra={"x-roles": ["anyone"], "security": []},
)
def count_visit(show_id: str, code: Code, sb: SB, idempotency_key: OptIdemKey = None) -> Response:
    if not sb.store.shows.exists(show_id):
        raise NotFound(f"There is no show {show_id!r}.")
    sb.store.reseller_program.visit(show_id, code)
    return Response(status_code=204)


@router.get(
    "/resellers/{code}/statement",
    response_model=CommissionStatement,
    **op("reseller.read", "A reseller's attributed orders (the commission statement's lines)"),
)
def reseller_statement(
    show_id: str,
    code: Code,
    who: Annotated[Principal, Depends(allow("reseller.read"))],
    sb: SB,
) -> CommissionStatement:
    return sb.store.reseller_program.statement(show_id, code)
