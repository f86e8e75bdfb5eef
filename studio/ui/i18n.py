"""The window's words: Qt's translation system, and the language it starts in.

Every user-facing string of `studio/ui` goes through `tr()` (a test walks the modules and fails
on a bare literal in a user-facing call). `tr()` is `QCoreApplication.translate` in one
catalogue context (""), so `pyside6-lupdate` extracts it wherever it is called, in a class or
not; a second argument tells apart the same English words used with different meanings, and
`n` picks the plural form of a "%n ..." string.

The language is chosen once, before the window is built (`install()`): Qt's translators cannot
re-translate the widgets this app builds in code, so a new language applies at the next start
(the settings dialog says so). `install()` loads our catalogue, Qt's own `qtbase_<lang>.qm`
(standard dialogs' buttons; for a language Qt ships none for, Indonesian, our own
`studio/i18n/ts/qtbase_<lang>.ts` in Qt's contexts), sets QLocale's default (dates and
numbers in widgets) and the gettext language of everything below the window
(`studio.i18n.set_language`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studio import i18n
from studio.i18n.catalogs import qm_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def QT_TR_NOOP(source: str) -> str:
    """Mark a module-level string for extraction; translate it with `tr()` where it is shown
    (the catalogue is not loaded yet when modules are imported)."""
    return source


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the window's language. `disambiguation` separates homonyms ("Pin" the verb
    from "Pin" the noun); with `n` >= 0 the "%n" in the text is the count and the plural form
    follows the language's CLDR rules. Placeholders are `{name}`, filled by `.format()` after
    translation, so a translator can move them."""
    return QCoreApplication.translate("", source, disambiguation, n)


def qt_locale(tag: str) -> QLocale:
    """A language setting ('pt-BR', 'zh-Hans') → the QLocale for the window's formats."""
    catalog = i18n.catalog_for(tag)
    if catalog in ("zh_TW", "zh_CN"):
        return QLocale(catalog)
    return QLocale(tag.replace("-", "_"))


def install(tag: str) -> bool:
    """Switch the window's catalogue (and the gettext one) to `tag`; call on the GUI thread
    before building widgets. Returns False (English shown, logged) when the catalogue is
    missing. Needs a QCoreApplication."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication first")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    i18n.set_language(tag)
    QLocale.setDefault(qt_locale(tag))
    catalog = i18n.catalog_for(tag)
    name = catalog or "en"
    ours = QTranslator(app)
    ok = ours.load(str(qm_path(name)))
    if ok:
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    elif catalog is not None:
        log.warning("no compiled window catalogue for %s: showing English", tag)
    if catalog is not None:
        qt = QTranslator(app)
        if any(qt.load(f"qtbase_{catalog}", folder) for folder in _qt_translation_dirs()) or (
            qt.load(str(qm_path(catalog, "qtbase")))  # ours, where Qt has none (Indonesian)
        ):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
        else:
            log.warning("no catalogue of Qt's standard buttons for %s: they stay English", catalog)
    return ok or catalog is None


def _qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured path, else beside PySide6 (a frozen
    build keeps them there)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).parent / "Qt" / "translations"),  # i18n: not shown
    ]


def language_names() -> list[tuple[str, str]]:
    """(name in its own language, setting tag) for the language picker: English first, then the
    shipped translations."""
    tags = {"zh_TW": "zh-TW", "zh_CN": "zh-Hans", "es": "es", "pt_BR": "pt-BR", "id": "id"}
    english = "English"  # i18n: not shown (each language is named in itself)
    return [(english, "en"), *((name, tags[c]) for c, name in i18n.SHIPPED.items())]


def num(value: float, decimals: int = 0) -> str:
    """A number as the window's language writes it ('1,204', '1.204', '1 204'), by QLocale's
    CLDR data; `decimals` fixed digits after the separator."""
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(round(value))
