"""Local recording from the same encoded packets as the broadcast (no second encode).

Written as Matroska while the show runs, because an MKV cut off by a crash or power loss is
still playable up to its last cluster; after a clean stop it is remuxed to plain MP4 (fast
start) if the user asked for .mp4. The recorder never drops packets for the network; a disk
error ends the recording with a clear message and leaves what was written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import logging
import os
from pathlib import Path

import av

from studio import i18n
from studio.engine.outputs.base import Muxer, Output, StreamLayout
from studio.engine.outputs.queue import PacketQueue
from studio.engine.stats import OutputKind, OutputState
from studio.errors import RecordingError
from studio.media.frames import EncodedPacket

log = logging.getLogger(__name__)


def recording_paths(requested: Path) -> tuple[Path, Path | None]:
    """(file written during the show, final file after remux or None when already final)."""
    if requested.suffix.lower() in (".mkv", ".mka"):
        return requested, None
    return requested.with_name(requested.name + ".recording.mkv"), requested


def remux(src: Path, dst: Path) -> None:
    """Copy packets into a new container (MP4 with the index up front); no re-encode."""
    tmp = dst.with_name(dst.name + ".tmp")
    opts = {"movflags": "+faststart"} if dst.suffix.lower() in (".mp4", ".mov", ".m4v") else {}
    with (
        av.open(str(src)) as inp,
        av.open(str(tmp), "w", format=_format_for(dst), options=opts) as out,
    ):
        mapping = {}
        for s in inp.streams:
            if s.type in ("video", "audio"):
                mapping[s.index] = out.add_stream_from_template(s)
        for pkt in inp.demux(*[inp.streams[i] for i in mapping]):
            if pkt.dts is None:
                continue
            pkt.stream = mapping[pkt.stream.index]
            out.mux(pkt)
    os.replace(tmp, dst)


def _format_for(path: Path) -> str:
    return {".mp4": "mp4", ".m4v": "mp4", ".mov": "mov", ".flv": "flv"}.get(
        path.suffix.lower(), "matroska"
    )


class RecordingStart:
    """Makes a recording start at time zero with sound and picture together, whenever it starts.

    The encoders' timestamps are the show's (a recording started 150 s into the show would
    begin at 150 s), and a recording can only begin on a video keyframe (one every 2 s) while
    audio flows at once, so its sound would lead its picture by up to 2 s. This gate holds
    packets until the first video keyframe (the first packet at all without video), drops
    audio from before it, and shifts every timestamp so that keyframe is at zero.

    Not thread-safe: the recorder's thread feeds it. `feed(pkt)` returns the packets to write
    now, in the order given (held audio first, when the keyframe arrives).
    """

    def __init__(self, *, video: bool) -> None:
        self._video = video
        self._origin_s: float | None = None
        self._held: list[EncodedPacket] = []

    @property
    def origin_s(self) -> float | None:
        """The show time (seconds) the recording's zero is at, once known."""
        return self._origin_s

    def feed(self, pkt: EncodedPacket) -> list[EncodedPacket]:
        """Take one packet in arrival order; returns the packets to write now, shifted to the
        recording's zero."""
        if self._origin_s is None:
            if self._video and not (pkt.kind == "video" and pkt.keyframe):
                if pkt.kind == "audio":
                    self._held.append(pkt)
                return []  # video before the first keyframe cannot be decoded
            self._origin_s = pkt.dts_seconds
            held, self._held = self._held, []
            return [self._shift(p) for p in [*held, pkt] if self._keep(p)]
        return [self._shift(pkt)] if self._keep(pkt) else []

    def _keep(self, pkt: EncodedPacket) -> bool:
        # Audio from the keyframe on: its first block starts within one AAC frame (21 ms, less
        # than a video frame) of zero, and every block keeps its own time, so the sound has
        # no step shorter or longer than a block (one clamped to zero would make a short one).
        assert self._origin_s is not None
        return pkt.kind == "video" or pkt.pts >= round(self._origin_s / pkt.time_base)

    def _shift(self, pkt: EncodedPacket) -> EncodedPacket:
        assert self._origin_s is not None
        offset = round(self._origin_s / pkt.time_base)
        return dataclasses.replace(pkt, pts=pkt.pts - offset, dts=pkt.dts - offset)


class Recorder(Output):
    """The local recording: an output thread writing Matroska to `path` (see the module's
    docstring), remuxed to `final` after a clean stop when the user asked for .mp4/.mov.

    `name` labels it in the stats ('recording'; beside a second canvas's recording each
    names its canvas). Its queue never drops for congestion (the disk is not the network). Raises
    `RecordingError` from the constructor when the file cannot be created; a write error
    while recording fails the output (`fatal`, `on_failure`) and keeps what was written.
    """

    kind = OutputKind.RECORDING

    def __init__(self, path: Path, layout: StreamLayout, name: str = "recording") -> None:
        # Huge thresholds: recording never drops for congestion.
        super().__init__(name, layout, PacketQueue(drop_threshold_ms=1e12, backlog_s=1e9))
        self.requested = path
        self.path, self.final = recording_paths(path)
        self.empty = False  # stopped before anything playable was written: no file
        self.connected = True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Short clusters, flushed as written: a crash loses at most about a second.
            self._muxer = Muxer(
                str(self.path),
                "matroska",
                layout,
                options={"cluster_time_limit": "1000", "flush_packets": "1"},
            )
        except (OSError, av.error.FFmpegError) as exc:
            raise RecordingError(
                i18n._("Can't record to {path} ({value}).").format(
                    path=path, value=getattr(exc, "strerror", None) or exc
                ),
                i18n._("Pick a folder you can write to, with free space."),
            ) from exc

    def run(self) -> None:
        """The recorder's thread: write every packet until the queue is closed and drained."""
        self._enter(OutputState.RECORDING)
        self.reached = True
        m = self._muxer
        start = RecordingStart(video=self.layout.width is not None)
        try:
            while not self._stop_evt.is_set():
                pkt = self.queue.get(timeout=0.25)
                if pkt is None:
                    if self.queue.closed:
                        break
                    continue
                for ready in start.feed(pkt):
                    m.mux(ready)
                self.frames_sent = m.frames
        except (OSError, av.error.FFmpegError) as exc:
            full = getattr(exc, "errno", None) == errno.ENOSPC
            err = RecordingError(
                i18n._("The disk is full: recording stopped.")
                if full
                else i18n._("Recording failed ({exc}).").format(exc=exc),
                i18n._("What was recorded so far is in {path}.").format(path=self.path),
            )
            log.error("%s", err)
            # The file's end is damaged; what came before stays playable (MKV).
            with contextlib.suppress(Exception):
                m.close()
            self._fail(err)
            return
        if start.origin_s is None:
            # Stopped before the first keyframe: nothing playable was recorded. Leave no
            # empty or headerless file behind, and say so without calling it a failure.
            with contextlib.suppress(Exception):
                m.close()
            with contextlib.suppress(OSError):
                self.path.unlink()
            self.empty = True
            log.info("recording stopped before its first keyframe: nothing was recorded")
            self._enter(OutputState.STOPPED)
            return
        try:
            m.close()
            if self.final is not None:
                self._enter(OutputState.FINALIZING)
                remux(self.path, self.final)
                self.path.unlink()
                self.path = self.final
            self._enter(OutputState.STOPPED)
        except (OSError, av.error.FFmpegError) as exc:
            self._fail(
                RecordingError(
                    i18n._("Finishing the recording failed ({exc}).").format(exc=exc),
                    i18n._("The raw recording is in {path}.").format(path=self.path),
                )
            )
