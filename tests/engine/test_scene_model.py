"""The scene set as data (media/scenes.py): saved and read back, bad files refused with a
sentence and a hint, templates laid out inside the safe areas, snapping, crop geometry."""

from __future__ import annotations

import json

import pytest

from studio.canvases import Orientation
from studio.errors import UsageError
from studio.media.fit import FitMode, VideoFit, plan_placement
from studio.media.scenes import (
    Box,
    Slate,
    SlateKind,
    Template,
    resized,
    safe_guides,
    snap,
    starter_set,
)
from studio.media.scenes import SceneSet as Set


def test_a_scene_set_survives_a_save_and_a_read() -> None:
    original = starter_set(cameras=["test", "/dev/video2"], screen="800x600+0+0", starts_at=1e9)
    again = Set.from_json(json.loads(json.dumps(original.to_json())))
    assert again.to_json() == original.to_json()
    assert again.names == [t.scene_name for t in Template]
    assert [again.scene_for_key(str(k)).name for k in range(1, 7)] == again.names  # type: ignore[union-attr]
    pip = again.scene("screen + camera")  # names match regardless of case
    assert pip.items(Orientation.LANDSCAPE)[-1].source == "camera-1"


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d["scenes"][0]["landscape"].append({"source": "nope"}), "'nope'"),
        (lambda d: d["scenes"][0].update(colour="red"), "unknown field"),
        (lambda d: d["scenes"][1].update(key="1"), "two scenes"),
        (lambda d: d["sources"][0].update(kind="webcam"), "unknown kind"),
        (lambda d: d["scenes"][0]["landscape"][1].update(crop=[0.5, 0, 0.5, 0]), "too little"),
        (lambda d: d["scenes"][0]["landscape"][1].update(box=[0, 0, "wide", 1]), "box"),
        (lambda d: d.update(version=7), "version 7"),
        (lambda d: d["scenes"][0]["landscape"].append({"source": "mic"}), "no picture"),
        (lambda d: d["sources"][-1].update(target="teal"), "#rrggbb"),
    ],
)
def test_a_bad_scene_file_is_refused_with_a_reason(edit, words: str) -> None:
    data = starter_set().to_json()
    edit(data)
    with pytest.raises(UsageError) as err:
        Set.from_json(data, where="show.json")
    text = f"{err.value.message} {err.value.hint or ''}"
    assert "show.json" in text and words in text, text


def test_templates_keep_the_picture_in_picture_inside_the_safe_areas() -> None:
    pip = starter_set(screen="").scene("Screen + camera")
    land = pip.items(Orientation.LANDSCAPE)[-1].box
    assert land.x >= 0.05 and land.x + land.w <= 0.95 and land.y >= 0.05
    # On 9:16 both the screen and the camera are clear of the phone apps' top bar (12 %),
    # side margins (4 %), action rail (the right 15 % from 42 % of the height down) and
    # comments (the bottom 30 %), and above the shop's title and cards (from about half way).
    for item in pip.items(Orientation.PORTRAIT)[1:]:
        b = item.box
        assert b.y >= 0.12 and b.x >= 0.04 and b.x + b.w <= 0.96 + 1e-9, item
        assert b.y + b.h <= 0.42 or b.x + b.w <= 0.85, item
        assert b.y + b.h <= 0.5, item


def test_the_starting_soon_countdown_runs_to_the_scheduled_start() -> None:
    slate = Slate(SlateKind.STARTING, at=1000.0)
    assert slate.countdown(1000.0 - 299.2) == "5:00"
    assert slate.countdown(1000.0 - 3700) == "1:01:40"
    assert slate.countdown(2000.0) == "0:00"
    assert Slate(SlateKind.BRB).countdown(0) is None


def test_a_dragged_box_snaps_to_the_nearest_guide() -> None:
    guides = safe_guides(Orientation.LANDSCAPE)
    assert snap(Box(0.06, 0.3, 0.25, 0.25), guides) == Box(0.05, 0.3, 0.25, 0.25)
    # The right edge snaps to the title-safe margin; the centre to the middle.
    assert snap(Box(0.705, 0.37, 0.25, 0.25), guides).x == pytest.approx(0.70)
    assert snap(Box(0.3, 0.37, 0.25, 0.25), guides).y == pytest.approx(0.375)
    assert snap(Box(0.3, 0.3, 0.2, 0.2), guides) == Box(0.3, 0.3, 0.2, 0.2)  # nothing near


def test_a_box_resized_by_its_corner_keeps_its_shape_and_snaps() -> None:
    guides = safe_guides(Orientation.LANDSCAPE)
    box = Box(0.1, 0.2, 0.2, 0.1)  # twice as wide as high (in shares)
    assert resized(box, 0.4) == Box(0.1, 0.2, pytest.approx(0.3), pytest.approx(0.15))
    # The right edge near the centre line lands on it; the bottom follows.
    got = resized(box, 0.49, guides)
    assert got.x + got.w == pytest.approx(0.5) and got.h == pytest.approx(0.2)
    # No right-edge guide near, but the bottom near the centre: the bottom lands on it.
    got = resized(Box(0.2, 0.3, 0.2, 0.2), 0.39, guides)  # bottom at 0.49, right at 0.39
    assert got.y + got.h == pytest.approx(0.5) and got.w == pytest.approx(0.2)
    assert resized(box, 0.0).w == 0.05  # never smaller than 5 % of the canvas


def test_a_crop_keeps_the_part_asked_for() -> None:
    # The left half of a 1280x720 picture, fitted to 640x720: 640x360 at the top-left crop.
    p = plan_placement((1280, 720), (640, 720), VideoFit(FitMode.FIT, crop=(0, 0, 0.5, 0)))
    assert p.crop == (0, 0, 640, 720) and p.scaled == (640, 720)
    # Upright-picture crop on a phone clip stored on its side: the top quarter of what is seen.
    p = plan_placement((1280, 720), (720, 320), VideoFit(crop=(0, 0, 0, 0.75)), turns=1)
    assert p.size == (720, 320) and p.crop == (0, 0, 320, 720)  # upright top = coded left
    with pytest.raises(ValueError):
        VideoFit(crop=(0.6, 0, 0.4, 0))
