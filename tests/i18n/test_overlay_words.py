"""The overlays' fixed words follow the show's language, not the window's; a theme overrides
them; plural forms follow the show language's CLDR rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from studio import i18n
from studio.overlays.models import OverlayText
from studio.overlays.scene import OverlayScene
from studio.overlays.theme import ThemeError, load_theme
from studio.paths import assets_dir


@pytest.fixture
def window_in_chinese() -> object:
    i18n.set_language("zh-TW")
    yield
    i18n.set_language("en")


def test_the_show_language_wins_over_the_window_language(window_in_chinese: object) -> None:
    assert i18n._("Scan to buy") == "掃碼購買"  # the window (and errors) speak Chinese
    with OverlayScene(1280, 720, "default", language="es") as scene:
        assert scene.text.scan == "Escanea y compra"  # the audience reads Spanish
        assert scene.text.countdown == "La oferta relámpago termina en"


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("es", "¡Solo queda {n}!", "¡Solo quedan {n}!"),
        ("pt-BR", "Só resta {n}!", "Só restam {n}!"),
        ("zh-TW", "只剩 {n} 件！", "只剩 {n} 件！"),
        ("en", "Only {n} left!", "Only {n} left!"),
    ],
)
def test_counts_take_the_show_language_plural_forms(lang: str, one: str, many: str) -> None:
    text = OverlayText(lang)
    assert text.only_left(1) == one and text.only_left(3) == many
    assert "{buyer}" in text.more_orders(1) and "{n}" in text.more_orders(5)


def test_a_theme_overrides_words_per_language(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    shutil.copytree(assets_dir() / "themes" / "default", folder)
    data = json.loads((folder / "theme.json").read_text(encoding="utf-8"))
    data["words"] = {"*": {"live": "ON AIR"}, "es": {"scan": "Toca para comprar"}}
    (folder / "theme.json").write_text(json.dumps(data), encoding="utf-8")
    theme = load_theme(folder)
    es = OverlayText("es-MX", theme.words_for("es-MX"))
    assert es.scan == "Toca para comprar" and es.live == "ON AIR"
    assert es.sold_out == "Agotado"  # not overridden: the catalogue's word
    zh = OverlayText("zh-TW", theme.words_for("zh-TW"))
    assert zh.scan == "掃碼購買" and zh.live == "ON AIR"


def test_a_theme_naming_an_unknown_word_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    shutil.copytree(assets_dir() / "themes" / "default", folder)
    data = json.loads((folder / "theme.json").read_text(encoding="utf-8"))
    data["words"] = {"es": {"scann": "Escanea"}}
    (folder / "theme.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ThemeError, match="unknown words"):
        load_theme(folder)


def test_arabic_is_laid_out_right_to_left() -> None:
    assert OverlayText("ar").rtl and OverlayText("he-IL").rtl
    assert not OverlayText("zh-TW").rtl and not OverlayText("es").rtl
