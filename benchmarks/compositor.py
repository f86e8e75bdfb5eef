"""Compositing cost per frame: our YUV-plane blending against the naive RGB route; and a show
with scenes (issue 19) against the ffmpeg CLI composing the same picture.

Prints, for 720p and 1080p, the CPU time per output frame of the compositor with no layers,
with 3 and 8 overlay-sized layers standing still, and with 4 while a card slides and fades
(the 250 ms animations); next to the reference a straightforward
implementation would pay: blend in RGB with numpy, then convert the frame to yuv420p.

    .venv/bin/python benchmarks/compositor.py [--frames 300]

`--scenes` runs the issue's case instead: two cameras and a screen (generated H.264 clips
standing in: 1280x720 cameras, a 1920x1080 screen, looped) composed in one scene (the screen
full, a camera in the top-right corner, the other bottom-left) with the 3 shop overlays (the
product card, the lower third, the countdown), at 1080p30, in real time, encoded (libx264
veryfast/zerolatency CBR, AAC) and sent to a private nginx-rtmp: `studio broadcast --scenes`
against the ffmpeg CLI doing the same `overlay` graph (each clip decoded, the cameras scaled to
their boxes, overlaid on the screen, the card and lower third as PNGs, the countdown with
`drawtext`). CPU (user + sys of each process) per frame; target <= 0.85x ffmpeg, 0 lagged.

    .venv/bin/python benchmarks/compositor.py --scenes [--seconds 20] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import av
import numpy as np

from studio.engine.compositor import Compositor
from studio.media.layers import Layer

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pipeline as pl  # (benchmarks/pipeline.py: its ffmpeg and nginx helpers)


def overlay_set(w: int, h: int) -> list[Layer]:
    """Eight overlay-sized layers, in the order a busy show stacks them."""
    rng = np.random.default_rng(0)

    def layer(key: str, lw: int, lh: int, x: int, y: int, z: int) -> Layer:
        a = rng.integers(0, 256, (lh, lw, 4), dtype=np.uint8)
        a[..., 3] = 255
        a[: lh // 8, :, 3] = 128  # a soft edge, like a shadow
        a[..., :3] = (a[..., :3].astype(np.uint16) * a[..., 3:4] // 255).astype(np.uint8)
        return Layer(key, a, x=x, y=y, z=z)

    s = h / 1080
    return [
        layer("card", int(520 * s), int(700 * s), int(w - 600 * s), int(300 * s), 3),
        layer("countdown", int(330 * s), int(170 * s), int(w - 400 * s), int(50 * s), 4),
        layer("lower-third", int(700 * s), int(110 * s), int(80 * s), int(h - 190 * s), 2),
        layer("toast", int(620 * s), int(90 * s), int(80 * s), int(60 * s), 5),
        layer("supporters", int(560 * s), int(70 * s), int(80 * s), int(170 * s), 5),
        layer("logo", int(180 * s), int(80 * s), int(w / 2 - 90 * s), int(40 * s), 6),
        layer("comment", int(640 * s), int(120 * s), int(80 * s), int(h - 360 * s), 6),
        layer("frame", int(w - 40 * s), int(24 * s), int(20 * s), int(h - 40 * s), 1),
    ]


def cpu() -> float:
    return time.process_time()


def run(w: int, h: int, frames: int) -> dict[str, float]:
    src = av.VideoFrame.from_ndarray(
        np.random.default_rng(1).integers(0, 256, (h, w, 3), dtype=np.uint8), "rgb24"
    ).reformat(format="yuv420p")
    layers = overlay_set(w, h)
    comp = Compositor(w, h)
    out: dict[str, float] = {}

    t = cpu()
    for _ in range(frames):
        comp.compose(src, [])
    out["no layers"] = (cpu() - t) / frames * 1000

    for n in (3, 8):
        t = cpu()
        for _ in range(frames):
            comp.compose(src, layers[:n])
        out[f"{n} layers, still"] = (cpu() - t) / frames * 1000

    t = cpu()
    card = layers[0]
    for i in range(frames):
        k = (i % 8) / 8  # a 250 ms slide + fade, over and over
        moving = Layer(card.key, card.rgba, x=card.x + int(200 * (1 - k)), y=card.y,
                       z=card.z, opacity=k)  # fmt: skip
        comp.compose(src, [moving, *layers[1:]])
    out["4 layers, card animating"] = (cpu() - t) / frames * 1000

    # Reference: blend in RGB (float), then convert the whole frame for the encoder.
    rgb = src.to_ndarray(format="rgb24")
    n = max(10, frames // 10)
    t = cpu()
    for _ in range(n):
        f = rgb.astype(np.float32)
        for layer in layers[:3]:
            a = layer.rgba[..., 3:4].astype(np.float32) / 255
            region = f[layer.y : layer.y + layer.height, layer.x : layer.x + layer.width]
            region *= 1 - a
            region += layer.rgba[..., :3]
        av.VideoFrame.from_ndarray(f.astype(np.uint8), "rgb24").reformat(format="yuv420p")
    out["reference: RGB blend (3 layers) + convert"] = (cpu() - t) / n * 1000
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frames", type=int, default=300)
    ap.add_argument("--scenes", action="store_true", help="the issue-19 show, against ffmpeg")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    if args.scenes:
        scenes_case(args.seconds, args.runs)
        return
    print(f"{'case':34} {'720p ms/frame':>14} {'1080p ms/frame':>15}")
    r720, r1080 = run(1280, 720, args.frames), run(1920, 1080, args.frames)
    for case in r720:
        print(f"{case:34} {r720[case]:14.3f} {r1080[case]:15.3f}")
    ref = "reference: RGB blend (3 layers) + convert"
    still = "3 layers, still"
    print(
        f"\n3 still layers at 1080p: {r1080[still]:.2f} ms per frame (target < 1 ms), "
        f"{r1080[still] / r1080[ref]:.2f}x the reference"
    )


# -- the issue-19 case: 2 cameras + a screen + 3 overlays at 1080p, against the ffmpeg CLI ------
PROFILE = "1080p30"
CAMERA_BOXES = ((0.70, 0.06, 0.25, 0.25), (0.05, 0.62, 0.25, 0.25))  # shares of the canvas


def _clip(path: Path, w: int, h: int, seconds: int, pattern: str) -> Path:
    """A moving H.264 clip (no sound) made by the ffmpeg CLI, kept between runs."""
    if not path.exists():
        subprocess.run(
            ["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi",
             "-i", f"{pattern}=size={w}x{h}:rate=30", "-t", str(seconds), "-c:v", "libx264",
             "-preset", "veryfast", "-crf", "20", "-g", "30", "-pix_fmt", "yuv420p", str(path)],
            check=True,
        )  # fmt: skip
    return path


def _scene_file(workdir: Path, clips: list[Path]) -> Path:
    from studio.media.scenes import FILL, FIT, Box, Item, Scene, SceneSet, Source, SourceKind

    cam1, cam2, screen = clips
    items = (
        Item("screen", Box(), FIT),
        *(Item(c, Box(*b), FILL) for c, b in zip(("cam-1", "cam-2"), CAMERA_BOXES, strict=True)),
    )
    scenes = SceneSet.build(
        [
            Source("cam-1", SourceKind.MEDIA, str(cam1)),
            Source("cam-2", SourceKind.MEDIA, str(cam2)),
            Source("screen", SourceKind.MEDIA, str(screen)),
            Source("mic", SourceKind.TONE),
        ],
        [Scene("Screen + two cameras", items, items, ("mic",))],
    )
    path = workdir / "scenes.json"
    path.write_text(json.dumps(scenes.to_json()))
    return path


def _ffmpeg_scene_cmd(clips: list[Path], images: list, seconds: float, url: str) -> list[str]:
    """The same picture by the ffmpeg CLI: three looped clips decoded, the cameras scaled to
    their boxes and overlaid on the screen, then the overlay graph of benchmarks/pipeline.py
    (the card and lower third as PNGs, the countdown with drawtext); the test tone's sound."""
    from studio.canvases import canvas
    from studio.media.scenes import Box

    c = canvas(PROFILE)
    inputs: list[str] = []
    for clip in (clips[2], clips[0], clips[1]):  # 0: the screen, 1, 2: the cameras
        inputs += ["-re", "-stream_loop", "-1", "-i", str(clip)]
    inputs += ["-re", "-f", "lavfi", "-i", pl.BEEPS]  # 3: the sound
    chain, last = [], "[0:v]"
    for i, b in enumerate(CAMERA_BOXES, start=1):
        x, y, w, h = Box(*b).pixels(c.width, c.height)
        chain.append(f"[{i}:v]scale={w}:{h}[cam{i}]")
        chain.append(f"{last}[cam{i}]overlay=x={x}:y={y}[s{i}]")
        last = f"[s{i}]"
    graph = pl.overlay_graph(images, c.height, first=4, audio="3:a")
    fc = graph.index("-filter_complex") + 1
    graph[fc] = ";".join(chain) + ";" + graph[fc].replace("[0:v]", last, 1)
    kbps = c.video_kbps
    return [
        "ffmpeg", "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error",
        *inputs, *graph, "-t", str(seconds),
        "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency",
        "-profile:v", "high", "-pix_fmt", "yuv420p",
        "-b:v", f"{kbps}k", "-minrate", f"{kbps}k", "-maxrate", f"{kbps}k",
        "-bufsize", f"{kbps}k", "-x264-params", "nal-hrd=cbr",
        "-g", str(c.fps * 2), "-keyint_min", str(c.fps * 2), "-sc_threshold", "0",
        "-c:a", "aac", "-ar", "48000", "-ac", "2", "-b:a", f"{pl.AUDIO_KBPS}k",
        "-f", "flv", url,
    ]  # fmt: skip


def scenes_case(seconds: float, runs: int) -> None:
    """Run the studio and the ffmpeg CLI in turn (`runs` times each), print the table."""
    from studio.canvases import canvas
    from studio.sandbox.nginx_rtmp import NginxRtmp

    c = canvas(PROFILE)
    workdir = Path(tempfile.mkdtemp(prefix="bench-scenes-"))
    os.chmod(workdir, 0o755)
    clips = [
        _clip(workdir / "cam-1.mp4", 1280, 720, 4, "testsrc2"),
        _clip(workdir / "cam-2.mp4", 1280, 720, 4, "smptehdbars"),
        _clip(workdir / "screen.mp4", 1920, 1080, 4, "testsrc2"),
    ]
    scene_file = _scene_file(workdir, clips)
    images = pl.render_overlays(PROFILE, workdir)
    rows: list[tuple[str, float, int, int, int, float]] = []
    with NginxRtmp(workdir / "nginx") as server:
        for n in range(runs):
            key = f"ffmpeg-{n}"
            rc, cpu_s, wall = pl.run_child(
                _ffmpeg_scene_cmd(clips, images, seconds, server.url(key)),
                seconds * 3 + 60,
                workdir / f"{key}.log",
            )
            frames = pl.take_recording_frames(server, key)
            if rc != 0 or not frames:
                raise SystemExit(f"ffmpeg failed: {pl.log_tail(workdir / f'{key}.log')}")
            rows.append(("ffmpeg CLI", 1000 * cpu_s / frames, frames, 0, 0, wall))
            key = f"studio-{n}"
            stats_path = workdir / f"{key}.json"
            cmd = [
                sys.executable, "-m", "studio.cli", "broadcast", "--scenes", str(scene_file),
                "--profile", PROFILE, "--bitrate", str(c.video_kbps),
                "--duration", str(seconds), "--url", server.url(key),
                "--stats-json", str(stats_path), *pl.OVERLAY_ARGS,
            ]  # fmt: skip
            rc, cpu_s, wall = pl.run_child(cmd, seconds * 3 + 60, workdir / f"{key}.log")
            pl.take_recording_frames(server, key)
            if rc != 0:
                raise SystemExit(f"studio failed: {pl.log_tail(workdir / f'{key}.log')}")
            st = json.loads(stats_path.read_text())
            frames = int(st["frames_encoded"])
            rows.append(
                ("studio --scenes", 1000 * cpu_s / frames, frames,
                 int(st["frames_skipped"]), int(st["frames_lagged"]), wall)
            )  # fmt: skip
        # The studio CLI's start-up (interpreter, imports, parsing), to show it apart.
        rc, startup_s, _ = pl.run_child(
            [sys.executable, "-m", "studio.cli", "broadcast", "--help"], 60,
            workdir / "startup.log",
        )  # fmt: skip
    print(f"1080p30, 2 cameras + screen + 3 overlays, {seconds:.0f} s in real time")
    if rc == 0:
        print(f"(the studio's start-up: {startup_s:.2f} s CPU, in its figures below)")
    head = ("tool", "ms CPU/frame", "frames", "skipped", "lagged", "wall s")
    print(f"{head[0]:18} {head[1]:>13} {head[2]:>7} {head[3]:>8} {head[4]:>7} {head[5]:>7}")
    for tool, ms, frames, skipped, lagged, wall in rows:
        print(f"{tool:18} {ms:13.2f} {frames:7d} {skipped:8d} {lagged:7d} {wall:7.1f}")
    ff = statistics.median(r[1] for r in rows if r[0] == "ffmpeg CLI")
    st_ms = statistics.median(r[1] for r in rows if r[0] != "ffmpeg CLI")
    print(f"\nstudio / ffmpeg: {st_ms / ff:.2f} (target <= 0.85, with 0 lagged frames)")
    if rc == 0:
        studio_rows = [r for r in rows if r[0] != "ffmpeg CLI"]
        without = statistics.median(r[1] - 1000 * startup_s / r[2] for r in studio_rows)
        print(f"without its start-up: {without:.2f} ms CPU/frame, {without / ff:.2f}x ffmpeg")


if __name__ == "__main__":
    main()
