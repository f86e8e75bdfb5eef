"""Scenes on air (issue 19): each template composed from generated sources, switched through
by `studio broadcast --scenes`, checked by its pixels in what a real nginx-rtmp received, on
both canvases (16:9 and 9:16).

Every source is a flat field of its own brightness (camera 200, close-up 100, screen 150) and
the background colour is mid-grey (luma 126), so each box of a layout is found again by the
brightness of a patch in its middle.
"""

from __future__ import annotations

import json
from pathlib import Path

import av
import numpy as np
import pytest

from studio.media.scenes import SceneSet, Source, SourceKind, starter_set
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.engine.clips import write_clip
from tests.media import probe

CAMERA_Y, CLOSEUP_Y, SCREEN_Y, BACKGROUND_Y = 200, 100, 150, 126
SWITCH_EVERY = 1.6
ORDER = [
    "Camera",
    "Camera + close-up",
    "Screen + camera",
    "Starting soon",
    "Be right back",
    "Ending",
]


def flat_clip(path: Path, w: int, h: int, luma: int) -> Path:
    return write_clip(path, np.full((h, w), luma, np.uint8), seconds=2.0, audio=None)


def scene_set(tmp_path: Path) -> SceneSet:
    """The starter set (one scene per template), its cameras and screen played by clips."""
    base = starter_set(cameras=["test", "test"], screen="", background="#808080")
    clips = {
        "camera-1": flat_clip(tmp_path / "camera.mp4", 640, 360, CAMERA_Y),
        "camera-2": flat_clip(tmp_path / "closeup.mp4", 480, 480, CLOSEUP_Y),
        "screen": flat_clip(tmp_path / "screen.mp4", 1280, 720, SCREEN_Y),
    }
    sources = [
        Source(s.id, SourceKind.MEDIA, str(clips[s.id])) if s.id in clips else s
        for s in base.sources
    ]
    return SceneSet.build(sources, base.scenes)


def frames_at(flv: Path, times: list[float]) -> list[np.ndarray]:
    """The luma of the first picture at or after each time (seconds into the recording)."""
    out: list[np.ndarray] = []
    todo = list(times)
    with av.open(str(flv)) as c:
        for f in c.decode(video=0):
            if todo and f.time is not None and f.time >= todo[0]:
                out.append(f.reformat(format="gray").to_ndarray())
                todo.pop(0)
    assert not todo, f"the recording ends before {todo}"
    return out


def patch(luma: np.ndarray, fx: float, fy: float) -> float:
    """Median brightness of a small patch around (fx, fy), shares of the frame."""
    h, w = luma.shape
    x, y = int(fx * w), int(fy * h)
    return float(np.median(luma[max(0, y - 6) : y + 6, max(0, x - 6) : x + 6]))


# (x, y) shares of the frame → expected luma, per scene and orientation.
LANDSCAPE = {
    "Camera": [((0.1, 0.1), CAMERA_Y), ((0.9, 0.9), CAMERA_Y), ((0.5, 0.5), CAMERA_Y)],
    "Camera + close-up": [((0.25, 0.5), CAMERA_Y), ((0.75, 0.5), CLOSEUP_Y)],
    "Screen + camera": [((0.3, 0.6), SCREEN_Y), ((0.82, 0.18), CAMERA_Y), ((0.6, 0.18), SCREEN_Y)],
    "Starting soon": [((0.03, 0.05), BACKGROUND_Y), ((0.5, 0.5), None)],
    "Be right back": [((0.03, 0.05), BACKGROUND_Y), ((0.5, 0.5), None)],
    "Ending": [((0.03, 0.05), BACKGROUND_Y), ((0.5, 0.5), None)],
}
PORTRAIT = {
    "Camera": [((0.5, 0.5), CAMERA_Y)],
    "Camera + close-up": [((0.5, 0.25), CAMERA_Y), ((0.5, 0.75), CLOSEUP_Y)],
    # The screen across the top, the camera in its lower right corner, both above where the
    # phone's action rail starts (42 %); nothing lower down.
    "Screen + camera": [
        ((0.25, 0.3), SCREEN_Y),
        ((0.74, 0.315), CAMERA_Y),
        ((0.5, 0.6), BACKGROUND_Y),
        ((0.5, 0.9), BACKGROUND_Y),
    ],
    # The slate's card between the phone's top bar and its action rail (12-42 %).
    "Starting soon": [
        ((0.05, 0.03), BACKGROUND_Y),
        ((0.5, 0.27), None),
        ((0.5, 0.6), BACKGROUND_Y),
    ],
    "Be right back": [
        ((0.05, 0.03), BACKGROUND_Y),
        ((0.5, 0.27), None),
        ((0.5, 0.6), BACKGROUND_Y),
    ],
    "Ending": [((0.05, 0.03), BACKGROUND_Y), ((0.5, 0.27), None), ((0.5, 0.6), BACKGROUND_Y)],
}


def assert_layout(luma: np.ndarray, expected: list, scene: str) -> None:
    for (fx, fy), want in expected:
        got = patch(luma, fx, fy)
        if want is None:  # the slate's dark panel (and its words) across the middle row
            h, w = luma.shape
            row = luma[int(fy * h) - 2 : int(fy * h) + 2, int(0.15 * w) : int(0.85 * w)]
            assert float(np.median(row)) < BACKGROUND_Y - 40, (scene, (fx, fy), got)
        else:
            assert got == pytest.approx(want, abs=8), (scene, (fx, fy), got)


def test_every_template_arrives_at_nginx_laid_out_on_both_canvases(
    broadcast, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    scenes = scene_set(tmp_path)
    file = tmp_path / "scenes.json"
    file.write_text(json.dumps(scenes.to_json()))
    switches = [f"--switch={SWITCH_EVERY * i:.1f}:{name}" for i, name in enumerate(ORDER) if i]
    run = broadcast(
        "--scenes", str(file), "--scene", ORDER[0], "--transition", "cut",
        "--url", nginx_rtmp.url("wide-k3y"), "--vertical-url", nginx_rtmp.url("tall-k3y"),
        "--duration", f"{SWITCH_EVERY * len(ORDER) + 0.4:.1f}", *switches, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stats is not None and run.stats["warnings"] == [], run.stats["warnings"]
    flvs = nginx_rtmp.wait_recordings(2)
    by_size = {(probe(f)["width"], probe(f)["height"]): f for f in flvs}
    assert set(by_size) == {(1280, 720), (720, 1280)}
    # The middle of each scene's time on air (the switch lands within a tick or two).
    times = [SWITCH_EVERY * i + SWITCH_EVERY * 0.6 for i in range(len(ORDER))]
    for size, table in (((1280, 720), LANDSCAPE), ((720, 1280), PORTRAIT)):
        for name, luma in zip(ORDER, frames_at(by_size[size], times), strict=True):
            assert_layout(luma, table[name], f"{name} {size}")
