"""Decoded source pictures → canvas-ready pictures, in one pass of FFmpeg's scaler.

Every source that decodes (files, cameras, screens) hands its frames to a `FrameFitter`. It
reads the picture's orientation (display matrix, or an old `rotate` tag) and sample aspect
ratio, plans the placement once per picture geometry (media/fit.py) and converts: straight to
yuv420p at the planned size with `VideoFrame.reformat` (a frame already in that form is passed
through untouched), or, when `fill` crops, through a small filter graph whose `crop` only moves
plane pointers before the same single `scale`. The quarter turns are left to the compositor's
copy. One conversion per frame at most, whatever the input: 10-bit, 4:2:2, 4:4:4, full-range
MJPEG, NV12, odd sizes.

Runs on the source's thread; not thread-safe (one fitter per source).
"""

from __future__ import annotations

import logging
import math
import struct
from fractions import Fraction
from typing import cast

import av
from av.sidedata.sidedata import SideDataContainer, Type
from av.video.reformatter import VideoReformatter

from studio.media.fit import Placement, VideoFit, plan_placement, quarter_turns

log = logging.getLogger(__name__)

OUT_FORMAT = "yuv420p"


def display_matrix(frame: av.VideoFrame) -> tuple[int, ...] | None:
    """The frame's display matrix (9 int32: 16.16 fixed point, the last 2.30), or None when it
    has none or its side data cannot be listed (PyAV refuses a frame carrying a side data type
    it does not know, e.g. FFmpeg 8's EXIF block on a phone photo: see frame_orientation)."""
    try:
        # PyAV's stubs type a video frame's side data as a TypedDict; it is this container.
        sides = cast(SideDataContainer, frame.side_data)
        if Type.DISPLAYMATRIX not in sides:
            return None
        raw = bytes(sides[Type.DISPLAYMATRIX])
    except ValueError:
        return None
    return struct.unpack("=9i", raw[:36]) if len(raw) >= 36 else None


def matrix_orientation(m: tuple[int, ...]) -> tuple[int, bool]:
    """(clockwise quarter turns, flipped left to right first?) that show a picture with display
    matrix `m` the way the ffmpeg CLI's autorotate does (fftools/ffmpeg_filter.c: the angle
    from `av_display_rotation_get`, then `transpose`, `hflip` and `vflip` chosen by the signs
    of the matrix's entries). An angle that is not a quarter turn rounds to the nearest one."""
    a, b, c, d = m[0] / 65536.0, m[1] / 65536.0, m[3] / 65536.0, m[4] / 65536.0
    sx, sy = math.hypot(a, c), math.hypot(b, d)
    if sx == 0.0 or sy == 0.0:
        return 0, False  # a degenerate matrix: players ignore it
    ccw = -math.degrees(math.atan2(b / sy, a / sx))  # av_display_rotation_get
    theta = -round(ccw)  # fftools' get_rotation: clockwise degrees in [0, 360)
    theta -= 360 * math.floor(theta / 360 + 0.9 / 360)
    if abs(theta - 90) < 1:
        return (3, True) if m[3] > 0 else (1, False)  # transpose=cclock_flip, or clock
    if abs(theta - 180) < 1:
        h, v = m[0] < 0, m[4] < 0
        if h != v:
            return (0, True) if h else (2, True)  # hflip alone; vflip alone = hflip + 180
        return 2, False
    if abs(theta - 270) < 1:
        return (1, True) if m[3] < 0 else (3, False)  # transpose=clock_flip, or cclock
    if abs(theta) < 1:
        return (2, True) if m[4] < 0 else (0, False)  # vflip
    return quarter_turns(-theta), False


def frame_orientation(frame: av.VideoFrame, rotate_tag: float = 0.0) -> tuple[int, bool]:
    """(clockwise quarter turns, mirrored?) that show `frame` upright: from its display
    matrix (rotation and reflection), else from FFmpeg's reading of its rotation (a frame whose
    side data PyAV cannot list: rotation only), else from `rotate_tag` (a stream's old `rotate`
    tag, counter-clockwise degrees; never mirrored)."""
    m = display_matrix(frame)
    if m is not None:
        return matrix_orientation(m)
    try:  # FFmpeg reads the matrix itself (works where the side data cannot be listed)
        ccw = float(frame.rotation)
    except (AttributeError, ValueError):  # no display matrix at all
        ccw = 0.0
    return quarter_turns(ccw or rotate_tag), False


def stream_rotate_tag(stream: av.video.stream.VideoStream) -> float:
    """An old-style `rotate` metadata tag (clockwise degrees) as counter-clockwise degrees."""
    tag = (stream.metadata or {}).get("rotate")
    try:
        return -float(tag) if tag else 0.0
    except ValueError:
        return 0.0


# Up to this many pixels a single decoding thread keeps up with real time with room to spare
# (1080p H.264 ~5.5 ms, 720p MJPEG ~2.5 ms a frame on this project's 2-core machines) and costs
# the least CPU: FFmpeg's automatic frame threading took 0.1-0.2 ms more per frame, spent on
# synchronising its threads (medians of 4 runs, 720p/1080p H.264 and 720p MJPEG).
SINGLE_THREAD_PIXELS = 1920 * 1088


def set_decode_threads(stream: av.video.stream.VideoStream) -> None:
    """One decoding thread for pictures up to 1080p, FFmpeg's automatic threading above."""
    ctx = stream.codec_context
    if (ctx.width or 0) * (ctx.height or 0) <= SINGLE_THREAD_PIXELS:
        ctx.thread_count = 1
        ctx.thread_type = "NONE"
    else:
        ctx.thread_type = "AUTO"


def scaler_flags(src_pixels: int, dst_pixels: int) -> str:
    """swscale's algorithm for a conversion: FAST_BILINEAR when only the pixel format changes
    (only chroma is resampled: 2.4 ms instead of 4-5 ms for 1080p MJPEG 4:2:2 → 4:2:0 with
    the default BILINEAR), AREA when shrinking (averages, no aliasing; 2.6 ms for 1080p →
    720p), BILINEAR when enlarging. Names as PyAV's `Interpolation` spells them."""
    if src_pixels == dst_pixels:
        return "FAST_BILINEAR"
    return "AREA" if dst_pixels < src_pixels else "BILINEAR"


def stream_sar(stream: av.video.stream.VideoStream) -> Fraction | None:
    sar = stream.sample_aspect_ratio or stream.codec_context.sample_aspect_ratio
    return Fraction(sar) if sar else None


class FrameFitter:
    """Converts a source's frames for one canvas size and fit; remembers the last plan."""

    def __init__(self, width: int, height: int, fit: VideoFit | None = None) -> None:
        self.canvas = (width, height)
        self.fit = fit or VideoFit()
        self._key: tuple[object, ...] | None = None
        self._placement: Placement | None = None
        self._graph: tuple[av.filter.Graph, object, object] | None = None
        self._interpolation = "FAST_BILINEAR"
        # One swscale context kept for the source's frames (`frame.reformat` makes a new one
        # for every frame: 0.03-0.25 ms each at 720p → 480×270).
        self._reformatter = VideoReformatter()
        self._oriented: tuple[tuple[float, float], tuple[int, bool]] | None = None
        self.conversions = 0  # frames that went through the scaler (for tests/benchmarks)

    def convert(
        self,
        frame: av.VideoFrame,
        sar: Fraction | None = None,
        rotate_tag: float = 0.0,
        orientation: tuple[int, bool] | None = None,
    ) -> tuple[av.VideoFrame, Placement | None]:
        """(canvas-ready frame, its placement; None when it is the whole canvas, upright).
        `orientation` (turns, mirror) overrides what the frame's display matrix says (a
        picture already scaled for another canvas, engine/refit.py)."""
        turns, mirror = orientation or self._orientation(frame, rotate_tag)
        key = (frame.width, frame.height, frame.format.name, sar, turns, mirror)
        if key != self._key:
            self._plan(frame, sar, turns, mirror, key)
        p = self._placement
        assert p is not None
        sw, sh = p.scaled
        if self._graph is not None:
            _graph, src, sink = self._graph
            src.push(frame)  # type: ignore[attr-defined]
            out = sink.pull()  # type: ignore[attr-defined]
            self.conversions += 1
        elif (frame.width, frame.height, frame.format.name) == (sw, sh, OUT_FORMAT):
            out = frame
        else:
            out = self._reformatter.reformat(
                frame, width=sw, height=sh, format=OUT_FORMAT, interpolation=self._interpolation
            )
            self.conversions += 1
        return out, (None if p.covers(*self.canvas) else p)

    def _orientation(self, frame: av.VideoFrame, rotate_tag: float) -> tuple[int, bool]:
        """`frame_orientation`, read again only when FFmpeg's reading of the frame's rotation
        (`frame.rotation`, from C: no Python objects) or the stream's tag changes. Listing a
        frame's side data (`frame.side_data`) makes a reference cycle in PyAV 18 (the frame
        caches its container, which holds the frame), so every frame read that way waits for
        Python's cycle collector to give its picture buffer back: a 1080p file source then
        faulted in ~2 MB of fresh memory a frame and spent ~1 ms more CPU on it (and the
        collector ran all the time). A reflection alone (no rotation) that changes mid-stream
        is not followed; no producer we know of does that."""
        try:
            ccw = float(frame.rotation)
        except (AttributeError, ValueError):
            ccw = 0.0
        cached = self._oriented
        if cached is not None and cached[0] == (ccw, rotate_tag):
            return cached[1]
        found = frame_orientation(frame, rotate_tag)
        self._oriented = ((ccw, rotate_tag), found)
        return found

    def _plan(
        self,
        frame: av.VideoFrame,
        sar: Fraction | None,
        turns: int,
        mirror: bool,
        key: tuple[object, ...],
    ) -> None:
        p = plan_placement(
            (frame.width, frame.height), self.canvas, self.fit, turns=turns, sar=sar, mirror=mirror
        )
        self._key, self._placement, self._graph = key, p, None
        cx, cy, cw, ch = p.crop
        self._interpolation = scaler_flags(cw * ch, p.scaled[0] * p.scaled[1])
        if (cx, cy, cw, ch) != (0, 0, frame.width, frame.height):
            self._graph = self._crop_graph(frame, p)
        log.info(
            "source picture %dx%d %s sar %s, %d quarter turns%s → %s at (%d, %d) on %dx%d (%s)",
            frame.width, frame.height, frame.format.name, sar, turns,
            ", mirrored" if mirror else "",
            "x".join(map(str, p.size)), p.x, p.y, *self.canvas, self.fit,
        )  # fmt: skip

    @staticmethod
    def _crop_graph(frame: av.VideoFrame, p: Placement) -> tuple[av.filter.Graph, object, object]:
        cx, cy, cw, ch = p.crop
        sw, sh = p.scaled
        graph = av.filter.Graph()
        src = graph.add_buffer(
            width=frame.width,
            height=frame.height,
            format=frame.format,
            time_base=frame.time_base or Fraction(1, 1000),
        )
        crop = graph.add("crop", f"{cw}:{ch}:{cx}:{cy}:exact=1")
        flags = scaler_flags(cw * ch, sw * sh).lower()
        scale = graph.add("scale", f"{sw}:{sh}:flags={flags}")
        fmt = graph.add("format", OUT_FORMAT)
        sink = graph.add("buffersink")
        src.link_to(crop)
        crop.link_to(scale)
        scale.link_to(fmt)
        fmt.link_to(sink)
        graph.configure()
        return graph, src, sink
