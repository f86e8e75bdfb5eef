"""The pinned comment on air follows the platform: pinned → on screen beside the title;
unpinned, hidden, its author blocked, or the show ended → off. Real sandbox, real sync, the
session's feed and overlay driver, a real overlay scene."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studio.overlays.models import OverlayComment
from studio.overlays.scene import OverlayScene
from studio.platform import models as m
from studio.platform.sync import PlatformSync
from studio.session.layers import StudioLayers
from studio.session.overlay_driver import OverlayDriver
from studio.session.show_feed import ShowFeed
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for


def viewer_says(rig: Rig, author: str, text: str, question: bool = False) -> str:
    store = rig.sandbox.store
    assert store is not None
    kind = m.CommentKind.QUESTION if question else m.CommentKind.COMMENT
    c = store.comments.create(
        rig.show_id, m.CommentCreate(text=text, kind=kind), author, m.Role.VIEWER
    )
    return c.id


@pytest.fixture
def on_air(rig: Rig) -> Iterator[tuple[PlatformSync, OverlayDriver]]:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    feed = ShowFeed()
    scene = OverlayScene(1280, 720, "default")
    driver = OverlayDriver(StudioLayers(scene, None, 1280, 720), feed)
    feed.attach(sync.model)
    try:
        yield sync, driver
    finally:
        driver.close()
        feed.close()
        scene.close()


def test_the_pinned_comment_is_on_air_beside_the_title_until_it_is_not(
    rig: Rig, on_air: tuple[PlatformSync, OverlayDriver]
) -> None:
    sync, driver = on_air
    scene = driver.scene
    question = viewer_says(rig, "Ana B.", "Does it fit a 28 cm lid?", question=True)
    other = viewer_says(rig, "Ola K.", "Love the colour!")
    troll = viewer_says(rig, "Troll T.", "first!!!")
    wait_for(lambda: sync.model.state.comment(troll) is not None)
    wait_for(lambda: scene.show_title is not None)
    title = scene.show_title

    sync.pin_comment(question)
    wait_for(lambda: scene.comment == OverlayComment("Ana B.", "Does it fit a 28 cm lid?", True))
    assert driver.comment == scene.comment
    assert scene.show_title == title  # beside the title, not instead of it

    sync.pin_comment(other)  # another comment replaces it
    wait_for(lambda: scene.comment == OverlayComment("Ola K.", "Love the colour!"))

    sync.hide_comment(other)  # hidden: off screen (the platform unpins it as well)
    wait_for(lambda: scene.comment is None)
    assert rig.client(direct=True).comment_pin(rig.show_id).comment is None

    sync.pin_comment(troll)
    wait_for(lambda: scene.comment is not None and scene.comment.author == "Troll T.")
    sync.block(troll)  # blocking its author takes it off
    wait_for(lambda: scene.comment is None)

    sync.pin_comment(question)
    wait_for(lambda: scene.comment is not None)
    # A moderator elsewhere takes it off: the platform's event does it here.
    store = rig.sandbox.store
    assert store is not None
    store.moderation.pin(rig.show_id, None, "Mina")
    wait_for(lambda: scene.comment is None)
    assert sync.wait_idle(5)

    sync.pin_comment(question)
    wait_for(lambda: scene.comment is not None)
    sync.end_show()  # an ended show has nothing on air
    wait_for(lambda: scene.comment is None)
    assert scene.show_title == title
