"""The studio's words in the creator's language, outside Qt: gettext catalogues.

Two catalogues, one per side of the Qt line (see docs/i18n.md):

- The window (studio/ui) is translated with Qt's own system: `studio.ui.i18n.tr()`,
  `.ts` sources in `studio/i18n/ts/`, compiled to `.qm`, loaded by a `QTranslator`.
- Everything below the window never imports Qt widgets (errors, the command line, the overlays'
  fixed words, the post-show report), so it uses GNU gettext: `_()`, `ngettext()`,
  `pgettext()` from this module, `.po` sources in `studio/i18n/po/`, compiled to `.mo` with
  Babel (already the project's CLDR library) and read by the standard library's `gettext`.

Two kinds of language are in play:

- The *interface* language (the `ui.language` setting): the window, errors, the CLI and the
  report. `set_language()` picks it once at start-up; `_()` and friends use it. Thread-safe to
  read; set it before starting threads.
- A *show's* language (its audience's, which may differ): the overlays ask `translations(tag)`
  for that language's catalogue and never touch the global one.

Language tags are BCP 47 as in the settings ('pt-BR', 'zh-TW', 'zh-Hans'); catalogue names are
POSIX-style ('pt_BR', 'zh_TW'). English is the source language and needs no catalogue.
Compiled catalogues are build output: from a source checkout they are compiled on first use
when missing or older than their source (`studio.i18n.catalogs`); a packaged build ships them.
"""

from __future__ import annotations

import gettext
import logging
import threading
from functools import cache
from pathlib import Path

from studio.i18n.languages import (
    COMPILED_DIR,
    DOMAIN,
    PO_DIR,
    RTL_LANGUAGES,
    SHIPPED,
    SOURCE_LANGUAGE,
    TS_DIR,
)

log = logging.getLogger(__name__)


__all__ = [
    "COMPILED_DIR",
    "DOMAIN",
    "N_",
    "PO_DIR",
    "RTL_LANGUAGES",
    "SHIPPED",
    "SOURCE_LANGUAGE",
    "TS_DIR",
    "_",
    "catalog_for",
    "is_rtl",
    "language",
    "ngettext",
    "npgettext",
    "pgettext",
    "set_language",
    "translations",
]  # fmt: skip

_ALIASES = {
    "zh_hant": "zh_TW",
    "zh_hant_tw": "zh_TW",
    "zh_hk": "zh_TW",
    "zh_mo": "zh_TW",
    "zh_hant_hk": "zh_TW",
    "zh": "zh_CN",
    "zh_hans": "zh_CN",
    "zh_hans_cn": "zh_CN",
    "zh_sg": "zh_CN",
    "pt": "pt_BR",
    "in": "id",  # the old ISO code Java and Android still send
}


def catalog_for(tag: str | None) -> str | None:
    """A language tag ('pt-BR', 'zh-Hant', 'es-MX') → the shipped catalogue that serves it
    ('pt_BR', 'zh_TW', 'es'), or None for English and languages with no catalogue."""
    if not tag:
        return None
    norm = tag.strip().replace("-", "_")
    lower = norm.lower()
    by_lower = {name.lower(): name for name in SHIPPED}
    if lower in by_lower:
        return by_lower[lower]
    if lower in _ALIASES:
        return _ALIASES[lower]
    base = lower.split("_")[0]
    if base in by_lower:
        return by_lower[base]
    return _ALIASES.get(base)


def is_rtl(tag: str | None) -> bool:
    """Whether a language tag names a right-to-left language ('ar', 'he-IL', ...)."""
    return bool(tag) and str(tag).replace("-", "_").split("_")[0].lower() in RTL_LANGUAGES


def mo_path(catalog: str) -> Path:
    return COMPILED_DIR / f"{catalog}.mo"


@cache
def translations(tag: str | None) -> gettext.NullTranslations:
    """The gettext catalogue for a language tag (English, or a missing catalogue: the source
    words). Cached; the returned object is read-only and safe to use from any thread."""
    catalog = catalog_for(tag)
    if catalog is None:
        return gettext.NullTranslations()
    path = mo_path(catalog)
    source = PO_DIR / f"{catalog}.po"
    if source.is_file() and (not path.is_file() or path.stat().st_mtime < source.stat().st_mtime):
        from studio.i18n.catalogs import compile_po

        try:
            compile_po(catalog)
        except OSError as exc:  # a read-only install: use what is there
            log.warning("could not compile the %s catalogue: %s", catalog, exc)
    if not path.is_file():
        log.warning("no compiled %s catalogue at %s: showing English", catalog, path)
        return gettext.NullTranslations()
    with path.open("rb") as fp:
        return gettext.GNUTranslations(fp)


_lock = threading.Lock()
_language = SOURCE_LANGUAGE
_current: gettext.NullTranslations = gettext.NullTranslations()


def set_language(tag: str | None) -> None:
    """Set the interface language for `_()` and friends (the `ui.language` setting)."""
    global _language, _current
    with _lock:
        _language = tag or SOURCE_LANGUAGE
        _current = translations(tag)


def language() -> str:
    """The interface language tag last set (default 'en')."""
    return _language


def _(message: str) -> str:
    """`message` in the interface language."""
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The plural form for `n` in the interface language (CLDR plural rules)."""
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the interface language, told apart from the same English words used
    elsewhere by `context` (e.g. 'verb' vs 'noun')."""
    return _current.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return _current.npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it now (module-level constants that
    are translated where they are shown)."""
    return message
