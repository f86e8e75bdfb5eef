"""Comment moderation: the comment on screen, hiding, replying, muting and blocking viewers.

The host and moderators moderate; co-hosts may read the pin and the restrictions and reply;
viewers read the pin only (403 for the rest). The rules are `stores/moderation.py`'s.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from studio.platform.models import (
    Comment,
    CommentPin,
    CommentPinUpdate,
    CommentReplyCreate,
    Restriction,
    RestrictionCreate,
)
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

router = APIRouter(prefix=SHOW, tags=["moderation"])


@router.get(
    "/comment-pin",
    response_model=CommentPin,
    **op("comment.read", "The comment on screen", description="ETag is the pin's version."),
)
def get_comment_pin(
    show_id: str,
    response: Response,
    who: Annotated[Principal, Depends(allow("comment.read"))],
    sb: SB,
) -> CommentPin:
    pin = sb.store.moderation.pinned(show_id)
    response.headers["ETag"] = f'"{pin.version}"'
    return pin


@router.put(
    "/comment-pin",
    response_model=CommentPin,
    **op(
        "comment.moderate",
        "Put a comment on screen",
        description="Replaces the comment on screen. 409 for a hidden comment; If-Match optional.",
    ),
)
def put_comment_pin(
    show_id: str,
    body: CommentPinUpdate,
    response: Response,
    who: Annotated[Principal, Depends(allow("comment.moderate"))],
    sb: SB,
    if_match: IfMatch = None,
    idempotency_key: OptIdemKey = None,
) -> CommentPin:
    version = if_match_version(if_match, False)
    pin = sb.store.moderation.pin(show_id, body.comment_id, who.name, version)
    response.headers["ETag"] = f'"{pin.version}"'
    return pin


@router.delete(
    "/comment-pin",
    response_model=CommentPin,
    **op("comment.moderate", "Take the comment off screen"),
)
def delete_comment_pin(
    show_id: str,
    response: Response,
    who: Annotated[Principal, Depends(allow("comment.moderate"))],
    sb: SB,
    if_match: IfMatch = None,
    idempotency_key: OptIdemKey = None,
) -> CommentPin:
    pin = sb.store.moderation.pin(show_id, None, who.name, if_match_version(if_match, False))
    response.headers["ETag"] = f'"{pin.version}"'
    return pin


@router.put(
    "/comments/{comment_id}/hidden",
    response_model=Comment,
    **op(
        "comment.moderate",
        "Hide a comment",
        description="Viewers stop seeing it; it leaves the screen if it was on it.",
    ),
)
def hide_comment(
    show_id: str,
    comment_id: str,
    who: Annotated[Principal, Depends(allow("comment.moderate"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Comment:
    return sb.store.moderation.set_hidden(show_id, comment_id, True, who.name)


@router.delete(
    "/comments/{comment_id}/hidden",
    response_model=Comment,
    **op("comment.moderate", "Show a hidden comment again"),
)
def unhide_comment(
    show_id: str,
    comment_id: str,
    who: Annotated[Principal, Depends(allow("comment.moderate"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Comment:
    return sb.store.moderation.set_hidden(show_id, comment_id, False, who.name)


@router.post(
    "/comments/{comment_id}/replies",
    response_model=Comment,
    status_code=201,
    **op(
        "comment.reply",
        "Reply to a comment",
        description="The reply is a comment with `reply_to` (announced as `comment.created`).",
    ),
)
def reply_to_comment(
    show_id: str,
    comment_id: str,
    body: CommentReplyCreate,
    who: Annotated[Principal, Depends(allow("comment.reply"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Comment:
    return sb.store.moderation.reply(show_id, comment_id, body.text, who.name, who.role)


@router.get(
    "/restrictions",
    response_model=list[Restriction],
    **op("restriction.read", "Muted and blocked viewers", description="Those in force now."),
)
def list_restrictions(
    show_id: str, who: Annotated[Principal, Depends(allow("restriction.read"))], sb: SB
) -> list[Restriction]:
    return sb.store.moderation.restrictions(show_id)


@router.post(
    "/restrictions",
    response_model=Restriction,
    status_code=201,
    **op(
        "restriction.edit",
        "Mute or block a comment's author",
        description=(
            "A mute lasts `duration_s` (default 600 s), a block the whole show and hides the "
            "viewer's comments. Replaces what was in force for that viewer; 409 for a comment "
            "by the show's team."
        ),
    ),
)
def create_restriction(
    show_id: str,
    body: RestrictionCreate,
    who: Annotated[Principal, Depends(allow("restriction.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Restriction:
    return sb.store.moderation.restrict(show_id, body, who.name)


@router.delete(
    "/restrictions/{restriction_id}",
    response_model=Restriction,
    **op("restriction.edit", "Lift a mute or block", description="Hidden comments stay hidden."),
)
def lift_restriction(
    show_id: str,
    restriction_id: str,
    who: Annotated[Principal, Depends(allow("restriction.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Restriction:
    return sb.store.moderation.lift(show_id, restriction_id)
