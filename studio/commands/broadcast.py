"""`studio broadcast`: a headless show, the same engine the window drives."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from studio.capture.silence import SILENCE_AFTER_S, WatchedAudio
from studio.capture.specs import SPEC_HELP, open_sources
from studio.engine.outputs.rtmp import RtmpOutput
from studio.engine.pipeline import PROFILES, Pipeline, PipelineConfig
from studio.errors import OutputError, UsageError
from studio.media.fit import FIT_HELP, parse_fit
from studio.redact import redact
from studio.session.layers import StudioLayers


def register(sub: Any) -> None:
    p = sub.add_parser(
        "broadcast",
        help="stream camera/test sources to one or more RTMP destinations",
        description="Capture, composite, encode once and push to every --url; optional recording.",
    )
    p.add_argument("--video", default="test", help=f"video source: {SPEC_HELP} (default: test)")
    p.add_argument("--audio", default="test", help=f"audio source: {SPEC_HELP} (default: test)")
    p.add_argument(
        "--video-fit",
        default="fit",
        metavar="FIT",
        help=f"how the video source fills the canvas: {FIT_HELP} (default: fit, with bars)",
    )
    p.add_argument(
        "--url", action="append", default=[], help="rtmp:// or rtmps:// destination (repeatable)"
    )
    p.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="NAME",
        help="a saved destination (key from the keyring; see studio destinations)",
    )
    p.add_argument("--duration", type=float, default=None, help="seconds; default: until Ctrl-C")
    p.add_argument("--profile", default="720p30", help=f"one of {', '.join(PROFILES)}")
    p.add_argument("--bitrate", type=int, default=None, help="video kbps (default per profile)")
    p.add_argument("--encoder", default="auto", help="auto or an encoder name (see studio devices)")
    p.add_argument("--record", type=Path, default=None, help="also record to FILE (.mkv or .mp4)")
    p.add_argument(
        "--silence-warning",
        type=float,
        default=SILENCE_AFTER_S,
        metavar="SECONDS",
        help="warn when the audio is silent (below -50 dBFS, or muted) for this long; 0: never",
    )
    p.add_argument("--stats-json", type=Path, default=None, help="write final stats to FILE")
    p.add_argument(
        "--retry", action="store_true", help="keep retrying even if the first connection fails"
    )
    p.add_argument("--backlog", type=float, default=5.0, help="seconds kept while reconnecting")
    o = p.add_argument_group("overlays (a headless overlay show)")
    o.add_argument("--catalog", type=Path, default=None, help="products, CSV or JSON")
    o.add_argument("--pin", metavar="SKU", default=None, help="product card to show")
    o.add_argument("--countdown", type=float, default=None, help="flash-sale countdown, seconds")
    o.add_argument("--theme", default="default", help="theme name or folder")
    o.add_argument("--title", default=None, help="show title for the lower third")
    p.set_defaults(func=run)


def build_overlays(args: argparse.Namespace, width: int, height: int) -> StudioLayers | None:
    """The overlay scene for --catalog/--pin/--title/--countdown on the session's scene clock
    (the same one the window uses), or None when no overlay was asked for."""
    if args.catalog is None and args.pin is None and args.title is None and args.countdown is None:
        return None
    if args.pin is not None and args.catalog is None:
        raise UsageError("--pin needs --catalog.", "Give the products file with --catalog FILE.")
    if args.countdown is not None and args.countdown <= 0:
        raise UsageError("--countdown must be a positive number of seconds.")
    from studio.overlays.scene import OverlayScene
    from studio.overlays.theme import load_theme
    from studio.show.catalog import pick_product

    theme = load_theme(args.theme)
    product = pick_product(args.catalog, args.pin) if args.catalog is not None else None
    scene = OverlayScene(width, height, theme)
    if product is not None:
        scene.set_pinned(product)
    if args.title:
        scene.set_show_title(args.title)
    return StudioLayers(scene, None, width, height)


def status_line(stats: dict[str, Any]) -> str:
    parts = [
        f"{stats['duration_s']:7.1f}s",
        f"{stats['fps']:5.1f} fps",
        f"{stats['bitrate_recent_kbps']:6.0f} kbps",
        f"dropped {stats['frames_dropped']}",
        f"skipped {stats['frames_skipped']}",
        f"lagged {stats['frames_lagged']}",
        str(stats["state"]),
    ]
    if stats.get("slow_part"):
        parts.append(f"slow: {stats['slow_part']}")
    return redact(" | ".join(parts))


def run(args: argparse.Namespace) -> int:
    if args.duration is not None and args.duration <= 0:
        raise UsageError("--duration must be a positive number of seconds.")
    if args.bitrate is not None and not 200 <= args.bitrate <= 50000:
        raise UsageError("--bitrate must be between 200 and 50000 kbps.")
    if args.profile not in PROFILES:
        raise UsageError(
            f"The profile {args.profile!r} is not supported.", f"Use one of: {', '.join(PROFILES)}."
        )
    width, height = PROFILES[args.profile][:2]
    overlays = build_overlays(args, width, height) if args.video != "none" else None
    if args.to:
        from studio.commands.destinations import resolve

        args.url = [*args.url, *resolve(args.to)]
    if args.silence_warning < 0:
        raise UsageError("--silence-warning must be 0 (off) or a number of seconds.")
    video, audio = open_sources(args.video, args.audio, parse_fit(args.video_fit))
    if audio is not None:
        audio = WatchedAudio(audio, args.silence_warning)
    config = PipelineConfig(
        overlays=overlays,
        profile=args.profile,
        video_kbps=args.bitrate,
        encoder=args.encoder,
        video=video,
        audio=audio,
        urls=args.url,
        record=args.record,
        retry_first_connect=args.retry,
        backlog_s=args.backlog,
    )
    pipeline = Pipeline(config)
    stop = threading.Event()
    tty = sys.stdout.isatty()

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    old = signal.signal(signal.SIGINT, on_signal)
    old_term = signal.signal(signal.SIGTERM, on_signal)
    error = None
    told: set[str] = set()
    try:
        pipeline.start()
        if overlays is not None and args.countdown is not None:
            overlays.scene.start_countdown(time.time() + args.countdown, overlays.now())
        while not stop.is_set():
            if args.duration is not None and pipeline.clock.now() >= args.duration:
                break
            error = pipeline.fatal_error()
            if error is not None:
                break
            stats = pipeline.stats()
            for note in [*stats["warnings"], stats["suggestion"]]:
                if note and note not in told:  # each once, on stderr, tty or not
                    told.add(note)
                    sys.stdout.write("\r\x1b[2K" if tty else "")
                    print(f"studio: {redact(note)}", file=sys.stderr)
            if tty:
                sys.stdout.write("\r\x1b[2K" + status_line(stats))
                sys.stdout.flush()
            stop.wait(0.5)
    finally:
        signal.signal(signal.SIGINT, old)
        signal.signal(signal.SIGTERM, old_term)
        pipeline.stop()
        if overlays is not None:
            overlays.scene.close()
        stats = pipeline.stats()
        if tty:
            sys.stdout.write("\r\x1b[2K" + status_line(stats) + "\n")
        if args.stats_json is not None:
            args.stats_json.write_text(redact(json.dumps(stats, indent=2)) + "\n")
    if error is None:
        error = pipeline.fatal_error()
    if error is not None:
        raise error
    for o in pipeline.outputs:
        if isinstance(o, RtmpOutput) and not o.ever_live and o.fatal is None:
            # Retried all show long and never got through: that is a failure too.
            detail = o.status().detail or "it never answered"
            o.fatal = OutputError(f"The stream never reached this destination. Last: {detail}")
    failed = [o for o in pipeline.outputs if o.fatal is not None]
    for o in failed:
        if f"{o.label}: {o.fatal}" not in told:
            print(f"studio: {redact(f'{o.label}: {o.fatal}')}", file=sys.stderr)
    return 1 if failed else 0
