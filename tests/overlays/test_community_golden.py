"""Community moments on air (issue 21): the supporters strip with tiers, the tier-up and the
"welcome back" toasts, in every theme at 16:9 and on the 9:16 vertical layout, compared with
committed pictures; and through the scene, a member moment goes ahead of waiting order toasts
and is never merged into a burst summary."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from studio.overlays.alerts import render_toast
from studio.overlays.community import (
    MAX_BOARD_NAME,
    BoardRow,
    MemberToast,
    member_message,
    render_reseller_board,
)
from studio.overlays.layout import Layout
from studio.overlays.models import OrderAlert, OverlayText, Supporter
from studio.overlays.painting import Rendered, image_to_array
from studio.overlays.scene import OverlayScene
from studio.overlays.supporters import render_supporters
from studio.overlays.theme import list_themes, load_theme
from tests.overlays.golden_util import compare_golden

THEMES = list_themes()
CANVASES = {"1080p": (1920, 1080), "1080x1920": (1080, 1920)}
TEXT = OverlayText()

SUPPORTERS = (
    Supporter("Mia Chen", 12_480, "Founding member"),
    Supporter("김지우", 9_310, "Insider"),
    Supporter("ليلى", 7_905, None),
)
TIER_UP = MemberToast("Mia Chen", "Founding member", True, "Insider")
WELCOME = MemberToast("ليلى حسن", "会员 Insider", False)
BOARD = (
    BoardRow("Kitchen with Kemi", 12, "€1,284"),
    BoardRow("小林の台所", 7, "€655"),
    BoardRow("متجر الزاوية", 1, "€49"),
)


def _toast(t: MemberToast) -> Callable[[Layout], Rendered]:
    def render(L: Layout) -> Rendered:
        msg, bold, icon = member_message(t, TEXT)
        return render_toast(msg, bold, L.theme, L.scale, L.toast_max_width, icon=icon)

    return render


KINDS: dict[str, Callable[[Layout], Rendered]] = {
    "supporters-tiers": lambda L: render_supporters(
        SUPPORTERS, L.theme, L.scale, L.supporters_max_width
    ),
    "reseller-board": lambda L: render_reseller_board(
        BOARD, L.theme, L.scale, L.supporters_max_width, TEXT
    ),
    "tier-up": _toast(TIER_UP),
    "welcome-back": _toast(WELCOME),
}


@pytest.mark.parametrize("canvas", list(CANVASES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_member_moments_match_golden_images(theme_name: str, canvas: str) -> None:
    layout = Layout(*CANVASES[canvas], load_theme(theme_name))
    failures = []
    for kind, render in KINDS.items():
        r = render(layout)
        assert r.panel_w <= layout.safe.w + 1, f"{kind} wider than the safe area"
        rgba = image_to_array(r.image)
        assert int((rgba[..., :3].max(axis=2).astype(int) - rgba[..., 3]).max()) <= 0
        try:
            compare_golden(f"{theme_name}-{canvas}-{kind}", rgba)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("canvas", list(CANVASES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_the_reseller_board_gives_names_of_up_to_18_characters_their_width(
    theme_name: str, canvas: str
) -> None:
    """Three 18-character names fit whole in the strip's room (16:9: up to the auction), so
    the board is narrower than its room and nothing was shortened; a longer name is cut."""
    layout = Layout(*CANVASES[canvas], load_theme(theme_name))
    room = layout.supporters_max_width
    assert MAX_BOARD_NAME == 18
    whole = render_reseller_board(BOARD, layout.theme, layout.scale, room, TEXT)
    assert whole.panel_w < room - 40 * layout.scale  # the golden's names all fit in full
    rows = tuple(BoardRow("Wholesale Kitchen " + x, 3, "€99") for x in "ABC")  # 19 characters
    cut = render_reseller_board(rows, layout.theme, layout.scale, room, TEXT)
    assert cut.panel_w <= room
    assert whole.panel_h <= layout._top_band() + 2 and cut.panel_h == whole.panel_h


def test_the_words_name_the_member_and_the_tier() -> None:
    msg, bold, icon = member_message(TIER_UP, TEXT)
    assert msg == "Mia Chen is now Founding member!" and icon == "⭐"
    assert [msg[a:b] for a, b in bold] == ["Mia Chen", "Founding member"]
    msg, bold, _ = member_message(WELCOME, TEXT)
    assert msg == "Welcome back, ليلى حسن · 会员 Insider"


def test_a_member_moment_goes_first_and_is_never_merged_into_a_burst() -> None:
    scene = OverlayScene(1280, 720, "default")
    try:
        scene.set_on_air(True)
        for i in range(12):  # a burst: summed up in one toast
            scene.push_order(OrderAlert(f"Buyer {i}", "Mug"))
        scene.push_member(TIER_UP)
        with scene._lock:
            first = scene._alerts[0]
        assert first == TIER_UP
        assert scene.wait_idle(10)
        with scene._lock:
            left = list(scene._alerts)
        assert TIER_UP not in left and len(left) == 12  # the moment alone was taken
    finally:
        scene.close()
