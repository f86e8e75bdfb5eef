"""The output formats ("canvases") a show can be broadcast in: one table, used everywhere.

A canvas is what the compositor draws on and the encoder encodes: its size in pixels, its frame
rate, the video bitrate used when the creator has not chosen one, and its orientation (16:9
landscape for desktop players, 9:16 portrait for phone-first shopping feeds). The engine, the
settings file, the window (settings dialog, device panel, first-run wizard), `studio broadcast`
and the benchmarks all read this table; nothing else defines a profile.

The default bitrates follow the platforms' published ingest guidance for H.264 at 30 fps
(Twitch "Broadcasting Guidelines": 720p30 3000 kbps, 1080p30 up to 6000 kbps; YouTube "Choose
live encoder settings": 720p 1.5-4 Mbps, 1080p 3-6 Mbps); a vertical canvas has the same pixel
count, so the same bitrate.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from studio import i18n
from studio.errors import UnsupportedProfile, UsageError


class Orientation(StrEnum):
    """Which way up the picture is: landscape (16:9) or portrait (9:16). A show has one canvas
    of each at most, so the orientation also names a show's canvas (a destination sends one)."""

    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"

    @property
    def word(self) -> str:
        """The word a creator uses: 'horizontal' (16:9) or 'vertical' (9:16)."""
        return "horizontal" if self is Orientation.LANDSCAPE else "vertical"

    @property
    def label(self) -> str:
        """`word` in the interface language, for sentences (`word` stays English: file names,
        command-line values)."""
        return i18n._("horizontal") if self is Orientation.LANDSCAPE else i18n._("vertical")

    @property
    def twin(self) -> Orientation:
        """The other orientation (a show's second canvas has it)."""
        return Orientation.PORTRAIT if self is Orientation.LANDSCAPE else Orientation.LANDSCAPE

    @classmethod
    def parse(cls, text: str) -> Orientation:
        """'horizontal'/'landscape'/'16:9' or 'vertical'/'portrait'/'9:16' → Orientation.

        Raises UsageError (message + hint) for anything else."""
        word = text.strip().lower()
        for o, names in _ORIENTATION_WORDS.items():
            if word in names:
                return o
        raise UsageError(
            i18n._("The canvas {text!r} is not understood.").format(text=text),
            i18n._("Use horizontal (16:9) or vertical (9:16)."),
        )


class Profile(StrEnum):
    """A canvas's name, as the settings file, `--profile` and the window spell it."""

    HD_720P30 = "720p30"
    FHD_1080P30 = "1080p30"
    HD_720P30_VERTICAL = "720p30-vertical"
    FHD_1080P30_VERTICAL = "1080p30-vertical"

    @property
    def canvas(self) -> Canvas:
        """This profile's row of the table."""
        return CANVASES[self]

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels."""
        return self.canvas.size

    @property
    def fps(self) -> int:
        """Frames per second."""
        return self.canvas.fps


@dataclass(frozen=True)
class Canvas:
    """One output format. Width and height are in pixels (even, as yuv420p needs), `fps` in
    frames per second, `video_kbps` the H.264 bitrate in kilobits per second used when none
    is configured (audio comes on top)."""

    profile: Profile
    width: int
    height: int
    fps: int
    video_kbps: int
    orientation: Orientation

    @property
    def name(self) -> str:
        """The profile's name, e.g. '720p30-vertical'."""
        return str(self.profile)

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels."""
        return self.width, self.height

    @property
    def title(self) -> str:
        """A short human name: '720p', '1080p vertical'."""
        lines = min(self.width, self.height)
        vertical = " vertical" if self.orientation is Orientation.PORTRAIT else ""
        return f"{lines}p{vertical}"

    @property
    def pixels(self) -> int:
        """Pixels per frame (what the encoder's and compositor's cost follows)."""
        return self.width * self.height

    def turned(self, orientation: Orientation) -> Canvas:
        """The canvas of the same quality (lines, fps, bitrate) in `orientation`: 720p30 →
        720p30-vertical and back; itself when it already has that orientation. A show's two
        canvases are one quality, each way up (a creator picks the quality once)."""
        if orientation is self.orientation:
            return self
        return next(
            c
            for c in CANVASES.values()
            if c.orientation is orientation and c.size == (self.height, self.width)
            and c.fps == self.fps
        )  # fmt: skip


CANVASES: dict[Profile, Canvas] = {
    c.profile: c
    for c in (
        Canvas(Profile.HD_720P30, 1280, 720, 30, 3000, Orientation.LANDSCAPE),
        Canvas(Profile.FHD_1080P30, 1920, 1080, 30, 6000, Orientation.LANDSCAPE),
        Canvas(Profile.HD_720P30_VERTICAL, 720, 1280, 30, 3000, Orientation.PORTRAIT),
        Canvas(Profile.FHD_1080P30_VERTICAL, 1080, 1920, 30, 6000, Orientation.PORTRAIT),
    )
}
assert set(CANVASES) == set(Profile), "every profile needs a row in CANVASES"

_ORIENTATION_WORDS = {
    Orientation.LANDSCAPE: ("horizontal", "landscape", "16:9"),
    Orientation.PORTRAIT: ("vertical", "portrait", "9:16"),
}


def canvas(name: str) -> Canvas:
    """The canvas called `name` ('720p30', '1080p30-vertical', ...).

    Raises UnsupportedProfile (a UsageError: message and hint naming the known profiles).
    """
    try:
        return CANVASES[Profile(name)]
    except ValueError:
        raise UnsupportedProfile(
            i18n._("The profile {name!r} is not supported.").format(name=name),
            i18n._("Use one of: {join}.").format(join=", ".join(CANVASES)),
        ) from None


def step_down(current: Canvas) -> Canvas | None:
    """The next smaller canvas of the same orientation and frame rate (what to suggest when
    the computer can't keep up), or None when this is already the smallest."""
    smaller = [
        c
        for c in CANVASES.values()
        if c.orientation is current.orientation
        and c.fps == current.fps
        and c.width * c.height < current.width * current.height
    ]
    return max(smaller, key=lambda c: c.width * c.height, default=None)
