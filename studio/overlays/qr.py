"""QR codes for product links, drawn as crisp squares (never a scaled bitmap)."""

from __future__ import annotations

import logging
from functools import lru_cache

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

log = logging.getLogger(__name__)


@lru_cache(maxsize=64)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...] | None:
    """Module matrix without quiet zone; error level M survives a phone camera off a screen."""
    try:
        code = segno.make_qr(data, error="m", boost_error=False)
    except Exception as exc:  # segno raises on data too long for any QR version
        log.warning("cannot make a QR code for %r: %s", data[:80], exc)
        return None
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def draw_qr(
    p: QPainter, rect: QRectF, data: str, dark: QColor, light: QColor, radius: float = 0.0
) -> bool:
    """Draw a QR code with its 2-module quiet zone filling `rect` (square); False if impossible."""
    m = qr_matrix(data)
    if m is None:
        return False
    n = len(m)
    quiet = 2
    side = min(rect.width(), rect.height())
    # Whole pixels per module keep every module sharp and the code reliably scannable.
    module = max(1, int(side // (n + 2 * quiet)))
    size = module * (n + 2 * quiet)
    x0 = round(rect.x() + (rect.width() - size) / 2)
    y0 = round(rect.y() + (rect.height() - size) / 2)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, radius > 0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(light)
    if radius > 0:
        p.drawRoundedRect(QRectF(x0, y0, size, size), radius, radius)
    else:
        p.drawRect(QRectF(x0, y0, size, size))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setBrush(dark)
    for r, row in enumerate(m):
        y = y0 + (r + quiet) * module
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                p.drawRect(x0 + (start + quiet) * module, y, (c - start) * module, module)
            else:
                c += 1
    p.restore()
    return True
