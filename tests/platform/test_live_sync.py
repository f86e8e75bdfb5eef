"""Live sync against the real sandbox: orders exactly once through drops, outages and restarts."""

from __future__ import annotations

import threading
import time
from collections import Counter

from studio.platform.sync import PlatformSync
from studio.show import events as ev
from studio.show.state import Link
from tests.platform.conftest import Rig, synced, wait_for


def assert_exactly_once(sync: PlatformSync, rig: Rig) -> tuple[int, int]:
    """The model holds every order of the platform once, and the same revenue."""
    server = rig.server_orders()
    state = sync.model.state
    assert state.sales.orders == len(server)
    assert state.sales.last_seq == server[-1].seq == len(server)
    assert state.sales.revenue_minor == sum(o.amount_minor for o in server)
    assert state.sales.units == sum(o.quantity for o in server)
    assert sync.journal.count() == len(server)
    return len(server), state.sales.revenue_minor


def collect_orders(sync: PlatformSync) -> list[int]:
    """Every seq announced by OrdersReceived (to prove no order is announced twice)."""
    seen: list[int] = []
    lock = threading.Lock()

    def on(e: ev.ShowEvent) -> None:
        if isinstance(e, ev.OrdersReceived):
            with lock:
                seen.extend(o.seq for o in e.orders)

    sync.model.subscribe(on)
    return seen


def test_sync_loads_the_show_and_follows_it_live(rig: Rig) -> None:
    sync = rig.sync(start=False)
    kinds: Counter[str] = Counter()
    sync.model.subscribe(lambda e: kinds.update([type(e).__name__]))
    sync.start()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    state = sync.model.state
    assert state.show is not None and state.show.title == "Harvest Kitchen: Autumn Pantry Live"
    assert len(state.catalog) == 12
    assert [p.sku for p in state.queue_products][:2] == ["HK-001", "HK-003"]
    assert state.supporters == () and {r.code for r in state.resellers} == {"KEMI", "SLOWCOOK"}
    rig.sandbox.burst(40)
    rig.sandbox.simulator.rate = 5.0
    rig.sandbox.tick(3)  # orders, comments and viewers
    rig.sandbox.simulator.rate = 0.0
    wait_for(lambda: synced(sync, rig))
    wait_for(lambda: sync.model.state.comments)
    state = sync.model.state
    assert state.sales.best_seller is not None and state.sales.orders_per_minute > 0
    assert state.supporters and state.supporters[0].points >= state.supporters[-1].points
    assert kinds["ShowLoaded"] == 1 and kinds["OrdersReceived"] >= 1
    assert_exactly_once(sync, rig)


def test_stream_dropped_mid_burst_loses_and_repeats_nothing(rig: Rig) -> None:
    sync = rig.sync()
    announced = collect_orders(sync)
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    stop = threading.Event()

    def audience() -> None:
        while not stop.is_set():
            rig.sandbox.burst(25)
            time.sleep(0.02)

    t = threading.Thread(target=audience)
    t.start()
    try:
        for i in range(6):
            time.sleep(0.3)
            if i % 2:
                rig.proxy.cut_streams()  # the Wi-Fi drops
            else:
                rig.control("faults", {"drop_streams": True})  # the platform closes streams
    finally:
        stop.set()
        t.join()
    wait_for(lambda: synced(sync, rig))
    n, _ = assert_exactly_once(sync, rig)
    assert sorted(announced) == list(range(1, n + 1))
    assert sync.feed.reconnects >= 5
    print(f"\n{n} orders, {sync.feed.reconnects} reconnects, {sync.reconciled_orders} by catch-up")


def test_a_silent_stream_is_noticed_by_its_missing_heartbeat(rig: Rig) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    drops = sync.feed.reconnects
    rig.proxy.stall_streams = True  # sockets stay open; not a byte of a stream arrives
    rig.sandbox.burst(10)
    t0 = time.monotonic()
    wait_for(lambda: sync.feed.reconnects > drops, timeout=10)
    noticed = time.monotonic() - t0
    assert 1.5 < noticed < 4, f"a stalled stream was noticed after {noticed:.1f} s"
    # Streams still stall, plain requests work: orders come by catch-up, then by polling.
    wait_for(lambda: synced(sync, rig))
    wait_for(lambda: sync.model.state.sync.link == Link.POLLING, timeout=10)
    rig.sandbox.burst(10)
    wait_for(lambda: synced(sync, rig))
    rig.proxy.stall_streams = False
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE, timeout=10)
    rig.sandbox.burst(10)
    wait_for(lambda: synced(sync, rig))
    assert_exactly_once(sync, rig)


def test_falls_back_to_polling_and_returns_to_the_stream(rig: Rig) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    rig.control("faults", {"refuse_streams": True, "drop_streams": True})
    wait_for(lambda: sync.model.state.sync.link == Link.POLLING, timeout=10)
    rig.sandbox.burst(30)
    rig.sandbox.store.pins.set(rig.show_id, "prd_chai", "test")  # type: ignore[union-attr]
    wait_for(lambda: synced(sync, rig))
    wait_for(lambda: sync.model.state.pin.product_id == "prd_chai")
    assert rig.proxy.count("GET", "/events?") > 0
    rig.control("faults", {"refuse_streams": False})
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE, timeout=10)
    rig.sandbox.burst(20)
    wait_for(lambda: synced(sync, rig))
    assert_exactly_once(sync, rig)


def test_the_platform_killed_mid_show_and_restarted(rig: Rig) -> None:
    """Orders flow from the sandbox's own audience thread while it dies and comes back."""
    rig.restart_sandbox(rate=60.0, simulate=True)
    sync = rig.sync()
    announced = collect_orders(sync)
    links: list[Link] = []
    sync.model.subscribe(
        lambda e: links.append(e.status.link) if isinstance(e, ev.SyncStatusChanged) else None
    )
    wait_for(lambda: sync.model.state.sales.orders > 20)
    port = rig.sandbox.port
    rig.proxy.down()  # every connection reset at once, like a killed process
    rig.sandbox.stop()  # the platform goes away mid-show
    rig.proxy.up()  # connection refused from now on: nothing listens behind the proxy
    wait_for(lambda: sync.model.state.sync.link == Link.OFFLINE, timeout=10)
    change = sync.pin("HK-004")  # made while the platform is down
    assert sync.pending_count() == 1
    time.sleep(1.0)
    rig.restart_sandbox(rate=60.0, simulate=True)
    assert rig.sandbox.port == port
    time.sleep(1.5)
    rig.sandbox.controls.set_running(False)  # type: ignore[union-attr]
    wait_for(lambda: synced(sync, rig))
    wait_for(lambda: sync.pending_count() == 0)
    n, revenue = assert_exactly_once(sync, rig)
    assert sorted(announced) == list(range(1, n + 1))
    assert Link.OFFLINE in links and links[-1] == Link.LIVE
    assert sync.model.state.pin.product_id == "prd_pour-over"
    assert sync.outbox.get(change).state == "done"  # type: ignore[union-attr]
    print(f"\n{n} orders, revenue {revenue} minor units, {sync.feed.reconnects} reconnects")


def test_orders_exactly_once_across_an_app_restart(rig: Rig) -> None:
    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    rig.sandbox.burst(60)
    wait_for(lambda: first.model.state.sales.orders >= 30)
    first.stop()  # the app quits (or crashes) mid-burst
    rig.sandbox.burst(60)  # the show goes on without us
    second = rig.sync(name="app", start=False)
    announced = collect_orders(second)
    second.start()
    assert second.model.state.sales.orders >= 30  # from the journal, before any network
    assert second.model.state.show is not None  # the cached snapshot
    wait_for(lambda: synced(second, rig))
    n, _ = assert_exactly_once(second, rig)
    assert sorted(announced) == list(range(1, n + 1))


def test_a_flaky_platform_500s_429s_garbage_and_slowness(rig: Rig) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    rig.control("faults", {"error_rate": 0.25, "garbage_rate": 0.15, "delay_ms": 40})
    rig.proxy.inject(429, times=3, headers={"Retry-After": "1"}, path_contains="/orders")
    rig.proxy.inject(500, times=5, method="GET")
    rig.proxy.delay(2.5, times=2, method="GET")
    changes = [sync.comment(f"flaky {i}") for i in range(5)]
    changes.append(sync.move("HK-005", "HK-001"))
    for _ in range(8):
        rig.sandbox.burst(20)
        rig.proxy.cut_streams()
        time.sleep(0.2)
    rig.control("faults", {"reset": True})
    wait_for(lambda: synced(sync, rig), timeout=30)
    wait_for(lambda: sync.pending_count() == 0, timeout=20)
    assert_exactly_once(sync, rig)
    texts = [c.text for c in rig.client(direct=True).comments(rig.show_id)]
    assert all(texts.count(f"flaky {i}") == 1 for i in range(5))
    assert all(sync.outbox.get(c).state == "done" for c in changes)  # type: ignore[union-attr]
