"""The screen (or a region of it) as a video source: a product page, slides, a demo.

Captured through FFmpeg's screen grabbers as a live input device: x11grab on Linux (the X
display in $DISPLAY), gdigrab on Windows, avfoundation on macOS. The region uses X11's
geometry syntax, `WxH+X+Y` (what `xwininfo` and `xrandr` print): `screen:1280x720+0+0` is the
top-left 1280×720 of the screen; `screen` alone is the whole screen. Frames arrive as BGR0 and
are converted once to the canvas (capture/convert.py), placed by the source's fit.
"""

from __future__ import annotations

import logging
import os
import re
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
REGION_HELP = "screen or screen:WxH+X+Y (e.g. screen:1280x720+0+0)"


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
    ) -> None:
        self.region = region
        self.format = screen_format()
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
        super().__init__(f"{self.display or 'main'}" + (f" {region}" if region else ""), fit)
        self._open_container(0, 0, 5).close()  # the display is there and the region fits

    def _options(self, fps: int) -> tuple[str, dict[str, str]]:
        r = self.region
        if self.format == "x11grab":
            opts = {"framerate": str(fps), "draw_mouse": "1"}
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
