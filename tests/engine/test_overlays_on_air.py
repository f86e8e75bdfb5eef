"""The product card is really in the broadcast: pixels of what arrived match the overlay."""

from __future__ import annotations

import time
from pathlib import Path

import av
import numpy as np

from studio.capture.testpattern import TestPatternSource, TestToneSource
from studio.engine.pipeline import Pipeline, PipelineConfig
from studio.overlays.scene import OverlayScene
from studio.show.catalog import load_catalog

ASSETS = Path(__file__).resolve().parents[2] / "assets"


def frame_at(path: Path, t: float) -> np.ndarray:
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            if f.time is not None and f.time >= t:
                return f.to_ndarray(format="rgb24").astype(np.int16)
    raise AssertionError(f"no frame at {t} s in {path}")


def test_pinned_card_arrives_in_the_stream(nginx_rtmp, tmp_path: Path) -> None:
    catalog = load_catalog(ASSETS / "demo" / "catalog.csv")
    scene = OverlayScene(1280, 720, "denim")
    scene.set_pinned(catalog.products[0])
    scene.wait_idle(10)
    p = Pipeline(
        PipelineConfig(
            video=TestPatternSource(), audio=TestToneSource(), urls=[nginx_rtmp.url("card")],
            overlays=scene,
        )
    )  # fmt: skip
    p.start()
    time.sleep(4)
    card = next(layer for layer in scene.layers_at(p.clock.now()) if "card" in layer.key)
    p.stop()
    scene.close()
    [flv] = nginx_rtmp.wait_recordings(1)
    start = float(probe_start(flv))
    frame = frame_at(flv, start + 3.0)
    opaque = card.rgba[..., 3] == 255
    assert opaque.sum() > 10_000
    ys, xs = np.nonzero(opaque)
    region = frame[card.y + ys, card.x + xs]
    expected = card.rgba[ys, xs, :3].astype(np.int16)
    on_air = np.abs(region - expected).mean()
    assert on_air < 8, on_air  # the card's pixels, through YUV 4:2:0 and H.264
    # The same comparison against a frame of the bare pattern would fail: the check can fail.
    bare = frame_at(flv, start + 0.0)[: card.height, : card.width][ys, xs]
    assert np.abs(bare - expected).mean() > 30


def probe_start(path: Path) -> float:
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            return float(f.time or 0.0)
    return 0.0
