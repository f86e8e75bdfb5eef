"""Render the demo catalog's product photos (studio-lit illustrations) into assets/demo/*.jpg.

Run from the repository root: `QT_QPA_PLATFORM=offscreen python assets/demo/make_images.py`.
Everything is drawn with QPainter gradients so the repo ships no third-party imagery and the
pictures can be regenerated at another size. Deterministic: the same code gives the same files.
"""

from __future__ import annotations

import math
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRadialGradient,
)

SIZE = 600

# PySide6 6.12 on Python 3.11 drops one reference to None on every call of a method that
# returns nothing (QPainter.drawLine, QPainterPath.lineTo, ...); after a few thousand calls the
# interpreter aborts with "deallocating None". Holding extra references keeps this script alive.
_NONE_REFS = [None] * 2_000_000
OUT = Path(__file__).resolve().parent


def c(hex_: str, alpha: int = 255) -> QColor:
    col = QColor(hex_)
    col.setAlpha(alpha)
    return col


def round_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def shade(col: QColor, factor: float) -> QColor:
    return col.lighter(int(100 * factor)) if factor >= 1 else col.darker(int(100 / factor))


# -- scene -------------------------------------------------------------------------------------


def backdrop(p: QPainter, wall: str, table: str, horizon: float = 0.62) -> None:
    h = SIZE * horizon
    g = QLinearGradient(0, 0, 0, h)
    g.setColorAt(0, shade(c(wall), 1.12))
    g.setColorAt(1, shade(c(wall), 0.92))
    p.fillRect(QRectF(0, 0, SIZE, h), g)
    t = QLinearGradient(0, h, 0, SIZE)
    t.setColorAt(0, shade(c(table), 1.1))
    t.setColorAt(1, shade(c(table), 0.8))
    p.fillRect(QRectF(0, h, SIZE, SIZE - h), t)
    rng = random.Random(hash(table) & 0xFFFF)
    p.setPen(QPen(c("#000000", 18), 1.2))
    for _ in range(26):  # wood grain on the tabletop
        y = h + rng.random() * (SIZE - h)
        path = QPainterPath(QPointF(0, y))
        for x in range(0, SIZE + 60, 60):
            path.lineTo(x, y + math.sin(x / 90 + y) * 2.5)
        p.drawPath(path)
    vignette = QRadialGradient(SIZE / 2, SIZE * 0.45, SIZE * 0.75)
    vignette.setColorAt(0.55, c("#000000", 0))
    vignette.setColorAt(1, c("#000000", 110))
    p.fillRect(QRectF(0, 0, SIZE, SIZE), vignette)
    key = QRadialGradient(SIZE * 0.3, SIZE * 0.15, SIZE * 0.6)
    key.setColorAt(0, c("#FFF6E5", 70))
    key.setColorAt(1, c("#FFF6E5", 0))
    p.fillRect(QRectF(0, 0, SIZE, SIZE), key)


def shadow(p: QPainter, cx: float, cy: float, w: float, h: float, strength: int = 120) -> None:
    g = QRadialGradient(0, 0, 1)
    g.setColorAt(0, c("#000000", strength))
    g.setColorAt(1, c("#000000", 0))
    p.save()
    p.translate(cx, cy)
    p.scale(w / 2, h / 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(g))
    p.drawEllipse(QPointF(0, 0), 1, 1)
    p.restore()


def side_gradient(x0: float, x1: float, base: QColor, gloss: float = 1.35) -> QLinearGradient:
    g = QLinearGradient(x0, 0, x1, 0)
    g.setColorAt(0, shade(base, 0.55))
    g.setColorAt(0.28, shade(base, gloss))
    g.setColorAt(0.4, shade(base, 1.05))
    g.setColorAt(0.85, shade(base, 0.75))
    g.setColorAt(1, shade(base, 0.5))
    return g


def cylinder(
    p: QPainter, cx: float, top: float, w: float, h: float, base: QColor, rim: float = 0.16
) -> None:
    """An upright cylinder seen slightly from above (body, then the top ellipse)."""
    eh = w * rim
    body = QPainterPath()
    body.moveTo(cx - w / 2, top)
    body.lineTo(cx - w / 2, top + h)
    body.arcTo(QRectF(cx - w / 2, top + h - eh / 2, w, eh), 180, 180)
    body.lineTo(cx + w / 2, top)
    body.closeSubpath()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(side_gradient(cx - w / 2, cx + w / 2, base)))
    p.drawPath(body)
    p.setBrush(shade(base, 1.15))
    p.drawEllipse(QRectF(cx - w / 2, top - eh / 2, w, eh))


def label(p: QPainter, rect: QRectF, text: str, size: int, color: str, bold: bool = True) -> None:
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    p.setFont(font)
    p.setPen(c(color))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


# -- products ----------------------------------------------------------------------------------


def skillet(p: QPainter) -> None:
    backdrop(p, "#E9DCC8", "#8A5A3B")
    shadow(p, 310, 430, 440, 120)
    iron = c("#3A3A3C")
    p.save()
    p.translate(330, 0)
    p.rotate(-8)
    p.translate(-300, 0)
    handle = QPainterPath()
    handle.addRoundedRect(QRectF(390, 325, 150, 42), 20, 20)
    p.setBrush(QBrush(side_gradient(390, 580, iron, 1.6)))
    p.setPen(Qt.PenStyle.NoPen)
    hg = QLinearGradient(0, 325, 0, 367)
    hg.setColorAt(0, shade(iron, 1.8))
    hg.setColorAt(0.5, iron)
    hg.setColorAt(1, shade(iron, 0.5))
    p.setBrush(hg)
    p.drawPath(handle)
    p.setBrush(c("#8A5A3B"))
    p.drawEllipse(QRectF(505, 336, 22, 20))
    outer = QRectF(60, 240, 380, 220)
    g = QRadialGradient(200, 300, 260)
    g.setColorAt(0, shade(iron, 1.9))
    g.setColorAt(0.6, iron)
    g.setColorAt(1, shade(iron, 0.45))
    p.setBrush(g)
    p.drawEllipse(outer)
    inner = outer.adjusted(26, 18, -26, -26)
    ig = QRadialGradient(inner.center().x() - 40, inner.center().y() - 20, 200)
    ig.setColorAt(0, c("#4A4A4E"))
    ig.setColorAt(1, c("#1C1C1E"))
    p.setBrush(ig)
    p.drawEllipse(inner)
    p.setPen(QPen(c("#FFFFFF", 60), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(outer.adjusted(6, 4, -6, -4), 100 * 16, 70 * 16)
    p.restore()


def dutch_oven(p: QPainter) -> None:
    backdrop(p, "#EFE3D3", "#6E4A33")
    shadow(p, 300, 470, 420, 90)
    enamel = c("#D9692B")
    for side in (-1, 1):
        p.setBrush(shade(enamel, 0.7))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(300 + side * 175 - 30, 300, 60, 34), 14, 14)
    cylinder(p, 300, 270, 340, 190, enamel, rim=0.22)
    p.setBrush(shade(enamel, 0.6))
    p.drawEllipse(QRectF(130, 233, 340, 74))
    lid = QPainterPath()
    lid.moveTo(126, 268)
    lid.cubicTo(150, 170, 450, 170, 474, 268)
    lid.arcTo(QRectF(126, 232, 348, 74), 0, -180)
    lg = QRadialGradient(250, 190, 260)
    lg.setColorAt(0, shade(enamel, 1.6))
    lg.setColorAt(0.5, enamel)
    lg.setColorAt(1, shade(enamel, 0.6))
    p.setBrush(lg)
    p.drawPath(lid)
    p.setBrush(QBrush(side_gradient(270, 330, c("#B8B8B8"), 1.8)))
    p.drawRoundedRect(QRectF(268, 178, 64, 30), 12, 12)
    p.setPen(round_pen(c("#FFFFFF", 120), 5))
    p.drawArc(QRectF(170, 200, 200, 90), 120 * 16, 40 * 16)


def mug_set(p: QPainter) -> None:
    backdrop(p, "#E5E1D8", "#9A7356")
    glazes = ["#EDE6D6", "#8FA58A", "#C7663F", "#4F5D6B"]
    spots = [(205, 215), (395, 215), (160, 320), (440, 320)]
    for (x, y), glaze in zip(spots, glazes, strict=True):
        base = c(glaze)
        shadow(p, x + 10, y + 175, 190, 46)
        p.setPen(round_pen(shade(base, 0.75), 18))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(x + 45, y + 40, 70, 90), -80 * 16, 160 * 16)
        cylinder(p, x, y, 130, 150, base, rim=0.3)
        p.setBrush(shade(base, 0.55))
        p.drawEllipse(QRectF(x - 56, y - 16, 112, 30))
        p.setPen(QPen(c("#3E2A1E", 90), 4))
        p.drawLine(QPointF(x - 65, y + 40), QPointF(x + 65, y + 40))


def pour_over(p: QPainter) -> None:
    backdrop(p, "#EDE8E0", "#7B5638")
    shadow(p, 300, 500, 300, 70)
    glass = c("#DDEFF5", 120)
    body = QPainterPath()
    body.moveTo(230, 330)
    body.cubicTo(150, 380, 160, 500, 220, 500)
    body.lineTo(380, 500)
    body.cubicTo(440, 500, 450, 380, 370, 330)
    body.closeSubpath()
    p.setPen(QPen(c("#FFFFFF", 160), 3))
    p.setBrush(glass)
    p.drawPath(body)
    coffee = QPainterPath()
    coffee.moveTo(186, 420)
    coffee.cubicTo(180, 480, 200, 496, 222, 496)
    coffee.lineTo(378, 496)
    coffee.cubicTo(400, 496, 420, 480, 414, 420)
    coffee.closeSubpath()
    cg = QLinearGradient(0, 420, 0, 500)
    cg.setColorAt(0, c("#6B3A1E"))
    cg.setColorAt(1, c("#2A140A"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(cg)
    p.drawPath(coffee)
    p.setBrush(c("#C89B6D", 200))
    p.drawRect(QRectF(240, 318, 120, 22))
    cone = QPolygonF([QPointF(180, 190), QPointF(420, 190), QPointF(340, 320), QPointF(260, 320)])
    p.setBrush(QBrush(side_gradient(180, 420, c("#F4F1EA"), 1.1)))
    p.drawPolygon(cone)
    p.setBrush(c("#D8D2C4"))
    p.drawEllipse(QRectF(176, 176, 248, 30))
    p.setBrush(c("#5A3420"))
    p.drawEllipse(QRectF(196, 182, 208, 20))
    p.setPen(round_pen(c("#FFFFFF", 140), 6))
    p.drawLine(QPointF(205, 400), QPointF(215, 460))


def cutting_board(p: QPainter) -> None:
    backdrop(p, "#E8E4DA", "#5E4030")
    shadow(p, 300, 455, 520, 110)
    wood = c("#C9935A")
    top = QPolygonF([QPointF(80, 330), QPointF(420, 250), QPointF(540, 360), QPointF(190, 460)])
    edge = QPolygonF([QPointF(80, 330), QPointF(190, 460), QPointF(190, 482), QPointF(80, 352)])
    edge2 = QPolygonF([QPointF(190, 460), QPointF(540, 360), QPointF(540, 382), QPointF(190, 482)])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(shade(wood, 0.65))
    p.drawPolygon(edge)
    p.setBrush(shade(wood, 0.8))
    p.drawPolygon(edge2)
    g = QLinearGradient(80, 250, 540, 460)
    g.setColorAt(0, shade(wood, 1.2))
    g.setColorAt(1, shade(wood, 0.9))
    p.setBrush(g)
    p.drawPolygon(top)
    rng = random.Random(3)
    p.setPen(QPen(c("#7A4E2A", 70), 2))
    for i in range(18):
        f = (i + rng.random() * 0.6) / 18
        a = QPointF(80 + (420 - 80) * f, 330 + (250 - 330) * f)
        b = QPointF(190 + (540 - 190) * f, 460 + (360 - 460) * f)
        path = QPainterPath(a)
        path.cubicTo(
            QPointF(
                a.x() + (b.x() - a.x()) * 0.3, a.y() + (b.y() - a.y()) * 0.3 + rng.uniform(-6, 6)
            ),
            QPointF(
                a.x() + (b.x() - a.x()) * 0.7, a.y() + (b.y() - a.y()) * 0.7 + rng.uniform(-6, 6)
            ),
            b,
        )
        p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c("#3E2A1E", 200))
    p.drawEllipse(QRectF(420, 282, 34, 18))
    for x, y, col in ((250, 330, "#5E8C3A"), (290, 345, "#6FA043"), (320, 320, "#4E7A30")):
        p.setBrush(c(col))
        p.drawEllipse(QRectF(x, y, 46, 18))


def apron(p: QPainter) -> None:
    backdrop(p, "#E6E0D4", "#A07A5C", horizon=0.9)
    linen = c("#B9A58A")
    shape = QPainterPath()
    shape.moveTo(230, 130)
    shape.lineTo(370, 130)
    shape.lineTo(385, 250)
    shape.cubicTo(470, 240, 470, 250, 460, 280)
    shape.lineTo(450, 540)
    shape.lineTo(150, 540)
    shape.lineTo(140, 280)
    shape.cubicTo(130, 250, 130, 240, 215, 250)
    shape.closeSubpath()
    shadow(p, 310, 330, 420, 480, 70)
    g = QLinearGradient(140, 0, 460, 0)
    g.setColorAt(0, shade(linen, 0.8))
    g.setColorAt(0.4, shade(linen, 1.1))
    g.setColorAt(1, shade(linen, 0.78))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(g)
    p.drawPath(shape)
    rng = random.Random(5)
    p.save()
    p.setClipPath(shape)
    for _ in range(900):  # linen slub
        x, y = rng.uniform(130, 470), rng.uniform(120, 550)
        p.setPen(QPen(c("#FFFFFF" if rng.random() < 0.5 else "#5A4632", 26), 1))
        p.drawLine(QPointF(x, y), QPointF(x + rng.uniform(4, 14), y))
    p.restore()
    p.setPen(round_pen(c("#6B5A44"), 9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    neck = QPainterPath(QPointF(240, 132))
    neck.cubicTo(250, 40, 350, 40, 360, 132)
    p.drawPath(neck)
    p.drawLine(QPointF(140, 282), QPointF(70, 330))
    p.drawLine(QPointF(460, 282), QPointF(530, 330))
    p.setPen(QPen(shade(linen, 0.6), 2, Qt.PenStyle.DashLine))
    p.setBrush(shade(linen, 0.92))
    p.drawRoundedRect(QRectF(180, 360, 110, 100), 8, 8)
    p.drawRoundedRect(QRectF(310, 360, 110, 100), 8, 8)


def chai(p: QPainter) -> None:
    backdrop(p, "#EADFCB", "#6A4630")
    shadow(p, 300, 500, 320, 70)
    kraft = c("#B58A5C")
    pouch = QPainterPath()
    pouch.moveTo(190, 150)
    pouch.lineTo(410, 150)
    pouch.cubicTo(430, 300, 440, 420, 430, 500)
    pouch.lineTo(170, 500)
    pouch.cubicTo(160, 420, 170, 300, 190, 150)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(side_gradient(165, 435, kraft, 1.25)))
    p.drawPath(pouch)
    p.setBrush(shade(kraft, 0.75))
    p.drawRect(QRectF(190, 150, 220, 18))
    p.setBrush(c("#F5EEDD"))
    p.drawRoundedRect(QRectF(205, 250, 190, 150), 10, 10)
    label(p, QRectF(205, 262, 190, 60), "CHAI", 40, "#8C3B1F")
    label(p, QRectF(205, 322, 190, 30), "spiced blend", 15, "#5A3A28", bold=False)
    label(p, QRectF(205, 352, 190, 30), "250 g", 14, "#5A3A28", bold=False)
    rng = random.Random(8)
    for _ in range(7):  # star anise and cinnamon in front
        x, y = rng.uniform(120, 480), rng.uniform(505, 560)
        p.setBrush(c("#6B3416"))
        p.save()
        p.translate(x, y)
        for _ in range(8):
            p.rotate(45)
            p.drawEllipse(QRectF(0, -4, 16, 8))
        p.restore()
    p.setBrush(c("#8E4A22"))
    p.drawRoundedRect(QRectF(380, 520, 120, 18), 8, 8)
    p.drawRoundedRect(QRectF(390, 542, 110, 16), 8, 8)


def candle(p: QPainter) -> None:
    backdrop(p, "#3A2A22", "#4A3326", horizon=0.7)
    glow = QRadialGradient(300, 200, 260)
    glow.setColorAt(0, c("#FFB347", 110))
    glow.setColorAt(1, c("#FFB347", 0))
    p.fillRect(QRectF(0, 0, SIZE, SIZE), glow)
    shadow(p, 300, 505, 300, 60)
    cylinder(p, 300, 250, 220, 250, c("#C8742E", 255), rim=0.28)
    p.setBrush(c("#F4D9A0"))
    p.drawEllipse(QRectF(200, 236, 200, 46))
    p.setBrush(c("#E9E1D0"))
    p.drawRect(QRectF(200, 330, 200, 110))
    label(p, QRectF(200, 345, 200, 40), "PUMPKIN", 22, "#7A3A14")
    label(p, QRectF(200, 385, 200, 30), "spice · soy wax", 13, "#5A3A28", bold=False)
    p.setPen(QPen(c("#2A1A10"), 4))
    p.drawLine(QPointF(300, 258), QPointF(300, 236))
    flame = QPainterPath(QPointF(300, 170))
    flame.cubicTo(322, 205, 316, 236, 300, 240)
    flame.cubicTo(284, 236, 278, 205, 300, 170)
    fg = QRadialGradient(300, 225, 40)
    fg.setColorAt(0, c("#FFFBE0"))
    fg.setColorAt(0.5, c("#FFD45A"))
    fg.setColorAt(1, c("#FF8A1F"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fg)
    p.drawPath(flame)


def knife(p: QPainter) -> None:
    backdrop(p, "#DCD8D0", "#3F3A36")
    shadow(p, 300, 395, 520, 60, 150)
    p.save()
    p.translate(300, 330)
    p.rotate(-14)
    blade = QPainterPath(QPointF(-250, 0))
    blade.cubicTo(-200, -40, -60, -52, 60, -52)
    blade.lineTo(60, 12)
    blade.lineTo(-150, 12)
    blade.cubicTo(-200, 12, -235, 8, -250, 0)
    g = QLinearGradient(0, -52, 0, 12)
    g.setColorAt(0, c("#F2F4F6"))
    g.setColorAt(0.45, c("#9EA5AD"))
    g.setColorAt(0.55, c("#D7DCE1"))
    g.setColorAt(1, c("#6E757C"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(g)
    p.drawPath(blade)
    p.setBrush(c("#FFFFFF", 150))
    p.drawRect(QRectF(-200, 6, 255, 3))
    p.setBrush(QBrush(side_gradient(60, 80, c("#A8ADB2"), 1.5)))
    p.drawRoundedRect(QRectF(58, -56, 24, 72), 6, 6)
    hg = QLinearGradient(0, -44, 0, 16)
    hg.setColorAt(0, c("#8A5A3A"))
    hg.setColorAt(0.5, c("#5C3A22"))
    hg.setColorAt(1, c("#2E1C10"))
    p.setBrush(hg)
    p.drawRoundedRect(QRectF(80, -44, 190, 58), 26, 26)
    p.setBrush(c("#D8DCE0"))
    for x in (120, 175, 230):
        p.drawEllipse(QRectF(x, -22, 13, 13))
    p.restore()


def oven_mitts(p: QPainter) -> None:
    backdrop(p, "#E9E4DA", "#8C6A52")
    for dx, felt, rot in ((-90, "#8E8E8A", -10), (90, "#C9A23A", 12)):
        base = c(felt)
        p.save()
        p.translate(300 + dx, 320)
        p.rotate(rot)
        shadow(p, 10, 190, 200, 50)
        mitt = QPainterPath(QPointF(-70, 170))
        mitt.lineTo(-78, -40)
        mitt.cubicTo(-80, -150, 70, -160, 72, -40)
        mitt.lineTo(70, 170)
        mitt.closeSubpath()
        thumb = QPainterPath(QPointF(-70, 60))
        thumb.cubicTo(-150, 40, -150, -40, -110, -50)
        thumb.cubicTo(-90, -55, -80, -20, -74, 0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(shade(base, 0.85))
        p.drawPath(thumb)
        p.setBrush(QBrush(side_gradient(-80, 72, base, 1.2)))
        p.drawPath(mitt)
        p.setBrush(shade(base, 0.7))
        p.drawRoundedRect(QRectF(-76, 140, 150, 44), 6, 6)
        p.setPen(QPen(shade(base, 0.55), 2, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(mitt)
        p.restore()


def honey(p: QPainter) -> None:
    backdrop(p, "#F0E6D0", "#7A5535")
    shadow(p, 280, 500, 300, 70)
    jar_top, jar_h = 220, 270
    glass = QRectF(170, jar_top, 220, jar_h)
    hg = QLinearGradient(170, 0, 390, 0)
    hg.setColorAt(0, c("#9A5A08"))
    hg.setColorAt(0.3, c("#F2B233"))
    hg.setColorAt(0.45, c("#E09A1C"))
    hg.setColorAt(1, c("#8A4E06"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(hg)
    p.drawRoundedRect(glass.adjusted(0, 30, 0, 0), 30, 30)
    p.setBrush(c("#FFFFFF", 70))
    p.drawRoundedRect(QRectF(192, jar_top + 50, 16, 200), 8, 8)
    p.setBrush(c("#F5EEDD"))
    p.drawRect(QRectF(180, 330, 200, 90))
    label(p, QRectF(180, 338, 200, 44), "HONEY", 26, "#8A4E06")
    label(p, QRectF(180, 380, 200, 30), "wildflower · 500 g", 13, "#5A3A28", bold=False)
    cylinder(p, 280, jar_top - 10, 210, 46, c("#C9A04A"), rim=0.25)
    p.save()
    p.translate(470, 470)
    p.rotate(-35)
    p.setBrush(c("#C89B6D"))
    p.drawRoundedRect(QRectF(-10, -150, 20, 170), 8, 8)
    dg = QLinearGradient(-34, 0, 34, 0)
    dg.setColorAt(0, c("#9A6A40"))
    dg.setColorAt(0.4, c("#E0B27E"))
    dg.setColorAt(1, c("#8A5A32"))
    p.setBrush(dg)
    for i in range(5):
        p.drawRoundedRect(QRectF(-30 + i % 2 * 3, 20 + i * 14, 60 - i % 2 * 6, 12), 6, 6)
    p.setBrush(c("#E9A21F", 220))
    p.drawEllipse(QRectF(-16, 85, 32, 30))
    p.restore()


def measuring_cups(p: QPainter) -> None:
    backdrop(p, "#E4DED4", "#5C4434")
    copper = c("#C2703D")
    for i, (x, y, w) in enumerate(
        ((170, 300, 190), (360, 290, 160), (230, 420, 130), (400, 420, 104))
    ):
        shadow(p, x + 10, y + w * 0.62, w * 1.2, w * 0.3)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(side_gradient(x, x + 130, copper, 1.5)))
        p.save()
        p.translate(x, y)
        p.rotate(-20 + i * 12)
        p.drawRoundedRect(QRectF(w * 0.35, -12, 120, 24), 12, 12)
        p.restore()
        bowl = QPainterPath(QPointF(x - w / 2, y))
        bowl.cubicTo(x - w / 2, y + w * 0.7, x + w / 2, y + w * 0.7, x + w / 2, y)
        bowl.closeSubpath()
        p.setBrush(QBrush(side_gradient(x - w / 2, x + w / 2, copper, 1.6)))
        p.drawPath(bowl)
        p.setBrush(shade(copper, 0.55))
        p.drawEllipse(QRectF(x - w / 2, y - w * 0.14, w, w * 0.28))
        p.setBrush(shade(copper, 0.8))
        p.drawEllipse(QRectF(x - w / 2 + 8, y - w * 0.1, w - 16, w * 0.2))
        p.setPen(round_pen(c("#FFE3C8", 150), 3))
        p.drawArc(QRectF(x - w / 2 + 6, y - w * 0.3, w - 12, w * 0.9), 200 * 16, 40 * 16)


PRODUCTS: dict[str, Callable[[QPainter], None]] = {
    "skillet": skillet,
    "dutch-oven": dutch_oven,
    "mug-set": mug_set,
    "pour-over": pour_over,
    "cutting-board": cutting_board,
    "apron": apron,
    "chai": chai,
    "candle": candle,
    "knife": knife,
    "oven-mitts": oven_mitts,
    "honey": honey,
    "measuring-cups": measuring_cups,
}


def render(draw: Callable[[QPainter], None], size: int = SIZE) -> QImage:
    img = QImage(SIZE, SIZE, QImage.Format.Format_RGB32)
    img.fill(QColor("#FFFFFF"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(p)
    p.end()
    if size != SIZE:
        img = img.scaled(size, size, mode=Qt.TransformationMode.SmoothTransformation)
    return img


def main(argv: list[str]) -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    size = int(argv[0]) if argv else 480
    total = 0
    for slug, draw in PRODUCTS.items():
        path = OUT / f"{slug}.jpg"
        if not render(draw, size).save(str(path), "JPEG", 84):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        total += path.stat().st_size
    print(f"wrote {len(PRODUCTS)} images, {total / 1024:.0f} KiB, to {OUT}")
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown: it would trip over the None refcount (above)
