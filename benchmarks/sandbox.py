"""Sandbox under load: orders/s in, events out over SSE, delivery latency and exactly-once.

The simulated audience places orders at `--rate` per second (in batches, as its background
thread ticks) for `--seconds`; one SSE client follows the show's event stream over HTTP. When
the stream breaks the client resumes with Last-Event-ID, as the studio does. Prints the
delivered order-event rate, p50/p99 latency from commit time (`at`) to receipt, and whether
every order arrived exactly once (seq 1..N, no gap, no duplicate).

    .venv/bin/python benchmarks/sandbox.py --rate 2000 --seconds 60
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sse import follow_orders

from studio.platform.models import ProductUpdate
from studio.sandbox.server import SandboxServer


def follow(server: SandboxServer, stop: threading.Event, out: list[tuple[int, float, float]]):
    """Collect (seq, commit time, receive time) of order.created until `stop`."""
    follow_orders(
        server.api_url, server.show_id, server.host_token, stop, out,
        lambda ev: datetime.fromisoformat(ev["at"].replace("Z", "+00:00")).timestamp(),
    )  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=2000.0, help="orders per second")
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()

    server = SandboxServer(rate=0, live=True, rate_limit=None).start()
    store = server.store
    assert store is not None
    for pid in store.products.ids(server.show_id):  # enough stock for the whole run
        store.products.update(server.show_id, pid, ProductUpdate(stock=1_000_000), "")
    got: list[tuple[int, float, float]] = []
    stop = threading.Event()
    reader = threading.Thread(target=follow, args=(server, stop, got), daemon=True)
    reader.start()
    time.sleep(0.5)
    t0 = time.monotonic()
    server.simulator.rate = args.rate
    time.sleep(args.seconds)
    server.simulator.rate = 0
    sent_s = time.monotonic() - t0
    placed = store.orders.after(server.show_id, 0, 10**9)[0]
    deadline = time.monotonic() + 30
    while len(got) < len(placed) and time.monotonic() < deadline:
        time.sleep(0.2)
    drained_s = time.monotonic() - t0
    stop.set()
    server.stop()

    seqs = [s for s, _, _ in got]
    lat_ms = sorted((recv - at) * 1000 for _, at, recv in got)
    exactly_once = seqs == list(range(1, len(placed) + 1))
    q = statistics.quantiles(lat_ms, n=100) if len(lat_ms) >= 100 else [float("nan")] * 99
    print(f"{'orders placed':<28}{len(placed):>12}")
    print(f"{'placed per second':<28}{len(placed) / sent_s:>12.0f}   (asked {args.rate:g})")
    print(f"{'order events delivered':<28}{len(got):>12}")
    print(f"{'delivered per second':<28}{len(got) / drained_s:>12.0f}")
    print(f"{'latency p50 (ms)':<28}{q[49]:>12.1f}")
    print(f"{'latency p99 (ms)':<28}{q[98]:>12.1f}")
    print(f"{'exactly once':<28}{'yes' if exactly_once else 'NO':>12}")
    return 0 if exactly_once else 1


if __name__ == "__main__":
    sys.exit(main())
