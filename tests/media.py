"""Media the tests generate and inspect with PyAV, so no large fixtures ship in the repo.

`make_sync_file` writes a clip whose video flashes and whose audio beeps on the same instants;
`measure_av_offsets` finds both in whatever came out of a pipeline and says how far apart they
are, so A/V sync is checked by program on the real output. `probe` reports what arrived.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

BEEP_HZ = 1000.0
BEEP_SECONDS = 0.1
AUDIO_RATE = 48_000
_DARK_Y = 24
_FLASH_Y = 235
_BOX_Y = 140


def make_sync_file(
    path: Path, seconds: int, size: tuple[int, int] = (1280, 720), fps: int = 30
) -> Path:
    """Write H.264 + AAC (48 kHz stereo): a white frame and a 1 kHz beep at every whole second.

    Video is dark with a moving grey box (so the encoder and any frame-repeat logic see motion)
    and exactly one white frame at t = 0, 1, 2, ... s; audio is silent except a beep starting on
    the same sample. The container follows the suffix (.mkv or .mp4).
    """
    path = Path(path)
    width, height = size
    box = max(8, height // 8)
    with av.open(str(path), "w") as out:
        video = out.add_stream("libx264", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.codec_context.options = {
            "preset": "veryfast",
            "g": str(fps),
            "bf": "0",
            "sc_threshold": "0",
        }
        audio = out.add_stream("aac", rate=AUDIO_RATE, layout="stereo")
        audio.bit_rate = 160_000

        frame_buf = np.empty((height * 3 // 2, width), np.uint8)
        for i in range(seconds * fps):
            frame_buf[:height] = _FLASH_Y if i % fps == 0 else _DARK_Y
            frame_buf[height:] = 128
            x = (i * 8) % max(1, width - box)
            y = (height - box) // 2
            if i % fps:
                frame_buf[y : y + box, x : x + box] = _BOX_Y
            frame = av.VideoFrame.from_ndarray(frame_buf, format="yuv420p")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            for packet in video.encode(frame):
                out.mux(packet)

        block = 1024
        beep = 0.5 * np.sin(
            2 * np.pi * BEEP_HZ * np.arange(int(BEEP_SECONDS * AUDIO_RATE)) / AUDIO_RATE
        )
        total = seconds * AUDIO_RATE
        for start in range(0, total, block):
            n = min(block, total - start)
            samples = np.zeros(n, np.float32)
            for second in range(start // AUDIO_RATE, (start + n - 1) // AUDIO_RATE + 1):
                b0 = second * AUDIO_RATE  # beep start sample
                lo, hi = max(start, b0), min(start + n, b0 + beep.size)
                if lo < hi:
                    samples[lo - start : hi - start] = beep[lo - b0 : hi - b0]
            aframe = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(np.stack([samples, samples])), format="fltp", layout="stereo"
            )
            aframe.sample_rate = AUDIO_RATE
            aframe.pts, aframe.time_base = start, Fraction(1, AUDIO_RATE)
            for packet in audio.encode(aframe):
                out.mux(packet)

        for stream in (video, audio):
            for packet in stream.encode(None):
                out.mux(packet)
    return path


def probe(path: Path) -> dict[str, Any]:
    """What a player would see: codecs, size, fps and keyframes from packet timestamps, audio.

    Demuxes only (no decoding), so it is cheap on long recordings. Keys of a missing stream are
    None.
    """
    info: dict[str, Any] = {
        "format": None,
        "video_codec": None,
        "video_profile": None,
        "width": None,
        "height": None,
        "pix_fmt": None,
        "fps": None,
        "video_frames": 0,
        "keyframe_times": [],
        "max_keyframe_interval": None,
        "audio_codec": None,
        "audio_profile": None,
        "audio_rate": None,
        "audio_channels": None,
        "audio_packets": 0,
        "duration": None,
    }
    with av.open(str(path)) as container:
        info["format"] = container.format.name
        v = container.streams.video[0] if container.streams.video else None
        a = container.streams.audio[0] if container.streams.audio else None
        if v is not None:
            ctx = v.codec_context
            info.update(
                video_codec=ctx.name,
                video_profile=ctx.profile,
                width=ctx.width,
                height=ctx.height,
                pix_fmt=ctx.pix_fmt,
            )
        if a is not None:
            actx = a.codec_context
            info.update(
                audio_codec=actx.name,
                audio_profile=actx.profile,
                audio_rate=actx.sample_rate,
                audio_channels=actx.channels,
            )
        v_pts: list[float] = []
        keys: list[float] = []
        spans: list[tuple[float, float]] = []
        streams = [s for s in (v, a) if s is not None]
        for packet in container.demux(streams):
            if packet.pts is None or packet.size == 0:
                continue
            t = float(packet.pts * packet.time_base)
            dur = float(packet.duration * packet.time_base) if packet.duration else 0.0
            spans.append((t, t + dur))
            if packet.stream is v:
                v_pts.append(t)
                if packet.is_keyframe:
                    keys.append(t)
            else:
                info["audio_packets"] += 1
    v_pts.sort()
    info["video_frames"] = len(v_pts)
    if len(v_pts) > 1:
        info["fps"] = (len(v_pts) - 1) / (v_pts[-1] - v_pts[0])
    info["keyframe_times"] = sorted(keys)
    if len(keys) > 1:
        info["max_keyframe_interval"] = float(np.max(np.diff(sorted(keys))))
    if spans:
        info["duration"] = max(e for _, e in spans) - min(s for s, _ in spans)
    return info


def flash_onsets(path: Path) -> list[float]:
    """Times (s) of frames that jump from dark to bright: rising edges of the mean luma."""
    times: list[float] = []
    lumas: list[float] = []
    with av.open(str(path)) as container:
        if not container.streams.video:
            return []
        for frame in container.decode(container.streams.video[0]):
            if frame.time is None:
                continue
            small = frame.reformat(width=160, height=90, format="gray")
            times.append(frame.time)
            lumas.append(float(small.to_ndarray().mean()))
    if len(lumas) < 2:
        return []
    order = np.argsort(times)
    t = np.asarray(times)[order]
    luma = np.asarray(lumas)[order]
    low, high = float(np.median(luma)), float(luma.max())
    if high - low < 40:  # no flash at all
        return []
    bright = luma > (low + high) / 2
    rising = np.flatnonzero(bright[1:] & ~bright[:-1]) + 1
    return [float(x) for x in t[rising]]


def _audio_mono(container: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Decoded audio mixed to mono float, plus each decoded frame's start time and offset."""
    stream = container.streams.audio[0]
    chunks: list[np.ndarray] = []
    starts: list[float] = []
    offsets: list[int] = []
    offset = 0
    rate = stream.codec_context.sample_rate
    for frame in container.decode(stream):
        if frame.pts is None:
            continue
        data = frame.to_ndarray()
        channels = len(frame.layout.channels)
        if not frame.format.is_planar:
            data = data.reshape(-1, channels).T
        if data.dtype.kind == "i":
            data = data.astype(np.float32) / float(np.iinfo(data.dtype).max)
        elif data.dtype.kind == "u":
            data = (data.astype(np.float32) - 128.0) / 128.0
        mono = data.astype(np.float32).mean(axis=0)
        starts.append(float(frame.pts * frame.time_base))
        offsets.append(offset)
        chunks.append(mono)
        offset += mono.size
        rate = frame.sample_rate
    if not chunks:
        return np.zeros(0, np.float32), np.zeros(0), np.zeros(0, np.int64), rate
    return np.concatenate(chunks), np.asarray(starts), np.asarray(offsets, np.int64), rate


def beep_onsets(path: Path, min_gap: float = 0.3) -> list[float]:
    """Times (s) where a beep starts, to the sample.

    A 1 ms RMS envelope finds each beep (rising through 30 % of the beep level); the onset is
    then the first sample around that crossing whose magnitude exceeds 15 % of the beep's
    amplitude and any quieter tone under it, timed from the pts of the decoded frame that holds
    it (so gaps in the stream do not shift later beeps).
    """
    with av.open(str(path)) as container:
        if not container.streams.audio:
            return []
        x, starts, offsets, rate = _audio_mono(container)
    if x.size == 0:
        return []
    window = max(2, rate // 1000)
    energy = np.convolve(x.astype(np.float64) ** 2, np.ones(window) / window, mode="same")
    env = np.sqrt(energy)
    level = float(np.percentile(env, 99.5))
    if level < 1e-3:
        return []
    above = env > 0.3 * level
    crossings = np.flatnonzero(above[1:] & ~above[:-1]) + 1
    amplitude = level * np.sqrt(2.0)
    onsets: list[float] = []
    last = -np.inf
    for c in crossings.tolist():
        lo, hi = max(0, c - window), min(x.size, c + window)
        # Above 15 % of the beep, and above any steady tone playing under it (10 ms before).
        floor = float(np.abs(x[max(0, lo - 10 * window) : lo]).max(initial=0.0))
        loud = np.flatnonzero(np.abs(x[lo:hi]) > max(0.15 * amplitude, 1.2 * floor))
        sample = lo + int(loud[0]) if loud.size else c
        k = int(np.searchsorted(offsets, sample, side="right") - 1)
        t = float(starts[k] + (sample - offsets[k]) / rate)
        if t - last >= min_gap:
            onsets.append(t)
            last = t
    return onsets


def measure_av_offsets(path: Path, max_pair_ms: float = 500.0) -> list[float]:
    """A/V offset in ms (audio minus video) at every flash that has a beep within max_pair_ms.

    Positive means the sound comes late. Each flash is paired with the nearest beep, so frames
    dropped or repeated by a pipeline cost a sample, not a wrong pairing.
    """
    flashes = flash_onsets(path)
    beeps = np.asarray(beep_onsets(path))
    offsets: list[float] = []
    if beeps.size == 0:
        return offsets
    for t in flashes:
        nearest = float(beeps[np.argmin(np.abs(beeps - t))])
        delta = (nearest - t) * 1000.0
        if abs(delta) <= max_pair_ms:
            offsets.append(delta)
    return offsets
