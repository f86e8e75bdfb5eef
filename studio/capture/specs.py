"""Turn `--video`/`--audio` specs (test, file:PATH, device:NAME, screen[:WxH+X+Y],
screen:window=0xID, none) into sources."""

from __future__ import annotations

from pathlib import Path

from studio import i18n
from studio.capture.devices import CameraSource, MicSource
from studio.capture.file import FileSource
from studio.capture.screen import ScreenSource
from studio.capture.testpattern import TestPatternSource, TestToneSource
from studio.errors import UsageError
from studio.media.fit import VideoFit
from studio.media.sources import AudioSource, VideoSource

SPEC_HELP = "test | file:PATH | device:NAME | screen[:WxH+X+Y|:window=0xID] | none"


def _split(spec: str, what: str) -> tuple[str, str]:
    kind, _, arg = spec.partition(":")
    kind = kind.strip().lower()
    if kind in ("test", "none") and not arg:
        return kind, ""
    if kind in ("file", "device") and arg:
        return kind, arg
    if kind == "screen" and what == "video":
        return kind, arg
    raise UsageError(
        i18n._("--{what} {spec!r} is not understood.").format(what=what, spec=spec),
        i18n._("Use {SPEC_HELP}.").format(SPEC_HELP=SPEC_HELP),
    )


def is_live_device(spec: str) -> bool:
    """True for a video spec naming a device that can vanish mid-show (a camera, a screen):
    worth reopening with back-off rather than ending the show."""
    kind = spec.partition(":")[0].strip().lower()
    return kind in ("device", "screen")


def open_sources(
    video: str, audio: str, fit: VideoFit | None = None
) -> tuple[VideoSource | None, AudioSource | None]:
    """Build the sources; one file named by both specs is decoded once, keeping its sync.

    `fit` says how the video source's picture sits on the canvas (media/fit.py; default: the
    whole picture, letterboxed). Raises UsageError for a spec it doesn't know, SourceError
    (UnknownDevice, UnreadableFile) for a source that can't be opened.
    """
    vkind, varg = _split(video, "video")
    akind, aarg = _split(audio, "audio")
    shared: FileSource | None = None
    if vkind == "file" and akind == "file" and Path(varg).resolve() == Path(aarg).resolve():
        shared = FileSource(Path(varg), want_video=True, want_audio=True, fit=fit)

    v: VideoSource | None = None
    if vkind == "test":
        v = TestPatternSource()
    elif vkind == "file":
        v = shared.video if shared else FileSource(Path(varg), True, False, fit=fit).video
    elif vkind == "device":
        v = CameraSource(varg, fit=fit)
    elif vkind == "screen":
        v = ScreenSource.from_target(varg, fit=fit)

    a: AudioSource | None = None
    if akind == "test":
        a = TestToneSource()
    elif akind == "file":
        a = shared.audio if shared else FileSource(Path(aarg), False, True).audio
    elif akind == "device":
        a = MicSource(aarg)
    return v, a
