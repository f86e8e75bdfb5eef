"""An RTMP(S) destination: FLV over the loopback relay, with reconnect and back-off.

States: connecting → live → reconnecting in N s (attempt k) → live ... or failed. The first
connection failing is reported at once (a typo should not spin); a rejected stream key is
never retried; a drop after going live is retried with exponential back-off and jitter
(about 2 s, 4 s, 8 s ... capped), and `reconnect_now()` skips the wait.
"""

from __future__ import annotations

import logging
import random
import threading
import time

import av

from studio.engine.outputs.base import Muxer, Output, StreamLayout
from studio.engine.outputs.queue import PacketQueue
from studio.engine.outputs.rtmp_client import FlvTagSplitter, RtmpClient, parse_ingest_url
from studio.engine.stats import OutputFault, OutputState
from studio.errors import ConnectionLost, OutputError, StreamKeyRejected, StudioError
from studio.redact import mask_url

log = logging.getLogger(__name__)


def backoff_delay(attempt: int, first: float = 2.0, cap: float = 30.0) -> float:
    """Seconds to wait before try `attempt` (1, 2, ...): `first` doubling each time up to
    `cap`, with ±20 % jitter so many clients don't retry in step (the "exponential back-off
    with jitter" of OBS's obs-output.c reconnect and of AWS's architecture blog)."""
    base = min(cap, first * 2.0 ** max(0, attempt - 1))
    return base * random.uniform(0.8, 1.2)


class RtmpOutput(Output):
    """One RTMP or RTMPS destination, on its own thread.

    Packets arrive through `submit()` into a `PacketQueue` (700 ms drop threshold: non-key
    video goes first when the link is slow; `backlog_s` seconds kept while disconnected) and
    leave as FLV tags (`FlvTagSplitter`) over `RtmpClient`'s connection. Sending pauses while
    the server has not acknowledged ~1.5 s of stream (`max_inflight` bytes, from `kbps`); no
    acknowledgement for `stall_timeout` seconds counts as a dropped connection.

    Failure policy: a rejected stream key (`StreamKeyRejected`) is never retried; a first
    connection that fails ends the output unless `retry_first_connect`; a drop after going
    live is retried with back-off (`backoff_first` doubling up to `backoff_cap` seconds, ±20 %
    jitter). Raises `BadUrl` from the constructor for an address it cannot use.
    """

    def __init__(
        self,
        url: str,
        layout: StreamLayout,
        name: str | None = None,
        retry_first_connect: bool = False,
        backlog_s: float = 5.0,
        drop_threshold_ms: float = 700.0,
        stall_timeout: float = 5.0,
        backoff_first: float = 2.0,
        backoff_cap: float = 4.0,
        kbps: int = 3160,
    ) -> None:
        self.address = parse_ingest_url(url)  # raises BadUrl early, before any thread
        super().__init__(name or mask_url(url), layout, PacketQueue(drop_threshold_ms, backlog_s))
        self.url = url
        self.retry_first_connect = retry_first_connect
        self.stall_timeout = stall_timeout
        self.kbps = kbps
        # Bytes the server may hold unconfirmed before we stop sending and let the queue's
        # drop policy act: about 1.5 s of stream.
        self.max_inflight = max(256 * 1024, int(kbps * 1000 / 8 * 1.5))
        self.backoff_first, self.backoff_cap = backoff_first, backoff_cap
        self._wake = threading.Event()
        self._client: RtmpClient | None = None
        self._bytes_before = 0
        self._attempt = 0

    def reconnect_now(self) -> None:
        """Skip the back-off wait, or cut a stalled connection, and try again now (any
        thread; returns at once)."""
        client = self._client
        if client is not None and (
            self.state is not OutputState.LIVE or client.unacked > self.max_inflight
        ):
            client.abort()
        self._wake.set()

    def run(self) -> None:
        """The output's thread: connect, send, reconnect with back-off, until finished."""
        self._attempt = 0
        last: OutputFault | None = None
        while not self._stop_evt.is_set():
            self._enter(OutputState.CONNECTING, attempt=self._attempt, last_error=last)
            try:
                if self._session():
                    self._enter(OutputState.STOPPED, last_error=last)
                    return
                raise ConnectionLost("The connection to the ingest dropped.")
            except StreamKeyRejected as exc:
                # Never accepted: a wrong key, say so and stop. Accepted before: the server
                # most likely still holds our previous session, so try again.
                err: StudioError = exc
                if self.reached:
                    err = ConnectionLost(f"{exc.message} It accepted this stream before.")
            except StudioError as exc:
                err = exc
            self.connected = False
            last = OutputFault.of(err)
            if isinstance(err, OutputError) and not err.retryable:
                self._give_up(err)
                return
            if not self.reached and not self.retry_first_connect:
                self._give_up(err)
                return
            if self.queue.closed:
                self._enter(OutputState.STOPPED, last_error=last)
                return
            self._attempt += 1
            delay = backoff_delay(self._attempt, self.backoff_first, self.backoff_cap)
            log.warning("%s: %s; retrying in %.1f s", self.label, err.message, delay)
            deadline = time.monotonic() + delay
            self._wake.clear()
            while not self._stop_evt.is_set() and not self.queue.closed:
                left = deadline - time.monotonic()
                if left <= 0 or self._wake.is_set():
                    break
                self._enter(
                    OutputState.RECONNECTING,
                    retry_in_s=left,
                    attempt=self._attempt,
                    last_error=last,
                )
                self._wake.wait(min(0.25, left))

    def _give_up(self, err: StudioError) -> None:
        log.info("%s: %s", self.label, err.message)
        self._fail(err)

    def _session(self) -> bool:
        """One connection's life. True when the stream ended cleanly (queue closed, drained)."""
        client = RtmpClient(self.address, stall_timeout=self.stall_timeout, kbps=self.kbps)
        self._client = client
        client.connect()  # raises typed errors: refused, unreachable, rejected key
        if self.reached:
            self.reconnects += 1
        self.connected = True
        self.reached = True
        self._attempt = 0
        self._enter(OutputState.LIVE)
        sink = FlvTagSplitter()
        muxer = Muxer(sink, "flv", self.layout, options={"flvflags": "no_duration_filesize"})
        self.queue.skip_to_keyframe()
        try:
            while not self._stop_evt.is_set():
                pkt = self.queue.get(timeout=0.25)
                if pkt is None:
                    if self.queue.closed:
                        muxer.close()
                        self._send(client, sink)
                        client.finish()
                        return True
                    client.poll()
                    continue
                muxer.mux(pkt)
                self._send(client, sink)
                if pkt.kind == "video":
                    self.frames_sent += 1
                self.bytes_sent = self._bytes_before + client.bytes_sent
            return True
        except (av.error.FFmpegError, OSError) as exc:
            raise ConnectionLost(f"The connection to {self.address.host} dropped ({exc}).") from exc
        finally:
            self.connected = False
            self._bytes_before += client.bytes_sent
            client.close()

    def _send(self, client: RtmpClient, sink: FlvTagSplitter) -> None:
        for ttype, ts, body in sink.tags():
            self._await_room(client)
            client.send_tag(ttype, ts, body)

    def _await_room(self, client: RtmpClient) -> None:
        """Hold back while the server has not confirmed ~1.5 s of stream; give up after
        stall_timeout without any confirmation (the link or the server is dead)."""
        while client.unacked > self.max_inflight and not self._stop_evt.is_set():
            self.unconfirmed_ms = client.unacked * 8 / self.kbps
            if time.monotonic() - client.last_ack_at > self.stall_timeout:
                raise ConnectionLost(
                    f"The ingest at {self.address.host} stopped taking data for "
                    f"{self.stall_timeout:g} s."
                )
            client.wait_for_acks(0.1)
        self.unconfirmed_ms = client.unacked * 8 / self.kbps
