"""Fonts for overlays: the bundled Noto subsets first, so CJK, emoji and RTL text always render.

Qt needs a QGuiApplication before any font can be used. A headless `studio broadcast` has none,
so `ensure_qt()` creates one (offscreen when there is no display); it must run on the main
thread, which is why OverlayScene calls it in its constructor rather than in its worker.
"""

from __future__ import annotations

import logging
import os
import threading
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from studio.overlays.assets import fonts_dir
from studio.overlays.qt_refcount import guard_none_refcount

log = logging.getLogger(__name__)

BASE_FAMILY = "Studio Noto Sans"
# Tried in order after the theme's family; Qt's own fallback (system fonts) comes after these.
FALLBACK_FAMILIES = (
    "Studio Noto Sans",
    "Studio Noto Sans Arabic",
    "Studio Noto Sans Hebrew",
    "Studio Noto Sans Thai",
    "Studio Noto Sans CJK",
    "Studio Noto Color Emoji",
)

_lock = threading.Lock()
_loaded: set[str] | None = None
_app: QGuiApplication | None = None
_warned: set[str] = set()


def ensure_qt() -> None:
    """Make sure a Q(Gui)Application exists and the bundled fonts are registered."""
    global _app
    guard_none_refcount()
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        if threading.current_thread() is not threading.main_thread():
            log.warning("creating the Qt application outside the main thread")
        _app = QGuiApplication(["studio-overlays"])
    load_bundled_fonts()


def load_bundled_fonts() -> set[str]:
    """Register assets/fonts once; returns the families that loaded."""
    global _loaded
    with _lock:
        if _loaded is not None:
            return _loaded
        families: set[str] = set()
        folder = fonts_dir()
        files = sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")]) if folder.is_dir() else []
        for path in files:
            fid = QFontDatabase.addApplicationFont(str(path))
            if fid < 0:
                log.warning("could not load bundled font %s", path.name)
                continue
            families.update(QFontDatabase.applicationFontFamilies(fid))
        if not families:
            log.warning(
                "no bundled fonts found in %s; CJK, emoji and RTL text may not render", folder
            )
        _loaded = families
        return families


def make_font(family: str, px: float, *, bold: bool = False, weight: int | None = None) -> QFont:
    """A pixel-sized font whose fallback chain covers every script the overlays may show."""
    loaded = load_bundled_fonts()
    if family not in loaded and family not in _warned and loaded:
        _warned.add(family)
        if family not in QFontDatabase.families():
            log.warning("font %r is not available; using %s", family, BASE_FAMILY)
    font = QFont()
    font.setFamilies([family, *[f for f in FALLBACK_FAMILIES if f != family]])
    font.setPixelSize(max(1, round(px)))
    if weight is not None:
        font.setWeight(QFont.Weight(weight))
    elif bold:
        font.setWeight(QFont.Weight.Bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def is_rtl(text: str) -> bool:
    """Direction of a paragraph from its first strong character (the Unicode bidi rule P2)."""
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


def direction(text: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
