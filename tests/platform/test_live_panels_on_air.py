"""The auction and giveaway panels on air tell the platform's truth, through the real sync.

The real `PlatformSync` feeds the session's `ShowFeed` and `OverlayDriver`, which drive a
real 16:9 and a 9:16 `OverlayScene`: the panels show the current bid, the leader and the time
left on the server clock, "Sold to ..." only once the platform sold, the giveaway's entries
and winner as the platform drew them, and leave the air a few seconds after.
"""

from __future__ import annotations

import time

import pytest

from studio.overlays.auction import AuctionView
from studio.overlays.giveaway import GiveawayView
from studio.overlays.scene import OverlayScene
from studio.platform.models import CommentCreate, Role
from studio.session.layers import StudioLayers
from studio.session.overlay_driver import OverlayDriver
from studio.session.show_feed import ShowFeed
from studio.show import on_air
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for


def test_the_panels_follow_the_platform_to_sold_and_drawn(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(on_air, "RESULT_HOLD_S", 2.0)
    store = rig.sandbox.store
    assert store is not None
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    feed = ShowFeed()
    wide, tall = OverlayScene(1280, 720, "default"), OverlayScene(720, 1280, "neon-night")
    driver = OverlayDriver(StudioLayers(wide, None, 1280, 720), feed)
    driver.drive([driver.layers, StudioLayers(tall, None, 720, 1280)])
    feed.attach(sync.model)
    try:
        sync.start_auction("HK-001", "30.00", 12, increment="1.00", reserve="35.00")
        live = wait_for(lambda: isinstance(a := driver.live_panels[0], AuctionView) and a)
        assert (live.phase, live.amount, live.bids, live.reserve_pending) == (
            "live",
            "€30",
            0,
            True,
        )
        a = store.auctions.all(rig.show_id)[-1]
        for i, amount in enumerate((3000, 3100, 3600)):
            store.auctions.bid(rig.show_id, a.id, amount, f"Bidder {i}", f"k{i}")
        shown = wait_for(lambda: (x := driver.live_panels[0]) is not None and x.bids == 3 and x)
        assert (shown.amount, shown.leader, shown.reserve_pending) == ("€36", "Bidder 2", False)
        left = a.ends_at.timestamp() - time.time()
        assert abs(shown.remaining_s - left) <= 1.5 + sync.client.server_clock.uncertainty
        for scene in (wide, tall):  # every canvas says the same
            assert scene.live_panel("auction") == driver.live_panels[0]

        sync.open_giveaway("Chai gift set", 30, keyword="#win", purchase=True)
        wait_for(lambda: driver.live_panels[1] is not None)
        for i in range(5):
            text = CommentCreate(text="#win please")
            store.comments.create(rig.show_id, text, f"Fan {i}", Role.VIEWER)
        g = wait_for(lambda: (x := driver.live_panels[1]) is not None and x.entry_count == 5 and x)
        assert isinstance(g, GiveawayView) and g.phase == "open" and g.entries == "5"
        assert "#win" in g.how and "buy" in g.how

        def sold() -> AuctionView | None:
            store.auctions.expire()  # the platform's housekeeping, by hand in this rig
            v = driver.live_panels[0]
            return v if v is not None and v.phase == "sold" else None

        v = wait_for(sold, timeout=20)
        assert (v.leader, v.amount) == ("Bidder 2", "€36")
        wait_for(lambda: driver.live_panels[0] is None, timeout=10)  # off air after the hold

        sync.draw_giveaway()
        d = wait_for(lambda: (x := driver.live_panels[1]) is not None and x.phase == "drawn" and x)
        drawn = sync.model.state.giveaway
        assert drawn is not None and d.winner == drawn.winner_name and d.seed == drawn.seed
        assert d.winner in {f"Fan {i}" for i in range(5)}
        wait_for(lambda: driver.live_panels[1] is None, timeout=10)
        assert wide.live_panel("giveaway") is None and tall.live_panel("giveaway") is None
    finally:
        driver.close()
        feed.close()
        wide.close()
        tall.close()
