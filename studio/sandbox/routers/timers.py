"""Flash-sale timers: list, start one, cancel one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Timer, TimerCreate, TimerStatus
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, OptIdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["timers"])


@router.get("/timers", response_model=list[Timer], **op("timer.read", "Flash-sale timers"))
def list_timers(
    show_id: str,
    who: Annotated[Principal, Depends(allow("timer.read"))],
    sb: SB,
    status: TimerStatus | None = None,
) -> list[Timer]:
    return sb.store.timers.all(show_id, status)


@router.post(
    "/timers",
    response_model=Timer,
    status_code=201,
    **op(
        "timer.edit",
        "Start a flash sale",
        description="Give `duration_s` or an absolute `ends_at`; one timer per product.",
    ),
)
def create_timer(
    show_id: str,
    body: TimerCreate,
    who: Annotated[Principal, Depends(allow("timer.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Timer:
    return sb.store.timers.create(show_id, body)


@router.delete(
    "/timers/{timer_id}", response_model=Timer, **op("timer.edit", "Cancel a flash sale")
)
def cancel_timer(
    show_id: str,
    timer_id: str,
    who: Annotated[Principal, Depends(allow("timer.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Timer:
    return sb.store.timers.cancel(show_id, timer_id)
