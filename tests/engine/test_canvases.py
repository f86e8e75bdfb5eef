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


def test_the_load_advice_names_the_step_that_fits() -> None:
    """Two canvases that this machine cannot encode in real time: 720p for both when that
    fits, else the hardware encoder when one works, else one canvas."""
    from studio.engine.capacity import EncodeCost, load_advice, measure_encode_cost
    from studio.engine.events import SuggestionKind

    def costs(profile: str, ms: float) -> list[EncodeCost]:
        wide = canvas(profile)
        return [EncodeCost(c, "libx264", ms, 20) for c in (wide, wide.turned(Orientation.PORTRAIT))]

    fits = load_advice(costs("720p30", 7.0), cpus=2)
    assert fits.fits and fits.cores_needed == pytest.approx(0.42)
    heavy = load_advice(costs("1080p30", 24.0), cpus=2)  # 1.44 cores of encodes on 2 cores
    assert heavy.suggestion is not None and heavy.suggestion.change == {"profile": "720p30"}
    assert heavy.suggestion.message.endswith("Use 720p for both.")
    assert "72%" in heavy.suggestion.message  # of this computer's 2 cores
    stuck = load_advice(costs("720p30", 40.0), cpus=2, hardware="h264_nvenc")
    assert stuck.suggestion is not None and stuck.suggestion.change == {"encoder": "h264_nvenc"}
    one = load_advice(costs("720p30", 40.0), cpus=2)
    assert one.suggestion is not None and one.suggestion.kind is SuggestionKind.CANVASES
    assert one.suggestion.change == {"canvases": "720p30"}
    assert "Send one canvas (horizontal) only." in one.suggestion.message
    # Measured here, for real: a 720p encode costs something, and less than a 1080p one.
    small, big = (measure_encode_cost(canvas(p), frames=8) for p in ("720p30", "1080p30"))
    assert 0 < small.ms_per_frame < big.ms_per_frame
