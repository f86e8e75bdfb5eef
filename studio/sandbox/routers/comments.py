"""Comments and questions: read them oldest first, post one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from studio.platform.models import Comment, CommentCreate, Page, Role
from studio.sandbox.routers.deps import SB, SHOW, Cursor, IdemKey, Limit, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["comments"])


@router.get(
    "/comments",
    response_model=Page[Comment],
    **op(
        "comment.read",
        "Comments and questions, oldest first",
        description="Viewers do not see the comments moderators hid; the show's team does.",
    ),
)
def list_comments(
    show_id: str,
    who: Annotated[Principal, Depends(allow("comment.read"))],
    sb: SB,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[Comment]:
    items, nxt = sb.store.comments.page(show_id, cursor, limit, hidden=who.role != Role.VIEWER)
    return Page[Comment](items=items, next_cursor=nxt)


@router.post(
    "/comments",
    response_model=Comment,
    status_code=201,
    **op(
        "comment.create",
        "Comment or ask",
        description="Viewers earn loyalty points; a muted or blocked viewer gets 403.",
    ),
)
def create_comment(
    show_id: str,
    body: CommentCreate,
    who: Annotated[Principal, Depends(allow("comment.create"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Comment:
    author = body.author if (body.author and who.role == Role.VIEWER) else who.name
    return sb.store.comments.create(show_id, body, author, who.role, who.account)
