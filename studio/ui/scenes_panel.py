"""The Scenes panel (issue 19): the show's scenes with their keys, studio mode and Take, the
sources, and a layout editor where a scene's items are dragged, snapping to the safe areas.

Thin: the scene set is data (media/scenes.py); every edit builds a new set and hands it to
`Studio.save_scenes` (the session's worker applies it, the settings folder keeps it); a switch
is `BroadcastSession.switch_scene` (studio mode: `preview_scene` then `take_scene`). What is on
air is read back from the session's player four times a second.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.canvases import Orientation
from studio.engine.program import SILENCE_DB
from studio.errors import StudioError
from studio.media.fit import MAX_CROP, FitMode
from studio.media.scenes import (
    FIT,
    Box,
    Item,
    Scene,
    SceneSet,
    Source,
    SourceKind,
    Template,
    resized,
    safe_guides,
    snap,
    starter_set,
    template,
)
from studio.show.state import ShowInfo
from studio.ui.devices import DeviceLists
from studio.ui.i18n import QT_TR_NOOP, tr
from studio.ui.scene_sources import AddSourceDialog, SourceRow

log = logging.getLogger(__name__)
_TEMPLATE_WORDS = {
    Template.FULL_CAMERA: QT_TR_NOOP("Camera, full"),
    Template.SIDE_BY_SIDE: QT_TR_NOOP("Camera + close-up, side by side"),
    Template.SCREEN_PIP: QT_TR_NOOP("Screen + camera in a corner"),
    Template.STARTING_SOON: QT_TR_NOOP("Starting soon, with a countdown"),
    Template.BRB: QT_TR_NOOP("Be right back"),
    Template.ENDING: QT_TR_NOOP("Ending"),
}
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")

_KIND_COLOURS = {
    SourceKind.CAMERA: QColor(90, 160, 255),
    SourceKind.TEST: QColor(90, 160, 255),
    SourceKind.SCREEN: QColor(120, 220, 160),
    SourceKind.MEDIA: QColor(255, 190, 90),
    SourceKind.IMAGE: QColor(230, 140, 230),
}


T = TypeVar("T")


@dataclass(frozen=True)
class Removal:
    """A scene or source taken out, that Ctrl+Z puts back: `name` is the scene's name or the
    source's id, `restore` puts it back into the set as it is then; `is_scene` says which."""

    name: str
    restore: Callable[[SceneSet], SceneSet]
    is_scene: bool = False

    def removed_text(self, key: str) -> str:
        """What the window says once it is removed, naming the undo key."""
        if self.is_scene:
            return tr("Removed the scene {name}. {key} puts it back.").format(
                name=self.name, key=key
            )
        return tr("Removed the source {name}. {key} puts it back.").format(name=self.name, key=key)

    def back_text(self) -> str:
        """What the window says once it is put back."""
        if self.is_scene:
            return tr("The scene {name} is back.").format(name=self.name)
        return tr("The source {name} is back.").format(name=self.name)


def _undo_key() -> str:
    """The platform's undo key as a person reads it ('Ctrl+Z')."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class SceneLayoutView(QWidget):
    """One scene's layout on one canvas, drawn as labelled boxes over the canvas and its
    safe-area guides. Dragging a box moves it; dragging its bottom-right corner (the handle)
    resizes it, keeping its shape; on release it snaps to the nearest guide (media/scenes.py's
    `snap` / `resized`) and `edited` carries the scene with the new layout. `selected_changed`
    says which item was picked (its index, or -1)."""

    edited = Signal(object)  # Scene
    selected_changed = Signal(int)
    pressed = Signal()  # any press: this canvas is the one being edited
    HANDLE = 10  # px: the corner handle's size

    def __init__(
        self, orientation: Orientation = Orientation.LANDSCAPE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if orientation is Orientation.LANDSCAPE:
            self.setMinimumSize(240, 120)
        else:
            self.setMinimumSize(90, 160)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Delete removes the picked box
        shape = "16:9" if orientation is Orientation.LANDSCAPE else "9:16"
        self.setAccessibleName(tr("Scene layout editor, {canvas}").format(canvas=shape))
        self.scene: Scene | None = None
        self.scenes: SceneSet | None = None
        self.orientation = orientation
        self._drag: tuple[int, QPointF, Box] | None = None
        self._resizing = False
        self.selected: int | None = None

    def show_scene(self, scenes: SceneSet, scene: Scene | None) -> None:
        """Draw `scene` (None: nothing) of `scenes`."""
        if self._drag is None:
            self.scenes, self.scene = scenes, scene
            self.update()

    def canvas_rect(self) -> QRectF:
        """Where the canvas is drawn in the widget (its aspect kept)."""
        aspect = 16 / 9 if self.orientation is Orientation.LANDSCAPE else 9 / 16
        w, h = float(self.width() - 8), float(self.height() - 8)
        if w / h > aspect:
            w = h * aspect
        else:
            h = w / aspect
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _box_rect(self, box: Box) -> QRectF:
        c = self.canvas_rect()
        return QRectF(c.x() + box.x * c.width(), c.y() + box.y * c.height(),
                      box.w * c.width(), box.h * c.height())  # fmt: skip

    def _items(self) -> tuple[Item, ...]:
        return self.scene.items(self.orientation) if self.scene is not None else ()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.canvas_rect()
        bg = self.scene.background if self.scene is not None else "#000000"
        p.fillRect(c, QColor(bg))
        xs, ys = safe_guides(self.orientation)
        p.setPen(QPen(QColor(255, 255, 255, 60), 1, Qt.PenStyle.DashLine))
        for gx in xs:
            p.drawLine(
                QPointF(c.x() + gx * c.width(), c.y()), QPointF(c.x() + gx * c.width(), c.bottom())
            )
        for gy in ys:
            p.drawLine(
                QPointF(c.x(), c.y() + gy * c.height()), QPointF(c.right(), c.y() + gy * c.height())
            )
        scenes = self.scenes
        for i, item in enumerate(self._items()):
            if scenes is None or not item.visible:
                continue
            src = scenes.source(item.source)
            r = self._box_rect(item.box)
            if src.kind is SourceKind.COLOUR:
                p.fillRect(r, QColor(src.target))
                continue
            colour = _KIND_COLOURS.get(src.kind, QColor(200, 200, 200))
            fill = QColor(colour)
            fill.setAlpha(110)
            p.fillRect(r, fill)
            p.setPen(QPen(QColor(255, 230, 90) if i == self.selected else colour, 2))
            p.drawRect(r)
            if i == self.selected:
                p.fillRect(self._handle(r), QColor(255, 230, 90))
            p.setPen(QColor(255, 255, 255))
            p.drawText(r.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignLeft, item.source)
        if self.scene is not None and self.scene.slate is not None:
            p.setPen(QColor(255, 255, 255))
            p.drawText(c, Qt.AlignmentFlag.AlignCenter, self.scene.slate.headline)
        p.end()

    def item_at(self, pos: QPointF) -> int | None:
        """Index of the topmost visible, non-colour item under `pos`, or None."""
        scenes = self.scenes
        for i in reversed(range(len(self._items()))):
            item = self._items()[i]
            if scenes is None or not item.visible:
                continue
            if scenes.source(item.source).kind is SourceKind.COLOUR:
                continue
            if self._box_rect(item.box).contains(pos):
                return i
        return None

    def _handle(self, r: QRectF) -> QRectF:
        h = self.HANDLE
        return QRectF(r.right() - h, r.bottom() - h, h, h)

    def handle_at(self, pos: QPointF) -> int | None:
        """Index of the selected item when `pos` is on its corner handle, else None."""
        i = self.selected
        items = self._items()
        if i is None or i >= len(items):
            return None
        grab = self._handle(self._box_rect(items[i].box)).adjusted(-4, -4, 4, 4)
        return i if grab.contains(pos) else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed.emit()
        corner = self.handle_at(event.position())
        i = corner if corner is not None else self.item_at(event.position())
        self._resizing = corner is not None
        if i != self.selected:
            self.selected = i
            self.selected_changed.emit(-1 if i is None else i)
        if i is not None:
            self._drag = (i, event.position(), self._items()[i].box)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.scene is None:
            return
        self._move(event.position(), snapped=False)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.scene is None:
            return
        self._move(event.position(), snapped=True)
        self._drag = None
        self.edited.emit(self.scene)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete (or Backspace) takes the picked box out of this canvas's layout (the source
        stays among the sources, and in the other canvas's layout)."""
        keys = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        i, scene = self.selected, self.scene
        if event.key() not in keys or i is None or scene is None or self._drag is not None:
            super().keyPressEvent(event)
            return
        items = list(self._items())
        if i < len(items):
            del items[i]
            self.scene = scene.with_items(self.orientation, items)
            self.selected = None
            self.selected_changed.emit(-1)
            self.update()
            self.edited.emit(self.scene)

    def _move(self, pos: QPointF, snapped: bool) -> None:
        assert self._drag is not None and self.scene is not None
        i, start, box = self._drag
        c = self.canvas_rect()
        dx, dy = (pos.x() - start.x()) / c.width(), (pos.y() - start.y()) / c.height()
        if self._resizing:
            guides = safe_guides(self.orientation) if snapped else None
            moved = resized(box, box.x + box.w + dx, guides)
        else:
            moved = box.moved(dx, dy)
            if snapped:
                moved = snap(moved, safe_guides(self.orientation))
        items = list(self._items())
        items[i] = replace(items[i], box=moved)
        self.scene = self.scene.with_items(self.orientation, items)
        self.update()


class _SceneList(QListWidget):
    """The scenes list, asking for little height: the dock (about 270 pixels on a 1366×768
    screen) then keeps studio mode, Take and the transition in view, the list scrolling."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 80)


class ScenesPanel(QWidget):
    """Scenes (click or press its key: on air; in studio mode: into the preview, then Take),
    the sources (add a camera, a media file, a picture, the screen, a colour, a microphone)
    and the selected scene's layout editor for either canvas.

    `studio_view` (program, preview) is emitted when either changes (preview '' outside
    studio mode): the window shows the next scene's picture beside the program's."""

    studio_view = Signal(str, str)
    removed = Signal(str)  # what the window says ('Removed the scene Ending. Ctrl+Z ...')
    undo_changed = Signal()  # something was put back

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.setAccessibleName(tr("Scenes"))
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.use = QPushButton(tr("Use scenes"))
        self.use.setToolTip(
            tr("Start from the selling templates: camera, close-up, screen, slates")
        )
        self.use.clicked.connect(self.use_starter)
        left.addWidget(self.use)
        self.new_scene = QPushButton(tr("New scene"))
        self.new_scene.setToolTip(tr("A scene from a selling template, with the next free key"))
        menu = QMenu(self.new_scene)
        for kind, word in _TEMPLATE_WORDS.items():
            act = menu.addAction(tr(word))
            act.triggered.connect(lambda _=False, k=kind: self.add_scene(k))
        self.new_scene.setMenu(menu)
        self.remove_scene_button = QPushButton(tr("Remove"))
        self.remove_scene_button.setToolTip(
            tr("Remove the selected scene (Delete); {key} puts it back").format(key=_undo_key())
        )
        self.remove_scene_button.clicked.connect(self._remove_selected_scene)
        scene_row = QHBoxLayout()
        scene_row.addWidget(self.new_scene, 1)
        scene_row.addWidget(self.remove_scene_button)
        left.addLayout(scene_row)
        self.list = _SceneList()
        self.list.setAccessibleName(tr("Scenes list"))
        self.list.itemClicked.connect(lambda it: self.pick(it.data(Qt.ItemDataRole.UserRole)))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._list_menu)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_selected_scene)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.studio_mode = QCheckBox(tr("Studio mode"))
        self.studio_mode.setToolTip(
            tr("Prepare the next scene in the preview; Take puts it on air")
        )
        self.studio_mode.toggled.connect(self._studio_mode)
        self.take = QPushButton(tr("Take"))
        self.set_take_key("")
        self.take.setEnabled(False)
        self.take.clicked.connect(self.take_preview)
        row.addWidget(self.studio_mode)
        row.addWidget(self.take)
        left.addLayout(row)
        self.transition = QComboBox()
        self.transition.addItems([tr("Fade"), tr("Cut")])
        left.addWidget(self.transition)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        lay.addLayout(left, 2)
        mid = QVBoxLayout()
        self.sources = QScrollArea()
        self.sources.setAccessibleName(tr("Sources list"))
        self.sources.setWidgetResizable(True)
        self.sources.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources.setMinimumWidth(220)
        holder = QWidget()
        self._rows_box = QVBoxLayout(holder)
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        self._rows_box.addStretch(1)
        self.sources.setWidget(holder)
        mid.addWidget(QLabel(tr("Sources")))
        mid.addWidget(self.sources, 1)
        self.add = QPushButton(tr("Add source…"))
        self.add.setToolTip(tr("A camera, the screen, a media file, a picture, a colour, a mic"))
        self.add.clicked.connect(self.open_add_dialog)
        mid.addWidget(self.add)
        self.rows: dict[str, SourceRow] = {}
        self.add_dialog: AddSourceDialog | None = None
        self.device_lists: DeviceLists | None = None
        lay.addLayout(mid, 3)
        right = QVBoxLayout()
        self.canvas_choice = QComboBox()
        self.canvas_choice.setAccessibleName(tr("Canvas being edited"))
        self.canvas_choice.addItems(["16:9", "9:16"])
        self.canvas_choice.currentIndexChanged.connect(self._canvas_changed)
        right.addWidget(self.canvas_choice)
        # One editor per canvas: both side by side when the show sends both (each edited by
        # dragging), else the one chosen above.
        self.editors: dict[Orientation, SceneLayoutView] = {}
        editors_row = QHBoxLayout()
        for o, stretch in ((Orientation.LANDSCAPE, 16), (Orientation.PORTRAIT, 9)):
            ed = SceneLayoutView(o)
            ed.edited.connect(lambda scene, o=o: self._edited(scene, o))
            ed.selected_changed.connect(self._item_picked)
            ed.pressed.connect(lambda o=o: self._editor_pressed(o))
            editors_row.addWidget(ed, stretch)
            self.editors[o] = ed
        self._active = Orientation.LANDSCAPE
        self._canvases: tuple[Orientation, ...] = ()
        self.editors[Orientation.PORTRAIT].hide()
        right.addLayout(editors_row, 1)
        self.fit = QComboBox()
        self.fit.setAccessibleName(tr("How the picked source fills its box"))
        self.fit.addItem(tr("Fit: the whole picture"), FitMode.FIT.value)
        self.fit.addItem(tr("Fill: cropped to the box"), FitMode.FILL.value)
        self.fit.addItem(tr("Stretch to the box"), FitMode.STRETCH.value)
        self.fit.setEnabled(False)
        self.fit.activated.connect(self._fit_chosen)
        right.addWidget(self.fit)
        crop_row = QHBoxLayout()
        crop_label = QLabel(tr("Crop %"))
        crop_label.setToolTip(tr("Cut off each edge of the picture: left, top, right, bottom"))
        crop_row.addWidget(crop_label)
        self.crop: list[QSpinBox] = []
        for edge in (tr("left"), tr("top"), tr("right"), tr("bottom")):
            sb = QSpinBox()
            sb.setRange(0, round(MAX_CROP * 100))
            sb.setAccessibleName(tr("Crop from the {edge}, %").format(edge=edge))
            sb.setEnabled(False)
            sb.setToolTip(edge)
            sb.setMaximumWidth(64)
            sb.valueChanged.connect(self._crop_changed)
            crop_row.addWidget(sb)
            self.crop.append(sb)
        crop_row.addStretch(1)
        right.addLayout(crop_row)
        lay.addLayout(right, 4)
        self.editing: str | None = None
        # The platform's show (the window's show view model), for the templates.
        self.show_info: Callable[[], ShowInfo | None] = lambda: None
        self._shown: tuple[object, ...] = ()
        self._view: tuple[str, str] = ("", "")
        for n in range(1, 10):  # one key per scene (the set's own keys; 1..9 by default)
            sc = QShortcut(QKeySequence(str(n)), self.window() or self)
            sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
            sc.activated.connect(lambda k=str(n): self.key_pressed(k))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(250)
        self._pending: SceneSet | None = None  # saved, not yet applied by the session
        self._removals: list[Removal] = []  # what Ctrl+Z puts back, the last one last
        self._save_later = QTimer(self)  # a volume dragged: saved once it rests
        self._save_later.setSingleShot(True)
        self._save_later.setInterval(150)
        self._save_later.timeout.connect(self._save_pending)
        self._meters = QTimer(self)
        self._meters.timeout.connect(self.show_levels)
        self._meters.start(100)
        self.refresh()

    # -- canvases ----------------------------------------------------------------------------
    @property
    def editor(self) -> SceneLayoutView:
        """The layout editor being used (the canvas last chosen or clicked in)."""
        return self.editors[self._active]

    @property
    def both_canvases(self) -> bool:
        """Whether both canvases' editors are shown side by side (the show sends both)."""
        return len(set(self._canvases)) > 1

    def set_canvases(self, canvases: list[Orientation]) -> None:
        """The show's canvases (the main one first): with two, both editors side by side and
        no choice to make; with one, its editor (the other still a choice away)."""
        new = tuple(canvases)
        if new == self._canvases:
            return
        self._canvases = new
        if not self.both_canvases and new:
            self._set_active(new[0])
            self.canvas_choice.blockSignals(True)
            self.canvas_choice.setCurrentIndex(0 if new[0] is Orientation.LANDSCAPE else 1)
            self.canvas_choice.blockSignals(False)
        self._show_editors()

    def _show_editors(self) -> None:
        both = self.both_canvases
        self.canvas_choice.setVisible(not both)
        for o, ed in self.editors.items():
            ed.setVisible(both or o is self._active)

    def _set_active(self, o: Orientation) -> None:
        if o is self._active:
            return
        self.editor.selected = None  # an index into the other canvas's layout
        self.editor.update()
        self._active = o
        self._item_picked(-1)

    def _deselect(self) -> None:
        for ed in self.editors.values():
            ed.selected = None
            ed.update()
        self._item_picked(-1)

    def _editor_pressed(self, o: Orientation) -> None:
        """A press in a canvas's editor: the picked item's fit and crop are that canvas's."""
        self._set_active(o)

    def _canvas_changed(self, index: int) -> None:
        self._set_active(Orientation.LANDSCAPE if index == 0 else Orientation.PORTRAIT)
        self.editor.selected = None
        self._item_picked(-1)
        self._show_editors()
        self.editor.update()

    # -- reading -----------------------------------------------------------------------------
    @property
    def scenes(self) -> SceneSet | None:
        """The set in use (None: one camera, no scenes)."""
        player = self.studio.session.player
        if player is None:
            return None
        pending = self._pending
        if pending is not None and player.scenes != pending:
            return pending  # an edit on its way to the player: the next edit builds on it
        self._pending = None
        return player.scenes

    def refresh(self) -> None:
        """Show what is on air, in preview, and the sources (cheap; a timer calls it)."""
        player = self.studio.session.player
        self.use.setVisible(player is None)
        self.new_scene.setVisible(player is not None)
        self.remove_scene_button.setVisible(player is not None)
        view = (player.program, player.preview or "") if player is not None else ("", "")
        if view != self._view:
            self._view = view
            self.studio_view.emit(*view)
        if player is None:
            self.status.setText(tr("One camera, no scenes."))
            return
        scenes = player.scenes
        shown = (scenes, player.program, player.preview, self.editing)
        if shown == self._shown:
            return
        self._shown = shown
        editing = self.editing or player.preview or player.program
        self.list.clear()
        for sc in scenes.scenes:
            mark = (
                "● " if sc.name == player.program else ("◐ " if sc.name == player.preview else "  ")
            )
            it = QListWidgetItem(f"{mark}{sc.key or ' '}  {sc.name}")
            it.setData(Qt.ItemDataRole.UserRole, sc.name)
            if sc.name == player.program:
                it.setForeground(QColor(255, 90, 110))
            self.list.addItem(it)
            if sc.name == editing:
                self.list.setCurrentItem(it)
        self._show_sources(scenes)
        if player.preview:
            self.status.setText(
                tr("On air: {scene}; preview: {next}").format(
                    scene=player.program, next=player.preview
                )
            )
        else:
            self.status.setText(tr("On air: {scene}").format(scene=player.program))
        self.take.setEnabled(player.preview is not None)
        for ed in self.editors.values():
            ed.show_scene(scenes, scenes.scene(editing) if editing in scenes.names else None)

    # -- commands ----------------------------------------------------------------------------
    def use_starter(self) -> None:
        """Turn scenes on with the templates (the configured camera, the test tone stand-in
        for a missing microphone); with a show from the platform, 'Starting soon' counts down
        to its scheduled start and the background is its theme's colour."""
        cam = self.studio.session.video.label or "test"
        cam = "test" if cam in ("test", "none") else cam.removeprefix("device:")
        mic = self.studio.session.microphone
        mic = "tone" if mic in ("test", "none") else mic.removeprefix("device:")
        info = self.show_info()
        starts_at = None
        background = "#1b1530"
        if info is not None:
            if info.scheduled_start is not None:
                starts_at = info.scheduled_start.timestamp()
            if info.background_color and _HEX.match(info.background_color):
                background = info.background_color.lower()
        self.studio.save_scenes(
            starter_set(cameras=[cam], mic=mic, background=background, starts_at=starts_at)
        )

    def add_scene(self, kind: Template) -> str | None:
        """A new scene from template `kind`, built from the sources there are (the first
        camera, the second as the close-up, the screen, the first colour as the background,
        the first microphone), named after the template (numbered when taken), with the next
        free key 1..9; it is edited next. Returns its name."""
        scenes = self.scenes
        if scenes is None:
            return None

        def first(*kinds: SourceKind, skip: int = 0) -> str | None:
            found = [s.id for s in scenes.sources if s.kind in kinds]
            return found[skip] if len(found) > skip else None

        name, n = kind.scene_name, 1
        while name in scenes.names:
            n += 1
            name = f"{kind.scene_name} {n}"
        used = {sc.key for sc in scenes.scenes}
        key = next((str(k) for k in range(1, 10) if str(k) not in used), "")
        info = self.show_info()
        starts_at = (
            info.scheduled_start.timestamp()
            if info is not None and info.scheduled_start is not None
            else None
        )
        cams = (SourceKind.CAMERA, SourceKind.TEST)
        scene = template(
            kind,
            name=name,
            camera=first(*cams),
            closeup=first(*cams, skip=1),
            screen=first(SourceKind.SCREEN),
            background=first(SourceKind.COLOUR),
            mic=first(SourceKind.MIC, SourceKind.TONE),
            starts_at=starts_at,
            key=key,
        )
        try:
            self._save(scenes.with_scene(scene))
        except StudioError as exc:
            self.status.setText(exc.message)
            return None
        self.editing = name
        self._deselect()
        return name

    def _transition_text(self) -> str:
        return "fade" if self.transition.currentIndex() == 0 else "cut"

    def pick(self, name: str) -> None:
        """A scene clicked: on air, or (studio mode) into the preview; it is also edited."""
        if name != self.editing:
            self._deselect()
        self.editing = name
        try:
            if self.studio_mode.isChecked():
                self.studio.session.preview_scene(name)
            else:
                from studio.media.scenes import parse_transition

                self.studio.session.switch_scene(name, parse_transition(self._transition_text()))
        except StudioError as exc:
            self.status.setText(exc.message)
        self._shown = ()

    def key_pressed(self, key: str) -> None:
        """A scene's key: the same as clicking it."""
        scenes = self.scenes
        scene = scenes.scene_for_key(key) if scenes is not None else None
        if scene is not None:
            self.pick(scene.name)

    def _studio_mode(self, on: bool) -> None:
        player = self.studio.session.player
        if player is None:
            return
        self.studio.session.preview_scene(player.program if on else None)
        self._shown = ()

    def take_preview(self) -> None:
        """Studio mode's Take: the preview on air."""
        from studio.media.scenes import parse_transition

        try:
            self.studio.session.take_scene(parse_transition(self._transition_text()))
        except StudioError as exc:
            self.status.setText(exc.message)
        self._shown = ()

    def set_take_key(self, key: str) -> None:
        """Say Take's hotkey (as the settings bind it; '' for none) on its button."""
        self.take.setToolTip(
            tr("Put the scene in the preview on air ({key})").format(key=key)
            if key
            else tr("Put the scene in the preview on air")
        )

    def take_key(self) -> None:
        """The Take hotkey (Ctrl+Enter by default): Take in studio mode; otherwise says how
        to get a scene into the preview."""
        player = self.studio.session.player
        if player is not None and player.preview is not None and self.studio_mode.isChecked():
            self.take_preview()
        elif player is None:
            self.status.setText(tr("No scenes to take: press Use scenes first."))
        else:
            self.status.setText(
                tr("Nothing to take: turn on Studio mode and pick the next scene first.")
            )

    def add_source(self, kind: SourceKind, target: str, loop: bool = True) -> str | None:
        """Add a source of `kind` (a device, a path, a colour) and place it in the scene being
        edited (a quarter of the canvas, centred; a screen added to a 'Screen + camera' scene
        that has none goes where that template puts it); returns its id. A file or device
        chosen later can be given in the scene file; an empty target picks a sensible
        stand-in."""
        scenes = self.scenes
        if scenes is None:
            return None
        if not target:
            target = {SourceKind.COLOUR: "#1b1530", SourceKind.MIC: "default"}.get(kind, "")
        if kind is SourceKind.CAMERA and not target:
            kind = SourceKind.TEST  # no device named: the test pattern stands in
        sid = scenes.new_source_id(kind.value)
        try:
            new = scenes.with_source(Source(sid, kind, target, loop=loop))
            editing = self.editing or (
                self.studio.session.player.program if self.studio.session.player else None
            )
            if editing is not None:
                scene = new.scene(editing)
                if kind.audio_only:
                    scene = replace(scene, audio=(*scene.audio, sid))
                elif kind is SourceKind.SCREEN and self._screen_slot(new, scene):
                    scene = self._into_screen_slot(new, scene, sid)
                else:
                    box = Box(0.375, 0.375, 0.25, 0.25)
                    for o in Orientation:
                        scene = scene.with_items(o, [*scene.items(o), Item(sid, box, FIT)])
                new = new.with_scene(scene)
        except StudioError as exc:
            self.status.setText(exc.message)
            return None
        self._save(new)
        return sid

    @staticmethod
    def _screen_slot(scenes: SceneSet, scene: Scene) -> bool:
        """Whether `scene` is a 'Screen + camera' scene still without a screen (made from
        that template when there was none): a screen added goes where the template puts it."""
        if not scene.name.startswith(Template.SCREEN_PIP.scene_name):
            return False
        shown = (*scene.landscape, *scene.portrait)
        return not any(scenes.source(i.source).kind is SourceKind.SCREEN for i in shown)

    @staticmethod
    def _into_screen_slot(scenes: SceneSet, scene: Scene, sid: str) -> Scene:
        """`scene` with screen `sid` in the template's place on each canvas: above the
        background colours, under the camera in its corner."""
        slots = template(Template.SCREEN_PIP, screen=sid)
        for o in Orientation:
            items = list(scene.items(o))
            under = 0
            while under < len(items) and scenes.source(items[under].source).kind is (
                SourceKind.COLOUR
            ):
                under += 1
            items.insert(under, slots.items(o)[0])
            scene = scene.with_items(o, items)
        return scene

    def _picked_item(self) -> Item | None:
        """The item picked in the editor (None: none, or a colour, which has no fit)."""
        ed, scenes = self.editor, self.scenes
        items = ed.scene.items(ed.orientation) if ed.scene is not None else ()
        i = ed.selected
        if scenes is None or i is None or i >= len(items):
            return None
        item = items[i]
        if scenes.source(item.source).kind is SourceKind.COLOUR:
            return None
        return item

    def _item_picked(self, _index: int) -> None:
        item = self._picked_item()
        self.fit.setEnabled(item is not None)
        for sb in self.crop:
            sb.setEnabled(item is not None)
        if item is not None:
            self.fit.setCurrentIndex(self.fit.findData(item.fit.mode.value))
            for sb, share in zip(self.crop, item.fit.crop, strict=True):
                sb.blockSignals(True)
                sb.setValue(round(share * 100))
                sb.blockSignals(False)

    def _crop_changed(self, _value: int) -> None:
        """The picked item's crop (shares of its upright picture cut off each edge), saved
        once the numbers rest; a crop leaving too little of the picture is refused."""
        ed, item, scenes = self.editor, self._picked_item(), self.scenes
        if item is None or ed.scene is None or ed.selected is None or scenes is None:
            return
        crop = tuple(sb.value() / 100 for sb in self.crop)
        try:
            fit = replace(item.fit, crop=(crop[0], crop[1], crop[2], crop[3]))
        except ValueError:
            self.status.setText(
                tr(
                    "That crop leaves too little of the picture: at most {n} % of each axis."
                ).format(n=round(MAX_CROP * 100))
            )
            return
        items = list(ed.scene.items(ed.orientation))
        items[ed.selected] = replace(item, fit=fit)
        ed.scene = ed.scene.with_items(ed.orientation, items)
        ed.update()
        self._save(self._merged(scenes, ed.scene, ed.orientation), later=True)

    def _fit_chosen(self, index: int) -> None:
        """The picked item's fit (its crop and focus kept), on the canvas being edited."""
        ed, item = self.editor, self._picked_item()
        if item is None or ed.scene is None or ed.selected is None:
            return
        mode = FitMode(self.fit.itemData(index))
        items = list(ed.scene.items(ed.orientation))
        items[ed.selected] = replace(item, fit=replace(item.fit, mode=mode))
        ed.scene = ed.scene.with_items(ed.orientation, items)
        ed.update()
        self._edited(ed.scene, ed.orientation)

    def _merged(self, scenes: SceneSet, scene: Scene, o: Orientation) -> SceneSet:
        """`scenes` with `scene`'s layout on canvas `o` (the rest of the scene as the set has
        it: an edit on one canvas never carries a stale copy of the other's layout)."""
        if scene.name not in scenes.names:
            return scenes.with_scene(scene)
        return scenes.with_scene(scenes.scene(scene.name).with_items(o, scene.items(o)))

    def _edited(self, scene: Scene, o: Orientation | None = None) -> None:
        scenes = self.scenes
        if scenes is None:
            return
        try:
            self._save(self._merged(scenes, scene, o or self._active))
        except StudioError as exc:
            self.status.setText(exc.message)

    def _save(self, scenes: SceneSet, later: bool = False) -> None:
        """Hand `scenes` to the studio (applied by the session, saved beside the settings);
        `later`: once edits rest for a moment (a slider being dragged)."""
        self._pending = scenes
        self._shown = ()
        if later:
            self._save_later.start()
        else:
            self._save_later.stop()
            self._save_pending()

    def _save_pending(self) -> None:
        if self._pending is not None:
            self.studio.save_scenes(self._pending)

    # -- removing, and undoing it -------------------------------------------------------------
    def _list_menu(self, pos: QPoint) -> None:
        it = self.list.itemAt(pos)
        if it is None:
            return
        name = it.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self.list)
        act = menu.addAction(tr("Remove scene {scene}").format(scene=name))
        act.triggered.connect(lambda: self.remove_scene(name))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _remove_selected_scene(self) -> None:
        it = self.list.currentItem()
        name = it.data(Qt.ItemDataRole.UserRole) if it is not None else self.editing
        if name:
            self.remove_scene(str(name))

    @property
    def can_undo(self) -> bool:
        """Whether a removed scene or source can be put back."""
        return bool(self._removals)

    @property
    def last_removal(self) -> Removal | None:
        """What Ctrl+Z would put back (None: nothing)."""
        return self._removals[-1] if self._removals else None

    def remove_scene(self, name: str) -> bool:
        """Take scene `name` out of the show (not the one on air, nor the last one: said in
        the status line); `removed` tells the window, whose Ctrl+Z puts it back."""
        scenes, player = self.scenes, self.studio.session.player
        if scenes is None or player is None or name not in scenes.names:
            return False
        if name == player.program:
            self.status.setText(
                tr("{scene} is on air: put another scene on air before removing it.").format(
                    scene=name
                )
            )
            return False
        try:
            new = scenes.without_scene(name)
        except StudioError as exc:
            self.status.setText(f"{exc.message} {exc.hint or ''}".strip())
            return False
        at = scenes.names.index(name)
        scene = scenes.scene(name)

        def restore(current: SceneSet) -> SceneSet:
            back = scene
            if scene.key and current.scene_for_key(scene.key) is not None:
                back = replace(scene, key="")  # its key was given to another scene since
            missing = scene.sources() - set(current.source_ids())
            if missing:  # a source it shows was removed since: put it back without those
                back = replace(
                    back,
                    landscape=tuple(i for i in back.landscape if i.source not in missing),
                    portrait=tuple(i for i in back.portrait if i.source not in missing),
                    audio=tuple(a for a in back.audio if a not in missing),
                )
            return current.with_scene(back, at=min(at, len(current.scenes)))

        if self.editing == name:
            self.editing = None
            self._deselect()
        self._removals.append(Removal(name, restore, is_scene=True))
        self._save(new)
        self.removed.emit(self._removals[-1].removed_text(_undo_key()))
        return True

    def remove_source(self, source_id: str) -> bool:
        """Take a source out of the show: out of the sources and of every scene's layouts and
        sound; `removed` tells the window, whose Ctrl+Z puts it back where it was."""
        scenes = self.scenes
        if scenes is None or source_id not in scenes.source_ids():
            return False
        try:
            new = scenes.without_source(source_id)
        except StudioError as exc:
            self.status.setText(exc.message)
            return False
        source = scenes.source(source_id)
        at = scenes.source_ids().index(source_id)
        placed = {
            sc.name: (
                [(n, i) for n, i in enumerate(sc.landscape) if i.source == source_id],
                [(n, i) for n, i in enumerate(sc.portrait) if i.source == source_id],
                [(n, a) for n, a in enumerate(sc.audio) if a == source_id],
            )
            for sc in scenes.scenes
        }

        def put(seq: tuple[T, ...], found: list[tuple[int, T]]) -> tuple[T, ...]:
            out = list(seq)
            for n, x in found:
                out.insert(min(n, len(out)), x)
            return tuple(out)

        def restore(current: SceneSet) -> SceneSet:
            back = source
            if back.id in current.source_ids():  # the id was taken since: a new one
                back = replace(back, id=current.new_source_id(back.id))
            srcs = list(current.sources)
            srcs.insert(min(at, len(srcs)), back)
            out = []
            for sc in current.scenes:
                land, port, audio = placed.get(sc.name, ([], [], []))
                moved = [(n, replace(i, source=back.id)) for n, i in land]
                moved_p = [(n, replace(i, source=back.id)) for n, i in port]
                out.append(
                    replace(
                        sc,
                        landscape=put(sc.landscape, moved),
                        portrait=put(sc.portrait, moved_p),
                        audio=put(sc.audio, [(n, back.id) for n, _ in audio]),
                    )
                )
            return SceneSet.build(srcs, out, current.transition)

        self._removals.append(Removal(source_id, restore))
        self._deselect()
        self._save(new)
        self.removed.emit(self._removals[-1].removed_text(_undo_key()))
        return True

    def undo_remove(self) -> str | None:
        """Put back the scene or source removed last (into the set as it is now: edits made
        since are kept); returns what the window says ('The scene Ending is back.'), None when
        there was nothing to put back."""
        scenes = self.scenes
        if not self._removals or scenes is None:
            return None
        removal = self._removals.pop()
        try:
            self._save(removal.restore(scenes))
        except StudioError as exc:  # cannot happen with a checked set; said, never lost
            self._removals.append(removal)
            self.status.setText(f"{exc.message} {exc.hint or ''}".strip())
            return None
        if removal.is_scene and removal.name in (self._pending or scenes).names:
            self.editing = removal.name
        self.status.setText(removal.back_text())
        self.undo_changed.emit()
        return removal.back_text()

    # -- sources -----------------------------------------------------------------------------
    def _show_sources(self, scenes: SceneSet) -> None:
        """One row per source (rebuilt when sources come or go, else updated in place)."""
        if list(self.rows) != scenes.source_ids():
            for row in self.rows.values():
                row.setParent(None)
                row.deleteLater()
            self.rows = {}
            for n, src in enumerate(scenes.sources):
                row = SourceRow(src)
                row.volume_changed.connect(self.set_volume)
                row.mute_toggled.connect(self.set_muted)
                row.remove_requested.connect(self.remove_source)
                self._rows_box.insertWidget(n, row)
                self.rows[src.id] = row
        for src in scenes.sources:
            self.rows[src.id].show_source(src)

    def show_levels(self) -> None:
        """Each source's level as mixed (silence for one that is not playing) and what is
        wrong with it (failed to open, or a live device being reopened); a timer."""
        player = self.studio.session.player
        if player is None or not self.isVisible():
            return
        levels = player.levels()
        dropped = player.dropped()
        failed = dict(player.problems)
        running = player.running()
        for sid, row in self.rows.items():
            peak, rms = levels.get(sid, (SILENCE_DB, SILENCE_DB))
            row.set_levels(peak, rms)
            if sid in dropped:
                row.set_problem(dropped[sid].message, retrying=True)
            elif sid in failed and sid not in running:
                row.set_problem(failed[sid].message)
            else:
                row.set_problem(None)

    def set_volume(self, source_id: str, db: float) -> None:
        """A source's volume in the mix (dB, -60..+12); saved once the slider rests."""
        scenes = self.scenes
        if scenes is None:
            return
        try:
            src = scenes.source(source_id)
            self._save(scenes.with_source(replace(src, volume_db=db)), later=True)
        except StudioError as exc:
            self.status.setText(exc.message)

    def set_muted(self, source_id: str, muted: bool) -> None:
        """Mute or unmute a source in the mix (at once)."""
        scenes = self.scenes
        if scenes is None:
            return
        try:
            src = scenes.source(source_id)
            self._save(scenes.with_source(replace(src, muted=muted)))
        except StudioError as exc:
            self.status.setText(exc.message)

    def set_device_lists(self, lists: DeviceLists) -> None:
        """The cameras and microphones the add-source dialog offers (the Devices panel's)."""
        self.device_lists = lists

    def open_add_dialog(self) -> AddSourceDialog:
        """The add-source dialog, shown (not blocking); OK adds the choice to the scene
        being edited."""
        lists = self.device_lists
        dlg = AddSourceDialog(
            lists.cameras if lists is not None else (),
            lists.microphones if lists is not None else (),
            parent=self,
        )
        dlg.accepted.connect(lambda: self._added(dlg))
        dlg.finished.connect(dlg.deleteLater)
        self.add_dialog = dlg
        dlg.open()
        return dlg

    def _added(self, dlg: AddSourceDialog) -> None:
        choice = dlg.choice()
        if choice is not None:
            self.add_source(choice.kind, choice.target, choice.loop)
