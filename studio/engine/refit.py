"""A source picture fitted again for a show's second canvas (decode once, fit per canvas).

The video source decodes and fits its pictures for the canvas it was started for (the show's
first); the other canvas (the other orientation) fits each new picture again from the picture
as decoded, so both are scaled from the full picture, never one from the other. Used by the
live pipeline's second lane (engine/canvas.py) and by the idle preview (engine/preview.py).
"""

from __future__ import annotations

import av

from studio.capture.convert import FrameFitter
from studio.media.fit import Placement, VideoFit
from studio.media.frames import TimedVideoFrame


class CanvasFit:
    """Fits source pictures for a canvas the source was not started for (a show's second
    canvas), from the picture as decoded when the source keeps it (`TimedVideoFrame.decoded`),
    else from the first canvas's picture (a test pattern drawn at that canvas's size).

    One swscale pass per new source frame (capture/convert.py's `FrameFitter`: crop, scale,
    pixel format); a frame repeated over several ticks is converted once. Used on its lane's
    compositor thread only.
    """

    def __init__(self, width: int, height: int, fit: VideoFit | None = None) -> None:
        self.fitter = FrameFitter(width, height, fit)
        self._last: tuple[TimedVideoFrame, av.VideoFrame, Placement | None] | None = None

    def __call__(self, src: TimedVideoFrame) -> tuple[av.VideoFrame, Placement | None]:
        """(this canvas's picture, its placement; None when it is the whole canvas)."""
        last = self._last
        if last is not None and last[0] is src:
            return last[1], last[2]
        if src.decoded is not None:
            d = src.decoded
            frame, placement = self.fitter.convert(d.frame, d.sar, d.rotate_tag)
        else:
            # The first canvas's picture: scaled, not yet turned (its placement's turns).
            p = src.placement
            orientation = (p.turns, p.mirror) if p is not None else (0, False)
            frame, placement = self.fitter.convert(src.frame, None, orientation=orientation)
        self._last = (src, frame, placement)
        return frame, placement
