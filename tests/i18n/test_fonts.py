"""The bundled CJK font covers every character the Chinese catalogues put on the overlays and in
the report (both draw with the subset in assets/fonts; the window falls back to system fonts)."""

from __future__ import annotations

import unicodedata

import pytest
from babel.messages.pofile import read_po
from fontTools.ttLib import TTFont

from studio import i18n
from studio.paths import assets_dir

CJK_FONT = "NotoSansCJKsc-Bold-subset.otf"


def _cjk(ch: str) -> bool:
    name = unicodedata.name(ch, "")
    return ord(ch) >= 0x2E80 and any(
        k in name for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "FULLWIDTH", "IDEOGRAPHIC")
    )


def catalogue_characters(lang: str) -> set[str]:
    """Every CJK character in a language's gettext translations."""
    with (i18n.PO_DIR / f"{lang}.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    chars: set[str] = set()
    for msg in catalog:
        strings = msg.string if isinstance(msg.string, (list, tuple)) else [msg.string]
        for s in strings:
            chars.update(ch for ch in s or "" if _cjk(ch))
    return chars


@pytest.mark.parametrize("lang", ["zh_TW", "zh_CN"])
def test_the_bundled_cjk_font_has_every_translated_character(lang: str) -> None:
    font = TTFont(str(assets_dir() / "fonts" / CJK_FONT), lazy=True)
    cmap = font.getBestCmap()
    missing = sorted(ch for ch in catalogue_characters(lang) if ord(ch) not in cmap)
    assert not missing, (
        f"{len(missing)} characters of the {lang} catalogue are not in {CJK_FONT}: "
        f"{''.join(missing)}; rebuild it with scripts/build_fonts.py (it reads the catalogues)"
    )


def test_the_check_would_see_a_missing_character() -> None:
    """A rare hanzi outside the subset is reported, so a green run means the subset grew."""
    font = TTFont(str(assets_dir() / "fonts" / CJK_FONT), lazy=True)
    assert ord("鱻") not in font.getBestCmap()
    assert _cjk("鱻") and not _cjk("a")
