"""Writable numpy views of a video frame's planes, without copying."""

from __future__ import annotations

import av
import numpy as np


def plane_view(frame: av.VideoFrame, index: int) -> np.ndarray:
    """A writable 2-D view of one plane, without copying (rows padded to line_size)."""
    plane = frame.planes[index]
    h = frame.height if index == 0 else (frame.height + 1) // 2
    w = frame.width if index == 0 else (frame.width + 1) // 2
    buf = np.frombuffer(memoryview(plane), np.uint8)
    return buf.reshape(-1, plane.line_size)[:h, :w]
