"""Golden-image comparison with a tolerance (font rasterisers differ slightly between builds).

Regenerate with `UPDATE_GOLDEN=1` (see scripts/update-overlay-goldens); a missing golden is
written and the test fails once so a new picture is always looked at before it is committed.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from studio.overlays.painting import FORMAT, array_to_image, image_to_array

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
MEAN_TOLERANCE = 1.5  # mean absolute difference per channel (0..255)
BAD_PIXEL_DELTA = 64  # a pixel is "different" when a channel differs by more than this
BAD_PIXEL_SHARE = 0.004  # ...and at most this share of pixels may be different


def updating() -> bool:
    return os.environ.get("UPDATE_GOLDEN", "") not in ("", "0")


def compare_golden(name: str, rgba: np.ndarray) -> None:
    path = GOLDEN_DIR / f"{name}.png"
    if updating() or not path.exists():
        GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
        array_to_image(rgba).save(str(path), "PNG")
        if not updating():
            raise AssertionError(f"golden {path.name} was missing and has been written: look at it")
        return
    golden = QImage(str(path)).convertToFormat(FORMAT)
    want = image_to_array(golden)
    if want.shape != rgba.shape:
        _save_actual(name, rgba)
        raise AssertionError(f"{name}: size {rgba.shape[1::-1]} != golden {want.shape[1::-1]}")
    diff = np.abs(want.astype(np.int16) - rgba.astype(np.int16))
    mean = float(diff.mean())
    bad = float((diff.max(axis=2) > BAD_PIXEL_DELTA).mean())
    if mean > MEAN_TOLERANCE or bad > BAD_PIXEL_SHARE:
        out = _save_actual(name, rgba)
        raise AssertionError(
            f"{name}: differs from golden (mean {mean:.2f}, {bad:.2%} pixels off); actual in {out}"
        )


def _save_actual(name: str, rgba: np.ndarray) -> Path:
    out = GOLDEN_DIR.parent / "golden-actual"
    out.mkdir(exist_ok=True)
    (out / ".gitignore").write_text("*\n")  # never committed by accident
    path = out / f"{name}.png"
    array_to_image(rgba).save(str(path), "PNG")
    return path
