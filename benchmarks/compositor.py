"""Compositing cost per frame: our YUV-plane blending against the naive RGB route.

Prints, for 720p and 1080p, the CPU time per output frame of the compositor with no layers,
with 3 and 8 overlay-sized layers standing still, and with 4 while a card slides and fades
(the 250 ms animations); next to the reference a straightforward
implementation would pay: blend in RGB with numpy, then convert the frame to yuv420p.

    .venv/bin/python benchmarks/compositor.py [--frames 300]
"""

from __future__ import annotations

import argparse
import time

import av
import numpy as np

from studio.engine.compositor import Compositor
from studio.media.layers import Layer


def overlay_set(w: int, h: int) -> list[Layer]:
    """Eight overlay-sized layers, in the order a busy show stacks them."""
    rng = np.random.default_rng(0)

    def layer(key: str, lw: int, lh: int, x: int, y: int, z: int) -> Layer:
        a = rng.integers(0, 256, (lh, lw, 4), dtype=np.uint8)
        a[..., 3] = 255
        a[: lh // 8, :, 3] = 128  # a soft edge, like a shadow
        a[..., :3] = (a[..., :3].astype(np.uint16) * a[..., 3:4] // 255).astype(np.uint8)
        return Layer(key, a, x=x, y=y, z=z)

    s = h / 1080
    return [
        layer("card", int(520 * s), int(700 * s), int(w - 600 * s), int(300 * s), 3),
        layer("countdown", int(330 * s), int(170 * s), int(w - 400 * s), int(50 * s), 4),
        layer("lower-third", int(700 * s), int(110 * s), int(80 * s), int(h - 190 * s), 2),
        layer("toast", int(620 * s), int(90 * s), int(80 * s), int(60 * s), 5),
        layer("supporters", int(560 * s), int(70 * s), int(80 * s), int(170 * s), 5),
        layer("logo", int(180 * s), int(80 * s), int(w / 2 - 90 * s), int(40 * s), 6),
        layer("comment", int(640 * s), int(120 * s), int(80 * s), int(h - 360 * s), 6),
        layer("frame", int(w - 40 * s), int(24 * s), int(20 * s), int(h - 40 * s), 1),
    ]


def cpu() -> float:
    return time.process_time()


def run(w: int, h: int, frames: int) -> dict[str, float]:
    src = av.VideoFrame.from_ndarray(
        np.random.default_rng(1).integers(0, 256, (h, w, 3), dtype=np.uint8), "rgb24"
    ).reformat(format="yuv420p")
    layers = overlay_set(w, h)
    comp = Compositor(w, h)
    out: dict[str, float] = {}

    t = cpu()
    for _ in range(frames):
        comp.compose(src, [])
    out["no layers"] = (cpu() - t) / frames * 1000

    for n in (3, 8):
        t = cpu()
        for _ in range(frames):
            comp.compose(src, layers[:n])
        out[f"{n} layers, still"] = (cpu() - t) / frames * 1000

    t = cpu()
    card = layers[0]
    for i in range(frames):
        k = (i % 8) / 8  # a 250 ms slide + fade, over and over
        moving = Layer(card.key, card.rgba, x=card.x + int(200 * (1 - k)), y=card.y,
                       z=card.z, opacity=k)  # fmt: skip
        comp.compose(src, [moving, *layers[1:]])
    out["4 layers, card animating"] = (cpu() - t) / frames * 1000

    # Reference: blend in RGB (float), then convert the whole frame for the encoder.
    rgb = src.to_ndarray(format="rgb24")
    n = max(10, frames // 10)
    t = cpu()
    for _ in range(n):
        f = rgb.astype(np.float32)
        for layer in layers[:3]:
            a = layer.rgba[..., 3:4].astype(np.float32) / 255
            region = f[layer.y : layer.y + layer.height, layer.x : layer.x + layer.width]
            region *= 1 - a
            region += layer.rgba[..., :3]
        av.VideoFrame.from_ndarray(f.astype(np.uint8), "rgb24").reformat(format="yuv420p")
    out["reference: RGB blend (3 layers) + convert"] = (cpu() - t) / n * 1000
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frames", type=int, default=300)
    args = ap.parse_args()
    print(f"{'case':34} {'720p ms/frame':>14} {'1080p ms/frame':>15}")
    r720, r1080 = run(1280, 720, args.frames), run(1920, 1080, args.frames)
    for case in r720:
        print(f"{case:34} {r720[case]:14.3f} {r1080[case]:15.3f}")
    ref = "reference: RGB blend (3 layers) + convert"
    still = "3 layers, still"
    print(
        f"\n3 still layers at 1080p: {r1080[still]:.2f} ms per frame (target < 1 ms), "
        f"{r1080[still] / r1080[ref]:.2f}x the reference"
    )


if __name__ == "__main__":
    main()
