"""Comment moderation: the comment on screen, hidden comments, replies, muted and blocked viewers.

Every change and the events announcing it are written in one transaction (`Context.emit`), so
a client following the event stream sees a hidden pinned comment leave the screen in the same
breath as it is hidden:

- hiding a comment that is pinned unpins it (`comment.updated`, then `comment_pin.changed`);
- blocking a viewer hides each of their comments (one `comment.updated` each), unpins the
  pinned one if it is theirs, and refuses their new comments until the block is lifted;
- muting refuses a viewer's new comments until `until` (absolute UTC, like timers: no event
  marks the end, clients compare with server time);
- a new mute or block of the same viewer replaces the one in force (`restriction.changed` with
  `active: false`, then the new one).

A restriction is made from one of the viewer's comments, so clients never need to name a
viewer; it applies to the comment's account (`viewer_id`), not its display name, so a namesake
is not muted with them, and a rename does not lift it. Errors are `ApiProblem`s (404 unknown
comment or restriction, 409 show ended / comment hidden / not a viewer, 412 stale pin version).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta

from studio.platform.models import (
    Comment,
    CommentKind,
    CommentPin,
    EventType,
    Restriction,
    RestrictionCreate,
    RestrictionKind,
    Role,
)
from studio.sandbox.problems import Conflict, Forbidden, NotFound, StaleVersion
from studio.sandbox.stores.base import Context, new_id, require_not_ended, show_row

MUTE_DEFAULT_S = 600


def comment_of(conn: sqlite3.Connection, show_id: str, comment_id: str) -> Comment:
    """The show's comment `comment_id`; raises `NotFound` (404)."""
    row = conn.execute(
        "SELECT body FROM comments WHERE show_id=? AND id=?", (show_id, comment_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no comment {comment_id!r} in this show.")
    return Comment.model_validate_json(row["body"])


def _save_comment(conn: sqlite3.Connection, comment: Comment) -> None:
    conn.execute(
        "UPDATE comments SET body=? WHERE show_id=? AND id=?",
        (comment.model_dump_json(), comment.show_id, comment.id),
    )


def comment_pin_of(conn: sqlite3.Connection, show_id: str) -> CommentPin:
    """The show's comment pin (version 0, nothing pinned, before the first pin)."""
    row = conn.execute("SELECT * FROM comment_pins WHERE show_id=?", (show_id,)).fetchone()
    if row is None:
        return CommentPin(show_id=show_id, version=0)
    comment = comment_of(conn, show_id, row["comment_id"]) if row["comment_id"] else None
    return CommentPin(
        show_id=show_id,
        comment=comment,
        pinned_by=row["pinned_by"],
        pinned_at=row["pinned_at"],
        version=row["version"],
    )


def _restriction(row: sqlite3.Row, now: datetime) -> Restriction:
    r = Restriction.model_validate_json(row["body"])
    active = not row["lifted"] and (r.until is None or r.until > now)
    return r if r.active == active else r.model_copy(update={"active": active})


def check_may_comment(
    conn: sqlite3.Connection, show_id: str, viewer_id: str, now: datetime
) -> None:
    """Raises `Forbidden` (403 `muted` / `blocked`) when the account `viewer_id` may not
    comment now (the `viewer` column holds the account since contract 1.7.0)."""
    rows = conn.execute(
        "SELECT * FROM restrictions WHERE show_id=? AND viewer=? AND lifted=0",
        (show_id, viewer_id),
    ).fetchall()
    for row in rows:
        r = _restriction(row, now)
        if not r.active:
            continue
        if r.kind == RestrictionKind.BLOCK:
            raise Forbidden("You were blocked from this show's chat.", slug="blocked")
        assert r.until is not None
        raise Forbidden(
            f"You are muted in this show's chat until {r.until:%H:%M:%S} UTC.",
            slug="muted",
            until=r.until.isoformat(),
        )


class ModerationStore:
    """`comment_pins`, `restrictions`, and the `hidden` flag of stored comments."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        # Called inside the write that stores a reply: (question, reply) (community points).
        self.on_reply: list[Callable[[sqlite3.Connection, Comment, Comment], None]] = []

    # -- the comment on screen ---------------------------------------------------------------

    def pinned(self, show_id: str) -> CommentPin:
        """The comment on screen now (`comment` is None when there is none)."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        return comment_pin_of(conn, show_id)

    def pin(
        self, show_id: str, comment_id: str | None, by: str, if_version: int | None = None
    ) -> CommentPin:
        """Put `comment_id` on screen (None takes it off); the same comment changes nothing.

        Raises `NotFound`, `Conflict` (show ended, comment hidden), `StaleVersion` (412) when
        `if_version` is given and stale.
        """
        with self.ctx.db.write() as conn:
            require_not_ended(show_row(conn, show_id))
            current = comment_pin_of(conn, show_id)
            if if_version is not None and current.version != if_version:
                raise StaleVersion(
                    f"The comment pin is at version {current.version}, not {if_version}.",
                    current=current.model_dump(mode="json"),
                    headers={"ETag": f'"{current.version}"'},
                )
            comment = comment_of(conn, show_id, comment_id) if comment_id is not None else None
            if comment is not None and comment.hidden:
                raise Conflict(
                    "That comment is hidden; show it again before putting it on screen.",
                    slug="comment-hidden",
                )
            old_id = current.comment.id if current.comment is not None else None
            if old_id == comment_id:
                return current
            pin = self._write_pin(conn, show_id, comment, by, current.version)
        self.ctx.notify()
        return pin

    def _write_pin(
        self,
        conn: sqlite3.Connection,
        show_id: str,
        comment: Comment | None,
        by: str,
        version: int,
    ) -> CommentPin:
        pin = CommentPin(
            show_id=show_id,
            comment=comment,
            pinned_by=by if comment is not None else None,
            pinned_at=self.ctx.now() if comment is not None else None,
            version=version + 1,
        )
        conn.execute(
            "INSERT OR REPLACE INTO comment_pins VALUES (?, ?, ?, ?, ?)",
            (
                show_id,
                comment.id if comment is not None else None,
                pin.pinned_by,
                pin.pinned_at.isoformat() if pin.pinned_at else None,
                pin.version,
            ),
        )
        self.ctx.emit(conn, show_id, EventType.COMMENT_PIN_CHANGED, pin)
        return pin

    # -- hiding and replying -----------------------------------------------------------------

    def set_hidden(self, show_id: str, comment_id: str, hidden: bool, by: str) -> Comment:
        """Hide (or show again) one comment; hiding the pinned comment unpins it.

        Raises `NotFound`. Setting what is already set changes and announces nothing.
        """
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            comment = comment_of(conn, show_id, comment_id)
            if comment.hidden == hidden:
                return comment
            comment = self._hide(conn, comment, hidden)
            if hidden:
                self._unpin_if(conn, show_id, {comment.id}, by)
        self.ctx.notify()
        return comment

    def _hide(self, conn: sqlite3.Connection, comment: Comment, hidden: bool) -> Comment:
        comment = comment.model_copy(update={"hidden": hidden})
        _save_comment(conn, comment)
        self.ctx.emit(conn, comment.show_id, EventType.COMMENT_UPDATED, comment)
        return comment

    def _unpin_if(self, conn: sqlite3.Connection, show_id: str, ids: set[str], by: str) -> None:
        current = comment_pin_of(conn, show_id)
        if current.comment is not None and current.comment.id in ids:
            self._write_pin(conn, show_id, None, by, current.version)

    def reply(self, show_id: str, comment_id: str, text: str, author: str, role: Role) -> Comment:
        """A comment answering `comment_id` (announced as `comment.created`).

        Raises `NotFound`, `Conflict` (show ended).
        """
        with self.ctx.db.write() as conn:
            require_not_ended(show_row(conn, show_id))
            question = comment_of(conn, show_id, comment_id)
            reply = Comment(
                id=new_id("cmt"),
                show_id=show_id,
                author=author,
                role=role,
                kind=CommentKind.COMMENT,
                text=text,
                created_at=self.ctx.now(),
                reply_to=comment_id,
            )
            conn.execute(
                "INSERT INTO comments (id, show_id, body) VALUES (?, ?, ?)",
                (reply.id, show_id, reply.model_dump_json()),
            )
            self.ctx.emit(conn, show_id, EventType.COMMENT_CREATED, reply)
            for hook in self.on_reply:
                hook(conn, question, reply)
        self.ctx.notify()
        return reply

    # -- muting and blocking -----------------------------------------------------------------

    def restrictions(self, show_id: str) -> list[Restriction]:
        """The mutes and blocks in force now, oldest first."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        now = self.ctx.now()
        rows = conn.execute(
            "SELECT * FROM restrictions WHERE show_id=? AND lifted=0 ORDER BY rowid_", (show_id,)
        ).fetchall()
        return [r for r in (_restriction(row, now) for row in rows) if r.active]

    def restrict(self, show_id: str, req: RestrictionCreate, by: str) -> Restriction:
        """Mute or block the author of `req.comment_id`, replacing what was in force for them.

        Raises `NotFound`, `Conflict` (409 `not-a-viewer`: the host's and co-hosts' comments).
        """
        now = self.ctx.now()
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            comment = comment_of(conn, show_id, req.comment_id)
            if comment.role != Role.VIEWER:
                raise Conflict(
                    f"{comment.author} is the show's {comment.role.value}, not a viewer.",
                    slug="not-a-viewer",
                )
            viewer = comment.viewer_id or comment.author
            for row in conn.execute(
                "SELECT * FROM restrictions WHERE show_id=? AND viewer=? AND lifted=0",
                (show_id, viewer),
            ).fetchall():
                if _restriction(row, now).active:
                    self._lift(conn, row, now)
            until = None
            if req.kind == RestrictionKind.MUTE:
                until = now + timedelta(seconds=req.duration_s or MUTE_DEFAULT_S)
            restriction = Restriction(
                id=new_id("rst"),
                show_id=show_id,
                viewer=comment.author,
                viewer_id=viewer,
                kind=req.kind,
                until=until,
                active=True,
                comment_id=comment.id,
                created_by=by,
                created_at=now,
            )
            conn.execute(
                "INSERT INTO restrictions (id, show_id, viewer, kind, until_ts, body)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    restriction.id,
                    show_id,
                    viewer,
                    req.kind.value,
                    until.timestamp() if until else None,
                    restriction.model_dump_json(),
                ),
            )
            self.ctx.emit(conn, show_id, EventType.RESTRICTION_CHANGED, restriction)
            if req.kind == RestrictionKind.BLOCK:
                hidden = self._hide_all_by(conn, show_id, viewer)
                self._unpin_if(conn, show_id, hidden, by)
        self.ctx.notify()
        return restriction

    def _hide_all_by(self, conn: sqlite3.Connection, show_id: str, viewer: str) -> set[str]:
        rows = conn.execute(
            "SELECT body FROM comments WHERE show_id=? ORDER BY rowid_", (show_id,)
        ).fetchall()
        hidden: set[str] = set()
        for row in rows:
            c = Comment.model_validate_json(row["body"])
            if c.viewer_id == viewer and c.role == Role.VIEWER and not c.hidden:
                self._hide(conn, c, True)
                hidden.add(c.id)
        return hidden

    def _lift(self, conn: sqlite3.Connection, row: sqlite3.Row, now: datetime) -> Restriction:
        lifted = _restriction(row, now).model_copy(update={"active": False})
        conn.execute(
            "UPDATE restrictions SET lifted=1, body=? WHERE id=?",
            (lifted.model_dump_json(), row["id"]),
        )
        self.ctx.emit(conn, lifted.show_id, EventType.RESTRICTION_CHANGED, lifted)
        return lifted

    def lift(self, show_id: str, restriction_id: str) -> Restriction:
        """End a mute or block now (a block's hidden comments stay hidden). Lifting one that
        already ended answers it as it is. Raises `NotFound`."""
        now = self.ctx.now()
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            row = conn.execute(
                "SELECT * FROM restrictions WHERE show_id=? AND id=?", (show_id, restriction_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no restriction {restriction_id!r} in this show.")
            if row["lifted"]:
                return _restriction(row, now)
            lifted = self._lift(conn, row, now)
        self.ctx.notify()
        return lifted
