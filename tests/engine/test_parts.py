"""The pipeline's parts on their own: drift correction, blending, drop policy, AMF0."""

from __future__ import annotations

import contextlib
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio.capture.audioring import AudioRing
from studio.capture.convert import FrameFitter, frame_orientation
from studio.engine.compositor import Compositor
from studio.engine.outputs import amf0
from studio.engine.outputs.queue import PacketQueue
from studio.engine.outputs.rtmp_client import FlvTagSplitter, parse_ingest_url
from studio.errors import BadUrl, UsageError
from studio.media.fit import FitMode, VideoFit, parse_fit, plan_placement, quarter_turns
from studio.media.frames import EncodedPacket
from studio.media.layers import Layer
from studio.media.planes import plane_view
from tests.engine.clips import display_matrix, write_clip


@pytest.mark.parametrize("ppm", [-300, 0, 250])
def test_microphone_drift_is_absorbed_without_jumps(ppm: int) -> None:
    """A device whose clock runs fast or slow stays within a frame over ten minutes."""
    ring = AudioRing(seconds=4)
    rate = 48000 * (1 + ppm / 1e6)  # the device's true sample rate, seen on our clock
    block, written, out_pos = 480, 0, 0
    errors = []
    rng = np.random.default_rng(1)
    for step in range(int(600 * 48000 / 1024)):
        now = (out_pos + 1024) / 48000 + 0.08
        while written / rate < now:  # the device delivers what it captured by now
            ts = written / rate + rng.normal(0, 0.002)  # jittery ADC timestamps
            ring.append(np.full((block, 2), 0.1, np.float32), ts)
            written += block
        out = ring.read(out_pos, 1024)
        out_pos += 1024
        if step > 50:
            errors.append(abs(ring.last_error_s))
            assert np.all(out[:, 0] > 0.05)  # never a gap of silence
    assert max(errors) < 1 / 30


def test_exact_source_gap_becomes_silence() -> None:
    ring = AudioRing(exact=True)
    ring.append(np.ones((4800, 2), np.float32), 0.0)
    ring.append(np.ones((4800, 2), np.float32), 0.2)  # 100 ms missing in the file
    out = ring.read(0, 4800 * 3)
    assert np.all(out[:4800] == 1) and np.all(out[4800:9600] == 0) and np.all(out[9600:] == 1)


def test_layer_blends_into_the_right_rectangle_with_the_right_colour() -> None:
    comp = Compositor(640, 360)
    src = av.VideoFrame.from_ndarray(np.full((360, 640, 3), 40, np.uint8), "rgb24")
    src = src.reformat(format="yuv420p")
    rgba = np.zeros((100, 200, 4), np.uint8)
    rgba[...] = (0, 200, 0, 255)  # opaque green (premultiplied = straight when opaque)
    rgba[:, 100:] = (100, 0, 0, 128)  # half-transparent red, premultiplied
    out = comp.compose(src, [Layer("card", rgba, x=300, y=200)])
    rgb = out.to_ndarray(format="rgb24").astype(int)
    assert np.abs(rgb[250, 350] - (0, 200, 0)).max() <= 6
    assert np.abs(rgb[250, 450] - (100 + 40 * 127 // 255, 20, 20)).max() <= 8
    assert np.abs(rgb[100, 100] - (40, 40, 40)).max() <= 3  # outside: untouched
    # Off-frame parts are clipped, not wrapped.
    out = comp.compose(src, [Layer("edge", rgba, x=600, y=-50)])
    assert out.to_ndarray(format="rgb24")[300, 10].max() < 60


@pytest.mark.parametrize("turns", [0, 1, 2, 3])
@pytest.mark.parametrize("focus", [0.0, 0.5, 1.0])
def test_fill_keeps_the_focused_window_of_the_upright_picture(turns: int, focus: float) -> None:
    """Crop in the decoded picture's axes, then turn: exactly the window the focus names."""
    upright = np.arange(200 * 400, dtype=np.int64).reshape(400, 200)  # 200 wide, 400 high
    coded = np.rot90(upright, turns)  # stored `turns` quarter turns counter-clockwise
    for canvas, window in (
        ((200, 100), lambda: upright[round(300 * focus) : round(300 * focus) + 100, :]),
        ((100, 400), lambda: upright[:, round(100 * focus) : round(100 * focus) + 100]),
    ):
        fit = VideoFit(FitMode.FILL, focus, focus)
        p = plan_placement((coded.shape[1], coded.shape[0]), canvas, fit, turns=turns)
        cx, cy, cw, ch = p.crop
        assert p.scaled == ((canvas[1], canvas[0]) if turns % 2 else canvas)
        shown = np.rot90(coded[cy : cy + ch, cx : cx + cw], -turns)  # as the compositor turns
        assert np.array_equal(shown, window()), (turns, focus, canvas, p)
        assert (p.x, p.y) == (0, 0)


@pytest.mark.parametrize(
    ("coded", "sar", "turns", "canvas", "size"),
    [
        ((640, 480), None, 0, (1280, 720), (960, 720)),  # 4:3 webcam: pillarbox
        ((1280, 720), None, 1, (1280, 720), (404, 720)),  # phone clip on its side
        ((720, 1280), None, 0, (1280, 720), (404, 720)),  # 9:16 clip
        ((1280, 720), None, 0, (720, 1280), (720, 404)),  # 16:9 on a vertical canvas
        ((720, 576), Fraction(64, 45), 0, (1280, 720), (1280, 720)),  # PAL 16:9 anamorphic
        ((480, 480), Fraction(4, 3), 0, (1280, 720), (960, 720)),
        ((641, 479), None, 0, (1280, 720), (964, 720)),  # odd sizes: even results
    ],
)
def test_fit_keeps_the_display_aspect(
    coded: tuple[int, int],
    sar: Fraction | None,
    turns: int,
    canvas: tuple[int, int],
    size: tuple[int, int],
) -> None:
    p = plan_placement(coded, canvas, VideoFit(), turns=turns, sar=sar)
    assert p.crop == (0, 0, *coded)
    assert p.size == size
    assert (p.x, p.y) == ((canvas[0] - size[0]) // 2 & ~1, (canvas[1] - size[1]) // 2 & ~1)
    assert all(v % 2 == 0 for v in (*p.scaled, p.x, p.y))


def test_display_matrix_angles_become_clockwise_quarter_turns() -> None:
    assert [quarter_turns(a) for a in (0, -90, 90, 180, -180, 270, -89.6)] == [0, 1, 3, 2, 2, 1, 1]


ORIENTATIONS = [
    (ccw, h, v) for ccw in (0, -90, 180, 90) for h in (False, True) for v in (False, True)
    if not (v and ccw)  # a vertical flip of a turned matrix is one of the others
]  # fmt: skip


@pytest.mark.parametrize(("ccw", "hflip", "vflip"), ORIENTATIONS)
def test_every_display_matrix_shows_as_the_ffmpeg_cli_shows_it(
    tmp_path: Path, ccw: int, hflip: bool, vflip: bool
) -> None:
    """Rotations and reflections (the 8 ways a picture can lie) against the ffmpeg CLI's
    autorotate, the reference players follow: markers in two corners must land where it puts
    them."""
    w, h = 320, 240
    luma = np.full((h, w), 60, np.uint8)
    luma[10:60, 10:80] = 220  # top left
    luma[10:60, w - 80 : w - 10] = 140  # top right
    clip = write_clip(
        tmp_path / "m.mp4", luma, 0.2, audio=None, matrix=display_matrix(ccw, hflip, vflip)
    )
    ref = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(clip), "-frames:v", "1", "-f", "rawvideo",
         "-pix_fmt", "gray", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    with av.open(str(clip)) as c:
        frame = next(c.decode(video=0))
    turns, _ = frame_orientation(frame)
    ow, oh = (h, w) if turns % 2 else (w, h)
    assert len(ref) == ow * oh, "the ffmpeg CLI turned the picture another way"
    fitted, placement = FrameFitter(ow, oh).convert(frame)
    out = Compositor(ow, oh, pool=2).compose(fitted, (), placement)
    ours = plane_view(out, 0)[:oh, :ow]
    theirs = np.frombuffer(ref, np.uint8).reshape(oh, ow)

    def centre(y: np.ndarray, lo: int, hi: int) -> tuple[float, float]:
        ys, xs = np.nonzero((y > lo) & (y < hi))
        return (xs.mean() / ow, ys.mean() / oh)

    for lo, hi in ((200, 256), (120, 160)):
        assert centre(ours, lo, hi) == pytest.approx(centre(theirs, lo, hi), abs=0.03)


def test_fit_choices_parse_or_are_refused_with_a_hint() -> None:
    assert parse_fit("fit") == VideoFit()
    assert parse_fit(" Fill:Top ") == VideoFit(FitMode.FILL, 0.5, 0.0)
    assert parse_fit("fill:0.25,1") == VideoFit(FitMode.FILL, 0.25, 1.0)
    assert str(parse_fit("fill:0.25,1")) == "fill:0.25,1"
    assert parse_fit("stretch").mode is FitMode.STRETCH
    for bad in ("cover", "fill:1.5,0", "fit:top", "fill:0.5", "fill:a,b", ""):
        with pytest.raises(UsageError) as err:
            parse_fit(bad)
        assert err.value.hint


def test_compositor_places_and_turns_a_source_picture() -> None:
    """A turned picture lands upright at its placement over black bars, in every pool frame."""
    comp = Compositor(640, 360, pool=3)
    upright = np.full((360, 200), 60, np.uint8)
    upright[10:30, 10:30] = 200  # marker top-left
    coded = np.ascontiguousarray(np.rot90(upright, 1))
    src = av.VideoFrame.from_ndarray(np.repeat(coded[:, :, None], 3, 2), "rgb24")
    src = src.reformat(format="yuv420p")
    p = plan_placement((360, 200), (640, 360), VideoFit(), turns=1)
    assert p.scaled == (360, 200) and (p.x, p.y) == (220, 0)
    for _ in range(4):
        out = comp.compose(src, [], p).to_ndarray(format="gray")
        assert out[:, :218].max() < 20 and out[:, 422:].max() < 20  # bars
        assert out[20, 240] > 180 and out[340, 400] < 90  # marker top-left, upright


def _pkt(kind: str, t: float, key: bool = False) -> EncodedPacket:
    tb = Fraction(1, 1000)
    return EncodedPacket(kind, b"x", int(t * 1000), int(t * 1000), tb, key, t)  # type: ignore[arg-type]


def test_congestion_drops_video_never_audio_or_keyframes() -> None:
    q = PacketQueue(drop_threshold_ms=700, backlog_s=5)
    for i in range(60):
        t = i / 30
        q.put(_pkt("video", t, key=i % 30 == 0))
        q.put(_pkt("audio", t))
    left = [q.get(0) for _ in range(len(q))]
    assert sum(1 for p in left if p and p.kind == "audio") == 60
    assert sum(1 for p in left if p and p.kind == "video" and p.keyframe) == 2
    assert q.dropped_video > 0
    assert q.dropped_video + sum(1 for p in left if p and p.kind == "video") == 60


def test_disconnected_backlog_is_bounded_and_resumes_on_a_keyframe() -> None:
    q = PacketQueue(backlog_s=2)
    for i in range(300):
        q.put(_pkt("video", i / 30, key=i % 60 == 0), connected=False)
    assert q.buffered_ms <= 2000 + 1000 / 30 * 60
    q.skip_to_keyframe()
    first = q.get(0)
    assert first is not None and first.keyframe


@given(st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
))  # fmt: skip
def test_amf0_round_trip(value) -> None:
    assert amf0.decode_all(amf0.encode(value)) == [value]


@given(st.binary(max_size=200))
def test_amf0_never_hangs_on_garbage(data: bytes) -> None:
    with contextlib.suppress(ValueError, UnicodeDecodeError):
        amf0.decode_all(data)


def test_flv_splitter_cuts_tags_across_writes() -> None:
    header = b"FLV\x01\x05\x00\x00\x00\x09" + b"\x00" * 4
    tag = bytes([9]) + (3).to_bytes(3, "big") + (1234).to_bytes(3, "big") + b"\x00" * 4
    tag += b"abc" + (14).to_bytes(4, "big")
    s = FlvTagSplitter()
    stream = header + tag + tag
    for i in range(0, len(stream), 5):
        s.write(stream[i : i + 5])
    assert s.tags() == [(9, 1234, b"abc"), (9, 1234, b"abc")]


@pytest.mark.parametrize(
    "url",
    ["rtmp://", "ftp://h/live/k", "rtmp://h", "rtmp://h:99999/live/k", "rtmp:///a/b",
     "rtmp://h?app/k", "rtmp://[::1/live/k", "rtmp://::1/live/k", "rtmp://h:/live/k"],
)  # fmt: skip
def test_malformed_urls_are_refused_without_echoing_the_key(url: str) -> None:
    with pytest.raises(BadUrl) as err:
        parse_ingest_url(url)
    assert "Traceback" not in str(err.value)
    assert err.value.hint  # what to do, always


def test_stream_key_and_tcurl() -> None:
    a = parse_ingest_url("rtmps://live.example.com/app/sub/KEY123?sig=abc")
    assert (a.host, a.port, a.app, a.key) == ("live.example.com", 443, "app", "sub/KEY123?sig=abc")
    assert a.tc_url == "rtmps://live.example.com/app"


def test_fitting_frames_leaves_no_reference_cycles_behind(tmp_path: Path) -> None:
    """Listing a frame's side data makes a frame ↔ container cycle in PyAV, which holds the
    picture buffer until the cycle collector runs: the fitter reads a frame's display matrix
    only when its rotation changes, so a stream of frames leaves at most one such cycle."""
    import gc

    luma = np.full((120, 160), 90, np.uint8)
    clip = write_clip(tmp_path / "c.mp4", luma, 1.0, audio=None, matrix=display_matrix(90))
    fitter = FrameFitter(120, 160)
    frames = 0
    gc.collect()
    gc.disable()
    try:
        with av.open(str(clip)) as c:
            for frame in c.decode(video=0):
                fitter.convert(frame)
                frames += 1
        cycles = sum(type(o).__name__ == "SideDataContainer" for o in gc.get_objects())
    finally:
        gc.enable()
    assert cycles <= 1
    assert frames == 30 and fitter._placement is not None
    assert fitter._placement.turns == 1  # turned a quarter, as the ffmpeg CLI shows it


def test_a_rotation_change_mid_stream_is_followed(tmp_path: Path) -> None:
    """One fitter fed upright frames, then frames carrying a 90° display matrix (a phone
    turned during a call), turns the later ones."""
    luma = np.full((120, 160), 90, np.uint8)
    upright = write_clip(tmp_path / "u.mp4", luma, 0.2, audio=None)
    turned = write_clip(tmp_path / "t.mp4", luma, 0.2, audio=None, matrix=display_matrix(-90))
    fitter = FrameFitter(320, 320)
    seen = []
    for clip in (upright, turned, upright):
        with av.open(str(clip)) as c:
            frame = next(c.decode(video=0))
        _, placement = fitter.convert(frame)
        assert placement is not None
        seen.append((placement.turns, placement.size))
    assert seen == [(0, (320, 240)), (3, (240, 320)), (0, (320, 240))]


def test_the_test_tone_is_the_same_sliced_or_computed() -> None:
    """The tone repeats every second: slices across the second's end and far into a show
    equal the tone computed sample by sample."""
    from studio.capture.testpattern import TestToneSource

    tone = TestToneSource()
    for start, n in ((0, 1024), (47_500, 1024), (3 * 48_000 - 1, 5000), (48_000 * 3600, 1024)):
        got = tone.read(start, n)
        assert got.shape == (n, 2) and got.dtype == np.float32
        np.testing.assert_allclose(got, TestToneSource.samples(start, n), atol=1e-6)
    # A slice handed out is the caller's own: changing it changes no later read.
    first = tone.read(0, 8)
    first[:] = 9.0
    assert float(np.max(tone.read(0, 8))) < 1.0
