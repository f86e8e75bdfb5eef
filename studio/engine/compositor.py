"""Puts the source picture and the overlay layers together, in the encoder's pixel format.

Overlays change rarely; frames come 30 times a second. So each new layer is converted once
from premultiplied RGBA to premultiplied YUV 4:2:0 (with 8.8 fixed-point weights) and cached;
per frame, only the layer's rectangle of each plane is blended, in place, into a frame from a
small pool allocated up front. No RGB conversion of the whole frame, ever.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Sequence
from dataclasses import dataclass

import av
import numpy as np

from studio.capture.testpattern import plane_view
from studio.engine.layers import Layer


@dataclass
class _Plane:
    """One plane's blend data for the visible part of a layer."""

    y0: int
    x0: int
    inv_alpha: np.ndarray  # uint16, 256 - alpha*256
    premul: np.ndarray  # uint16, colour*alpha*256
    scratch: np.ndarray  # uint16 work buffer, same shape


@dataclass
class _Prepared:
    planes: tuple[_Plane, _Plane, _Plane]
    x: int
    y: int
    opacity: float


def _to_yuv_premultiplied(rgba: np.ndarray) -> tuple[np.ndarray, ...]:
    """BT.601 limited range, the matrix swscale uses for our frames, on premultiplied values."""
    f = rgba.astype(np.float32) / 255.0
    r, g, b, a = f[..., 0], f[..., 1], f[..., 2], f[..., 3]
    y = 16.0 * a + 65.481 * r + 128.553 * g + 24.966 * b
    u = 128.0 * a - 37.797 * r - 74.203 * g + 112.0 * b
    v = 128.0 * a + 112.0 * r - 93.786 * g - 18.214 * b
    return y, u, v, a


def prepare_layer(layer: Layer, frame_w: int, frame_h: int) -> _Prepared | None:
    """Clip the layer to the frame and convert it for blending; None when fully off-frame."""
    x, y = layer.x & ~1, layer.y & ~1  # chroma is subsampled 2×2: keep the origin even
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(frame_w, x + layer.width), min(frame_h, y + layer.height)
    x1 -= (x1 - x0) & 1
    y1 -= (y1 - y0) & 1
    if x1 <= x0 or y1 <= y0:
        return None
    crop = layer.rgba[y0 - y : y1 - y, x0 - x : x1 - x]
    yy, uu, vv, aa = _to_yuv_premultiplied(crop)
    op = max(0.0, min(1.0, layer.opacity))
    if op < 1.0:
        yy, uu, vv, aa = yy * op, uu * op, vv * op, aa * op

    def plane(val: np.ndarray, alpha: np.ndarray, py: int, px: int) -> _Plane:
        inv = np.clip(np.rint(256.0 - alpha * 256.0), 0, 256).astype(np.uint16)
        pre = np.clip(np.rint(val * 256.0), 0, 65535).astype(np.uint16)
        return _Plane(py, px, inv, pre, np.empty_like(inv))

    def half(a: np.ndarray) -> np.ndarray:
        return (a[0::2, 0::2] + a[1::2, 0::2] + a[0::2, 1::2] + a[1::2, 1::2]) * 0.25

    a2 = half(aa)
    planes = (
        plane(yy, aa, y0, x0),
        plane(half(uu), a2, y0 // 2, x0 // 2),
        plane(half(vv), a2, y0 // 2, x0 // 2),
    )
    return _Prepared(planes, layer.x, layer.y, layer.opacity)


def blend_plane(dst: np.ndarray, p: _Plane) -> None:
    """dst = dst*(1-a) + premultiplied colour, on the layer's rectangle only, no allocation."""
    h, w = p.inv_alpha.shape
    region = dst[p.y0 : p.y0 + h, p.x0 : p.x0 + w]
    np.multiply(region, p.inv_alpha, out=p.scratch, dtype=np.uint16)
    np.add(p.scratch, p.premul, out=p.scratch)
    np.right_shift(p.scratch, 8, out=p.scratch)
    np.copyto(region, p.scratch, casting="unsafe")


class Compositor:
    """Composes output frames of a fixed size; reuses a small pool of frames."""

    def __init__(self, width: int, height: int, pool: int = 6) -> None:
        self.width, self.height = width, height
        self._pool = [av.VideoFrame(width, height, "yuv420p") for _ in range(pool)]
        self._views = [[plane_view(f, i) for i in range(3)] for f in self._pool]
        self._next = 0
        self._cache: weakref.WeakKeyDictionary[np.ndarray, _Prepared | None] = (
            weakref.WeakKeyDictionary()
        )
        self._slate = self._make_slate()
        self._last_src: av.VideoFrame | None = None

    def _make_slate(self) -> av.VideoFrame:
        """The picture shown when there is no source: dark grey, never a frozen last frame."""
        f = av.VideoFrame(self.width, self.height, "yuv420p")
        plane_view(f, 0)[:] = 40
        plane_view(f, 1)[:] = 128
        plane_view(f, 2)[:] = 128
        return f

    def _prepared(self, layer: Layer) -> _Prepared | None:
        # Keyed by the pixel array: moving or fading a layer re-wraps the same array.
        try:
            prep = self._cache[layer.rgba]
        except (KeyError, TypeError):
            prep = None
        if prep is None or prep.x != layer.x or prep.y != layer.y or prep.opacity != layer.opacity:
            prep = prepare_layer(layer, self.width, self.height)
            with contextlib.suppress(TypeError):
                self._cache[layer.rgba] = prep
        return prep

    def compose(self, src: av.VideoFrame | None, layers: Sequence[Layer] = ()) -> av.VideoFrame:
        """The output frame for one tick. The result must be encoded before `pool` more calls."""
        if src is None:
            src = self._slate
        if src.width != self.width or src.height != self.height or src.format.name != "yuv420p":
            src = src.reformat(self.width, self.height, "yuv420p")
        if not layers and src is not self._last_src:
            # Nothing to draw and a fresh frame: encode the source frame itself, no copy.
            self._last_src = src
            return src
        self._last_src = src
        out = self._pool[self._next]
        views = self._views[self._next]
        self._next = (self._next + 1) % len(self._pool)
        for i in range(3):
            np.copyto(views[i], plane_view(src, i))
        for layer in sorted(layers, key=lambda item: item.z):
            prep = self._prepared(layer)
            if prep is not None:
                for i in range(3):
                    blend_plane(views[i], prep.planes[i])
        return out
