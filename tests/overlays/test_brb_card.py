"""The 'be right back' card names what went missing: a camera, a screen share or a picture."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from studio.overlays.slates import brb_subject, render_brb


def test_the_subject_follows_the_source_spec() -> None:
    assert brb_subject("device:/dev/video0") == "camera"
    assert brb_subject("v4l2:/dev/video2") == "camera"
    assert brb_subject("screen:0+100,200") == "screen"
    assert brb_subject("screen") == "screen"
    assert brb_subject("file:clip.mp4") == "picture"


def test_a_screen_share_card_does_not_say_camera(tmp_path: Path) -> None:
    camera = render_brb(1280, 720, "camera")
    screen = render_brb(1280, 720, "screen")
    assert camera.shape == screen.shape
    top = camera.shape[0] * 55 // 100  # the title ("Be right back") is the same on both
    assert np.array_equal(camera[:top], screen[:top])
    assert not np.array_equal(camera[top:], screen[top:])  # the line below it is not
    out = Path(os.environ.get("STUDIO_SCREENSHOTS") or tmp_path)
    h, w = screen.shape[:2]
    QImage(screen.data, w, h, 4 * w, QImage.Format.Format_RGBA8888_Premultiplied).save(
        str(out / "brb-screen.png")
    )
