"""Comment moderation and co-host invites in the real window, against the real sandbox.

A comment put on screen sits beside the title lower third (never instead of it) and leaves
when it is hidden; replies, mutes and blocks reach the platform; a co-host without the
moderator role is told who can; the host makes an invite (link and QR code) a moderator can
sign in with, then revokes it.
"""

from __future__ import annotations

import uuid
from typing import Any

import requests
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest

from studio.platform import models as m
from studio.platform.client import PlatformClient
from studio.platform.errors import AuthFailed
from studio.session.status import Role
from studio.ui.cohost import CohostDialog, parse_invite
from studio.ui.invites import InviteDialog
from studio.ui.show_vm import BadgeRole
from tests.ui.conftest import Rig, wait_until

_TOKENS: dict[tuple[str, str], str] = {}


def viewer_token(rig: Rig, author: str) -> str:
    """The token of the viewer called `author`: one account each (signed in once per
    sandbox), so muting or blocking one viewer leaves the others alone."""
    sb = rig.sandbox
    assert sb is not None
    key = (sb.api_url, author)
    if key not in _TOKENS:
        r = requests.post(
            f"{sb.api_url}/shows/{sb.show_id}/viewer-sessions",
            json={"display_name": author},
            headers={"Idempotency-Key": uuid.uuid4().hex},
            timeout=5,
        )
        r.raise_for_status()
        _TOKENS[key] = r.json()["token"]
    return _TOKENS[key]


def viewer_says(rig: Rig, text: str, author: str, question: bool = False) -> str:
    sb = rig.sandbox
    assert sb is not None
    token = viewer_token(rig, author)
    r = requests.post(
        f"{sb.api_url}/shows/{sb.show_id}/comments",
        json={"text": text, "kind": "question" if question else "comment"},
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=5,
    )
    r.raise_for_status()
    cid: str = r.json()["id"]
    return cid


def select(panel: Any, comment_id: str, qtbot: Any) -> None:
    model = panel.view.model()
    wait_until(qtbot, lambda: model.row_of(comment_id) >= 0, 10, "the comment in the list")
    panel.view.setFocus()
    panel.view.setCurrentIndex(model.index(model.row_of(comment_id), 0))


def badge(panel: Any, comment_id: str) -> str:
    model = panel.view.model()
    return str(model.index(model.row_of(comment_id), 0).data(BadgeRole) or "")


def test_a_comment_goes_on_screen_beside_the_title_and_leaves_when_hidden(
    platform_rig: Rig,
) -> None:
    rig = platform_rig
    studio = rig.studio()
    w = rig.window(studio)
    panel = w.audience.comments
    cid = viewer_says(rig, "Does the skillet work on induction?", "Ana B.", question=True)
    select(panel, cid, rig.qtbot)
    assert panel.show_btn.text() == "Show on screen" and panel.show_btn.isEnabled()

    QTest.keyClick(panel.view, Qt.Key.Key_P)  # the key, as a moderator would
    wait_until(rig.qtbot, lambda: (rig.api("/comment-pin")["comment"] or {}).get("id") == cid)
    scene = studio.session.layers.scene
    wait_until(rig.qtbot, lambda: scene.comment is not None, 10, "the comment on air")
    assert scene.comment is not None
    assert scene.comment.text == "Does the skillet work on induction?"
    assert scene.comment.author == "Ana B." and scene.comment.question
    title = scene.show_title
    assert title is not None and "induction" not in title[0]  # the title stays on air
    wait_until(rig.qtbot, lambda: badge(panel, cid) == "ON SCREEN", 10, "the badge")
    assert panel.on_screen.isVisible() and "induction" in panel.on_screen_text.text()
    assert panel.show_btn.text() == "Take off screen"
    # Both layers are composed: the comment above the title, not over it.
    scene.wait_idle()
    layers = {lay.z: lay for lay in scene.layers_at(studio.session.layers.now() + 5)}
    assert 10 in layers and 15 in layers
    lower, comment = layers[10], layers[15]
    assert comment.y + comment.height <= lower.y + lower.height // 2

    QTest.keyClick(panel.view, Qt.Key.Key_H)  # hide it: it leaves the screen too
    wait_until(rig.qtbot, lambda: rig.api("/comment-pin")["comment"] is None, 10, "unpinned")
    wait_until(rig.qtbot, lambda: scene.comment is None, 10, "the comment off air")
    wait_until(rig.qtbot, lambda: badge(panel, cid) == "HIDDEN", 10, "hidden in the list")
    assert not panel.on_screen.isVisible()
    assert panel.show_btn.text() == "Show on screen" and not panel.show_btn.isEnabled()
    viewer_list = rig.api("/comments", token=rig.sandbox.viewer_token)["items"]  # type: ignore[union-attr]
    assert cid not in {c["id"] for c in viewer_list}
    assert scene.show_title == title


def test_reply_mute_and_block_from_the_context_menu(platform_rig: Rig) -> None:
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None
    w = rig.window(rig.studio())
    panel = w.audience.comments
    question = viewer_says(rig, "Is the mug set dishwasher-safe?", "Ola K.", question=True)
    rude = viewer_says(rig, "boring show", "Rude R.")
    spam = viewer_says(rig, "free followers at spam.example", "Spam S.")

    select(panel, question, rig.qtbot)
    panel.commands.ask_reply = lambda c: f"Yes, {c.author}, top rack."
    QTest.keyClick(panel.view, Qt.Key.Key_R)
    wait_until(
        rig.qtbot,
        lambda: any(c.get("reply_to") == question for c in rig.api("/comments")["items"]),
        10,
        "the reply at the platform",
    )

    select(panel, rude, rig.qtbot)
    menu = panel.commands.menu()
    mute_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert mute_menu.title() == "Mute Rude R. for"
    next(a for a in mute_menu.actions() if a.text() == "2 minutes").trigger()
    wait_until(rig.qtbot, lambda: rig.api("/restrictions"), 10, "the mute")
    (mute,) = rig.api("/restrictions")
    assert mute["viewer"] == "Rude R." and mute["kind"] == "mute"
    wait_until(rig.qtbot, lambda: badge(panel, rude) == "MUTED", 10, "MUTED in the list")
    refused = requests.post(
        f"{sb.api_url}/shows/{sb.show_id}/comments",
        json={"text": "hello?"},
        headers={
            "Authorization": f"Bearer {viewer_token(rig, 'Rude R.')}",
            "Idempotency-Key": "rude-2",
        },
        timeout=5,
    )
    assert refused.status_code == 403

    select(panel, spam, rig.qtbot)
    asked: list[str] = []
    panel.commands.confirm = lambda title, text: asked.append(title) or True
    QTest.keyClick(panel.view, Qt.Key.Key_B)
    assert asked == ["Block Spam S.?"]
    wait_until(rig.qtbot, lambda: badge(panel, spam) == "HIDDEN · BLOCKED", 10, "the spam hidden")
    kinds = {r["viewer"]: r["kind"] for r in rig.api("/restrictions")}
    assert kinds == {"Rude R.": "mute", "Spam S.": "block"}

    # Let the muted viewer back in (U); the menu names what it does.
    select(panel, rude, rig.qtbot)
    panel.commands.refresh()
    assert panel.commands.let_back.text() == "Unmute Rude R."
    QTest.keyClick(panel.view, Qt.Key.Key_U)
    wait_until(rig.qtbot, lambda: len(rig.api("/restrictions")) == 1, 10, "the unmute")
    wait_until(rig.qtbot, lambda: badge(panel, rude) == "", 10, "no badge")
    assert w.studio.sync is not None and w.studio.sync.wait_idle(5)


def test_a_cohost_without_the_moderator_role_is_told_who_can(platform_rig: Rig) -> None:
    rig = platform_rig
    assert rig.sandbox is not None
    studio = rig.studio(role=Role.COHOST, token=rig.sandbox.cohost_token, home="cohost")
    w = rig.window(studio)
    assert not w.act_invite.isVisible()  # co-hosts do not invite
    panel = w.audience.comments
    cid = viewer_says(rig, "When does the next drop start?", "Ana B.")
    select(panel, cid, rig.qtbot)
    panel.show_btn.click()
    wait_until(rig.qtbot, lambda: "only the host or moderator" in w.toast.message(), 10)
    assert rig.api("/comment-pin")["comment"] is None


def test_the_host_invites_a_moderator_who_signs_in_with_the_link_then_is_revoked(
    platform_rig: Rig,
) -> None:
    rig = platform_rig
    sb = rig.sandbox
    assert sb is not None
    w = rig.window(rig.studio())
    assert w.act_invite.isVisible() and w.act_invite.isEnabled()
    w.act_invite.trigger()
    dlg = w.invite_dialog
    assert isinstance(dlg, InviteDialog) and dlg.isVisible()
    wait_until(rig.qtbot, lambda: dlg.list.topLevelItemCount() >= 1, 10, "the seeded invite")

    dlg.name.setText("Mina")
    dlg.role.setCurrentIndex(dlg.role.findData("moderator"))
    assert dlg.role.currentIndex() == 1
    dlg.create_btn.click()
    wait_until(rig.qtbot, lambda: dlg.new_invite.isVisible(), 10, "the new invite")
    link = dlg._link
    api, token = parse_invite(link)
    assert api == sb.api_url and token.startswith("st_cohost_")
    assert token not in dlg.link.text()  # masked until asked
    dlg.reveal.setChecked(True)
    assert dlg.link.text() == link
    dlg.copy_btn.click()
    assert QGuiApplication.clipboard().text() == link
    # The QR code on screen carries exactly the link.
    image = dlg.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    assert qr_modules(image) == [
        list(map(bool, row)) for row in segno.make_qr(link, error="m", boost_error=False).matrix
    ]
    wait_until(rig.qtbot, lambda: dlg.list.topLevelItemCount() >= 2, 10, "the list refreshed")
    names = {
        dlg.list.topLevelItem(i).text(0): dlg.list.topLevelItem(i).text(1)
        for i in range(dlg.list.topLevelItemCount())
    }
    assert names["Mina"] == "Moderator"

    moderator = PlatformClient(api or "", token=token)
    assert moderator.me().role == m.Role.MODERATOR

    row = next(
        dlg.list.topLevelItem(i)
        for i in range(dlg.list.topLevelItemCount())
        if dlg.list.topLevelItem(i).text(0) == "Mina"
    )
    dlg.list.setCurrentItem(row)
    dlg.confirm = lambda title, text: True
    dlg.revoke_btn.click()
    wait_until(rig.qtbot, lambda: "revoked" in dlg.status.text(), 10, "the revocation")
    try:
        moderator.me()
    except AuthFailed:
        pass
    else:
        raise AssertionError("a revoked invite still signs in")
    finally:
        moderator.close()
    dlg.reject()


def test_the_cohost_sign_in_says_where_an_invite_comes_from(platform_rig: Rig) -> None:
    dlg = CohostDialog("")
    text = " ".join(lab.text() for lab in dlg.findChildren(type(dlg.status)))
    assert "ask the host: Show → Invite co-host" in text.replace("Ask", "ask")
    dlg.deleteLater()


def qr_modules(image: QImage) -> list[list[bool]]:
    """Read a QR code drawn with whole-pixel modules and a 2-module quiet zone back into its
    module matrix (dark = True), sampling each module's centre."""
    w = image.width()
    # The first dark pixel on the diagonal is the finder pattern's corner: after the border.
    first = next(i for i in range(w) if image.pixelColor(i, i).lightness() < 128)
    module = first // 2
    n = w // module - 4
    return [
        [
            image.pixelColor(
                first + c * module + module // 2, first + r * module + module // 2
            ).lightness()
            < 128
            for c in range(n)
        ]
        for r in range(n)
    ]
