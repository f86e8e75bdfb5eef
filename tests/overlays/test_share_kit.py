"""The reseller share kit (issue 21): phone and square posters and a share card per product,
rendered with CJK, Arabic and Latin titles in every theme; each QR code is read back with a
real decoder (zxing-cpp) and must give the reseller's own referral link."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PySide6.QtGui import QImage

from studio.overlays.painting import FORMAT, image_to_array
from studio.overlays.poster import (
    PHONE,
    SQUARE,
    PosterContent,
    highlights_of,
    render_phone_poster,
    render_share_card,
    render_square_poster,
)
from studio.overlays.theme import list_themes, load_theme
from studio.report.share_kit import poster_content, starts_text, write_share_kit
from studio.show.catalog import Catalog
from studio.show.state import Reseller, ShowInfo, ShowStatus

THEMES = list_themes()
TITLES = {
    "cjk": "秋季丹寧之夜：限量直播",
    "arabic": "ليلة الدنيم الخريفية — عروض مباشرة",
    "latin": "Autumn Denim Night: the live drop",
}
LOOK = Path(__file__).resolve().parent / "golden-actual" / "share-kit"


def decoded(img: QImage) -> list[str]:
    """Every QR code a real decoder finds in the picture."""
    rgb = np.ascontiguousarray(image_to_array(img.convertToFormat(FORMAT))[..., :3])
    return [r.text for r in zxingcpp.read_barcodes(rgb)]


def _content(title: str, demo_catalog: Catalog, code: str) -> PosterContent:
    return PosterContent(
        title=title,
        show_theme="Denim Days · 丹寧日",
        host="Ava Lin",
        starts="Sat, Nov 30, 19:00 UTC",
        link=f"https://shop.example/live/shw_0123456789abcdef?ref={code}",
        code=code,
        highlights=highlights_of(list(demo_catalog)),
    )


@pytest.mark.parametrize("script", list(TITLES))
@pytest.mark.parametrize("theme_name", THEMES)
def test_posters_and_cards_carry_the_resellers_own_link(
    theme_name: str, script: str, demo_catalog: Catalog
) -> None:
    theme = load_theme(theme_name)
    code = f"R{THEMES.index(theme_name)}{script.upper()}"
    content = _content(TITLES[script], demo_catalog, code)
    products = list(demo_catalog)
    pictures = {
        "poster-phone": (render_phone_poster(content, theme), PHONE),
        "poster-square": (render_square_poster(content, theme), SQUARE),
        "card": (render_share_card(products[3], content, theme), SQUARE),
    }
    LOOK.mkdir(parents=True, exist_ok=True)
    (LOOK.parent / ".gitignore").write_text("*\n")  # pictures to look at, never committed
    for kind, (img, size) in pictures.items():
        assert (img.width(), img.height()) == size
        assert decoded(img) == [content.link], f"{kind}: the QR code does not read back"
        rgba = image_to_array(img)
        assert int(rgba[..., 3].min()) == 255, f"{kind}: a poster is opaque"
        img.save(str(LOOK / f"{theme_name}-{script}-{kind}.png"))


def test_a_kit_per_reseller_with_a_card_per_product(tmp_path: Path, demo_catalog: Catalog) -> None:
    show = ShowInfo(
        id="shw_1",
        title=TITLES["latin"],
        host_name="Ava Lin",
        status=ShowStatus.SCHEDULED,
        currency="USD",
        theme_name="Denim Days",
        scheduled_start=datetime(2026, 11, 30, 19, 0, tzinfo=UTC),
    )
    products = list(demo_catalog)[:4]
    content = poster_content(show, products, highlights=["SN-200"], tz=UTC)
    assert content.starts == "Mon, Nov 30 · 7:00\u202fPM UTC"
    assert content.highlights[0].sku == "SN-200" and len(content.highlights) == 3
    resellers = [
        Reseller("KEMI", "Kitchen with Kemi", "https://shop.example/live/shw_1?ref=KEMI"),
        Reseller("SLOWCOOK", "The Slow Cook Club", "https://shop.example/live/shw_1?ref=SLOWCOOK"),
    ]
    files = write_share_kit(tmp_path, content, resellers, products, load_theme("default"))
    assert len(files) == 2 * (2 + len(products))
    for f in files:
        img = QImage(str(f.path))
        want = next(r.share_url for r in resellers if r.code == f.code)
        assert decoded(img) == [want], f.path.name
    assert sorted(p.name for p in (tmp_path / "KEMI").iterdir()) == sorted(
        ["poster-phone.png", "poster-square.png"] + [f"card-{p.sku}.png" for p in products]
    )
    assert starts_text(show.scheduled_start, "zh_TW", UTC) == "11月30日週一 · 晚上7:00 UTC"


@pytest.mark.parametrize(
    ("zone", "locale", "want"),
    [
        ("America/New_York", "en_US", "Mon, Nov 30 · 2:00\u202fPM EST (UTC-5)"),
        ("Asia/Kolkata", "en_US", "Tue, Dec 1 · 12:30\u202fAM IST (UTC+5:30)"),
        ("Asia/Taipei", "zh_TW", "12月1日週二 · 凌晨3:00 CST (UTC+8)"),
        ("America/Sao_Paulo", "pt_BR", "ter., 1 de dez. · 16:00 UTC-3"),
        ("UTC", "en_US", "Mon, Nov 30 · 7:00\u202fPM UTC"),
    ],
)
def test_the_poster_gives_the_start_in_the_creators_local_zone(
    monkeypatch: pytest.MonkeyPatch, zone: str, locale: str, want: str
) -> None:
    """Without a zone given, the start is written in the machine's zone (TZ), named."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        start = datetime(2026, 11, 30, 19, 0, tzinfo=UTC)
        if zone == "America/Sao_Paulo":
            start = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)
        assert starts_text(start, locale) == want
    finally:
        monkeypatch.undo()
        time.tzset()
