"""Device settings -> capture specs and source factories (see `studio.capture.specs`)."""

from __future__ import annotations

from collections.abc import Callable

from studio.capture.specs import open_sources
from studio.media.fit import parse_fit
from studio.media.sources import AudioSource, VideoSource


def camera_spec(camera: str | None) -> str:
    """Config value → capture spec: None = no camera, 'test', 'file:…', 'screen[:…]', else a
    device id."""
    if not camera or camera == "none":
        return "none"
    if camera in ("test", "screen") or camera.startswith(("file:", "device:", "screen:")):
        return camera
    return f"device:{camera}"


def microphone_spec(mic: str | None) -> str:
    """Config value -> capture spec: None = no microphone, 'test', 'file:...', else a device."""
    if not mic or mic == "none":
        return "none"
    if mic == "test" or mic.startswith(("file:", "device:")):
        return mic
    return f"device:{mic}"


def video_factory(spec: str, fit: str = "fit") -> Callable[[], VideoSource | None]:
    """Opens the camera `spec` with its picture placed by `fit` (media/fit.py's grammar)."""
    return lambda: open_sources(spec, "none", parse_fit(fit))[0]


def audio_factory(spec: str) -> Callable[[], AudioSource | None]:
    """A factory opening the microphone for a capture spec (None for 'none'); blocks while the
    device opens."""
    return lambda: open_sources("none", spec)[1]
