"""The Scenes panel's sources (issue 19): one row per source with its level meter, volume and
mute, and the dialog that adds one (a camera from the device list, the screen or a region of
it, a media file looped or played once, a picture, a colour, a microphone).

Thin widgets: a row says what the creator did through its signals (`volume_changed`,
`mute_toggled`); the panel turns that into a new scene set. Levels are read from the scene
player (`ScenePlayer.levels()`: each source as mixed, after its volume) by the panel's timer.
Device lists come from the Devices panel's view model (listed on a worker thread); no I/O here
beyond checking that a chosen file exists.
"""

from __future__ import annotations

import contextlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.capture.screen import (
    ScreenRegion,
    XWindow,
    list_windows,
    parse_region,
    screen_problem,
    window_target,
)
from studio.errors import StudioError, UsageError
from studio.media.scenes import Source, SourceKind, parse_colour
from studio.ui.i18n import QT_TR_NOOP, tr
from studio.ui.style import colors, current_theme
from studio.ui.widgets import VuMeter

MIN_DB, MAX_DB = -60, 12  # the range media/scenes.py's SceneSet.build accepts

_KIND_WORDS = {
    SourceKind.CAMERA: QT_TR_NOOP("Camera"),
    SourceKind.TEST: QT_TR_NOOP("Test pattern"),
    SourceKind.SCREEN: QT_TR_NOOP("Screen"),
    SourceKind.MEDIA: QT_TR_NOOP("Media file"),
    SourceKind.IMAGE: QT_TR_NOOP("Picture"),
    SourceKind.COLOUR: QT_TR_NOOP("Colour"),
    SourceKind.MIC: QT_TR_NOOP("Microphone"),
    SourceKind.TONE: QT_TR_NOOP("Test tone"),
}


def kind_word(kind: SourceKind) -> str:
    """What a person calls a source kind, translated ('Media file')."""
    return tr(_KIND_WORDS[kind])


def has_sound(kind: SourceKind) -> bool:
    """Sources that can be heard (a media file may have sound; a camera here has none)."""
    return kind in (SourceKind.MIC, SourceKind.TONE, SourceKind.MEDIA)


class SourceRow(QWidget):
    """One source: its id and what it is; for a source with sound a level meter (as mixed),
    a volume slider (-60..+12 dB) and a mute button. Setting values from the model does not
    emit; a person's change does."""

    volume_changed = Signal(str, float)  # source id, dB
    mute_toggled = Signal(str, bool)  # source id, muted
    remove_requested = Signal(str)  # source id: out of the show (Ctrl+Z puts it back)

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source_id = source.id
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(2)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.remove = QPushButton("×")
        self.remove.setFlat(True)
        self.remove.setFixedWidth(28)
        self.remove.setStyleSheet("padding: 2px 4px;")
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.remove.setToolTip(
            tr("Remove this source from the show ({key} puts it back)").format(key=undo)
        )
        self.remove.setAccessibleName(tr("Remove {source}").format(source=source.id))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.source_id))
        head = QHBoxLayout()
        head.setSpacing(4)
        head.addWidget(self.title, 1)
        head.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("error", True)
        self.problem.setStyleSheet(f"color: {colors(current_theme()).alarm};")
        self.problem.hide()
        lay.addWidget(self.problem)
        self.meter: VuMeter | None = None
        self.volume: QSlider | None = None
        self.mute: QPushButton | None = None
        self.db_label: QLabel | None = None
        if has_sound(source.kind):
            row = QHBoxLayout()
            row.setSpacing(4)
            self.mute = QPushButton(tr("Mute"))
            self.mute.setCheckable(True)
            self.mute.setAccessibleName(tr("Mute {source}").format(source=source.id))
            self.mute.toggled.connect(self._muted)
            self.volume = QSlider(Qt.Orientation.Horizontal)
            self.volume.setRange(MIN_DB, MAX_DB)
            self.volume.setAccessibleName(tr("Volume of {source}").format(source=source.id))
            self.volume.valueChanged.connect(self._volume)
            self.db_label = QLabel()
            self.db_label.setMinimumWidth(52)
            row.addWidget(self.mute)
            row.addWidget(self.volume, 1)
            row.addWidget(self.db_label)
            lay.addLayout(row)
            self.meter = VuMeter()
            self.meter.setAccessibleName(tr("Level of {source}").format(source=source.id))
            lay.addWidget(self.meter)
        self._setting = False
        self.show_source(source)

    def show_source(self, source: Source) -> None:
        """Show the model's values (no signal emitted)."""
        what = kind_word(source.kind)
        tail = source.label.split(" ", 1)[1] if " " in source.label else ""
        if source.kind is SourceKind.MEDIA:
            tail += " · " + (tr("looped") if source.loop else tr("played once"))
        self.title.setText(f"{source.id} · {what}" + (f" · {tail}" if tail else ""))
        if self.volume is None or self.mute is None or self.db_label is None:
            return
        self._setting = True
        try:
            if not self.volume.isSliderDown():
                self.volume.setValue(round(source.volume_db))
            self.mute.setChecked(source.muted)
            self._label(source.volume_db, source.muted)
        finally:
            self._setting = False

    def _label(self, db: float, muted: bool) -> None:
        assert self.db_label is not None
        self.db_label.setText(tr("muted") if muted else tr("{db:+.0f} dB").format(db=db))

    def set_problem(self, text: str | None, retrying: bool = False) -> None:
        """Why the source shows nothing (None: it is fine); `retrying`: a live device being
        reopened (its box shows 'be right back' meanwhile)."""
        if not text:
            self.problem.hide()
            return
        if retrying:
            text = tr("{problem} Trying again…").format(problem=text)
        if self.problem.text() != text:
            self.problem.setText(text)
        self.problem.show()

    def set_levels(self, peak_db: float, rms_db: float) -> None:
        """The source's sound as mixed, in dBFS."""
        if self.meter is not None:
            self.meter.set_levels(peak_db, rms_db)

    def _volume(self, value: int) -> None:
        if self._setting:
            return
        assert self.mute is not None
        self._label(float(value), self.mute.isChecked())
        self.volume_changed.emit(self.source_id, float(value))

    def _muted(self, on: bool) -> None:
        if self._setting:
            return
        assert self.volume is not None
        self._label(float(self.volume.value()), on)
        self.mute_toggled.emit(self.source_id, on)


def screen_choices() -> list[tuple[str, str]]:
    """What the add-source dialog offers to capture: (label, target) with target '' for the
    whole display ($DISPLAY, every monitor of it), then each monitor Qt knows when it runs on
    that X display (platform 'xcb': a QScreen's geometry is in the X root window's pixels,
    times its device pixel ratio) as its region 'WxH+X+Y'. Offscreen or on another platform
    only the whole display (Qt's screens there are not the X display's). GUI thread."""
    display = os.environ.get("DISPLAY", "")
    whole = (
        tr("The whole screen ({display})").format(display=display)
        if display
        else tr("The whole screen")
    )
    out = [(whole, "")]
    app = QGuiApplication.instance()
    if app is None or QGuiApplication.platformName() != "xcb":
        return out
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return out  # one monitor is the whole display
    for n, scr in enumerate(screens, 1):
        g, ratio = scr.geometry(), scr.devicePixelRatio()
        region = ScreenRegion(
            round(g.width() * ratio),
            round(g.height() * ratio),
            round(g.x() * ratio),
            round(g.y() * ratio),
        )
        label = tr("Monitor {n}: {name}, {w}×{h} at {x},{y}").format(
            n=n, name=scr.name() or "?", w=region.width, h=region.height, x=region.x, y=region.y
        )
        out.append((label, str(region)))
    return out


@dataclass(frozen=True)
class SourceChoice:
    """What the add-source dialog chose: the kind, its target (a device, a path, a region,
    a colour; '' = the whole screen / the test sources) and, for a media file, `loop`."""

    kind: SourceKind
    target: str = ""
    loop: bool = True


_CHOOSABLE = (
    SourceKind.CAMERA,
    SourceKind.SCREEN,
    SourceKind.MEDIA,
    SourceKind.IMAGE,
    SourceKind.COLOUR,
    SourceKind.MIC,
)
_MEDIA_FILTER = QT_TR_NOOP("Video and audio (*.mp4 *.mkv *.mov *.webm *.mp3 *.wav *.m4a)")
_IMAGE_FILTER = QT_TR_NOOP("Pictures (*.png *.jpg *.jpeg *.webp)")


class AddSourceDialog(QDialog):
    """Pick a source to add: its kind, then the device, region, file or colour. OK checks the
    choice (a file that exists, a region or colour that parses) and says what is wrong in the
    dialog, which stays open with everything kept. `choice()` is the result once accepted.

    `cameras` / `microphones`: (label, value) pairs from the device list ('test' is the test
    pattern / tone, 'none' is left out). The screen page lists what can be captured
    (`screen_choices`, then each window of the X display once a worker thread has listed
    them), or says why nothing can (no X display, a Wayland session) with a hint; OK is then
    refused with that message."""

    windows_listed = Signal(object)  # list[XWindow], from the worker thread

    def __init__(
        self,
        cameras: tuple[tuple[str, str], ...] = (),
        microphones: tuple[tuple[str, str], ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a source"))
        self._choice: SourceChoice | None = None
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("Kind of source"))
        for k in _CHOOSABLE:
            self.kind.addItem(kind_word(k), k.value)
        form.addRow(tr("Source"), self.kind)
        self.pages = QStackedWidget()
        form.addRow(self.pages)
        self._page: dict[SourceKind, int] = {}

        # A camera from the list (the test pattern when there is none).
        self.camera = QComboBox()
        self.camera.setAccessibleName(tr("Camera"))
        cams = [(lbl, v) for lbl, v in cameras if v not in ("none", "screen")]
        if not any(v == "test" for _, v in cams):
            cams.insert(0, (tr("Test pattern"), "test"))
        for lbl, v in cams:
            self.camera.addItem(lbl, v)
        self._add_page(SourceKind.CAMERA, self.camera)

        # The whole display, one monitor of it, or a region; or why it cannot be captured.
        screen_page = QWidget()
        sl = QVBoxLayout(screen_page)
        sl.setContentsMargins(0, 0, 0, 0)
        self.screen_choice = QComboBox()
        self.screen_choice.setAccessibleName(tr("Screen to capture"))
        for label, target in screen_choices():
            self.screen_choice.addItem(label, target)
        self.screen_choice.addItem(tr("A region of the screen…"), None)
        self.windows: list[XWindow] = []  # listed on a worker thread, added when known
        self.windows_listed.connect(self._add_windows)
        self.region = QLineEdit()
        self.region.setPlaceholderText(tr("Region: width×height+x+y, e.g. 1280x720+0+0"))
        self.region.setAccessibleName(tr("Screen region"))
        self.region.setEnabled(False)
        self.screen_choice.currentIndexChanged.connect(self._screen_chosen)
        # Said under the form (`problem`) as soon as Screen is picked, when it cannot be.
        self._screen_problem = screen_problem()
        if self._screen_problem is not None:
            self.screen_choice.setEnabled(False)
        else:
            threading.Thread(target=self._list_windows, name="list-windows", daemon=True).start()
        sl.addWidget(self.screen_choice)
        sl.addWidget(self.region)
        self._add_page(SourceKind.SCREEN, screen_page)

        # A media file, looped or played once.
        media_page = QWidget()
        ml = QVBoxLayout(media_page)
        ml.setContentsMargins(0, 0, 0, 0)
        self.media_path, media_row = self._path_row(tr("Media file"), _MEDIA_FILTER)
        self.loop = QCheckBox(tr("Loop (start again at the end)"))
        self.loop.setChecked(True)
        self.loop.setToolTip(
            tr(
                "Off: played once, then its last picture stays. Either way it starts from the "
                "beginning each time a scene showing it goes on air."
            )
        )
        ml.addLayout(media_row)
        ml.addWidget(self.loop)
        self._add_page(SourceKind.MEDIA, media_page)

        # A picture.
        image_page = QWidget()
        il = QVBoxLayout(image_page)
        il.setContentsMargins(0, 0, 0, 0)
        self.image_path, image_row = self._path_row(tr("Picture"), _IMAGE_FILTER)
        il.addLayout(image_row)
        self._add_page(SourceKind.IMAGE, image_page)

        # A colour.
        colour_page = QWidget()
        cl = QHBoxLayout(colour_page)
        cl.setContentsMargins(0, 0, 0, 0)
        self.colour = QLineEdit("#1b1530")
        self.colour.setAccessibleName(tr("Colour"))
        pick = QPushButton(tr("Pick…"))
        pick.clicked.connect(self._pick_colour)
        cl.addWidget(self.colour, 1)
        cl.addWidget(pick)
        self._add_page(SourceKind.COLOUR, colour_page)

        # A microphone (the test tone stands in).
        self.mic = QComboBox()
        self.mic.setAccessibleName(tr("Microphone"))
        mics = [(lbl, v) for lbl, v in microphones if v != "none"]
        if not any(v == "test" for _, v in mics):
            mics.insert(0, (tr("Test tone"), "test"))
        for lbl, v in mics:
            self.mic.addItem(lbl, v)
        self._add_page(SourceKind.MIC, self.mic)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setProperty("error", True)
        self.problem.setStyleSheet(f"color: {colors(current_theme()).alarm};")
        self.problem.hide()
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.region, self.media_path, self.image_path, self.colour):
            edit.textChanged.connect(self.problem.hide)  # a fix under way: the old word goes
        self.setMinimumWidth(480)
        self._kind_changed()

    def _add_page(self, kind: SourceKind, page: QWidget) -> None:
        self._page[kind] = self.pages.addWidget(page)

    def _path_row(self, what: str, file_filter: str) -> tuple[QLineEdit, QHBoxLayout]:
        edit = QLineEdit()
        edit.setAccessibleName(what)
        browse = QPushButton(tr("Browse…"))

        def choose() -> None:
            path, _ = QFileDialog.getOpenFileName(self, what, edit.text(), tr(file_filter))
            if path:
                edit.setText(path)

        browse.clicked.connect(choose)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return edit, row

    def _list_windows(self) -> None:
        """Worker thread: the X display's windows, handed to the GUI thread."""
        windows = list_windows()
        with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
            self.windows_listed.emit(windows)

    def _add_windows(self, windows: list[XWindow]) -> None:
        """Each window as a choice, before 'A region of the screen…'."""
        self.windows = windows
        for win in windows:
            label = tr("Window: {title} ({w}×{h})").format(
                title=win.title, w=win.width, h=win.height
            )
            self.screen_choice.insertItem(
                self.screen_choice.count() - 1, label, window_target(win.id)
            )

    def _screen_chosen(self) -> None:
        region = self.screen_choice.currentData() is None
        self.region.setEnabled(region)
        if region:
            self.region.setFocus()
        self.problem.hide()

    def choose_screen(self, target: str | None) -> None:
        """Pick the entry capturing `target` ('' the whole display, a monitor's region; None
        a region typed in)."""
        for i in range(self.screen_choice.count()):
            if self.screen_choice.itemData(i) == target:
                self.screen_choice.setCurrentIndex(i)
                return
        raise ValueError(f"no screen entry for {target!r}")

    def _pick_colour(self) -> None:
        start = QColor(self.colour.text().strip())
        if not start.isValid():
            start = QColor("#1b1530")
        c = QColorDialog.getColor(start, self, tr("Colour"))
        if c.isValid():
            self.colour.setText(c.name())

    @property
    def chosen_kind(self) -> SourceKind:
        """The kind picked in the list."""
        return SourceKind(self.kind.currentData())

    def set_kind(self, kind: SourceKind) -> None:
        """Pick `kind` in the list (its page shows)."""
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def _kind_changed(self) -> None:
        self.pages.setCurrentIndex(self._page[self.chosen_kind])
        self.problem.hide()
        if self.chosen_kind is SourceKind.SCREEN and self._screen_problem is not None:
            self._say(self._screen_problem)  # before OK: why the screen cannot be captured

    def _say(self, exc: StudioError) -> None:
        self.problem.setText(f"{exc.message} {exc.hint or ''}".strip())
        self.problem.show()
        # Grown to hold the wrapped words (a shown dialog keeps its size otherwise, and the
        # label would be cut off over the form).
        lay = self.layout()
        if lay is not None:
            lay.activate()
            need = lay.totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), need))

    def _check(self) -> None:
        try:
            self._choice = self._read()
        except StudioError as exc:
            self._say(exc)
            return
        self.accept()

    def _read(self) -> SourceChoice:
        """The choice in the form; raises UsageError (message + hint) for one that is wrong."""
        kind = self.chosen_kind
        if kind is SourceKind.CAMERA:
            value = str(self.camera.currentData())
            if value == "test":
                return SourceChoice(SourceKind.TEST)
            return SourceChoice(kind, value)
        if kind is SourceKind.MIC:
            value = str(self.mic.currentData())
            if value == "test":
                return SourceChoice(SourceKind.TONE)
            return SourceChoice(kind, value)
        if kind is SourceKind.SCREEN:
            if self._screen_problem is not None:
                raise self._screen_problem
            target = self.screen_choice.currentData()
            if target is not None:
                return SourceChoice(kind, str(target))
            region = parse_region(self.region.text())
            if region is None:
                raise UsageError(
                    tr("No screen region is given."),
                    tr("Write it as width×height+x+y, or choose the whole screen."),
                )
            return SourceChoice(kind, str(region))
        if kind is SourceKind.COLOUR:
            text = self.colour.text().strip()
            try:
                parse_colour(text)
            except StudioError:
                raise UsageError(
                    tr("The colour {colour} is not understood.").format(colour=text),
                    tr("Write it as #rrggbb, or press Pick…."),
                ) from None
            return SourceChoice(kind, text.lower())
        edit = self.media_path if kind is SourceKind.MEDIA else self.image_path
        text = edit.text().strip()
        if not text:
            raise UsageError(tr("No file is chosen."), tr("Press Browse… to choose one."))
        if not Path(text).is_file():
            raise UsageError(
                tr("The file {path} does not exist.").format(path=text),
                tr("Check the path, or press Browse… to choose one."),
            )
        return SourceChoice(kind, text, loop=self.loop.isChecked())

    def choice(self) -> SourceChoice | None:
        """The checked choice after OK, else None."""
        return self._choice
