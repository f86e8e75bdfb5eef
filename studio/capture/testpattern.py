"""The built-in test sources: a moving pattern with a visible clock, and a tone with beeps.

Every whole second of stream time the picture flashes white for one frame and the audio
beeps, both starting on the same clock instant, so A/V sync can be checked by eye and by
program. The pattern is FFmpeg's `testsrc2` (cheap, moving) rendered straight in yuv420p.
"""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np

from studio import i18n
from studio.capture.base import ThreadedVideoSource
from studio.errors import SourceError
from studio.media.clock import MasterClock
from studio.media.frames import TimedVideoFrame
from studio.media.planes import plane_view
from studio.media.sources import CHANNELS, SAMPLE_RATE

BEEP_HZ = 1000.0
BEEP_SECONDS = 0.1
BEEP_LEVEL = 0.5
TONE_HZ = 440.0
TONE_LEVEL = 0.05

# Seven-segment glyphs: segments a b c d e f g.
_SEGMENTS = {
    "0": "abcdef",
    "1": "bc",
    "2": "abdeg",
    "3": "abcdg",
    "4": "bcfg",
    "5": "acdfg",
    "6": "acdefg",
    "7": "abc",
    "8": "abcdefg",
    "9": "abcdfg",
}


def _glyph(ch: str, scale: int) -> np.ndarray:
    """A boolean bitmap of one clock character, drawn once per size."""
    w, h, t = 6 * scale, 10 * scale, max(1, scale)
    g = np.zeros((h, w), dtype=bool)
    if ch == ":":
        g[3 * scale : 3 * scale + 2 * t, w // 2 - t : w // 2 + t] = True
        g[7 * scale - 2 * t : 7 * scale, w // 2 - t : w // 2 + t] = True
        return g
    if ch == ".":
        g[h - 2 * t : h, w // 2 - t : w // 2 + t] = True
        return g
    segs = _SEGMENTS[ch]
    mid = h // 2
    if "a" in segs:
        g[0:t, 0:w] = True
    if "d" in segs:
        g[h - t : h, 0:w] = True
    if "g" in segs:
        g[mid - t // 2 : mid - t // 2 + t, 0:w] = True
    if "f" in segs:
        g[0:mid, 0:t] = True
    if "b" in segs:
        g[0:mid, w - t : w] = True
    if "e" in segs:
        g[mid:h, 0:t] = True
    if "c" in segs:
        g[mid:h, w - t : w] = True
    return g


class ClockPainter:
    """Draws `HH:MM:SS.mmm` into a luma plane; glyphs are built once per size."""

    def __init__(self, height: int) -> None:
        self.scale = max(2, height // 180)
        self.glyphs = {c: _glyph(c, self.scale) for c in "0123456789:."}
        self.cell = 8 * self.scale

    def paint(self, planes: list[np.ndarray], seconds: float, x: int, y: int) -> None:
        """White digits on a black box (chroma neutralised) in a yuv420p frame's planes."""
        y_plane = planes[0]
        ms = round(seconds * 1000)
        text = f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
        gh, pad = self.glyphs["0"].shape[0], self.scale * 2
        x0, y0 = (x - pad) & ~1, (y - pad) & ~1
        x1, y1 = x + len(text) * self.cell + pad, y + gh + pad
        y_plane[y0:y1, x0:x1] = 16
        for chroma in planes[1:]:
            chroma[y0 // 2 : (y1 + 1) // 2, x0 // 2 : (x1 + 1) // 2] = 128
        for i, ch in enumerate(text):
            g = self.glyphs[ch]
            region = y_plane[y : y + g.shape[0], x + i * self.cell : x + i * self.cell + g.shape[1]]
            region[g] = 235


class TestPatternSource(ThreadedVideoSource):
    """Moving pattern, visible clock, one white frame at every whole second."""

    __test__ = False  # not a pytest class
    name = "test pattern"

    def __init__(self) -> None:
        super().__init__(capacity=8)

    def start(self, clock: MasterClock, width: int, height: int, fps: int) -> None:
        self._clock, self._w, self._h, self._fps = clock, width, height, fps
        self._painter = ClockPainter(height)
        self._start_thread(self._run, "video-test")

    def _run(self) -> None:
        try:
            spec = f"testsrc2=size={self._w}x{self._h}:rate={self._fps},format=yuv420p"
            with av.open(spec, format="lavfi") as src:
                for i, frame in enumerate(src.decode(video=0)):
                    ts = i / self._fps
                    # Produce at most a few frames ahead of the clock: paced in real time.
                    while self._slot.ahead(self._clock.now()) >= 4:
                        if self._stop.wait(0.5 / self._fps):
                            return
                    if self._stop.is_set():
                        return
                    self._decorate(frame, i, ts)
                    self._slot.put(TimedVideoFrame(frame, ts))
        except Exception as exc:  # pragma: no cover - lavfi is built in
            self._error = SourceError(i18n._("The test pattern stopped: {exc}.").format(exc=exc))

    def _decorate(self, frame: av.VideoFrame, index: int, ts: float) -> None:
        y = plane_view(frame, 0)
        if index % self._fps == 0:
            y[:] = 235
            plane_view(frame, 1)[:] = 128
            plane_view(frame, 2)[:] = 128
        # The centre: clear of every overlay's safe-area corner (cards, countdown, supporters,
        # toasts, lower third).
        p = self._painter
        planes = [y, plane_view(frame, 1), plane_view(frame, 2)]
        p.paint(planes, ts, (self._w - 12 * p.cell) // 2, (self._h - 10 * p.scale) // 2)


class TestToneSource:
    """A quiet 440 Hz tone with a 100 ms 1 kHz beep starting on every whole second.

    Computed from the sample index itself, so it is exactly on the output timeline.
    """

    __test__ = False  # not a pytest class
    name = "test tone"
    latency = 0.0
    error: SourceError | None = None

    def start(self, clock: MasterClock) -> None:
        pass

    _second: np.ndarray | None = None  # one second of the sound, (SAMPLE_RATE, CHANNELS)

    @staticmethod
    def samples(start: int, n: int) -> np.ndarray:
        """The tone computed for samples [start, start+n): float32 (n, CHANNELS)."""
        idx = np.arange(start, start + n, dtype=np.int64)
        t = idx / SAMPLE_RATE
        out = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)
        in_beep = (idx % SAMPLE_RATE) < int(BEEP_SECONDS * SAMPLE_RATE)
        out = np.where(in_beep, BEEP_LEVEL * np.sin(2 * np.pi * BEEP_HZ * t), out)
        return np.repeat(out.astype(np.float32)[:, None], CHANNELS, axis=1)

    def read(self, start: int, n: int) -> np.ndarray:
        """Samples [start, start+n): float32 (n, CHANNELS). Both frequencies are whole hertz,
        so the sound repeats every second exactly: one second is computed once and sliced
        (about a tenth of the CPU of computing each block)."""
        if not (TONE_HZ.is_integer() and BEEP_HZ.is_integer()):
            return self.samples(start, n)  # no longer periodic over a second
        second = TestToneSource._second
        if second is None:
            second = TestToneSource._second = self.samples(0, SAMPLE_RATE)
        first = start % SAMPLE_RATE
        if first + n <= SAMPLE_RATE:
            return second[first : first + n].copy()
        return np.take(second, np.arange(first, first + n) % SAMPLE_RATE, axis=0)

    def stop(self) -> None:
        pass


SAMPLE_TIME_BASE = Fraction(1, SAMPLE_RATE)
