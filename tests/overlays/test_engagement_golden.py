"""The voucher card and the poll panel (issue 20): every state in every theme at 720p and
1080p, and the whole layout with them on screen at 16:9 and 9:16, compared with committed
pictures; on 9:16 nothing falls on the phone apps' UI and no panel covers another."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pytest

from studio.media.layers import Layer
from studio.overlays.layout import Layout
from studio.overlays.models import OverlayComment
from studio.overlays.painting import Rendered, image_to_array
from studio.overlays.poll import PollCard, PollText, render_poll
from studio.overlays.preview import PreviewContent, preview_layers
from studio.overlays.theme import list_themes, load_theme
from studio.overlays.voucher import VoucherCard, VoucherText, render_voucher
from studio.show.catalog import Catalog
from tests.overlays.golden_util import compare_golden
from tests.overlays.test_vertical_layout import assert_clear_of_phone_ui, compose_transparent

THEMES = list_themes()
SIZES = {"720p": (1280, 720), "1080p": (1920, 1080)}
VERTICAL = {"720x1280": (720, 1280), "1080x1920": (1080, 1920)}

RUNNING = VoucherCard("20%", "AUTUMN10", 37, 100, 252)
ALL_CLAIMED = VoucherCard("$5", "FIVE-OFF", 0, 50, 7)
ENDED = VoucherCard("15%", "GLAZE15", 12, 120, None, ended=True)
OPEN = PollCard(
    "Which colour should we drop next week?",
    ("Washed indigo", "Black", "Stone white", "Rust"),
    (42, 31, 19, 8),
    1234,
    (0,),
)
RESULT = PollCard("Tea or coffee?", ("Tea", "Coffee"), (50, 50), 88, (0, 1), closed=True)
LONG = PollCard(
    "هل تفضلون اللون الأزرق أم الأسود؟ Which one should we restock first — tell us now!",
    ("Indigo — the washed one from last week's show", "黒 Black", "Stone", "Rust red"),
    (34, 33, 33, 0),
    3,
    (0,),
)

KINDS: dict[str, Callable[[Layout], Rendered]] = {
    "voucher": lambda L: render_voucher(RUNNING, L.theme, L.scale, L.voucher_width),
    "voucher-all-claimed": lambda L: render_voucher(ALL_CLAIMED, L.theme, L.scale, L.voucher_width),
    "voucher-ended": lambda L: render_voucher(ENDED, L.theme, L.scale, L.voucher_width),
    "poll": lambda L: render_poll(OPEN, L.theme, L.scale, L.poll_width),
    "poll-result": lambda L: render_poll(RESULT, L.theme, L.scale, L.poll_width),
}


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_voucher_and_poll_states_match_golden_images(theme_name: str, size: str) -> None:
    layout = Layout(*SIZES[size], load_theme(theme_name))
    failures = []
    for kind, render in KINDS.items():
        rgba = image_to_array(render(layout).image)
        # Premultiplied: no colour channel may exceed its alpha.
        assert int((rgba[..., :3].max(axis=2).astype(int) - rgba[..., 3]).max()) <= 0
        try:
            compare_golden(f"{theme_name}-{size}-{kind}", rgba)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


def assert_apart(layers: Sequence[Layer]) -> None:
    """No two panels overlap (their drawn pixels' boxes, shadows aside: alpha > 96)."""
    boxes = []
    for lay in layers:
        ys, xs = np.nonzero(lay.rgba[..., 3] > 96)
        boxes.append(
            (lay.key, lay.x + xs.min(), lay.y + ys.min(), lay.x + xs.max(), lay.y + ys.max())
        )
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[3] < b[1] or b[3] < a[1] or a[4] < b[2] or b[4] < a[2]
            assert apart, f"{a[0]} overlaps {b[0]}: {a[1:]} {b[1:]}"


def _content(catalog: Catalog, poll: PollCard = OPEN) -> PreviewContent:
    question = OverlayComment("Mia", "Does the jacket run true to size? I'm usually an M", True)
    return PreviewContent(catalog.get("DJ-001"), comment=question, voucher=RUNNING, poll=poll)


@pytest.mark.parametrize("theme_name", THEMES)
def test_the_whole_16_9_layout_with_a_voucher_and_a_poll(
    theme_name: str, demo_catalog: Catalog
) -> None:
    theme = load_theme(theme_name)
    layers = preview_layers(1920, 1080, theme, _content(demo_catalog))
    keys = {lay.key.split(":")[1] for lay in layers}
    assert {"voucher", "poll", "comment", "card", "countdown"} <= keys
    assert_apart(layers)
    compare_golden(f"{theme_name}-1080p-engagement", compose_transparent(1920, 1080, layers))


@pytest.mark.parametrize("size", list(VERTICAL))
@pytest.mark.parametrize("theme_name", THEMES)
def test_the_whole_9_16_layout_keeps_clear_of_the_phone_ui(
    theme_name: str, size: str, demo_catalog: Catalog
) -> None:
    w, h = VERTICAL[size]
    theme = load_theme(theme_name)
    layers = preview_layers(w, h, theme, _content(demo_catalog))
    assert {"voucher", "poll", "comment"} <= {lay.key.split(":")[1] for lay in layers}
    assert_clear_of_phone_ui(Layout(w, h, theme), layers)
    assert_apart(layers)
    compare_golden(f"{theme_name}-vertical-{size}-engagement", compose_transparent(w, h, layers))


@pytest.mark.parametrize("theme_name", THEMES)
def test_long_mixed_script_polls_stay_inside_their_panel(
    theme_name: str, demo_catalog: Catalog
) -> None:
    for w, h in ((720, 1280), (1280, 720)):
        theme = load_theme(theme_name)
        layers = preview_layers(w, h, theme, _content(demo_catalog, LONG))
        layout = Layout(w, h, theme)
        if layout.portrait:
            assert_clear_of_phone_ui(layout, layers)
        assert_apart(layers)
        poll = next(lay for lay in layers if ":poll:" in lay.key)
        assert poll.width <= layout.poll_width + 2 * 40 * layout.scale  # panel + shadow pad


@pytest.mark.parametrize("language", ["es", "zh_TW"])
def test_the_cards_speak_the_shows_language(language: str) -> None:
    """A show for Spanish- or Chinese-speaking buyers: the fixed words in their language."""
    layout = Layout(1280, 720, load_theme("default"))
    voucher = render_voucher(
        RUNNING, layout.theme, layout.scale, layout.voucher_width, text=VoucherText(language)
    )
    poll = render_poll(OPEN, layout.theme, layout.scale, layout.poll_width, text=PollText(language))
    compare_golden(f"default-720p-voucher-{language}", image_to_array(voucher.image))
    compare_golden(f"default-720p-poll-{language}", image_to_array(poll.image))
    assert VoucherText(language).ends_in != VoucherText("en").ends_in
    assert PollText(language).votes(2) != PollText("en").votes(2)
