"""The Scenes panel (issue 19): the show's scenes with their keys, studio mode and Take, the
sources, and a layout editor where a scene's items are dragged, snapping to the safe areas.

Thin: the scene set is data (media/scenes.py); every edit builds a new set and hands it to
`Studio.save_scenes` (the session's worker applies it, the settings folder keeps it); a switch
is `BroadcastSession.switch_scene` (studio mode: `preview_scene` then `take_scene`). What is on
air is read back from the session's player four times a second.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.canvases import Orientation
from studio.errors import StudioError
from studio.media.scenes import (
    FIT,
    Box,
    Item,
    Scene,
    SceneSet,
    Source,
    SourceKind,
    safe_guides,
    snap,
    starter_set,
)
from studio.ui.i18n import tr

log = logging.getLogger(__name__)

_KIND_COLOURS = {
    SourceKind.CAMERA: QColor(90, 160, 255),
    SourceKind.TEST: QColor(90, 160, 255),
    SourceKind.SCREEN: QColor(120, 220, 160),
    SourceKind.MEDIA: QColor(255, 190, 90),
    SourceKind.IMAGE: QColor(230, 140, 230),
}


class SceneLayoutView(QWidget):
    """One scene's layout on one canvas, drawn as labelled boxes over the canvas and its
    safe-area guides. Dragging a box moves it; on release it snaps to the nearest guide
    (media/scenes.py's `snap`) and `edited` carries the scene with the new layout."""

    edited = Signal(object)  # Scene

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(tr("Scene layout editor"))
        self.scene: Scene | None = None
        self.scenes: SceneSet | None = None
        self.orientation = Orientation.LANDSCAPE
        self._drag: tuple[int, QPointF, Box] | None = None
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = self.item_at(event.position())
        self.selected = i
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

    def _move(self, pos: QPointF, snapped: bool) -> None:
        assert self._drag is not None and self.scene is not None
        i, start, box = self._drag
        c = self.canvas_rect()
        moved = box.moved((pos.x() - start.x()) / c.width(), (pos.y() - start.y()) / c.height())
        if snapped:
            moved = snap(moved, safe_guides(self.orientation))
        items = list(self._items())
        items[i] = replace(items[i], box=moved)
        self.scene = self.scene.with_items(self.orientation, items)
        self.update()


class ScenesPanel(QWidget):
    """Scenes (click or press its key: on air; in studio mode: into the preview, then Take),
    the sources (add a camera, a media file, a picture, the screen, a colour, a microphone)
    and the selected scene's layout editor for either canvas.

    `studio_view` (program, preview) is emitted when either changes (preview '' outside
    studio mode): the window shows the next scene's picture beside the program's."""

    studio_view = Signal(str, str)

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
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Scenes list"))
        self.list.itemClicked.connect(lambda it: self.pick(it.data(Qt.ItemDataRole.UserRole)))
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.studio_mode = QCheckBox(tr("Studio mode"))
        self.studio_mode.setToolTip(
            tr("Prepare the next scene in the preview; Take puts it on air")
        )
        self.studio_mode.toggled.connect(self._studio_mode)
        self.take = QPushButton(tr("Take"))
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
        self.sources = QListWidget()
        self.sources.setAccessibleName(tr("Sources list"))
        mid.addWidget(QLabel(tr("Sources")))
        mid.addWidget(self.sources, 1)
        self.add_kind = QComboBox()
        self.add_kind.addItems(["camera", "media", "image", "screen", "colour", "mic"])
        add = QPushButton(tr("Add to scene"))
        add.clicked.connect(lambda: self.add_source(SourceKind(self.add_kind.currentText()), ""))
        mid.addWidget(self.add_kind)
        mid.addWidget(add)
        lay.addLayout(mid, 2)
        right = QVBoxLayout()
        self.canvas_choice = QComboBox()
        self.canvas_choice.addItems(["16:9", "9:16"])
        self.canvas_choice.currentIndexChanged.connect(self._canvas_changed)
        right.addWidget(self.canvas_choice)
        self.editor = SceneLayoutView()
        self.editor.edited.connect(self._edited)
        right.addWidget(self.editor, 1)
        lay.addLayout(right, 5)
        self.editing: str | None = None
        self._shown: tuple[object, ...] = ()
        self._view: tuple[str, str] = ("", "")
        for n in range(1, 10):  # one key per scene (the set's own keys; 1..9 by default)
            sc = QShortcut(QKeySequence(str(n)), self.window() or self)
            sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
            sc.activated.connect(lambda k=str(n): self.key_pressed(k))
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(250)
        self.refresh()

    # -- reading -----------------------------------------------------------------------------
    @property
    def scenes(self) -> SceneSet | None:
        """The set in use (None: one camera, no scenes)."""
        player = self.studio.session.player
        return player.scenes if player is not None else None

    def refresh(self) -> None:
        """Show what is on air, in preview, and the sources (cheap; a timer calls it)."""
        player = self.studio.session.player
        self.use.setVisible(player is None)
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
        self.sources.clear()
        for s in scenes.sources:
            level = "muted" if s.muted else f"{s.volume_db:+.0f} dB"
            self.sources.addItem(
                f"{s.id} · {s.label}" + (f" · {level}" if s.kind.audio_only else "")
            )
        if player.preview:
            self.status.setText(
                tr("On air: {scene}; preview: {next}").format(
                    scene=player.program, next=player.preview
                )
            )
        else:
            self.status.setText(tr("On air: {scene}").format(scene=player.program))
        self.take.setEnabled(player.preview is not None)
        editing = self.editing or player.preview or player.program
        self.editor.show_scene(scenes, scenes.scene(editing) if editing in scenes.names else None)

    # -- commands ----------------------------------------------------------------------------
    def use_starter(self) -> None:
        """Turn scenes on with the templates (the configured camera, the test tone stand-in
        for a missing microphone)."""
        cam = self.studio.session.video.label or "test"
        cam = "test" if cam in ("test", "none") else cam.removeprefix("device:")
        mic = self.studio.session.microphone
        mic = "tone" if mic in ("test", "none") else mic.removeprefix("device:")
        self.studio.save_scenes(starter_set(cameras=[cam], mic=mic))

    def _transition_text(self) -> str:
        return "fade" if self.transition.currentIndex() == 0 else "cut"

    def pick(self, name: str) -> None:
        """A scene clicked: on air, or (studio mode) into the preview; it is also edited."""
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

    def add_source(self, kind: SourceKind, target: str) -> str | None:
        """Add a source of `kind` (a device, a path, a colour) and place it in the scene being
        edited (a quarter of the canvas, centred); returns its id. A file or device chosen
        later can be given in the scene file; an empty target picks a sensible stand-in."""
        scenes = self.scenes
        if scenes is None:
            return None
        if not target:
            target = {SourceKind.COLOUR: "#1b1530", SourceKind.MIC: "default"}.get(kind, "")
        if kind is SourceKind.CAMERA and not target:
            kind = SourceKind.TEST  # no device named: the test pattern stands in
        sid = scenes.new_source_id(kind.value)
        try:
            new = scenes.with_source(Source(sid, kind, target))
            editing = self.editing or (
                self.studio.session.player.program if self.studio.session.player else None
            )
            if editing is not None:
                scene = new.scene(editing)
                if kind.audio_only:
                    scene = replace(scene, audio=(*scene.audio, sid))
                else:
                    box = Box(0.375, 0.375, 0.25, 0.25)
                    for o in Orientation:
                        scene = scene.with_items(o, [*scene.items(o), Item(sid, box, FIT)])
                new = new.with_scene(scene)
        except StudioError as exc:
            self.status.setText(exc.message)
            return None
        self.studio.save_scenes(new)
        self._shown = ()
        return sid

    def _canvas_changed(self, index: int) -> None:
        self.editor.orientation = Orientation.LANDSCAPE if index == 0 else Orientation.PORTRAIT
        self.editor.update()

    def _edited(self, scene: Scene) -> None:
        scenes = self.scenes
        if scenes is None:
            return
        self.studio.save_scenes(scenes.with_scene(scene))
        self._shown = ()
