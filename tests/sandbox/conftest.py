"""A real sandbox platform on localhost for every test here, and a small HTTP helper."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests

from studio.sandbox.server import SandboxServer


class FakeClock:
    """Platform time that only moves when a test says so (timers, ingest staleness)."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class Api:
    """requests with the sandbox's conventions: bearer token, fresh Idempotency-Key per POST."""

    base: str
    token: str
    session: requests.Session = field(default_factory=requests.Session)

    def _headers(self, extra: dict[str, str] | None) -> dict[str, str]:
        h = {"Authorization": f"Bearer {self.token}"}
        h.update(extra or {})
        return h

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.session.get(
            self.base + path, headers=self._headers(kw.pop("headers", None)), timeout=10, **kw
        )

    def post(self, path: str, json_body: Any = None, key: str | None = "auto", **kw: Any):
        headers = self._headers(kw.pop("headers", None))
        if key == "auto":
            key = uuid.uuid4().hex
        if key is not None:
            headers["Idempotency-Key"] = key
        return self.session.post(
            self.base + path, json=json_body, headers=headers, timeout=10, **kw
        )

    def put(self, path: str, json_body: Any = None, **kw: Any) -> requests.Response:
        headers = self._headers(kw.pop("headers", None))
        return self.session.put(self.base + path, json=json_body, headers=headers, timeout=10)

    def delete(self, path: str, **kw: Any) -> requests.Response:
        headers = self._headers(kw.pop("headers", None))
        return self.session.delete(self.base + path, headers=headers, timeout=10)


@dataclass
class Platform:
    server: SandboxServer
    clock: FakeClock
    host: Api
    cohost: Api
    viewer: Api

    @property
    def show(self) -> str:
        return f"/shows/{self.server.show_id}"

    def control(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        r = requests.post(
            f"{self.server.url}/sandbox/{path}",
            json=body,
            headers={"Authorization": f"Bearer {self.server.host_token}"},
            timeout=10,
        )
        r.raise_for_status()
        result: dict[str, Any] = r.json()
        return result


def _platform(**kw: Any) -> Iterator[Platform]:
    clock = FakeClock()
    server = SandboxServer(
        rate=kw.pop("rate", 5.0),
        live=kw.pop("live", True),
        simulate=False,
        rate_limit=kw.pop("rate_limit", None),
        heartbeat_s=0.3,
        clock=clock,
        **kw,
    )
    server.start()
    try:
        yield Platform(
            server,
            clock,
            Api(server.api_url, server.host_token),
            Api(server.api_url, server.cohost_token),
            Api(server.api_url, server.viewer_token),
        )
    finally:
        server.stop()


@pytest.fixture(scope="module")
def platform() -> Iterator[Platform]:
    """Shared by a module's tests: live demo show, simulator driven only by the tests."""
    yield from _platform()


@pytest.fixture
def fresh_platform() -> Iterator[Platform]:
    """A platform of one's own, for tests that end the show or otherwise spoil it."""
    yield from _platform()


@dataclass
class SseEvent:
    id: int
    type: str
    data: dict[str, Any]


def read_sse(
    resp: requests.Response,
    want: int,
    deadline_s: float = 10.0,
    until: Callable[[SseEvent], bool] | None = None,
) -> tuple[list[SseEvent], list[str]]:
    """Read up to `want` events, or until one matches `until`, from an open SSE response."""
    events: list[SseEvent] = []
    comments: list[str] = []
    fields: dict[str, str] = {}
    end = time.monotonic() + deadline_s
    for raw in resp.iter_lines(decode_unicode=True):
        line = raw if isinstance(raw, str) else raw.decode()
        if line.startswith(":"):
            comments.append(line)
        elif line == "":
            if "data" in fields:
                events.append(
                    SseEvent(int(fields["id"]), fields["event"], json.loads(fields["data"]))
                )
                if len(events) >= want or (until is not None and until(events[-1])):
                    break
            fields = {}
        else:
            name, _, value = line.partition(":")
            fields[name] = value.removeprefix(" ")
        if time.monotonic() > end:
            break
    return events, comments
