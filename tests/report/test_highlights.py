"""Highlight clips cut from a real recording (issue 21): a mark on a keyframe of a vertical
recording is copied without re-encoding and starts on exactly the recording's picture; any
other mark, or a horizontal recording, is encoded fast, cropped to 9:16, and starts on the
recording's picture at that time; every clip has the right length and plays in ffprobe."""

from __future__ import annotations

import json
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

from studio.errors import UsageError
from studio.report.highlights import Highlight, _crop_box, cut_clip, cut_highlights

FPS = 30
SECONDS = 8


def picture(i: int, w: int, h: int) -> np.ndarray:
    """Frame i: a gradient that moves, and a bar whose position encodes i (RGB)."""
    x = np.arange(w, dtype=np.int32)
    y = np.arange(h, dtype=np.int32)[:, None]
    img = np.zeros((h, w, 3), np.uint8)
    img[..., 0] = ((x + 3 * i) % 256).astype(np.uint8)
    img[..., 1] = ((y * 255) // h).astype(np.uint8)
    img[..., 2] = 90
    bar = (i * 7) % (w - 40)
    img[h // 3 : h // 3 + 40, bar : bar + 40] = 255
    return img


def record(path: Path, w: int, h: int) -> Path:
    """A recording like the studio's: H.264 with a keyframe every 2 s, AAC 48 kHz."""
    with av.open(str(path), "w") as out:
        v = out.add_stream("libx264", rate=FPS)
        v.width, v.height, v.pix_fmt = w, h, "yuv420p"
        v.options = {
            "preset": "ultrafast",
            "g": str(2 * FPS),
            "keyint_min": str(2 * FPS),
            "sc_threshold": "0",
            "bf": "0",
        }
        a = out.add_stream("aac", rate=48000)
        a.layout = "stereo"
        samples = 1024
        t_audio = 0
        for i in range(SECONDS * FPS):
            f = av.VideoFrame.from_ndarray(picture(i, w, h), format="rgb24")
            f.pts, f.time_base = i, Fraction(1, FPS)
            for p in v.encode(f):
                out.mux(p)
            while t_audio < (i + 1) * 48000 // FPS:
                tone = np.sin(2 * np.pi * 440 * (t_audio + np.arange(samples)) / 48000)
                af = av.AudioFrame.from_ndarray(
                    np.tile((tone * 0.2).astype(np.float32), (2, 1)),
                    format="fltp",
                    layout="stereo",
                )
                af.sample_rate, af.pts, af.time_base = 48000, t_audio, Fraction(1, 48000)
                for p in a.encode(af):
                    out.mux(p)
                t_audio += samples
        for s in (v, a):
            for p in s.encode(None):
                out.mux(p)
    return path


def frame_at(path: Path, t: float) -> np.ndarray:
    """The recording's first picture at or after `t` (RGB)."""
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            if (
                f.pts is not None
                and f.time_base is not None
                and float(f.pts * f.time_base) >= t - 1e-3
            ):
                return f.to_ndarray(format="rgb24")
    raise AssertionError(f"no frame at {t}")


def probe(path: Path) -> tuple[float, int, int, int]:
    """ffprobe's duration, frame count, width and height of the clip's video."""
    r = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-count_frames",
            "-select_streams",
            "v:0",
            "-show_entries",
            "stream=nb_read_frames,width,height:format=duration",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    info = json.loads(r.stdout)
    s = info["streams"][0]
    return float(info["format"]["duration"]), int(s["nb_read_frames"]), s["width"], s["height"]


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return 99.0 if mse == 0 else 10 * np.log10(255**2 / mse)


@pytest.fixture(scope="module")
def vertical(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return record(tmp_path_factory.mktemp("rec") / "show-vertical.mp4", 360, 640)


@pytest.fixture(scope="module")
def horizontal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return record(tmp_path_factory.mktemp("rec") / "show.mp4", 640, 360)


def test_a_mark_on_a_keyframe_is_copied_and_starts_on_the_same_picture(
    vertical: Path, tmp_path: Path
) -> None:
    clip = cut_clip(vertical, Highlight(4.0, 3.0), tmp_path / "a.mp4")
    assert clip.copied and clip.start_s == pytest.approx(4.0)
    duration, frames, w, h = probe(clip.path)
    assert frames == 3 * FPS and (w, h) == (360, 640)
    assert duration == pytest.approx(3.0, abs=0.05)
    first = frame_at(clip.path, 0.0)
    assert np.array_equal(first, frame_at(vertical, 4.0))  # the same packets, the same picture


def test_another_mark_is_encoded_and_starts_at_that_time(vertical: Path, tmp_path: Path) -> None:
    clip = cut_clip(vertical, Highlight(5.3, 2.0), tmp_path / "b.mp4")
    assert not clip.copied and clip.start_s == pytest.approx(5.3, abs=0.5 / FPS)
    duration, frames, w, h = probe(clip.path)
    assert frames == 2 * FPS and (w, h) == (360, 640)
    assert duration == pytest.approx(2.0, abs=0.05)
    assert psnr(frame_at(clip.path, 0.0), frame_at(vertical, 5.3)) > 30
    # ...and not the picture a frame earlier or later (the bar moves 7 px a frame).
    assert psnr(frame_at(clip.path, 0.0), frame_at(vertical, 5.3 + 2 / FPS)) < psnr(
        frame_at(clip.path, 0.0), frame_at(vertical, 5.3)
    )


def test_a_horizontal_recording_is_cropped_to_vertical(horizontal: Path, tmp_path: Path) -> None:
    clips = cut_highlights(horizontal, [Highlight(2.0, 1.5), Highlight(6.5, 5.0)], tmp_path)
    assert [c.path.name for c in clips] == ["highlight-01.mp4", "highlight-02.mp4"]
    x, y, cw, ch = _crop_box(640, 360)
    assert (cw, ch) == (202, 360) and cw / ch == pytest.approx(9 / 16, abs=0.01)
    duration, frames, w, h = probe(clips[0].path)
    assert (w, h) == (cw, ch) and frames == 45 and not clips[0].copied
    want = frame_at(horizontal, 2.0)[y : y + ch, x : x + cw]
    assert psnr(frame_at(clips[0].path, 0.0), want) > 30
    # The second runs to the recording's end: 1.5 s, not 5.
    duration, frames, _, _ = probe(clips[1].path)
    assert frames == round(1.5 * FPS) and duration == pytest.approx(1.5, abs=0.05)


def test_bad_marks_and_files_are_told_in_words(vertical: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="outside the recording"):
        cut_clip(vertical, Highlight(60.0), tmp_path / "c.mp4")
    with pytest.raises(UsageError, match="no recording"):
        cut_clip(tmp_path / "missing.mp4", Highlight(1.0), tmp_path / "d.mp4")
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"not a video")
    with pytest.raises(UsageError, match="cannot be read"):
        cut_clip(junk, Highlight(1.0), tmp_path / "e.mp4")
