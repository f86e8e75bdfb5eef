"""Buffering between an audio producer with its own clock and the output timeline.

Producers (a microphone callback, a file decoder) append blocks with the clock time of their
first sample. The mixer reads exact output sample ranges. The ring keeps a smoothed estimate
of where its samples sit on the master clock; small errors (device clock drift, jitter) are
corrected by resampling each block by at most 0.5 %, large ones (a gap, a stall) by inserting
silence or skipping, so A/V stays within a frame over hours without audible jumps.
"""

from __future__ import annotations

import threading

import numpy as np

from studio.media.sources import CHANNELS, SAMPLE_RATE

MAX_STRETCH = 0.005  # at most 0.5 % faster/slower per block: inaudible
HARD_RESYNC_S = 0.100  # beyond this, jump instead of stretching
SMOOTHING = 0.02  # EMA weight for timestamp jitter


class AudioRing:
    def __init__(self, seconds: float = 4.0, exact: bool = False) -> None:
        """`exact`: timestamps are exact (decoded files): align by the sample, never stretch."""
        self._exact = exact
        self._aligned = False
        self._cap = int(seconds * SAMPLE_RATE)
        self._buf = np.zeros((self._cap, CHANNELS), dtype=np.float32)
        self._read = 0  # absolute sample index of the next unread sample
        self._write = 0  # absolute sample index after the last written sample
        self._base: float | None = None  # clock time of absolute sample 0 (smoothed)
        self._lock = threading.Lock()
        self.overflows = 0
        self.underruns = 0
        self.last_error_s = 0.0

    def append(self, block: np.ndarray, ts: float) -> None:
        """Add samples (n, channels) whose first sample was captured at clock time `ts`.

        Exact timestamps (decoded files) are trusted: a gap becomes silence, an overlap is cut.
        Device timestamps jitter, so they only nudge a smoothed mapping.
        """
        if block.ndim == 1:
            block = block[:, None]
        if block.shape[1] == 1:
            block = np.repeat(block, CHANNELS, axis=1)
        elif block.shape[1] > CHANNELS:
            block = block[:, :CHANNELS]
        with self._lock:
            observed = ts - self._write / SAMPLE_RATE
            if self._base is None:
                self._base = observed
            else:
                drift = observed - self._base
                if self._exact:
                    if 0.001 < drift < 1.0:  # a gap: keep it silent
                        self._put(np.zeros((round(drift * SAMPLE_RATE), CHANNELS), np.float32))
                    elif -1.0 < drift < -0.001:  # an overlap: the timestamps win
                        block = block[round(-drift * SAMPLE_RATE) :]
                    elif abs(drift) >= 1.0:
                        self._base = observed
                elif abs(drift) > HARD_RESYNC_S:
                    self._base = observed
                else:
                    self._base += SMOOTHING * drift
            self._put(block)

    def _put(self, block: np.ndarray) -> None:
        n = len(block)
        if n > self._cap:
            block, n = block[-self._cap :], self._cap
        free = self._cap - (self._write - self._read)
        if n > free:  # nobody reads fast enough: drop the oldest
            self._read += n - free
            self.overflows += 1
        start = self._write % self._cap
        first = min(n, self._cap - start)
        self._buf[start : start + first] = block[:first]
        if first < n:
            self._buf[: n - first] = block[first:]
        self._write += n

    def read(self, start: int, n: int) -> np.ndarray:
        """Samples for output indices [start, start+n), aligned on the master clock."""
        out = np.zeros((n, CHANNELS), dtype=np.float32)
        with self._lock:
            if self._base is None:
                self.underruns += 1
                return out
            err = start / SAMPLE_RATE - (self._base + self._read / SAMPLE_RATE)
            self.last_error_s = err  # > 0: our data is older than wanted (we are behind)
            pad = 0
            # Snap to the sample at the start, after a jump, and always for exact sources;
            # otherwise (device clocks) correct gently by stretching.
            if self._exact or not self._aligned or abs(err) > HARD_RESYNC_S:
                if err > 0:
                    self._read += min(round(err * SAMPLE_RATE), self._write - self._read)
                else:
                    pad = min(n, round(-err * SAMPLE_RATE))
                err = 0.0
                self._aligned = True
            want = n - pad
            stretch = max(-MAX_STRETCH, min(MAX_STRETCH, err * 0.5))
            need = round(want * (1 + stretch))
            got = self._take(need)
            if len(got) < need:
                self.underruns += 1
                out[pad : pad + min(len(got), want)] = got[:want]
            elif need == want:
                out[pad:] = got
            else:
                pos = np.linspace(0, need - 1, num=want)
                idx = np.arange(need)
                for c in range(CHANNELS):
                    out[pad:, c] = np.interp(pos, idx, got[:, c])
            return out

    def _take(self, n: int) -> np.ndarray:
        n = max(0, min(n, self._write - self._read))
        start = self._read % self._cap
        first = min(n, self._cap - start)
        if first == n:
            res = self._buf[start : start + n].copy()
        else:
            res = np.concatenate([self._buf[start:], self._buf[: n - first]])
        self._read += n
        return res

    def fill_ahead(self, t: float) -> float:
        """Seconds of audio buffered beyond clock time `t` (for pacing file producers)."""
        with self._lock:
            if self._base is None:
                return 0.0
            return self._base + self._write / SAMPLE_RATE - t
