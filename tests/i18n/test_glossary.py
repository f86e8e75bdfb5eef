"""The catalogues keep to the glossary in docs/i18n.md: a word the glossary settled is not
translated with a rival word elsewhere (a reseller was 經銷商 in one dock of zh_TW and 分銷商 in
the glossary and the reports). Each rival below was found in a catalogue once; add the next."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "studio" / "i18n"

# language → (the glossary's word, its rival that must not appear, what the term is)
RIVALS = {
    "zh_TW": [
        ("分銷商", "經銷商", "reseller"),
        ("影片", "視頻", "video (Taiwan's usage)"),
        ("設定", "設置", "settings (Taiwan's usage)"),
        ("QR 碼", "二維碼", "QR code (Taiwan's usage)"),
    ],
    "zh_CN": [
        ("分销商", "经销商", "reseller"),
        ("秒杀", "抢购", "flash sale"),
        ("视频", "影片", "video (the mainland's usage)"),
        ("设置", "设定", "settings (the mainland's usage)"),
    ],
    "es": [("revendedor", "distribuidor", "reseller")],
    "pt_BR": [("revendedor", "distribuidor", "reseller")],
}


def _catalogue_text(lang: str) -> str:
    parts = []
    for path in (I18N / "ts" / f"studio_{lang}.ts", I18N / "po" / f"{lang}.po"):
        if path.exists():
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_the_glossary_names_the_words_checked_here() -> None:
    glossary = (ROOT / "docs" / "i18n.md").read_text(encoding="utf-8")
    for lang in ("zh_TW", "zh_CN"):
        for word, _rival, _term in RIVALS[lang][:1]:
            assert word in glossary, f"{word} ({lang}) is no longer the glossary's word"


@pytest.mark.parametrize("lang", sorted(RIVALS))
def test_no_rival_of_a_glossary_word(lang: str) -> None:
    text = _catalogue_text(lang)
    assert text, f"no catalogue for {lang}"
    found = [
        f"{rival!r} for {term} (the glossary says {word!r}): {text.count(rival)} times"
        for word, rival, term in RIVALS[lang]
        if rival in text
    ]
    assert not found, f"{lang}: " + "; ".join(found)
