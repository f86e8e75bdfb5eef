"""A rehearsal of a minute or more runs a giveaway and an auction through the real sync."""

from __future__ import annotations

from decimal import Decimal

from studio.session import rehearsal
from studio.session.rehearsal import Cue, CueKind
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for


def test_long_rehearsals_plan_a_giveaway_and_an_auction_that_end_in_time(rig: Rig) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    state = sync.model.state
    assert not [c for c in rehearsal.scripted_rundown(state, 30) if c.kind == CueKind.AUCTION]
    for duration in (60, 120, 900):
        cues = rehearsal.scripted_rundown(state, duration)
        (g,) = [c for c in cues if c.kind == CueKind.GIVEAWAY]
        (a,) = [c for c in cues if c.kind == CueKind.AUCTION]
        assert g.at_s + g.seconds < duration
        assert 10 <= a.seconds <= 300 and a.at_s + a.seconds + 15 <= duration  # with the cap
        assert a.price is not None and a.price > 0

    cues = [
        Cue(0.0, CueKind.GIVEAWAY, seconds=30, text="Gift set"),
        Cue(0.1, CueKind.AUCTION, sku="HK-003", price=Decimal("12.00"), seconds=20),
    ]
    rehearsal.play(cues, sync, 0.5)
    assert sync.wait_idle(10)
    auction = wait_for(lambda: sync.model.state.auction)
    giveaway = wait_for(lambda: sync.model.state.giveaway)
    assert (auction.status, auction.starting_bid_minor, auction.mode) == (
        "active",
        1200,
        "standard",
    )
    assert (auction.extend_window_s, auction.max_extension_s) == (5, 15)
    assert (giveaway.status, giveaway.entry, giveaway.keyword) == ("open", "both", "#win")
