"""An output's bounded packet queue and its honest drop policy.

When the network is slow the queue grows; its length in milliseconds is the send buffer.
Past the drop threshold, queued non-keyframe video goes first and later video is skipped
until the next keyframe (a P-frame without its reference is garbage anyway). Audio and
keyframes are never dropped for congestion. While disconnected the backlog is capped in
seconds: the oldest whole GOPs go. Every dropped video frame is counted.
"""

from __future__ import annotations

import threading
from collections import deque

from studio.media.frames import EncodedPacket


class PacketQueue:
    """One output's bounded packet queue (see the module docstring for the drop policy).

    Producers: the encoder threads (`put`, never blocks). Consumer: the output's thread
    (`get`, waits up to `timeout` s). `drop_threshold_ms` is the send buffer, in stream
    milliseconds, past which non-key video is dropped while connected; `backlog_s` what is
    kept while disconnected. `dropped_video` counts every video frame dropped (OBS's
    "dropped frames", the network's share of the loss). Thread-safe.
    """

    def __init__(self, drop_threshold_ms: float = 700.0, backlog_s: float = 5.0) -> None:
        self.drop_threshold_ms = drop_threshold_ms
        self.backlog_s = backlog_s
        self._q: deque[EncodedPacket] = deque()
        self._cond = threading.Condition()
        self._waiting_keyframe = False
        self.dropped_video = 0
        self.closed = False

    def put(self, pkt: EncodedPacket, connected: bool = True) -> None:
        """Queue `pkt`, applying the drop policy (`connected` chooses which one)."""
        with self._cond:
            if pkt.kind == "video":
                if pkt.keyframe:
                    self._waiting_keyframe = False
                elif self._waiting_keyframe:
                    self.dropped_video += 1
                    return
            self._q.append(pkt)
            if connected:
                if self._duration_ms() > self.drop_threshold_ms:
                    self._drop_non_keyframes()
            elif self._duration_ms() > self.backlog_s * 1000:
                self._drop_oldest_gop()
            self._cond.notify()

    def _duration_ms(self) -> float:
        if len(self._q) < 2:
            return 0.0
        return (self._q[-1].dts_seconds - self._q[0].dts_seconds) * 1000.0

    def _drop_non_keyframes(self) -> None:
        kept: deque[EncodedPacket] = deque()
        for p in self._q:
            if p.kind == "video" and not p.keyframe:
                self.dropped_video += 1
            else:
                kept.append(p)
        self._q = kept
        self._waiting_keyframe = True

    def _drop_oldest_gop(self) -> None:
        """Drop from the head up to (not including) the second keyframe still queued."""
        keys = [i for i, p in enumerate(self._q) if p.kind == "video" and p.keyframe]
        cut = keys[1] if len(keys) > 1 else None
        if cut is None:  # audio-only or one long GOP: drop by time
            limit = self._q[-1].dts_seconds - self.backlog_s
            while self._q and self._q[0].dts_seconds < limit:
                p = self._q.popleft()
                self.dropped_video += p.kind == "video"
            return
        for _ in range(cut):
            p = self._q.popleft()
            self.dropped_video += p.kind == "video"

    def skip_to_keyframe(self) -> None:
        """After a reconnect a new stream must start on a keyframe: drop video before it."""
        with self._cond:
            first = next(
                (i for i, p in enumerate(self._q) if p.kind == "video" and p.keyframe), None
            )
            kept: deque[EncodedPacket] = deque()
            for i, p in enumerate(self._q):
                if p.kind == "video" and (first is None or i < first):
                    self.dropped_video += 1
                else:
                    kept.append(p)
            self._q = kept
            if first is None:
                self._waiting_keyframe = True

    def get(self, timeout: float) -> EncodedPacket | None:
        """The oldest packet, or None after `timeout` seconds (or at once when closed and
        empty)."""
        with self._cond:
            if not self._q and not self.closed:
                self._cond.wait(timeout)
            return self._q.popleft() if self._q else None

    def close(self) -> None:
        """No more packets will come: wake the consumer so it can drain and finish."""
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    @property
    def buffered_ms(self) -> float:
        """Stream time waiting in the queue, in milliseconds (first to last packet's dts)."""
        with self._cond:
            return self._duration_ms()

    def __len__(self) -> int:
        return len(self._q)
