"""App-global hotkeys from the settings, rebindable at run time.

Shortcuts use Qt's application context, so they work whichever studio window or dock has the
focus (a creator mid-show should not have to click the right panel first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from studio.config import Hotkeys
from studio.ui.i18n import QT_TR_NOOP

LABELS: dict[str, str] = {
    "go_live": QT_TR_NOOP("Go live"),
    "end_show": QT_TR_NOOP("End show"),
    "pin_next": QT_TR_NOOP("Pin next product"),
    "unpin": QT_TR_NOOP("Unpin"),
    "start_flash_sale": QT_TR_NOOP("Start flash sale"),
    "mute_microphone": QT_TR_NOOP("Mute / unmute microphone"),
    "toggle_overlays": QT_TR_NOOP("Hide / show overlays"),
    "rundown_next": QT_TR_NOOP("Next rundown step"),
    "start_auction": QT_TR_NOOP("Start auction on the pinned product"),
    "draw_giveaway": QT_TR_NOOP("Draw the giveaway now"),
    "mark_highlight": QT_TR_NOOP("Mark a highlight"),
    "take_scene": QT_TR_NOOP("Take the next scene (studio mode)"),
}


class HotkeyManager:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._actions: dict[str, Callable[[], None]] = {}
        self._shortcuts: dict[str, QShortcut] = {}
        self.keys = Hotkeys()

    def register(self, action: str, fn: Callable[[], None]) -> None:
        self._actions[action] = fn

    def apply(self, keys: Hotkeys) -> None:
        """(Re)bind every registered action to the keys in the settings."""
        self.keys = keys
        for sc in self._shortcuts.values():
            sc.setEnabled(False)
            sc.setParent(None)
            sc.deleteLater()
        self._shortcuts.clear()
        for action, fn in self._actions.items():
            text = getattr(keys, action, "")
            if not text:
                continue
            sc = QShortcut(QKeySequence(text), self._parent)
            sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
            sc.activated.connect(fn)
            self._shortcuts[action] = sc

    def text(self, action: str) -> str:
        seq = QKeySequence(getattr(self.keys, action, ""))
        return seq.toString(QKeySequence.SequenceFormat.NativeText)

    def trigger(self, action: str) -> None:
        """Run an action as its hotkey would (tests, menus)."""
        self._actions[action]()
