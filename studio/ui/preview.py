"""The preview of what viewers see: a mailbox view-model and a widget that paints it.

Frames arrive on the engine's preview thread. The view-model keeps only the newest one and
wakes the GUI thread with at most one queued signal in flight, so a slow GUI skips frames
instead of piling them up, and the engine never waits for the window.
"""

from __future__ import annotations

import threading
import time
from collections import deque

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from studio.engine.preview import PreviewFrame
from studio.ui.i18n import tr
from studio.ui.style import colors, current_theme


class PreviewViewModel(QObject):
    """Newest preview frame as a QImage, delivered on the GUI thread."""

    frame = Signal(QImage)
    _wake = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: PreviewFrame | None = None
        self._pending = False
        self._shown: deque[float] = deque(maxlen=60)
        self.frames_shown = 0
        self._wake.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def push(self, pf: PreviewFrame) -> None:
        """Any thread (the engine's preview thread)."""
        with self._lock:
            self._latest = pf
            if self._pending:
                return
            self._pending = True
        self._wake.emit()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            pf, self._latest = self._latest, None
            self._pending = False
        if pf is None:
            return
        h, w = pf.rgb.shape[:2]
        # The QImage borrows the array's memory; the copy makes it own it (cheap at 640×360).
        img = QImage(pf.rgb.data, w, h, w * 3, QImage.Format.Format_RGB888).copy()
        self.frames_shown += 1
        self._shown.append(time.monotonic())
        self.frame.emit(img)

    def fps(self) -> float:
        """Frames shown per second over the last few seconds (for tests and the tooltip)."""
        ts = [t for t in self._shown if t >= time.monotonic() - 3.0]
        if len(ts) < 2:
            return 0.0
        return (len(ts) - 1) / (ts[-1] - ts[0])


class PreviewWidget(QWidget):
    """Paints the newest frame at its own shape, centred (the room around it in the window's
    colour), with a corner badge (PREVIEW / LIVE) and a caption beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._badge = ""
        self._badge_live = False
        self._caption = ""
        self._aspect = 16 / 9
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(tr("Preview of the broadcast"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(854, 480)

    def hasHeightForWidth(self) -> bool:
        return False

    @Slot(QImage)
    def set_image(self, img: QImage) -> None:
        self._image = img
        if img.height():
            self._aspect = img.width() / img.height()
        self.update()

    def set_badge(self, text: str, live: bool) -> None:
        self._badge, self._badge_live = text, live
        self.update()

    def set_caption(self, text: str) -> None:
        """A line under the badge (e.g. 'Overlay preview: the host's camera is not shown')."""
        self._caption = text
        self.update()

    def image_rect(self) -> QRectF:
        r = QRectF(self.rect())
        if r.width() / max(1.0, r.height()) > self._aspect:
            w = r.height() * self._aspect
            return QRectF(r.left() + (r.width() - w) / 2, r.top(), w, r.height())
        h = r.width() / self._aspect
        return QRectF(r.left(), r.top() + (r.height() - h) / 2, r.width(), h)

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        c = colors(current_theme())
        # Only the picture is the canvas: the room around it (a widget wider or taller than
        # the canvas's shape) is the window's own colour, not black bars that read as a
        # pillarboxed stream (as OBS draws its preview).
        p.fillRect(self.rect(), self.palette().window())
        target = self.image_rect()
        p.fillRect(target, QColor(c.preview_bg))
        if self._image is not None:
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            p.drawImage(target, self._image)
        else:
            p.setPen(QColor(c.muted))
            p.drawText(target, Qt.AlignmentFlag.AlignCenter, tr("Starting the preview…"))
        self._paint_badge(p, target)
        p.end()

    def _paint_badge(self, p: QPainter, target: QRectF) -> None:
        if not self._badge and not self._caption:
            return
        c = colors(current_theme())
        f = QFont(self.font())
        f.setBold(True)
        p.setFont(f)
        fm = p.fontMetrics()
        h = fm.height() + 6
        box = QRectF(target.left() + 10, target.top() + 10, 0, h)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._badge:
            box.setWidth(fm.horizontalAdvance(self._badge) + 16)
            p.setPen(Qt.PenStyle.NoPen)
            bg = QColor(c.live) if self._badge_live else QColor(0, 0, 0, 150)
            p.setBrush(bg)
            p.drawRoundedRect(box, 4, 4)
            p.setPen(QColor("white"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self._badge)
        if self._caption:
            cw = fm.horizontalAdvance(self._caption) + 16
            left = box.right() + 6 if self._badge else box.left()
            cap = QRectF(left, box.top(), cw, h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(0, 0, 0, 150))
            p.drawRoundedRect(cap, 4, 4)
            p.setPen(QColor("white"))
            f.setBold(False)
            p.setFont(f)
            p.drawText(cap, Qt.AlignmentFlag.AlignCenter, self._caption)
