"""Clips the media-input tests generate with PyAV: what creators' phones, webcams and screens
actually produce, each carrying shapes a test can find again in what arrived.

Every picture is a dark background (luma 60) with a bright square (luma 235) in the middle of
the *upright* picture and a mid-grey marker block (luma 150) in its top-left corner, so the
orientation, the square's aspect and the placement can be measured on the output.
"""

from __future__ import annotations

import struct
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

BG_Y, SQUARE_Y, MARKER_Y = 60, 235, 150


def upright_picture(width: int, height: int, square: int | None = None) -> np.ndarray:
    """Luma (height, width) of the upright picture: square centred, marker top-left."""
    y = np.full((height, width), BG_Y, np.uint8)
    side = square or min(width, height) // 3
    y0, x0 = (height - side) // 2, (width - side) // 2
    y[y0 : y0 + side, x0 : x0 + side] = SQUARE_Y
    m = max(8, min(width, height) // 8)
    y[m // 2 : m // 2 + m, m // 2 : m // 2 + m] = MARKER_Y
    return y


def frame_times(seconds: float, fps: float, vfr: bool) -> list[float]:
    """Presentation times of a clip's frames: regular, or (vfr) gaps of 1/fps and 3/fps in
    turn, as a phone's variable frame rate does when the light drops."""
    times, t, i = [], 0.0, 0
    while t < seconds - 1e-9:
        times.append(t)
        t += (3 if vfr and i % 2 else 1) / fps
        i += 1
    return times


def write_clip(
    path: Path,
    luma: np.ndarray,
    seconds: float = 2.0,
    fps: float = 30,
    *,
    codec: str = "libx264",
    pix_fmt: str = "yuv420p",
    rotation: int = 0,
    matrix: list[int] | None = None,
    sar: Fraction | None = None,
    audio: tuple[int, int] | None = (48000, 2),
    vfr: bool = False,
    sync: bool = False,
    container: str | None = None,
    tone_hz: float = 440.0,
) -> Path:
    """Write `luma` (the coded picture, grey) as video, plus audio.

    `rotation`: display matrix, counter-clockwise degrees (a phone held upright: -90).
    `matrix`: a whole display matrix instead (9 ints, FFmpeg's layout: with a reflection).
    `audio`: (rate, channels), or None for no audio: a quiet `tone_hz` tone, or with `sync` a
    1 kHz beep starting exactly when the picture flashes white (the first frame at or after
    each whole second), so tests.media.measure_av_offsets can check A/V sync on the output.
    `vfr`: frame gaps alternate 1/fps and 3/fps.
    """
    h, w = luma.shape
    times = frame_times(seconds, fps, vfr)
    flashes = sorted({next(t for t in times if t >= s - 1e-9) for s in range(int(seconds))})
    grey = av.VideoFrame.from_ndarray(np.repeat(luma[:, :, None], 3, axis=2), format="rgb24")
    white = av.VideoFrame.from_ndarray(np.full((h, w, 3), 235, np.uint8), format="rgb24")
    tb = Fraction(1, 1000) if vfr else Fraction(1, int(fps))
    with av.open(str(path), "w", format=container) as out:
        vs: Any = out.add_stream(codec, rate=int(fps))
        vs.width, vs.height, vs.pix_fmt = w, h, pix_fmt
        if sar is not None:
            vs.codec_context.sample_aspect_ratio = sar
        if rotation:
            vs.set_display_rotation(rotation)
        if matrix is not None:
            vs.set_display_matrix(matrix)
        vs.time_base = tb
        a: Any = None
        if audio is not None:
            rate, channels = audio
            layout = "mono" if channels == 1 else "stereo"
            a = out.add_stream("aac", rate=rate, layout=layout)
        for t in times:
            frame = (white if sync and t in flashes else grey).reformat(format=pix_fmt)
            frame.pts = round(t / tb)
            frame.time_base = tb
            for p in vs.encode(frame):
                out.mux(p)
        for p in vs.encode(None):
            out.mux(p)
        if a is not None:
            rate, channels = audio  # type: ignore[misc]
            n = int(seconds * rate)
            idx = np.arange(n)
            if sync:
                pcm = np.zeros(n, np.float32)
                for t in flashes:
                    b0 = round(t * rate)
                    k = np.arange(b0, min(n, b0 + rate // 10))
                    pcm[k] = 0.5 * np.sin(2 * np.pi * 1000 * (k - b0) / rate)
            else:
                pcm = (0.3 * np.sin(2 * np.pi * tone_hz * idx / rate)).astype(np.float32)
            block = 1024
            for s in range(0, n, block):
                data = np.tile(pcm[s : s + block], (channels, 1))
                af = av.AudioFrame.from_ndarray(
                    np.ascontiguousarray(data), format="fltp", layout=layout
                )
                af.sample_rate, af.pts, af.time_base = rate, s, Fraction(1, rate)
                for p in a.encode(af):
                    out.mux(p)
            for p in a.encode(None):
                out.mux(p)
    return path


def write_audio(path: Path, seconds: float, rate: int = 44100, channels: int = 1) -> Path:
    """An audio-only file (a voice-over): a 440 Hz tone, AAC in the container of the suffix."""
    n = int(seconds * rate)
    tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(n) / rate)).astype(np.float32)
    layout = "mono" if channels == 1 else "stereo"
    with av.open(str(path), "w") as out:
        a: Any = out.add_stream("aac", rate=rate, layout=layout)
        for s in range(0, n, 1024):
            data = np.ascontiguousarray(np.tile(tone[s : s + 1024], (channels, 1)))
            af = av.AudioFrame.from_ndarray(data, format="fltp", layout=layout)
            af.sample_rate, af.pts, af.time_base = rate, s, Fraction(1, rate)
            for p in a.encode(af):
                out.mux(p)
        for p in a.encode(None):
            out.mux(p)
    return path


def write_still(path: Path, luma: np.ndarray) -> Path:
    """One picture as PNG, JPEG or WebP, by the suffix."""
    codec = {".png": "png", ".jpg": "mjpeg", ".jpeg": "mjpeg", ".webp": "libwebp"}[path.suffix]
    fmt = {"png": "rgb24", "mjpeg": "yuvj420p", "libwebp": "yuv420p"}[codec]
    frame = av.VideoFrame.from_ndarray(np.repeat(luma[:, :, None], 3, axis=2), format="rgb24")
    with av.open(str(path), "w", format="image2") as out:
        s: Any = out.add_stream(codec, rate=1)
        s.width, s.height, s.pix_fmt = luma.shape[1], luma.shape[0], fmt
        for p in s.encode(frame.reformat(format=fmt)):
            out.mux(p)
        for p in s.encode(None):
            out.mux(p)
    return path


def with_exif_orientation(jpeg: Path, orientation: int) -> Path:
    """Give a JPEG an EXIF Orientation tag (what a phone camera writes instead of turning the
    pixels: 6 = turn 90° clockwise to show it upright), in place."""
    ifd_entry = struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0)  # SHORT, count 1
    tiff = b"II*\x00" + struct.pack("<IH", 8, 1) + ifd_entry + struct.pack("<I", 0)
    app1 = b"Exif\x00\x00" + tiff
    data = jpeg.read_bytes()
    jpeg.write_bytes(data[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + data[2:])
    return jpeg


def last_frame_luma(path: Path) -> np.ndarray:
    """The luma of the last decoded picture of what arrived (shape (h, w))."""
    last = None
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            last = f
    assert last is not None, f"no video in {path}"
    return last.reformat(format="gray").to_ndarray()


Box = tuple[int, int, int, int]


def first_frame_luma(path: Path, after: float = 0.0) -> np.ndarray:
    """The luma of the first decoded picture at or after `after` seconds."""
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            if f.time is not None and f.time >= after:
                return f.reformat(format="gray").to_ndarray()
    raise AssertionError(f"no video after {after} s in {path}")


def bbox(mask: np.ndarray) -> Box | None:
    """(x, y, w, h) of the True pixels, or None when there are none."""
    ys, xs = np.nonzero(mask)
    if not xs.size:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)


def find_shapes(luma: np.ndarray) -> dict[str, Box | None]:
    """Bounding boxes of the square, the marker and the picture (everything not a black bar);
    None for a shape not in the picture (cropped away)."""
    square = bbox(luma > 200)
    mid = (luma > 120) & (luma < 180)
    if square is not None:
        x, y, w, h = square
        mid[max(0, y - 4) : y + h + 4, max(0, x - 4) : x + w + 4] = False  # its soft edge
    return {"square": square, "marker": bbox(mid), "picture": bbox(luma > 40)}


def display_matrix(ccw_degrees: float, hflip: bool = False, vflip: bool = False) -> list[int]:
    """FFmpeg's `av_display_rotation_set` then `av_display_matrix_flip`: 9 ints, 16.16 fixed."""
    import math

    r = -ccw_degrees * math.pi / 180
    c, s = math.cos(r), math.sin(r)
    one = 1 << 16
    m = [round(c * one), round(-s * one), 0, round(s * one), round(c * one), 0, 0, 0, 1 << 30]
    flip = [1 - 2 * hflip, 1 - 2 * vflip, 1]
    return [v * flip[i % 3] for i, v in enumerate(m)]
