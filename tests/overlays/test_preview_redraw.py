"""The window's preview redraws as soon as the overlays change, not at its next scheduled frame.

A card pinned from a stream deck must reach the preview without waiting up to a whole preview
period (issue 24). Both preview paths are checked: the idle preview (composes on its own
schedule) and the live tap (takes every Nth composed frame).
"""

from __future__ import annotations

import threading
import time

import av
import numpy as np

from studio.engine.preview import IdlePreview, PreviewFrame, PreviewTap
from studio.media.layers import ChangeSignal
from studio.overlays.scene import OverlayScene
from studio.session.layers import StudioLayers
from studio.show.catalog import Catalog


class Frames:
    """Collects preview frames (any thread) and waits for them."""

    def __init__(self) -> None:
        self.frames: list[PreviewFrame] = []
        self._cond = threading.Condition()

    def __call__(self, frame: PreviewFrame) -> None:
        with self._cond:
            self.frames.append(frame)
            self._cond.notify_all()

    def wait_for(self, n: int, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.frames) >= n, timeout)


def test_idle_preview_redraws_off_schedule_when_a_card_is_pinned(demo_catalog: Catalog) -> None:
    scene = OverlayScene(640, 360, "default")
    layers = StudioLayers(scene, None, 640, 360)
    frames = Frames()
    # One scheduled frame a second: a redraw at any other time can only be the change's.
    preview = IdlePreview(frames, 640, 360, overlays=layers, preview_fps=1)
    try:
        preview.start()
        assert frames.wait_for(1, 5), "no scheduled preview frame"
        first = frames.frames[-1]
        assert first.t == round(first.t), "the first frame should be a scheduled one"
        blank = first.rgb.copy()
        before = len(frames.frames)
        scene.set_pinned(demo_catalog.get("DJ-001"))
        assert frames.wait_for(before + 1, 5)
        redraw = frames.frames[before]
        assert redraw.t != round(redraw.t), f"frame at t={redraw.t} came on schedule, not at once"
        assert redraw.t - first.t < 1.0, "the redraw waited for the next scheduled frame"
        # Later frames (the card sliding in) differ from the picture without a card.
        assert frames.wait_for(before + 2, 5)
        assert not np.array_equal(frames.frames[-1].rgb, blank)
    finally:
        preview.stop()
        scene.close()


def test_a_replaced_scene_relays_its_changes_and_the_old_one_does_not() -> None:
    old = OverlayScene(320, 180, "default")
    new = OverlayScene(320, 180, "default")
    layers = StudioLayers(old, None, 320, 180)
    seen: list[str] = []
    layers.changed.connect(lambda: seen.append("changed"))
    try:
        layers.scene = new
        assert seen == ["changed"]  # the new scene's picture must be drawn
        old.changed.emit()
        assert seen == ["changed"]
        new.changed.emit()
        assert seen == ["changed", "changed"]
    finally:
        old.close()
        new.close()


def test_live_tap_takes_the_two_frames_after_a_poke_off_its_schedule() -> None:
    frames = Frames()
    tap = PreviewTap(frames, 320, 180, fps=30, preview_fps=15)  # every 2nd frame
    try:
        frame = av.VideoFrame(320, 180, "yuv420p")
        tap.offer(frame, 1 / 30, 1)  # odd tick: not taken
        time.sleep(0.2)
        assert frames.frames == []
        tap.poke()
        tap.offer(frame, 3 / 30, 3)
        assert frames.wait_for(1, 5)
        tap.offer(frame, 5 / 30, 5)
        assert frames.wait_for(2, 5)
        tap.offer(frame, 7 / 30, 7)  # the poke is spent: back on schedule
        time.sleep(0.2)
        assert [round(f.t * 30) for f in frames.frames] == [3, 5]
    finally:
        tap.close()


def test_a_failing_listener_does_not_stop_the_others() -> None:
    signal = ChangeSignal()
    calls: list[int] = []

    def broken() -> None:
        raise RuntimeError("listener bug")

    signal.connect(broken)
    disconnect = signal.connect(lambda: calls.append(1))
    signal.emit()
    disconnect()
    signal.emit()
    assert calls == [1]
