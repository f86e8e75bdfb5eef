"""Polls: list, open one, close it (its result); viewers vote once each."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Poll, PollCreate, PollStatus, PollVote
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["polls"])


@router.get("/polls", response_model=list[Poll], **op("poll.read", "Polls"))
def list_polls(
    show_id: str,
    who: Annotated[Principal, Depends(allow("poll.read"))],
    sb: SB,
    status: PollStatus | None = None,
) -> list[Poll]:
    return sb.store.polls.all(show_id, status)


@router.get("/polls/{poll_id}", response_model=Poll, **op("poll.read", "One poll"))
def get_poll(
    show_id: str,
    poll_id: str,
    who: Annotated[Principal, Depends(allow("poll.read"))],
    sb: SB,
) -> Poll:
    return sb.store.polls.get(show_id, poll_id)


@router.post(
    "/polls",
    response_model=Poll,
    status_code=201,
    **op(
        "poll.edit",
        "Open a poll",
        description=(
            "2-4 distinct options; open until closed, or `duration_s` from now. One open poll "
            "per show (409 `poll-open`)."
        ),
    ),
)
def create_poll(
    show_id: str,
    body: PollCreate,
    who: Annotated[Principal, Depends(allow("poll.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Poll:
    return sb.store.polls.create(show_id, body)


@router.post(
    "/polls/{poll_id}/close",
    response_model=Poll,
    **op("poll.edit", "Close a poll", description="Its result state; closing twice is a no-op."),
)
def close_poll(
    show_id: str,
    poll_id: str,
    who: Annotated[Principal, Depends(allow("poll.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Poll:
    return sb.store.polls.close(show_id, poll_id)


@router.post(
    "/polls/{poll_id}/votes",
    response_model=Poll,
    status_code=201,
    **op(
        "poll.vote",
        "Vote",
        description=(
            "One vote per viewer account (409 `already-voted`); 409 `poll-closed` once closed. "
            "Answers with the poll's counts after the vote."
        ),
    ),
)
def vote_in_poll(
    show_id: str,
    poll_id: str,
    body: PollVote,
    who: Annotated[Principal, Depends(allow("poll.vote"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Poll:
    return sb.store.polls.vote(show_id, poll_id, who.account or who.scope, body.option)
