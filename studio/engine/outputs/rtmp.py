"""An RTMP(S) destination: FLV over our own RTMP client, with reconnect and back-off.

States: connecting → live → reconnecting in N s (attempt k) → live ... or failed. Each answer
a server can give has its own policy:

- the first connection failing is reported at once (a typo should not spin), unless told to
  retry;
- a rejected stream key is never retried;
- "already publishing" (the server still holds a crashed or unplugged session, or another
  encoder streams with the key) is retried with back-off for `busy_retry_s`, then fails;
- a server that accepts the publish and closes the connection before taking any of the
  stream is retried with a growing back-off, and after `refused_sessions` such sessions in a
  row the output fails (it is refusing the stream);
- a drop after the server took data is retried with exponential back-off and jitter (about
  2 s, 4 s ... capped), and `reconnect_now()` skips the wait.

Redirects are followed inside `RtmpClient.connect`.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque

import av

from studio import i18n
from studio.engine.outputs.base import Muxer, Output, StreamLayout
from studio.engine.outputs.queue import PacketQueue
from studio.engine.outputs.rtmp_client import (
    MSG_VIDEO,
    FlvTagSplitter,
    RtmpClient,
    parse_ingest_url,
)
from studio.engine.stats import OutputFault, OutputState
from studio.errors import (
    ConnectionLost,
    OutputError,
    StreamKeyInUse,
    StreamKeyRejected,
    StreamRefused,
    StudioError,
)
from studio.ingest_url import secrets_of
from studio.redact import register_secret

log = logging.getLogger(__name__)

BUSY_RETRY_S = 60.0  # how long "already publishing" is retried before the output fails
BUSY_BACKOFF_CAP = 8.0
REFUSED_SESSIONS = 3  # accepted-then-closed sessions in a row before the output fails
REFUSED_BACKOFF_CAP = 30.0
# A server that never acknowledges (node-media-server does not) has taken the stream once a
# session has lasted this long; one that does has taken it when it acknowledges media.
PROVEN_AFTER_S = 5.0


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

    Failure policy (module docstring): `StreamKeyRejected` is final; `StreamKeyInUse` is
    retried for `busy_retry_s` seconds; `refused_sessions` accepted-then-closed sessions in a
    row end in `StreamRefused`; a first connection that fails ends the output unless
    `retry_first_connect`; other drops are retried with back-off (`backoff_first` doubling up
    to `backoff_cap` seconds, ±20 % jitter). Video frames sent on a connection that died
    before the server confirmed them count as dropped (`frames_lost`), not sent. Raises
    `BadUrl` from the constructor for an address it cannot use.
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
        busy_retry_s: float = BUSY_RETRY_S,
        refused_sessions: int = REFUSED_SESSIONS,
        proven_after_s: float = PROVEN_AFTER_S,
    ) -> None:
        self.address = parse_ingest_url(url)  # raises BadUrl early, before any thread
        for form in secrets_of(self.address):
            register_secret(form)
        super().__init__(
            name or self.address.shown, layout, PacketQueue(drop_threshold_ms, backlog_s)
        )
        self.url = url
        self.retry_first_connect = retry_first_connect
        self.stall_timeout = stall_timeout
        self.kbps = kbps
        # Bytes the server may hold unconfirmed before we stop sending and let the queue's
        # drop policy act: about 1.5 s of stream.
        self.max_inflight = max(256 * 1024, int(kbps * 1000 / 8 * 1.5))
        self.backoff_first, self.backoff_cap = backoff_first, backoff_cap
        self.busy_retry_s = busy_retry_s
        self.refused_sessions = refused_sessions
        self.proven_after_s = proven_after_s
        self.accepted = False  # a publish was accepted at least once
        self._wake = threading.Event()
        self._client: RtmpClient | None = None
        self._bytes_before = 0
        self._attempt = 0
        self._refused = 0  # accepted-then-closed sessions in a row
        self._refused_now = False  # the last session was one of them
        self._busy_since: float | None = None

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
            self._refused_now = False
            try:
                if self._session():
                    self._enter(OutputState.STOPPED, last_error=last)
                    return
                raise ConnectionLost(i18n._("The connection to the ingest dropped."))
            except StreamKeyRejected as exc:
                # Never accepted: a wrong key, say so and stop. Accepted before: the server
                # most likely still holds our previous session (it closed on us, as
                # nginx-rtmp's on_publish or MediaMTX do), so try again for a while.
                err: StudioError = exc
                if self.accepted:
                    err = StreamKeyInUse(
                        i18n._("{message} It accepted this stream before.").format(
                            message=exc.message
                        )
                    )
            except StudioError as exc:
                err = exc
            self.connected = False
            last = OutputFault.of(err)
            final = self._final(err)
            if final is not None:
                self._give_up(final)
                return
            if self.queue.closed:
                self._enter(OutputState.STOPPED, last_error=last)
                return
            self._attempt += 1
            cap = self.backoff_cap
            if isinstance(err, StreamKeyInUse):
                cap = max(cap, BUSY_BACKOFF_CAP)
            elif self._refused_now:
                cap = max(cap, REFUSED_BACKOFF_CAP)
            delay = backoff_delay(self._attempt, self.backoff_first, cap)
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

    def _final(self, err: StudioError) -> StudioError | None:
        """The error that ends this output after `err`, or None to try again."""
        if isinstance(err, StreamKeyInUse):
            now = time.monotonic()
            if self._busy_since is None:
                self._busy_since = now
            if now - self._busy_since < self.busy_retry_s:
                return None
            final = StreamKeyInUse(
                i18n._(
                    "The server at {host} still had another session publishing with this "
                    "stream key after {busy_retry_s:.0f} s of retrying."
                ).format(host=self.address.host, busy_retry_s=self.busy_retry_s),
                i18n._(
                    "Stop any other encoder (another Studio, OBS) streaming with this key, or "
                    "end the old stream in the platform's dashboard, then go live again."
                ),
            )
            final.retryable = False
            return final
        if self._refused_now:
            self._refused += 1
            log.warning(
                "%s: the server accepted the stream and closed the connection before taking "
                "any of it (%d of %d)",
                self.label,
                self._refused,
                self.refused_sessions,
            )
            if self._refused >= self.refused_sessions:
                return StreamRefused(
                    i18n._(
                        "The server at {host} accepted the stream and then closed the "
                        "connection before taking any of it, {refused} times in a row: it is "
                        "refusing this stream."
                    ).format(host=self.address.host, refused=self._refused),
                    i18n._(
                        "Another encoder may be streaming with this key, or the platform does not "
                        "accept the stream (check its dashboard: live may not be enabled, or the "
                        "stream was ended). Then go live again."
                    ),
                )
            return None
        if isinstance(err, OutputError) and not err.retryable:
            return err
        if not self.accepted and not self.retry_first_connect:
            return err
        return None

    def _give_up(self, err: StudioError) -> None:
        log.info("%s: %s", self.label, err.message)
        self._fail(err)

    def _session(self) -> bool:
        """One connection's life. True when the stream ended cleanly (queue closed, drained)."""
        client = RtmpClient(self.address, stall_timeout=self.stall_timeout, kbps=self.kbps)
        self._client = client
        client.connect()  # raises typed errors: refused, unreachable, rejected key, in use
        if self.accepted:
            self.reconnects += 1
        self.accepted = True
        self.connected = True
        self._busy_since = None
        self._enter(OutputState.LIVE)
        live_at = time.monotonic()
        proven = False
        # Frames count as sent when their FLV tag has gone to the socket (the muxer may hold a
        # packet back to interleave it), and stay in `inflight` (where each one ends in the
        # byte stream) until the server confirms them.
        inflight: deque[int] = deque()
        taken = 0  # video packets taken from the queue this session
        sent_before = self.frames_sent
        sink = FlvTagSplitter()
        muxer = Muxer(sink, "flv", self.layout, options={"flvflags": "no_duration_filesize"})
        self.queue.skip_to_keyframe()
        try:
            while not self._stop_evt.is_set():
                pkt = self.queue.get(timeout=0.25)
                if pkt is None:
                    if self.queue.closed:
                        muxer.close()
                        self._send(client, sink, inflight)
                        client.finish()
                        inflight.clear()  # ended politely: the server takes what it has
                        self.reached = True  # it kept the stream to the end
                        return True
                    client.poll()
                else:
                    taken += pkt.kind == "video"
                    muxer.mux(pkt)
                    self._send(client, sink, inflight)
                    self.bytes_sent = self._bytes_before + client.bytes_sent
                if not proven and self._proven(client, live_at):
                    proven = True
                    self.reached = True
                    self._attempt = 0
                    self._refused = 0
                self._settle(client, inflight, proven)
            self.frames_lost += taken - (self.frames_sent - sent_before)  # stopped at once
            return True
        except (av.error.FFmpegError, OSError, StudioError) as exc:
            self._settle(client, inflight, proven)
            # Handed over and never confirmed, or never written: the connection took them.
            self.frames_sent -= len(inflight)
            self.frames_lost += taken - (self.frames_sent - sent_before)
            self._refused_now = not proven
            client.reset()
            if isinstance(exc, StudioError):
                raise
            raise ConnectionLost(
                i18n._("The connection to {host} dropped ({exc}).").format(
                    host=self.address.host, exc=exc
                )
            ) from exc
        finally:
            self.connected = False
            self._bytes_before += client.bytes_sent
            client.close()

    def _proven(self, client: RtmpClient, live_at: float) -> bool:
        """Whether the server has taken this session's stream: it acknowledged media, or
        (a server that never acknowledges) the session has lasted `proven_after_s`."""
        if client.data_confirmed:
            return True
        return not client.acks_seen and time.monotonic() - live_at >= self.proven_after_s

    @staticmethod
    def _settle(client: RtmpClient, inflight: deque[int], proven: bool) -> None:
        """Forget the frames the server has confirmed. With a server that never
        acknowledges, frames count as sent once the session has proven itself."""
        if client.acks_seen:
            confirmed = client.confirmed
            while inflight and inflight[0] <= confirmed:
                inflight.popleft()
        elif proven:
            inflight.clear()

    def _send(self, client: RtmpClient, sink: FlvTagSplitter, inflight: deque[int]) -> None:
        """Send the tags the muxer has written; each video frame (an AVC NALU tag, not the
        sequence header: FLV spec E.4.3.1) counts as sent and goes into `inflight`."""
        for ttype, ts, body in sink.tags():
            self._await_room(client)
            client.send_tag(ttype, ts, body)
            if ttype == MSG_VIDEO and len(body) > 1 and body[1] == 1:
                self.frames_sent += 1
                inflight.append(client.bytes_sent)

    def _await_room(self, client: RtmpClient) -> None:
        """Hold back while the server has not confirmed ~1.5 s of stream; give up after
        stall_timeout without any confirmation (the link or the server is dead)."""
        while client.unacked > self.max_inflight and not self._stop_evt.is_set():
            self.unconfirmed_ms = client.unacked * 8 / self.kbps
            if time.monotonic() - client.last_ack_at > self.stall_timeout:
                raise ConnectionLost(
                    i18n._(
                        "The ingest at {host} stopped taking data for {stall_timeout:g} s."
                    ).format(host=self.address.host, stall_timeout=self.stall_timeout)
                )
            client.wait_for_acks(0.1)
        self.unconfirmed_ms = client.unacked * 8 / self.kbps
