"""A viewer watches, buys and comments on the sandbox's shop page while the studio is live.

Real parts end to end: the studio's session streams the test camera to the demo's private
nginx-rtmp, nginx writes HLS, the page plays it with the bundled hls.js in Debian's Chromium
(Selenium, headless), and everything the viewer does goes through the public contract to the
platform and back to the studio's sync, show feed and overlay driver.
"""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from collections.abc import Callable

import requests

from studio.commands.demo import DemoWorld
from tests.viewer.conftest import LiveDemo, Viewer, wait_for


def test_the_page_plays_the_live_broadcast_and_says_how_far_behind_it_is(
    live_demo: LiveDemo, open_viewer: Callable[..., Viewer]
) -> None:
    page = open_viewer(live_demo.watch_url)
    page.join("Ana B.")
    first = page.wait(lambda s: s["playing"] and s["currentTime"], 40, "the video to play")
    later = page.wait(
        lambda s: s["playing"] and s["currentTime"] >= first + 3 and s["currentTime"],
        20,
        "the video to go on",
    )
    assert later >= first + 3
    state = page.state()
    assert state["delay_source"] == "program-date-time"
    assert 0.5 < state["delay_s"] < 15, state  # 2 s fragments: a few seconds, honestly
    badge = page.text("delay")
    assert re.fullmatch(r"\d+\.\d s behind live", badge), badge
    size = page.driver.execute_script(
        "const v = document.getElementById('video'); return [v.videoWidth, v.videoHeight]"
    )
    assert size == [1280, 720]  # the studio's 720p30 canvas
    assert "Autumn Pantry" in page.text("show-title")
    assert page.element("live-badge").is_displayed()


def test_buy_on_the_page_is_an_order_in_the_studio_with_its_toast_on_air(
    live_demo: LiveDemo, open_viewer: Callable[..., Viewer]
) -> None:
    state = live_demo.studio.show_feed.state
    assert state is not None and state.pinned is not None
    pinned = state.pinned
    page = open_viewer(live_demo.watch_url + "?ref=KEMI")
    page.join("Bo Buyer")
    wait_for(lambda: page.text("product-title") == pinned.title, 15, "the pinned product")
    wait_for(lambda: page.element("buy").is_enabled(), 10, "Buy to be enabled")
    page.element("buy").click()
    placed = page.wait(lambda s: s["orders"], 15, "the order to be placed")
    assert "Ordered" in page.text("buy-result")

    orders = wait_for(lambda: live_demo.order_of("Bo Buyer"), 15, "the order in the studio")
    assert [o.id for o in orders] == [placed[0]["id"]]
    assert orders[0].product_id == pinned.product_id
    assert orders[0].referral_code == "KEMI"  # from the link's ?ref=
    store = live_demo.world.sandbox.store
    assert store is not None  # the page counted its visit of Kemi's link (issue 21)
    kemi = next(
        r for r in store.resellers.all(live_demo.world.sandbox.show_id, "") if r.code == "KEMI"
    )
    assert kemi.visits >= 1
    with live_demo.lock:
        fed = [o for e in live_demo.orders for o in e.orders if o.buyer_name == "Bo Buyer"]
    assert len(fed) == 1  # the feed delivered it once
    wait_for(lambda: any(a.buyer == "Bo Buyer" for a in live_demo.alerts), 10, "the toast on air")
    with live_demo.lock:
        toast = next(a for a in live_demo.alerts if a.buyer == "Bo Buyer")
    assert toast.product == pinned.title and toast.quantity == 1


def test_a_bad_referral_code_is_said_and_buying_without_it_is_the_viewers_choice(
    live_demo: LiveDemo, open_viewer: Callable[..., Viewer]
) -> None:
    page = open_viewer(live_demo.watch_url + "?ref=NOPE1")
    page.join("Cy Code")
    wait_for(lambda: page.element("buy").is_enabled(), 15, "Buy to be enabled")
    page.element("buy").click()
    wait_for(lambda: "NOPE1" in page.text("buy-result"), 10, "the refusal")
    assert "not valid" in page.text("buy-result")
    assert page.state()["orders"] == [] and not live_demo.order_of("Cy Code")
    page.driver.find_element("css selector", "#buy-result button").click()
    wait_for(lambda: live_demo.order_of("Cy Code"), 15, "the order without the code")
    assert live_demo.order_of("Cy Code")[0].referral_code is None


def test_a_comment_posted_on_the_page_reaches_the_studio(
    live_demo: LiveDemo, open_viewer: Callable[..., Viewer]
) -> None:
    page = open_viewer(live_demo.watch_url, 1366, 768)
    page.join("Dee Q.")
    page.element("say-question").click()
    page.say("Does the skillet work on induction?")
    comments = wait_for(lambda: live_demo.comments_of("Dee Q."), 15, "the comment in the studio")
    assert comments[0].text == "Does the skillet work on induction?"
    assert comments[0].is_question
    # ...and the studio's answer comes back to the page through the live event stream.
    sync = live_demo.studio.sync
    assert sync is not None
    sync.comment("Yes, on every hob.")
    wait_for(lambda: "Yes, on every hob." in page.text("comments"), 15, "the host's comment")
    # Moderation reaches the page too: a hidden comment leaves it, a muted viewer is told.
    page.say("buy followers at spam.example")
    spam = wait_for(
        lambda: [c for c in live_demo.comments_of("Dee Q.") if "spam" in c.text], 15, "spam"
    )
    sync.hide_comment(spam[0].id)
    wait_for(lambda: "spam.example" not in page.text("comments"), 15, "the comment hidden")
    sync.mute(spam[0].id, 600)
    wait_for(lambda: "You are muted until" in page.text("chat-note"), 15, "the mute")
    assert not page.element("say-text").is_enabled()


def test_two_viewers_at_once_see_each_other_and_their_orders_keep_their_order(
    live_demo: LiveDemo, open_viewer: Callable[..., Viewer]
) -> None:
    eve = open_viewer(live_demo.watch_url)
    fay = open_viewer(live_demo.watch_url, 1366, 768)
    eve.join("Eve")
    fay.join("Fay")
    for page in (eve, fay):
        page.wait(lambda s: s["playing"] and s["currentTime"] > 1, 40, "both videos to play")
    eve.say("Hello from Eve")
    fay.say("Hello from Fay")
    wait_for(lambda: "Hello from Fay" in eve.text("comments"), 15, "Fay's comment at Eve's")
    wait_for(lambda: "Hello from Eve" in fay.text("comments"), 15, "Eve's comment at Fay's")

    ids = []
    for page in (eve, fay, eve):  # one after the other: Eve, Fay, Eve
        wait_for(lambda p=page: p.element("buy").is_enabled(), 10, "Buy")
        before = len(page.state()["orders"])
        page.element("buy").click()
        placed = page.wait(lambda s, n=before: len(s["orders"]) > n and s["orders"], 15, "order")
        ids.append(placed[-1]["id"])
    for page in (eve, fay):  # each page saw all three orders arrive, in that order
        seen = page.wait(
            lambda s: set(ids) <= set(s["seen_orders"]) and s["seen_orders"], 15, "the events"
        )
        assert [i for i in seen if i in ids] == ids
    in_studio = wait_for(
        lambda: (
            [o.id for o in live_demo.studio.show_feed.state.recent_orders if o.id in ids]
            if len(live_demo.order_of("Eve")) == 2 and live_demo.order_of("Fay")
            else None
        ),
        15,
        "all three orders in the studio",
    )
    assert in_studio == ids
    assert len(live_demo.comments_of("Eve")) == 1 and len(live_demo.comments_of("Fay")) == 1


def test_a_vertical_canvas_from_studio_broadcast_fills_a_phone_screen(
    open_viewer: Callable[..., Viewer],
) -> None:
    """`studio broadcast --profile 720p30-vertical` to the demo ingest: the page plays it 9:16,
    full screen on a phone with the shop over it, and beside the shop on a laptop."""
    world = DemoWorld(rate=0.0)
    stream = None
    try:
        assert world.nginx is not None, world.note
        start = requests.post(
            f"{world.sandbox.api_url}/shows/{world.sandbox.show_id}/start",
            headers={
                "Authorization": f"Bearer {world.sandbox.host_token}",
                "Idempotency-Key": uuid.uuid4().hex,
            },
            timeout=10,
        )
        assert start.ok, start.text
        stream = subprocess.Popen(
            [sys.executable, "-m", "studio.cli", "broadcast", "--video", "test",
             "--audio", "test", "--profile", "720p30-vertical", "--url", world.stream_url,
             "--duration", "60"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        phone = open_viewer(world.sandbox.watch_url)
        phone.join("Vee")
        phone.wait(lambda s: s["playing"] and s["currentTime"] > 1, 40, "the video to play")
        size = phone.driver.execute_script(
            "const v = document.getElementById('video'); return [v.videoWidth, v.videoHeight]"
        )
        assert size == [720, 1280]
        assert "portrait" in phone.element("watch").get_attribute("class")
        video = phone.element("video").rect
        assert video["width"] == 390 and video["height"] == 844  # the whole screen
        shop = phone.element("product").rect if phone.element("product").is_displayed() else None
        say = phone.element("say").rect
        assert say["y"] + say["height"] <= 844 and (shop is None or shop["y"] > 844 / 3)
        laptop = open_viewer(world.sandbox.watch_url, 1366, 768)
        laptop.join("Vee 2")
        laptop.wait(lambda s: s["playing"], 40, "the video to play")
        player = laptop.element("player").rect
        assert abs(player["width"] / player["height"] - 720 / 1280) < 0.01
        assert player["height"] <= 768 and player["x"] + player["width"] <= 1366 - 380
    finally:
        if stream is not None:
            stream.kill()
            stream.wait(10)
        world.close()


def test_the_same_browser_is_the_same_viewer_account_under_a_new_name(
    live_demo: LiveDemo, open_viewer: Callable[..., Viewer]
) -> None:
    """The page remembers its viewer account (the platform's `viewer_id`), not only its
    token: signed out and back in under another name, the studio sees the same account."""
    page = open_viewer(live_demo.watch_url, 1366, 768)
    page.join("Eve R.")
    page.say("Hello from Eve")
    first = wait_for(lambda: live_demo.comments_of("Eve R."), 15, "Eve's comment")[0]
    assert first.viewer_id
    page.driver.execute_script(  # signed out: the show's token is gone, the account stays
        "for (const k of Object.keys(localStorage))"
        " if (k !== 'studio.watch.account') localStorage.removeItem(k);"
    )
    page.driver.refresh()
    page.join("Evelyn R.")
    page.say("Hello again, renamed")
    again = wait_for(lambda: live_demo.comments_of("Evelyn R."), 15, "the renamed comment")[0]
    assert again.viewer_id == first.viewer_id
