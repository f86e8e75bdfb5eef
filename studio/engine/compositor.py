"""Puts the source picture and the overlay layers together, in the encoder's pixel format.

Overlays change rarely; frames come 30 times a second. So each new layer is converted once
from premultiplied RGBA to premultiplied YUV 4:2:0 (with 8.8 fixed-point weights) and cached;
per frame, only the layer's rectangle of each plane is blended, in place, into a frame from a
small pool allocated up front. No RGB conversion of the whole frame, ever.

Source pictures arrive already scaled by their source (capture/convert.py). One that is the
whole canvas, upright, is encoded as it is when nothing is drawn on it; one that is smaller
(letterboxed, pillarboxed) or turned (a phone clip) is copied into a pooled frame at its
placement, the quarter turns done by that copy's strides, over black bars painted only when a
pooled frame last held another placement.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

import av
import numpy as np

from studio.media.fit import Placement
from studio.media.layers import Layer
from studio.media.planes import plane_view

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fill:
    """A scene part: a solid colour (r, g, b 0..255) over the rectangle (x, y, w, h) in
    canvas pixels (None: the whole canvas)."""

    rgb: tuple[int, int, int]
    rect: tuple[int, int, int, int] | None = None


@dataclass(frozen=True, eq=False)
class Picture:
    """A scene part: a yuv420p source picture, already scaled, with its top-left corner at
    (x, y) on the canvas (even; may reach past the canvas: clipped) after being flipped left to
    right when `mirror`, then `turns` clockwise quarter turns."""

    frame: av.VideoFrame
    x: int
    y: int
    turns: int = 0
    mirror: bool = False


# A scene's parts, bottom first: colours, pictures and overlay layers (a slate) drawn in order.
Part: TypeAlias = Fill | Picture | Layer


def yuv_of(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    """BT.601 limited-range (Y, U, V) of an sRGB colour (the matrix swscale uses here)."""
    r, g, b = (c / 255.0 for c in rgb)
    y = 16.0 + 65.481 * r + 128.553 * g + 24.966 * b
    u = 128.0 - 37.797 * r - 74.203 * g + 112.0 * b
    v = 128.0 + 112.0 * r - 93.786 * g - 18.214 * b
    return round(y), round(u), round(v)


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


def _half(a: np.ndarray) -> np.ndarray:
    """Each 2×2 block's mean: (h, w) → (h/2, w/2), for the 4:2:0 chroma planes."""
    half: np.ndarray = (a[0::2, 0::2] + a[1::2, 0::2] + a[0::2, 1::2] + a[1::2, 1::2]) * 0.25
    return half


def _fixed(val: np.ndarray, alpha: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """8.8 fixed point: (256 - 256·alpha, 256·premultiplied colour) as uint16."""
    inv = np.clip(np.rint(256.0 - alpha * 256.0), 0, 256).astype(np.uint16)
    pre = np.clip(np.rint(val * 256.0), 0, 65535).astype(np.uint16)
    return inv, pre


class _Converted:
    """One layer's pixels in YUV 4:2:0, converted once per pixel array.

    Moving a layer re-slices these arrays; fading it scales the float planes. Neither
    repeats the colour conversion, so slide/fade animations stay cheap per frame.
    """

    def __init__(self, rgba: np.ndarray) -> None:
        h, w = rgba.shape[0] & ~1, rgba.shape[1] & ~1  # whole chroma pairs only
        y, u, v, a = _to_yuv_premultiplied(rgba[:h, :w])
        a2 = _half(a)
        self.floats = ((y, a), (_half(u), a2), (_half(v), a2))
        self.fixed = tuple(_fixed(val, alpha) for val, alpha in self.floats)
        self.height, self.width = h, w


def prepare_layer(
    layer: Layer, frame_w: int, frame_h: int, conv: _Converted | None = None
) -> _Prepared | None:
    """Clip the layer to the frame and get its blend planes; None when fully off-frame."""
    conv = conv or _Converted(layer.rgba)
    x, y = layer.x & ~1, layer.y & ~1  # chroma is subsampled 2×2: keep the origin even
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(frame_w & ~1, x + conv.width), min(frame_h & ~1, y + conv.height)
    if x1 <= x0 or y1 <= y0:
        return None
    op = max(0.0, min(1.0, layer.opacity))
    planes = []
    for i in range(3):
        s = 1 if i == 0 else 2
        rows = slice((y0 - y) // s, (y1 - y) // s)
        cols = slice((x0 - x) // s, (x1 - x) // s)
        if op >= 1.0:
            inv, pre = (arr[rows, cols] for arr in conv.fixed[i])
        else:
            val, alpha = conv.floats[i]
            inv, pre = _fixed(val[rows, cols] * op, alpha[rows, cols] * op)
        planes.append(_Plane(y0 // s, x0 // s, inv, pre, np.empty(inv.shape, np.uint16)))
    return _Prepared((planes[0], planes[1], planes[2]), layer.x, layer.y, layer.opacity)


def blend_plane(dst: np.ndarray, p: _Plane) -> None:
    """dst = dst*(1-a) + premultiplied colour, on the layer's rectangle only, no allocation."""
    h, w = p.inv_alpha.shape
    region = dst[p.y0 : p.y0 + h, p.x0 : p.x0 + w]
    np.multiply(region, p.inv_alpha, out=p.scratch, dtype=np.uint16)
    np.add(p.scratch, p.premul, out=p.scratch)
    np.right_shift(p.scratch, 8, out=p.scratch)
    np.copyto(region, p.scratch, casting="unsafe")


class Compositor:
    """Composes yuv420p output frames of `width` × `height` pixels from a source picture and
    premultiplied RGBA overlay layers.

    Used from one thread only (the pipeline's compositor thread, or the idle preview's). The
    frames it returns come from a pool of `pool` frames reused in turn: a returned frame must
    be encoded (or copied) before `pool` more `compose` calls. Layers are converted to YUV once
    per pixel array (cached by identity) and blended on their rectangle only; a source of
    the wrong size or format is scaled to the canvas. Nothing here raises for bad layers: a
    layer outside the canvas is skipped.
    """

    def __init__(self, width: int, height: int, pool: int = 6) -> None:
        self.width, self.height = width, height
        self._pool = [av.VideoFrame(width, height, "yuv420p") for _ in range(pool)]
        self._views = [[plane_view(f, i) for i in range(3)] for f in self._pool]
        self._next = 0
        # What each pooled frame last held outside its picture: None = unknown (repaint bars).
        self._pool_place: list[Placement | None] = [None] * pool
        self._misplaced = False
        # Keyed by the layer's pixel array (moving or fading re-wraps the same array).
        self._converted: dict[int, tuple[np.ndarray, _Converted]] = {}
        self._prepared_by_key: dict[int, _Prepared | None] = {}
        self._slate = self._make_slate()
        self._last_src: av.VideoFrame | None = None
        # For a scene fading into another: the other scene's picture and the mix's buffers.
        self._scratch: tuple[av.VideoFrame, list[np.ndarray], list[np.ndarray]] | None = None

    def _make_slate(self) -> av.VideoFrame:
        """The picture shown when there is no source: dark grey, never a frozen last frame."""
        f = av.VideoFrame(self.width, self.height, "yuv420p")
        plane_view(f, 0)[:] = 40
        plane_view(f, 1)[:] = 128
        plane_view(f, 2)[:] = 128
        return f

    def _prepared(self, layer: Layer) -> _Prepared | None:
        key = id(layer.rgba)
        entry = self._converted.get(key)
        if entry is None or entry[0] is not layer.rgba:
            entry = (layer.rgba, _Converted(layer.rgba))
            self._converted[key] = entry
            self._prepared_by_key.pop(key, None)
        prep = self._prepared_by_key.get(key)
        if prep is None or (prep.x, prep.y, prep.opacity) != (layer.x, layer.y, layer.opacity):
            prep = prepare_layer(layer, self.width, self.height, entry[1])
            self._prepared_by_key[key] = prep
        return prep

    def _forget_unused(self, layers: Sequence[Layer]) -> None:
        """Drop conversions of layers no longer shown, so memory follows what is on screen."""
        live = {id(layer.rgba) for layer in layers}
        for key in [k for k in self._converted if k not in live]:
            del self._converted[key]
            self._prepared_by_key.pop(key, None)

    def _place(self, views: list[np.ndarray], src: av.VideoFrame, p: Placement, slot: int) -> None:
        """Copy `src` (scaled, not yet turned) into a pooled frame at its placement."""
        if self._pool_place[slot] != p:
            views[0][:] = 16  # black bars (BT.601 limited range)
            views[1][:] = 128
            views[2][:] = 128
            self._pool_place[slot] = p
        w, h = p.size
        for i in range(3):
            s = 1 if i == 0 else 2
            region = views[i][p.y // s : (p.y + h) // s, p.x // s : (p.x + w) // s]
            plane = plane_view(src, i)[:, ::-1] if p.mirror else plane_view(src, i)
            turned = np.rot90(plane, -p.turns) if p.turns else plane
            np.copyto(region, turned[: region.shape[0], : region.shape[1]])

    def compose(
        self,
        src: av.VideoFrame | None,
        layers: Sequence[Layer] = (),
        placement: Placement | None = None,
    ) -> av.VideoFrame:
        """The output frame for one tick. The result must be encoded before `pool` more calls.

        `placement` (from the source, see media/fit.py) puts a smaller or turned picture on
        the canvas; without one, a picture of another size or format is scaled to the canvas.
        """
        if src is None:
            src, placement = self._slate, None
        if placement is not None and (
            (src.width, src.height) != placement.scaled
            or src.format.name != "yuv420p"
            or placement.size[0] + placement.x > self.width
            or placement.size[1] + placement.y > self.height
        ):
            if not self._misplaced:  # a source bug, not the user's: say it once
                log.warning("a source picture does not match its placement; scaling it")
                self._misplaced = True
            placement = None
        if placement is None and (
            src.width != self.width or src.height != self.height or src.format.name != "yuv420p"
        ):
            src = src.reformat(self.width, self.height, "yuv420p")
        if placement is None and not layers and src is not self._last_src:
            # Nothing to draw and a fresh frame: encode the source frame itself, no copy.
            self._last_src = src
            return src
        self._last_src = src
        slot = self._next
        out = self._pool[slot]
        views = self._views[slot]
        self._next = (self._next + 1) % len(self._pool)
        if placement is not None:
            self._place(views, src, placement, slot)
        else:
            self._pool_place[slot] = None
            for i in range(3):
                np.copyto(views[i], plane_view(src, i))
        if len(self._converted) > len(layers) + 8:
            self._forget_unused(layers)
        for layer in sorted(layers, key=lambda item: item.z):
            prep = self._prepared(layer)
            if prep is not None:
                for i in range(3):
                    blend_plane(views[i], prep.planes[i])
        return out

    # -- scenes: several sources on one canvas (engine/program.py) ----------------------------
    def compose_parts(
        self,
        parts: Sequence[Part],
        layers: Sequence[Layer] = (),
        fade_to: tuple[Sequence[Part], float] | None = None,
    ) -> av.VideoFrame:
        """The output frame for one tick of a scene: `parts` drawn bottom first (colours,
        pictures clipped to the canvas, layers blended), then, with `fade_to` = (the next
        scene's parts, k in 0..1), that scene drawn aside and mixed in at weight k, then the
        overlay `layers` on top of both. Same pool rule as `compose`. Nothing is allocated per
        frame but the fade's buffers, once."""
        slot = self._next
        out = self._pool[slot]
        views = self._views[slot]
        self._next = (self._next + 1) % len(self._pool)
        self._pool_place[slot] = None
        self._last_src = None
        self._draw(views, parts)
        if fade_to is not None:
            other, k = fade_to
            weight = round(max(0.0, min(1.0, k)) * 256)
            if weight >= 256:
                self._draw(views, other)
            elif weight > 0:
                scratch = self._fade_buffers()
                self._draw(scratch[1], other)
                for dst, src, buf in zip(views, scratch[1], scratch[2], strict=True):
                    _mix(dst, src, weight, buf)
        if len(self._converted) > len(layers) + 16:
            self._forget_unused([*layers, *(p for p in parts if isinstance(p, Layer))])
        for layer in sorted(layers, key=lambda item: item.z):
            self._blend(views, layer)
        return out

    def _fade_buffers(self) -> tuple[av.VideoFrame, list[np.ndarray], list[np.ndarray]]:
        if self._scratch is None:
            f = av.VideoFrame(self.width, self.height, "yuv420p")
            views = [plane_view(f, i) for i in range(3)]
            self._scratch = (f, views, [np.empty((v.shape[0], v.shape[1] * 2), np.uint16)
                                        for v in views])  # fmt: skip
        return self._scratch

    def _blend(self, views: list[np.ndarray], layer: Layer) -> None:
        prep = self._prepared(layer)
        if prep is not None:
            for i in range(3):
                blend_plane(views[i], prep.planes[i])

    def _draw(self, views: list[np.ndarray], parts: Sequence[Part]) -> None:
        """Draw `parts` bottom first; what lies under an opaque full-canvas part is skipped."""
        first = 0
        for i, part in enumerate(parts):
            if self._covers(part):
                first = i
        if not parts or not self._covers(parts[first]):
            for v in views:  # nothing covers the canvas: black under the parts
                v[:] = 16 if v is views[0] else 128
        for part in parts[first:]:
            if isinstance(part, Fill):
                self._fill(views, part)
            elif isinstance(part, Picture):
                self._paste(views, part)
            else:
                self._blend(views, part)

    def _covers(self, part: Part) -> bool:
        if isinstance(part, Fill):
            r = part.rect
            return r is None or (
                r[0] <= 0 and r[1] <= 0 and r[0] + r[2] >= self.width and r[1] + r[3] >= self.height
            )
        if isinstance(part, Picture):
            w, h = part.frame.width, part.frame.height
            if part.turns % 2:
                w, h = h, w
            return (
                part.x <= 0
                and part.y <= 0
                and part.x + w >= self.width
                and part.y + h >= self.height
            )
        return False

    def _clip(self, x: int, y: int, w: int, h: int) -> tuple[int, int, int, int] | None:
        x0, y0 = max(0, x) & ~1, max(0, y) & ~1
        x1, y1 = min(self.width, x + w) & ~1, min(self.height, y + h) & ~1
        return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None

    def _fill(self, views: list[np.ndarray], part: Fill) -> None:
        rect = part.rect or (0, 0, self.width, self.height)
        box = self._clip(*rect)
        if box is None:
            return
        x0, y0, x1, y1 = box
        for i, value in enumerate(yuv_of(part.rgb)):
            s = 1 if i == 0 else 2
            views[i][y0 // s : y1 // s, x0 // s : x1 // s] = value

    def _paste(self, views: list[np.ndarray], part: Picture) -> None:
        src = part.frame
        if src.format.name != "yuv420p":
            src = src.reformat(format="yuv420p")
        w, h = src.width & ~1, src.height & ~1
        if part.turns % 2:
            w, h = h, w
        x, y = part.x & ~1, part.y & ~1
        box = self._clip(x, y, w, h)
        if box is None:
            return
        x0, y0, x1, y1 = box
        for i in range(3):
            s = 1 if i == 0 else 2
            plane = plane_view(src, i)[:, ::-1] if part.mirror else plane_view(src, i)
            turned = np.rot90(plane, -part.turns) if part.turns else plane
            region = views[i][y0 // s : y1 // s, x0 // s : x1 // s]
            piece = turned[(y0 - y) // s : (y1 - y) // s, (x0 - x) // s : (x1 - x) // s]
            rh, rw = min(region.shape[0], piece.shape[0]), min(region.shape[1], piece.shape[1])
            np.copyto(region[:rh, :rw], piece[:rh, :rw])


def _mix(dst: np.ndarray, src: np.ndarray, weight: int, buf: np.ndarray) -> None:
    """dst = (dst·(256-weight) + src·weight) / 256 in place; `buf` is uint16 work space at
    least twice dst's size."""
    h, w = dst.shape
    a = buf[:, :w][:h]
    b = buf[:, w : 2 * w][:h]
    np.multiply(dst, 256 - weight, out=a, dtype=np.uint16)
    np.multiply(src, weight, out=b, dtype=np.uint16)
    np.add(a, b, out=a)
    np.right_shift(a, 8, out=a)
    np.copyto(dst, a, casting="unsafe")
