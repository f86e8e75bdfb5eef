"""Studio mode shows the next scene (issue 19): the scene in preview is composed on its own
thread while the program stays on air, and nothing is composed outside studio mode."""

from __future__ import annotations

import threading
import time

import numpy as np

from studio.engine.preview import PreviewFrame, ScenePreview
from studio.engine.program import ScenePlayer
from studio.media.clock import MasterClock
from studio.media.scenes import Box, Item, Scene, SceneSet, Source, SourceKind

RED, BLUE, GREEN = "#d02020", "#2040d0", "#20c040"


def colour_set() -> SceneSet:
    """Two scenes of colours: 'Red' full red; 'Blue' blue with a green box top-left."""
    sources = [
        Source("red", SourceKind.COLOUR, RED),
        Source("blue", SourceKind.COLOUR, BLUE),
        Source("green", SourceKind.COLOUR, GREEN),
    ]
    blue = (Item("blue"), Item("green", Box(0.0, 0.0, 0.25, 0.25)))
    scenes = [
        Scene("Red", (Item("red"),), (Item("red"),), key="1"),
        Scene("Blue", blue, blue, key="2"),
    ]
    return SceneSet.build(sources, scenes)


def near(rgb: np.ndarray, colour: str) -> bool:
    want = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
    return bool(np.all(np.abs(rgb.astype(int) - want) <= 12))


def test_studio_mode_composes_the_next_scene_beside_the_program() -> None:
    player = ScenePlayer(colour_set(), "Red")
    clock = MasterClock()
    clock.start()
    player.start(clock, 1280, 720, 30)
    frames: list[PreviewFrame] = []
    got = threading.Event()

    def take(pf: PreviewFrame) -> None:
        frames.append(pf)
        got.set()

    sp = ScenePreview(player, take, 1280, 720, preview_fps=20)
    try:
        time.sleep(0.4)
        assert sp.delivered == 0  # outside studio mode nothing is composed
        player.set_preview("Blue").result(5)
        assert got.wait(5), "no preview picture of the next scene"
        rgb = frames[-1].rgb
        assert rgb.shape == (360, 640, 3)
        assert near(rgb[300, 500], BLUE), rgb[300, 500]  # the next scene's background
        assert near(rgb[40, 60], GREEN), rgb[40, 60]  # its box, top-left quarter
        assert player.program == "Red"  # the program stays on air
        # Take: the preview now shows the scene that was on air (OBS's swap).
        player.take_preview().result(5)
        assert player.program == "Blue" and player.preview == "Red"
        n = len(frames)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not (
            len(frames) > n and near(frames[-1].rgb[40, 60], RED)
        ):
            time.sleep(0.05)
        assert near(frames[-1].rgb[40, 60], RED)
        # Leaving studio mode stops the composing.
        player.set_preview(None).result(5)
        time.sleep(0.2)
        n = sp.delivered
        time.sleep(0.4)
        assert sp.delivered == n
    finally:
        sp.close()
        player.stop()
