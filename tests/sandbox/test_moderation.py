"""Co-host invites with roles, and comment moderation, on the real sandbox over HTTP.

The host and moderators put a comment on screen, hide comments, mute and block viewers; a
co-host without the moderator role and a viewer are refused (403) with words saying who can.
"""

from __future__ import annotations

import time
from typing import Any

import requests

from tests.sandbox.conftest import Api, Platform, read_sse

_VIEWERS: dict[tuple[str, str], Api] = {}


def viewer(p: Platform, name: str) -> Api:
    """The viewer called `name`: one account each (signed in once per platform), so muting
    or blocking one does not touch another."""
    key = (p.server.api_url, name)
    if key not in _VIEWERS:
        r = p.host.post(f"{p.show}/viewer-sessions", {"display_name": name})
        assert r.status_code == 201, r.text
        _VIEWERS[key] = Api(p.server.api_url, r.json()["token"])
    return _VIEWERS[key]


def comment(p: Platform, text: str, author: str = "Ola K.") -> dict[str, Any]:
    r = viewer(p, author).post(f"{p.show}/comments", {"text": text})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def invite(p: Platform, name: str, role: str) -> dict[str, Any]:
    r = p.host.post(f"{p.show}/cohosts", {"name": name, "role": role})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def stream(p: Platform) -> requests.Response:
    return requests.get(
        f"{p.server.api_url}{p.show}/events/stream",
        headers={"Authorization": f"Bearer {p.server.host_token}"},
        stream=True,
        timeout=(5, 5),
    )


def problem(r: requests.Response, status: int, slug: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = r.json()
    assert body["type"].endswith("/" + slug), body
    return body


def test_invite_a_moderator_sign_in_with_the_link_and_revoke_it(platform: Platform) -> None:
    p = platform
    created = invite(p, "Mina", "moderator")
    token, link = created["token"], created["invite_url"]
    assert created["cohost"]["role"] == "moderator"
    assert link == f"{p.server.api_url}?invite={token}"
    me = Api(p.server.api_url, token).get("/me").json()
    assert me == {
        "name": "Mina",
        "role": "moderator",
        "show_id": p.server.show_id,
        "viewer_id": None,
    }
    listed = p.host.get(f"{p.show}/cohosts").json()
    assert {"Mina": "moderator", "Jun Park": "cohost"}.items() <= {
        c["name"]: c["role"] for c in listed
    }.items()
    # Only the host invites and revokes.
    problem(p.cohost.post(f"{p.show}/cohosts", {"name": "X"}), 403, "forbidden")
    problem(p.cohost.delete(f"{p.show}/cohosts/{created['cohost']['id']}"), 403, "forbidden")
    live = requests.get(
        f"{p.server.api_url}{p.show}/events/stream",
        headers={"Authorization": f"Bearer {token}"},
        stream=True,
        timeout=(5, 5),
    )
    assert live.status_code == 200
    r = p.host.delete(f"{p.show}/cohosts/{created['cohost']['id']}")
    assert r.status_code == 200 and r.json()["name"] == "Mina"
    # Her open event stream ends: a revoked co-host stops hearing the show at once.
    t0 = time.monotonic()
    with live:
        for _ in live.iter_content(chunk_size=None):
            assert time.monotonic() - t0 < 4, "the revoked co-host's stream kept going"
    assert time.monotonic() - t0 < 4
    problem(Api(p.server.api_url, token).get("/me"), 401, "unauthorized")
    assert "Mina" not in {c["name"] for c in p.host.get(f"{p.show}/cohosts").json()}
    problem(p.host.delete(f"{p.show}/cohosts/{created['cohost']['id']}"), 404, "not-found")
    problem(
        p.host.post(f"{p.show}/cohosts", {"name": "Y", "role": "viewer"}), 422, "validation-failed"
    )


def test_a_pinned_comment_is_announced_and_hiding_it_takes_it_off_screen(
    platform: Platform,
) -> None:
    p = platform
    c = comment(p, "Does it come in blue?")
    with stream(p) as s:
        r = p.host.put(f"{p.show}/comment-pin", {"comment_id": c["id"]})
        assert r.status_code == 200, r.text
        pin = r.json()
        assert pin["comment"]["id"] == c["id"] and pin["pinned_by"]
        assert r.headers["ETag"] == f'"{pin["version"]}"'
        assert p.viewer.get(f"{p.show}/comment-pin").json()["comment"]["text"] == c["text"]
        hidden = p.host.put(f"{p.show}/comments/{c['id']}/hidden")
        assert hidden.status_code == 200 and hidden.json()["hidden"] is True
        events, _ = read_sse(s, 3)
    assert [e.type for e in events] == [
        "comment_pin.changed",
        "comment.updated",
        "comment_pin.changed",
    ]
    assert events[0].data["data"]["comment"]["id"] == c["id"]
    assert events[1].data["data"]["hidden"] is True
    assert events[2].data["data"]["comment"] is None
    assert events[2].data["data"]["version"] == pin["version"] + 1
    # Viewers no longer see it; the show's team does, marked hidden.
    assert c["id"] not in {
        x["id"] for x in p.viewer.get(f"{p.show}/comments?limit=200").json()["items"]
    }
    team = {x["id"]: x for x in p.cohost.get(f"{p.show}/comments?limit=200").json()["items"]}
    assert team[c["id"]]["hidden"] is True
    # A hidden comment cannot go on screen until it is shown again.
    problem(p.host.put(f"{p.show}/comment-pin", {"comment_id": c["id"]}), 409, "comment-hidden")
    assert p.host.delete(f"{p.show}/comments/{c['id']}/hidden").json()["hidden"] is False
    assert p.host.put(f"{p.show}/comment-pin", {"comment_id": c["id"]}).status_code == 200
    off = p.host.delete(f"{p.show}/comment-pin").json()
    assert off["comment"] is None
    # A stale If-Match is refused with the current pin.
    stale = p.host.put(
        f"{p.show}/comment-pin", {"comment_id": c["id"]}, headers={"If-Match": '"1"'}
    )
    assert problem(stale, 412, "stale-version")["current"]["version"] == off["version"]
    problem(p.host.put(f"{p.show}/comment-pin", {"comment_id": "cmt_nope"}), 404, "not-found")


def test_only_the_host_and_moderators_moderate(platform: Platform) -> None:
    p = platform
    c = comment(p, "Price?")
    mod = Api(p.server.api_url, invite(p, "Mo", "moderator")["token"])
    for who in (p.cohost, p.viewer):
        for r in (
            who.put(f"{p.show}/comment-pin", {"comment_id": c["id"]}),
            who.put(f"{p.show}/comments/{c['id']}/hidden"),
            who.post(f"{p.show}/restrictions", {"comment_id": c["id"], "kind": "mute"}),
        ):
            body = problem(r, 403, "forbidden")
            assert "only the host or moderator can" in body["detail"]
    problem(p.viewer.get(f"{p.show}/restrictions"), 403, "forbidden")
    problem(p.viewer.post(f"{p.show}/comments/{c['id']}/replies", {"text": "hi"}), 403, "forbidden")
    assert mod.put(f"{p.show}/comment-pin", {"comment_id": c["id"]}).json()["pinned_by"] == "Mo"
    assert mod.put(f"{p.show}/comments/{c['id']}/hidden").json()["hidden"] is True
    # Co-hosts and moderators answer; the reply is a comment pointing at the question.
    reply = p.cohost.post(f"{p.show}/comments/{c['id']}/replies", {"text": "€24, today €19"})
    assert reply.status_code == 201, reply.text
    assert reply.json()["reply_to"] == c["id"] and reply.json()["role"] == "cohost"
    problem(p.host.post(f"{p.show}/comments/cmt_nope/replies", {"text": "?"}), 404, "not-found")


def test_a_muted_viewer_waits_a_blocked_one_is_gone(fresh_platform: Platform) -> None:
    p = fresh_platform
    first = comment(p, "buy my followers", author="Troll T.")
    second = comment(p, "cheap followers here", author="Troll T.")
    p.host.put(f"{p.show}/comment-pin", {"comment_id": second["id"]})
    r = p.host.post(
        f"{p.show}/restrictions", {"comment_id": first["id"], "kind": "mute", "duration_s": 60}
    )
    assert r.status_code == 201, r.text
    mute = r.json()
    assert mute["viewer"] == "Troll T." and mute["active"] and mute["until"]
    refused = viewer(p, "Troll T.").post(f"{p.show}/comments", {"text": "hello?"})
    assert problem(refused, 403, "muted")["until"]
    comment(p, "Lovely mug", author="Ana B.")  # others still talk
    p.clock.advance(61)
    comment(p, "sorry", author="Troll T.")  # the mute ran out
    assert p.host.get(f"{p.show}/restrictions").json() == []

    with stream(p) as s:
        r = p.host.post(f"{p.show}/restrictions", {"comment_id": first["id"], "kind": "block"})
        assert r.status_code == 201, r.text
        block = r.json()
        events, _ = read_sse(s, 5)
    assert block["until"] is None and block["kind"] == "block"
    types = [e.type for e in events]
    assert types[0] == "restriction.changed" and types.count("comment.updated") == 3
    assert types[-1] == "comment_pin.changed"  # the troll's pinned comment left the screen
    assert p.host.get(f"{p.show}/comment-pin").json()["comment"] is None
    problem(viewer(p, "Troll T.").post(f"{p.show}/comments", {"text": "x"}), 403, "blocked")
    visible = {x["author"] for x in p.viewer.get(f"{p.show}/comments").json()["items"]}
    assert "Troll T." not in visible and "Ana B." in visible
    assert [x["id"] for x in p.cohost.get(f"{p.show}/restrictions").json()] == [block["id"]]

    lifted = p.host.delete(f"{p.show}/restrictions/{block['id']}").json()
    assert lifted["active"] is False
    comment(p, "back again", author="Troll T.")
    # Lifting a block leaves what it hid hidden.
    team = p.host.get(f"{p.show}/comments").json()["items"]
    assert all(x["hidden"] for x in team if x["id"] in (first["id"], second["id"]))
    problem(p.host.delete(f"{p.show}/restrictions/rst_nope"), 404, "not-found")


def test_restrictions_refuse_what_makes_no_sense(platform: Platform) -> None:
    p = platform
    mine = p.host.post(f"{p.show}/comments", {"text": "Welcome!"}).json()
    problem(
        p.host.post(f"{p.show}/restrictions", {"comment_id": mine["id"], "kind": "mute"}),
        409,
        "not-a-viewer",
    )
    c = comment(p, "hi")
    problem(
        p.host.post(
            f"{p.show}/restrictions", {"comment_id": c["id"], "kind": "block", "duration_s": 60}
        ),
        422,
        "validation-failed",
    )
    problem(
        p.host.post(
            f"{p.show}/restrictions", {"comment_id": c["id"], "kind": "mute", "duration_s": 1}
        ),
        422,
        "validation-failed",
    )
