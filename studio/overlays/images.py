"""Product images: fetched once, checked before decoding, downscaled once, cached.

Catalog images come from sellers and the web, so they may be missing, corrupt, enormous (a
decompression bomb of a few KB that claims 50000×50000 pixels) or slow to download. None of that
may reach the broadcast: every failure becomes a warning and `None` (the card then draws a
placeholder). The header is read first (QImageReader.size()) and oversized images are refused
before a single pixel is decoded; large JPEGs are decoded directly at the reduced size.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import urllib.request
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from studio.overlays.painting import FORMAT

log = logging.getLogger(__name__)

MAX_PIXELS = 40_000_000  # 40 MP: more than any product photo needs, far less than a bomb
MAX_SIDE = 16_384
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
DOWNLOAD_TIMEOUT_S = 8.0


class ImageCache:
    """Thread-safe cache of downscaled product images keyed by (source, box size)."""

    def __init__(
        self,
        *,
        cache_dir: Path | None = None,
        max_entries: int = 64,
        max_pixels: int = MAX_PIXELS,
    ) -> None:
        self._cache_dir = cache_dir
        self._max = max_entries
        self._max_pixels = max_pixels
        self._lock = threading.Lock()
        self._images: OrderedDict[tuple[str, int, int], QImage | None] = OrderedDict()

    def get(self, source: str | None, box_w: int, box_h: int) -> QImage | None:
        """The image scaled to cover box_w×box_h (at most), or None if it cannot be used."""
        if not source:
            return None
        key = (source, int(box_w), int(box_h))
        with self._lock:
            if key in self._images:
                self._images.move_to_end(key)
                return self._images[key]
        img = self._load(source, int(box_w), int(box_h))
        with self._lock:
            self._images[key] = img
            while len(self._images) > self._max:
                self._images.popitem(last=False)
        return img

    # -- loading ---------------------------------------------------------------------------

    def _load(self, source: str, box_w: int, box_h: int) -> QImage | None:
        if source.startswith(("http://", "https://")):
            data = self._fetch(source)
            if data is None:
                return None
            return self._decode_bytes(data, source, box_w, box_h)
        path = Path(source)
        if not path.is_file():
            log.warning("product image %s does not exist; showing a placeholder", source)
            return None
        reader = QImageReader(str(path))
        return self._decode(reader, source, box_w, box_h)

    def _decode_bytes(self, data: bytes, source: str, box_w: int, box_h: int) -> QImage | None:
        buf = QBuffer()
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buf)
        img = self._decode(reader, source, box_w, box_h)
        buf.close()
        return img

    def _decode(self, reader: QImageReader, source: str, box_w: int, box_h: int) -> QImage | None:
        reader.setAutoTransform(True)  # honour EXIF orientation: phone photos are often rotated
        size = reader.size()  # header only: nothing decoded yet
        if not reader.canRead() or not size.isValid() or size.isEmpty():
            log.warning(
                "product image %s is not a readable image (%s); showing a placeholder",
                source,
                reader.errorString() or "unknown format",
            )
            return None
        w, h = size.width(), size.height()
        if w > MAX_SIDE or h > MAX_SIDE or w * h > self._max_pixels:
            log.warning(
                "product image %s claims %d×%d pixels, over the %d MP limit; not decoding it",
                source,
                w,
                h,
                self._max_pixels // 1_000_000,
            )
            return None
        # Decode straight to the needed size where the format supports it (JPEG does): a 24 MP
        # photo for a 400 px card then costs a fraction of a full decode.
        target = _cover_size(w, h, box_w * 2, box_h * 2)
        if target.width() < w:
            reader.setScaledSize(target)
        img = reader.read()
        if img.isNull():
            log.warning(
                "product image %s cannot be decoded (%s); showing a placeholder",
                source,
                reader.errorString(),
            )
            return None
        scaled = img.scaled(
            _cover_size(img.width(), img.height(), box_w, box_h),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        return scaled.convertToFormat(FORMAT)

    def _fetch(self, url: str) -> bytes | None:
        cached = self._disk_path(url)
        if cached is not None and cached.is_file():
            try:
                return cached.read_bytes()
            except OSError:
                pass
        try:
            req = urllib.request.Request(url, headers={"User-Agent": "studio-overlays"})
            with urllib.request.urlopen(req, timeout=DOWNLOAD_TIMEOUT_S) as resp:
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > MAX_DOWNLOAD_BYTES:
                    log.warning(
                        "product image %s is %s bytes, over the download limit; skipped",
                        url,
                        length,
                    )
                    return None
                data: bytes = resp.read(MAX_DOWNLOAD_BYTES + 1)
        except Exception as exc:  # any network or HTTP failure only costs the picture
            log.warning("product image %s could not be downloaded (%s)", url, exc)
            return None
        if len(data) > MAX_DOWNLOAD_BYTES:
            log.warning("product image %s is over the download limit; skipped", url)
            return None
        if cached is not None:
            try:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(".part")
                tmp.write_bytes(data)
                tmp.replace(cached)
            except OSError as exc:
                log.debug("could not cache %s: %s", url, exc)
        return data

    def _disk_path(self, url: str) -> Path | None:
        if self._cache_dir is None:
            return None
        return self._cache_dir / hashlib.sha256(url.encode()).hexdigest()


def _cover_size(w: int, h: int, box_w: int, box_h: int) -> QSize:
    """Smallest size ≥ the box in both directions with the image's aspect; never upscaled."""
    scale = min(1.0, max(box_w / w, box_h / h))
    return QSize(max(1, round(w * scale)), max(1, round(h * scale)))
