"""One table of output formats, read by the engine, the settings and the command line."""

from __future__ import annotations

import pytest

from studio.canvases import CANVASES, Orientation, Profile, canvas, step_down
from studio.config import VideoSettings
from studio.engine.pipeline import PipelineConfig
from studio.errors import UnsupportedProfile, UsageError


def test_every_profile_has_one_canvas_and_the_vertical_ones_are_turned() -> None:
    assert set(CANVASES) == set(Profile)
    for c in CANVASES.values():
        assert c.width % 2 == 0 and c.height % 2 == 0  # yuv420p needs whole chroma pairs
        assert (c.width > c.height) == (c.orientation is Orientation.LANDSCAPE)
    for flat, tall in [
        (Profile.HD_720P30, Profile.HD_720P30_VERTICAL),
        (Profile.FHD_1080P30, Profile.FHD_1080P30_VERTICAL),
    ]:
        a, b = CANVASES[flat], CANVASES[tall]
        assert (b.width, b.height) == (a.height, a.width)
        assert (b.fps, b.video_kbps) == (a.fps, a.video_kbps)
    assert CANVASES[Profile.HD_720P30_VERTICAL].title == "720p vertical"


def test_the_engine_and_the_settings_take_every_canvas() -> None:
    for c in CANVASES.values():
        assert PipelineConfig(profile=c.name).size() == (c.width, c.height, c.fps, c.video_kbps)
        assert VideoSettings(profile=c.name).profile.size == c.size
    assert PipelineConfig(profile="720p30", video_kbps=2000).size()[3] == 2000


def test_an_unknown_profile_is_a_usage_error_naming_the_known_ones() -> None:
    with pytest.raises(UnsupportedProfile) as err:
        canvas("4k60")
    assert isinstance(err.value, UsageError)
    assert "'4k60' is not supported" in err.value.message
    assert all(name in err.value.hint for name in CANVASES)
    with pytest.raises(UsageError):
        PipelineConfig(profile="4k60").size()


def test_the_downgrade_keeps_the_orientation() -> None:
    assert step_down(CANVASES[Profile.FHD_1080P30]) == CANVASES[Profile.HD_720P30]
    tall = step_down(CANVASES[Profile.FHD_1080P30_VERTICAL])
    assert tall == CANVASES[Profile.HD_720P30_VERTICAL]
    assert step_down(CANVASES[Profile.HD_720P30]) is None


def test_each_quality_has_a_twin_of_the_other_orientation() -> None:
    wide, tall = CANVASES[Profile.FHD_1080P30], CANVASES[Profile.FHD_1080P30_VERTICAL]
    assert wide.turned(Orientation.PORTRAIT) == tall and tall.turned(Orientation.LANDSCAPE) == wide
    assert wide.turned(Orientation.LANDSCAPE) is wide
    assert Orientation.parse(" Vertical ") is Orientation.PORTRAIT
    assert Orientation.parse("16:9") is Orientation.LANDSCAPE
    assert Orientation.PORTRAIT.word == "vertical"
    with pytest.raises(UsageError, match="'sideways' is not understood") as err:
        Orientation.parse("sideways")
    assert "horizontal" in err.value.hint and "vertical" in err.value.hint
