"""Show events -> the overlay scene, so pins, flash sales and orders are on air."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence

from studio.overlays.models import OrderAlert
from studio.overlays.models import Supporter as OverlaySupporter
from studio.overlays.scene import OverlayScene
from studio.session.layers import StudioLayers
from studio.session.show_feed import ShowFeed
from studio.show import events as ev
from studio.show.catalog import Product
from studio.show.state import ShowState, Supporter, Timer

log = logging.getLogger(__name__)

COMMENT_ON_SCREEN_S = 10.0
TOP_SUPPORTERS_ON_SCREEN = 3


class OverlayDriver:
    """Show events -> the overlay scene, so pins, flash sales and orders are on air.

    Subscribes by type to a `ShowFeed` and runs on the feed's thread (never the network
    thread); it reads the feed's folded `state` for what an event does not carry (the product
    an order is for). The scene's setters are thread-safe and return at once (a worker renders).
    `show_comment`/`hide_comment` are called from the UI thread.
    """

    def __init__(self, layers: StudioLayers, feed: ShowFeed, locale: str = "en_US") -> None:
        self.layers = layers
        self.locale = locale
        self._feed = feed
        self._lock = threading.Lock()
        self._title: tuple[str, str | None] | None = None
        self._comment_until = 0.0
        self._comment_timer: threading.Timer | None = None
        self._disconnect = [
            feed.events.connect(ev.ShowAttached, self._on_attached),
            feed.events.connect(ev.ShowLoaded, self._on_loaded),
            feed.events.connect(ev.ShowChanged, self._on_show),
            feed.events.connect(ev.PinChanged, self._on_pin),
            feed.events.connect(ev.CatalogChanged, self._on_catalog),
            feed.events.connect(ev.TimerStarted, self._on_timer_started),
            feed.events.connect(ev.TimerEnded, self._on_timer_ended),
            feed.events.connect(ev.OrdersReceived, self._on_orders),
            feed.events.connect(ev.SupportersChanged, self._on_supporters),
        ]

    @property
    def scene(self) -> OverlayScene:
        return self.layers.scene

    # -- events (feed thread) --------------------------------------------------------------
    def _on_attached(self, event: ev.ShowAttached) -> None:
        if event.state is not None:
            self.apply_state(event.state)
            return
        self.scene.set_pinned(None)
        self.scene.clear_countdown()
        self.scene.set_supporters([])
        with self._lock:
            self._title = None
        self._restore_title()

    def _on_loaded(self, event: ev.ShowLoaded) -> None:
        self.apply_state(event.state)

    def _on_show(self, event: ev.ShowChanged) -> None:
        self._set_title(event.show.title, event.show.host_name)

    def _on_pin(self, event: ev.PinChanged) -> None:
        self._pin(event.product)

    def _on_catalog(self, _event: ev.CatalogChanged) -> None:
        self._refresh_pin()  # prices, stock and "N sold" of the pinned product

    def _on_timer_started(self, event: ev.TimerStarted) -> None:
        self._countdown(event.timer, self._offset())
        self._refresh_pin()

    def _on_timer_ended(self, _event: ev.TimerEnded) -> None:
        self._refresh_pin()

    def _on_orders(self, event: ev.OrdersReceived) -> None:
        state = self._feed.state
        for order in event.orders[-20:]:  # a burst is merged by the scene anyway
            product = state.product(order.product_id) if state is not None else None
            title = product.title if product is not None else order.product_id
            self.scene.push_order(OrderAlert(order.buyer_name, title, order.quantity))

    def _on_supporters(self, event: ev.SupportersChanged) -> None:
        self._supporters(event.supporters)

    # -- drawing ---------------------------------------------------------------------------
    def apply_state(self, state: ShowState | None) -> None:
        """Redraw everything from a snapshot (a new show, a reload, a new scene or theme)."""
        if state is None:
            return
        if state.show is not None:
            self._set_title(state.show.title, state.show.host_name)
        self._pin(state.pinned)
        for timer in state.timers:
            self._countdown(timer, state.clock_offset_s)
        self._supporters(state.supporters)

    def _offset(self) -> float:
        state = self._feed.state
        return state.clock_offset_s if state is not None else 0.0

    def _pin(self, product: Product | None) -> None:
        sold = product.sold if product is not None else None
        self.scene.set_pinned(product, sold=sold)

    def _refresh_pin(self) -> None:
        state = self._feed.state
        if state is not None:
            self._pin(state.pinned)

    def _countdown(self, timer: Timer, offset: float) -> None:
        end_epoch = timer.ends_at.timestamp() - offset
        total = (timer.ends_at - timer.starts_at).total_seconds()
        self.scene.start_countdown(end_epoch, self.layers.now(), total=max(1.0, total))

    def _supporters(self, supporters: Sequence[Supporter]) -> None:
        top = [OverlaySupporter(s.name, s.points) for s in supporters[:TOP_SUPPORTERS_ON_SCREEN]]
        self.scene.set_supporters(top)

    def _set_title(self, title: str, subtitle: str | None) -> None:
        with self._lock:
            self._title = (title, subtitle)
            showing_comment = time.monotonic() < self._comment_until
        if not showing_comment:
            self.scene.set_show_title(title, subtitle)

    def show_comment(self, author: str, text: str, seconds: float = COMMENT_ON_SCREEN_S) -> None:
        """Put a viewer's comment in the lower third for a while, then the title again."""
        with self._lock:
            self._comment_until = time.monotonic() + seconds
            if self._comment_timer is not None:
                self._comment_timer.cancel()
            self._comment_timer = threading.Timer(seconds, self._restore_title)
            self._comment_timer.daemon = True
            self._comment_timer.start()
        self.scene.set_show_title(f"💬 {author}", text)

    def hide_comment(self) -> None:
        with self._lock:
            self._comment_until = 0.0
            if self._comment_timer is not None:
                self._comment_timer.cancel()
        self._restore_title()

    def _restore_title(self) -> None:
        with self._lock:
            if time.monotonic() < self._comment_until - 0.05:
                return
            title = self._title
        if title is not None:
            self.scene.set_show_title(*title)
        else:
            self.scene.set_show_title(None)

    def close(self) -> None:
        for disconnect in self._disconnect:
            disconnect()
        with self._lock:
            if self._comment_timer is not None:
                self._comment_timer.cancel()
