"""One composed frame with every overlay kind, for review and golden tests.

The blend here is the plain premultiplied "over" the engine performs, done in numpy so a preview
needs no encoder. The background is a neutral grey studio wall with a grid, so contrast and
alignment problems show instead of hiding in a busy camera picture.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from studio.media.layers import Layer
from studio.overlays.auction import AuctionView
from studio.overlays.giveaway import GiveawayView
from studio.overlays.models import OrderAlert, OverlayComment, Supporter
from studio.overlays.painting import array_to_image
from studio.overlays.poll import PollCard
from studio.overlays.scene import OverlayScene
from studio.overlays.theme import Theme
from studio.overlays.voucher import VoucherCard
from studio.show.catalog import Product

SAMPLE_SUPPORTERS = (
    Supporter("Mia Chen", 12_480),
    Supporter("김지우", 9_310),
    Supporter("ليلى", 7_905),
)


@dataclass(frozen=True)
class PreviewContent:
    product: Product | None
    title: str = "Spring Denim Drop 🔥 Live"
    subtitle: str | None = "with Ava · new arrivals every 10 minutes"
    countdown_s: float | None = 300
    sold: int | None = None
    alert: OrderAlert | None = None
    supporters: Sequence[Supporter] = SAMPLE_SUPPORTERS
    comment: OverlayComment | None = None
    voucher: VoucherCard | None = None
    poll: PollCard | None = None
    auction: AuctionView | None = None
    giveaway: GiveawayView | None = None


def test_background(width: int, height: int) -> np.ndarray:
    """Opaque RGBA: a soft grey gradient (lighter at the centre, like a lit set) and a grid."""
    y = np.linspace(-1, 1, height, dtype=np.float32)[:, None]
    x = np.linspace(-1, 1, width, dtype=np.float32)[None, :]
    light = 0.62 - 0.22 * (x * x * 0.6 + y * y)
    rgb = np.stack([light * 0.96, light * 0.98, light * 1.04], axis=-1)
    step = max(8, round(min(width, height) / 12))
    grid = np.zeros((height, width), dtype=bool)
    grid[::step, :] = True
    grid[:, ::step] = True
    rgb[grid] *= 0.9
    out = np.empty((height, width, 4), np.uint8)
    out[..., :3] = np.clip(rgb * 255, 0, 255).astype(np.uint8)
    out[..., 3] = 255
    return out


def compose(background: np.ndarray, layers: Sequence[Layer]) -> np.ndarray:
    """Premultiplied "over" of each layer (clipped to the frame) onto an opaque RGBA frame."""
    frame = background.astype(np.float32)
    fh, fw = frame.shape[:2]
    for lay in sorted(layers, key=lambda item: item.z):
        x0, y0 = max(0, lay.x), max(0, lay.y)
        x1, y1 = min(fw, lay.x + lay.width), min(fh, lay.y + lay.height)
        if x0 >= x1 or y0 >= y1:
            continue
        src = lay.rgba[y0 - lay.y : y1 - lay.y, x0 - lay.x : x1 - lay.x].astype(np.float32)
        src *= lay.opacity
        a = src[..., 3:4] / 255.0
        dst = frame[y0:y1, x0:x1]
        dst[..., :3] = src[..., :3] + dst[..., :3] * (1.0 - a)
    frame[..., 3] = 255
    out: np.ndarray = np.clip(frame + 0.5, 0, 255).astype(np.uint8)
    return out


def render_preview(
    width: int,
    height: int,
    theme: Theme | str,
    content: PreviewContent,
    *,
    locale: str = "en_US",
    language: str = "en",
    background: np.ndarray | None = None,
) -> np.ndarray:
    """Every overlay kind at rest, composed over the test background (RGBA array); the fixed
    words in the show's `language`."""
    layers = preview_layers(width, height, theme, content, locale=locale, language=language)
    bg = background if background is not None else test_background(width, height)
    return compose(bg, layers)


def preview_layers(
    width: int,
    height: int,
    theme: Theme | str,
    content: PreviewContent,
    *,
    locale: str = "en_US",
    language: str = "en",
) -> Sequence[Layer]:
    """Every overlay kind of `content` at rest on a `width` × `height` canvas, as the scene
    lays them out (bottom first). Blocks while the scene renders (a second or two)."""
    with OverlayScene(width, height, theme, locale=locale, language=language) as scene:
        t0 = 0.0
        scene.set_show_title(content.title, content.subtitle)
        if content.supporters:
            scene.set_supporters(content.supporters)
        if content.comment is not None:
            scene.set_comment(content.comment)
        scene.set_voucher(content.voucher)
        scene.set_poll(content.poll)
        scene.set_auction(content.auction)
        scene.set_giveaway(content.giveaway)
        if content.product is not None:
            scene.set_pinned(content.product, sold=content.sold)
            alert = content.alert or OrderAlert(
                "Mia", content.product.title, quantity=2, city="Taipei"
            )
            scene.push_order(alert)
        elif content.alert is not None:
            scene.push_order(content.alert)
        if content.countdown_s is not None:
            # +0.5 s so the face shows the full duration at t = 0.5 after the enter animation.
            scene.start_countdown(time.time() + content.countdown_s + 0.5, t0)
        scene.wait_idle()
        scene.layers_at(t0)  # first poll: everything starts its enter animation
        scene.wait_idle()
        return scene.layers_at(t0 + 0.5)


def save_png(frame: np.ndarray, path: str) -> None:
    if not array_to_image(frame).save(path, "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write {path}")
