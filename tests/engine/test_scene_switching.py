"""Switching scenes (issue 19): no frame lost at a cut or a fade, the sound follows the
program, and a source no scene on air uses is never decoded."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import av
import numpy as np
import pytest

from studio.capture.scene_sources import open_scene_source
from studio.engine.compositor import Compositor
from studio.engine.program import ScenePlayer
from studio.media.clock import MasterClock
from studio.media.scenes import (
    CUT,
    FILL,
    FULL,
    Box,
    Item,
    Scene,
    SceneSet,
    Source,
    SourceKind,
    Transition,
    TransitionKind,
)
from studio.media.sources import SAMPLE_RATE
from tests.engine.clips import upright_picture, write_clip
from tests.media import probe

LOW_HZ, HIGH_HZ = 440.0, 1000.0


def clips_set(tmp_path: Path, seconds: float = 3.0) -> SceneSet:
    """Two cameras played by clips with a tone each (440 Hz, 1 kHz), a 'screen' clip without
    sound, the test tone as a microphone, and three scenes."""
    cam = write_clip(tmp_path / "cam.mp4", upright_picture(1280, 720), seconds, tone_hz=LOW_HZ)
    close = write_clip(tmp_path / "close.mp4", upright_picture(720, 720), seconds, tone_hz=HIGH_HZ)
    screen = write_clip(tmp_path / "screen.mp4", upright_picture(1280, 720), seconds, audio=None)
    sources = [
        Source("cam", SourceKind.MEDIA, str(cam)),
        Source("close", SourceKind.MEDIA, str(close)),
        Source("screen", SourceKind.MEDIA, str(screen)),
        Source("bg", SourceKind.COLOUR, "#c0c0c0"),
    ]
    scenes = [
        Scene("Camera", (Item("cam", FULL, FILL),), (Item("cam", FULL, FILL),), key="1"),
        Scene(
            "Close-up",
            (Item("bg"), Item("close", Box(0.25, 0, 0.5, 1), FILL)),
            (Item("close", FULL, FILL),),
            key="2",
        ),
        Scene(
            "Screen + camera",
            (Item("screen"), Item("cam", Box(0.7, 0.06, 0.25, 0.25), FILL)),
            (Item("screen", Box(0, 0.36, 1, 0.3)), Item("cam", Box(0.05, 0.13, 0.4, 0.225))),
            key="3",
        ),
    ]
    return SceneSet.build(sources, scenes, Transition(TransitionKind.FADE, 400))


def tone_share(pcm: np.ndarray, hz: float) -> float:
    """The share of the signal's energy within ±20 Hz of `hz` (mono float pcm, 48 kHz)."""
    spectrum = np.abs(np.fft.rfft(pcm * np.hanning(len(pcm)))) ** 2
    freqs = np.fft.rfftfreq(len(pcm), 1 / SAMPLE_RATE)
    total = float(spectrum.sum()) or 1.0
    return float(spectrum[(freqs > hz - 20) & (freqs < hz + 20)].sum()) / total


def recorded_audio(path: Path) -> np.ndarray:
    """The recording's sound, mono, 48 kHz float."""
    blocks = []
    with av.open(str(path)) as c:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        for frame in c.decode(audio=0):
            for f in resampler.resample(frame):
                blocks.append(f.to_ndarray().reshape(-1))
    return np.concatenate(blocks)


def test_switching_under_load_loses_no_frame(broadcast, tmp_path: Path) -> None:
    scenes = clips_set(tmp_path)
    file = tmp_path / "scenes.json"
    file.write_text(json.dumps(scenes.to_json()))
    order = ["Close-up", "Screen + camera", "Camera", "Close-up", "Camera", "Screen + camera"]
    switches = [f"--switch={1.0 + 1.0 * i:.1f}:{name}" for i, name in enumerate(order)]
    out = tmp_path / "show.mkv"
    run = broadcast(
        "--scenes", str(file), "--scene", "Camera", "--record", str(out),
        "--duration", "8", *switches, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    stats = run.stats
    assert stats is not None and stats["warnings"] == []
    assert stats["frames_skipped"] == 0 and stats["frames_lagged"] == 0, stats
    assert run.stderr.count("switching to scene") == len(order)
    assert probe(out)["width"] == 1280
    # Every tick encoded: 8 s at 30 fps, and no hole in the recording's frame times.
    with av.open(str(out)) as c:
        times = [f.time for f in c.decode(video=0) if f.time is not None]
    assert len(times) >= 8 * 30 - 3, len(times)
    gaps = np.diff(times)
    assert gaps.max() < 1.5 / 30, f"a frame is missing near {times[int(gaps.argmax())]:.2f} s"


def test_only_the_program_scene_is_heard(broadcast, tmp_path: Path) -> None:
    scenes = clips_set(tmp_path, seconds=6.0)
    file = tmp_path / "scenes.json"
    file.write_text(json.dumps(scenes.to_json()))
    out = tmp_path / "show.mkv"
    run = broadcast(
        "--scenes", str(file), "--scene", "Close-up", "--switch", "2.5:Camera",
        "--transition", "cut", "--record", str(out), "--duration", "5", timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    pcm = recorded_audio(out)
    before = pcm[int(0.8 * SAMPLE_RATE) : int(2.2 * SAMPLE_RATE)]
    after = pcm[int(3.2 * SAMPLE_RATE) : int(4.6 * SAMPLE_RATE)]
    # The close-up's 1 kHz alone, then the camera's 440 Hz alone: the other is absent.
    assert tone_share(before, HIGH_HZ) > 0.8 and tone_share(before, LOW_HZ) < 0.001
    assert tone_share(after, LOW_HZ) > 0.8 and tone_share(after, HIGH_HZ) < 0.001


def file_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "file-source")


def test_sources_open_only_for_the_scenes_on_air_or_in_preview(tmp_path: Path) -> None:
    scenes = clips_set(tmp_path)
    opened: list[str] = []

    def opener(src: Source, fit: object) -> object:
        opened.append(src.id)
        return open_scene_source(src, fit)  # type: ignore[arg-type]

    player = ScenePlayer(scenes, "Camera", opener=opener)
    clock = MasterClock()
    clock.start()
    threads_before = file_threads()
    player.start(clock, 1280, 720, 30)
    try:
        assert player.running() == {"cam"} and opened == ["cam"]
        assert file_threads() == threads_before + 1  # the close-up and the screen: not decoded
        # Studio mode: the close-up opens for the preview, the program stays and is heard alone.
        player.set_preview("Close-up").result(10)
        assert player.running() == {"cam", "close", "bg"}
        time.sleep(0.6)
        start = int(clock.now() * SAMPLE_RATE) - 24000
        pcm = player.audio.read(start, 16384)[:, 0]
        assert tone_share(pcm, LOW_HZ) > 0.8 and tone_share(pcm, HIGH_HZ) < 0.001
        # Take: the close-up on air (after a fade), the camera now in preview.
        player.take_preview().result(10)
        assert (player.program, player.preview) == ("Close-up", "Camera")
        player.set_preview(None).result(10)
        assert player.running() == {"close", "bg"}
        assert file_threads() == threads_before + 1
        player.switch("Screen + camera", CUT).result(10)
        assert player.running() == {"screen", "cam"}
        assert opened == ["cam", "close", "cam", "screen"]  # reopened when needed again
    finally:
        player.stop()
    assert player.running() == set()


def test_a_fade_mixes_the_two_scenes_and_overlays_stay_on_top(tmp_path: Path) -> None:
    scenes = clips_set(tmp_path)
    player = ScenePlayer(scenes, "Camera")
    clock = MasterClock()
    clock.start()
    player.start(clock, 1280, 720, 30)
    try:
        renderer = player.renderer(1280, 720, 30)
        compositor = Compositor(1280, 720)
        time.sleep(0.3)
        before = renderer.render(compositor, clock.now()).to_ndarray()[:720].astype(int)
        player.switch("Close-up", Transition(TransitionKind.FADE, 3000))
        deadline = time.monotonic() + 5
        while player.program != "Close-up" and time.monotonic() < deadline:
            time.sleep(0.01)
        st = player._state
        t = st.fade_start + 1.5  # half-way
        mid = renderer.render(compositor, t).to_ndarray()[:720].astype(int)
        after = renderer.render(compositor, st.fade_start + 3.1).to_ndarray()[:720].astype(int)
    finally:
        player.stop()
    # The left margin: the camera's dark field before, the background colour after, the mean
    # of the two half-way.
    corner = (slice(300, 420), slice(20, 200))
    a, b, m = before[corner].mean(), after[corner].mean(), mid[corner].mean()
    assert abs(a - b) > 20, (a, b)
    assert m == pytest.approx((a + b) / 2, abs=6)
