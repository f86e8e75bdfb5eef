"""A scene's source (media/scenes.py's `Source`) → the capture sources that play it.

The same classes `--video`/`--audio` use (capture/specs.py): the test pattern and tone,
cameras, microphones, screen capture, files and pictures. A media file is decoded once for its
picture and its sound (one demux thread keeps them in sync); a colour is drawn by the
compositor and opens nothing.
"""

from __future__ import annotations

from pathlib import Path

import av

from studio import i18n
from studio.capture.devices import CameraSource, MicSource
from studio.capture.file import FileSource
from studio.capture.screen import ScreenSource
from studio.capture.testpattern import TestPatternSource, TestToneSource
from studio.errors import UnreadableFile
from studio.media.fit import VideoFit
from studio.media.scenes import Source, SourceKind
from studio.media.sources import AudioSource, VideoSource


def file_streams(path: Path) -> tuple[bool, bool]:
    """(has video, has audio) of a media file. Raises UnreadableFile when it can't be read."""
    if not path.is_file():
        raise UnreadableFile(
            i18n._("The file {path} does not exist.").format(path=path),
            i18n._("Check the source's path in the scene set."),
        )
    try:
        with av.open(str(path)) as c:
            return bool(c.streams.video), bool(c.streams.audio)
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise UnreadableFile(
            i18n._("The file {name} can't be read as media ({name2}).").format(
                name=path.name, name2=exc.__class__.__name__
            ),
            i18n._(
                "Use a video, audio or picture file FFmpeg can play (MP4, MKV, MOV, WebM, MP3, "
                "WAV, PNG, JPEG, WebP)."
            ),
        ) from exc


def open_scene_source(
    src: Source, fit: VideoFit | None = None
) -> tuple[VideoSource | None, AudioSource | None]:
    """(picture, sound) of one scene source, not started; None for what it lacks.

    `fit` is how its picture fills the size it is started for (media/fit.py). Blocks while a
    file is checked (its first frames decoded). Raises SourceError (UnknownDevice,
    UnreadableFile) for a source that can't be opened."""
    k = src.kind
    if k is SourceKind.TEST:
        return TestPatternSource(), None
    if k is SourceKind.TONE:
        return None, TestToneSource()
    if k is SourceKind.CAMERA:
        return CameraSource(src.target, fit=fit), None
    if k is SourceKind.MIC:
        return None, MicSource(src.target or "default")
    if k is SourceKind.SCREEN:
        return ScreenSource.from_target(src.target, fit=fit), None
    if k is SourceKind.IMAGE:
        return FileSource(Path(src.target), True, False, fit=fit).video, None
    if k is SourceKind.MEDIA:
        path = Path(src.target)
        has_video, has_audio = file_streams(path)
        f = FileSource(path, has_video, has_audio, fit=fit, loop=src.loop)
        return (f.video if has_video else None), (f.audio if has_audio else None)
    return None, None  # a colour: drawn by the compositor
