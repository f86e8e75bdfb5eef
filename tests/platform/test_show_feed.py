"""The session's show feed: typed events off the network thread, and a folded state that is
the model's own, through a busy live show on the real sandbox."""

from __future__ import annotations

import threading
from decimal import Decimal

from studio.session.show_feed import ShowFeed
from studio.show import events as ev
from studio.show.reduce import apply
from studio.show.state import Link, ShowState
from tests.platform.conftest import Rig, synced, wait_for


def assert_same_show(folded: ShowState | None, model: ShowState) -> None:
    """Every field a subscriber renders matches (sales rates move with time: counts only)."""
    assert folded is not None
    for name in (
        "show",
        "catalog",
        "queue",
        "pin",
        "supporters",
        "resellers",
        "viewers",
        "ingest",
        "sync",
        "pending",
        "clock_offset_s",
        "comment_pin",
        "restrictions",
    ):
        assert getattr(folded, name) == getattr(model, name), name
    assert {t.id for t in folded.timers} == {t.id for t in model.timers}
    assert [o.seq for o in folded.recent_orders] == [o.seq for o in model.recent_orders]
    assert [(c.id, c.hidden) for c in folded.comments] == [(c.id, c.hidden) for c in model.comments]
    for name in ("orders", "units", "revenue_minor", "last_seq"):
        assert getattr(folded.sales, name) == getattr(model.sales, name), name


def test_feed_folds_a_busy_show_into_the_models_state_off_the_network_thread(rig: Rig) -> None:
    sync = rig.sync(start=False)
    feed = ShowFeed()
    threads: set[str] = set()
    pins: list[ev.PinChanged] = []
    lock = threading.Lock()

    def on_any(_e: ev.ShowEvent) -> None:
        with lock:
            threads.add(threading.current_thread().name)

    def on_pin(e: ev.PinChanged) -> None:
        pins.append(e)

    feed.events.connect(ev.ShowEvent, on_any)
    feed.events.connect(ev.PinChanged, on_pin)
    try:
        feed.attach(sync.model)
        sync.start()
        wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
        sync.pin("HK-003")
        sync.start_flash_sale("HK-003", Decimal("5.00"), seconds=60)
        rig.sandbox.burst(60)
        rig.sandbox.simulator.rate = 5.0
        rig.sandbox.tick(3)  # orders, comments, viewers, supporters
        rig.sandbox.simulator.rate = 0.0
        wait_for(lambda: synced(sync, rig) and sync.wait_idle(0.1))
        wait_for(lambda: len(sync.model.state.comments) >= 3)
        # Moderation: a comment on screen, one hidden, a viewer muted, another blocked.
        first, second, third = sync.model.state.comments[:3]
        sync.pin_comment(first.id)
        sync.hide_comment(second.id)
        sync.reply(first.id, "Thanks for asking!")
        sync.mute(second.id, seconds=120)
        restricted = 1
        if third.author != second.author:
            sync.block(third.id)
            restricted = 2
        wait_for(lambda: sync.wait_idle(0.1) and sync.model.state.pinned_comment is not None)
        wait_for(lambda: len(sync.model.state.restrictions) == restricted)
        wait_for(lambda: any(c.reply_to == first.id for c in sync.model.state.comments))
        assert feed.flush()
        assert_same_show(feed.state, sync.model.state)
        assert feed.state is not None and feed.state.pinned is not None
        assert feed.state.pinned.sku == "HK-003"
        assert threads == {"show-events"}, threads
        assert pins and all(isinstance(e, ev.PinChanged) for e in pins)
    finally:
        feed.close()


def test_attaching_mid_show_neither_loses_nor_repeats_an_order(rig: Rig) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    rig.sandbox.burst(30)
    wait_for(lambda: synced(sync, rig))
    feed = ShowFeed()
    announced: list[int] = []
    feed.events.connect(ev.OrdersReceived, lambda e: announced.extend(o.seq for o in e.orders))
    attached: list[ShowState | None] = []
    feed.events.connect(ev.ShowAttached, lambda e: attached.append(e.state))
    try:
        stop = threading.Event()

        def audience() -> None:
            while not stop.is_set():
                rig.sandbox.burst(5)
                stop.wait(0.01)

        t = threading.Thread(target=audience)
        t.start()
        try:
            feed.attach(sync.model)  # while orders keep arriving
            stop.wait(1.0)
        finally:
            stop.set()
            t.join()
        wait_for(lambda: synced(sync, rig))
        assert feed.flush()
        assert len(attached) == 1 and attached[0] is not None
        folded = feed.state
        assert folded is not None
        seqs = [o.seq for o in folded.recent_orders]
        assert len(seqs) == len(set(seqs)), "an order was folded twice"
        assert seqs == [o.seq for o in sync.model.state.recent_orders]
        assert folded.sales.last_seq == len(rig.server_orders())
        feed.detach()
        assert feed.flush()
        assert feed.state is None and attached[-1] is None
    finally:
        feed.close()


def test_an_event_already_in_the_snapshot_folds_once(rig: Rig) -> None:
    """A change applied just before subscribing is in the snapshot and may also arrive."""
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    rig.sandbox.burst(10)
    rig.sandbox.simulator.rate = 5.0
    rig.sandbox.tick(2)
    rig.sandbox.simulator.rate = 0.0
    wait_for(lambda: synced(sync, rig) and bool(sync.model.state.comments))
    state = sync.model.state
    replayed = apply(state, ev.OrdersReceived(state.recent_orders[-3:], state.sales))
    replayed = apply(replayed, ev.CommentsReceived(state.comments[-2:]))
    assert replayed is not None
    assert replayed.recent_orders == state.recent_orders
    assert replayed.comments == state.comments
