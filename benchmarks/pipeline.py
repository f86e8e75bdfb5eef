"""CPU per frame of `studio broadcast` against the ffmpeg CLI doing the same job, side by side.

Both push a test pattern + tone, paced in real time, encoded with libx264 veryfast/zerolatency
CBR (High, yuv420p, keyframe every 2 s) and AAC-LC 48 kHz stereo 160 kbps, as FLV to the same
private nginx-rtmp. Each child's CPU (user + sys, from wait4) is divided by the frames it
encoded. Absolute times on a shared machine are noise; the ratio of two runs made minutes
apart on the same machine is the figure to watch (issue 3 target: <= 1.10 at 1080p30, with
zero skipped and lagged frames). The ffmpeg testsrc2 source is part of its cost, as our own
test pattern is part of ours.

Sources (`--sources`, issue 16): `test` (the test pattern and tone), `file` (a 1080p30-style
H.264 + AAC file of the same picture and sound, looped) and `mjpeg` (the same picture as MJPEG
4:2:2, what a webcam sends, with the test tone). Each row also has a floor: the same frames
(decoded and converted beforehand) and the same sound encoded alone by the studio's own x264
and AAC encoders, paced in real time, nothing else; the gap to it is what decoding,
compositing, muxing and sending cost (issue 16 target: within 1.15x of the floor).

Two canvases (`--canvases both`, issue 18): the studio sends the profile's 16:9 canvas and
its 9:16 twin (`--url` and `--vertical-url`, the vertical one filled: cropped around the
centre); the ffmpeg CLI does the same in one process: one decode, `split`, the 9:16 branch
cropped and scaled, the overlays on each, two x264 encodes, one AAC encode and two FLV outputs
(the `tee` muxer hands each its video and the shared audio). CPU is then per frame pair.

    .venv/bin/python benchmarks/pipeline.py --seconds 20 --profiles 720p30,1080p30 \
        [--sources test,file,mjpeg] [--overlays] [--canvases one,both] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import av
import numpy as np

from studio.canvases import CANVASES, Orientation, canvas
from studio.sandbox.nginx_rtmp import NginxRtmp

AUDIO_KBPS = 160
KEYINT_SECONDS = 2


@dataclass
class Run:
    """One child process: what it cost and what it delivered."""

    tool: str
    profile: str
    ok: bool
    error: str = ""
    cpu_s: float = 0.0
    wall_s: float = 0.0
    frames: int = 0  # frames the tool says it encoded (ffmpeg: frames that arrived)
    frames_arrived: int = 0  # video frames in nginx's recording
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def cpu_ms_per_frame(self) -> float | None:
        return 1000.0 * self.cpu_s / self.frames if self.ok and self.frames else None


def run_child(cmd: list[str], timeout: float, log: Path) -> tuple[int, float, float]:
    """Run `cmd` to completion; return (exit code, CPU seconds user+sys, wall seconds)."""
    with log.open("wb") as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
        )
        watchdog = threading.Timer(timeout, proc.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            watchdog.cancel()
        wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, usage.ru_utime + usage.ru_stime, wall


def count_video_frames(path: Path) -> int:
    with av.open(str(path)) as container:
        if not container.streams.video:
            return 0
        return sum(1 for p in container.demux(container.streams.video[0]) if p.size)


def take_recording_frames(server: NginxRtmp, key: str) -> int:
    """Video frames in nginx's recording of stream `key` (KEY-<unix time>.flv), then delete it."""
    server.wait_recordings(count=0, timeout=10)  # until nginx has closed every file
    matches = [p for p in server.recordings() if p.name.startswith(f"{key}-")]
    frames = count_video_frames(matches[-1]) if matches else 0
    for path in matches:
        path.unlink()
    return frames


def log_tail(log: Path, lines: int = 4) -> str:
    text = log.read_text(errors="replace").strip().splitlines() if log.exists() else []
    return " | ".join(line.strip() for line in text[-lines:] if line.strip()) or "no output"


ROOT = Path(__file__).resolve().parents[1]
OVERLAY_ARGS = ["--catalog", str(ROOT / "assets/demo/catalog.csv"), "--pin", "DJ-001",
                "--countdown", "600", "--title", "Vintage denim night"]  # fmt: skip
FONT = ROOT / "assets" / "fonts" / "NotoSans-Bold.ttf"


@dataclass(frozen=True)
class OverlayImage:
    path: Path
    x: int
    y: int


def render_overlays(profile: str, workdir: Path) -> list[OverlayImage]:
    """The studio's own card and lower third as straight-alpha PNGs, for ffmpeg's overlay."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studio.overlays.scene import OverlayScene
    from studio.show.catalog import load_catalog

    width, height = canvas(profile).size
    scene = OverlayScene(width, height, "default")
    scene.set_pinned(load_catalog(ROOT / "assets/demo/catalog.csv").get("DJ-001"))
    scene.set_show_title("Vintage denim night")
    scene.wait_idle(10)
    images = []
    for i, layer in enumerate(scene.layers_at(5.0)):
        rgba = layer.rgba.astype(np.float32)
        alpha = np.maximum(rgba[..., 3:4], 1)
        rgba[..., :3] = np.clip(rgba[..., :3] * 255 / alpha, 0, 255)
        path = workdir / f"{profile}-layer{i}.png"
        with av.open(str(path), "w") as out:
            stream = out.add_stream("png")
            stream.width, stream.height, stream.pix_fmt = layer.width, layer.height, "rgba"
            frame = av.VideoFrame.from_ndarray(rgba.astype(np.uint8), format="rgba")
            for packet in stream.encode(frame):
                out.mux(packet)
        images.append(OverlayImage(path, layer.x, layer.y))
    scene.close()
    return images


def overlay_graph(
    images: list[OverlayImage], height: int, first: int = 2, audio: str = "1:a"
) -> list[str]:
    """`overlay` per image and a `drawtext` countdown (mm:ss to 10:00), like our three layers.

    `first`: the input index of the first image (after the picture and sound inputs)."""
    inputs: list[str] = []
    chain, last = [], "[0:v]"
    for i, img in enumerate(images, start=first):
        inputs += ["-loop", "1", "-framerate", "30", "-i", str(img.path)]
        chain.append(f"{last}[{i}:v]overlay=x={img.x}:y={img.y}:shortest=1[o{i}]")
        last = f"[o{i}]"
    size = height // 14
    text = r"%{eif\:(600-t)/60\:d\:2}\:%{eif\:mod(600-t\,60)\:d\:2}"
    chain.append(
        f"{last}drawtext=fontfile={FONT}:text='{text}':fontsize={size}:fontcolor=white:"
        f"box=1:boxcolor=black@0.6:x=w-tw-{size}:y={size}[v]"
    )
    return [*inputs, "-filter_complex", ";".join(chain), "-map", "[v]", "-map", audio]


SOURCES = ("test", "file", "mjpeg")
FLASH = "drawbox=c=white:t=fill:enable='lt(mod(t\\,1)\\,0.02)'"
BEEPS = (
    "aevalsrc=exprs='if(lt(mod(t\\,1)\\,0.1)\\,0.5*sin(2*PI*1000*t)\\,"
    "0.05*sin(2*PI*440*t))':sample_rate=48000:channel_layout=stereo"
)
MEDIA_SECONDS = 2  # looped by both tools; short enough for the floor to hold it decoded


def make_media(source: str, profile: str, workdir: Path) -> Path | None:
    """The file a `file` or `mjpeg` row plays (None for `test`): testsrc2 with the white flash,
    at the canvas size; `file` is H.264 High + AAC (the beeping tone), `mjpeg` is MJPEG 4:2:2
    full range like a webcam's, no sound."""
    if source == "test":
        return None
    c = canvas(profile)
    path = workdir / f"{source}-{profile}.{'mp4' if source == 'file' else 'mkv'}"
    if path.exists():
        return path
    video = f"testsrc2=size={c.width}x{c.height}:rate={c.fps},{FLASH}"
    if source == "file":
        codec = ["-f", "lavfi", "-i", BEEPS, "-c:v", "libx264", "-preset", "veryfast",
                 "-crf", "18", "-g", str(c.fps), "-pix_fmt", "yuv420p",
                 "-c:a", "aac", "-b:a", "192k"]  # fmt: skip
    else:
        codec = ["-c:v", "mjpeg", "-q:v", "3", "-pix_fmt", "yuvj422p"]
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i", video,
         *codec, "-t", str(MEDIA_SECONDS), str(path)],
        check=True,
    )  # fmt: skip
    return path


def both_graph(
    wide: list[OverlayImage] | None,
    tall: list[OverlayImage] | None,
    size: tuple[int, int],
    first: int,
    audio: str,
) -> list[str]:
    """One decoded picture `split` in two: the 16:9 branch as it is, the 9:16 branch cropped
    around the centre and scaled to `size` (what the studio's `fill` does); each with its own
    overlays (`overlay` per image, a `drawtext` countdown). Maps both videos, then `audio`."""
    inputs: list[str] = []
    chain = ["[0:v]split=2[wide0][tall]", f"[tall]crop=ih*9/16:ih,scale={size[0]}:{size[1]}[tall0]"]
    n = first
    outs = []
    for name, images, height in (("wide", wide, size[0]), ("tall", tall, size[1])):
        last = f"[{name}0]"
        for img in images or ():
            inputs += ["-loop", "1", "-framerate", "30", "-i", str(img.path)]
            chain.append(f"{last}[{n}:v]overlay=x={img.x}:y={img.y}:shortest=1[{name}{n}]")
            last = f"[{name}{n}]"
            n += 1
        if images is not None:
            px = height // 14
            text = r"%{eif\:(600-t)/60\:d\:2}\:%{eif\:mod(600-t\,60)\:d\:2}"
            chain.append(
                f"{last}drawtext=fontfile={FONT}:text='{text}':fontsize={px}:fontcolor=white:"
                f"box=1:boxcolor=black@0.6:x=w-tw-{px}:y={px}[{name}]"
            )
        else:
            chain.append(f"{last}null[{name}]")
        outs.append(f"[{name}]")
    maps = [x for o in outs for x in ("-map", o)]
    return [*inputs, "-filter_complex", ";".join(chain), *maps, "-map", audio]


def ffmpeg_cmd(
    profile: str,
    seconds: float,
    url: str,
    overlays: list[OverlayImage] | None = None,
    source: str = "test",
    media: Path | None = None,
    vertical: tuple[str, list[OverlayImage] | None] | None = None,
) -> list[str]:
    """The ffmpeg CLI doing the studio's job; with `vertical` (its URL and overlays) the
    two-canvas job: the 9:16 twin beside the canvas, one AAC for both (`tee`)."""
    c = canvas(profile)  # the studio's own table: both tools encode the same canvas
    width, height, fps, kbps = c.width, c.height, c.fps, c.video_kbps
    looped = ["-re", "-stream_loop", "-1", "-i", str(media)]
    if source == "file":  # picture and sound from the file
        inputs, audio = looped, "0:a"
    elif source == "mjpeg":  # a webcam's pictures, the test tone
        inputs, audio = [*looped, "-re", "-f", "lavfi", "-i", BEEPS], "1:a"
    else:
        # The same picture and sound as `--video test --audio test`: testsrc2 with a white
        # frame every second, and a quiet 440 Hz tone with a 100 ms 1 kHz beep each second
        # (AAC's cost depends on the signal: a bare sine is 3x cheaper to encode).
        inputs = ["-re", "-f", "lavfi", "-i", f"testsrc2=size={width}x{height}:rate={fps},{FLASH}",
                  "-re", "-f", "lavfi", "-i", BEEPS]  # fmt: skip
        audio = "1:a"
    n_inputs = inputs.count("-i")
    graph = (
        overlay_graph(overlays, height, n_inputs, audio)
        if overlays
        else ["-map", "0:v", "-map", audio]
    )
    out = ["-f", "flv", url]
    if vertical is not None:
        tall_url, tall_overlays = vertical
        tall = c.turned(Orientation.PORTRAIT)
        graph = both_graph(overlays, tall_overlays, tall.size, n_inputs, audio)
        select = r"select=\'v:{},a\'"
        out = ["-f", "tee", f"[f=flv:{select.format(0)}]{url}|[f=flv:{select.format(1)}]{tall_url}"]
    cmd = [
        "ffmpeg", "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
        *inputs, *graph,
        "-t", str(seconds),
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
        "-profile:v", "high", "-pix_fmt", "yuv420p",
        "-b:v", f"{kbps}k", "-minrate", f"{kbps}k", "-maxrate", f"{kbps}k",
        "-bufsize", f"{kbps}k", "-x264-params", "nal-hrd=cbr",
        "-g", str(fps * KEYINT_SECONDS), "-keyint_min", str(fps * KEYINT_SECONDS),
        "-sc_threshold", "0",
        "-c:a", "aac", "-ar", "48000", "-ac", "2", "-b:a", f"{AUDIO_KBPS}k",
        *out,
    ]  # fmt: skip
    return cmd


def studio_cmd(
    profile: str,
    seconds: float,
    url: str,
    stats_json: Path,
    overlays: bool = False,
    source: str = "test",
    media: Path | None = None,
    vertical_url: str | None = None,
) -> list[str]:
    kbps = canvas(profile).video_kbps
    video = "test" if media is None else f"file:{media}"
    audio = f"file:{media}" if source == "file" else "test"
    return [
        sys.executable, "-m", "studio.cli", "broadcast",
        "--video", video, "--audio", audio, "--profile", profile,
        "--bitrate", str(kbps), "--duration", str(seconds),
        "--url", url, "--stats-json", str(stats_json),
        *(OVERLAY_ARGS if overlays else []),
        *(["--vertical-url", vertical_url] if vertical_url is not None else []),
    ]  # fmt: skip


def floor_cmd(profile: str, seconds: float, out: Path, media: Path | None, tone: bool) -> list[str]:
    return [
        sys.executable, str(Path(__file__).resolve()), "--floor-child", str(out),
        "--profiles", profile, "--seconds", str(seconds),
        *(["--floor-media", str(media)] if media is not None else []),
        *(["--floor-tone"] if tone else []),
    ]  # fmt: skip


def floor_child(profile: str, seconds: float, out: Path, media: Path | None, tone: bool) -> None:
    """Encode the row's frames and sound with nothing else: decoded and converted to the canvas
    beforehand (outside the measured CPU), then fed in real time to the studio's own encoders.
    Writes {"cpu_s", "frames", "decode_ms"} to `out`; `decode_ms` is what decoding and
    converting one frame cost (the sound's decoding included, for a file), for reference."""
    from studio.capture.testpattern import TestToneSource
    from studio.engine.encoders import AudioEncoder, VideoEncoder
    from studio.media.sources import SAMPLE_RATE

    c = canvas(profile)
    if media is None:
        spec = f"testsrc2=size={c.width}x{c.height}:rate={c.fps},{FLASH}"
        container = av.open(spec, format="lavfi")
    else:
        container = av.open(str(media))
    frames: list[av.VideoFrame] = []
    pcm_parts: list[np.ndarray] = []
    resampler = av.AudioResampler(format="flt", layout="stereo", rate=SAMPLE_RATE)
    dec0 = time.process_time()
    with container:
        container.streams.video[0].codec_context.thread_count = 1  # as the studio decodes
        streams = [container.streams.video[0]]
        if media is not None and not tone and container.streams.audio:
            streams.append(container.streams.audio[0])
        for f in container.decode(*streams):
            if isinstance(f, av.VideoFrame):
                if len(frames) < MEDIA_SECONDS * c.fps:
                    frames.append(f.reformat(c.width, c.height, "yuv420p"))
                elif media is None:
                    break
            else:
                for rf in resampler.resample(f):
                    pcm_parts.append(rf.to_ndarray().reshape(-1, 2).astype(np.float32))
    decode_s = time.process_time() - dec0  # decoding and converting each frame once
    pcm = np.concatenate(pcm_parts) if pcm_parts else None
    tone_src = TestToneSource()
    venc = VideoEncoder("libx264", c.width, c.height, c.fps, c.video_kbps)
    aenc = AudioEncoder(AUDIO_KBPS)
    n_frames = int(seconds * c.fps)
    apos = 0
    cpu0 = time.process_time()
    t0 = time.monotonic()
    for i in range(n_frames):
        due = t0 + i / c.fps
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        venc.encode(frames[i % len(frames)], i, i / c.fps)
        while apos < (i + 1) * SAMPLE_RATE // c.fps:
            n = aenc.frame_size
            if pcm is not None:
                idx = np.arange(apos, apos + n) % len(pcm)
                block = pcm[idx]
            else:
                block = tone_src.read(apos, n)
            aenc.encode(block, apos)
            apos += n
    venc.flush()
    aenc.flush()
    cpu = time.process_time() - cpu0
    out.write_text(
        json.dumps({"cpu_s": cpu, "frames": n_frames, "decode_ms": 1000 * decode_s / len(frames)})
    )


def studio_missing() -> str:
    """Why `studio broadcast` cannot run, or "" when it can."""
    if importlib.util.find_spec("studio.commands.broadcast") is None:
        return "studio broadcast is not available yet (studio/commands/broadcast.py is missing)"
    return ""


@dataclass(frozen=True)
class Row:
    """One table row: a canvas, a source, whether overlays are drawn, and whether the 9:16
    twin is sent too (`both`: frames are then frame pairs)."""

    profile: str
    source: str = "test"
    overlays: bool = False
    both: bool = False

    @property
    def label(self) -> str:
        return (
            f"{self.profile} {self.source}{' +ov' if self.overlays else ''}"
            f"{' x2' if self.both else ''}"
        )


class Bench:
    def __init__(self, server: NginxRtmp, seconds: float, workdir: Path) -> None:
        self.server = server
        self.seconds = seconds
        self.workdir = workdir
        self.timeout = seconds * 3 + 60

    def _key(self, tool: str, row: Row, n: int) -> str:
        return f"{tool}-{row.profile}-{row.source}-{int(row.overlays)}-{int(row.both)}-{n}"

    def _arrived(self, key: str, row: Row) -> int:
        """Frames that arrived (with two canvases: frame pairs, the fewer of the two)."""
        frames = take_recording_frames(self.server, key)
        if row.both:
            frames = min(frames, take_recording_frames(self.server, f"v{key}"))
        return frames

    def ffmpeg(self, row: Row, n: int) -> Run:
        key = self._key("ffmpeg", row, n)
        log = self.workdir / f"{key}.log"
        images = render_overlays(row.profile, self.workdir) if row.overlays else None
        media = make_media(row.source, row.profile, self.workdir)
        vertical = None
        if row.both:
            tall = canvas(row.profile).turned(Orientation.PORTRAIT).name
            tall_images = render_overlays(tall, self.workdir) if row.overlays else None
            vertical = (self.server.url(f"v{key}"), tall_images)
        cmd = ffmpeg_cmd(
            row.profile, self.seconds, self.server.url(key), images, row.source, media, vertical
        )
        rc, cpu, wall = run_child(cmd, self.timeout, log)
        run = Run("ffmpeg", row.label, rc == 0, cpu_s=cpu, wall_s=wall)
        run.frames_arrived = run.frames = self._arrived(key, row)
        if rc != 0:
            run.error = f"ffmpeg exited {rc}: {log_tail(log)}"
        elif not run.frames:
            run.ok, run.error = False, "nothing was recorded by nginx"
        return run

    def studio(self, row: Row, n: int) -> Run:
        missing = studio_missing()
        if missing:
            return Run("studio", row.label, False, error=missing)
        key = self._key("studio", row, n)
        log = self.workdir / f"{key}.log"
        stats_path = self.workdir / f"{key}.json"
        media = make_media(row.source, row.profile, self.workdir)
        cmd = studio_cmd(
            row.profile, self.seconds, self.server.url(key), stats_path, row.overlays,
            row.source, media, self.server.url(f"v{key}") if row.both else None,
        )  # fmt: skip
        rc, cpu, wall = run_child(cmd, self.timeout, log)
        run = Run("studio", row.label, rc == 0, cpu_s=cpu, wall_s=wall)
        run.frames_arrived = self._arrived(key, row)
        if rc != 0:
            run.error = f"studio broadcast exited {rc}: {log_tail(log)}"
            return run
        try:
            run.stats = json.loads(stats_path.read_text())
            run.frames = int(run.stats["frames_encoded"])
            if row.both:  # frame pairs: the canvas that encoded fewer
                run.frames = min(int(c["frames_encoded"]) for c in run.stats["canvases"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            run.ok, run.error = False, f"no usable --stats-json ({exc!r})"
        return run

    def floor(self, row: Row, n: int) -> Run:
        """The same frames and sound through the studio's encoders alone (see floor_child)."""
        key = self._key("floor", row, n)
        log = self.workdir / f"{key}.log"
        out = self.workdir / f"{key}.json"
        media = make_media(row.source, row.profile, self.workdir)
        cmd = floor_cmd(row.profile, self.seconds, out, media, tone=row.source != "file")
        rc, _, wall = run_child(cmd, self.timeout, log)
        run = Run("floor", row.label, rc == 0, wall_s=wall)
        if rc != 0:
            run.error = f"floor exited {rc}: {log_tail(log)}"
            return run
        data = json.loads(out.read_text())
        run.cpu_s, run.frames = float(data["cpu_s"]), int(data["frames"])
        run.stats = {"decode_ms": float(data["decode_ms"])}
        return run

    def startup_cpu(self) -> float | None:
        """CPU of starting the studio CLI (interpreter + imports + parsing), for reference."""
        if studio_missing():
            return None
        log = self.workdir / "startup.log"
        cmd = [sys.executable, "-m", "studio.cli", "broadcast", "--help"]
        rc, cpu, _ = run_child(cmd, 60, log)
        return cpu if rc == 0 else None


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarise(row: Row, runs: list[Run], startup: float | None, seconds: float) -> dict:
    ff = [r for r in runs if r.tool == "ffmpeg"]
    st = [r for r in runs if r.tool == "studio"]
    fl = [r for r in runs if r.tool == "floor"]
    ff_ms = _median([r.cpu_ms_per_frame for r in ff])
    st_ms = _median([r.cpu_ms_per_frame for r in st])
    floor_ms = _median([r.cpu_ms_per_frame for r in fl])
    ok_st = [r for r in st if r.ok]
    st_frames = _median([float(r.frames) for r in ok_st]) if ok_st else None
    st_ms_warm = None
    if st_ms is not None and startup is not None and st_frames:
        st_ms_warm = st_ms - 1000.0 * startup / st_frames

    def stat(key: str) -> float | None:
        return _median([r.stats.get(key) for r in ok_st])

    expected = seconds * canvas(row.profile).fps
    return {
        "profile": row.profile,
        "canvases": "both" if row.both else "one",
        "source": row.source,
        "overlays": row.overlays,
        "label": row.label,
        "expected_frames": expected,
        "ffmpeg_frames": _median([float(r.frames) for r in ff if r.ok]),
        "ffmpeg_cpu_ms_per_frame": ff_ms,
        "studio_frames_encoded": st_frames,
        "studio_frames_arrived": _median([float(r.frames_arrived) for r in ok_st]),
        "studio_cpu_ms_per_frame": st_ms,
        "studio_cpu_ms_per_frame_excl_startup": st_ms_warm,
        "floor_cpu_ms_per_frame": floor_ms,
        "decode_ms_per_frame": _median([r.stats.get("decode_ms") for r in fl if r.ok]),
        "ratio": st_ms / ff_ms if st_ms is not None and ff_ms else None,
        "vs_floor": st_ms_warm / floor_ms if st_ms_warm is not None and floor_ms else None,
        "studio_frames_skipped": stat("frames_skipped"),
        "studio_frames_lagged": stat("frames_lagged"),
        "studio_frames_dropped": stat("frames_dropped"),
        "latency_ms_p50": stat("latency_ms_p50"),
        "latency_ms_p95": stat("latency_ms_p95"),
        "av_offset_ms": stat("av_offset_ms"),
        "errors": [f"{r.tool}: {r.error}" for r in runs if r.error],
    }


def load_advice_for(profile: str) -> str:
    """What the studio says before going live with both canvases of `profile` on this machine
    (engine/capacity.py: each encode measured here, in this process, not in the runs)."""
    from studio.engine.capacity import load_advice, measure_encode_cost

    wide = canvas(profile)
    costs = [measure_encode_cost(c) for c in (wide, wide.turned(Orientation.PORTRAIT))]
    verdict = load_advice(costs)
    if verdict.suggestion is None:
        return (
            f"fits: the two encodes need {verdict.cores_needed:.2f} of "
            f"{verdict.cores_usable:.2f} usable cores"
        )
    return verdict.suggestion.message


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "n/a" if value is None else format(value, spec)


def print_table(rows: list[dict], startup: float | None) -> None:
    head = (
        f"{'row':<22} {'ffmpeg fr':>9} {'ffmpeg ms/fr':>12} {'studio fr':>9} "
        f"{'studio ms/fr':>12} {'(warm)':>7} {'floor':>6} {'decode':>6} {'ratio':>6} "
        f"{'/floor':>6} "
        f"{'skip/lag/drop':>13} {'lat p50':>8} {'lat p95':>8}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        sld = "/".join(
            _fmt(r[k], ".0f")
            for k in ("studio_frames_skipped", "studio_frames_lagged", "studio_frames_dropped")
        )
        print(
            f"{r['label']:<22} {_fmt(r['ffmpeg_frames'], '.0f'):>9} "
            f"{_fmt(r['ffmpeg_cpu_ms_per_frame']):>12} "
            f"{_fmt(r['studio_frames_encoded'], '.0f'):>9} "
            f"{_fmt(r['studio_cpu_ms_per_frame']):>12} "
            f"{_fmt(r['studio_cpu_ms_per_frame_excl_startup']):>7} "
            f"{_fmt(r['floor_cpu_ms_per_frame']):>6} {_fmt(r['decode_ms_per_frame']):>6} "
            f"{_fmt(r['ratio']):>6} "
            f"{_fmt(r['vs_floor']):>6} "
            f"{sld:>13} {_fmt(r['latency_ms_p50'], '.1f'):>8} {_fmt(r['latency_ms_p95'], '.1f'):>8}"
        )
    print(
        "\nms/fr = child CPU (user+sys) per encoded frame; (warm) excludes the studio's start-up "
        f"CPU ({_fmt(startup, '.2f')} s: interpreter, imports, argument parsing); floor = the "
        "same frames and sound through the studio's x264 + AAC encoders alone; decode = "
        "decoding and converting one frame once (the source's share of the job, not in the "
        "floor); ratio = studio / "
        "ffmpeg; /floor = studio (warm) / floor; latency = capture-to-packet ms from "
        "--stats-json."
    )
    for r in rows:
        if r.get("advice"):
            print(f"{r['label']}: before going live the studio says: {r['advice']}")
        for err in r["errors"]:
            print(f"{r['label']}: {err}")


def environment() -> dict[str, str]:
    ffmpeg = subprocess.run(["ffmpeg", "-version"], capture_output=True, text=True, check=False)
    return {
        "machine": platform.machine(),
        "cpus": str(os.cpu_count()),
        "python": platform.python_version(),
        "ffmpeg_cli": (ffmpeg.stdout.splitlines() or ["?"])[0],
        "pyav": av.__version__,
        "pyav_ffmpeg": ".".join(map(str, av.library_versions.get("libavcodec", ()))),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="stream length per run")
    parser.add_argument("--profiles", default="720p30,1080p30", help="comma-separated")
    parser.add_argument(
        "--sources", default="test", help=f"comma-separated, of {', '.join(SOURCES)}"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool; medians reported")
    parser.add_argument("--only", choices=("ffmpeg", "studio", "floor"), help="run one tool only")
    parser.add_argument("--no-floor", action="store_true", help="skip the floor runs")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--overlays",
        choices=("off", "on", "both"),
        nargs="?",
        const="on",
        default="off",
        help="with a product card, lower third and countdown (ffmpeg: overlay + drawtext); "
        "'both' runs each row with and without",
    )
    parser.add_argument(
        "--canvases",
        default="one",
        help="comma-separated, of one, both: 'both' also sends the profile's 9:16 twin "
        "(CPU per frame pair; no floor for it)",
    )
    parser.add_argument("--floor-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor-media", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floor-tone", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    profiles = [p.strip() for p in args.profiles.split(",") if p.strip()]
    unknown = [p for p in profiles if p not in CANVASES]
    if unknown:
        parser.error(f"unknown profile(s) {unknown}; known: {', '.join(CANVASES)}")
    if args.floor_child is not None:
        floor_child(profiles[0], args.seconds, args.floor_child, args.floor_media, args.floor_tone)
        return 0
    sources = [s.strip() for s in args.sources.split(",") if s.strip()]
    if any(s not in SOURCES for s in sources):
        parser.error(f"unknown source in {sources}; known: {', '.join(SOURCES)}")
    overlay_modes = {"off": [False], "on": [True], "both": [False, True]}[args.overlays]
    canvas_modes = [m.strip() for m in args.canvases.split(",") if m.strip()]
    if any(m not in ("one", "both") for m in canvas_modes):
        parser.error(f"--canvases takes one and/or both, not {args.canvases!r}")
    tools = (
        [args.only] if args.only else ["ffmpeg", "studio", *([] if args.no_floor else ["floor"])]
    )
    if "studio" in tools and studio_missing():
        print(f"benchmark: {studio_missing()}; only the ffmpeg half can run.", file=sys.stderr)

    env = environment()
    print(f"{env['ffmpeg_cli']} | PyAV {env['pyav']} (libavcodec {env['pyav_ffmpeg']}) | "
          f"{env['cpus']} CPUs | {args.seconds:g} s per run, real time")  # fmt: skip
    rows: list[dict] = []
    all_runs: list[Run] = []
    plan = [
        Row(p, s, o, m == "both")
        for p in profiles
        for s in sources
        for o in overlay_modes
        for m in canvas_modes
    ]
    with tempfile.TemporaryDirectory(prefix="studio-bench-") as tmp:
        workdir = Path(tmp)
        with NginxRtmp(workdir / "nginx") as server:
            bench = Bench(server, args.seconds, workdir)
            startup = bench.startup_cpu() if "studio" in tools else None
            for row in plan:
                runs: list[Run] = []
                for n in range(args.repeat):
                    row_tools = [t for t in tools if not (row.both and t == "floor")]
                    group = [getattr(bench, tool)(row, n) for tool in row_tools]
                    runs += group
                    for r in group:
                        state = "ok" if r.ok else f"FAILED: {r.error}"
                        print(f"  {r.tool:<6} {row.label} #{n}: {r.frames} frames, "
                              f"{r.cpu_s:.2f} s CPU, {r.wall_s:.1f} s wall, {state}",
                              file=sys.stderr)  # fmt: skip
                rows.append(summarise(row, runs, startup, args.seconds))
                if row.both:
                    rows[-1]["advice"] = load_advice_for(row.profile)
                all_runs += runs
    print()
    print_table(rows, startup)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "seconds": args.seconds,
                    "environment": env,
                    "studio_startup_cpu_s": startup,
                    "results": rows,
                    "runs": [asdict(r) for r in all_runs],
                },
                indent=2,
            )
            + "\n"
        )
    return 0 if all(r.ok for r in all_runs) else 1


if __name__ == "__main__":
    sys.exit(main())
