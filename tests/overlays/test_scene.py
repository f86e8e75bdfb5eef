"""The scene the engine polls: cheap at rest, animated on change, safe from any thread."""

from __future__ import annotations

import argparse
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from studio.commands import overlay_preview
from studio.media.layers import Layer
from studio.overlays.layout import Layout
from studio.overlays.models import OrderAlert, Supporter
from studio.overlays.preview import PreviewContent, render_preview
from studio.overlays.scene import ANIM_S, OverlayScene
from studio.overlays.theme import list_themes, load_theme
from studio.show.catalog import Catalog
from tests.overlays.conftest import DEMO_CATALOG


@pytest.fixture
def scene():
    s = OverlayScene(1280, 720, "default")
    yield s
    s.close()


def by_z(layers, z: int) -> list[Layer]:
    return [lay for lay in layers if lay.z == z]


def test_pinned_card_slides_in_then_rests_as_the_same_cached_layer(
    scene: OverlayScene, demo_catalog: Catalog
) -> None:
    scene.set_pinned(demo_catalog.get("DJ-001"))
    assert scene.wait_idle()
    first = by_z(scene.layers_at(10.0), 20)  # first poll starts the enter animation
    assert len(first) == 1 and first[0].opacity < 0.05
    mid = by_z(scene.layers_at(10.0 + ANIM_S / 2), 20)[0]
    assert 0.3 < mid.opacity < 1.0
    rest1 = by_z(scene.layers_at(11.0), 20)[0]
    rest2 = by_z(scene.layers_at(11.1), 20)[0]
    assert rest1.opacity == 1.0 and rest1 is rest2  # at rest: no new objects per frame
    assert rest1.x < mid.x  # slid in from the right
    assert rest1.rgba.flags.writeable is False


def test_updating_the_same_product_swaps_pixels_without_re_animating(
    scene: OverlayScene, demo_catalog: Catalog
) -> None:
    p = demo_catalog.get("DJ-001")
    scene.set_pinned(p)
    scene.wait_idle()
    scene.layers_at(0.0)
    before = by_z(scene.layers_at(1.0), 20)[0]
    scene.set_pinned(replace(p, stock=1), sold=2000)
    scene.wait_idle()
    after = by_z(scene.layers_at(1.1), 20)[0]
    assert after.key != before.key and after.opacity == 1.0
    assert not np.array_equal(after.rgba, before.rgba)


def test_pinning_another_product_exits_the_old_card_first(
    scene: OverlayScene, demo_catalog: Catalog
) -> None:
    scene.set_pinned(demo_catalog.get("DJ-001"))
    scene.wait_idle()
    scene.layers_at(0.0)
    old = by_z(scene.layers_at(1.0), 20)[0]
    scene.set_pinned(demo_catalog.get("SN-200"))
    scene.wait_idle()
    leaving = by_z(scene.layers_at(2.0), 20)
    assert [lay.key for lay in leaving] == [old.key]
    later = by_z(scene.layers_at(2.0 + 2 * ANIM_S + 0.05), 20)
    assert len(later) == 1 and later[0].key != old.key and later[0].opacity == 1.0
    scene.set_pinned(None)
    scene.wait_idle()
    scene.layers_at(3.0)
    assert by_z(scene.layers_at(3.0 + ANIM_S + 0.01), 20) == []


def test_countdown_counts_to_an_absolute_time_turns_urgent_and_ends(scene: OverlayScene) -> None:
    t0 = 100.0
    scene.start_countdown(time.time() + 12, t0)
    scene.wait_idle()
    keys = {}
    for dt in (0.5, 1.5, 6.5, 13.0):
        scene.layers_at(t0 + dt - 0.01)  # lets the worker know where the clock is
        scene.wait_idle()
        lay = by_z(scene.layers_at(t0 + dt), 40)
        assert len(lay) == 1
        keys[dt] = lay[0]
    assert len({lay.key for lay in keys.values()}) == 4  # a new face each second
    calm, urgent = keys[0.5].rgba, keys[6.5].rgba
    red = urgent[..., 0].astype(int) - urgent[..., 2].astype(int)
    assert red.mean() > 40 > (calm[..., 0].astype(int) - calm[..., 2].astype(int)).mean()
    # "Ended" stays a while, then the countdown leaves.
    assert (
        by_z(scene.layers_at(t0 + 12 + 30), 40) == []
        or by_z(scene.layers_at(t0 + 12 + 31), 40) == []
    )


def test_order_bursts_are_merged_and_rate_limited(scene: OverlayScene) -> None:
    scene.push_order(OrderAlert("Mia", "Denim Jacket", 2, "Taipei"))
    scene.wait_idle()
    for i in range(24):
        scene.push_order(OrderAlert(f"Buyer{i}", "Denim Jacket", 1, "Taipei"))
    seen: list[str] = []
    t = 0.0
    while t < 20:
        scene.wait_idle()
        toasts = by_z(scene.layers_at(t), 50)
        assert len(toasts) <= 1  # never two toasts on top of each other
        for lay in toasts:
            if lay.key not in seen:
                seen.append(lay.key)
        t += 1 / 10
    # One toast for the first order, then one summary for the burst: not 25 toasts.
    assert len(seen) == 2


def test_setters_from_many_threads_while_the_engine_polls(
    scene: OverlayScene, demo_catalog: Catalog
) -> None:
    products = list(demo_catalog)
    stop = threading.Event()
    errors: list[BaseException] = []

    def hammer(n: int) -> None:
        try:
            i = 0
            while not stop.is_set():
                i += 1
                scene.set_pinned(products[(i + n) % len(products)], sold=i)
                scene.push_order(OrderAlert(f"T{n}", "Sneakers", 2))
                scene.set_supporters([Supporter(f"S{n}", i)])
                scene.set_show_title(f"Show {i}")
                if i % 7 == 0:
                    scene.start_countdown(time.time() + 30, i * 0.01)
                time.sleep(0.002)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=hammer, args=(n,)) for n in range(4)]
    for th in threads:
        th.start()
    t = 0.0
    polls = 0
    deadline = time.monotonic() + 1.5
    while time.monotonic() < deadline:
        for lay in scene.layers_at(t):
            assert isinstance(lay, Layer) and lay.rgba.dtype == np.uint8
            assert 0.0 <= lay.opacity <= 1.0
        t += 1 / 30
        polls += 1
    stop.set()
    for th in threads:
        th.join()
    assert not errors and polls > 10
    assert scene.wait_idle()
    zs = [lay.z for lay in scene.layers_at(t + 5)]
    assert zs == sorted(zs)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1080, 1920), (720, 1280)])
@pytest.mark.parametrize("theme_name", list_themes())
def test_everything_fits_the_safe_area_without_overlapping(
    size: tuple[int, int], theme_name: str, demo_catalog: Catalog
) -> None:
    w, h = size
    theme = load_theme(theme_name)
    with OverlayScene(w, h, theme) as scene:
        scene.set_pinned(demo_catalog.get("DJ-001"))
        scene.set_show_title("A really quite long show title for the spring denim drop " * 3)
        scene.set_supporters(
            [Supporter("Maximilian Alexander von Longname", 99999), Supporter("김지우", 5)]
        )
        scene.push_order(OrderAlert("Someone with a long name", "Very long product " * 9, 3))
        scene.start_countdown(time.time() + 3700, 0.0)  # over an hour: h:mm:ss
        scene.wait_idle()
        scene.layers_at(0.0)
        scene.wait_idle()
        layers = scene.layers_at(1.0)
    assert len(layers) == 5
    safe = Layout(w, h, theme).safe
    boxes = []
    for lay in layers:
        # The whole layer (shadow included) is on the frame: nothing clipped.
        assert lay.x >= 0 and lay.y >= 0, lay.key
        assert lay.x + lay.width <= w and lay.y + lay.height <= h, lay.key
        ys, xs = np.nonzero(lay.rgba[..., 3] > 250)  # the solid panel, not its shadow
        box = (lay.x + xs.min(), lay.y + ys.min(), lay.x + xs.max(), lay.y + ys.max())
        assert box[0] >= safe.x - 1 and box[1] >= safe.y - 1, lay.key
        assert box[2] <= safe.right + 1 and box[3] <= safe.bottom + 1, lay.key
        boxes.append((lay.key, box))
    for i, (ka, a) in enumerate(boxes):
        for kb, b in boxes[i + 1 :]:
            overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
            assert not overlap, f"{ka} overlaps {kb}"


def test_layers_at_never_raises(scene: OverlayScene) -> None:
    scene._slots["card"] = None  # type: ignore[assignment]  # simulate an internal bug
    assert scene.layers_at(1.0) == ()


def test_preview_command_writes_a_png(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    overlay_preview.register(parser.add_subparsers())
    out = tmp_path / "frame.png"
    args = parser.parse_args(
        [
            "overlay-preview",
            "--catalog",
            str(DEMO_CATALOG),
            "--pin",
            "KB-010",
            "--theme",
            "kbeauty",
            "--size",
            "1080x1920",
            "--countdown",
            "90",
            "--out",
            str(out),
        ]
    )
    assert args.func(args) == 0
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1080, 1920)


def test_preview_renders_all_overlay_kinds(demo_catalog: Catalog) -> None:
    frame = render_preview(1280, 720, "neon-night", PreviewContent(demo_catalog.get("SN-200")))
    assert frame.shape == (720, 1280, 4) and (frame[..., 3] == 255).all()


def test_the_live_tag_is_on_the_lower_third_only_while_on_air() -> None:
    """Off air (the window's preview before Go Live and after End show) the lower third must
    not claim LIVE; on air it does."""
    theme = load_theme("default")
    live_red = np.array(theme.colors.live[:3])

    def lower_third(on_air: bool) -> np.ndarray:
        with OverlayScene(1280, 720, theme) as scene:
            scene.set_show_title("Vintage denim night", "with Maya")
            scene.set_on_air(on_air)
            assert scene.wait_idle()
            time.sleep(ANIM_S + 0.1)
            (lay,) = [x for x in scene.layers_at(10.0) if "lower_third" in x.key]
            return lay.rgba

    def red_pixels(rgba: np.ndarray) -> int:
        close = np.abs(rgba[..., :3].astype(int) - live_red).sum(axis=2) < 40
        return int((close & (rgba[..., 3] > 200)).sum())

    on, off = lower_third(True), lower_third(False)
    assert red_pixels(on) > 200  # the red LIVE pill
    assert red_pixels(off) == 0
    assert off.shape[1] < on.shape[1]  # and no gap left where it was
