"""Cross-cutting write semantics as plain ASGI middleware: faults, rate limits, idempotency.

Kept out of the route handlers so every operation gets identical behaviour, and so the fault
switches sit in front of everything like a misbehaving network or proxy would.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import re
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from studio.sandbox.problems import (
    PROBLEM_JSON,
    ApiProblem,
    Conflict,
    RateLimited,
    Unavailable,
)
from studio.sandbox.stores import Store, StoredResult, token_hash
from studio.sandbox.stores.idempotency import IDEMPOTENCY_TTL_S

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
IDEMPOTENCY_KEY_PATTERN = r"^[!-~]{1,255}$"  # 1-255 visible ASCII characters
IDEMPOTENCY_KEY_RE = re.compile(IDEMPOTENCY_KEY_PATTERN)


@dataclass
class Faults:
    """Switches a test flips to make the platform misbehave (all off by default)."""

    delay_ms: int = 0
    error_rate: float = 0.0
    garbage_rate: float = 0.0
    refuse_streams: bool = False
    drop_generation: int = 0
    seed: int = 1
    _rng: random.Random = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    def roll(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._lock:
            return self._rng.random() < rate

    def drop_streams(self) -> None:
        """Close every open event stream now (clients must resume)."""
        self.drop_generation += 1

    def reset(self) -> None:
        self.delay_ms, self.error_rate, self.garbage_rate = 0, 0.0, 0.0
        self.refuse_streams = False


class RateLimiter:
    """A token bucket per caller: `per_second` sustained, `burst` at once."""

    def __init__(self, per_second: float | None, burst: int = 0) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}
        self.configure(per_second, burst)

    def configure(self, per_second: float | None, burst: int = 0) -> None:
        with self._lock:
            self.per_second = per_second if per_second and per_second > 0 else None
            self.burst = max(1, burst or int(per_second or 1))
            self._buckets.clear()

    def check(self, caller: str) -> float | None:
        """Take one token; None if allowed, else the seconds until one is available."""
        with self._lock:
            rate = self.per_second
            if rate is None:
                return None
            now = time.monotonic()
            tokens, last = self._buckets.get(caller, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[caller] = (tokens - 1.0, now)
                return None
            self._buckets[caller] = (tokens, now)
            return (1.0 - tokens) / rate


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k.lower() == name:
            return str(v.decode("latin-1"))
    return None


def _caller(scope: Scope) -> str:
    auth = _header(scope, b"authorization")
    if auth:
        return token_hash(auth.strip())
    client = scope.get("client") or ("?", 0)
    return f"ip:{client[0]}"


def _is_api(scope: Scope) -> bool:
    return scope["type"] == "http" and str(scope.get("path", "")).startswith("/v1/")


def _is_stream(scope: Scope) -> bool:
    return str(scope.get("path", "")).endswith("/events/stream")


async def send_problem(send: Send, problem: ApiProblem, instance: str | None = None) -> None:
    body = problem.encode(instance)
    headers = [
        (b"content-type", PROBLEM_JSON.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class FaultMiddleware:
    """Delay, fail, or corrupt responses of `/v1` calls as the `Faults` switches say."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not _is_api(scope):
            await self.app(scope, receive, send)
            return
        f = self.faults
        if f.delay_ms > 0:
            await asyncio.sleep(f.delay_ms / 1000)
        if f.roll(f.error_rate):
            await send_problem(send, Unavailable("Injected failure (sandbox fault switch)."))
            return
        if _is_stream(scope) or not f.roll(f.garbage_rate):
            await self.app(scope, receive, send)
            return

        # Run the request for real (its effect happens), then mangle what the client reads.
        garbled = False

        async def mangle(message: Message) -> None:
            nonlocal garbled
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message["headers"] if k != b"content-length"]
                await send({**message, "status": 200, "headers": headers})
            elif message["type"] == "http.response.body" and not garbled:
                garbled = True
                await send({"type": "http.response.body", "body": GARBAGE})

        await self.app(scope, receive, mangle)


GARBAGE = b'{"items": [{"id": \x00\xff<html><body>502 Bad Gateway'


class RateLimitMiddleware:
    """429 + Retry-After once a caller exceeds its bucket."""

    def __init__(self, app: ASGIApp, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if _is_api(scope):
            wait = self.limiter.check(_caller(scope))
            if wait is not None:
                await send_problem(send, RateLimited(wait), scope.get("path"))
                return
        await self.app(scope, receive, send)


class IdempotencyMiddleware:
    """Replays the first successful result of a write for the same caller and key.

    POST requires an Idempotency-Key; PUT/PATCH/DELETE honour one when given. Only 2xx results
    are stored: a failed write changed nothing, so running it again is safe. The same key with
    a different request is refused (422), and a duplicate still in flight gets 409.
    """

    def __init__(self, app: ASGIApp, store_getter: Callable[[], Store]) -> None:
        self.app = app
        self.store_getter = store_getter
        self._inflight: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method", "")
        if not _is_api(scope) or method not in WRITE_METHODS:
            await self.app(scope, receive, send)
            return
        key = _header(scope, b"idempotency-key")
        refusal = _key_problem(key, method)
        if refusal is not None:
            await send_problem(send, refusal, scope.get("path"))
            return
        if key is None:  # optional for PUT/PATCH/DELETE
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        if body is None:  # the client went away
            return
        caller = _caller(scope)
        fingerprint = _fingerprint(scope, body)
        stored = self.store_getter().idempotency.get(caller, key)
        if stored is not None and time.time() - stored.created_ts < IDEMPOTENCY_TTL_S:
            await _replay(send, stored, fingerprint, scope.get("path"))
            return
        slot = (caller, key)
        with self._lock:
            busy = slot in self._inflight
            if not busy:
                self._inflight.add(slot)
        if busy:
            await send_problem(send, _IN_FLIGHT, scope.get("path"))
            return
        try:
            status, headers, payload = await self._run(scope, body, receive)
            if 200 <= status < 300:
                await asyncio.to_thread(
                    self.store_getter().idempotency.put,
                    caller,
                    key,
                    fingerprint,
                    status,
                    json.dumps([(k.decode("latin-1"), v.decode("latin-1")) for k, v in headers]),
                    payload,
                )
        finally:
            with self._lock:
                self._inflight.discard(slot)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    async def _run(
        self, scope: Scope, body: bytes, receive: Receive
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Run the write with the body already read; (status, headers, body) held back until
        stored, so a retry arriving right after sees the replay."""
        sent_body = False

        async def replay_receive() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers.extend(message["headers"])
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, replay_receive, capture)
        return status, headers, b"".join(chunks)


_IN_FLIGHT = Conflict(
    "A request with this Idempotency-Key is still being processed; retry shortly.",
    slug="idempotency-key-in-use",
    headers={"Retry-After": "1"},
    retry_after=1,
)


def _key_problem(key: str | None, method: str) -> ApiProblem | None:
    """Why this write's Idempotency-Key is refused (missing on a POST, malformed), or None."""
    if key is None:
        if method != "POST":
            return None
        return ApiProblem(
            "Every POST needs an Idempotency-Key header (a fresh random string per "
            "logical write, reused on retries).",
            slug="idempotency-key-missing",
            title="Idempotency-Key required",
        )
    if not IDEMPOTENCY_KEY_RE.match(key):
        return ApiProblem(
            "Idempotency-Key must be 1-255 visible ASCII characters.",
            slug="idempotency-key-invalid",
            title="Bad Idempotency-Key",
        )
    return None


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None when the client disconnected first."""
    parts: list[bytes] = []
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        parts.append(message.get("body", b""))
        more = bool(message.get("more_body"))
    return b"".join(parts)


def _fingerprint(scope: Scope, body: bytes) -> str:
    """What makes two writes "the same request": method, path, query, If-Match and body."""
    fp = hashlib.sha256()
    for part in (
        str(scope.get("method", "")).encode(),
        str(scope.get("path", "")).encode(),
        scope.get("query_string", b""),
        (_header(scope, b"if-match") or "").encode(),
        body,
    ):
        fp.update(part + b"\x00")
    return fp.hexdigest()


async def _replay(send: Send, stored: StoredResult, fingerprint: str, path: str | None) -> None:
    """Send the stored result again, or 422 when the key was used for another request."""
    if stored.fingerprint != fingerprint:
        problem = ApiProblem(
            "This Idempotency-Key was already used for a different request; "
            "use a new key for a new write.",
            status=422,
            slug="idempotency-key-reused",
            title="Idempotency-Key reused",
        )
        await send_problem(send, problem, path)
        return
    headers = [(k.encode(), v.encode()) for k, v in json.loads(stored.headers)]
    headers.append((b"idempotent-replayed", b"true"))
    await send({"type": "http.response.start", "status": stored.status, "headers": headers})
    await send({"type": "http.response.body", "body": stored.body})
