"""Camera, microphone, encoder and profile pickers with a level meter.

Listing devices and probing encoders touch hardware and can take a second: they run on a
worker thread. Picking a device hot-swaps it in the running preview or show (the session's
worker opens it); the meter reads the audio wrapper's last levels twenty times a second.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from studio.app import Studio
from studio.canvases import CANVASES, Profile
from studio.config import DeviceSettings, VideoSettings
from studio.ui.i18n import QT_TR_NOOP, tr
from studio.ui.widgets import VuMeter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceLists:
    cameras: tuple[tuple[str, str], ...]  # (label, config value)
    microphones: tuple[tuple[str, str], ...]
    encoders: tuple[tuple[str, str], ...]


def list_devices() -> DeviceLists:
    """Blocking: cameras, microphones and working encoders (worker thread only)."""
    from studio.capture.devices import list_cameras, list_microphones
    from studio.capture.screen import screen_available
    from studio.engine.encoders import probe_encoders

    cams = [(tr("Test pattern"), "test"), (tr("No camera"), "none")]
    cams += [(f"{c.name} ({c.id})", c.id) for c in list_cameras()]
    if screen_available():
        cams.append((tr("Screen (product page, slides)"), "screen"))
    mics = [
        (tr("Test tone"), "test"),
        (tr("No microphone"), "none"),
        (tr("System default"), "default"),
    ]
    try:
        mics += [(m.name, m.name) for m in list_microphones()]
    except Exception as exc:  # PortAudio missing: say so in the list
        log.info("no microphones: %s", exc)
    encs = [(tr("Encoder: automatic"), "auto")]
    for info in probe_encoders():
        if info.works:
            kind = "hardware" if info.hardware else "software"
            encs.append((f"{info.name} ({kind})", info.name))
    return DeviceLists(tuple(cams), tuple(mics), tuple(encs))


def with_profile(video: VideoSettings, profile: Profile) -> VideoSettings:
    """`video` on another canvas. A bitrate left at the old canvas's default moves to the new
    one's (one default per canvas, from `studio.canvases`); a bitrate the creator chose stays."""
    kbps = video.bitrate_kbps
    if kbps == CANVASES[video.profile].video_kbps:
        kbps = CANVASES[profile].video_kbps
    return video.model_copy(update={"profile": profile, "bitrate_kbps": kbps})


class DevicesViewModel(QObject):
    listed = Signal(object)  # DeviceLists
    levels = Signal(float, float)  # peak, rms dBFS
    _done = Signal(object)

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.lists: DeviceLists | None = None
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="devices")
        self._done.connect(self._store, Qt.ConnectionType.QueuedConnection)
        self._meter = QTimer(self)
        self._meter.setInterval(50)
        self._meter.timeout.connect(self._tick)
        self._meter.start()

    def refresh(self) -> None:
        def work() -> None:
            try:
                self._done.emit(list_devices())
            except Exception:
                log.exception("listing devices failed")

        with contextlib.suppress(RuntimeError):  # closing down
            self._pool.submit(work)

    @Slot(object)
    def _store(self, lists: DeviceLists) -> None:
        self.lists = lists
        self.listed.emit(lists)

    @Slot()
    def _tick(self) -> None:
        a = self.studio.session.audio
        self.levels.emit(a.peak_db, a.rms_db)

    @property
    def camera(self) -> str:
        return self.studio.config.devices.camera or "none"

    @property
    def microphone(self) -> str:
        return self.studio.config.devices.microphone or "none"

    @property
    def video_fit(self) -> str:
        return self.studio.config.devices.video_fit

    def _save_devices(self, camera: str | None, mic: str | None, fit: str | None = None) -> None:
        cfg = self.studio.config
        devices = DeviceSettings(
            camera=None if camera in (None, "none") else camera,
            microphone=None if mic in (None, "none") else mic,
            video_fit=fit or cfg.devices.video_fit,
        )
        self.studio.save_settings(cfg.model_copy(update={"devices": devices}))

    def set_video_fit(self, fit: str) -> None:
        """fit / fill / stretch (see studio.media.fit); reopens the camera with it."""
        if fit != self.video_fit:
            self._save_devices(self.camera, self.microphone, fit)

    def set_camera(self, value: str) -> None:
        if value != self.camera:
            self._save_devices(value, self.microphone)

    def set_microphone(self, value: str) -> None:
        if value != self.microphone:
            self._save_devices(self.camera, value)

    def set_profile(self, profile: str) -> None:
        cfg = self.studio.config
        if str(cfg.video.profile) == profile:
            return
        video = with_profile(cfg.video, Profile(profile))
        self.studio.save_settings(cfg.model_copy(update={"video": video}))

    def set_encoder(self, encoder: str) -> None:
        cfg = self.studio.config
        if cfg.video.encoder == encoder:
            return
        video = cfg.video.model_copy(update={"encoder": encoder})
        self.studio.save_settings(cfg.model_copy(update={"video": video}))

    def toggle_mute(self) -> bool:
        a = self.studio.session.audio
        a.muted = not a.muted
        return a.muted

    def close(self) -> None:
        self._meter.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)


# (shown, config value, tooltip): the modes of studio.media.fit; a focus point is CLI-only.
FIT_CHOICES = (
    (QT_TR_NOOP("Fit"), "fit", QT_TR_NOOP("The whole picture, with bars where its shape differs")),
    (
        QT_TR_NOOP("Fill"),
        "fill",
        QT_TR_NOOP("Fill the video, cropping the picture's edges around its centre"),
    ),
    (QT_TR_NOOP("Stretch"), "stretch", QT_TR_NOOP("Fill the video, changing the picture's shape")),
)


def _select(combo: QComboBox, value: str) -> None:
    i = combo.findData(value)
    if i < 0:
        combo.addItem(value, value)
        i = combo.count() - 1
    combo.setCurrentIndex(i)


class DevicesPanel(QWidget):
    """The 'Devices' dock."""

    def __init__(self, vm: DevicesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)

        def combo(name: str) -> QComboBox:
            c = QComboBox()
            c.setAccessibleName(name)
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            c.setMinimumContentsLength(8)
            c.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            return c

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text)
            lab.setBuddy(buddy)
            return lab

        self.camera = combo(tr("Camera"))
        self.fit = QComboBox()
        self.fit.setAccessibleName(tr("Camera picture fit"))
        for text, value, tip in FIT_CHOICES:
            self.fit.addItem(tr(text), value)
            self.fit.setItemData(self.fit.count() - 1, tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.fit.setToolTip(tr("How the camera's picture fills the video"))
        camera_row = QHBoxLayout()
        camera_row.setSpacing(4)
        camera_row.addWidget(self.camera, 1)
        camera_row.addWidget(self.fit)
        self.mic = combo(tr("Microphone"))
        self.meter = VuMeter()
        self.mute = QPushButton(tr("Mute"))
        self.mute.setObjectName("mute")  # red while muted (style.py)
        self.mute.setCheckable(True)
        self.mute.setToolTip(tr("Silence the microphone for viewers"))
        self.mute.clicked.connect(self._mute)
        self.profile = combo(tr("Video profile"))
        for c in CANVASES.values():
            self.profile.addItem(tr("{title} · {fps} fps").format(title=c.title, fps=c.fps), c.name)
        longest = max(len(self.profile.itemText(i)) for i in range(self.profile.count()))
        self.profile.setMinimumContentsLength(longest)
        self.encoder = combo(tr("Encoder"))
        grid.addWidget(label(tr("&Camera"), self.camera), 0, 0)
        grid.addLayout(camera_row, 0, 1)
        grid.addWidget(label(tr("&Video"), self.profile), 0, 2)
        grid.addWidget(self.profile, 0, 3)
        grid.addWidget(self.encoder, 0, 4, 1, 2)
        grid.addWidget(label(tr("&Microphone"), self.mic), 1, 0)
        grid.addWidget(self.mic, 1, 1)
        grid.addWidget(QLabel(tr("Level")), 1, 2)
        grid.addWidget(self.meter, 1, 3, 1, 2)
        grid.addWidget(self.mute, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 2)
        self._loading = False
        self._fill(None)
        vm.listed.connect(self._fill)
        vm.levels.connect(self.meter.set_levels)
        vm.levels.connect(self._follow_mute)  # a remote control may mute too (issue 24)
        self.camera.activated.connect(lambda _i: self._picked())
        self.mic.activated.connect(lambda _i: self._picked())
        self.fit.activated.connect(lambda _i: vm.set_video_fit(str(self.fit.currentData())))
        self.profile.activated.connect(lambda _i: vm.set_profile(str(self.profile.currentData())))
        self.encoder.activated.connect(lambda _i: vm.set_encoder(str(self.encoder.currentData())))

    def _fill(self, lists: Any) -> None:
        self._loading = True
        try:
            for combo, items, value in (
                (self.camera, lists.cameras if lists else (), self.vm.camera),
                (self.mic, lists.microphones if lists else (), self.vm.microphone),
                (
                    self.encoder,
                    lists.encoders if lists else (),
                    self.vm.studio.config.video.encoder,
                ),
            ):
                combo.clear()
                for label, data in items:
                    combo.addItem(label, data)
                if not items:
                    combo.addItem(tr("Looking…") if value in ("", None) else value, value)
                _select(combo, value)
            _select(self.profile, str(self.vm.studio.config.video.profile))
            _select(self.fit, self.vm.video_fit)
        finally:
            self._loading = False

    def _picked(self) -> None:
        if self._loading:
            return
        self.vm.set_camera(str(self.camera.currentData()))
        self.vm.set_microphone(str(self.mic.currentData()))

    def _mute(self) -> None:
        self._show_muted(self.vm.toggle_mute())

    def _follow_mute(self, *_levels: float) -> None:
        muted = bool(self.vm.studio.session.audio.muted)
        if muted != self.mute.isChecked():
            self._show_muted(muted)

    def _show_muted(self, muted: bool) -> None:
        self.mute.setChecked(muted)
        self.mute.setText(tr("Muted") if muted else tr("Mute"))
        self.mute.setToolTip(
            tr("Muted: viewers hear nothing. Click to unmute.")
            if muted
            else tr("Silence the microphone for viewers")
        )

    def set_live(self, live: bool) -> None:
        """Profile and encoder cannot change mid-show (they apply at the next go-live)."""
        tip = tr("Applies when you next go live") if live else ""
        self.profile.setToolTip(tip)
        self.encoder.setToolTip(tip)
