"""Comments and questions on a show; a viewer earns loyalty points for each."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from studio.platform.models import Comment, CommentCreate, CommentKind, EventType, Role
from studio.sandbox.stores.base import (
    Context,
    cut_page,
    decode_cursor,
    name_viewer_id,
    new_id,
    require_not_ended,
    show_row,
)
from studio.sandbox.stores.moderation import check_may_comment
from studio.sandbox.stores.shows import loyalty_multiplier
from studio.sandbox.stores.supporters import SupporterStore


class CommentStore:
    """`comments`: the body is stored as the contract's JSON."""

    def __init__(self, ctx: Context, supporters: SupporterStore) -> None:
        self.ctx = ctx
        self.supporters = supporters
        # Called inside the write that stores each comment (giveaway entries by keyword).
        self.on_comment: list[Callable[[sqlite3.Connection, Comment], None]] = []

    def create(
        self,
        show_id: str,
        req: CommentCreate,
        author: str,
        role: Role,
        viewer_id: str | None = None,
    ) -> Comment:
        """A viewer's comment earns 1 point, a question 2 (times the theme's multiplier).
        `viewer_id`: a viewer's account (None: the one derived from `author`); the team's
        comments carry none. Raises `Conflict` (show ended), `Forbidden` (a muted or blocked
        viewer) or `NotFound`."""
        viewer_id = (viewer_id or name_viewer_id(author)) if role == Role.VIEWER else None
        comment = Comment(
            id=new_id("cmt"),
            show_id=show_id,
            author=author,
            viewer_id=viewer_id,
            role=role,
            kind=req.kind,
            text=req.text,
            created_at=self.ctx.now(),
        )
        with self.ctx.db.write() as conn:
            show = show_row(conn, show_id)
            require_not_ended(show)
            if viewer_id is not None:
                check_may_comment(conn, show_id, viewer_id, comment.created_at)
            conn.execute(
                "INSERT INTO comments (id, show_id, body) VALUES (?, ?, ?)",
                (comment.id, show_id, comment.model_dump_json()),
            )
            self.ctx.emit(conn, show_id, EventType.COMMENT_CREATED, comment)
            for hook in self.on_comment:
                hook(conn, comment)
            if viewer_id is not None:
                base = 2 if req.kind == CommentKind.QUESTION else 1
                points = base * loyalty_multiplier(conn, show)
                self.supporters.credit(conn, show_id, viewer_id, author, points)
        self.ctx.notify()
        return comment

    def page(
        self, show_id: str, cursor: str | None, limit: int, *, hidden: bool = True
    ) -> tuple[list[Comment], str | None]:
        """A page of comments, oldest first, and the next cursor; `hidden=False` leaves out
        the comments moderators hid (what viewers see)."""
        after = decode_cursor(cursor)
        visible = "" if hidden else " AND coalesce(json_extract(body, '$.hidden'), 0) = 0"
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT rowid_, body FROM comments WHERE show_id=? AND rowid_>?"
                + visible
                + " ORDER BY rowid_ LIMIT ?",
                (show_id, after, limit + 1),
            )
            .fetchall()
        )
        rows, nxt = cut_page(rows, limit)
        return [Comment.model_validate_json(r["body"]) for r in rows], nxt
