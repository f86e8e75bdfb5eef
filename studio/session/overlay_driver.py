"""Show events -> the overlay scene, so pins, flash sales and orders are on air."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from typing import Any

from studio.overlays.models import OrderAlert
from studio.overlays.models import Supporter as OverlaySupporter
from studio.session.layers import StudioLayers

log = logging.getLogger(__name__)

COMMENT_ON_SCREEN_S = 10.0
TOP_SUPPORTERS_ON_SCREEN = 3


class OverlayDriver:
    """Show-model events → the overlay scene, so pins, flash sales and orders are on air.

    Called on the sync threads (the scene's setters are thread-safe and return at once).
    """

    def __init__(self, layers: StudioLayers, locale: str = "en_US") -> None:
        self.layers = layers
        self.locale = locale
        self._lock = threading.Lock()
        self._title: tuple[str, str | None] | None = None
        self._comment_until = 0.0
        self._comment_timer: threading.Timer | None = None
        self._state: Any = None
        self._model: Any = None

    @property
    def scene(self) -> Any:
        return self.layers.scene

    def handle(self, event: Any) -> None:
        from studio.show import events as ev

        try:
            if isinstance(event, ev.ShowLoaded):
                self.apply_state(event.state)
            elif isinstance(event, ev.ShowChanged):
                self._set_title(event.show.title, event.show.host_name)
            elif isinstance(event, ev.PinChanged):
                self._pin(event.product)
            elif isinstance(event, ev.CatalogChanged):
                self._refresh_pin(event.catalog)
            elif isinstance(event, ev.TimerStarted):
                self._countdown(event.timer, event.product)
            elif isinstance(event, ev.TimerEnded):
                self._refresh_pin(None)
            elif isinstance(event, ev.OrdersReceived):
                self._orders(event.orders)
            elif isinstance(event, ev.SupportersChanged):
                self._supporters(event.supporters)
        except Exception:  # overlays must never break the sync thread
            log.exception("overlay update failed for %s", type(event).__name__)

    def apply_state(self, state: Any) -> None:
        """Redraw everything from a snapshot (start-up, reload, a new scene size)."""
        self._state = state
        if state.show is not None:
            self._set_title(state.show.title, state.show.host_name)
        self._pin(state.pinned)
        for timer in state.timers:
            self._countdown(timer, state.product(timer.product_id), state.clock_offset_s)
        self._supporters(state.supporters)

    def set_model(self, model: Any) -> None:
        self._model = model

    def _current_state(self) -> Any:
        model = self._model
        return model.state if model is not None else self._state

    def _pin(self, product: Any) -> None:
        sold = product.sold if product is not None else None
        self.scene.set_pinned(product, sold=sold)

    def _refresh_pin(self, _catalog: Any) -> None:
        state = self._current_state()
        if state is not None:
            self._pin(state.pinned)

    def _countdown(self, timer: Any, product: Any, offset: float | None = None) -> None:
        state = self._current_state()
        if offset is None:
            offset = state.clock_offset_s if state is not None else 0.0
        end_epoch = timer.ends_at.timestamp() - offset
        total = (timer.ends_at - timer.starts_at).total_seconds()
        self.scene.start_countdown(end_epoch, self.layers.now(), total=max(1.0, total))
        if state is not None:
            self._pin(state.pinned)

    def _orders(self, orders: Sequence[Any]) -> None:
        state = self._current_state()
        for order in orders[-20:]:  # a burst is merged by the scene anyway
            product = state.product(order.product_id) if state is not None else None
            title = product.title if product is not None else order.product_id
            self.scene.push_order(OrderAlert(order.buyer_name, title, order.quantity))
        self._refresh_pin(None)  # the card's "N sold" and stock

    def _supporters(self, supporters: Sequence[Any]) -> None:
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
        with self._lock:
            if self._comment_timer is not None:
                self._comment_timer.cancel()
