#!/usr/bin/env python3
"""Draw the demo catalog's product photos and write assets/demo/catalog.csv. Run once; committed.

Illustrations drawn in code keep the repository free of third-party photos (no licences to
track) and small (a few tens of KB each), while still looking like product shots on a card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_demo_catalog.py
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QRadialGradient,
)

ROOT = Path(__file__).resolve().parent.parent
W, H = 800, 600


def studio_backdrop(p: QPainter, top: str, bottom: str) -> None:
    g = QLinearGradient(0, 0, 0, H)
    g.setColorAt(0, QColor(top))
    g.setColorAt(1, QColor(bottom))
    p.fillRect(0, 0, W, H, g)
    shadow = QRadialGradient(QPointF(W / 2, H * 0.86), W * 0.32)
    shadow.setColorAt(0, QColor(0, 0, 0, 70))
    shadow.setColorAt(1, QColor(0, 0, 0, 0))
    p.setBrush(shadow)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(W / 2, H * 0.86), W * 0.32, H * 0.06)


def jacket(p: QPainter) -> None:
    studio_backdrop(p, "#EDE7DF", "#D9D0C4")
    body = QPainterPath()
    body.moveTo(300, 120)
    body.lineTo(500, 120)
    body.lineTo(560, 160)
    body.lineTo(575, 500)
    body.lineTo(225, 500)
    body.lineTo(240, 160)
    body.closeSubpath()
    g = QLinearGradient(225, 0, 575, 0)
    g.setColorAt(0, QColor("#2F5A8C"))
    g.setColorAt(0.5, QColor("#3D6EA6"))
    g.setColorAt(1, QColor("#2A507E"))
    p.setBrush(g)
    p.setPen(QPen(QColor("#1E3B5E"), 3))
    p.drawPath(body)
    for side in (-1, 1):
        sleeve = QPainterPath()
        x0 = 400 + side * 160
        sleeve.moveTo(x0, 160)
        sleeve.lineTo(x0 + side * 90, 230)
        sleeve.lineTo(x0 + side * 110, 470)
        sleeve.lineTo(x0 + side * 55, 480)
        sleeve.lineTo(x0 + side * 15, 300)
        sleeve.closeSubpath()
        p.drawPath(sleeve)
    collar = QPainterPath()
    collar.moveTo(300, 120)
    collar.lineTo(400, 230)
    collar.lineTo(500, 120)
    collar.lineTo(470, 112)
    collar.lineTo(400, 190)
    collar.lineTo(330, 112)
    collar.closeSubpath()
    p.setBrush(QColor("#24476F"))
    p.drawPath(collar)
    p.setPen(QPen(QColor("#1E3B5E"), 3))
    p.drawLine(QPointF(400, 230), QPointF(400, 500))
    stitch = QPen(QColor("#E8A33D"), 2.5, Qt.PenStyle.DashLine)
    p.setPen(stitch)
    p.setBrush(Qt.BrushStyle.NoBrush)
    for x in (290, 420):
        p.drawRect(QRectF(x, 270, 90, 70))
    p.drawLine(QPointF(235, 450), QPointF(565, 450))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#C4803E"))
    for y in (260, 320, 380, 440):
        p.drawEllipse(QPointF(412, y), 7, 7)


def serum(p: QPainter) -> None:
    studio_backdrop(p, "#FCE9EE", "#F4D3DC")
    g = QLinearGradient(320, 0, 480, 0)
    g.setColorAt(0, QColor(255, 190, 205, 230))
    g.setColorAt(0.45, QColor(255, 235, 240, 240))
    g.setColorAt(1, QColor(240, 160, 180, 230))
    p.setBrush(g)
    p.setPen(QPen(QColor(210, 140, 160), 3))
    p.drawRoundedRect(QRectF(310, 230, 180, 280), 38, 38)
    p.setBrush(QColor("#2B2326"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(355, 180, 90, 60), 10, 10)
    p.drawRoundedRect(QRectF(370, 90, 60, 100), 30, 30)
    p.setBrush(QColor(255, 255, 255, 235))
    p.drawRoundedRect(QRectF(335, 330, 130, 110), 12, 12)
    p.setPen(QColor("#B0244D"))
    f = p.font()
    f.setPixelSize(30)
    f.setBold(True)
    p.setFont(f)
    p.drawText(QRectF(335, 340, 130, 50), int(Qt.AlignmentFlag.AlignCenter), "GLOW")
    f.setPixelSize(18)
    f.setBold(False)
    p.setFont(f)
    p.drawText(QRectF(335, 385, 130, 40), int(Qt.AlignmentFlag.AlignCenter), "serum 50 ml")
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 150))
    p.drawRoundedRect(QRectF(328, 250, 18, 220), 9, 9)


def sneaker(p: QPainter) -> None:
    studio_backdrop(p, "#E3F4EF", "#C9E6DD")
    upper = QPainterPath()
    upper.moveTo(170, 420)
    upper.cubicTo(170, 330, 260, 300, 330, 280)
    upper.lineTo(420, 200)
    upper.cubicTo(470, 190, 520, 210, 540, 250)
    upper.cubicTo(600, 330, 660, 350, 650, 420)
    upper.closeSubpath()
    g = QLinearGradient(170, 200, 650, 420)
    g.setColorAt(0, QColor("#FF7A59"))
    g.setColorAt(1, QColor("#F2545B"))
    p.setBrush(g)
    p.setPen(QPen(QColor("#B8323A"), 3))
    p.drawPath(upper)
    p.setBrush(QColor("#FFFFFF"))
    p.setPen(QPen(QColor("#C9CED6"), 3))
    p.drawRoundedRect(QRectF(155, 410, 510, 60), 28, 28)
    p.setPen(QPen(QColor("#FFFFFF"), 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    for i in range(4):
        p.drawLine(QPointF(360 + i * 32, 300 - i * 18), QPointF(400 + i * 32, 320 - i * 18))
    p.setPen(QPen(QColor(255, 255, 255, 200), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    swoosh = QPainterPath()
    swoosh.moveTo(250, 380)
    swoosh.cubicTo(350, 400, 470, 370, 600, 320)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(swoosh)


def tote(p: QPainter) -> None:
    studio_backdrop(p, "#F3ECE2", "#E2D6C6")
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#7A4A26"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawArc(QRectF(300, 120, 200, 200), 0, 180 * 16)
    bag = QPainterPath()
    bag.moveTo(250, 220)
    bag.lineTo(550, 220)
    bag.lineTo(590, 500)
    bag.lineTo(210, 500)
    bag.closeSubpath()
    g = QLinearGradient(210, 0, 590, 0)
    g.setColorAt(0, QColor("#A8683A"))
    g.setColorAt(0.5, QColor("#C0834F"))
    g.setColorAt(1, QColor("#9A5D33"))
    p.setBrush(g)
    p.setPen(QPen(QColor("#6E3F1F"), 3))
    p.drawPath(bag)
    p.setPen(QPen(QColor("#F3D9B1"), 2.5, Qt.PenStyle.DashLine))
    p.drawLine(QPointF(258, 240), QPointF(542, 240))
    p.setBrush(QColor("#D9B16A"))
    p.setPen(QPen(QColor("#8C6A2A"), 2))
    p.drawRoundedRect(QRectF(375, 255, 50, 34), 6, 6)


PRODUCTS = [
    # sku, title, price, currency, image, flash_price, stock, url, sold, drawing
    (
        "DJ-001",
        "Oversized Denim Jacket — washed indigo",
        "89.00",
        "USD",
        "jacket.jpg",
        "59.00",
        "3",
        "https://shop.example.com/p/DJ-001",
        "1204",
        jacket,
    ),
    (
        "KB-010",
        "물광 Glow Serum 50ml ✨",
        "32000",
        "KRW",
        "serum.jpg",
        "",
        "40",
        "https://shop.example.com/p/KB-010",
        "312",
        serum,
    ),
    (
        "SN-200",
        "Cloud Runner Sneakers 雲朵跑鞋",
        "120.00",
        "USD",
        "sneaker.jpg",
        "99.00",
        "8",
        "https://shop.example.com/p/SN-200",
        "86",
        sneaker,
    ),
    (
        "AR-300",
        "حقيبة جلدية فاخرة — Leather Tote",
        "240",
        "SAR",
        "tote.jpg",
        "199",
        "15",
        "https://shop.example.com/p/AR-300",
        "",
        tote,
    ),
]


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    out = ROOT / "assets" / "demo"
    (out / "images").mkdir(parents=True, exist_ok=True)
    rows = []
    for sku, title, price, cur, image, flash, stock, url, sold, draw in PRODUCTS:
        img = QImage(W, H, QImage.Format.Format_RGB32)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(p)
        p.end()
        img.save(str(out / "images" / image), "JPEG", 82)
        rows.append([sku, title, price, cur, f"images/{image}", flash, stock, url, sold])
    with open(out / "catalog.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(
            ["sku", "title", "price", "currency", "image", "flash_price", "stock", "url", "sold"]
        )
        w.writerows(rows)
    print(
        f"wrote {len(rows)} products to {(out / 'catalog.csv').relative_to(ROOT)}", file=sys.stderr
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
