"""Full-frame cards drawn by the studio itself (not by a theme pack)."""

from __future__ import annotations

import numpy as np


def render_brb(width: int, height: int) -> np.ndarray:
    """The 'be right back' card shown over the slate while the camera is gone."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    from studio.overlays.fonts import ensure_qt, make_font
    from studio.overlays.painting import begin, image_to_array, new_image, rounded

    ensure_qt()
    s = height / 1080
    w, h = round(900 * s), round(300 * s)
    img = new_image(w, h)
    p = begin(img)
    try:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(20, 20, 24, 230))
        p.drawPath(rounded(QRectF(0, 0, w, h), 28 * s))
        p.setPen(QColor(255, 255, 255))
        p.setFont(make_font("Studio Noto Sans", 96 * s, bold=True))
        p.drawText(QRectF(0, 40 * s, w, 140 * s), Qt.AlignmentFlag.AlignCenter, "Be right back")
        p.setPen(QColor(200, 200, 210))
        p.setFont(make_font("Studio Noto Sans", 40 * s))
        p.drawText(
            QRectF(0, 180 * s, w, 70 * s),
            Qt.AlignmentFlag.AlignCenter,
            "The camera is reconnecting…",
        )
    finally:
        p.end()
    return image_to_array(img)
