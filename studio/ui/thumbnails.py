"""Product thumbnails for the catalog and queue, loaded off the GUI thread.

Images may be URLs on the platform's CDN: fetching and decoding run on two worker threads
through the overlays' `ImageCache` (size checks, bomb-safe decoding, disk cache); the GUI
thread only turns the finished QImage into a pixmap.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from studio.overlays.images import ImageCache

log = logging.getLogger(__name__)

THUMB = 44


class ThumbnailLoader(QObject):
    loaded = Signal(str)  # the image source that is now available
    _done = Signal(str, QImage)

    def __init__(self, cache_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache = ImageCache(cache_dir=cache_dir, max_entries=256)
        self._pool = concurrent.futures.ThreadPoolExecutor(2, thread_name_prefix="thumbs")
        self._pixmaps: dict[str, QPixmap | None] = {}
        self._pending: set[str] = set()
        self._done.connect(self._store, Qt.ConnectionType.QueuedConnection)
        self._placeholder = self._make_placeholder()

    @staticmethod
    def _make_placeholder() -> QPixmap:
        pm = QPixmap(QSize(THUMB, THUMB))
        pm.fill(QColor(0, 0, 0, 0))
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(128, 128, 128, 60))
        p.drawRoundedRect(0, 0, THUMB, THUMB, 6, 6)
        p.end()
        return pm

    def pixmap(self, source: str | None) -> QPixmap:
        """The thumbnail if ready; else a placeholder (and the image is requested)."""
        if not source:
            return self._placeholder
        pm = self._pixmaps.get(source)
        if pm is not None:
            return pm
        if source not in self._pixmaps and source not in self._pending:
            self._pending.add(source)
            with contextlib.suppress(RuntimeError):  # shut down
                self._pool.submit(self._load, source)
        return self._placeholder

    def _load(self, source: str) -> None:
        try:
            img = self._cache.get(source, THUMB * 2, THUMB * 2)
        except Exception:
            log.exception("thumbnail %s failed", source)
            img = None
        self._done.emit(source, img if img is not None else QImage())

    @Slot(str, QImage)
    def _store(self, source: str, img: QImage) -> None:
        self._pending.discard(source)
        if img.isNull():
            self._pixmaps[source] = None
            return
        side = min(img.width(), img.height())
        square = img.copy((img.width() - side) // 2, (img.height() - side) // 2, side, side).scaled(
            THUMB * 2,
            THUMB * 2,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pm = QPixmap.fromImage(square)
        pm.setDevicePixelRatio(2.0)
        self._pixmaps[source] = pm
        self.loaded.emit(source)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
