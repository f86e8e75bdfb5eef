"""Auctions and giveaways on the viewer's shop page (issue 20), in Debian's headless Chromium
against the real sandbox: a viewer bids from the page (the platform judges it), is outbid by
another viewer, sees the lead and the time left, and sees the giveaway's entries and commitment,
then the winner and the revealed seed."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from studio.platform.models import AuctionCreate, CommentCreate, GiveawayCreate, Role
from studio.sandbox.server import SandboxServer
from studio.show.giveaway import commitment
from tests.browser import chromium_available
from tests.viewer.conftest import Viewer, wait_for


@pytest.fixture
def shop() -> Iterator[SandboxServer]:
    missing = chromium_available()
    if missing:
        pytest.skip(missing)
    server = SandboxServer(rate=0, live=True, simulate=False, rate_limit=None).start()
    yield server
    server.stop()


def test_a_viewer_bids_is_outbid_and_sees_the_giveaway_drawn(
    shop: SandboxServer, open_viewer: Callable[..., Viewer]
) -> None:
    store, sid = shop.store, shop.show_id
    assert store is not None
    page = open_viewer(shop.watch_url)
    page.join("Ana B.")
    a = store.auctions.create(
        sid, AuctionCreate(product_id="prd_chai", starting_bid_minor=500, duration_s=120)
    )
    wait_for(lambda: page.element("auction").is_displayed(), 10, "the auction panel")
    assert page.text("auction-head") == "LIVE AUCTION"
    assert page.text("auction-bid") == "Bid €5.00" and "no bids yet" in page.text("auction-leader")
    assert page.text("auction-left").startswith(("2:00", "1:5"))
    page.element("auction-bid").click()
    page.wait(lambda s: s["auction"]["mine"] == [1], 10, "the bid")
    bids = store.auctions.bids(sid, a.id, 0, 10)[0]
    assert [(b.bidder_name, b.amount_minor) for b in bids] == [("Ana B.", 500)]
    wait_for(lambda: page.text("auction-leader") == "You lead!", 10, "the lead")
    assert not page.element("auction-bid").is_enabled()  # the leader may not outbid themselves
    store.auctions.bid(sid, a.id, 700, "Bo K.", "bo")
    wait_for(lambda: "Bo K. leads" in page.text("auction-leader"), 10, "the other bid")
    assert page.text("auction-amount") == "€7.00" and page.text("auction-bid") == "Bid €8.00"
    page.element("auction-bid").click()
    page.wait(lambda s: s["auction"]["mine"] == [1, 3], 10, "the second bid")
    wait_for(lambda: page.text("auction-leader") == "You lead!", 10, "the lead again")

    g = store.giveaways.create(
        sid, GiveawayCreate(prize="Chai gift set", keyword="#win", duration_s=60)
    )
    wait_for(lambda: page.element("giveaway").is_displayed(), 10, "the giveaway panel")
    assert page.text("giveaway-how") == "To enter: comment #win"
    assert g.seed_sha256[:16] in page.text("giveaway-proof")
    for i in range(3):
        store.comments.create(sid, CommentCreate(text="#win"), f"Fan {i}", Role.VIEWER)
    wait_for(lambda: page.text("giveaway-main") == "3 entries", 10, "the entries")
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    if shots:
        page.driver.save_screenshot(os.path.join(shots, "viewer-auction.png"))
    drawn = store.giveaways.draw(sid, g.id)
    wait_for(lambda: page.text("giveaway-head") == "GIVEAWAY WINNER", 10, "the draw")
    assert page.text("giveaway-main") == drawn.winner_name
    assert drawn.seed is not None and drawn.seed in page.text("giveaway-proof")
    assert commitment(drawn.seed) == g.seed_sha256
    store.auctions.cancel(sid, a.id)
    wait_for(lambda: not page.element("auction").is_displayed(), 10, "the auction gone")
