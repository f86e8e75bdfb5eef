"""A TCP proxy that breaks the network on command: stall, throttle, reset.

It sits between a publisher and a real ingest (nginx-rtmp) on loopback, so the publisher's real
socket code meets the faults a creator's uplink produces: a link that stops carrying bytes
(Wi-Fi gone, a router that black-holes), a thin uplink (bytes/s cap), and a connection reset by
a middlebox (RST via SO_LINGER 0). One thread per connection drives both directions with
`select` and never blocks in a socket call for long, so every fault takes effect at once, from
any thread.
"""

from __future__ import annotations

import contextlib
import select
import socket
import struct
import threading
import time

CHUNK = 64 * 1024
MAX_PENDING = 256 * 1024  # bytes held per direction before the proxy stops reading


class _Link:
    """One proxied connection: client <-> upstream, pumped by its own thread."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.client, self.upstream = client, upstream
        self.to_up = bytearray()
        self.to_client = bytearray()
        self.client_eof = self.upstream_eof = False
        self.reset_requested = False
        self.closed = threading.Event()
        self.thread = threading.Thread(target=self._run, name="fault-proxy-link", daemon=True)

    def _run(self) -> None:
        try:
            self._pump()
        except OSError:
            pass
        finally:
            if self.reset_requested:
                self._reset()
            self._close()

    def _pump(self) -> None:
        p = self.proxy
        while not p.stopping.is_set() and not self.reset_requested:
            if p.stalled.is_set():
                # A dead link: nothing read, nothing written; kernel buffers fill up.
                p.stalled_wake.wait(0.05)
                continue
            if self.client_eof and self.upstream_eof and not self.to_up and not self.to_client:
                return
            readers, writers = [], []
            room_up = p.budget()
            if not self.client_eof and len(self.to_up) < MAX_PENDING and room_up > 0:
                readers.append(self.client)
            if not self.upstream_eof and len(self.to_client) < MAX_PENDING:
                readers.append(self.upstream)
            if self.to_up:
                writers.append(self.upstream)
            if self.to_client:
                writers.append(self.client)
            r, w, _ = select.select(readers, writers, [], 0.05)
            if self.client in r:
                data = self.client.recv(min(CHUNK, room_up))
                if data:
                    p.spend(len(data))
                    self.to_up += data
                else:
                    self.client_eof = True
            if self.upstream in r:
                data = self.upstream.recv(CHUNK)
                if data:
                    self.to_client += data
                else:
                    self.upstream_eof = True
            if self.upstream in w:
                n = self.upstream.send(self.to_up)
                p.bytes_up += n
                del self.to_up[:n]
            if self.client in w:
                n = self.client.send(self.to_client)
                p.bytes_down += n
                del self.to_client[:n]
            # Pass a half-close on once everything before it was delivered.
            if self.client_eof and not self.to_up:
                with contextlib.suppress(OSError):
                    self.upstream.shutdown(socket.SHUT_WR)
            if self.upstream_eof and not self.to_client:
                with contextlib.suppress(OSError):
                    self.client.shutdown(socket.SHUT_WR)
                if self.client_eof:
                    return

    def _reset(self) -> None:
        """Abort both sides: SO_LINGER with a zero timeout turns close() into an RST."""
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def _close(self) -> None:
        for s in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                s.close()
        self.closed.set()


class FaultProxy:
    """Listen on 127.0.0.1:`port`, forward every connection to `upstream_port`.

    `stall()`/`resume()` stop and restart all forwarding; `throttle(bps)` caps the
    publisher-to-ingest direction (None lifts the cap); `reset()` aborts every open connection
    with an RST to both ends. Counters say what happened: `connections`, `resets`, bytes.
    """

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1") -> None:
        self.upstream = (upstream_host, upstream_port)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        self.stopping = threading.Event()
        self.stalled = threading.Event()
        self.stalled_wake = threading.Event()
        self.connections = 0
        self.resets = 0
        self.refused_upstream = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self._links: list[_Link] = []
        self._lock = threading.Lock()
        self._rate: float | None = None
        self._tokens = 0.0
        self._refill_at = time.monotonic()
        self._accept = threading.Thread(target=self._serve, name="fault-proxy", daemon=True)
        self._accept.start()

    def url(self, key: str, app: str = "live") -> str:
        return f"rtmp://127.0.0.1:{self.port}/{app}/{key}"

    # -- faults ---------------------------------------------------------------------------
    def stall(self) -> None:
        self.stalled_wake.clear()
        self.stalled.set()

    def resume(self) -> None:
        self.stalled.clear()
        self.stalled_wake.set()

    def throttle(self, bytes_per_s: float | None) -> None:
        with self._lock:
            self._rate = bytes_per_s
            self._tokens = 0.0
            self._refill_at = time.monotonic()

    def reset(self) -> int:
        """RST every open connection; returns how many were reset."""
        with self._lock:
            links = [lk for lk in self._links if not lk.closed.is_set()]
        for lk in links:
            lk.reset_requested = True
        for lk in links:
            lk.closed.wait(2)
        self.resets += len(links)
        return len(links)

    @property
    def open_links(self) -> int:
        with self._lock:
            return sum(1 for lk in self._links if not lk.closed.is_set())

    # -- the throttle's token bucket (shared by all links) ---------------------------------
    def budget(self) -> int:
        with self._lock:
            if self._rate is None:
                return CHUNK
            now = time.monotonic()
            # At most a tenth of a second of burst: a thin uplink, not a bursty one.
            self._tokens = min(self._rate / 10, self._tokens + (now - self._refill_at) * self._rate)
            self._refill_at = now
            # Move at least 20 ms worth at a time: a proxy spinning on tiny reads would take
            # the CPU (and the GIL) from the engine it is testing.
            return int(self._tokens) if self._tokens >= self._rate / 50 else 0

    def spend(self, n: int) -> None:
        with self._lock:
            if self._rate is not None:
                self._tokens -= n

    # -- plumbing -------------------------------------------------------------------------
    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.upstream, timeout=5)
            except OSError:
                self.refused_upstream += 1
                client.close()
                continue
            for s in (client, upstream):
                s.setblocking(False)
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(self, client, upstream)
            with self._lock:
                self._links = [lk for lk in self._links if not lk.closed.is_set()]
                self._links.append(link)
                self.connections += 1
            link.thread.start()

    def close(self) -> None:
        self.stopping.set()
        self.resume()
        with contextlib.suppress(OSError):
            self.sock.close()
        with self._lock:
            links = list(self._links)
        for lk in links:
            lk.thread.join(2)
        self._accept.join(2)
