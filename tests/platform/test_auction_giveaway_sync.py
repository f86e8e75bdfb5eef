"""Auctions and giveaways through the sync, with the fault proxy between studio and platform.

The studio is killed and started again mid-auction: it must show the platform's current bid,
leader and time left at once, and from then on every bid and entry exactly once, through
dropped streams, with nothing announced twice or lost.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from studio.platform.sync import PlatformSync
from studio.show import events as ev
from studio.show.community import extra_chances
from studio.show.giveaway import draw_winner
from studio.show.reduce import apply
from studio.show.state import Link, ShowState
from studio.ui.live_sales_vm import auction_status, giveaway_status
from tests.platform.conftest import Rig, wait_for


def collect(sync: PlatformSync) -> tuple[list[int], list[int]]:
    """Every bid seq and entry number the model announces, in order."""
    bids: list[int] = []
    entries: list[int] = []
    lock = threading.Lock()

    def on(e: ev.ShowEvent) -> None:
        with lock:
            if isinstance(e, ev.BidsReceived):
                bids.extend(b.seq for b in e.bids)
            elif isinstance(e, ev.EntriesReceived):
                entries.extend(x.number for x in e.entries)

    sync.model.subscribe(on)
    return bids, entries


def bidding(
    rig: Rig, auction_id: str, first: int, n: int, step_s: float = 0.0
) -> Callable[[], None]:
    """A thread of `n` viewers outbidding each other straight on the platform's store."""
    store = rig.sandbox.store
    assert store is not None

    def run() -> None:
        for i in range(first, first + n):
            a = store.auctions.get(rig.show_id, auction_id)
            store.auctions.bid(rig.show_id, auction_id, a.next_min_bid_minor, f"V{i}", f"k{i}")
            if step_s:
                time.sleep(step_s)

    t = threading.Thread(target=run)
    t.start()
    return t.join


def test_restarted_mid_auction_shows_the_bid_and_time_left_and_each_bid_once(rig: Rig) -> None:
    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    first.start_auction("HK-002", "20.00", 20, increment="0.50", mode="sudden_death")
    a = wait_for(lambda: first.model.state.auction)
    seen_first, _ = collect(first)
    join = bidding(rig, a.id, 0, 60, step_s=0.005)
    for _ in range(3):
        time.sleep(0.1)
        rig.proxy.cut_streams()  # the Wi-Fi drops mid-storm
    join()
    wait_for(lambda: first.model.state.auction.bid_count == 60)  # type: ignore[union-attr]
    assert seen_first == list(range(1, 61))
    first.stop()  # the studio is killed mid-auction

    bidding(rig, a.id, 60, 40)()  # the auction goes on without it
    store = rig.sandbox.store
    assert store is not None
    on_server = store.auctions.get(rig.show_id, a.id)
    second = rig.sync(name="app", start=False)
    seen_second, _ = collect(second)
    folded: list[ShowState | None] = []
    state0, _unsub = second.model.subscribe_with_state(
        lambda e: folded.append(apply(folded[-1] if folded else state0, e))
    )
    second.start()
    shown = wait_for(
        lambda: (
            second.model.state.auction
            if second.model.state.auction and second.model.state.auction.bid_count == 100
            else None
        )
    )
    assert shown.current_bid_minor == on_server.current_bid_minor == 2000 + 99 * 50
    assert shown.leading_bidder == on_server.leading_bidder == "V99"
    left_here = shown.remaining_s(second.model.server_now())
    left_there = on_server.ends_at.timestamp() - time.time()
    slack = 0.5 + second.client.server_clock.uncertainty  # what the studio knows of the clock
    assert abs(left_here - left_there) < slack, (left_here, left_there, slack)
    assert [b.seq for b in second.model.state.bids] == list(range(51, 101))  # the last 50

    bidding(rig, a.id, 100, 20)()
    wait_for(lambda: second.model.state.auction.bid_count == 120)  # type: ignore[union-attr]
    assert seen_second == list(range(101, 121))  # only the new ones, each once

    def sold() -> object:
        store.auctions.expire()  # the sandbox's housekeeping, run by hand in these tests
        x = second.model.state.auction
        return x is not None and x.status == "sold" and x

    done = wait_for(sold, timeout=30)
    assert done.winner_name == "V119" and done.order_id is not None
    wait_for(lambda: second.model.state.sales.orders == 1)
    assert [o.buyer_name for o in second.model.state.recent_orders] == ["V119"]
    assert folded[-1] is not None and folded[-1].auction == second.model.state.auction
    assert folded[-1].bids == second.model.state.bids


def test_giveaway_entries_once_across_a_restart_and_the_draw_checks_out(rig: Rig) -> None:
    store = rig.sandbox.store
    assert store is not None
    from studio.platform.models import CommentCreate, Role

    def comment(n: int, text: str = "me #win") -> None:
        for i in range(n):
            store.comments.create(rig.show_id, CommentCreate(text=text), f"Fan {i}", Role.VIEWER)

    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    # The community's default tiers weight the draw: the window and the on-air panel say so.
    weights = (("Regular", 1), ("Insider", 2), ("Founding member", 3))
    assert wait_for(lambda: first.model.state.giveaway_weights) == weights
    first.open_giveaway("Pour-over kit", 60, keyword="#win")
    g = wait_for(lambda: first.model.state.giveaway)
    assert g.seed is None and len(g.seed_sha256) == 64
    status = giveaway_status(first.model.state, datetime.now(UTC))
    assert status.text.splitlines()[1] == (
        "Members' extra chances: Insider ×2 and Founding member ×3"
    )
    assert extra_chances(first.model.state.giveaway_weights) == weights[1:]
    _, seen_first = collect(first)
    comment(30)
    rig.proxy.cut_streams()
    comment(30)  # the same 30 fans again: no new entries
    wait_for(lambda: first.model.state.giveaway.entry_count == 30)  # type: ignore[union-attr]
    first.stop()
    comment(45)  # 15 new fans while the studio is away

    second = rig.sync(name="app", start=False)
    _, seen_second = collect(second)
    second.start()
    wait_for(lambda: (x := second.model.state.giveaway) is not None and x.entry_count == 45)
    comment(50)
    wait_for(lambda: second.model.state.giveaway.entry_count == 50)  # type: ignore[union-attr]
    assert seen_first == list(range(1, 31)) and seen_second == list(range(46, 51))
    second.draw_giveaway()
    drawn = wait_for(lambda: (x := second.model.state.giveaway) and x.status == "drawn" and x)
    entries = rig.client(direct=True).giveaway_entries(rig.show_id, g.id).items
    assert drawn.seed is not None
    weights = {e.viewer_id: e.weight for e in entries}  # the draw is over accounts (1.7.0)
    winner = draw_winner(drawn.seed, (e.viewer_id or "" for e in entries), weights)
    assert drawn.winner_name == next(e.entrant for e in entries if e.viewer_id == winner)


def test_the_host_sees_the_reserve_set_also_after_a_restart_and_the_end(rig: Rig) -> None:
    """The reserve the host set comes back from the platform (host and co-host only) and
    stays through a restart and through the events that never carry it; the box says it."""
    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    first.start_auction("HK-002", "20.00", 10, reserve="45.50")
    a = wait_for(lambda: first.model.state.auction)
    assert wait_for(lambda: first.model.state.auction.reserve_minor) == 4550  # type: ignore[union-attr]
    first.stop()
    second = rig.sync(name="app")  # a restart: read fresh from the platform
    shown = wait_for(lambda: second.model.state.auction)
    assert shown.id == a.id and shown.reserve_minor == 4550
    now = datetime.now(UTC)
    line = auction_status(second.model.state, now).text
    assert "reserve €45.50 not met yet" in line, line
    bidding(rig, a.id, 0, 1)()  # 20.00: below the reserve
    store = rig.sandbox.store
    assert store is not None

    def ended() -> object:
        store.auctions.expire()
        x = second.model.state.auction
        return x is not None and x.status == "not_sold" and x

    done = wait_for(ended, timeout=30)  # from the event stream, which has no reserve
    assert done.reserve_minor == 4550
    line = auction_status(second.model.state, now).text
    assert "reserve €45.50 not met" in line, line
