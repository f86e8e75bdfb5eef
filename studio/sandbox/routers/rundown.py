"""The rundown: read it, edit it (If-Match optional, like the pin), step through it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from studio.platform.models import Rundown, RundownAdvance, RundownUpdate
from studio.sandbox.routers.deps import (
    SB,
    SHOW,
    IdemKey,
    IfMatch,
    OptIdemKey,
    allow,
    if_match_version,
    op,
)
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["rundown"])


@router.get("/rundown", response_model=Rundown, **op("rundown.read", "The rundown"))
def get_rundown(
    show_id: str,
    response: Response,
    who: Annotated[Principal, Depends(allow("rundown.read"))],
    sb: SB,
) -> Rundown:
    rundown = sb.store.rundown.get(show_id)
    response.headers["ETag"] = f'"{rundown.version}"'
    return rundown


@router.put(
    "/rundown",
    response_model=Rundown,
    **op(
        "rundown.edit",
        "Edit the rundown",
        description=(
            "The whole sequence. If-Match (the rundown's version) is optional; a stale one gets "
            "412 with the current rundown. Steps keep `done_at` by `id`; steps without an id "
            "get one."
        ),
    ),
)
def put_rundown(
    show_id: str,
    body: RundownUpdate,
    response: Response,
    who: Annotated[Principal, Depends(allow("rundown.edit"))],
    sb: SB,
    if_match: IfMatch = None,
    idempotency_key: OptIdemKey = None,
) -> Rundown:
    version = if_match_version(if_match, False)
    rundown = sb.store.rundown.put(show_id, body.steps, who.name, version)
    response.headers["ETag"] = f'"{rundown.version}"'
    return rundown


@router.post(
    "/rundown/advance",
    response_model=Rundown,
    **op(
        "rundown.edit",
        "Run the next step",
        description=(
            "Runs the first step not done as its own operation would (pin, flash sale, poll, "
            "voucher) and marks it done; `skip` marks it done without running it. 409 "
            "`rundown-finished` when every step is done, `rundown-moved` when `step_id` is no "
            "longer the next step; a step its operation refuses stays not done (the same "
            "problem as that operation's)."
        ),
    ),
)
def advance_rundown(
    show_id: str,
    body: RundownAdvance,
    who: Annotated[Principal, Depends(allow("rundown.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Rundown:
    return sb.store.rundown.advance(show_id, body, who.name)
