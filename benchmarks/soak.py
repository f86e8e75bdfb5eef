"""Soak: a long 720p30 show with overlays changing, to a private nginx-rtmp, watched per minute.

Leaks and drifts only show over hours, so this runs the real engine for N minutes (default
120) with a live-commerce overlay load: the pinned product changes every 20 s, the flash-sale
countdown restarts every 60 s, an order toast arrives every 3 s (a burst of five each minute,
merged by the scene), the supporters board changes every 30 s. Every minute it prints the
process's resident memory, open file descriptors and threads, the frames encoded / dropped
(network) / skipped (encoder) / lagged (compositor) in that minute, the A/V offset and the
bitrate; at the end, growth per hour of memory, descriptors and threads, fitted over the
minutes after warm-up, and the worst A/V offset drift.

    .venv/bin/python benchmarks/soak.py --minutes 120 [--profile 720p30] [--audio test|mic]
        [--record] [--json OUT]

(--audio mic reads the default microphone: run it inside scripts/with-services here.)

Figures are from one shared machine: compare growth rates, not absolute numbers.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from studio.canvases import CANVASES, canvas  # noqa: E402
from studio.capture.testpattern import TestPatternSource, TestToneSource  # noqa: E402
from studio.engine.pipeline import Pipeline, PipelineConfig  # noqa: E402
from studio.engine.stats import PipelineStats  # noqa: E402
from studio.overlays.models import OrderAlert, Supporter  # noqa: E402
from studio.overlays.scene import OverlayScene  # noqa: E402
from studio.sandbox.nginx_rtmp import NginxRtmp  # noqa: E402
from studio.show.catalog import load_catalog  # noqa: E402

BUYERS = ["Mia", "Jun", "Aroha", "Léa", "Omar", "Sofía", "Kenji", "Zanele", "Priya", "Noah"]
CITIES = ["Taipei", "Lagos", "Lyon", "Seoul", None, "Austin", "Recife"]
WARMUP_MIN = 2  # the first minutes fill caches and pools: not growth
MIN_FIT = 10  # fewer steady minutes than this give no meaningful growth rate


@dataclass
class Minute:
    minute: int
    rss_mb: float
    fds: int
    threads: int
    encoded: int
    dropped: int
    skipped: int
    lagged: int
    av_offset_ms: float
    kbps: float
    cpu_percent: float
    state: str


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc; ru_maxrss where there is no /proc."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def open_fds() -> int:
    for d in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(d))
        except OSError:
            continue
    return -1


def native_threads() -> int:
    """OS threads (Python's plus FFmpeg's and Qt's), not only threading.active_count()."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1])
    except OSError:
        pass
    return threading.active_count()


def slope_per_hour(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (minute, value), per hour."""
    if len(points) < 2:
        return 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    var = sum((x - mx) ** 2 for x, _ in points)
    if var == 0:
        return 0.0
    return 60.0 * sum((x - mx) * (y - my) for x, y in points) / var


class ShowDriver(threading.Thread):
    """Changes the overlays the way a busy live-commerce show does."""

    def __init__(self, scene: OverlayScene, pipeline: Pipeline, products: list[Any]) -> None:
        super().__init__(name="soak-driver", daemon=True)
        self.scene, self.pipeline, self.products = scene, pipeline, products
        self.stop_evt = threading.Event()
        self.pins = self.countdowns = self.orders = 0
        self.rng = random.Random(7)

    def run(self) -> None:
        cycle = itertools.cycle(self.products)
        for second in itertools.count():
            if self.stop_evt.wait(0 if second == 0 else 1.0):
                return
            if second % 20 == 0:
                self.scene.set_pinned(next(cycle), sold=self.rng.randint(0, 5000))
                self.pins += 1
            if second % 60 == 0:
                self.scene.start_countdown(time.time() + 45, self.pipeline.clock.now())
                self.countdowns += 1
            if second % 30 == 0:
                self.scene.set_supporters(
                    [Supporter(b, self.rng.randint(10, 99_999)) for b in BUYERS[:5]]
                )
            burst = 5 if second % 60 == 30 else (1 if second % 3 == 0 else 0)
            for _ in range(burst):
                p = self.rng.choice(self.products)
                self.scene.push_order(
                    OrderAlert(
                        self.rng.choice(BUYERS),
                        p.title,
                        self.rng.randint(1, 3),
                        self.rng.choice(CITIES),
                    )
                )
                self.orders += 1


def audio_source(kind: str) -> Any:
    """The test tone, or the default microphone: with a real device clock the A/V offset
    (video age minus the audio ring's clock error) shows drift; the tone has none by design."""
    if kind == "mic":
        from studio.capture.devices import MicSource

        return MicSource("default")
    return TestToneSource()


def run(minutes: float, profile: str, record: bool, audio: str = "test") -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="studio-soak-"))
    # nginx keeps nothing on disk: two hours of 720p would be gigabytes of FLV.
    ingest = NginxRtmp(work / "nginx", record=False).start()
    catalog = load_catalog(ROOT / "assets" / "demo" / "catalog.csv")
    width, height = canvas(profile).size
    scene = OverlayScene(width, height, "default")
    scene.set_show_title("Soak test", "benchmarks/soak.py")
    pipeline = Pipeline(
        PipelineConfig(
            profile=profile,
            video=TestPatternSource(),
            audio=audio_source(audio),
            urls=[ingest.url("soak")],
            record=work / "soak.mkv" if record else None,
            overlays=scene,
        )
    )
    rows: list[Minute] = []
    header = (
        f"{'min':>4} {'RSS MB':>7} {'fds':>4} {'thr':>4} {'enc':>5} {'drop':>5} {'skip':>5} "
        f"{'lag':>4} {'A/V ms':>7} {'kbps':>6} {'CPU%':>5}  state"
    )
    driver = ShowDriver(scene, pipeline, list(catalog.products))
    pipeline.start()
    driver.start()
    print(
        f"soak: {minutes:g} min of {profile} ({audio} audio) to nginx-rtmp with changing overlays "
        f"(python {platform.python_version()}, {os.cpu_count()} cores)"
    )
    print(header, flush=True)
    start = time.monotonic()
    last = PipelineStats()
    last_bytes, last_t = 0, start
    try:
        for m in itertools.count(1):
            deadline = start + 60 * min(m, minutes)
            while time.monotonic() < deadline:
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            s = pipeline.stats()
            out = s.outputs[0]
            now = time.monotonic()
            kbps = (out.bytes_sent - last_bytes) * 8 / 1000 / max(1e-6, now - last_t)
            row = Minute(
                minute=m,
                rss_mb=round(rss_mb(), 1),
                fds=open_fds(),
                threads=native_threads(),
                encoded=s.frames_encoded - last.frames_encoded,
                dropped=s.frames_dropped - last.frames_dropped,
                skipped=s.frames_skipped - last.frames_skipped,
                lagged=s.frames_lagged - last.frames_lagged,
                av_offset_ms=round(s.av_offset_ms, 2),
                kbps=round(kbps, 0),
                cpu_percent=round(s.cpu_percent, 1),
                state=s.describe_state(),
            )
            last = s
            last_bytes, last_t = out.bytes_sent, now
            rows.append(row)
            print(
                f"{row.minute:>4} {row.rss_mb:>7.1f} {row.fds:>4} {row.threads:>4} "
                f"{row.encoded:>5} {row.dropped:>5} {row.skipped:>5} {row.lagged:>4} "
                f"{row.av_offset_ms:>7.1f} {row.kbps:>6.0f} {row.cpu_percent:>5.1f}  {row.state}",
                flush=True,
            )
            if m >= minutes:
                break
    finally:
        driver.stop_evt.set()
        driver.join(5)
        pipeline.stop()
        scene.close()
        ingest.stop()
        if record:
            print(f"soak: the recording is in {work / 'soak.mkv'}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    final = pipeline.stats()
    return summarize(rows, final, driver, minutes, profile)


def summarize(
    rows: list[Minute], final: PipelineStats, driver: ShowDriver, minutes: float, profile: str
) -> dict[str, Any]:
    steady = [r for r in rows if r.minute > WARMUP_MIN] or rows
    lost = final.frames_dropped + final.frames_skipped + final.frames_lagged
    ticks = max(1, final.frames_encoded + final.frames_skipped + final.frames_lagged)
    offsets = [r.av_offset_ms for r in rows]
    summary = {
        "profile": profile,
        "minutes": minutes,
        "frames_encoded": final.frames_encoded,
        "frames_dropped": final.frames_dropped,
        "frames_skipped": final.frames_skipped,
        "frames_lagged": final.frames_lagged,
        "lost_percent": round(100 * lost / ticks, 3),
        "reconnects": final.reconnects,
        "rss_mb_start": steady[0].rss_mb,
        "rss_mb_end": rows[-1].rss_mb,
        "rss_mb_per_hour": round(slope_per_hour([(r.minute, r.rss_mb) for r in steady]), 1),
        "fds_start": steady[0].fds,
        "fds_end": rows[-1].fds,
        "fds_per_hour": round(slope_per_hour([(r.minute, r.fds) for r in steady]), 1),
        "threads_start": steady[0].threads,
        "threads_end": rows[-1].threads,
        "threads_per_hour": round(slope_per_hour([(r.minute, r.threads) for r in steady]), 1),
        "av_offset_ms_min": min(offsets),
        "av_offset_ms_max": max(offsets),
        "av_offset_drift_ms": round(max(offsets) - min(offsets), 1),
        "bitrate_kbps_mean": round(sum(r.kbps for r in rows) / len(rows), 0),
        "cpu_percent": round(final.cpu_percent, 1),
        "pins": driver.pins,
        "countdowns": driver.countdowns,
        "orders": driver.orders,
        "per_minute": [asdict(r) for r in rows],
    }
    print()
    print(f"summary after {minutes:g} min ({profile}, warm-up of {WARMUP_MIN} min excluded):")
    short = " (too few minutes for a rate: allocator noise)" if len(steady) < MIN_FIT else ""
    print(
        f"  RSS        {summary['rss_mb_start']:.1f} -> {summary['rss_mb_end']:.1f} MB "
        f"(range {min(r.rss_mb for r in steady):.1f}..{max(r.rss_mb for r in steady):.1f}), "
        f"growth {summary['rss_mb_per_hour']:+.1f} MB/hour{short}"
    )
    print(
        f"  fds        {summary['fds_start']} -> {summary['fds_end']}, "
        f"{summary['fds_per_hour']:+.1f}/hour;  threads {summary['threads_start']} -> "
        f"{summary['threads_end']}, {summary['threads_per_hour']:+.1f}/hour"
    )
    print(
        f"  frames     {summary['frames_encoded']} encoded, {summary['frames_dropped']} dropped, "
        f"{summary['frames_skipped']} skipped, {summary['frames_lagged']} lagged "
        f"({summary['lost_percent']} % lost), {summary['reconnects']} reconnects"
    )
    print(
        f"  A/V offset {summary['av_offset_ms_min']:.1f} .. {summary['av_offset_ms_max']:.1f} ms "
        f"(drift {summary['av_offset_drift_ms']:.1f} ms);  bitrate "
        f"{summary['bitrate_kbps_mean']:.0f} kbps;  CPU {summary['cpu_percent']:.0f} % of a core"
    )
    print(
        f"  overlays   {driver.pins} pins, {driver.countdowns} countdowns, "
        f"{driver.orders} order toasts"
    )
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=120.0)
    ap.add_argument("--profile", default="720p30", choices=list(CANVASES))
    ap.add_argument("--record", action="store_true", help="also record locally (MKV)")
    ap.add_argument(
        "--audio", choices=["test", "mic"], default="test", help="test tone or default microphone"
    )
    ap.add_argument("--json", type=Path, default=None, help="write the figures to this file")
    args = ap.parse_args()
    if args.minutes < 1:
        ap.error("--minutes must be at least 1")
    summary = run(args.minutes, args.profile, args.record, args.audio)
    if args.json is not None:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
