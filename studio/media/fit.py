"""How a source picture lands on a canvas: orientation, sample aspect ratio and fit.

Pure geometry, no pixels: `plan_placement` says which rectangle of the decoded picture to
keep, what size to scale it to (one swscale pass, in the decoded picture's own orientation),
how many quarter turns make it upright, and where the result sits on the canvas. The capture
sources do the scaling; the compositor does the turn while it copies the picture into the
output frame (a strided copy it makes anyway), so a rotated clip costs no extra pass.

Fit modes follow CSS `object-fit` / `object-position`, which creators know from web tools:
`fit` (whole picture visible, letterbox or pillarbox bars, the default), `fill` (cover the
canvas, crop the rest; the focus point says which part stays, 0..1 on each axis like
`object-position` percentages), `stretch` (cover the canvas, distort). Any canvas shape works,
16:9 or 9:16 alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from studio import i18n
from studio.errors import UsageError

FIT_HELP = "fit | fill[:X,Y] | stretch (X,Y: focus 0..1, or top/bottom/left/right/center)"


class FitMode(StrEnum):
    """How a source fills a canvas of another shape."""

    FIT = "fit"  # whole picture, bars around it
    FILL = "fill"  # cover the canvas, crop around the focus point
    STRETCH = "stretch"  # cover the canvas, change the aspect


MAX_CROP = 0.9  # at most this share of a picture's width or height cropped away


@dataclass(frozen=True)
class VideoFit:
    """A per-source fit choice. `focus_x`/`focus_y` (0..1) matter for `fill` only: 0 keeps the
    left/top edge, 1 the right/bottom edge, 0.5 the centre (CSS `object-position`).

    `crop` (left, top, right, bottom): shares (0..1) of the upright picture cut off each edge
    before it is fitted (a scene item's crop, OBS's "crop" filter); at most `MAX_CROP` of
    either axis in all. Raises ValueError for a crop out of range."""

    mode: FitMode = FitMode.FIT
    focus_x: float = 0.5
    focus_y: float = 0.5
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def __post_init__(self) -> None:
        left, top, right, bottom = self.crop
        if min(self.crop) < 0 or left + right > MAX_CROP or top + bottom > MAX_CROP:
            raise ValueError(f"crop {self.crop} out of range (0..1, at most {MAX_CROP} per axis)")

    def __str__(self) -> str:
        if self.mode is FitMode.FILL and (self.focus_x, self.focus_y) != (0.5, 0.5):
            return f"fill:{self.focus_x:g},{self.focus_y:g}"
        return self.mode.value


_WORDS = {
    "center": (0.5, 0.5),
    "centre": (0.5, 0.5),
    "top": (0.5, 0.0),
    "bottom": (0.5, 1.0),
    "left": (0.0, 0.5),
    "right": (1.0, 0.5),
}


def parse_fit(text: str) -> VideoFit:
    """`fit`, `stretch`, `fill`, `fill:0.5,0.2` or `fill:top` → VideoFit.

    Raises UsageError (message + hint) for anything else, never guesses.
    """
    mode_text, _, focus = text.strip().lower().partition(":")
    try:
        mode = FitMode(mode_text)
    except ValueError:
        raise UsageError(
            i18n._("The video fit {text!r} is not understood.").format(text=text),
            i18n._("Use {FIT_HELP}.").format(FIT_HELP=FIT_HELP),
        ) from None
    if not focus:
        return VideoFit(mode)
    if mode is not FitMode.FILL:
        raise UsageError(
            i18n._("The video fit {text!r} has a focus point, which only 'fill' uses.").format(
                text=text
            ),
            i18n._("Use {FIT_HELP}.").format(FIT_HELP=FIT_HELP),
        )
    if focus in _WORDS:
        return VideoFit(mode, *_WORDS[focus])
    try:
        fx, fy = (float(v) for v in focus.split(","))
    except ValueError:
        raise UsageError(
            i18n._("The focus point in {text!r} is not understood.").format(text=text),
            i18n._("Give two numbers from 0 to 1 (fill:0.5,0.3) or top/bottom/left/right/center."),
        ) from None
    if not (0.0 <= fx <= 1.0 and 0.0 <= fy <= 1.0):
        raise UsageError(
            i18n._("The focus point in {text!r} is outside the picture.").format(text=text),
            i18n._("Each number goes from 0 (left/top) to 1 (right/bottom)."),
        )
    return VideoFit(mode, fx, fy)


def quarter_turns(ccw_degrees: float) -> int:
    """Clockwise quarter turns (0..3) that show a picture upright, from a display matrix's
    counter-clockwise rotation in degrees (what FFmpeg's `av_display_rotation_get` and PyAV's
    `VideoFrame.rotation` give; a phone held upright writes -90). Odd angles round to the
    nearest quarter, as players do."""
    return round(-ccw_degrees / 90.0) % 4


@dataclass(frozen=True)
class Placement:
    """Where a decoded picture goes.

    `crop` (x, y, w, h): the rectangle of the decoded picture kept, in its own pixels.
    `scaled` (w, h): the size that rectangle is scaled to, still in the decoded orientation.
    `turns`: clockwise quarter turns applied after scaling (the compositor's copy does them).
    `x`, `y`: top-left corner of the turned picture on the canvas. Sizes and corners are even,
    so 4:2:0 chroma lines up; the turned picture lies inside the canvas.
    `mirror`: the scaled picture is flipped left to right before the turns (a display matrix
    with a reflection, see capture/convert.frame_orientation).
    """

    crop: tuple[int, int, int, int]
    scaled: tuple[int, int]
    turns: int
    x: int
    y: int
    mirror: bool = False

    @property
    def size(self) -> tuple[int, int]:
        """(w, h) of the picture on the canvas, after the turns."""
        w, h = self.scaled
        return (h, w) if self.turns % 2 else (w, h)

    def covers(self, width: int, height: int) -> bool:
        """True when the picture is upright and fills the whole canvas (nothing to place)."""
        return (
            self.turns == 0
            and not self.mirror
            and (self.x, self.y) == (0, 0)
            and self.size == (width, height)
        )


def _even(v: float) -> int:
    return max(2, round(v / 2.0) * 2)


def _unturn(
    rect: tuple[float, float, float, float], turned_h: float
) -> tuple[float, float, float, float]:
    """Undo one clockwise quarter turn of a rectangle.

    A clockwise turn maps a point (x, y) of a picture H high to (H - y, x); so a rectangle
    (X, Y, w, h) in the turned picture comes from (Y, H - X - w, h, w) before it. `turned_h`
    is the height of the picture before the turn (the width after it)."""
    x, y, w, h = rect
    return (y, turned_h - x - w, h, w)


def plan_placement(
    coded: tuple[int, int],
    canvas: tuple[int, int],
    fit: VideoFit = VideoFit(),
    *,
    turns: int = 0,
    sar: Fraction | float | None = None,
    mirror: bool = False,
) -> Placement:
    """Plan one picture: `coded` (w, h) as decoded, shown flipped left to right when `mirror`
    and then `turns` quarter turns clockwise, each pixel `sar` wide (sample aspect ratio; None
    or 0 = square), on a `canvas` (w, h).

    Raises ValueError for an empty picture or canvas.
    """
    cw0, ch0 = coded
    W, H = canvas
    if cw0 <= 0 or ch0 <= 0 or W <= 0 or H <= 0:
        raise ValueError("picture and canvas must have a size")
    turns %= 4
    px = float(sar) if sar else 1.0
    # Display size of the upright picture, in square pixels.
    dw, dh = cw0 * px, float(ch0)
    if turns % 2:
        dw, dh = dh, dw
    full = (0, 0, cw0, ch0)
    left, top, right, bottom = fit.crop
    # The part of the upright picture kept by the crop (square pixels).
    ux, uy, uw, uh = left * dw, top * dh, dw * (1 - left - right), dh * (1 - top - bottom)
    cropped = any(fit.crop)

    def decoded(rect: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
        """An upright rectangle back in the decoded picture's axes and pixels (even)."""
        w_now, h_now = dw, dh
        for _ in range(turns):
            # Before this clockwise turn, the picture was h_now wide and w_now high.
            rect = _unturn(rect, w_now)
            w_now, h_now = h_now, w_now
        x, y, w, h = rect
        if mirror:  # before the turns the picture was flipped: flip the rectangle back
            x = w_now - x - w
        x, w = x / px, w / px
        cx = min(max(0, round(x)) & ~1, max(0, cw0 - 2))
        cy = min(max(0, round(y)) & ~1, max(0, ch0 - 2))
        cw = min(cw0 - cx, max(2, round(w) & ~1))
        ch = min(ch0 - cy, max(2, round(h) & ~1))
        return cx, cy, cw, ch

    kept = decoded((ux, uy, uw, uh)) if cropped else full
    if fit.mode is FitMode.STRETCH:
        return _placed(kept, (W, H), turns, W, H, mirror)
    if fit.mode is FitMode.FIT:
        s = min(W / uw, H / uh)
        ow, oh = min(W, _even(uw * s)), min(H, _even(uh * s))
        return _placed(kept, (ow, oh), turns, W, H, mirror)
    # FILL: the canvas-shaped window of the kept picture around the focus point.
    s = max(W / uw, H / uh)
    vw, vh = min(uw, W / s), min(uh, H / s)
    rect = (ux + (uw - vw) * fit.focus_x, uy + (uh - vh) * fit.focus_y, vw, vh)
    return _placed(decoded(rect), (W, H), turns, W, H, mirror)


def _placed(
    crop: tuple[int, int, int, int],
    size: tuple[int, int],
    turns: int,
    W: int,
    H: int,
    mirror: bool = False,
) -> Placement:
    """A Placement for a picture `size` (w, h, upright) centred on a W×H canvas."""
    ow, oh = min(size[0], W) & ~1 or 2, min(size[1], H) & ~1 or 2
    scaled = (oh, ow) if turns % 2 else (ow, oh)
    x, y = ((W - ow) // 2) & ~1, ((H - oh) // 2) & ~1
    return Placement(crop, scaled, turns, x, y, mirror)
