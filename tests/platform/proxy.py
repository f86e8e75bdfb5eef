"""A real TCP proxy in front of the sandbox that misbehaves like a bad network on request.

Every request is read off the socket, looked at, and then forwarded (with `Connection: close`,
so each request gets its own connection and can be judged on its own) or answered by the
proxy itself: a 500, a 429 with Retry-After, a 200 with a garbage body, silence. It can also
forward a write and then throw the answer away (the write happened, the client never hears),
delay answers, stall or cut open event streams, and go down altogether (nothing listening).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)

    @property
    def is_stream(self) -> bool:
        return self.path.split("?")[0].endswith("/events/stream")


@dataclass
class Rule:
    """What to do with the next `times` requests that `match` (None = forever)."""

    action: str  # respond, drop_response, blackhole, delay
    match: Callable[[Request], bool]
    times: int | None = 1
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay_s: float = 0.0
    hits: int = 0


REASONS = {
    200: "OK",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
GARBAGE = b"<html><body>\x00\xff 502 Bad Gateway</body></html>"


def _matcher(
    method: str | None, path_contains: str | None, streams: bool
) -> Callable[[Request], bool]:
    def match(r: Request) -> bool:
        if r.is_stream and not streams:
            return False
        if method is not None and r.method not in method.split(","):
            return False
        return path_contains is None or path_contains in r.path

    return match


class FaultProxy:
    def __init__(self, upstream: tuple[str, int], port: int = 0) -> None:
        self.upstream = upstream
        self.port = port
        self.requests: list[Request] = []
        self.rules: list[Rule] = []
        self.stall_streams = False
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self._conns: set[socket.socket] = set()
        self._stream_conns: set[socket.socket] = set()
        self._stop = threading.Event()
        self._accept_thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/v1"

    # -- switches ------------------------------------------------------------------------------

    def inject(
        self,
        status: int = 500,
        *,
        times: int | None = 1,
        method: str | None = None,
        path_contains: str | None = None,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
        garbage: bool = False,
    ) -> Rule:
        """Answer matching requests ourselves (problem+json unless `garbage`)."""
        if garbage:
            status, body = 200, GARBAGE
            hdrs = {"Content-Type": "application/json"}
        else:
            hdrs = {"Content-Type": "application/problem+json"}
            if body is None:
                body = (
                    b'{"type":"about:blank","title":"Injected by the test proxy","status":'
                    + str(status).encode()
                    + b"}"
                )
        hdrs.update(headers or {})
        return self._add(
            Rule(
                "respond", _matcher(method, path_contains, False), times, status, hdrs, body or b""
            )
        )

    def drop_responses(
        self, *, times: int | None = 1, method: str | None = None, path_contains: str | None = None
    ) -> Rule:
        """Forward matching requests, then close the connection instead of answering."""
        return self._add(Rule("drop_response", _matcher(method, path_contains, False), times))

    def delay(
        self,
        seconds: float,
        *,
        times: int | None = 1,
        method: str | None = None,
        path_contains: str | None = None,
    ) -> Rule:
        return self._add(
            Rule("delay", _matcher(method, path_contains, False), times, delay_s=seconds)
        )

    def blackhole(self, *, times: int | None = None, streams: bool = True) -> Rule:
        """Accept and read matching requests, never answer."""
        return self._add(Rule("blackhole", _matcher(None, None, streams), times))

    def _add(self, rule: Rule) -> Rule:
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()
        self.stall_streams = False

    def cut_streams(self) -> int:
        """Close every open event stream abruptly (a Wi-Fi hiccup)."""
        with self._lock:
            conns = list(self._stream_conns)
        for c in conns:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
        return len(conns)

    def count(self, method: str | None = None, path_contains: str | None = None) -> int:
        m = _matcher(method, path_contains, True)
        with self._lock:
            return sum(1 for r in self.requests if m(r))

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._stop.clear()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        sock.listen(64)
        self.port = sock.getsockname()[1]
        self._listener = sock
        self._accept_thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        self._accept_thread.start()
        return self

    def down(self) -> None:
        """Nothing listens any more and every open connection is reset."""
        self._stop.set()
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        if self._accept_thread is not None:
            self._accept_thread.join(5)
        with self._lock:
            conns = list(self._conns)
        for c in conns:
            with contextlib.suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                c.close()

    def up(self) -> FaultProxy:
        return self.start()

    stop = down

    # -- plumbing ------------------------------------------------------------------------------

    def _accept(self) -> None:
        listener = self._listener
        assert listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                self._conns.add(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _rule_for(self, req: Request) -> Rule | None:
        with self._lock:
            self.requests.append(req)
            for rule in self.rules:
                if (rule.times is None or rule.hits < rule.times) and rule.match(req):
                    rule.hits += 1
                    return rule
        return None

    def _serve(self, client: socket.socket) -> None:
        up: socket.socket | None = None
        try:
            req = _read_request(client)
            if req is None:
                return
            rule = self._rule_for(req)
            action = rule.action if rule else "forward"
            if action == "respond" and rule is not None:
                head = f"HTTP/1.1 {rule.status} {REASONS.get(rule.status, 'Error')}\r\n"
                hdrs = {
                    **rule.headers,
                    "Content-Length": str(len(rule.body)),
                    "Connection": "close",
                }
                head += "".join(f"{k}: {v}\r\n" for k, v in hdrs.items()) + "\r\n"
                client.sendall(head.encode() + rule.body)
                return
            if action == "blackhole":
                while not self._stop.is_set():
                    client.settimeout(0.2)
                    try:
                        if client.recv(65536) == b"":
                            return
                    except TimeoutError:
                        continue
                return
            up = socket.create_connection(self.upstream, timeout=30)
            up.sendall(_rewrite(req))
            if action == "drop_response":
                _drain(up)
                return
            if rule is not None and action == "delay":
                time.sleep(rule.delay_s)
            if req.is_stream:
                with self._lock:
                    self._stream_conns.add(client)
                up.settimeout(None)
            self._relay(up, client, req.is_stream)
        except OSError:
            pass
        finally:
            with self._lock:
                self._conns.discard(client)
                self._stream_conns.discard(client)
            for s in (client, up):
                if s is not None:
                    with contextlib.suppress(OSError):
                        s.close()

    def _relay(self, up: socket.socket, client: socket.socket, stream: bool) -> None:
        while True:
            data = up.recv(65536)
            if not data:
                return
            while stream and self.stall_streams and not self._stop.is_set():
                time.sleep(0.05)  # hold everything back, keep the socket open
            client.sendall(data)


def _read_request(sock: socket.socket) -> Request | None:
    sock.settimeout(30)
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    length = int(headers.get("content-length") or 0)
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return Request(method, path, headers, rest[:length])


def _rewrite(req: Request) -> bytes:
    hdrs = {k: v for k, v in req.headers.items() if k not in ("connection", "keep-alive")}
    hdrs["connection"] = "close"
    head = f"{req.method} {req.path} HTTP/1.1\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in hdrs.items()) + "\r\n"
    return head.encode("latin-1") + req.body


def _drain(up: socket.socket) -> None:
    up.settimeout(10)
    with contextlib.suppress(OSError):
        while up.recv(65536):
            pass
