"""The auction and giveaway panels (issue 20) in every state, every theme, 16:9 and 9:16.

Each state is a golden picture at the width the layout gives it on a 1280×720 and a
720×1280 canvas. Laid out by the real scene with every other overlay on screen, the panels
overlap nothing else, and on 9:16 keep clear of the phone apps' own UI; those whole layouts
are golden pictures too (scripts/update-overlay-goldens rewrites them, to be looked at).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from studio.media.layers import Layer
from studio.overlays.auction import AuctionView, render_auction
from studio.overlays.giveaway import GiveawayView, render_giveaway
from studio.overlays.layout import Layout
from studio.overlays.painting import Rendered, image_to_array
from studio.overlays.poll import PollCard
from studio.overlays.preview import PreviewContent, preview_layers
from studio.overlays.theme import list_themes, load_theme
from studio.overlays.voucher import VoucherCard
from studio.show.catalog import Catalog
from tests.overlays.golden_util import compare_golden
from tests.overlays.test_vertical_layout import (
    QUESTION,
    assert_clear_of_phone_ui,
    compose_transparent,
)

THEMES = list_themes()
SHAPES = {"16x9": (1280, 720), "9x16": (720, 1280)}
JACKET = "Oversized Denim Jacket — washed indigo"
AUCTIONS = {
    "auction-live": AuctionView(JACKET, "$125", "live", 42, 60, 17, "Maya K.", extended=True),
    "auction-opening": AuctionView(
        "Cast-iron skillet 26 cm", "€10.00", "live", 7, 60, sudden_death=True, reserve_pending=True
    ),
    "auction-sold": AuctionView(JACKET, "$125", "sold", bids=17, leader="Lucía Fernández"),
    "auction-not-sold": AuctionView(JACKET, "$30", "not_sold", bids=3, reserve_pending=True),
}
VOUCHER = VoucherCard("20%", "AUTUMN10", 37, 100, 252)
POLL = PollCard("Tea or coffee?", ("Tea", "Coffee"), (62, 38), 88, (0,))
GIVEAWAYS = {
    "giveaway-open": GiveawayView(
        "Chai gift set", "Comment #win or buy anything to enter", "1,284", 1284, "open", 133, 300
    ),
    "giveaway-drawn": GiveawayView(
        "Chai gift set", "", "1,284", 1284, "drawn", winner="ليلى الحسن", seed="9f3a1c2b7d8e"
    ),
    "giveaway-no-entries": GiveawayView("Chai gift set", "", "0", 0, "drawn", seed="00ff"),
    # A community whose tiers weight the draw (docs/GIVEAWAYS.md) says so on air.
    "giveaway-weighted": GiveawayView(
        "Chai gift set",
        "Comment #win to enter",
        "1,284",
        1284,
        "open",
        133,
        300,
        odds=(("Insider", 2), ("Founding member", 3)),
    ),
}


def _render(state: str, layout: Layout) -> Rendered:
    if state in AUCTIONS:
        return render_auction(AUCTIONS[state], layout.theme, layout.scale, layout.engagement_width)
    return render_giveaway(GIVEAWAYS[state], layout.theme, layout.scale, layout.engagement_width)


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_every_panel_state_matches_its_golden_image(theme_name: str, shape: str) -> None:
    layout = Layout(*SHAPES[shape], load_theme(theme_name))
    failures = []
    for state in [*AUCTIONS, *GIVEAWAYS]:
        r = _render(state, layout)
        rgba = image_to_array(r.image)
        assert r.panel_w == round(layout.engagement_width)  # never wider than its place
        assert int((rgba[..., :3].max(axis=2).astype(int) - rgba[..., 3]).max()) <= 0
        try:
            compare_golden(f"{theme_name}-{shape}-{state}", rgba)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


def _box(lay: Layer, opaque: int = 128) -> tuple[int, int, int, int]:
    """The panel's own rectangle (pixels more than half opaque: shadows left out)."""
    ys, xs = np.nonzero(lay.rgba[..., 3] > opaque)
    return (
        lay.x + int(xs.min()),
        lay.y + int(ys.min()),
        lay.x + int(xs.max()),
        lay.y + int(ys.max()),
    )


def _assert_apart(layers: Sequence[Layer]) -> None:
    boxes = {lay.key.split(":")[1]: _box(lay) for lay in layers}
    for a in ("auction", "giveaway", "voucher", "poll"):
        if a not in boxes:
            continue
        for b, other in boxes.items():
            if b == a:
                continue
            x0, y0, x1, y1 = boxes[a]
            u0, v0, u1, v1 = other
            assert x1 < u0 or u1 < x0 or y1 < v0 or v1 < y0, f"{a} {boxes[a]} overlaps {b} {other}"


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("theme_name", THEMES)
@pytest.mark.parametrize("with_voucher_and_poll", [False, True], ids=["alone", "stacked"])
def test_both_panels_with_every_overlay_overlap_nothing(
    theme_name: str, shape: str, with_voucher_and_poll: bool, demo_catalog: Catalog
) -> None:
    """With every other overlay, then with the voucher and the poll on air too: the giveaway
    goes below the poll (and on 9:16 the auction below the voucher, a second row). With all
    four at once the pinned comment's column is full: that layout is checked without one."""
    w, h = SHAPES[shape]
    theme = load_theme(theme_name)
    content = PreviewContent(
        demo_catalog.get("DJ-001"),
        comment=None if with_voucher_and_poll else QUESTION,
        auction=AUCTIONS["auction-live"],
        giveaway=GIVEAWAYS["giveaway-weighted"],  # the tallest open giveaway
        voucher=VOUCHER if with_voucher_and_poll else None,
        poll=POLL if with_voucher_and_poll else None,
    )
    layers = preview_layers(w, h, theme, content)
    slots = {lay.key.split(":")[1] for lay in layers}
    assert {"auction", "giveaway", "card", "countdown", "lower_third"} <= slots
    assert with_voucher_and_poll == ({"voucher", "poll"} <= slots)
    _assert_apart(layers)
    layout = Layout(w, h, theme)
    if layout.portrait:
        assert_clear_of_phone_ui(layout, layers)
    else:
        for lay in layers:
            x0, y0, x1, y1 = _box(lay, 0)
            assert x0 >= 0 and y0 >= 0 and x1 < w and y1 < h
    name = "live-panels-stacked" if with_voucher_and_poll else "live-panels"
    compare_golden(f"{theme_name}-{shape}-{name}", compose_transparent(w, h, layers))


def test_a_weighted_draw_says_so_in_the_header_in_the_show_language() -> None:
    """While a weighted draw is open, a pill in the header gives the most tickets a tier
    holds (the show's language); an unweighted draw has none."""
    from studio.overlays.giveaway import GiveawayText, giveaway_panel

    weighted = GIVEAWAYS["giveaway-weighted"]
    assert giveaway_panel(weighted).tag == "Members ×3"
    assert giveaway_panel(weighted, GiveawayText("es")).tag == "Miembros ×3"
    assert giveaway_panel(GIVEAWAYS["giveaway-open"]).tag is None
