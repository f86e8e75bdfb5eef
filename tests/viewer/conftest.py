"""The whole loop of `studio demo`, seen from the other side of the glass.

`live_demo` is the demo world (sandbox platform, private nginx-rtmp writing HLS) with a studio
on it (test camera and tone, the real session, sync, show feed and overlay driver, no window)
already live; `Viewer` is the viewer page in a headless Chromium, driven by Selenium.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from studio.app import Studio
from studio.commands.demo import DemoWorld, demo_studio
from studio.overlays.models import OrderAlert
from studio.session.status import LiveState
from studio.show import events as ev
from studio.show.state import ShowStatus
from tests.browser import chromium, chromium_available


def wait_for(cond: Callable[[], Any], timeout: float, what: str, every: float = 0.1) -> Any:
    """`cond()` once it is truthy; fails the test with `what` after `timeout` seconds."""
    end = time.monotonic() + timeout
    while True:
        value = cond()
        if value:
            return value
        if time.monotonic() > end:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(every)


@dataclass
class LiveDemo:
    """A live demo: what the studio's feed delivered and what its overlay scene was given."""

    world: DemoWorld
    studio: Studio
    orders: list[ev.OrdersReceived] = field(default_factory=list)  # as the feed delivered them
    alerts: list[OrderAlert] = field(default_factory=list)  # toasts pushed to the scene
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def watch_url(self) -> str:
        return self.world.sandbox.watch_url

    def order_of(self, buyer: str) -> list[Any]:
        state = self.studio.show_feed.state
        return [o for o in (state.recent_orders if state else ()) if o.buyer_name == buyer]

    def comments_of(self, author: str) -> list[Any]:
        state = self.studio.show_feed.state
        return [c for c in (state.comments if state else ()) if c.author == author]


@pytest.fixture(scope="module")
def live_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveDemo]:
    """`studio demo` gone live (no simulated audience), with a product pinned."""
    missing = chromium_available()
    if missing:
        pytest.skip(missing)
    world = DemoWorld(rate=0.0)
    assert world.nginx is not None, world.note
    studio, _ = demo_studio(world, home=Path(tmp_path_factory.mktemp("demo")))
    demo = LiveDemo(world, studio)
    try:
        wait_for(lambda: studio.show_feed.state and studio.show_feed.state.show, 20, "the show")

        def on_orders(e: ev.OrdersReceived) -> None:
            with demo.lock:
                demo.orders.append(e)

        studio.show_feed.events.connect(ev.OrdersReceived, on_orders)
        studio.go_live().result(timeout=60)
        assert studio.session.status().state is LiveState.LIVE
        wait_for(
            lambda: (s := studio.show_feed.state) and s.show and s.show.status == ShowStatus.LIVE,
            20,
            "the platform to say the show is live",
        )
        # A spy on the live scene: every toast the overlay driver pushes, then the real push.
        assert studio.driver is not None
        scene = studio.driver.scene
        push = scene.push_order

        def spy(alert: OrderAlert) -> None:
            with demo.lock:
                demo.alerts.append(alert)
            push(alert)

        scene.push_order = spy  # type: ignore[method-assign]
        sync = studio.sync
        assert sync is not None
        state = studio.show_feed.state
        assert state is not None
        sync.pin(state.queue_products[0].sku)
        wait_for(lambda: (s := studio.show_feed.state) and s.pinned, 20, "the pin")
        yield demo
    finally:
        try:
            studio.end_show().result(timeout=60)
        finally:
            studio.close()
            world.close()


class Viewer:
    """The viewer page in one browser."""

    def __init__(self, driver: Any, url: str) -> None:
        self.driver = driver
        self.driver.get(url)

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self.driver.execute_script("return window.studioWatch")
        return result

    def element(self, element_id: str) -> Any:
        return self.driver.find_element("id", element_id)

    def text(self, element_id: str) -> str:
        return str(self.element(element_id).text)

    def join(self, name: str) -> None:
        wait_for(lambda: self.element("join").is_displayed(), 15, "the join sheet")
        self.element("join-name").send_keys(name)
        self.element("join-go").click()
        wait_for(lambda: self.state()["ready"], 20, f"{name} to be signed in")

    def wait(self, cond: Callable[[dict[str, Any]], Any], timeout: float, what: str) -> Any:
        return wait_for(lambda: cond(self.state()), timeout, what, every=0.2)

    def say(self, text: str) -> None:
        self.element("say-text").send_keys(text)
        self.element("say-send").click()


@pytest.fixture
def open_viewer() -> Iterator[Callable[..., Viewer]]:
    """Open the page in a fresh headless Chromium (phone size unless told); all closed after."""
    stack: list[Any] = []

    def open_(url: str, width: int = 390, height: int = 844) -> Viewer:
        cm = chromium(width, height)
        driver = cm.__enter__()
        stack.append(cm)
        return Viewer(driver, url)

    try:
        yield open_
    finally:
        for cm in reversed(stack):
            cm.__exit__(None, None, None)
