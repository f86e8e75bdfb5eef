"""Layout survives translation: live at 1366×768, no button or label is cut off in any language.

For English and every shipped language the real window goes live (the sandbox show over HTTP,
a real nginx-rtmp ingest), a product pinned, orders in, a viewer's question on screen, and each
dock is brought to the front in turn. Every visible button and label of the docks, the control
bar, the health bar and the status bar must then show all of its text: its width is at least
its size hint (a word-wrapped label: tall enough for its lines), it lies inside each of its
visible parents (a dock's scroll area scrolls up and down only, so there it must fit across),
and no two of them side by side overlap.

A name that gives way on purpose (`ElidedLabel`: a show title, a destination's name, with the
full text in its tooltip) is exempt from the width rule when it is long, not from lying inside
its parents; a short one (the recording's "Grabación") must be shown whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import requests
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QDockWidget,
    QLabel,
    QMainWindow,
    QWidget,
)

from studio import i18n
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from studio.ui import i18n as ui_i18n
from studio.ui.health import SHORT_NAME_PX
from studio.ui.main_window import MainWindow
from studio.ui.show_vm import set_locale
from studio.ui.widgets import ElidedLabel
from tests.ui.conftest import Rig, test_config, wait_until

LANGUAGES = ["en", "zh-TW", "zh-Hans", "es", "pt-BR", "id"]
# Less than a 1366×768 screen: a window manager's title bar and frame take some of its height
# (tests/ui/test_window_fit.py) and a shorter dock shows its scroll bar, leaving less width.
INNER = (1366, 740)


@pytest.fixture
def english() -> Iterator[None]:
    yield
    ui_i18n.install("en")
    set_locale("en_US")


def _viewer_asks(rig: Rig, text: str) -> None:
    sb = rig.sandbox
    assert sb is not None
    r = requests.post(
        f"{sb.api_url}/shows/{sb.show_id}/comments",
        json={"text": text, "author": "Ana B.", "kind": "question"},
        headers={"Authorization": f"Bearer {sb.viewer_token}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=5,
    )
    r.raise_for_status()


def _name(w: QWidget) -> str:
    text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
    return f"{type(w).__name__} {text!r} ({w.objectName() or 'no name'})"


def _text_cut(w: QWidget) -> str | None:
    """Why `w` does not show all of its text, or None when it does."""
    if isinstance(w, ElidedLabel):  # a long name may elide; a short one ("Grabación") not
        full = w.toolTip()
        if full and w.text() != full and w.fontMetrics().horizontalAdvance(full) <= SHORT_NAME_PX:
            return f"a short name elided to {w.text()!r}"
        return None
    if isinstance(w, QLabel) and w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + 1:
            return f"{need} px of wrapped lines in {w.height()} px"
        return None
    hint = w.sizeHint().width()
    if hint > w.width():
        return f"needs {hint} px, has {w.width()} px"
    return None


def _outside(w: QWidget, window: QMainWindow) -> str | None:
    """Where `w` sticks out of a visible parent (across only, from a scrolled viewport up)."""
    across_only = False
    top_left = QPoint(0, 0)
    child = w
    for parent in _ancestors(w):
        top_left += child.pos()  # summed by hand: the same as mapTo, step by step
        child = parent
        rect = QRect(top_left, w.size())
        room = parent.rect()
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and parent is owner.viewport():
            across_only = True  # a dock scrolls up and down, never sideways
        if rect.left() < room.left() or rect.right() > room.right():
            return f"{_box(rect)} sticks out across {_name(parent)} {_box(room)}"
        if not across_only and (rect.top() < room.top() or rect.bottom() > room.bottom()):
            return f"{_box(rect)} sticks out up or down of {_name(parent)} {_box(room)}"
        if parent is window:
            break
    return None


def _box(r: QRect) -> str:
    return f"{r.width()}×{r.height()}+{r.x()}+{r.y()}"


def _checked(window: MainWindow, docks: list[QDockWidget]) -> list[QWidget]:
    """The visible buttons and labels (with text or a picture) of the bars and `docks`."""
    roots: list[QWidget] = [window.controls, window.health, window.statusBar(), *docks]
    out: list[QWidget] = []
    for root in roots:
        for w in [root, *root.findChildren(QWidget)]:
            if not isinstance(w, QLabel | QAbstractButton) or not w.isVisible():
                continue
            if isinstance(w, QLabel) and not (w.text() or w.pixmap() is not None):
                continue
            out.append(w)
    return out


def problems(window: MainWindow, docks: list[QDockWidget]) -> list[str]:
    """Every visible button or label of the bars and `docks` (each the front one of its tab
    group: Qt parks the others outside the window) that does not show all of its text."""
    found: list[str] = []
    for dock in docks:
        if not window.rect().contains(dock.geometry()):
            found.append(
                f"[{dock.windowTitle()}] the dock {_box(dock.geometry())} is not inside "
                f"the window {_box(window.rect())}"
            )
    shown = _checked(window, docks)
    for i, a in enumerate(shown):  # two texts drawn over each other (siblings only)
        for b in shown[i + 1 :]:
            if a.parentWidget() is b.parentWidget() and a.geometry().intersects(b.geometry()):
                found.append(
                    f"{_name(a)} {_box(a.geometry())} overlaps {_name(b)} {_box(b.geometry())}"
                )
    for w in shown:
        why = _text_cut(w) or _outside(w, window)
        if why:
            dock = next((a for a in _ancestors(w) if isinstance(a, QDockWidget)), None)
            where = dock.windowTitle() if dock is not None else "bars"
            found.append(f"[{where}] {_name(w)}: {why}")
    return found


def _ancestors(w: QWidget) -> Iterator[QWidget]:
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def _tabified_groups(window: MainWindow) -> list[list[QDockWidget]]:
    docks = [d for d in window.findChildren(QDockWidget) if not d.isFloating()]
    groups: list[list[QDockWidget]] = []
    seen: set[int] = set()
    for d in docks:
        if id(d) in seen:
            continue
        group = [d, *window.tabifiedDockWidgets(d)]
        seen.update(id(g) for g in group)
        groups.append(group)
    return groups


@pytest.mark.parametrize("language", LANGUAGES)
def test_live_window_shows_every_word_at_1366x768(
    platform_rig: Rig, nginx_rtmp: NginxRtmp, english: None, language: str
) -> None:
    rig = platform_rig
    assert ui_i18n.install(language) or language == "en"
    name = i18n._("Demo shop (local ingest)")  # the demo's destination, a long name
    studio = rig.studio(targets=[Target(name, nginx_rtmp.url("fit"))], config=test_config())
    set_locale(studio.locale)
    w = rig.window(studio)
    w.resize(*INNER)
    vm = w.show_vm
    wait_until(rig.qtbot, lambda: vm.queue_model.rowCount() > 2, 15, "the show")
    w.controls.record.click()
    w.go_live()
    wait_until(rig.qtbot, lambda: studio.session.state == LiveState.LIVE, 30, "live")
    vm.pin(vm.queue_model.products()[0].sku)
    wait_until(rig.qtbot, lambda: vm.state is not None and vm.state.pinned is not None, 10, "pin")
    assert rig.sandbox is not None
    rig.sandbox.burst(3)
    _viewer_asks(rig, "Does the skillet work on induction?")
    wait_until(rig.qtbot, lambda: vm.comments_model.rowCount() >= 1, 10, "the question")
    wait_until(rig.qtbot, lambda: vm.orders_model.rowCount() >= 3, 10, "the orders")
    comments = w.audience.comments
    w.dock_audience.raise_()
    w.audience.setCurrentIndex(0)
    # The Audience list has its own model, fed in batches: wait for the question there (the
    # show model above may have it first), select it, then click.
    wait_until(rig.qtbot, lambda: comments.view.model().rowCount() >= 1, 10, "the list")
    comments.view.setCurrentIndex(comments.view.model().index(0, 0))
    wait_until(rig.qtbot, lambda: comments.commands.current() is not None, 10, "the selection")
    wait_until(rig.qtbot, comments.show_btn.isEnabled, 10, "Show on screen enabled")
    comments.show_btn.click()
    wait_until(rig.qtbot, comments.on_screen.isVisible, 10, "the question on screen")
    assert (w.width(), w.height()) == INNER, w.size()

    found: list[str] = []
    checked: set[int] = set()
    for group in _tabified_groups(w):
        for dock in group:
            if dock.isHidden():  # closed (a role's dock): nothing of it is on screen
                continue
            dock.raise_()
            rig.qtbot.wait(150)
            found += problems(w, [dock])
            checked.update(id(x) for x in _checked(w, [dock]))
    assert len(checked) > 80, f"only {len(checked)} widgets were looked at: is the window built?"
    found = sorted(set(found))
    assert not found, f"{language}: text cut off at 1366×768:\n" + "\n".join(found)


def test_the_check_sees_a_clipped_button(rig: Rig, english: None) -> None:
    """The rule above fails on what it is for: a button squeezed narrower than its words, and
    a label pushed past its parent's right edge."""
    w = rig.window(rig.studio(attach=False))
    rig.qtbot.wait(100)
    docks = [w.dock_devices]
    w.dock_devices.raise_()
    rig.qtbot.wait(100)
    assert problems(w, docks) == []
    btn = w.devices_panel.mute
    btn.setText(btn.text() + " " + "very long words " * 12)
    btn.setFixedWidth(60)
    label = QLabel("Past the edge", w.devices_panel)  # placed by hand, outside any layout
    label.adjustSize()
    label.move(w.devices_panel.width() - label.width() // 2, 0)
    label.show()
    rig.qtbot.wait(50)
    found = problems(w, docks)
    assert any("needs" in p and "very long words" in p for p in found), found
    assert any("sticks out across" in p and repr(label.text()) in p for p in found), found
