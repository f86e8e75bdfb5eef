"""The app icon in every form the installers want, from the one source `assets/icons/studio.svg`.

`python packaging/make_icons.py` renders the committed PNGs (window icon, Linux hicolor theme).
The build calls `write_ico` / `write_icns` to wrap those PNGs for Windows and macOS: both
formats may hold PNG data as-is, so no image library beyond Qt (for the SVG) is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SVG = ICONS / "studio.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)

# ICNS element types holding PNG data, by pixel size (Apple's "icp4".."ic09").
_ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png_path(size: int, folder: Path = ICONS) -> Path:
    return folder / f"studio-{size}.png"


def render_pngs(svg: Path = SVG, folder: Path = ICONS, sizes: tuple[int, ...] = SIZES) -> None:
    """Rasterise the SVG at each size (Qt's renderer, antialiased, transparent corners)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(png_path(size, folder))):  # format from the suffix
            raise SystemExit(f"cannot write {png_path(size, folder)}")


def _pngs(sizes: tuple[int, ...], folder: Path) -> list[tuple[int, bytes]]:
    return [(s, png_path(s, folder).read_bytes()) for s in sizes if png_path(s, folder).exists()]


def write_ico(out: Path, folder: Path = ICONS) -> Path:
    """A Windows .ico whose entries are PNGs (supported since Vista)."""
    images = _pngs((16, 32, 48, 64, 128, 256), folder)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        edge = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    out.write_bytes(header + entries + blobs)
    return out


def write_icns(out: Path, folder: Path = ICONS) -> Path:
    """A macOS .icns whose elements are PNGs."""
    body = b""
    for size, data in _pngs(tuple(_ICNS_TYPES), folder):
        body += _ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return out


def main() -> int:
    render_pngs()
    print(f"wrote {len(SIZES)} PNGs to {ICONS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
