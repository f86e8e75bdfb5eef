"""Encode once: one H.264 and one AAC encoder feed every output.

Encoders are probed by opening them and encoding a frame (a name in the list proves nothing:
NVENC is compiled into every wheel but needs the hardware). libx264 is the fallback that
always works; its settings are the broadcast norm: veryfast, zerolatency, CBR, a keyframe
every 2 s, High profile, yuv420p (the ingest requirements of Twitch's "Broadcasting
Guidelines" and YouTube's "Choose live encoder settings": CBR, keyframe interval 2 s, no
B-frames needed, AAC-LC 48 kHz stereo).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from fractions import Fraction
from typing import Literal

import av
import numpy as np
from av.video.codeccontext import VideoCodecContext

from studio import i18n
from studio.errors import EncoderError
from studio.media.frames import EncodedPacket
from studio.media.sources import CHANNELS, SAMPLE_RATE

log = logging.getLogger(__name__)

HARDWARE_H264 = ["h264_nvenc", "h264_qsv", "h264_videotoolbox", "h264_amf", "h264_mf"]
SOFTWARE_H264 = ["libx264"]
KEYFRAME_SECONDS = 2
AUDIO_KBPS = 160


@dataclass(frozen=True)
class EncoderInfo:
    """What `probe_encoders` found: whether `name` opened and encoded a frame here, and why
    not (`detail`)."""

    name: str
    hardware: bool
    works: bool
    detail: str = ""

    def as_dict(self) -> dict[str, str | bool]:
        """JSON-ready (`studio devices --json`, the doctor report)."""
        return asdict(self)


def _codec_options(name: str, fps: int, kbps: int) -> dict[str, str]:
    gop = fps * KEYFRAME_SECONDS
    if name == "libx264":
        return {
            "preset": "veryfast",
            "tune": "zerolatency",
            "profile": "high",
            "x264-params": (
                f"nal-hrd=cbr:vbv-maxrate={kbps}:vbv-bufsize={kbps}:"
                f"keyint={gop * 2}:min-keyint={gop}:scenecut=0"
            ),
        }
    if name == "h264_nvenc":
        return {"preset": "p4", "tune": "ll", "rc": "cbr", "profile": "high", "forced-idr": "1"}
    if name == "h264_qsv":
        return {"preset": "veryfast", "profile": "high", "look_ahead": "0"}
    if name == "h264_videotoolbox":
        return {"realtime": "1", "profile": "high"}
    if name == "h264_amf":
        return {"usage": "ultralowlatency", "rc": "cbr", "profile": "high"}
    return {}


def _open_video(
    name: str, width: int, height: int, fps: int, kbps: int, threads: int | None = None
) -> VideoCodecContext:
    ctx = av.CodecContext.create(name, "w")
    if not isinstance(ctx, VideoCodecContext):
        raise EncoderError(i18n._("{name!r} is not a video encoder.").format(name=name))
    ctx.width, ctx.height = width, height
    ctx.pix_fmt = "yuv420p"
    ctx.time_base = Fraction(1, fps)
    ctx.framerate = Fraction(fps, 1)
    ctx.bit_rate = kbps * 1000
    ctx.gop_size = fps * KEYFRAME_SECONDS
    ctx.max_b_frames = 0
    ctx.options = _codec_options(name, fps, kbps)
    if threads is not None:
        ctx.thread_count = threads
    ctx.open()
    return ctx


def probe_encoders(names: list[str] | None = None) -> list[EncoderInfo]:
    """Open each candidate and encode one small frame; report what really works here.
    Blocks (a hardware encoder may take a second to open); never raises."""
    results = []
    for name in names or HARDWARE_H264 + SOFTWARE_H264:
        hw = name in HARDWARE_H264
        try:
            av.codec.Codec(name, "w")
        except Exception:
            results.append(EncoderInfo(name, hw, False, "not built into this FFmpeg"))
            continue
        try:
            ctx = _open_video(name, 320, 240, 30, 500)
            frame = av.VideoFrame(320, 240, "yuv420p")
            frame.pts = 0
            ctx.encode(frame)
            ctx.encode(None)
            results.append(EncoderInfo(name, hw, True, "opened and encoded a test frame"))
        except Exception as exc:  # each vendor fails differently; the message is the detail
            detail = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
            results.append(EncoderInfo(name, hw, False, f"failed to open: {detail}"))
    return results


def choose_encoder(requested: str) -> str:
    """`auto` prefers a working hardware encoder, else libx264; a named one must work here.
    Raises EncoderError (with what failed) for a named encoder that does not open."""
    if requested == "auto":
        for info in probe_encoders(HARDWARE_H264):
            if info.works:
                return info.name
        return "libx264"
    info = probe_encoders([requested])[0]
    if not info.works:
        raise EncoderError(
            i18n._("The encoder {requested!r} does not work on this machine ({detail}).").format(
                requested=requested, detail=info.detail
            ),
            i18n._("Use --encoder auto, or see 'studio devices' for working encoders."),
        )
    return requested


def _wrap(
    kind: Literal["video", "audio"],
    p: av.Packet[av.stream.Stream],
    time_base: Fraction,
    capture_ts: Callable[[int], float],
) -> EncodedPacket:
    """Copy an encoder packet into the immutable form every output shares."""
    pts = p.pts if p.pts is not None else 0
    dts = p.dts if p.dts is not None else pts
    key = p.is_keyframe or kind == "audio"
    return EncodedPacket(kind, bytes(p), pts, dts, time_base, key, capture_ts(pts))


class VideoEncoder:
    """H.264 encoder: composed yuv420p frames in, EncodedPackets out.

    Time base 1/fps: a frame's pts is its output tick, so timestamps come from the master
    clock, not from counting frames; keyframes fall every 2 s of stream time even after
    skipped ticks. Each packet carries the capture time of the frame it encodes (for the
    capture → packet latency). Used by the video-encoder thread only. Raises EncoderError
    from the constructor when the encoder cannot open at this size.
    """

    def __init__(
        self, name: str, width: int, height: int, fps: int, kbps: int, threads: int | None = None
    ) -> None:
        """`threads`: the encoder's own threads (None: its default; 1 keeps all the work on
        the calling thread, for measuring it: engine/capacity.py)."""
        try:
            self._ctx = _open_video(name, width, height, fps, kbps, threads)
        except Exception as exc:
            raise EncoderError(
                i18n._("The encoder {name!r} could not start at {width}x{height} ({exc}).").format(
                    name=name, width=width, height=height, exc=exc
                ),
                i18n._("Try --encoder libx264 or a smaller --profile."),
            ) from exc
        self.name, self.fps = name, fps
        self.time_base = Fraction(1, fps)
        self._capture_ts: dict[int, float] = {}
        self._last_key_slot: int | None = None

    def encode(
        self, frame: av.VideoFrame | None, tick: int, capture_ts: float
    ) -> list[EncodedPacket]:
        """Encode the frame due at output tick `tick` (pts = tick / fps on the clock)."""
        if frame is not None:
            frame.pts = tick
            frame.time_base = self.time_base
            # Keyframes on the clock (every 2 s of stream time), even after skipped ticks.
            slot = tick // (self.fps * KEYFRAME_SECONDS)
            key = self._last_key_slot is None or slot != self._last_key_slot
            if key:
                self._last_key_slot = slot
            frame.pict_type = (
                av.video.frame.PictureType.I if key else av.video.frame.PictureType.NONE
            )
            self._capture_ts[tick] = capture_ts
        return self._packets(self._ctx.encode(frame))

    def flush(self) -> list[EncodedPacket]:
        """Drain the encoder at the end of the show (the last frames' packets)."""
        return self._packets(self._ctx.encode(None))

    def _packets(self, packets: list[av.Packet[av.stream.Stream]]) -> list[EncodedPacket]:
        out = [
            _wrap("video", p, self.time_base, lambda pts: self._capture_ts.pop(pts, pts / self.fps))
            for p in packets
        ]
        if len(self._capture_ts) > 256:  # encoder dropped frames: forget stale entries
            for k in sorted(self._capture_ts)[:-64]:
                del self._capture_ts[k]
        return out


class AudioEncoder:
    """AAC-LC 48 kHz stereo at `kbps`; pts are output sample positions (time base 1/48000),
    so audio is the time reference. Takes `frame_size` (1024) samples per `encode`; used by
    the audio thread only."""

    def __init__(self, kbps: int = AUDIO_KBPS) -> None:
        ctx = av.CodecContext.create("aac", "w")
        ctx.sample_rate = SAMPLE_RATE
        ctx.layout = "stereo"
        ctx.format = "fltp"
        ctx.bit_rate = kbps * 1000
        ctx.time_base = Fraction(1, SAMPLE_RATE)
        ctx.open()
        self._ctx = ctx
        self.frame_size = ctx.frame_size or 1024
        self.time_base = Fraction(1, SAMPLE_RATE)

    def encode(self, pcm: np.ndarray, start: int) -> list[EncodedPacket]:
        """`pcm` float32 (n, 2) for output samples starting at `start`."""
        planar = np.ascontiguousarray(pcm.T.reshape(CHANNELS, -1), dtype=np.float32)
        frame = av.AudioFrame.from_ndarray(planar, format="fltp", layout="stereo")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        frame.time_base = self.time_base
        return self._packets(self._ctx.encode(frame))

    def flush(self) -> list[EncodedPacket]:
        """Drain the encoder at the end of the show."""
        return self._packets(self._ctx.encode(None))

    def _packets(self, packets: list[av.Packet[av.stream.Stream]]) -> list[EncodedPacket]:
        return [_wrap("audio", p, self.time_base, lambda pts: pts / SAMPLE_RATE) for p in packets]
