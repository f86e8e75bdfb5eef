"""Fixtures for overlay tests: Qt ready, the demo catalog, and bad images made on the spot."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from studio.overlays.fonts import ensure_qt
from studio.show.catalog import Catalog, load_catalog

ROOT = Path(__file__).resolve().parents[2]
DEMO_CATALOG = ROOT / "assets" / "demo" / "catalog.csv"


@pytest.fixture(scope="session", autouse=True)
def qt_ready() -> None:
    ensure_qt()


@pytest.fixture(scope="session")
def demo_catalog() -> Catalog:
    return load_catalog(DEMO_CATALOG)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def write_bomb_png(path: Path, width: int = 60_000, height: int = 60_000) -> Path:
    """A tiny PNG whose header claims an enormous picture (a decompression bomb)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    row = b"\x00" + b"\x00" * 4 * 16  # a few real rows; the rest would "decompress" from nothing
    idat = zlib.compress(row * 16, 9)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )
    path.write_bytes(data)
    return path


@pytest.fixture
def bomb_png(tmp_path: Path) -> Path:
    return write_bomb_png(tmp_path / "bomb.png")


@pytest.fixture
def corrupt_jpg(tmp_path: Path) -> Path:
    p = tmp_path / "corrupt.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0" + b"this is not really a jpeg" * 40)
    return p
