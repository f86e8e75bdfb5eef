#!/usr/bin/env python3
"""Draw the theme frame graphics (nine-slice PNGs) in assets/themes. Run once; output committed.

Drawn in code rather than by hand so the tiles line up exactly: every frame is 160×160 with
48 px corner slices, and any repeating pattern (denim stitching) has a 16 px period, so the
middle 64 px of each edge tiles seamlessly along a card of any size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_theme_frames.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

ROOT = Path(__file__).resolve().parent.parent
SIZE, SLICE, PERIOD = 160, 48, 16


def canvas() -> tuple[QImage, QPainter]:
    img = QImage(SIZE, SIZE, QImage.Format.Format_RGBA8888_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    return img, p


def denim() -> QImage:
    """Mustard top-stitching 16 px inside the edge, with copper rivets in the corners."""
    img, p = canvas()
    inset, radius = 16.0, 14.0
    thread = QColor(232, 163, 61, 235)
    pen = QPen(thread, 3.2)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setDashPattern([9 / 3.2, 7 / 3.2])  # 16 px period, in pen widths
    p.setPen(pen)
    lo, hi = inset, SIZE - inset
    # Straight runs start their dash pattern at 0 so the 48..112 span holds whole periods.
    for a, b in (
        (QPointF(0, lo), QPointF(SIZE, lo)),
        (QPointF(0, hi), QPointF(SIZE, hi)),
        (QPointF(lo, 0), QPointF(lo, SIZE)),
        (QPointF(hi, 0), QPointF(hi, SIZE)),
    ):
        p.save()
        # Keep the straight runs out of the corners; the arcs join them there.
        p.setClipRect(QRectF(lo + radius, 0, hi - lo - 2 * radius, SIZE))
        if a.x() == b.x():
            p.setClipRect(QRectF(0, lo + radius, SIZE, hi - lo - 2 * radius))
        p.drawLine(a, b)
        p.restore()
    solid = QPen(thread, 3.2)
    solid.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(solid)
    d = 2 * radius
    for x, y, start in ((lo, lo, 90), (hi - d, lo, 0), (lo, hi - d, 180), (hi - d, hi - d, 270)):
        p.drawArc(QRectF(x, y, d, d), start * 16, 90 * 16)
    for cx, cy in ((30, 30), (SIZE - 30, 30), (30, SIZE - 30), (SIZE - 30, SIZE - 30)):
        p.setPen(QPen(QColor(120, 70, 30, 255), 1.5))
        p.setBrush(QColor(196, 128, 62, 255))
        p.drawEllipse(QPointF(cx, cy), 5.5, 5.5)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 220, 170, 200))
        p.drawEllipse(QPointF(cx - 1.5, cy - 1.5), 2.0, 2.0)
    p.end()
    return img


def neon() -> QImage:
    """Glowing magenta corner brackets; the edges stay empty."""
    img, p = canvas()
    color = QColor(255, 46, 136)
    arm, inset = 34.0, 7.0
    for width, alpha in ((14, 40), (9, 70), (5, 255)):
        c = QColor(color)
        c.setAlpha(alpha)
        pen = QPen(c, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        lo, hi = inset, SIZE - inset
        for (x, y), (sx, sy) in (
            ((lo, lo), (1, 1)),
            ((hi, lo), (-1, 1)),
            ((lo, hi), (1, -1)),
            ((hi, hi), (-1, -1)),
        ):
            p.drawPolyline([QPointF(x + sx * arm, y), QPointF(x, y), QPointF(x, y + sy * arm)])
    p.setPen(QPen(QColor(255, 220, 240), 1.6))
    lo, hi = inset, SIZE - inset
    for (x, y), (sx, sy) in (
        ((lo, lo), (1, 1)),
        ((hi, lo), (-1, 1)),
        ((lo, hi), (1, -1)),
        ((hi, hi), (-1, -1)),
    ):
        p.drawPolyline([QPointF(x + sx * arm, y), QPointF(x, y), QPointF(x, y + sy * arm)])
    p.end()
    return img


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    themes = ROOT / "assets" / "themes"
    for name, fn in (("denim", denim), ("neon-night", neon)):
        out = themes / name / "frame.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not fn().save(str(out), "PNG"):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out.relative_to(ROOT)}", file=sys.stderr)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
