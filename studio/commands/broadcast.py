"""`studio broadcast`: a headless show, the same engine the window drives."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio import i18n
from studio.canvases import CANVASES, Canvas, Orientation, canvas
from studio.capture.silence import SILENCE_AFTER_S, WatchedAudio
from studio.capture.specs import SPEC_HELP, is_live_device, open_sources
from studio.capture.switcher import SwitchableVideo
from studio.engine.events import Failure
from studio.engine.pipeline import CanvasConfig, Pipeline, PipelineConfig
from studio.engine.program import ScenePlayer
from studio.engine.stats import OutputKind, PipelineStats
from studio.errors import UsageError
from studio.media.fit import FIT_HELP, VideoFit, parse_fit
from studio.media.scenes import SceneSet, Transition, parse_transition
from studio.media.sources import AudioSource, VideoSource
from studio.redact import redact

if TYPE_CHECKING:  # the overlay scene pulls in Qt: imported only when a show has overlays
    from studio.overlays.slates import SlateCards
    from studio.session.layers import StudioLayers


def register(sub: Any) -> None:
    p = sub.add_parser(
        "broadcast",
        help=i18n._("stream camera/test sources to one or more RTMP destinations"),
        description=i18n._(
            "Capture, composite, encode once per canvas and push to every --url (the "
            "profile's canvas) and --vertical-url (its 9:16 twin); optional recordings."
        ),
    )
    p.add_argument(
        "--video",
        default=None,
        help=i18n._("video source: {SPEC_HELP} (default: test)").format(SPEC_HELP=SPEC_HELP),
    )
    p.add_argument(
        "--audio",
        default=None,
        help=i18n._("audio source: {SPEC_HELP} (default: test)").format(SPEC_HELP=SPEC_HELP),
    )
    p.add_argument(
        "--no-audio-track",
        action="store_true",
        help=i18n._(
            "with --audio none, send video only (by default a silent audio track is sent: "
            "YouTube and Facebook need one)"
        ),
    )
    p.add_argument(
        "--video-fit",
        default="fit",
        metavar="FIT",
        help=i18n._(
            "how the video source fills the canvas: {FIT_HELP} (default: fit, with bars)"
        ).format(FIT_HELP=FIT_HELP),
    )
    p.add_argument(
        "--vertical-fit",
        default=None,
        metavar="FIT",
        help="how the video source fills the vertical canvas (default: fill beside a "
        "horizontal canvas, cropped around the centre; alone, --video-fit)",
    )
    p.add_argument(
        "--url",
        action="append",
        default=[],
        help="rtmp:// or rtmps:// destination of the --profile's canvas, horizontal unless the "
        "profile is a vertical one (repeatable)",
    )
    p.add_argument(
        "--vertical-url",
        action="append",
        default=[],
        metavar="URL",
        help=i18n._(
            "a destination of the vertical (9:16) canvas at the --profile's quality, encoded "
            "once beside the horizontal one from the same sources (repeatable)"
        ),
    )
    p.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="NAME",
        help=i18n._("a saved destination (key from the keyring; see studio destinations)"),
    )
    p.add_argument(
        "--duration", type=float, default=None, help=i18n._("seconds; default: until Ctrl-C")
    )
    p.add_argument(
        "--profile", default="720p30", help=i18n._("one of {join}").format(join=", ".join(CANVASES))
    )
    p.add_argument(
        "--bitrate", type=int, default=None, help=i18n._("video kbps (default per profile)")
    )
    p.add_argument(
        "--encoder", default="auto", help=i18n._("auto or an encoder name (see studio devices)")
    )
    p.add_argument(
        "--record",
        type=Path,
        default=None,
        help=i18n._("also record the --url canvas to FILE (.mkv/.mp4)"),
    )
    p.add_argument(
        "--record-vertical",
        type=Path,
        default=None,
        metavar="FILE",
        help=i18n._("also record the vertical canvas to FILE (.mkv or .mp4)"),
    )
    p.add_argument(
        "--silence-warning",
        type=float,
        default=SILENCE_AFTER_S,
        metavar="SECONDS",
        help=i18n._(
            "warn when the audio is silent (below -50 dBFS, or muted) for this long; 0: never"
        ),
    )
    p.add_argument(
        "--stats-json", type=Path, default=None, help=i18n._("write final stats to FILE")
    )
    p.add_argument(
        "--retry",
        action="store_true",
        help=i18n._("keep retrying even if the first connection fails"),
    )
    p.add_argument(
        "--backlog", type=float, default=5.0, help=i18n._("seconds kept while reconnecting")
    )
    sc = p.add_argument_group(i18n._("scenes (instead of --video/--audio; docs/scenes.md)"))
    sc.add_argument(
        "--scenes",
        type=Path,
        default=None,
        metavar="FILE",
        help=i18n._("a scene set (JSON): sources + scenes"),
    )
    sc.add_argument("--scene", default=None, metavar="NAME", help=i18n._("the scene on air first"))
    sc.add_argument(
        "--switch",
        action="append",
        default=[],
        metavar="SECONDS:NAME",
        help=i18n._("switch to scene NAME that many seconds into the show (repeatable)"),
    )
    sc.add_argument(
        "--transition",
        default=None,
        metavar="cut|fade[:MS]",
        help=i18n._("how --switch changes scenes (default: the scene set's)"),
    )
    o = p.add_argument_group(i18n._("overlays (a headless overlay show)"))
    o.add_argument("--catalog", type=Path, default=None, help=i18n._("products, CSV or JSON"))
    o.add_argument("--pin", metavar="SKU", default=None, help=i18n._("product card to show"))
    o.add_argument(
        "--countdown", type=float, default=None, help=i18n._("flash-sale countdown, seconds")
    )
    o.add_argument("--theme", default="default", help=i18n._("theme name or folder"))
    o.add_argument("--title", default=None, help=i18n._("show title for the lower third"))
    p.set_defaults(func=run)


def build_overlays(args: argparse.Namespace, width: int, height: int) -> StudioLayers | None:
    """The overlay scene for --catalog/--pin/--title/--countdown on the session's scene clock
    (the same one the window uses), or None when no overlay was asked for."""
    if args.catalog is None and args.pin is None and args.title is None and args.countdown is None:
        return None
    if args.pin is not None and args.catalog is None:
        raise UsageError(
            i18n._("--pin needs --catalog."), i18n._("Give the products file with --catalog FILE.")
        )
    if args.countdown is not None and args.countdown <= 0:
        raise UsageError(i18n._("--countdown must be a positive number of seconds."))
    from studio.overlays.scene import OverlayScene
    from studio.overlays.theme import load_theme
    from studio.session.layers import StudioLayers
    from studio.show.catalog import pick_product

    theme = load_theme(args.theme)
    product = pick_product(args.catalog, args.pin) if args.catalog is not None else None
    scene = OverlayScene(width, height, theme)
    if product is not None:
        scene.set_pinned(product)
    if args.title:
        scene.set_show_title(args.title)
    return StudioLayers(scene, None, width, height)


def status_line(stats: PipelineStats) -> str:
    """One line for a terminal: time, rates, the three loss counts, the state, the slow part."""
    parts = [
        f"{stats.duration_s:7.1f}s",
        f"{stats.fps:5.1f} fps",
        f"{stats.bitrate_recent_kbps:6.0f} kbps",
        f"dropped {stats.frames_dropped}",
        f"skipped {stats.frames_skipped}",
        f"lagged {stats.frames_lagged}",
        stats.describe_state(),
    ]
    if stats.slow_part is not None:
        parts.append(f"slow: {stats.slow_part.advice}")
    return redact(" | ".join(parts))


def output_problems(stats: PipelineStats) -> list[str]:
    """What went wrong per output at the end of a show, one line each ('NAME: what'): an
    output that failed, or a stream that was retried all show and never got through."""
    found = []
    for o in stats.outputs:
        if o.error is not None:
            found.append(f"{o.name}: {o.error}")
        elif o.kind is OutputKind.STREAM and not o.reached:
            last = o.last_error.message if o.last_error is not None else i18n._("it never answered")
            found.append(
                i18n._("{name}: The stream never reached this destination. Last: {last}").format(
                    name=o.name, last=last
                )
            )
    return found


class ShowCanvas:
    """One canvas of a headless show as the command line asked for it: its destinations,
    its recording and how the video fills it."""

    def __init__(self, shape: Canvas, fit: VideoFit) -> None:
        self.shape = shape
        self.fit = fit
        self.urls: list[str] = []
        self.record: Path | None = None
        self.overlays: StudioLayers | None = None

    @property
    def used(self) -> bool:
        """True when something is sent or recorded from this canvas."""
        return bool(self.urls) or self.record is not None


def plan_canvases(args: argparse.Namespace) -> list[ShowCanvas]:
    """The show's canvases, the main one first: the --profile's canvas (--url, --record,
    saved destinations of its orientation) and its twin of the other orientation when
    something goes there (--vertical-url, --record-vertical, saved destinations). Raises
    UsageError (unknown profile, bad fit, a saved destination that is missing, two
    recordings of one canvas)."""
    shape = canvas(args.profile)  # UnsupportedProfile names the known ones
    video_fit = parse_fit(args.video_fit)
    vertical_fit = parse_fit(args.vertical_fit) if args.vertical_fit is not None else None
    by_shape = {o: ShowCanvas(shape.turned(o), video_fit) for o in Orientation}
    first = by_shape[shape.orientation]
    first.urls += args.url
    first.record = args.record
    tall = by_shape[Orientation.PORTRAIT]
    tall.urls += args.vertical_url
    if args.record_vertical is not None:
        if tall.record is not None:
            raise UsageError(
                i18n._("--record and --record-vertical both record the vertical canvas here."),
                i18n._("With a vertical --profile, --record is the vertical recording."),
            )
        tall.record = args.record_vertical
    if args.to:
        from studio.commands.destinations import resolve

        for url, orientation in resolve(args.to):
            (first if orientation is None else by_shape[orientation]).urls.append(url)
    used = [c for c in (first, *by_shape.values()) if c.used]
    show = list(dict.fromkeys(used)) or [first]  # the profile's canvas first
    if tall in show:
        tall.fit = vertical_fit or (parse_fit("fill") if len(show) > 1 else video_fit)
    return show


def _canvas_layers(
    args: argparse.Namespace, c: ShowCanvas, video: VideoSource | None, live_device: bool
) -> StudioLayers | None:
    """One canvas's overlay scene (see `build_overlays`); with a live device, at least the
    'be right back' card (the same wrapper and card as the window's)."""
    w, h = c.shape.size
    overlays = build_overlays(args, w, h)
    if not live_device:
        return overlays
    from studio.session.layers import StudioLayers

    assert isinstance(video, SwitchableVideo)
    if overlays is None:
        from studio.overlays.scene import OverlayScene
        from studio.overlays.theme import load_theme

        scene = OverlayScene(w, h, load_theme(args.theme))  # empty
    else:
        scene = overlays.scene
    return StudioLayers(scene, video, w, h)


def read_scene_set(path: Path) -> SceneSet:
    """A scene set from a JSON file (media/scenes.py's format). Raises UsageError (message +
    hint) for a file that is missing, not JSON, or not a valid scene set."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(
            i18n._("The scene file {path} does not exist.").format(path=path),
            i18n._("Check --scenes."),
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(
            i18n._("The scene file {name} can't be read ({exc}).").format(name=path.name, exc=exc),
            i18n._("It must be a JSON scene set."),
        ) from None
    return SceneSet.from_json(data, where=path.name)


def plan_switches(args: argparse.Namespace, scenes: SceneSet) -> list[tuple[float, str]]:
    """--switch SECONDS:NAME → [(seconds, scene name)] in time order. UsageError when a
    time or name is wrong."""
    out = []
    for text in args.switch:
        at, sep, name = text.partition(":")
        try:
            seconds = float(at)
        except ValueError:
            seconds = -1.0
        if not sep or seconds < 0:
            raise UsageError(
                i18n._("--switch {text!r} is not understood.").format(text=text),
                i18n._("Use SECONDS:NAME, e.g. 30:Camera."),
            )
        out.append((seconds, scenes.scene(name).name))
    return sorted(out)


def run(args: argparse.Namespace) -> int:
    if args.scenes is not None and (args.video is not None or args.audio is not None):
        raise UsageError(
            i18n._("--scenes replaces --video and --audio."),
            i18n._("Put the camera, microphone and files in the scene set's sources."),
        )
    if args.scenes is None and (args.scene or args.switch or args.transition):
        raise UsageError(i18n._("--scene, --switch and --transition need --scenes FILE."))
    args.video = args.video or "test"
    args.audio = args.audio or "test"
    if args.duration is not None and args.duration <= 0:
        raise UsageError(i18n._("--duration must be a positive number of seconds."))
    if args.bitrate is not None and not 200 <= args.bitrate <= 50000:
        raise UsageError(i18n._("--bitrate must be between 200 and 50000 kbps."))
    show = plan_canvases(args)
    if args.silence_warning < 0:
        raise UsageError(i18n._("--silence-warning must be 0 (off) or a number of seconds."))
    if args.no_audio_track and args.audio != "none":
        raise UsageError(
            i18n._("--no-audio-track only applies with --audio none."),
            i18n._("Use --audio none --no-audio-track for a video-only stream."),
        )
    fit = show[0].fit  # the sources decode for the main canvas; the other fits again
    player: ScenePlayer | None = None
    slates: SlateCards | None = None
    switches: list[tuple[float, str]] = []
    transition: Transition | None = None
    video: VideoSource | None
    audio: AudioSource | None
    if args.scenes is not None:
        scene_set = read_scene_set(args.scenes)
        switches = plan_switches(args, scene_set)
        transition = parse_transition(args.transition) if args.transition else None
        from studio.overlays.slates import SlateCards

        slates = SlateCards(args.title or "")
        player = ScenePlayer(scene_set, args.scene, slates=slates)
        video, audio = player, player.audio
    else:
        video, audio = open_sources(args.video, args.audio, fit)
    live_device = player is None and video is not None and is_live_device(args.video)
    if video is not None and live_device:
        # A camera or screen that fails mid-show is reopened with back-off; viewers see the
        # 'be right back' card meanwhile (the same wrapper and card as the window's).
        video = SwitchableVideo(
            lambda: open_sources(args.video, "none", fit)[0],
            label=args.video,
            first=video,
            strict_start=True,
        )
    if args.video != "none":
        for c in show:
            c.overlays = _canvas_layers(args, c, video, live_device)
    if audio is not None:
        audio = WatchedAudio(audio, args.silence_warning)
    main = show[0]
    second = None
    if len(show) > 1:
        c = show[1]
        second = CanvasConfig(
            c.shape.name,
            urls=c.urls,
            record=c.record,
            overlays=c.overlays,
            fit=c.fit,
            video_kbps=args.bitrate,
        )
    config = PipelineConfig(
        overlays=main.overlays,
        profile=main.shape.name,
        video_kbps=args.bitrate,
        encoder=args.encoder,
        video=video,
        audio=audio,
        urls=main.urls,
        record=main.record,
        retry_first_connect=args.retry,
        silent_audio_track=not args.no_audio_track,
        backlog_s=args.backlog,
        second_canvas=second,
    )
    pipeline = Pipeline(config)
    scenes = [c.overlays for c in show if c.overlays is not None]
    stop = threading.Event()
    tty = sys.stdout.isatty()
    ended: list[Failure] = []

    def on_signal(signum: int, frame: object) -> None:
        stop.set()

    def on_failure(event: Failure) -> None:
        # The pipeline's event (on an output thread): nothing is left to send to.
        if event.ends_show:
            ended.append(event)
            stop.set()

    pipeline.on_failure(on_failure)
    old = signal.signal(signal.SIGINT, on_signal)
    old_term = signal.signal(signal.SIGTERM, on_signal)
    told: set[str] = set()
    device_lost: str | None = None
    scene_lost: dict[str, str] = {}  # scene sources (live devices) reopening, told once
    try:
        if args.countdown is not None:
            ends = time.time() + args.countdown
            for layers in scenes:
                layers.scene.start_countdown(ends, layers.now())
        for layers in scenes:  # each canvas's overlays drawn before the first frame
            layers.scene.wait_idle()
        pipeline.start()
        if player is not None:
            print(
                i18n._("studio: scene {program!r} on air.").format(program=player.program),
                file=sys.stderr,
            )
        while not stop.is_set():
            if args.duration is not None and pipeline.clock.now() >= args.duration:
                break
            while switches and player is not None and pipeline.clock.now() >= switches[0][0]:
                _, name = switches.pop(0)
                player.switch(name, transition)
                print(
                    i18n._("studio: switching to scene {name!r}.").format(name=name),
                    file=sys.stderr,
                )
            stats = pipeline.stats()
            notes = [str(w) for w in stats.warnings]
            if stats.suggestion is not None:
                notes.append(stats.suggestion.message)
            lost = getattr(video, "problem", None)  # a live device reopening
            if lost is None and device_lost is not None:
                told.discard(device_lost)  # a later loss is told again
                device_lost = None
                print(
                    i18n._("studio: {redact} is back.").format(redact=redact(args.video)),
                    file=sys.stderr,
                )
            elif lost is not None and device_lost is None:
                device_lost = str(lost)  # told once; the retries' own errors are logged
            if device_lost is not None:
                notes.append(device_lost)
            if player is not None:
                dropped = player.dropped()
                for sid in [k for k in scene_lost if k not in dropped]:
                    told.discard(scene_lost.pop(sid))
                    print(
                        i18n._("studio: the scene source {sid!r} is back.").format(sid=sid),
                        file=sys.stderr,
                    )
                for sid, why in dropped.items():
                    scene_lost.setdefault(sid, str(why))
                notes += list(scene_lost.values())
            for note in notes:
                if note not in told:  # each once, on stderr, tty or not
                    told.add(note)
                    sys.stdout.write("\r\x1b[2K" if tty else "")
                    print(i18n._("studio: {redact}").format(redact=redact(note)), file=sys.stderr)
            if tty:
                sys.stdout.write("\r\x1b[2K" + status_line(stats))
                sys.stdout.flush()
            stop.wait(0.1 if switches else 0.5)
    finally:
        signal.signal(signal.SIGINT, old)
        signal.signal(signal.SIGTERM, old_term)
        pipeline.stop()
        for layers in scenes:
            layers.scene.close()
        if slates is not None:
            slates.close()
        stats = pipeline.stats()
        if tty:
            sys.stdout.write("\r\x1b[2K" + status_line(stats) + "\n")
        if args.stats_json is not None:
            args.stats_json.write_text(redact(json.dumps(stats.to_json(), indent=2)) + "\n")
    error = ended[0].error if ended else pipeline.fatal_error()
    if error is not None:
        raise error
    problems = output_problems(stats)
    for line in problems:
        if line not in told:
            print(i18n._("studio: {redact}").format(redact=redact(line)), file=sys.stderr)
    return 1 if problems else 0
