"""Follow a show's live events on one thread: SSE first, polling when it must, never a gap.

The feed keeps the id of the last event it delivered and resumes from it (`Last-Event-ID` on
the stream, `after` when polling), so a dropped connection costs nothing but a reconnect.
Silence longer than the heartbeat timeout (the platform pings an idle stream) counts as a
dead connection: hotel Wi-Fi often leaves a socket open that will never carry another byte.

When the stream cannot be opened a few times in a row but plain requests work (a proxy that
buffers or blocks `text/event-stream`), the feed polls `GET /events?after=` instead, and tries
the stream again every `stream_retry_s`. When nothing works it is offline and backs off.
Before every (re)connection `on_connect` runs (the sync reconciles orders there).

The stream is the HTML Living Standard's server-sent events (`text/event-stream`: `data:`
lines, blank-line separated, `:` comments as heartbeats, resume with `Last-Event-ID`).
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import requests
from pydantic import ValidationError

from studio.platform import models as m
from studio.platform.client import NO_RETRY, PlatformClient
from studio.platform.errors import BadResponse, PlatformError, PlatformUnreachable
from studio.show.state import Link

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedOptions:
    """The feed's timing, in seconds unless named otherwise.

    heartbeat_timeout_s: silence on the stream after which it is dead. poll_interval_s: the
    pause between polls. stream_retry_s: while polling, how often to try the stream again.
    fallback_after: stream failures in a row, with plain requests working, before polling.
    backoff_s / backoff_max_s: the offline back-off (doubling, capped). page_size: events per
    poll request.
    """

    heartbeat_timeout_s: float = 35.0  # the platform pings an idle stream every 15 s
    poll_interval_s: float = 2.0
    stream_retry_s: float = 15.0  # while polling, try the stream again this often
    fallback_after: int = 2  # stream failures in a row (with requests working) before polling
    backoff_s: float = 0.5
    backoff_max_s: float = 10.0
    page_size: int = 500


class StreamBroken(PlatformError):
    """The event stream failed while plain requests may still work (silence past the
    heartbeat, a dropped or garbled stream): reconnect, or fall back to polling."""

    retryable = True


class EventFeed:
    """Delivers the show's events in id order, each once, to `on_events` (on the feed thread).

    on_connect(): called before each (re)connection; may return the event id to resume
    after (the first call, which loads a snapshot, does). on_link(link, error): link changes
    (LIVE, POLLING, CONNECTING, OFFLINE, STOPPED) with the reason as a sentence, or None.
    on_tick(): called at least every heartbeat while connected (housekeeping).

    Every callback runs on the feed thread and should return quickly; an exception from one
    is logged and the feed carries on (a failed `on_events` batch is skipped, not retried).
    An exception from `on_connect` counts as a failed connection and is retried.
    `last_event_id`, `link`, `reconnects` and `stream_opens` are for display and tests.
    """

    def __init__(
        self,
        client: PlatformClient,
        show_id: str,
        *,
        on_events: Callable[[list[m.Event]], None],
        on_connect: Callable[[], int | None],
        on_link: Callable[[Link, str | None], None],
        on_tick: Callable[[], None] = lambda: None,
        options: FeedOptions | None = None,
    ) -> None:
        self.client = client
        self.show_id = show_id
        self.on_events = on_events
        self.on_connect = on_connect
        self.on_link = on_link
        self.on_tick = on_tick
        self.options = options or FeedOptions()
        self.last_event_id: int | None = None
        self.link = Link.STOPPED
        self.reconnects = 0
        self.stream_opens = 0
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._resp_lock = threading.Lock()
        self._resp: requests.Response | None = None
        self._connected = False
        self._polling = False
        self._stream_failures = 0
        self._failures = 0
        self._next_stream_try = 0.0

    # -- control ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start the feed thread ("platform-events"); a second call while it runs does nothing.
        Never raises: failures are reported through `on_link` and retried."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="platform-events", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the feed: abort the open stream and wait up to `timeout` seconds for the
        thread; the link then reports STOPPED. Any thread except the feed's own."""
        self._stop.set()
        self._wake.set()
        self._abort_stream()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_link(Link.STOPPED, None)

    def reconnect_now(self) -> None:
        """Skip the back-off wait, and reopen the stream even if polling."""
        self._next_stream_try = 0.0
        self._wake.set()

    def drop_connection(self) -> None:
        """Close the current stream (it will be resumed): for tests and network changes."""
        self._abort_stream()

    def _abort_stream(self) -> None:
        with self._resp_lock:
            resp = self._resp
        if resp is None:
            return
        # Closing a response does not wake a thread blocked in recv(); shutting the socket does.
        with contextlib.suppress(Exception):
            sock = resp.raw.connection.sock
            sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(Exception):
            resp.close()

    def _set_link(self, link: Link, error: str | None) -> None:
        if link != self.link or error:
            self.link = link
            try:
                self.on_link(link, error)
            except Exception:
                log.exception("on_link failed")

    def _sleep(self, seconds: float) -> None:
        if self._wake.wait(seconds):
            self._wake.clear()

    # -- the loop --------------------------------------------------------------------------

    def _run(self) -> None:
        self._set_link(Link.CONNECTING, None)
        while not self._stop.is_set():
            try:
                if not self._connected:
                    resume = self.on_connect()
                    if resume is not None and (
                        self.last_event_id is None or resume > self.last_event_id
                    ):
                        self.last_event_id = resume
                    self._connected = True
                    self._failures = 0
                if self._polling and time.monotonic() < self._next_stream_try:
                    self._poll_once()
                else:
                    self._stream_once()
            except PlatformError as exc:
                if self._stop.is_set():
                    break
                self._on_failure(exc)
            except Exception as exc:  # a bug must not end the show's sync
                log.exception("event feed failed")
                if self._stop.is_set():
                    break
                self._on_failure(PlatformError(f"Unexpected error ({type(exc).__name__})."))

    def _on_failure(self, exc: PlatformError) -> None:
        was_connected = self._connected
        self._connected = False  # reconcile before the next delivery
        if was_connected:
            self.reconnects += 1
        stream_only = self._probe_requests_work(exc)
        if stream_only:
            self._stream_failures += 1
            if self.link == Link.LIVE:
                self._set_link(Link.CONNECTING, exc.message)
            if self._stream_failures >= self.options.fallback_after and not self._polling:
                log.info("event stream unavailable (%s); polling instead", exc.message)
                self._polling = True
                self._next_stream_try = time.monotonic() + self.options.stream_retry_s
                self._set_link(Link.POLLING, exc.message)
                return  # poll at once: requests work
            if self._polling:
                self._next_stream_try = time.monotonic() + self.options.stream_retry_s
                return
            self._sleep(min(0.2 * self._stream_failures, self.options.backoff_max_s))
            return
        self._failures += 1
        self._set_link(Link.OFFLINE, exc.message)
        delay = min(
            self.options.backoff_max_s, self.options.backoff_s * 2 ** min(self._failures - 1, 8)
        )
        log.info("platform unreachable (%s); retrying in %.1f s", exc.message, delay)
        self._sleep(delay)

    def _probe_requests_work(self, exc: PlatformError) -> bool:
        """After a failure: True if plain requests still work (only the stream is broken)."""
        if isinstance(exc, StreamBroken):
            return True
        if isinstance(exc, PlatformUnreachable | BadResponse) or exc.retryable:
            try:
                self.client.get(
                    f"/shows/{self.show_id}/events",
                    m.EventPage.model_validate,
                    params={"after": self.last_event_id or 0, "limit": 1},
                    retry=NO_RETRY,
                )
            except PlatformError:
                return False
            return True
        return False

    # -- streaming -------------------------------------------------------------------------

    def _stream_once(self) -> None:
        path = f"/shows/{self.show_id}/events/stream"
        opened = time.monotonic()
        try:
            resp = self.client.open_stream(
                path, self.last_event_id, self.options.heartbeat_timeout_s
            )
        except PlatformError as exc:
            if self._polling:
                raise StreamBroken(exc.message) from exc
            raise
        with self._resp_lock:
            self._resp = resp
        self.stream_opens += 1
        if self._stop.is_set():
            self._abort_stream()
        delivered = 0
        try:
            self._polling = False
            self._stream_failures = 0
            self._set_link(Link.LIVE, None)
            for batch in self._read(resp):
                delivered += self._deliver(batch)
                if self._stop.is_set():
                    return
            # The platform closed the stream (restart, deploy, load balancer): resume.
            if time.monotonic() - opened < 1.0 and delivered == 0:
                raise StreamBroken("The event stream closed at once.")
            self._connected = False
            self.reconnects += 1
        except (requests.RequestException, OSError, AttributeError) as exc:
            # AttributeError: urllib3 when the response was closed under it (stop, abort).
            if self._stop.is_set():
                return
            timeout = "timed out" in str(exc).lower() or "read timed out" in repr(exc).lower()
            why = (
                f"no heartbeat for {self.options.heartbeat_timeout_s:.0f} s"
                if timeout
                else f"the event stream broke ({type(exc).__name__})"
            )
            raise StreamBroken(f"Lost the live events: {why}.") from exc
        finally:
            with self._resp_lock:
                self._resp = None
            resp.close()

    def _read(self, resp: requests.Response) -> Iterator[list[m.Event]]:
        """Yield lists of events, one list per chunk the platform sent."""
        buf = b""
        for chunk in resp.iter_content(chunk_size=None):
            if self._stop.is_set():
                return
            buf += chunk
            buf = buf.replace(b"\r\n", b"\n")
            batch: list[m.Event] = []
            while True:
                end = buf.find(b"\n\n")
                if end < 0:
                    break
                block, buf = buf[:end], buf[end + 2 :]
                event = _parse_block(block)
                if event is not None:
                    batch.append(event)
            self._tick()
            if batch:
                yield batch

    def _tick(self) -> None:
        try:
            self.on_tick()
        except Exception:
            log.exception("on_tick failed")

    def _deliver(self, events: list[m.Event]) -> int:
        last = self.last_event_id or 0
        fresh = [e for e in events if e.id > last]
        if not fresh:
            return 0
        try:
            self.on_events(fresh)
        except Exception:
            log.exception("applying %d events failed; skipped", len(fresh))
        self.last_event_id = fresh[-1].id
        return len(fresh)

    # -- polling ---------------------------------------------------------------------------

    def _poll_once(self) -> None:
        self._set_link(Link.POLLING, None)
        while not self._stop.is_set():
            page = self.client.events_after(
                self.show_id, self.last_event_id or 0, self.options.page_size
            )
            self._deliver(page.items)
            if not page.has_more:
                break
        self._tick()
        wait = min(self.options.poll_interval_s, max(0.0, self._next_stream_try - time.monotonic()))
        self._sleep(wait)


def _parse_block(block: bytes) -> m.Event | None:
    """One SSE message (lines of `field: value`); comments and `retry:` give None."""
    data: list[bytes] = []
    for line in block.split(b"\n"):
        if not line or line.startswith(b":"):
            continue
        name, _, value = line.partition(b":")
        if value.startswith(b" "):
            value = value[1:]
        if name == b"data":
            data.append(value)
    if not data:
        return None
    try:
        return m.Event.model_validate_json(b"\n".join(data))
    except (ValidationError, ValueError, json.JSONDecodeError) as exc:
        raise StreamBroken("The event stream carried something that is not an event.") from exc
