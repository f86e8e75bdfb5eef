"""The main window fits a 1366×768 screen with every dock, and draws no stray dock tab bars."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QTabBar

from tests.ui.conftest import Rig, wait_until


def test_every_dock_fits_a_small_laptop_screen(rig: Rig) -> None:
    w = rig.window(rig.studio(attach=False))
    hint = w.minimumSizeHint()
    # 768 lines less a title bar and a panel: the docks scroll rather than push past the edge.
    assert hint.height() <= 700 and hint.width() <= 1300, hint


def test_no_stray_tab_bars_over_the_preview(platform_rig: Rig, qtbot: Any) -> None:
    w = platform_rig.window(platform_rig.studio())

    def visible_bars() -> list[tuple[str, ...]]:
        return [
            tuple(b.tabText(i) for i in range(b.count()))
            for b in w.findChildren(QTabBar)
            if b.parent() is w and b.isVisible()
        ]

    wait_until(qtbot, lambda: len(visible_bars()) == len(set(visible_bars())), what="tidy")
    bars = visible_bars()
    assert ("Devices", "Scenes") in bars and ("Show", "Engagement") in bars, bars
    assert len(bars) == len(set(bars)), bars  # one tab bar per group of docks
    preview = QRect(w.preview.mapTo(w, QPoint(0, 0)), w.preview.size())
    for bar in w.findChildren(QTabBar):
        if bar.parent() is w and bar.isVisible():
            assert not bar.geometry().intersects(preview), (bar.geometry(), preview)


def test_a_left_over_tab_bar_is_hidden_and_the_real_ones_stay(rig: Rig, qtbot: Any) -> None:
    """Qt 6 (PySide6 6.12, under a window manager) can leave a copy of a tabified group's tab
    bar where its docks were before; the window hides such a copy (seen over the preview in the
    screenshots), never a tab bar in use."""
    w = rig.window(rig.studio(attach=False))
    qtbot.wait(200)
    real = [b for b in w.findChildren(QTabBar) if b.parent() is w and b.isVisible()]
    stale = QTabBar(w)
    for title in ("Devices", "Scenes"):
        stale.addTab(title)
    stale.setGeometry(QRect(w.preview.mapTo(w, QPoint(0, 0)), stale.sizeHint()))
    stale.show()
    assert w.hide_stale_tab_bars() == 1
    assert stale.isHidden() and all(b.isVisible() for b in real)
