"""A real sandbox platform over HTTP, a misbehaving proxy in front of it, and syncs to test.

Timings are shortened (heartbeat 0.5 s, heartbeat timeout 2 s, quick back-off) so outages and
recoveries take seconds, not minutes; the logic under test is the same.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from studio.platform.client import PlatformClient, RetryPolicy
from studio.platform.events import FeedOptions
from studio.platform.sync import PlatformSync, SyncOptions
from studio.sandbox.server import SandboxServer
from tests.platform.proxy import FaultProxy

FAST_RETRY = RetryPolicy(attempts=4, backoff_s=0.05, backoff_max_s=0.4, deadline_s=4.0)
FAST = SyncOptions(
    feed=FeedOptions(
        heartbeat_timeout_s=2.0,
        poll_interval_s=0.3,
        stream_retry_s=1.5,
        backoff_s=0.1,
        backoff_max_s=0.8,
    ),
    outbox_backoff_s=0.1,
    outbox_backoff_max_s=0.8,
    auth_retry_s=1.0,
)


def wait_for(predicate: Callable[[], Any], timeout: float = 15.0, interval: float = 0.02) -> Any:
    """Poll until `predicate()` is truthy; return its value, or fail with what it last was."""
    end = time.monotonic() + timeout
    value = predicate()
    while not value:
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout} s waiting for {predicate}")
        time.sleep(interval)
        value = predicate()
    return value


def start_sandbox(db: Path, port: int = 0, **kw: Any) -> SandboxServer:
    opts: dict[str, Any] = {
        "rate": 0.0,
        "live": True,
        "simulate": False,
        "heartbeat_s": 0.5,
        "rate_limit": None,
    }
    opts.update(kw)
    return SandboxServer(port=port, db_path=db, **opts).start()


@dataclass
class Rig:
    """The sandbox, a proxy in front of it, and the syncs a test made (stopped at the end)."""

    tmp: Path
    sandbox: SandboxServer
    proxy: FaultProxy
    syncs: list[PlatformSync] = field(default_factory=list)

    @property
    def show_id(self) -> str:
        return self.sandbox.show_id

    def client(
        self, token: str | None = None, *, direct: bool = False, **kw: Any
    ) -> PlatformClient:
        url = self.sandbox.api_url if direct else self.proxy.api_url
        kw.setdefault("retry", FAST_RETRY)
        kw.setdefault("timeout", (1.0, 3.0))
        return PlatformClient(url, token=token or self.sandbox.host_token, **kw)

    def sync(
        self, token: str | None = None, *, name: str = "host", start: bool = True, **kw: Any
    ) -> PlatformSync:
        client = self.client(token, clock=kw.pop("clock", time.time))
        s = PlatformSync(
            client,
            self.show_id,
            db_path=self.tmp / f"{name}.sqlite",
            options=kw.pop("options", FAST),
            **kw,
        )
        self.syncs.append(s)
        return s.start() if start else s

    def control(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        r = requests.post(
            f"{self.sandbox.url}/sandbox/{path}",
            json=body,
            headers={"Authorization": f"Bearer {self.sandbox.host_token}"},
            timeout=10,
        )
        r.raise_for_status()
        result: dict[str, Any] = r.json()
        return result

    def server_orders(self) -> list[Any]:
        store = self.sandbox.store
        assert store is not None
        return store.orders.after(self.show_id, 0, 10**9)[0]

    def restart_sandbox(self, **kw: Any) -> SandboxServer:
        port = self.sandbox.port
        self.sandbox.stop()
        self.sandbox = start_sandbox(self.tmp / "platform.db", port=port, **kw)
        return self.sandbox


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    sandbox = start_sandbox(tmp_path / "platform.db")
    proxy = FaultProxy(("127.0.0.1", sandbox.port)).start()
    r = Rig(tmp_path, sandbox, proxy)
    try:
        yield r
    finally:
        for s in r.syncs:
            s.stop(timeout=3)
        proxy.down()
        r.sandbox.stop()


def synced(sync: PlatformSync, rig: Rig) -> bool:
    """The model holds exactly the orders the platform has."""
    return sync.model.state.sales.last_seq == len(rig.server_orders())
