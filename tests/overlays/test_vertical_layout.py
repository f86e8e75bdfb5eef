"""Every theme's 9:16 layout keeps clear of the phone apps' own UI, at 720×1280 and 1080×1920.

Phone shopping apps draw a top bar, a comment feed with a buy bar and a rail of buttons over
the picture; the theme says where (`vertical.safe_area`). Every overlay kind at once (card,
countdown, order toast, supporters, title lower third, pinned comment) is laid out by the real
scene and checked pixel by pixel: nothing, not even a shadow, falls in those zones or off the
canvas. The whole layout is also a golden picture per theme and size (transparent where no
overlay is; scripts/update-overlay-goldens rewrites them, to be looked at before committing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from studio.media.layers import Layer
from studio.overlays.layout import Layout
from studio.overlays.models import OrderAlert, OverlayComment
from studio.overlays.preview import PreviewContent, preview_layers
from studio.overlays.theme import ThemeError, list_themes, load_theme
from studio.show.catalog import Catalog
from tests.overlays.golden_util import compare_golden

THEMES = list_themes()
SIZES = {"720x1280": (720, 1280), "1080x1920": (1080, 1920)}
EVERY_KIND = {"card", "countdown", "toast", "supporters", "lower_third", "comment"}
QUESTION = OverlayComment("Mia", "Does the jacket run true to size? I'm usually an M", True)
LONG_QUESTION = OverlayComment(
    "ليلى الحسن",
    "هل يتوفر هذا المنتج بمقاس أكبر؟ Is it available in XL, and does it ship to Dubai "
    "before the weekend? 春季新品もありますか",
    True,
)


def compose_transparent(width: int, height: int, layers: Sequence[Layer]) -> np.ndarray:
    """Premultiplied "over" of the layers onto a transparent frame (what the golden holds)."""
    frame = np.zeros((height, width, 4), np.float32)
    for lay in sorted(layers, key=lambda item: item.z):
        src = lay.rgba.astype(np.float32) * lay.opacity
        a = src[..., 3:4] / 255.0
        dst = frame[lay.y : lay.y + lay.height, lay.x : lay.x + lay.width]
        dst[...] = src[: dst.shape[0], : dst.shape[1]] + dst * (
            1.0 - a[: dst.shape[0], : dst.shape[1]]
        )
    out: np.ndarray = np.clip(frame + 0.5, 0, 255).astype(np.uint8)
    return out


def assert_clear_of_phone_ui(layout: Layout, layers: Sequence[Layer]) -> None:
    """Every pixel any layer draws (alpha > 0) is on the canvas (nothing clipped) and in no
    zone where the phone apps draw their UI (the bounding box of those pixels, to be strict)."""
    zones = layout.phone_zones()
    assert set(zones) == {"top_bar", "comments", "action_rail", "left_edge", "right_edge"}
    for lay in layers:
        ys, xs = np.nonzero(lay.rgba[..., 3])
        x0, x1 = lay.x + int(xs.min()), lay.x + int(xs.max()) + 1
        y0, y1 = lay.y + int(ys.min()), lay.y + int(ys.max()) + 1
        where = f"{lay.key} drawn at x {x0}..{x1}, y {y0}..{y1}"
        assert min(x0, y0) >= 0 and x1 <= layout.width and y1 <= layout.height, where
        for name, z in zones.items():
            apart = x1 <= z.x or x0 >= z.right or y1 <= z.y or y0 >= z.bottom
            assert apart, f"{where}: on the {name} ({z})"


def _slots(layers: Sequence[Layer]) -> set[str]:
    return {lay.key.split(":")[1] for lay in layers}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_every_overlay_at_once_keeps_clear_of_the_phone_ui(
    theme_name: str, size: str, demo_catalog: Catalog
) -> None:
    w, h = SIZES[size]
    theme = load_theme(theme_name)
    content = PreviewContent(demo_catalog.get("DJ-001"), comment=QUESTION)
    layers = preview_layers(w, h, theme, content)
    assert _slots(layers) == EVERY_KIND
    assert all(lay.opacity == 1.0 for lay in layers)  # at rest, where they stay
    layout = Layout(w, h, theme)
    assert_clear_of_phone_ui(layout, layers)
    # The card is a strip across the foot of the free area, the widest panel there is.
    card = next(lay for lay in layers if "card" in lay.key)
    assert card.y + card.height > layout.phone_zones()["comments"].y - 0.1 * h
    compare_golden(f"{theme_name}-vertical-{size}", compose_transparent(w, h, layers))


@pytest.mark.parametrize("theme_name", THEMES)
def test_the_longest_texts_stay_clear_too(theme_name: str, demo_catalog: Catalog) -> None:
    """Right-to-left and CJK product titles, a long mixed-script question, a burst of orders
    merged into one toast: still inside the free area at 720×1280."""
    theme = load_theme(theme_name)
    for sku in ("AR-300", "KB-010"):
        product = demo_catalog.get(sku)
        alert = OrderAlert(
            "Anastasia Konstantinou", product.title, quantity=12, city="Thessaloniki"
        )
        content = PreviewContent(product, comment=LONG_QUESTION, alert=alert, sold=1234)
        layers = preview_layers(720, 1280, theme, content)
        assert _slots(layers) == EVERY_KIND
        assert_clear_of_phone_ui(Layout(720, 1280, theme), layers)


def test_the_safe_area_is_theme_data(tmp_path: Path, demo_catalog: Catalog) -> None:
    data = json.loads((Path(load_theme("default").folder or ".") / "theme.json").read_text())
    data["vertical"] = {"safe_area": {"action_rail": 0.25, "comments": 0.4}}
    (tmp_path / "wide-rail").mkdir()
    (tmp_path / "wide-rail" / "theme.json").write_text(json.dumps(data))
    theme = load_theme(tmp_path / "wide-rail")
    layout = Layout(720, 1280, theme)
    zones = layout.phone_zones()
    assert zones["action_rail"].x == 540 and zones["comments"].y == 768
    content = PreviewContent(demo_catalog.get("DJ-001"), comment=QUESTION)
    layers = preview_layers(720, 1280, theme, content)
    assert_clear_of_phone_ui(layout, layers)
    card = next(lay for lay in layers if "card" in lay.key)
    assert card.x + card.width <= 540  # narrower, left of the wider rail
    # A 16:9 canvas has no phone UI: the same theme lays out as before there.
    assert Layout(1280, 720, theme).phone_zones() == {}
    data["vertical"] = {"safe_area": {"action_rail": 1.5}}
    (tmp_path / "wide-rail" / "theme.json").write_text(json.dumps(data))
    with pytest.raises(ThemeError, match=r"vertical\.safe_area\.action_rail"):
        load_theme(tmp_path / "wide-rail")
