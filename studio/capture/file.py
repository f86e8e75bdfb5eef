"""A media file as a live source: decoded on its own thread, looped, paced in real time.

One demux thread feeds both facets (video frames into a FrameSlot, audio into an AudioRing) so
a file's own A/V alignment is kept: every timestamp is `origin + loop offset + pts`.
"""

from __future__ import annotations

import logging
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import numpy as np

from studio import i18n
from studio.capture.audioring import AudioRing
from studio.capture.base import FrameSlot
from studio.capture.convert import (
    FrameFitter,
    set_decode_threads,
    stream_rotate_tag,
    stream_sar,
)
from studio.errors import SourceError, UnreadableFile
from studio.media.clock import MasterClock
from studio.media.fit import VideoFit
from studio.media.frames import DecodedPicture, TimedVideoFrame
from studio.media.sources import SAMPLE_RATE

log = logging.getLogger(__name__)

LEAD_S = 0.25  # decode this far ahead of the clock


def check_readable(path: Path, want_video: bool, want_audio: bool) -> None:
    """Fail early, with a sentence a user understands, if the file can't serve as a source.

    Opens the file and decodes the first frame of each wanted stream, so a file FFmpeg can
    open but not decode (a codec it lacks, a truncated download) is refused here, before the
    show starts, rather than found out on air. Raises UnreadableFile.
    """
    if not path.is_file():
        raise UnreadableFile(
            i18n._("The file {path} does not exist.").format(path=path),
            i18n._("Check the path after 'file:'."),
        )
    try:
        with av.open(str(path)) as c:
            if want_video and not c.streams.video:
                raise UnreadableFile(
                    i18n._("The file {name} has no video.").format(name=path.name),
                    i18n._("Pick a video file or a picture (PNG, JPEG, WebP), or --video test."),
                )
            if want_audio and not c.streams.audio:
                raise UnreadableFile(
                    i18n._("The file {name} has no audio.").format(name=path.name),
                    i18n._("Pick a file with sound, or --audio test."),
                )
            wanted = [
                s
                for s in (
                    c.streams.video[0] if want_video else None,
                    c.streams.audio[0] if want_audio else None,
                )
                if s is not None
            ]
            missing = set(wanted)
            for i, packet in enumerate(c.demux(wanted)):
                if packet.stream in missing and packet.decode():
                    missing.discard(packet.stream)
                if not missing or i > 500:
                    break
            if missing:
                kinds = " and ".join(s.type for s in wanted if s in missing)
                raise UnreadableFile(
                    i18n._("The file {name} has {kinds} that can't be decoded.").format(
                        name=path.name, kinds=kinds
                    ),
                    i18n._(
                        "It may be incomplete, or in a format FFmpeg can't play; "
                        "re-export it as MP4 (H.264 + AAC)."
                    ),
                )
    except (av.error.FFmpegError, OSError, ValueError) as exc:
        raise UnreadableFile(
            i18n._("The file {name} can't be read as media ({name2}).").format(
                name=path.name, name2=exc.__class__.__name__
            ),
            i18n._(
                "Use a video, audio or picture file FFmpeg can play "
                "(MP4, MKV, MOV, WebM, MP3, WAV, PNG, JPEG, WebP)."
            ),
        ) from exc


@dataclass
class _Pass:
    """What one pass through the file delivered."""

    end: float = 0.0  # seconds from the first frame to the end of the last
    video_frames: int = 0
    audio_samples: int = 0


class FileSource:
    """Owns the decode thread; `video` and `audio` are the two facets the pipeline uses."""

    def __init__(
        self,
        path: Path,
        want_video: bool,
        want_audio: bool,
        fit: VideoFit | None = None,
        loop: bool = True,
    ) -> None:
        """`loop`: start again at the end (the default); False plays the file once and then
        keeps its last picture (a scene's "play once" clip), silent."""
        check_readable(path, want_video, want_audio)
        self.loop = loop
        self.path = path
        self.fit = fit or VideoFit()
        self.want_video, self.want_audio = want_video, want_audio
        self.slot = FrameSlot(capacity=32)
        self.ring = AudioRing(seconds=4.0, exact=True)
        self.error: SourceError | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = False
        self.still = False  # set once the file turned out to be a single picture
        self.video = _FileVideo(self)
        self.audio = _FileAudio(self)

    def start(self, clock: MasterClock, size: tuple[int, int] | None = None, fps: int = 30) -> None:
        if size is not None:
            self._size, self._fps = size, fps
            self._fitter = FrameFitter(size[0], size[1], self.fit)
        if self._started:
            return
        if self.want_video and size is None:
            return  # wait for the video facet, which knows the output size
        self._started = True
        self._clock = clock
        self._thread = threading.Thread(target=self._run, name="file-source", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Start, and restart each loop, on the output's frame grid so a file at the output
        # rate maps frame-for-frame onto compositor ticks (no half-frame jitter).
        fps = getattr(self, "_fps", 30)
        origin = math.ceil((self._clock.now() + 0.05) * fps) / fps
        offset = 0.0
        try:
            while not self._stop.is_set():
                done = self._play_once(origin + offset)
                if self._stop.is_set():
                    break  # stopped mid-pass: not the file's fault
                if done.video_frames == 0 and done.audio_samples == 0:
                    raise UnreadableFile(
                        i18n._("The file {name} has nothing to play.").format(name=self.path.name)
                    )
                if done.video_frames == 1 and done.audio_samples == 0:
                    # A picture (PNG, JPEG, WebP, a one-frame clip): decoded once, shown until
                    # the show ends (the slot keeps its last frame).
                    self.still = True
                    self._stop.wait()
                    break
                if not self.loop:  # played once: the slot keeps the last picture
                    self._stop.wait()
                    break
                offset += math.ceil(max(done.end, 1 / fps) * fps - 1e-6) / fps
        except SourceError as exc:
            self.error = exc
        except (av.error.FFmpegError, OSError, ValueError) as exc:
            self.error = UnreadableFile(
                i18n._("Reading {name} failed: {exc}.").format(name=self.path.name, exc=exc),
                i18n._("Check the file is complete."),
            )
        except Exception as exc:  # a dead thread with no error would freeze the last frame
            log.exception("file source %s failed", self.path.name)
            self.error = UnreadableFile(
                i18n._("Reading {name} failed unexpectedly ({name2}).").format(
                    name=self.path.name, name2=exc.__class__.__name__
                ),
                i18n._("The show goes on without it; pick the file again or another source."),
            )
        if self.error:
            log.warning("file source stopped: %s", self.error)

    def _play_once(self, base: float) -> _Pass:
        """Decode the file once, stamping frames at `base + pts` (variable frame rates keep
        their own timing); says what it delivered."""
        done = _Pass()
        with av.open(str(self.path)) as c:
            streams: list[Any] = []
            vstream = c.streams.video[0] if self.want_video and c.streams.video else None
            astream = c.streams.audio[0] if self.want_audio and c.streams.audio else None
            if vstream is not None:
                set_decode_threads(vstream)
                streams.append(vstream)
            if astream is not None:
                streams.append(astream)
            resampler = av.AudioResampler(format="flt", layout="stereo", rate=SAMPLE_RATE)
            start_pts: float | None = None
            audio_ts: float | None = None  # clock time of the next audio sample
            sar = stream_sar(vstream) if vstream is not None else None
            rotate_tag = stream_rotate_tag(vstream) if vstream is not None else 0.0
            for frame in c.decode(*streams):
                if self._stop.is_set():
                    break
                if frame.pts is None or frame.time_base is None:
                    continue
                t = float(frame.pts * frame.time_base)
                if start_pts is None:
                    start_pts = t
                rel = t - start_pts
                ts = base + rel
                self._pace(ts)
                if isinstance(frame, av.VideoFrame):
                    # A variable frame rate gives each frame its own duration.
                    if frame.duration and frame.time_base is not None:
                        dur = float(frame.duration * frame.time_base)
                    else:
                        dur = 1 / float(vstream.average_rate or 30) if vstream else 0.0
                    done.end = max(done.end, rel + dur)
                    done.video_frames += 1
                    out, placement = self._fitter.convert(frame, sar, rotate_tag)
                    picture = DecodedPicture(frame, sar, rotate_tag)
                    self.slot.put(TimedVideoFrame(out, ts, placement, picture))
                elif isinstance(frame, av.AudioFrame):
                    done.end = max(done.end, rel + frame.samples / frame.sample_rate)
                    # Count samples from the first one: the resampler may hold a few back,
                    # so per-frame timestamps would wobble against the samples they label.
                    if audio_ts is None:
                        audio_ts = ts
                    audio_ts = self._resampled(resampler.resample(frame), audio_ts, done)
            if audio_ts is not None and not self._stop.is_set():
                self._resampled(resampler.resample(None), audio_ts, done)  # the held-back tail
        return done

    def _resampled(self, frames: list[av.AudioFrame], ts: float, done: _Pass) -> float:
        """Queue resampled (48 kHz stereo float) frames from clock time `ts`; the next ts."""
        for rf in frames:
            pcm = rf.to_ndarray().reshape(-1, 2).astype(np.float32, copy=False)
            self.ring.append(pcm, ts)
            ts += rf.samples / SAMPLE_RATE
            done.audio_samples += rf.samples
        return ts

    def _pace(self, ts: float) -> None:
        """Wait until frame time `ts` is within LEAD_S of the clock: one wait a frame (the
        stop event ends it at once), not a wake every 20 ms."""
        while not self._stop.is_set() and (ahead := ts - self._clock.now() - LEAD_S) > 0:
            self._stop.wait(ahead)

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=2)


class _FileVideo:
    def __init__(self, owner: FileSource) -> None:
        self._o = owner
        self.name = f"file {owner.path.name}"

    def start(self, clock: MasterClock, width: int, height: int, fps: int) -> None:
        self._o.start(clock, (width, height), fps)

    def take(self, t: float) -> TimedVideoFrame | None:
        return self._o.slot.take(t)

    @property
    def error(self) -> SourceError | None:
        return self._o.error

    def stop(self) -> None:
        self._o.stop()


class _FileAudio:
    latency = LEAD_S / 2

    def __init__(self, owner: FileSource) -> None:
        self._o = owner
        self.name = f"file {owner.path.name}"

    def start(self, clock: MasterClock) -> None:
        self._o.start(clock)

    def read(self, start: int, n: int) -> np.ndarray:
        return self._o.ring.read(start, n)

    @property
    def error(self) -> SourceError | None:
        return self._o.error

    def stop(self) -> None:
        self._o.stop()
