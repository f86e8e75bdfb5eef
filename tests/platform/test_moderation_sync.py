"""Comment moderation through the sync: sent once through lost answers, folded into the model,
refused with the platform's words for a co-host without the moderator role."""

from __future__ import annotations

from collections import Counter

from studio.platform import models as m
from studio.show import events as ev
from studio.show.state import Comment, Link
from tests.platform.conftest import Rig, wait_for
from tests.platform.test_outbox import server_events


def viewer_says(rig: Rig, author: str, text: str) -> str:
    """A viewer's comment, written by the sandbox itself (the audience has many names)."""
    store = rig.sandbox.store
    assert store is not None
    c = store.comments.create(rig.show_id, m.CommentCreate(text=text), author, m.Role.VIEWER)
    return c.id


def kept(sync: object, comment_id: str) -> Comment | None:
    return sync.model.state.comment(comment_id)  # type: ignore[attr-defined, no-any-return]


def test_moderation_through_lost_answers_is_applied_once_and_reaches_the_model(
    rig: Rig,
) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    question = viewer_says(rig, "Ana B.", "Does it fit a 28 cm lid?")
    rude = viewer_says(rig, "Rude R.", "this is a scam")
    spam = [viewer_says(rig, "Spam S.", f"cheap followers {i}") for i in range(3)]
    wait_for(lambda: kept(sync, spam[-1]) is not None)
    pins: list[ev.CommentPinChanged] = []
    sync.model.events.connect(ev.CommentPinChanged, pins.append)

    rig.proxy.drop_responses(times=10, method="POST,PUT,DELETE")
    ids = [
        sync.pin_comment(question),
        sync.reply(question, "Yes, the 28 cm lid fits."),
        sync.hide_comment(rude),
        sync.mute(rude, seconds=300),
        sync.pin_comment(spam[0]),
        sync.block(spam[1]),  # hides all three, and takes spam[0] off screen
    ]
    assert sync.wait_idle(timeout=30)
    assert all(sync.outbox.get(i).state == "done" for i in ids)  # type: ignore[union-attr]

    # Each change happened once at the platform, though answers were lost and retried.
    replies = [
        e
        for e in server_events(rig, m.EventType.COMMENT_CREATED)
        if e.data.get("reply_to") == question
    ]
    assert len(replies) == 1
    kinds = Counter(e.data["kind"] for e in server_events(rig, m.EventType.RESTRICTION_CHANGED))
    assert kinds == {"mute": 1, "block": 1}
    updated = Counter(e.data["id"] for e in server_events(rig, m.EventType.COMMENT_UPDATED))
    assert updated == {rude: 1, spam[0]: 1, spam[1]: 1, spam[2]: 1}
    on_screen = [
        (e.data["comment"] or {}).get("id")
        for e in server_events(rig, m.EventType.COMMENT_PIN_CHANGED)
    ]
    assert on_screen == [question, spam[0], None]

    # The model agrees, from the answers and from the live events alike.
    wait_for(lambda: sync.model.state.comment_pin.comment is None)
    state = sync.model.state
    assert all(kept(sync, i).hidden for i in (rude, *spam))  # type: ignore[union-attr]
    assert not kept(sync, question).hidden  # type: ignore[union-attr]
    assert {(r.viewer, r.kind) for r in state.restrictions} == {
        ("Rude R.", "mute"),
        ("Spam S.", "block"),
    }
    reply = next(c for c in state.comments if c.reply_to == question)
    assert reply.role == "host" and reply.text == "Yes, the 28 cm lid fits."
    assert [p.pin.comment.id if p.pin.comment else None for p in pins][-1] is None

    # Letting the muted viewer back is one change too.
    mute = next(r for r in state.restrictions if r.kind == "mute")
    sync.lift_restriction(mute.id)
    wait_for(lambda: all(r.kind != "mute" for r in sync.model.state.restrictions))
    assert sync.wait_idle(timeout=10)


def test_a_cohost_is_refused_in_the_platforms_words_a_moderator_is_not(rig: Rig) -> None:
    assert rig.sandbox.store is not None
    question = viewer_says(rig, "Ana B.", "Is the chai caffeinated?")
    cohost = rig.sync(rig.sandbox.cohost_token, name="cohost")
    failed: list[ev.ChangeFailed] = []
    cohost.model.events.connect(ev.ChangeFailed, failed.append)
    wait_for(lambda: kept(cohost, question) is not None)
    cohost.pin_comment(question)
    wait_for(lambda: failed)
    assert "only the host or moderator can" in failed[0].message
    assert cohost.wait_idle(timeout=10)

    invite = rig.client(direct=True).invite_cohost(
        rig.show_id, "Mina", m.Role.MODERATOR, "invite-mina-1"
    )
    moderator = rig.sync(invite.token, name="moderator")
    wait_for(lambda: kept(moderator, question) is not None)
    moderator.pin_comment(question)
    wait_for(lambda: moderator.model.state.pinned_comment is not None)
    assert moderator.model.state.comment_pin.pinned_by == "Mina"
    # ...and the host's own sync hears it as a live event.
    host = rig.sync(name="host")
    wait_for(lambda: host.model.state.pinned_comment is not None)
    assert host.model.state.pinned_comment.id == question  # type: ignore[union-attr]
