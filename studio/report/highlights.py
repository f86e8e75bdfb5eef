"""Highlight clips (issue 21): the moments the host marked, cut from the show's recording into
short vertical clips resellers can download.

`cut_clip` copies the recording's packets (no re-encode) when it can: the recording is already
vertical (9:16) and a keyframe falls on the marked time (within half a frame), so the clip
starts on exactly the recording's picture. Otherwise it decodes from the keyframe before the
mark, drops what precedes it, crops the centre of a horizontal picture to 9:16 and encodes
fast (libx264 veryfast, AAC), starting on the first picture at or after the mark. Times are
seconds from the recording's start. Runs on any thread (PyAV only); raises `UsageError` with a
hint for a missing or unreadable recording or a mark outside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.container
import numpy as np

from studio import i18n
from studio.errors import UsageError

DEFAULT_CLIP_S = 15.0
VERTICAL = (9, 16)


@dataclass(frozen=True)
class Highlight:
    """A marked moment: `at_s` from the recording's start; the clip runs `duration_s`."""

    at_s: float
    duration_s: float = DEFAULT_CLIP_S
    label: str = ""


@dataclass(frozen=True)
class Clip:
    """A clip written: where, whether the packets were copied, and where it starts and ends
    in the recording (seconds)."""

    path: Path
    copied: bool
    start_s: float
    duration_s: float


def _open(recording: Path) -> av.container.InputContainer:
    if not recording.is_file():
        raise UsageError(
            i18n._("There is no recording at {path}.").format(path=recording),
            i18n._("Record the show (Settings → Recording), then mark highlights."),
        )
    try:
        return av.open(str(recording))
    except av.FFmpegError as exc:
        raise UsageError(
            i18n._("The recording {path} cannot be read: {error}.").format(
                path=recording, error=exc
            ),
            i18n._("Check the file is a finished recording."),
        ) from exc


def _keyframe_at(recording: Path, at_s: float, fps: float) -> float | None:
    """The time of a keyframe within half a frame of `at_s`, if there is one."""
    with _open(recording) as c:
        v = c.streams.video[0]
        tb = v.time_base
        assert tb is not None
        for pkt in c.demux(v):
            if pkt.pts is None:
                continue
            t = float(pkt.pts * tb)
            if pkt.is_keyframe and abs(t - at_s) <= 0.5 / fps:
                return t
            if t > at_s + 1.0:
                break
    return None


def cut_clip(recording: Path, highlight: Highlight, out: Path) -> Clip:
    """Write the highlight's clip to `out` (MP4). See the module docstring."""
    with _open(recording) as c:
        if not c.streams.video:
            raise UsageError(
                i18n._("The recording {path} has no picture.").format(path=recording),
                i18n._("Check the file is a finished recording."),
            )
        v = c.streams.video[0]
        fps = float(v.average_rate or 30)
        w, h = v.codec_context.width, v.codec_context.height
        length = float(c.duration / av.time_base) if c.duration else math.inf
    if not 0 <= highlight.at_s < length:
        raise UsageError(
            i18n._("The moment at {at:.1f} s is outside the recording ({length:.1f} s).").format(
                at=highlight.at_s, length=length
            ),
            i18n._("Mark moments while the show is recorded."),
        )
    duration = min(highlight.duration_s, length - highlight.at_s)
    out.parent.mkdir(parents=True, exist_ok=True)
    vertical = h * VERTICAL[0] >= w * VERTICAL[1] - h  # 9:16 or taller, within a pixel
    key = _keyframe_at(recording, highlight.at_s, fps) if vertical else None
    if key is not None:
        _copy(recording, key, duration, out)
        return Clip(out, True, key, duration)
    start = _encode(recording, highlight.at_s, duration, out)
    return Clip(out, False, start, duration)


def _copy(recording: Path, start: float, duration: float, out: Path) -> None:
    """Remux the packets in [start, start + duration) (video from the keyframe at `start`)."""
    with _open(recording) as src, av.open(str(out), "w", format="mp4") as dst:
        pairs = {}
        for s in src.streams.video[:1] + src.streams.audio[:1]:
            pairs[s.index] = (s, dst.add_stream_from_template(s))
        end = start + duration
        for pkt in src.demux(*[s for s, _ in pairs.values()]):
            if pkt.pts is None or pkt.dts is None:
                continue
            s, o = pairs[pkt.stream.index]
            tb = s.time_base
            assert tb is not None
            t = float(pkt.pts * tb)
            if t < start - 1e-6 or t >= end - 1e-6:
                if t >= end + 1.0:
                    break
                continue
            shift = round(start / tb)
            pkt.pts -= shift
            pkt.dts -= shift
            if pkt.dts < 0 and s.type == "audio":
                continue
            pkt.stream = o
            dst.mux(pkt)


def _crop_box(w: int, h: int) -> tuple[int, int, int, int]:
    """The centred 9:16 box of a w×h picture, even-sized: (x, y, width, height)."""
    if h * VERTICAL[0] >= w * VERTICAL[1]:
        ch = (w * VERTICAL[1] // VERTICAL[0]) // 2 * 2
        return 0, (h - ch) // 2 // 2 * 2, w // 2 * 2, ch
    cw = (h * VERTICAL[0] // VERTICAL[1]) // 2 * 2
    return (w - cw) // 2 // 2 * 2, 0, cw, h // 2 * 2


def _encode(recording: Path, at_s: float, duration: float, out: Path) -> float:
    """Decode from the keyframe before `at_s`, crop to 9:16, encode fast; returns the time of
    the clip's first picture in the recording."""
    with _open(recording) as src, av.open(str(out), "w", format="mp4") as dst:
        v = src.streams.video[0]
        fps = v.average_rate or Fraction(30)
        x, y, cw, ch = _crop_box(v.codec_context.width, v.codec_context.height)
        ov = dst.add_stream("libx264", rate=fps)
        ov.width, ov.height, ov.pix_fmt = cw, ch, "yuv420p"
        ov.options = {"preset": "veryfast", "crf": "18", "g": str(int(2 * fps))}
        a = src.streams.audio[0] if src.streams.audio else None
        oa = dst.add_stream("aac", rate=a.rate) if a is not None else None
        if oa is not None and a is not None:
            oa.layout = a.layout
        src.seek(int(max(0.0, at_s) * av.time_base), any_frame=False, backward=True)
        first: float | None = None
        end = at_s + duration
        streams = [v] + ([a] if a is not None else [])
        n = 0
        for frame in src.decode(*streams):
            if not isinstance(frame, av.VideoFrame | av.AudioFrame):
                continue
            if frame.pts is None or frame.time_base is None:
                continue
            t = float(frame.pts * frame.time_base)
            if isinstance(frame, av.VideoFrame):
                if t < at_s - 0.5 / float(fps):
                    continue
                if t >= end - 0.5 / float(fps):
                    if a is None:
                        break
                    continue
                if first is None:
                    first = t
                img = frame.to_ndarray(format="yuv420p")
                cropped = _crop_yuv(img, frame.width, frame.height, x, y, cw, ch)
                nf = av.VideoFrame.from_ndarray(cropped, format="yuv420p")
                nf.pts = n
                nf.time_base = Fraction(1) / Fraction(fps)
                n += 1
                for p in ov.encode(nf):
                    dst.mux(p)
            elif oa is not None and isinstance(frame, av.AudioFrame):
                if first is None or t < first or t >= (first + duration):
                    if first is not None and t >= first + duration + 1.0:
                        break
                    continue
                frame.pts = round((t - first) * frame.sample_rate)
                frame.time_base = Fraction(1, frame.sample_rate)
                for p in oa.encode(frame):
                    dst.mux(p)
        for p in ov.encode(None):
            dst.mux(p)
        if oa is not None:
            for p in oa.encode(None):
                dst.mux(p)
    if first is None:
        raise UsageError(
            i18n._("No picture was found after {at:.1f} s in the recording.").format(at=at_s),
            i18n._("Mark moments while the show is recorded."),
        )
    return first


def _crop_yuv(img: np.ndarray, w: int, h: int, x: int, y: int, cw: int, ch: int) -> np.ndarray:
    """Crop a packed yuv420p array (h*3/2 rows of w) to the box (x, y, cw, ch)."""
    ys = img[:h, :w][y : y + ch, x : x + cw]
    u = img[h : h + h // 4].reshape(h // 2, w // 2)[y // 2 : (y + ch) // 2, x // 2 : (x + cw) // 2]
    vv = img[h + h // 4 : h + h // 2].reshape(h // 2, w // 2)[
        y // 2 : (y + ch) // 2, x // 2 : (x + cw) // 2
    ]
    return np.concatenate([ys.reshape(-1), u.reshape(-1), vv.reshape(-1)]).reshape(ch * 3 // 2, cw)


def cut_highlights(recording: Path, highlights: list[Highlight], out_dir: Path) -> list[Clip]:
    """Every highlight's clip as `highlight-NN.mp4` in `out_dir`, in the order marked."""
    return [
        cut_clip(recording, hl, out_dir / f"highlight-{i:02d}.mp4")
        for i, hl in enumerate(highlights, start=1)
    ]
