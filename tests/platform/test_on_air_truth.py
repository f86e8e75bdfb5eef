"""What is on air is true: a model-based test against the real sandbox.

A hypothesis state machine pins, unpins, starts, cancels and lets flash sales expire, sells
products out and restocks them, through the real `PlatformSync` (HTTP + the live event stream)
into the session's `ShowFeed` and `OverlayDriver` driving a real `OverlayScene`. After every
step, once the studio has caught up with the platform, what the scene would draw must be true
of the platform: a countdown only with a live sale on the pinned product, a flash price only
while that sale runs, no buy prompt when sold out.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from studio.overlays.scene import OverlayScene
from studio.platform.models import OrderCreate, ProductUpdate, TimerStatus
from studio.platform.sync import PlatformSync
from studio.session.layers import StudioLayers
from studio.session.overlay_driver import OverlayDriver
from studio.session.show_feed import ShowFeed
from studio.show.money import to_minor
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for

SKUS = ["HK-001", "HK-002", "HK-003"]  # few, so steps meet on the same products
SALE_S = 6  # long enough to check, short enough to expire inside a run
MARGIN_S = 0.8  # near a sale's end the truth is moving: that aspect is not judged then


class Truth:
    """The platform's own state, read from its store (not through the studio)."""

    def __init__(self, rig: Rig) -> None:
        self.rig = rig
        assert rig.sandbox.store is not None
        self.store = rig.sandbox.store
        self.show = rig.show_id
        self.ids = {p.sku: p.id for p in self.store.products.page(self.show, None, 100, "")[0]}

    def pinned(self) -> str | None:
        return self.store.pins.get(self.show).product_id

    def sales(self) -> dict[str, tuple[str, datetime]]:
        """product id -> (timer id, ends_at) of each active sale."""
        return {
            t.product_id: (t.id, t.ends_at)
            for t in self.store.timers.all(self.show, TimerStatus.ACTIVE)
        }

    def stock(self, product_id: str) -> int:
        return self.store.products.get(self.show, product_id, "").stock


def run_machine(rig: Rig, sync: PlatformSync, driver: OverlayDriver, feed: ShowFeed) -> None:
    truth = Truth(rig)
    scene = driver.scene

    class OnAirMachine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            sync.unpin()
            for pid in truth.sales():
                sku = next(s for s, i in truth.ids.items() if i == pid)
                sync.cancel_flash_sale(sku)
            assert sync.wait_idle(10)

        @rule(sku=st.sampled_from(SKUS))
        def pin(self, sku: str) -> None:
            sync.pin(sku)

        @rule()
        def unpin(self) -> None:
            sync.unpin()

        @rule(sku=st.sampled_from(SKUS), off=st.sampled_from([10, 30, 60]))
        def start_sale(self, sku: str, off: int) -> None:
            p = sync.model.find(sku)
            pid = truth.ids[sku]
            if pid in truth.sales() or truth.stock(pid) <= 0 or p.price is None:
                return
            price = (p.price * (100 - off) / 100).quantize(Decimal("0.01"))
            sync.start_flash_sale(sku, price, seconds=SALE_S)

        @rule(off=st.sampled_from([10, 50]))
        def sale_on_the_pinned_product(self, off: int) -> None:
            pinned = truth.pinned()
            sku = next((s for s, i in truth.ids.items() if i == pinned), None)
            if sku is not None:
                self.start_sale(sku, off)

        @rule()
        def cancel_the_pinned_sale(self) -> None:
            pinned = truth.pinned()
            sku = next((s for s, i in truth.ids.items() if i == pinned), None)
            if sku is not None:
                self.cancel_sale(sku)

        @rule(sku=st.sampled_from(SKUS))
        def cancel_sale(self, sku: str) -> None:
            if truth.ids[sku] in truth.sales():
                sync.cancel_flash_sale(sku)

        @rule()
        def let_sales_expire(self) -> None:
            ends = [end for _, end in truth.sales().values()]
            if ends:
                time.sleep(max(0.0, (min(ends) - datetime.now(UTC)).total_seconds()) + 0.3)

        @rule(sku=st.sampled_from(SKUS))
        def sell_out(self, sku: str) -> None:
            pid = truth.ids[sku]
            left = truth.stock(pid)
            while left > 0:
                q = min(10, left)
                truth.store.orders.create(
                    truth.show, OrderCreate(product_id=pid, quantity=q, buyer_name="Model Test")
                )
                left -= q

        @rule(sku=st.sampled_from(SKUS))
        def restock(self, sku: str) -> None:
            truth.store.products.update(truth.show, truth.ids[sku], ProductUpdate(stock=5), "")

        @invariant()
        def what_is_on_air_is_true(self) -> None:
            assert sync.wait_idle(10), "the studio's changes did not reach the platform"
            pinned = truth.pinned()

            def caught_up() -> bool:
                state = sync.model.state
                sales = truth.sales()
                stock_ok = pinned is None or (
                    (p := state.product(pinned)) is not None and p.stock == truth.stock(pinned)
                )
                return (
                    state.pin.product_id == pinned
                    and {t.product_id for t in state.timers} == set(sales)
                    and stock_ok
                )

            wait_for(caught_up, timeout=10)
            assert feed.flush()
            driver._refresh_on_air()  # what the ticker does every 0.25 s
            shown = driver.shown
            sales = truth.sales()
            now = datetime.now(UTC)
            if pinned is None:
                assert shown.product is None and scene.pinned is None
                assert shown.sale is None and not scene.countdown_running
                return
            assert shown.product is not None and shown.product.product_id == pinned
            assert scene.pinned == shown.product
            sold_out = truth.stock(pinned) <= 0
            assert shown.sold_out == sold_out and scene.pinned.sold_out == sold_out
            sale = sales.get(pinned)
            if sale is not None and abs((sale[1] - now).total_seconds()) < MARGIN_S:
                return  # ending right now: either answer is honest for a moment
            running = sale is not None and sale[1] > now and not sold_out
            assert (shown.sale is not None) == running, (sale, sold_out)
            assert scene.countdown_running == running
            assert (shown.product.flash_price is not None) == running
            if running:
                assert sale is not None and shown.sale is not None
                assert shown.sale.timer_id == sale[0] and shown.sale.ends_at == sale[1]
                p = sync.model.state.product(pinned)
                assert p is not None and p.price is not None
                flash = shown.product.flash_price
                assert flash is not None and 0 < flash < p.price
                assert to_minor(flash, p.currency) > 0

    run_state_machine_as_test(
        OnAirMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=15,
            deadline=None,
            database=None,  # the platform's state lives outside the example: no replays
            phases=[Phase.generate],  # nor shrinking, which would replay against a moved state
            suppress_health_check=list(HealthCheck),
        ),
    )


@pytest.mark.reliability
def test_overlays_tell_only_the_truth_through_pins_sales_and_sell_outs(rig: Rig) -> None:
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    feed = ShowFeed()
    scene = OverlayScene(1280, 720, "default")
    driver = OverlayDriver(StudioLayers(scene, None, 1280, 720), feed)
    feed.attach(sync.model)
    try:
        run_machine(rig, sync, driver, feed)
    finally:
        driver.close()
        feed.close()
        scene.close()
