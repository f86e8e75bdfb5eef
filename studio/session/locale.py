"""The language setting -> a CLDR locale name for numbers and money."""

from __future__ import annotations

LOCALES = {
    "en": "en_US",
    "de": "de_DE",
    "es": "es_ES",
    "fr": "fr_FR",
    "it": "it_IT",
    "pt-BR": "pt_BR",
    "ja": "ja_JP",
    "ko": "ko_KR",
    "zh-Hans": "zh_CN",
}


def locale_for(language: str) -> str:
    """A language setting ('pt-BR') → a locale name for number and money formats."""
    if language in LOCALES:
        return LOCALES[language]
    return language.replace("-", "_")
