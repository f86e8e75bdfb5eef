"""Overlay layers as the engine sees them.

A layer is immutable: whoever renders it (studio/overlays) builds a new one when its content
changes, and the compositor converts each new layer to the encoder's pixel format once. Pixels
are premultiplied RGBA (uint8, shape (h, w, 4)), the cheapest form to blend.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class Layer:
    """One overlay placed on the output frame.

    `x`, `y` are the top-left corner in output pixels (may be partly off-frame); `z` orders
    layers (higher on top); `opacity` scales the whole layer (0..1) without re-rendering it.
    """

    key: str
    rgba: np.ndarray = field(repr=False)  # premultiplied, uint8, (h, w, 4), C-contiguous
    x: int = 0
    y: int = 0
    z: int = 0
    opacity: float = 1.0

    def __post_init__(self) -> None:
        a = self.rgba
        if a.dtype != np.uint8 or a.ndim != 3 or a.shape[2] != 4:
            raise ValueError("Layer.rgba must be a uint8 array of shape (h, w, 4)")
        a.setflags(write=False)

    @property
    def width(self) -> int:
        """Width in pixels."""
        return int(self.rgba.shape[1])

    @property
    def height(self) -> int:
        """Height in pixels."""
        return int(self.rgba.shape[0])


class ChangeSignal:
    """ "Something on screen changed": a layer source tells its viewers to look again now.

    A layer source (the overlay scene) emits after it installs new content (a card pinned, a
    comment shown), so a preview that samples the picture a few times a second can show the
    change at once instead of at its next scheduled frame (the remote-control latency of
    issue 24). Animations between installs do not emit: they are functions of time. Thread-safe;
    `emit` calls the listeners on the emitting thread (they must return at once, e.g. set an
    event) and logs, never raises, what a listener raises.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def connect(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener()` at each `emit`; returns the function that disconnects it."""
        with self._lock:
            self._listeners.append(listener)

        def disconnect() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return disconnect

    def emit(self) -> None:
        """Tell every listener (on this thread)."""
        with self._lock:
            listeners = list(self._listeners)
        for fn in listeners:
            try:
                fn()
            except Exception:  # a viewer's failure must not stop the overlay worker
                log.exception("a change listener failed")
