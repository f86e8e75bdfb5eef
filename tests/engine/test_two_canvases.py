"""One show, two canvases: a 16:9 and a 9:16 encode from the same sources, each to its own
ingest application and its own recording, the product card laid out on each."""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import av
import numpy as np
import pytest

from studio.capture.testpattern import TestPatternSource, TestToneSource
from studio.commands.broadcast import plan_canvases
from studio.engine.pipeline import CanvasConfig, Pipeline, PipelineConfig
from studio.engine.stats import OutputKind
from studio.errors import UsageError
from studio.media.fit import parse_fit
from studio.overlays.scene import OverlayScene
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.show.catalog import load_catalog
from tests.engine.test_overlays_on_air import frame_at, probe_start
from tests.media import measure_av_offsets, probe

ASSETS = Path(__file__).resolve().parents[2] / "assets"


@pytest.fixture
def two_apps(tmp_path: Path):
    """A private nginx-rtmp with two applications: `live` (16:9) and `vertical` (9:16)."""
    server = NginxRtmp(tmp_path / "nginx", applications=("live", "vertical")).start()
    try:
        yield server
    finally:
        server.stop()


def assert_arrived(info: dict, size: tuple[int, int], seconds: float, lost: int) -> None:
    """What a player sees: size, H.264 yuv420p, 30 fps within 1 % (frames a busy machine
    lagged or skipped, `lost`, counted by the engine, lower it honestly: then the rate is
    checked against them), keyframes at most 2 s apart, AAC 48 kHz, the show's length."""
    assert (info["width"], info["height"]) == size
    assert info["video_codec"] == "h264" and info["pix_fmt"] == "yuv420p"
    if lost:
        whole = info["video_frames"] + lost
        assert info["fps"] == pytest.approx(30.0 * info["video_frames"] / whole, rel=0.03)
    else:
        assert info["fps"] == pytest.approx(30.0, rel=0.01)
    assert info["max_keyframe_interval"] is not None
    assert info["max_keyframe_interval"] <= 2.0 + 1e-3
    assert info["audio_codec"] == "aac" and info["audio_rate"] == 48000
    assert info["duration"] == pytest.approx(seconds, abs=0.6)


def assert_card_on_air(flv: Path, card, at: float) -> None:
    """The card's opaque pixels are in the picture at its canvas position (through 4:2:0 and
    H.264), and the same pixels of the first frame (no card yet) are not: the check can fail."""
    start = probe_start(flv)
    frame = frame_at(flv, start + at)
    opaque = card.rgba[..., 3] == 255
    assert opaque.sum() > 10_000
    ys, xs = np.nonzero(opaque)
    expected = card.rgba[ys, xs, :3].astype(np.int16)
    on_air = np.abs(frame[card.y + ys, card.x + xs] - expected).mean()
    assert on_air < 8, (flv.name, on_air)
    bare = frame_at(flv, start)[card.y + ys, card.x + xs]
    assert np.abs(bare - expected).mean() > 30, flv.name


def test_one_show_reaches_two_applications_and_two_recordings(
    two_apps: NginxRtmp, tmp_path: Path
) -> None:
    product = load_catalog(ASSETS / "demo" / "catalog.csv").products[0]
    wide, tall = OverlayScene(1280, 720, "denim"), OverlayScene(720, 1280, "denim")
    for scene in (wide, tall):
        scene.set_pinned(product)
        assert scene.wait_idle(10)
    video = TestPatternSource()
    p = Pipeline(
        PipelineConfig(
            video=video,
            audio=TestToneSource(),
            urls=[two_apps.url("wide")],
            record=tmp_path / "wide.mp4",
            overlays=wide,
            second_canvas=CanvasConfig(
                "720p30-vertical",
                urls=[two_apps.url("tall", app="vertical")],
                record=tmp_path / "tall.mkv",
                overlays=tall,
                fit=parse_fit("fill"),
            ),
        )
    )
    p.start()
    time.sleep(7)
    cards = [
        next(layer for layer in s.layers_at(p.clock.now()) if "card" in layer.key)
        for s in (wide, tall)
    ]
    live = p.stats()
    p.stop()
    stats = p.stats()
    wide.close()
    tall.close()

    # Stats per canvas, and every output knows its canvas.
    assert [c.profile for c in stats.canvases] == ["720p30", "720p30-vertical"]
    assert [(o.kind, o.canvas) for o in stats.outputs] == [
        (OutputKind.STREAM, "720p30"),
        (OutputKind.RECORDING, "720p30"),
        (OutputKind.STREAM, "720p30-vertical"),
        (OutputKind.RECORDING, "720p30-vertical"),
    ]
    assert all(c.frames_encoded > 150 for c in stats.canvases), stats.canvases
    assert stats.frames_encoded == sum(c.frames_encoded for c in stats.canvases)
    assert all(o.reached for o in live.streams)
    assert len({o.name for o in stats.outputs}) == 4  # two recordings, told apart

    flvs = sorted(two_apps.wait_recordings(2), key=lambda f: f.name)  # tall.*, wide.*
    tall_flv, wide_flv = flvs
    assert tall_flv.name.endswith(".vertical.flv") and wide_flv.name.endswith(".live.flv")
    arrived = [(wide_flv, (1280, 720)), (tall_flv, (720, 1280))]
    for (flv, size), canvas in zip(arrived, stats.canvases, strict=True):
        assert_arrived(probe(flv), size, 7.0, canvas.frames_lagged + canvas.frames_skipped)
        offsets = measure_av_offsets(flv)
        assert len(offsets) >= 5, (flv.name, offsets)
        assert abs(statistics.median(offsets)) <= 1000 / 30, (flv.name, offsets)
    # Each recording holds its canvas's packets, from the same encode as its stream.
    recordings = [(tmp_path / "wide.mp4", (1280, 720)), (tmp_path / "tall.mkv", (720, 1280))]
    for (rec, size), canvas in zip(recordings, stats.canvases, strict=True):
        info = probe(rec)
        assert (info["width"], info["height"]) == size
        assert info["video_frames"] == canvas.frames_encoded
    # The card at its canvas position: at the side of the 16:9 picture, in the 9:16 one's
    # lower half, where the phone's own controls are not.
    wide_card, tall_card = cards
    assert wide_card.x > 1280 / 2
    assert tall_card.y > 1280 / 2 and tall_card.width < 720
    assert_card_on_air(wide_flv, wide_card, 4.0)
    assert_card_on_air(tall_flv, tall_card, 4.0)


def test_one_source_is_decoded_once_for_both_canvases(tmp_path: Path) -> None:
    """Both canvases are composed from the same source frames: the source is started once
    (for the main canvas) and no frame the second canvas shows comes from a second decode."""
    starts: list[tuple[int, int]] = []

    class Counting(TestPatternSource):
        def start(self, clock, width, height, fps):  # type: ignore[no-untyped-def]
            starts.append((width, height))
            super().start(clock, width, height, fps)

    p = Pipeline(
        PipelineConfig(
            video=Counting(),
            audio=TestToneSource(),
            record=tmp_path / "wide.mkv",
            second_canvas=CanvasConfig("720p30-vertical", record=tmp_path / "tall.mkv"),
        )
    )
    p.start()
    time.sleep(2)
    p.stop()
    assert starts == [(1280, 720)]
    wide, tall = (probe(tmp_path / n) for n in ("wide.mkv", "tall.mkv"))
    assert (wide["width"], wide["height"], tall["width"], tall["height"]) == (1280, 720, 720, 1280)
    # Without --vertical-fit the whole 16:9 picture sits in the 9:16 canvas, bars around it.
    with av.open(str(tmp_path / "tall.mkv")) as c:
        frame = next(iter(c.decode(video=0))).to_ndarray(format="gray")
    assert frame[:200].mean() < 30 and frame[-200:].mean() < 30  # black bars
    assert frame[560:720].std() > 20  # the pattern between them


def test_two_canvases_of_one_orientation_or_without_a_destination_are_refused(
    tmp_path: Path,
) -> None:
    base = {"video": TestPatternSource(), "audio": TestToneSource(), "urls": ["rtmp://x/a/b"]}
    with pytest.raises(UsageError, match="Both canvases are horizontal"):
        Pipeline(PipelineConfig(**base, second_canvas=CanvasConfig("1080p30", urls=["rtmp://x/a/c"])))  # type: ignore[arg-type]  # fmt: skip
    with pytest.raises(UsageError, match=r"vertical canvas \(720p30-vertical\) has nowhere"):
        Pipeline(PipelineConfig(**base, second_canvas=CanvasConfig("720p30-vertical")))  # type: ignore[arg-type]  # fmt: skip


def _args(*argv: str) -> argparse.Namespace:
    from studio.cli import build_parser

    return build_parser().parse_args(["broadcast", *argv])


def test_the_command_line_plans_the_canvases_from_its_flags() -> None:
    two = plan_canvases(
        _args("--url", "rtmp://h/live/a", "--vertical-url", "rtmp://v/app/b", "--vertical-url",
              "rtmp://v/app/c", "--record-vertical", "tall.mp4", "--profile", "1080p30")
    )  # fmt: skip
    assert [c.shape.name for c in two] == ["1080p30", "1080p30-vertical"]
    assert two[1].urls == ["rtmp://v/app/b", "rtmp://v/app/c"] and two[1].record == Path("tall.mp4")
    assert str(two[0].fit) == "fit" and str(two[1].fit) == "fill"  # a phone screen filled
    alone = plan_canvases(_args("--vertical-url", "rtmp://v/app/b"))
    assert [c.shape.name for c in alone] == ["720p30-vertical"] and str(alone[0].fit) == "fit"
    turned = plan_canvases(_args("--profile", "720p30-vertical", "--url", "rtmp://v/app/b"))
    assert [c.shape.name for c in turned] == ["720p30-vertical"]
    with pytest.raises(UsageError, match="--record-vertical"):
        plan_canvases(
            _args("--profile", "720p30-vertical", "--record", "a.mp4", "--record-vertical", "b.mp4")
        )


def test_the_command_line_sends_both_canvases_with_their_overlays(
    broadcast, two_apps: NginxRtmp, tmp_path: Path
) -> None:
    tall_rec = tmp_path / "tall.mp4"
    run = broadcast(
        "--url", two_apps.url("wide"), "--vertical-url", two_apps.url("tall", app="vertical"),
        "--record-vertical", str(tall_rec), "--duration", "4",
        "--catalog", str(ASSETS / "demo" / "catalog.csv"), "--pin", "DJ-001",
        "--countdown", "60", "--title", "Denim night",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stats is not None
    assert [c["profile"] for c in run.stats["canvases"]] == ["720p30", "720p30-vertical"]
    base = f"rtmp://127.0.0.1:{two_apps.port}"
    assert [(o["name"], o["canvas"]) for o in run.stats["outputs"]] == [
        (f"#1 {base}/live/****", "720p30"),  # stream keys masked
        (f"#2 {base}/vertical/****", "720p30-vertical"),
        ("recording (720p vertical)", "720p30-vertical"),
    ]
    flvs = sorted(two_apps.wait_recordings(2), key=lambda f: f.name)
    assert [(probe(f)["width"], probe(f)["height"]) for f in flvs] == [(720, 1280), (1280, 720)]
    info = probe(tall_rec)
    assert (info["width"], info["height"]) == (720, 1280)
    assert info["video_frames"] == run.stats["canvases"][1]["frames_encoded"]
    # The card is in the 9:16 recording where that canvas's layout puts it (its foot).
    scene = OverlayScene(720, 1280, "default")
    scene.set_pinned(load_catalog(ASSETS / "demo" / "catalog.csv").get("DJ-001"))
    assert scene.wait_idle(10)
    scene.layers_at(0.0)
    card = next(lay for lay in scene.layers_at(5.0) if "card" in lay.key)
    scene.close()
    assert card.y > 640
    assert_card_on_air(tall_rec, card, 3.0)
