"""The Qt-free show model: sales figures, timers in server time, events and thread safety."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from studio.show import events as ev
from studio.show.catalog import Product, UnknownProduct
from studio.show.model import ShowModel, ShowSnapshot
from studio.show.state import Link, Order, PinState, QueueState, ShowInfo, ShowStatus, Timer
from tests.platform.conftest import Rig, wait_for

NOW = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def snapshot() -> ShowSnapshot:
    products = (
        Product("SK-1", "Skillet", Decimal("49.00"), "EUR", stock=10, product_id="prd_skillet"),
        Product("MG-1", "Mug set", Decimal("36.00"), "EUR", stock=20, product_id="prd_mugs"),
        Product("CH-1", "Chai", Decimal("14.00"), "EUR", stock=0, product_id="prd_chai"),
    )
    return ShowSnapshot(
        show=ShowInfo("shw_1", "Autumn Pantry", "Mara", ShowStatus.LIVE, "EUR"),
        products=products,
        queue=QueueState(("prd_skillet", "prd_mugs"), 3),
        pin=PinState("prd_mugs", version=2),
    )


def order(seq: int, pid: str, qty: int, unit: int, stock: int, ago_s: float) -> Order:
    return Order(
        seq=seq,
        id=f"ord_{seq}",
        product_id=pid,
        quantity=qty,
        unit_price_minor=unit,
        amount_minor=unit * qty,
        currency="EUR",
        flash=False,
        buyer_name="Ama K.",
        created_at=NOW - timedelta(seconds=ago_s),
        stock_remaining=stock,
    )


def model_at(now: datetime = NOW, local_offset_s: float = 0.0) -> ShowModel:
    m = ShowModel(clock=lambda: now.timestamp() + local_offset_s)
    m.load(snapshot())
    return m


def test_sales_figures_revenue_pace_sell_through_and_best_seller() -> None:
    m = model_at()
    m.add_orders(
        [
            order(1, "prd_skillet", 2, 4900, 8, ago_s=300),  # before the last minute
            order(2, "prd_mugs", 1, 3600, 19, ago_s=50),
            order(3, "prd_mugs", 3, 3600, 16, ago_s=20),
            order(4, "prd_skillet", 1, 4900, 7, ago_s=5),
        ]
    )
    sales = m.state.sales
    assert sales.orders == 4 and sales.units == 7
    assert sales.revenue_minor == 2 * 4900 + 4 * 3600 + 4900
    assert sales.revenue == Decimal("291.00")
    assert sales.orders_per_minute == 3.0  # three in the last 60 s of server time
    assert sales.best_seller is not None and sales.best_seller.sku == "MG-1"  # 4 units vs 3
    by_sku = {p.sku: p for p in sales.products}
    assert by_sku["SK-1"].stock == 7 and by_sku["SK-1"].sell_through == pytest.approx(3 / 10)
    assert by_sku["MG-1"].sell_through == pytest.approx(4 / 20)
    assert by_sku["CH-1"].sell_through is None  # nothing sold, nothing in stock
    skillet = m.state.catalog.get("SK-1")
    assert skillet.sold == 3 and skillet.stock == 7  # the overlay card's "3 sold"


def test_duplicate_and_late_orders_count_once() -> None:
    m = model_at()
    first = m.add_orders(
        [order(2, "prd_mugs", 1, 3600, 19, 1), order(1, "prd_mugs", 1, 3600, 19, 1)]
    )
    assert [o.seq for o in first] == [1, 2]
    assert m.add_orders([order(2, "prd_mugs", 1, 3600, 19, 1)]) == ()
    m.add_orders([order(4, "prd_mugs", 1, 3600, 17, 1)])
    assert m.high_water_seq == 2  # 3 is missing: catch up from 2
    m.add_orders([order(3, "prd_mugs", 1, 3600, 18, 1)])
    assert m.high_water_seq == 4 and m.state.sales.orders == 4


def test_timers_count_down_in_server_time() -> None:
    # This laptop's clock is 90 s slow; the platform says so through the offset.
    m = model_at(local_offset_s=-90.0)
    m.set_clock_offset(90.0)
    timer = Timer(
        "tmr_1", "prd_skillet", 3900, NOW - timedelta(seconds=10), NOW + timedelta(seconds=50)
    )
    m.set_timer(timer)
    assert m.time_left("prd_skillet") == pytest.approx(50.0)
    assert m.state.catalog.get("SK-1").flash_price == Decimal("39.00")
    assert m.state.timer_for("prd_skillet") == timer
    m.set_clock_offset(150.0)  # a minute later in server time
    m.expire_timers()
    assert m.time_left("prd_skillet") is None
    assert m.state.catalog.get("SK-1").flash_price is None


def test_subscribers_get_immutable_events_and_one_failure_harms_no_other() -> None:
    m = model_at()
    got: list[ev.ShowEvent] = []

    def broken(e: ev.ShowEvent) -> None:
        raise RuntimeError("a buggy widget")

    m.subscribe(broken)
    unsubscribe = m.subscribe(got.append)
    m.set_pin(PinState("prd_skillet", version=3))
    m.set_pin(PinState("prd_chai", version=1))  # older than what we hold: ignored
    m.set_queue(QueueState(("prd_mugs",), 4))
    assert [type(e) for e in got] == [ev.PinChanged, ev.QueueChanged]
    pin = got[0]
    assert isinstance(pin, ev.PinChanged) and pin.product is not None
    assert pin.product.sku == "SK-1"
    with pytest.raises(dataclasses.FrozenInstanceError):
        pin.pin = PinState()  # type: ignore[misc]
    unsubscribe()
    m.set_pin(PinState(None, version=4))
    assert len(got) == 2
    with pytest.raises(UnknownProduct):
        m.find("NOPE-1")
    assert m.find("prd_chai").sku == "CH-1" and m.find("CH-1").product_id == "prd_chai"


def test_many_threads_feeding_and_reading_at_once() -> None:
    m = model_at()
    seen: list[int] = []
    m.subscribe(
        lambda e: seen.extend(o.seq for o in e.orders) if isinstance(e, ev.OrdersReceived) else None
    )

    def feed(start: int) -> None:
        for s in range(start, 2001, 4):  # every thread also repeats its neighbour's orders
            m.add_orders(
                [
                    order(s, "prd_mugs", 1, 100, 5, 1),
                    order(min(s + 1, 2000), "prd_mugs", 1, 100, 5, 1),
                ]
            )

    def read() -> None:
        for _ in range(300):
            st = m.state
            assert st.sales.orders <= 2000

    threads = [threading.Thread(target=feed, args=(i,)) for i in (1, 2, 3, 4)]
    threads.append(threading.Thread(target=read))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert m.state.sales.orders == 2000 and m.high_water_seq == 2000
    assert sorted(seen) == list(range(1, 2001))


def test_a_flash_sale_counts_down_right_on_a_laptop_with_a_wrong_clock(rig: Rig) -> None:
    sync = rig.sync(clock=lambda: time.time() - 90.0)
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    rig.sandbox.tick(2)  # viewer counts etc.: live events carry the server's time
    sync.start_flash_sale("HK-001", Decimal("39.00"), seconds=60)
    wait_for(lambda: sync.model.time_left("prd_skillet"))
    timer = sync.model.state.timer_for("prd_skillet")
    assert timer is not None
    true_left = timer.ends_at.timestamp() - time.time()
    left = sync.model.time_left("prd_skillet")
    assert left is not None and abs(left - true_left) < 0.3
    assert abs(sync.model.clock_offset_s - 90.0) < 0.3


def test_a_fresh_read_never_undoes_a_newer_pin_of_the_same_show() -> None:
    """A show read is many requests long: a comment pinned, a product pinned or the queue
    edited while it ran (answered with a newer version) survive its arrival; the read's
    older versions do not win. A read of another show is taken whole."""
    from studio.show.state import Comment, CommentPin

    model = ShowModel()
    read = snapshot()  # started before the edits below: comment pin version 0, pin 2, queue 3
    model.load(read)
    question = Comment("cmt_1", "Ana", "viewer", "question", "Induction?", NOW)
    model.set_comment_pin(CommentPin(question, "host", NOW, version=1))
    model.set_pin(PinState("prd_skillet", version=3))
    model.set_queue(QueueState(("prd_mugs", "prd_skillet"), 4))
    model.load(read)  # the read arrives after them
    state = model.state
    assert state.pinned_comment == question and state.comment_pin.version == 1
    assert state.pin == PinState("prd_skillet", version=3)
    assert state.queue == QueueState(("prd_mugs", "prd_skillet"), 4)
    # A newer read wins as before, and a read of another show replaces everything.
    model.load(dataclasses.replace(read, comment_pin=CommentPin(None, None, None, version=2)))
    assert model.state.pinned_comment is None
    other = dataclasses.replace(
        read, show=ShowInfo("shw_2", "Denim night", "Mara", ShowStatus.LIVE, "EUR")
    )
    model.load(other)
    assert model.state.pin == read.pin and model.state.queue == read.queue
