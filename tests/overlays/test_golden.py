"""Every overlay kind in every theme at 720p and 1080p, compared with committed pictures."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import numpy as np
import pytest

from studio.overlays.alerts import alert_message, render_toast
from studio.overlays.card import render_card
from studio.overlays.countdown import render_countdown
from studio.overlays.layout import Layout
from studio.overlays.lower_third import render_lower_third
from studio.overlays.models import OrderAlert
from studio.overlays.painting import Rendered, image_to_array
from studio.overlays.preview import SAMPLE_SUPPORTERS
from studio.overlays.supporters import render_supporters
from studio.overlays.theme import list_themes, load_theme
from studio.show.catalog import Catalog, Product
from tests.overlays.golden_util import compare_golden

THEMES = list_themes()
SIZES = {"720p": (1280, 720), "1080p": (1920, 1080)}


def _kinds(catalog: Catalog) -> dict[str, Callable[[Layout], Rendered]]:
    def card(sku: str) -> Callable[[Layout], Rendered]:
        return lambda L: render_card(
            catalog.get(sku), L.theme, L.scale, layout=L.card_layout, width=L.card_width
        )

    def toast(L: Layout) -> Rendered:
        msg, bold = alert_message(OrderAlert("Mia", "Oversized Denim Jacket", 2, "Taipei"), _T)
        return render_toast(msg, bold, L.theme, L.scale, L.toast_max_width)

    return {
        "card": card("DJ-001"),
        "card-arabic": card("AR-300"),
        "card-korean": card("KB-010"),
        "countdown": lambda L: render_countdown(272, 300, L.theme, L.scale),
        "countdown-urgent": lambda L: render_countdown(7, 300, L.theme, L.scale),
        "countdown-ended": lambda L: render_countdown(0, 300, L.theme, L.scale),
        "toast": toast,
        "supporters": lambda L: render_supporters(
            SAMPLE_SUPPORTERS, L.theme, L.scale, L.supporters_max_width
        ),
        "lower-third": lambda L: render_lower_third(
            "Spring Denim Drop 🔥 春季新品",
            "with Ava · مرحبا",
            L.theme,
            L.scale,
            L.lower_third_max_width,
        ),
    }


_T = __import__("studio.overlays.models", fromlist=["OverlayText"]).OverlayText()
KINDS = [
    "card",
    "card-arabic",
    "card-korean",
    "countdown",
    "countdown-urgent",
    "countdown-ended",
    "toast",
    "supporters",
    "lower-third",
]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_overlays_match_golden_images(theme_name: str, size: str, demo_catalog: Catalog) -> None:
    theme = load_theme(theme_name)
    w, h = SIZES[size]
    layout = Layout(w, h, theme)
    kinds = _kinds(demo_catalog)
    failures = []
    for kind in KINDS:
        r = kinds[kind](layout)
        rgba = image_to_array(r.image)
        assert rgba.dtype == np.uint8 and rgba.shape[2] == 4
        # Premultiplied: no colour channel may exceed its alpha.
        assert int((rgba[..., :3].max(axis=2).astype(int) - rgba[..., 3]).max()) <= 0
        try:
            compare_golden(f"{theme_name}-{size}-{kind}", rgba)
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)


def test_every_theme_has_golden_images() -> None:
    assert {"default", "denim", "kbeauty", "neon-night"} <= set(THEMES)


# Prices whose digits a hand table got wrong: KWD has 3 decimals, JPY none, HUF 2 on the wire
# (Hungarian shops write whole forints), and a locale that writes a decimal comma.
MONEY_CARDS = {
    "kwd": (Product("OUD-1", "Oud wood gift set", Decimal("1.234"), "KWD",
                    flash_price=Decimal("0.999"), stock=4), "en_US"),
    "jpy": (Product("TEA-1", "玉露 Gyokuro tea 100 g", Decimal("12800"), "JPY",
                    compare_at=Decimal("15000"), stock=40), "ja_JP"),
    "huf": (Product("PAP-1", "Szegedi paprika 250 g", Decimal("1299.50"), "HUF",
                    flash_price=Decimal("990"), stock=12), "hu_HU"),
    "eur-de": (Product("JK-2", "Winterjacke Daune", Decimal("1299.00"), "EUR",
                       flash_price=Decimal("999.90"), stock=2), "de_DE"),
}  # fmt: skip


@pytest.mark.parametrize("name", list(MONEY_CARDS))
def test_cards_in_currencies_with_other_digits_match_golden_images(name: str) -> None:
    product, locale = MONEY_CARDS[name]
    layout = Layout(1280, 720, load_theme("default"))
    r = render_card(
        product,
        layout.theme,
        layout.scale,
        layout=layout.card_layout,
        width=layout.card_width,
        locale=locale,
    )
    compare_golden(f"default-720p-card-money-{name}", image_to_array(r.image))


# The fixed words in the show's language (the audience's, not the window's): the card's
# "Scan to buy" and "sold" line, the countdown, an order toast, the supporters' header and
# points, the lower third's LIVE tag. Numbers and money in the show's locale.
SHOW_LANGUAGES = {"zh-TW": "zh_TW", "es": "es_ES"}


@pytest.mark.parametrize("language", list(SHOW_LANGUAGES))
def test_overlays_in_the_show_language_match_golden_images(
    language: str, demo_catalog: Catalog
) -> None:
    from studio.overlays.models import OverlayText

    text = OverlayText(language)
    locale = SHOW_LANGUAGES[language]
    layout = Layout(1280, 720, load_theme("default"))
    L = layout
    product = demo_catalog.get("DJ-001")
    msg, bold = alert_message(OrderAlert("Mia", "Oversized Denim Jacket", 2, "Taipei"), text)
    kinds = {
        "card": render_card(product, L.theme, L.scale, layout=L.card_layout,
                            width=L.card_width, locale=locale, text=text, sold=128),
        "countdown": render_countdown(272, 300, L.theme, L.scale, text=text),
        "countdown-ended": render_countdown(0, 300, L.theme, L.scale, text=text),
        "toast": render_toast(msg, bold, L.theme, L.scale, L.toast_max_width),
        "supporters": render_supporters(SAMPLE_SUPPORTERS, L.theme, L.scale,
                                        L.supporters_max_width, locale_points=locale, text=text),
        "lower-third": render_lower_third("Spring Denim Drop 🔥 春季新品", "with Ava",
                                          L.theme, L.scale, L.lower_third_max_width, text=text),
    }  # fmt: skip
    failures = []
    for kind, r in kinds.items():
        try:
            compare_golden(f"default-720p-{kind}-{language}", image_to_array(r.image))
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)
    assert text.scan != OverlayText("en").scan, "the words are translated"


# Right to left: an Arabic-speaking audience. No Arabic catalogue ships yet, so the words come
# from a theme's own "words" (as a seller would add them); names, titles and comments are in
# Arabic too. Every line is laid out right to left and set in the bundled Noto Sans Arabic.
ARABIC_WORDS = (
    ("bought", "{buyer} اشترى {product} للتو"),
    ("bought_from", "{buyer} من {city} اشترى {product} للتو"),
    ("countdown", "ينتهي العرض الخاطف خلال"),
    ("ended", "انتهى"),
    ("live", "مباشر"),
    ("only_left", "بقي {n} فقط!"),
    ("scan", "امسح للشراء"),
    ("sold", "بيع {n}"),
    ("supporters", "أكبر الداعمين"),
    ("points", "{n} نقطة"),
)


def test_an_arabic_show_lays_its_overlays_out_right_to_left(demo_catalog: Catalog) -> None:
    from studio.overlays.models import OverlayText

    text = OverlayText("ar", ARABIC_WORDS)
    assert text.rtl
    L = Layout(1280, 720, load_theme("default"))
    msg, bold = alert_message(OrderAlert("مريم", "عطر العود الفاخر", 1, "دبي"), text)
    kinds = {
        "card": render_card(demo_catalog.get("AR-300"), L.theme, L.scale, layout=L.card_layout,
                            width=L.card_width, locale="ar_AE", text=text, sold=42),
        "countdown": render_countdown(95, 300, L.theme, L.scale, text=text),
        "toast": render_toast(msg, bold, L.theme, L.scale, L.toast_max_width),
        "lower-third": render_lower_third("تخفيضات العيد 🎁", "مع سارة", L.theme, L.scale,
                                          L.lower_third_max_width, text=text),
    }  # fmt: skip
    failures = []
    for kind, r in kinds.items():
        try:
            compare_golden(f"default-720p-{kind}-ar-rtl", image_to_array(r.image))
        except AssertionError as exc:
            failures.append(str(exc))
    assert not failures, "\n".join(failures)
