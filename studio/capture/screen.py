"""The screen (or a region of it) as a video source: a product page, slides, a demo.

Captured through FFmpeg's screen grabbers as a live input device: x11grab on Linux (the X
display in $DISPLAY), gdigrab on Windows, avfoundation on macOS. The region uses X11's
geometry syntax, `WxH+X+Y` (what `xwininfo` and `xrandr` print): `screen:1280x720+0+0` is the
top-left 1280×720 of the screen; `screen` alone is the whole screen; on X11, `screen:window=ID`
is one window (its X id, as `xwininfo` prints it: `0x3a00007`) wherever it moves (x11grab's
`window_id`; X keeps no picture of a covered part, so what covers it may show). Frames arrive
as BGR0 and are converted once to the canvas (capture/convert.py), placed by the source's fit.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass

import av

from studio import i18n
from studio.capture.devices import LiveVideoSource
from studio.errors import SourceError, UsageError
from studio.media.fit import VideoFit

log = logging.getLogger(__name__)

_GEOMETRY = re.compile(r"^(\d+)x(\d+)(?:\+(\d+)\+(\d+))?$")
_WINDOW = re.compile(r"^window=(0x[0-9a-fA-F]+|\d+)$")
REGION_HELP = "screen, screen:WxH+X+Y (e.g. screen:1280x720+0+0) or screen:window=0xID"


@dataclass(frozen=True)
class ScreenRegion:
    """A rectangle of the screen in pixels: size, then top-left corner."""

    width: int
    height: int
    x: int = 0
    y: int = 0

    def __str__(self) -> str:
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


def parse_region(text: str) -> ScreenRegion | None:
    """'' → None (the whole screen); 'WxH' or 'WxH+X+Y' → ScreenRegion. Raises UsageError."""
    text = text.strip()
    if not text:
        return None
    m = _GEOMETRY.match(text)
    if not m:
        raise UsageError(
            i18n._("The screen region {text!r} is not understood.").format(text=text),
            i18n._("Use {REGION_HELP}.").format(REGION_HELP=REGION_HELP),
        )
    w, h = int(m[1]), int(m[2])
    if w < 16 or h < 16:
        raise UsageError(
            i18n._("The screen region {text!r} is too small.").format(text=text),
            i18n._("Give at least 16×16 pixels."),
        )
    return ScreenRegion(w, h, int(m[3] or 0), int(m[4] or 0))


def parse_window(text: str) -> int | None:
    """'window=0x3a00007' (or a decimal id) → the X window id; anything else → None."""
    m = _WINDOW.match(text.strip())
    return int(m[1], 0) if m else None


def window_target(window_id: int) -> str:
    """The screen source target that captures X window `window_id` ('window=0x3a00007')."""
    return f"window={window_id:#x}"


@dataclass(frozen=True)
class XWindow:
    """A window on the X display that can be captured: its id, title and size in pixels."""

    id: int
    title: str
    width: int
    height: int


_TREE_LINE = re.compile(r'^\s*(0x[0-9a-f]+) "(.*)": \(.*\)\s+(\d+)x(\d+)\+-?\d+\+-?\d+')


def list_windows(display: str | None = None, min_size: int = 120) -> list[XWindow]:
    """The named, shown windows of X display `display` (default $DISPLAY) at least `min_size`
    pixels each way, from `xwininfo` (x11-utils, on most X desktops; an empty list without
    it, without an X display, or on another system). Blocking (subprocesses, a few ms per
    window): call it on a worker thread."""
    display = display or os.environ.get("DISPLAY", "")
    tool = shutil.which("xwininfo")
    if screen_format() != "x11grab" or not display or tool is None:
        return []
    try:
        out = subprocess.run(
            [tool, "-root", "-tree", "-display", display],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("could not list the X windows: %s", exc)
        return []
    seen: set[int] = set()
    found: list[XWindow] = []
    for line in out.splitlines():
        m = _TREE_LINE.match(line)
        if not m:
            continue
        wid, title, w, h = int(m[1], 16), m[2], int(m[3]), int(m[4])
        if wid in seen or not title.strip() or w < min_size or h < min_size:
            continue
        seen.add(wid)
        if _viewable(tool, display, wid):  # not the hidden ones (menus, closed dialogs)
            found.append(XWindow(wid, title, w, h))
    return found


def _viewable(tool: str, display: str, window_id: int) -> bool:
    try:
        out = subprocess.run(
            [tool, "-id", hex(window_id), "-display", display],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "Map State: IsViewable" in out


def screen_available() -> bool:
    """Whether there is a screen to offer as a source (on Linux: an X display is set)."""
    return screen_format() != "x11grab" or bool(os.environ.get("DISPLAY"))


def screen_problem(environ: Mapping[str, str] | None = None) -> SourceError | None:
    """Why the screen cannot be captured here (message + hint), or None when it can be tried.

    On Linux, x11grab reads an X display: none set (a console, a service) is refused, and so
    is a Wayland session: there $DISPLAY is XWayland's, whose picture holds only the X11
    applications' windows and is black elsewhere (Wayland lets an application capture the
    screen only through the desktop portal and PipeWire, which FFmpeg's grabbers do not use).
    `environ`: the environment to judge (default os.environ). Any thread; no I/O."""
    env = os.environ if environ is None else environ
    if screen_format() != "x11grab":
        return None
    wayland = env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or bool(
        env.get("WAYLAND_DISPLAY")
    )
    if wayland:
        return SourceError(
            i18n._(
                "The screen cannot be captured in a Wayland session: only X11 windows would "
                "show, the rest black."
            ),
            i18n._(
                "Log out and choose an X11 session at the login screen (e.g. 'GNOME on Xorg'), "
                "or show the product with a camera or a media file."
            ),
        )
    if not env.get("DISPLAY"):
        return SourceError(
            i18n._("There is no screen to capture: no X display is set (DISPLAY)."),
            i18n._("Run the studio in your desktop session, or set DISPLAY."),
        )
    return None


def screen_format() -> str:
    if sys.platform.startswith("linux"):
        return "x11grab"
    if sys.platform == "darwin":
        return "avfoundation"
    return "gdigrab"


class ScreenSource(LiveVideoSource):
    """The screen, or a region of it, at the show's frame rate.

    Opening checks the display and the region once (a region outside the screen is refused
    with the screen's size), so a bad spec fails before the show starts. Raises SourceError.
    """

    what = "screen"

    def __init__(
        self,
        region: ScreenRegion | None = None,
        fit: VideoFit | None = None,
        display: str | None = None,
        window: int | None = None,
    ) -> None:
        self.region = region
        self.window = window
        self.format = screen_format()
        if window is not None and self.format != "x11grab":
            raise UsageError(
                i18n._("Capturing one window is only supported on Linux (X11) yet."),
                i18n._("Capture the whole screen or a region of it instead."),
            )
        if self.format == "x11grab":
            self.display = display or os.environ.get("DISPLAY", "")
            problem = screen_problem({**os.environ, "DISPLAY": self.display})
            if problem is not None:
                raise problem
        else:
            self.display = display or ("desktop" if self.format == "gdigrab" else "")
        if self.format == "avfoundation" and region is not None:
            raise UsageError(
                i18n._("A screen region is not supported on macOS yet."),
                i18n._("Capture the whole screen (screen) and use --video-fit fill."),
            )
        where = f" {region}" if region else (f" window {window:#x}" if window is not None else "")
        super().__init__(f"{self.display or 'main'}{where}", fit)
        self._open_container(0, 0, 5).close()  # the display is there and the region fits

    @classmethod
    def from_target(cls, target: str, fit: VideoFit | None = None) -> ScreenSource:
        """The source a scene's or a spec's target names: '' (the whole screen), a region
        'WxH+X+Y', or one window 'window=0xID'. Raises UsageError / SourceError."""
        window = parse_window(target)
        if window is not None:
            return cls(fit=fit, window=window)
        return cls(parse_region(target), fit=fit)

    def _options(self, fps: int) -> tuple[str, dict[str, str]]:
        r = self.region
        if self.format == "x11grab":
            opts = {"framerate": str(fps), "draw_mouse": "1"}
            if self.window is not None:
                opts["window_id"] = str(self.window)
            if r is not None:
                opts.update(video_size=f"{r.width}x{r.height}", grab_x=str(r.x), grab_y=str(r.y))
            return self.display, opts
        if self.format == "gdigrab":
            opts = {"framerate": str(fps), "draw_mouse": "1"}
            if r is not None:
                opts.update(
                    video_size=f"{r.width}x{r.height}", offset_x=str(r.x), offset_y=str(r.y)
                )
            return self.display, opts
        return "Capture screen 0", {"framerate": str(fps), "capture_cursor": "1"}

    def _open_container(self, width: int, height: int, fps: int) -> av.container.InputContainer:
        name, opts = self._options(fps)
        try:
            return av.open(name, format=self.format, options=opts, timeout=5)
        except (av.error.FFmpegError, OSError) as exc:
            detail = str(exc)
            if self.region is not None and ("outside" in detail or "Invalid argument" in detail):
                raise SourceError(
                    i18n._("The screen region {region} does not fit on the screen {name}.").format(
                        region=self.region, name=name
                    ),
                    i18n._(
                        "Give a region inside the screen: WxH+X+Y ('xwininfo -root' shows its "
                        "size)."
                    ),
                ) from exc
            if self.window is not None:
                raise SourceError(
                    i18n._("The window {window} on {name} could not be captured.").format(
                        window=f"{self.window:#x}", name=name
                    ),
                    i18n._(
                        "It may have been closed: pick it again in Add source… (Screen), or "
                        "capture the whole screen."
                    ),
                ) from exc
            raise SourceError(
                i18n._("The screen {name!r} could not be captured ({name2}).").format(
                    name=name, name2=exc.__class__.__name__
                ),
                i18n._("Check the display is running and this user may use it."),
            ) from exc

    def _stopped(self, exc: BaseException) -> SourceError:
        return SourceError(
            i18n._("The screen capture of {label} stopped ({exc}).").format(
                label=self.label, exc=exc
            ),
            i18n._("The show goes on with a 'be right back' picture until the screen is back."),
        )
