"""The local control server: a WebSocket (protocol.py) on PORT and plain HTTP on PORT + 1.

Threads: the server runs on a thread of its own ("control") with its own asyncio loop; the
requests run in arrival order on one more thread ("control-action", `actions.Actions`), so a
slow command never stalls the sockets and the show's threads never wait for a client. Show and
session events reach the loop with `call_soon_threadsafe`; a client that reads too slowly
loses events (counted), never the studio's time.

Safety (the issue's rules): off unless started; bound to 127.0.0.1 unless a LAN address is
chosen (then a warning); every client signs in with the token (`hmac.compare_digest`), an
address that fails 10 times in a minute is locked out for a minute; each connection and each
HTTP client address is rate-limited (a token bucket: `RATE_PER_S` sustained, `BURST` at
once); requests beyond it are answered `rate_limited` without touching the studio. The token
is registered with `studio.redact` (by `studio.secrets`), so logs mask it.

HTTP (for Bitfocus Companion's generic HTTP module and scripts):
`POST /v1/<request type>` with `Authorization: Bearer TOKEN` (or `X-Studio-Token: TOKEN`), the
request's data as a JSON object body and/or query parameters (`?sku=HK-001&confirm=true`);
`GET /v1/status`. The answer is the WebSocket response's `d` as JSON, with status 200 (ok),
400 (malformed), 401 (token), 404 (unknown request), 409 (refused), 429 (rate limited).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import ipaddress
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

import studio.control.protocol as p
from studio import __version__, i18n
from studio.control.actions import Actions, ControlledStudio, Refused
from studio.errors import UsageError
from studio.platform.outbox import JsonObject
from studio.session.status import SessionStatus
from studio.show import events as ev

log = logging.getLogger(__name__)

# websockets logs every frame at DEBUG, cut to 75 characters: a cut token is no longer the
# registered secret, so redaction cannot find it. Frames are never logged (the secret scan
# in tests/control checks it with `studio -v`).
_WS_LOG = logging.getLogger("studio.control.ws")
_WS_LOG.setLevel(logging.INFO)

RATE_PER_S = 20.0
BURST = 40.0
AUTH_FAILURES = 10  # per address per minute, then locked out
LOCKOUT_S = 60.0
IDENTIFY_TIMEOUT_S = 10.0
MAX_PENDING_ACTIONS = 64
MAX_EVENT_BACKLOG = 100  # per client: events waiting to be written beyond this are dropped
MAX_HTTP_HEADER = 8 * 1024
LOOPBACK = "127.0.0.1"


class Bucket:
    """A token bucket: `take()` is True while under `rate` per second (bursts of `burst`)."""

    def __init__(self, rate: float = RATE_PER_S, burst: float = BURST) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = burst
        self.at = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


@dataclass
class _Client:
    ws: ServerConnection
    events: frozenset[p.EventType] = frozenset()
    bucket: Bucket = field(default_factory=Bucket)
    backlog: int = 0
    dropped: int = 0


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ControlServer:
    """The remote control of one studio; `start()` listens, `stop()` closes everything.

    `port` is the WebSocket's (0: any free one, see `port` after start), the HTTP endpoint is
    on `http_port` (PORT + 1 unless given). Raises `UsageError` from `start()` when a port is
    taken or the address cannot be bound. `on_clients(fn)` calls `fn(count)` (control thread)
    whenever the number of signed-in WebSocket clients changes (the window's indicator).
    """

    def __init__(
        self,
        studio: ControlledStudio,
        token: str,
        port: int,
        host: str = LOOPBACK,
        http_port: int | None = None,
    ) -> None:
        self.studio = studio
        self._token = token.encode("utf-8")
        self.token_ref = "studio"  # where the keyring keeps it (control.start sets it)
        self.token_in_memory = False
        self.host = host
        self.port = port
        self.http_port = http_port if http_port is not None else (port + 1 if port else 0)
        self.actions = Actions(studio, lambda: len(self._clients))
        self._clients: dict[ServerConnection, _Client] = {}
        self._client_listeners: list[Callable[[int], None]] = []
        self._failures: dict[str, list[float]] = {}
        self._http_buckets: dict[str, Bucket] = {}
        self._pending = 0
        self._worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="control-action")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._stop: asyncio.Event | None = None
        self._unsubscribe: list[Callable[[], None]] = []
        self._last_state: tuple[object, ...] | None = None
        self.events_dropped = 0
        self._tasks: set[asyncio.Future[None]] = set()

    # -- life cycle --------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> ControlServer:
        """Listen (blocking until bound); returns self."""
        if not is_loopback(self.host):
            log.warning(
                "the remote control listens on %s: anyone on that network who has the token "
                "can run the show",
                self.host,
            )
        self._thread = threading.Thread(target=self._run, name="control", daemon=True)
        self._thread.start()
        self._ready.wait(timeout)
        if self._start_error is not None:
            err = self._start_error
            raise UsageError(
                i18n._("The remote control could not listen on {host} port {port} ({err}).").format(
                    host=self.host, port=self.port, err=err
                ),
                i18n._("Pick another --control-port (one no other program uses)."),
            ) from err
        feed = self.studio.show_feed.events
        self._unsubscribe += [
            feed.connect(ev.PinChanged, self._pin_changed),
            feed.connect(ev.OrdersReceived, self._orders),
            feed.connect(ev.ChangeFailed, self._change_failed),
            self.studio.session.subscribe(self._session_changed),
        ]
        log.info(
            "remote control on ws://%s:%d and http://%s:%d",
            self.host,
            self.port,
            self.host,
            self.http_port,
        )
        return self

    def stop(self) -> None:
        """Close every connection and the listeners; wait for the thread (idempotent)."""
        for fn in self._unsubscribe:
            fn()
        self._unsubscribe.clear()
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(10)
        self._worker.shutdown(wait=False, cancel_futures=True)

    def set_token(self, token: str) -> int:
        """Sign in with `token` from now on (any thread; the window's "New token"). Every
        client signed in with the old one is disconnected (close code 4009, "the token was
        changed"): a lost phone loses the show at once. Returns how many were."""
        self._token = token.encode("utf-8")
        clients = list(self._clients)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            for ws in clients:
                with contextlib.suppress(RuntimeError):
                    asyncio.run_coroutine_threadsafe(
                        ws.close(p.CLOSE_AUTH_FAILED, "the token was changed: sign in again"),
                        loop,
                    )
        log.info("remote control: new token; %d client(s) signed out", len(clients))
        return len(clients)

    def on_clients(self, fn: Callable[[int], None]) -> None:
        self._client_listeners.append(fn)

    @property
    def client_count(self) -> int:
        return len(self._clients)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:
            if not self._ready.is_set():
                self._start_error = exc
            else:
                log.exception("the remote control stopped")
        finally:
            self._ready.set()
            loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        ws_server: Server = await serve(
            self._ws,
            self.host,
            self.port,
            max_size=p.MAX_MESSAGE_BYTES,
            max_queue=32,
            write_limit=256 * 1024,
            ping_interval=20,
            ping_timeout=20,
            server_header=f"Studio/{__version__}",
            logger=_WS_LOG,
        )
        try:
            http_server = await asyncio.start_server(
                self._http, self.host, self.http_port, limit=MAX_HTTP_HEADER
            )
        except BaseException:
            ws_server.close()
            raise
        self.port = ws_server.sockets[0].getsockname()[1]
        self.http_port = http_server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            http_server.close()
            ws_server.close()
            await ws_server.wait_closed()
            await http_server.wait_closed()

    # -- authentication ----------------------------------------------------------------------
    def _locked_out(self, address: str) -> bool:
        now = time.monotonic()
        recent = [t for t in self._failures.get(address, []) if now - t < LOCKOUT_S]
        self._failures[address] = recent
        return len(recent) >= AUTH_FAILURES

    def _check_token(self, given: str, address: str) -> bool:
        if hmac.compare_digest(given.encode("utf-8"), self._token):
            return True
        self._failures.setdefault(address, []).append(time.monotonic())
        log.warning("remote control: a wrong token from %s", address)
        return False

    # -- WebSocket ---------------------------------------------------------------------------
    async def _ws(self, ws: ServerConnection) -> None:
        address = str(ws.remote_address[0]) if ws.remote_address else "?"
        if self._locked_out(address):
            await ws.close(p.CLOSE_LOCKED_OUT, "too many wrong tokens: wait a minute")
            return
        await ws.send(p.hello(__version__))
        try:
            first = await asyncio.wait_for(ws.recv(), IDENTIFY_TIMEOUT_S)
            msg = p.parse_client(first)
        except TimeoutError:
            await ws.close(p.CLOSE_NOT_IDENTIFIED, "identify first (with the token)")
            return
        except p.ProtocolError as exc:
            await ws.close(p.CLOSE_NOT_IDENTIFIED, f"identify first: {exc.message}"[:120])
            return
        except ConnectionClosed:
            return
        if not isinstance(msg, p.Identify):
            await ws.close(p.CLOSE_NOT_IDENTIFIED, "identify first (with the token)")
            return
        if msg.protocol != p.PROTOCOL_VERSION:
            await ws.close(
                p.CLOSE_UNSUPPORTED_VERSION, f"this studio speaks protocol {p.PROTOCOL_VERSION}"
            )
            return
        if not self._check_token(msg.token, address):
            await ws.close(p.CLOSE_AUTH_FAILED, "wrong token")
            return
        client = _Client(ws, msg.events if msg.events is not None else frozenset(p.EventType))
        self._clients[ws] = client
        self._tell_clients()
        log.info("remote control: a client signed in from %s", address)
        try:
            await ws.send(p.identified(client.events))
            async for raw in ws:
                await self._ws_message(client, raw)
        except ConnectionClosed:
            pass
        finally:
            self._clients.pop(ws, None)
            self._tell_clients()
            log.info("remote control: a client from %s left", address)

    async def _ws_message(self, client: _Client, raw: str | bytes) -> None:
        ws = client.ws
        if not client.bucket.take():
            rid = _peek_id(raw)
            if rid is None:
                await ws.send(p.error(p.ErrorCode.RATE_LIMITED, _SLOW, _SLOW_HINT))
            else:
                d = p.refusal(rid[0], rid[1], p.ErrorCode.RATE_LIMITED, _SLOW, _SLOW_HINT)
                await ws.send(p.dumps("response", d))
            return
        try:
            msg = p.parse_client(raw)
        except p.ProtocolError as exc:
            rid = _peek_id(raw)
            if rid is not None and exc.code is p.ErrorCode.UNKNOWN_REQUEST:
                d = p.refusal(rid[0], rid[1], exc.code, exc.message, exc.hint)
                await ws.send(p.dumps("response", d))
            else:
                await ws.send(p.error(exc.code, exc.message, exc.hint))
            return
        if isinstance(msg, p.Identify):
            await ws.send(p.error(p.ErrorCode.MALFORMED, "Already identified.", ""))
        elif isinstance(msg, p.Subscribe):
            client.events = msg.events
            await ws.send(p.identified(client.events))
        else:
            d = await self._execute(msg)
            await ws.send(p.dumps("response", d))

    async def _execute(self, req: p.Request) -> JsonObject:
        """The response `d` of a request (run on the action worker)."""
        if self._pending >= MAX_PENDING_ACTIONS:
            return p.refusal(req.id, req.type, p.ErrorCode.RATE_LIMITED, _SLOW, _SLOW_HINT)
        loop = asyncio.get_running_loop()
        self._pending += 1
        log.debug("remote control: %s", req.type)
        try:
            data = await loop.run_in_executor(self._worker, self.actions.run, req)
        except Refused as exc:
            return p.refusal(req.id, req.type, exc.code, exc.message, exc.hint)
        except Exception:
            log.exception("remote control: %s failed", req.type)
            return p.refusal(
                req.id,
                req.type,
                p.ErrorCode.INTERNAL,
                "The studio could not do that.",
                "The log has the details.",
            )
        finally:
            self._pending -= 1
        if req.type == "set_mute":
            self._session_changed(self.studio.session.status())
        return p.ok(req.id, req.type, data)

    def _tell_clients(self) -> None:
        n = len(self._clients)
        for fn in list(self._client_listeners):
            try:
                fn(n)
            except Exception:
                log.exception("control client listener failed")

    # -- events (any thread -> the loop) -----------------------------------------------------
    def _emit(self, kind: p.EventType, data: JsonObject) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(self._broadcast, kind, data)

    def _broadcast(self, kind: p.EventType, data: JsonObject) -> None:
        text = p.event(kind, data)
        for client in list(self._clients.values()):
            if kind not in client.events:
                continue
            if client.backlog >= MAX_EVENT_BACKLOG:
                client.dropped += 1
                self.events_dropped += 1
                continue
            client.backlog += 1
            task = asyncio.ensure_future(self._send_event(client, text))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _send_event(self, client: _Client, text: str) -> None:
        try:
            await client.ws.send(text)
        except ConnectionClosed:
            pass
        finally:
            client.backlog -= 1

    def _session_changed(self, st: SessionStatus) -> None:
        muted = bool(self.studio.session.audio.muted)
        key = (st.state, st.recording, muted, st.error)
        if key == self._last_state:
            return
        first = self._last_state is None
        old_error = None if first else self._last_state[3]  # type: ignore[index]
        self._last_state = key
        self._emit(
            p.EventType.STATE,
            {"state": st.state.value, "recording": st.recording, "muted": muted},
        )
        if st.error is not None and st.error is not old_error:
            self._emit(
                p.EventType.WARNING,
                {"source": "broadcast", "message": st.error.message, "hint": st.error.hint},
            )

    def _pin_changed(self, e: ev.PinChanged) -> None:
        prod = e.product
        self._emit(
            p.EventType.PIN,
            {
                "pinned": prod is not None,
                "sku": prod.sku if prod is not None else None,
                "title": prod.title if prod is not None else None,
            },
        )

    def _orders(self, e: ev.OrdersReceived) -> None:
        self._emit(
            p.EventType.ORDER,
            {
                "orders": [
                    {
                        "id": o.id,
                        "product_id": o.product_id,
                        "quantity": o.quantity,
                        "amount_minor": o.amount_minor,
                        "flash": o.flash,
                    }
                    for o in e.orders[-20:]
                ],
                "total_orders": e.sales.orders,
                "revenue_minor": e.sales.revenue_minor,
                "currency": e.sales.currency,
            },
        )

    def _change_failed(self, e: ev.ChangeFailed) -> None:
        self._emit(
            p.EventType.WARNING,
            {
                "source": "platform",
                "message": f"{e.change.description}: {e.message}",
                "hint": e.hint,
            },
        )

    # -- HTTP --------------------------------------------------------------------------------
    async def _http(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        address = str(peer[0]) if peer else "?"
        try:
            status, body = await asyncio.wait_for(self._http_request(reader, address), 10)
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError):
            writer.close()
            return
        except (ValueError, asyncio.LimitOverrunError, UnicodeDecodeError):
            status, body = 400, _http_error(p.ErrorCode.MALFORMED, "Not an HTTP request.")
        data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        head = (
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
            "Content-Type: application/json; charset=utf-8\r\n"
            f"Content-Length: {len(data)}\r\n"
            "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        )
        try:
            writer.write(head.encode("ascii") + data)
            await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def _http_request(
        self, reader: asyncio.StreamReader, address: str
    ) -> tuple[int, JsonObject]:
        line = (await reader.readuntil(b"\r\n")).decode("ascii").strip()
        method, target, _ = line.split(" ", 2)
        headers: dict[str, str] = {}
        size = len(line)
        while True:
            h = (await reader.readuntil(b"\r\n")).decode("latin-1")
            size += len(h)
            if size > MAX_HTTP_HEADER:
                raise ValueError("headers too long")
            if h == "\r\n":
                break
            name, _, value = h.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0") or "0")
        if not 0 <= length <= p.MAX_MESSAGE_BYTES:
            return 413, _http_error(p.ErrorCode.MALFORMED, "The body is too large.")
        raw = await reader.readexactly(length) if length else b""
        bucket = self._http_buckets.setdefault(address, Bucket())
        if not bucket.take():
            return 429, _http_error(p.ErrorCode.RATE_LIMITED, _SLOW, _SLOW_HINT)
        if self._locked_out(address):
            return 429, _http_error(
                p.ErrorCode.UNAUTHORIZED, "Too many wrong tokens.", "Wait a minute."
            )
        url = urlsplit(target)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        if "token" in query:
            return 400, _http_error(
                p.ErrorCode.UNAUTHORIZED,
                "The token does not go into the URL (URLs end up in logs).",
                "Send it as the header Authorization: Bearer TOKEN.",
            )
        auth = headers.get("authorization", "")
        token = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        token = token or headers.get("x-studio-token", "")
        if not token or not self._check_token(token, address):
            return 401, _http_error(
                p.ErrorCode.UNAUTHORIZED,
                "A missing or wrong token.",
                "Send the header Authorization: Bearer TOKEN (the studio shows the token).",
            )
        path = unquote(url.path)
        if not path.startswith("/v1/"):
            return 404, _http_error(p.ErrorCode.UNKNOWN_REQUEST, "Use /v1/<request type>.")
        kind = path[4:]
        expected = "GET" if kind in ("status", "stats", "get_status", "get_stats") else "POST"
        kind = {"status": "get_status", "stats": "get_stats"}.get(kind, kind)
        if method != expected:
            return 405, _http_error(p.ErrorCode.MALFORMED, f"{kind} takes {expected}.")
        try:
            data = _http_data(kind, raw, query)
            req = p.parse_request({"id": "http", "type": kind, "data": data})
        except p.ProtocolError as exc:
            code = 404 if exc.code is p.ErrorCode.UNKNOWN_REQUEST else 400
            return code, _http_error(exc.code, exc.message, exc.hint)
        d = await self._execute(req)
        if d["ok"]:
            return 200, d
        return _HTTP_STATUS.get(d["error"]["code"], 409), d


_SLOW = "Too many requests."
_SLOW_HINT = f"At most {RATE_PER_S:.0f} a second (bursts of {BURST:.0f}); wait a moment."
_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
}
_HTTP_STATUS = {"rate_limited": 429, "internal": 500, "malformed": 400}


def _http_error(code: p.ErrorCode, message: str, hint: str = "") -> JsonObject:
    return {"ok": False, "error": {"code": code.value, "message": message, "hint": hint}}


def _http_data(kind: str, raw: bytes, query: dict[str, str]) -> JsonObject:
    """A request's data from a JSON body and/or the query (query values typed by the
    request's fields: true/false, integers; the rest stays text)."""
    data: JsonObject = {}
    if raw.strip():
        try:
            body = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise p.ProtocolError(
                p.ErrorCode.MALFORMED, "The body is not JSON.", "Send a JSON object or nothing."
            ) from None
        if not isinstance(body, dict):
            raise p.ProtocolError(p.ErrorCode.MALFORMED, "The body must be a JSON object.")
        data.update(body)
    spec = p.REQUESTS.get(kind, {})
    for name, value in query.items():
        types = spec.get(name, ((str,), False))[0]
        if bool in types and value.lower() in ("true", "false", "1", "0"):
            data[name] = value.lower() in ("true", "1")
        elif int in types and str not in types:
            try:
                data[name] = int(value)
            except ValueError:
                data[name] = value  # refused as malformed below
        else:
            data[name] = value
    return data


def _peek_id(raw: str | bytes) -> tuple[str, str] | None:
    """(id, type) of something that looks like a request, for a typed refusal; else None."""
    if isinstance(raw, bytes) or len(raw) > p.MAX_MESSAGE_BYTES:
        return None
    try:
        d = json.loads(raw).get("d", {})
        rid, kind = d.get("id"), d.get("type")
    except (ValueError, AttributeError, RecursionError):
        return None
    if isinstance(rid, str) and isinstance(kind, str) and 1 <= len(rid) <= p.MAX_ID_CHARS:
        return rid, kind[:64]
    return None
