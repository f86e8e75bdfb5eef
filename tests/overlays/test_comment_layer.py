"""The pinned comment's layer: readable, beside the title lower third, never over it or the card.

Every theme at 16:9 (720p, 1080p) and 9:16 (720×1280, 1080×1920), with every other overlay
on screen and the longest comment, checked on the composed pixels: no pixel where the comment
panel and the title's or the card's panel are both solid.
"""

from __future__ import annotations

import numpy as np
import pytest

from studio.media.layers import Layer
from studio.overlays.comment import NAME_PX, TEXT_PX, render_comment
from studio.overlays.layout import Layout
from studio.overlays.models import OrderAlert, OverlayComment, Supporter
from studio.overlays.painting import image_to_array
from studio.overlays.scene import OverlayScene, Z
from studio.overlays.theme import list_themes, load_theme
from studio.show.catalog import Catalog

SIZES = [(1280, 720), (1920, 1080), (720, 1280), (1080, 1920)]
LONG = OverlayComment(
    "Maximilian Alexander von Hohenzollern-Sigmaringen",
    "Does the jacket run small? I am usually an M but an L in some brands, and I want to "
    "wear a hoodie under it. Is the colour closer to the photo or darker in daylight? " * 3,
    question=True,
)


def solid(layer: Layer, width: int, height: int) -> np.ndarray:
    """The frame-sized mask of the layer's solid pixels (its panel, not its soft shadow)."""
    mask = np.zeros((height, width), bool)
    a = layer.rgba[..., 3] >= 200
    y0, x0 = max(0, layer.y), max(0, layer.x)
    y1, x1 = min(height, layer.y + layer.height), min(width, layer.x + layer.width)
    mask[y0:y1, x0:x1] = a[y0 - layer.y : y1 - layer.y, x0 - layer.x : x1 - layer.x]
    return mask


def at_rest(scene: OverlayScene) -> dict[int, Layer]:
    scene.wait_idle()
    scene.layers_at(0.0)
    scene.wait_idle()
    return {lay.z: lay for lay in scene.layers_at(5.0)}


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("theme", list_themes())
def test_the_comment_never_covers_the_title_or_the_card(
    theme: str, size: tuple[int, int], demo_catalog: Catalog
) -> None:
    w, h = size
    with OverlayScene(w, h, theme) as scene:
        scene.set_show_title(
            "Spring Denim Drop 🔥 Live", "with Ava · new arrivals every 10 minutes"
        )
        scene.set_pinned(demo_catalog.get("DJ-001"), sold=1200)
        scene.set_supporters([Supporter("Mia Chen", 12_480), Supporter("Jun", 9_310)])
        scene.push_order(OrderAlert("Mia", "Oversized Denim Jacket — washed indigo", 2, "Taipei"))
        scene.set_comment(LONG)
        layers = at_rest(scene)
    comment = layers[Z["comment"]]
    mine = solid(comment, w, h)
    assert mine.sum() > 0
    for other in ("lower_third", "card", "toast", "supporters", "countdown"):
        if Z[other] in layers:
            overlap = mine & solid(layers[Z[other]], w, h)
            assert not overlap.any(), f"the comment covers the {other} ({overlap.sum()} px)"
    # Inside the frame, and above the title in the same column.
    title = layers[Z["lower_third"]]
    assert comment.x >= 0 and comment.y >= 0
    assert comment.x + comment.width <= w and comment.y + comment.height <= h
    assert comment.y < title.y


def test_without_a_title_the_comment_takes_the_lower_thirds_place(demo_catalog: Catalog) -> None:
    with OverlayScene(1280, 720, "default") as scene:
        scene.set_pinned(demo_catalog.get("DJ-001"))
        scene.set_comment(OverlayComment("Ana", "Is it machine-washable?"))
        alone = at_rest(scene)[Z["comment"]]
        scene.set_show_title("Spring Denim Drop", "with Ava")
        both = at_rest(scene)
    assert both[Z["comment"]].y < alone.y  # moved up to make room for the title
    assert solid(both[Z["comment"]], 1280, 720).any()
    assert not (
        solid(both[Z["comment"]], 1280, 720) & solid(both[Z["lower_third"]], 1280, 720)
    ).any()


def test_taking_the_comment_off_leaves_the_title(demo_catalog: Catalog) -> None:
    with OverlayScene(1280, 720, "denim") as scene:
        scene.set_show_title("Spring Denim Drop", "with Ava")
        scene.set_comment(OverlayComment("Ana", "Is it machine-washable?"))
        before = at_rest(scene)
        scene.set_comment(None)
        scene.wait_idle()
        scene.layers_at(10.0)  # the comment starts leaving
        after = {lay.z: lay for lay in scene.layers_at(11.0)}
    assert Z["comment"] in before and Z["comment"] not in after
    assert after[Z["lower_third"]].rgba is before[Z["lower_third"]].rgba  # untouched


@pytest.mark.parametrize("theme", list_themes())
def test_the_comment_reads_larger_than_its_author(theme: str) -> None:
    """Measured on the pixels: the comment's capital H stands taller than the name's."""
    t = load_theme(theme)
    # The theme with the name in pure red and the text in pure green, to tell their ink apart.
    colors = t.colors.model_copy(update={"accent": (255, 0, 0, 255), "text": (0, 255, 0, 255)})
    t = t.model_copy(update={"colors": colors, "shadow": False})
    L = Layout(1920, 1080, t)
    r = render_comment(OverlayComment("HHHH", "HHHH"), t, L.scale, L.comment_max_width)
    px = image_to_array(r.image).astype(int)

    def ink_rows(rgb: tuple[int, int, int]) -> int:
        close = (np.abs(px[..., :3] - np.array(rgb)).sum(axis=-1) < 60) & (px[..., 3] > 200)
        rows = np.flatnonzero(close.sum(axis=1) >= 10)  # more ink than the accent bar
        return int(rows.max() - rows.min() + 1) if rows.size else 0

    name_h, text_h = ink_rows((255, 0, 0)), ink_rows((0, 255, 0))
    assert name_h > 0 and text_h > 1.3 * name_h, (name_h, text_h)
    assert TEXT_PX > NAME_PX
    assert r.panel_w <= L.comment_max_width


def test_an_endless_comment_is_cut_to_three_lines_with_an_ellipsis() -> None:
    t = load_theme("default")
    L = Layout(1280, 720, t)
    three = render_comment(LONG, t, L.scale, L.comment_max_width)
    one = render_comment(LONG, t, L.scale, L.comment_max_width, max_lines=1)
    assert three.panel_h > one.panel_h and three.panel_w <= L.comment_max_width
    assert three.panel_h < 260 * L.scale
