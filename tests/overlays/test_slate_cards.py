"""The scenes' slate cards (issue 19): in the show's language, and on a 9:16 canvas out of
what phone apps draw over the picture (the top bar, the side margins, the action rail down the
right from 42 % of the height) and above the shop's title and cards; the accent stripe follows
the card's rounded corners."""

from __future__ import annotations

import time

from studio.media.scenes import Slate, SlateKind
from studio.overlays.slates import SlateCards, render_placed_slate, slate_headline
from studio.overlays.theme import PhoneSafeArea

SAFE = PhoneSafeArea()


def test_a_slate_speaks_the_shows_language_unless_it_has_its_own_title() -> None:
    assert slate_headline(Slate(SlateKind.BRB), "zh_TW") == "馬上回來"
    assert slate_headline(Slate(SlateKind.STARTING), "es") == "Empezamos pronto"
    assert slate_headline(Slate(SlateKind.ENDING), "en") == "Thanks for watching"
    assert slate_headline(Slate(SlateKind.BRB, title="Back at 8"), "zh_TW") == "Back at 8"


def test_on_9_16_the_card_stays_between_the_top_bar_and_the_action_rail() -> None:
    w, h = 720, 1280
    for countdown in ("4:59", None):
        rgba, x, y = render_placed_slate("Starting soon", countdown, "Autumn Pantry Live", w, h)
        lh, lw = rgba.shape[:2]
        assert y >= SAFE.top_bar * h and y + lh <= SAFE.rail_top * h, (y, lh)
        assert x >= SAFE.margin * w - 1 and x + lw <= (1 - SAFE.margin) * w + 1, (x, lw)
        # The card is seen: its panel is opaque in the middle.
        assert rgba[lh // 2, lw // 2, 3] > 150


def test_on_a_tall_canvas_a_card_too_tall_for_the_band_ends_before_the_rail() -> None:
    w, h = 720, 1000  # a shorter band (300 px) than the card with a countdown and subtitle
    rgba, x, y = render_placed_slate("Starting soon", "4:59", "Autumn Pantry Live", w, h)
    lh, lw = rgba.shape[:2]
    assert lh > (SAFE.rail_top - SAFE.top_bar) * h  # it did not fit above the rail
    assert x >= SAFE.margin * w - 1 and x + lw <= (1 - SAFE.action_rail) * w + 1, (x, lw)
    assert y >= SAFE.top_bar * h and y + lh <= (1 - SAFE.comments) * h, (y, lh)


def test_on_16_9_the_card_is_centred_and_its_accent_keeps_the_rounded_corners() -> None:
    rgba, x, y = render_placed_slate("Be right back", None, "", 1280, 720)
    lh, lw = rgba.shape[:2]
    assert abs((x + lw / 2) - 640) <= 2 and abs((y + lh / 2) - 360) <= 2
    assert rgba[0, 0, 3] == 0  # the corner is cut round, the accent stripe too
    assert rgba[1, lw // 2, 3] == 255 and rgba[1, lw // 2, 0] > 200  # the accent, pink


def test_slate_cards_render_in_the_language_the_show_has_now() -> None:
    language = ["en"]
    cards = SlateCards(language=lambda: language[0])
    try:
        slate = Slate(SlateKind.BRB)

        def layer_key() -> str:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                layers = cards.slate_layers(slate, 720, 1280)
                want = f"slate:{slate_headline(slate, language[0])}"
                if layers and layers[0].key == want:
                    return layers[0].key
                time.sleep(0.05)
            raise AssertionError("no card rendered")

        assert layer_key() == "slate:Be right back"
        language[0] = "pt_BR"
        assert layer_key() == "slate:Já voltamos"
        layer = cards.slate_layers(slate, 720, 1280)[0]
        assert SAFE.top_bar * 1280 <= layer.y and layer.x >= SAFE.margin * 720 - 1
    finally:
        cards.close()


def test_slate_cards_carry_the_shows_title_as_it_is_now() -> None:
    title = [""]
    cards = SlateCards(subtitle=lambda: title[0], language=lambda: "en")
    try:
        slate = Slate(SlateKind.ENDING)

        def card() -> tuple[int, int]:
            deadline = time.monotonic() + 10
            want = (slate_headline(slate, "en"), None, title[0], 1280, 720)
            while time.monotonic() < deadline:
                layers = cards.slate_layers(slate, 1280, 720)
                if layers and cards._cache.get(want) is layers[0]:
                    return layers[0].rgba.shape[:2]
                time.sleep(0.05)
            raise AssertionError("no card rendered")

        bare = card()
        title[0] = "Autumn Pantry Live"
        titled = card()
        assert titled[0] > bare[0]  # a line more: the show's title under the words
    finally:
        cards.close()
