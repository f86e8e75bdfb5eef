"""Overlay layers as the engine sees them.

A layer is immutable: whoever renders it (studio/overlays) builds a new one when its content
changes, and the compositor converts each new layer to the encoder's pixel format once. Pixels
are premultiplied RGBA (uint8, shape (h, w, 4)), the cheapest form to blend.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


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
