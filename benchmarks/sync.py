"""Platform sync under a burst: event-to-model latency at 2,000 orders/s, and exactly-once.

The sandbox's simulated audience places `--rate` orders per second for `--seconds`. Two
consumers follow the same show at once over HTTP: a bare SSE reader (the reference: what the
wire alone costs, as in benchmarks/sandbox.py) and a full `PlatformSync` (parse, journal to
SQLite, count into the show model, notify a subscriber). For each, latency is measured from an
order's commit on the platform (`created_at`) to its arrival: the reader's receipt, or the
model's `OrdersReceived` callback. Prints p50/p99, the rate each kept up with, and whether the
model holds every order exactly once with the platform's revenue.

    .venv/bin/python benchmarks/sync.py --rate 2000 --seconds 20
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sse import follow_orders

from studio.platform.client import PlatformClient
from studio.platform.models import ProductUpdate
from studio.platform.sync import PlatformSync
from studio.sandbox.server import SandboxServer
from studio.show import events as ev


def follow(server: SandboxServer, stop: threading.Event, out: list[tuple[int, float, float]]):
    """The reference: (seq, commit time, receive time) of order.created off the raw stream."""
    last = str(server.store.events.last_id(server.show_id)) if server.store else "0"
    follow_orders(
        server.api_url, server.show_id, server.host_token, stop, out,
        lambda ev: datetime.fromisoformat(ev["data"]["created_at"]).timestamp(), last,
    )  # fmt: skip


def quantiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 100:
        return float("nan"), float("nan")
    q = statistics.quantiles(values, n=100)
    return q[49], q[98]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rate", type=float, default=2000.0, help="orders per second")
    ap.add_argument("--seconds", type=float, default=20.0)
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="studio-bench-sync-")
    server = SandboxServer(rate=0, live=True, rate_limit=None).start()
    store = server.store
    assert store is not None
    for pid in store.products.ids(server.show_id):  # enough stock for the whole run
        store.products.update(server.show_id, pid, ProductUpdate(stock=1_000_000), "")

    sync = PlatformSync(
        PlatformClient(server.api_url, token=server.host_token),
        server.show_id,
        db_path=Path(tmp.name) / "sync.sqlite",
    )
    model_got: list[tuple[int, float, float]] = []

    def on_event(e: ev.ShowEvent) -> None:
        if isinstance(e, ev.OrdersReceived):
            now = time.time()
            model_got.extend((o.seq, o.created_at.timestamp(), now) for o in e.orders)

    sync.model.subscribe(on_event)
    sync.start()
    ref_got: list[tuple[int, float, float]] = []
    stop = threading.Event()
    reader = threading.Thread(target=follow, args=(server, stop, ref_got), daemon=True)
    reader.start()
    deadline = time.monotonic() + 15
    while sync.model.state.sync.link.value != "live" and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)

    t0 = time.monotonic()
    server.simulator.rate = args.rate
    time.sleep(args.seconds)
    server.simulator.rate = 0
    sent_s = time.monotonic() - t0
    placed = store.orders.after(server.show_id, 0, 10**9)[0]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        len(ref_got) < len(placed) or sync.model.state.sales.last_seq < len(placed)
    ):
        time.sleep(0.1)
    drained_s = time.monotonic() - t0
    stop.set()
    sales = sync.model.state.sales
    journal = sync.journal.count()
    sync.stop()
    server.stop()
    tmp.cleanup()

    revenue = sum(o.amount_minor for o in placed)
    ref_seqs = [s for s, _, _ in ref_got]
    model_seqs = sorted(s for s, _, _ in model_got)
    expected = list(range(1, len(placed) + 1))
    model_ok = model_seqs == expected and sales.orders == len(placed)
    model_ok = model_ok and sales.revenue_minor == revenue and journal == len(placed)
    ref_lat = [(r - a) * 1000 for _, a, r in ref_got]
    model_lat = [(r - a) * 1000 for _, a, r in model_got]
    (rp50, rp99), (mp50, mp99) = quantiles(ref_lat), quantiles(model_lat)

    print(
        f"orders placed {len(placed)} in {sent_s:.1f} s = {len(placed) / sent_s:.0f}/s "
        f"(asked {args.rate:g}/s)"
    )
    print(f"{'':<26}{'raw SSE reader':>16}{'PlatformSync model':>20}")
    print(f"{'orders received':<26}{len(ref_got):>16}{len(model_got):>20}")
    print(
        f"{'received per second':<26}{len(ref_got) / drained_s:>16.0f}"
        f"{len(model_got) / drained_s:>20.0f}"
    )
    print(f"{'latency p50 (ms)':<26}{rp50:>16.1f}{mp50:>20.1f}")
    print(f"{'latency p99 (ms)':<26}{rp99:>16.1f}{mp99:>20.1f}")
    print(
        f"{'exactly once':<26}{'yes' if ref_seqs == expected else 'NO':>16}"
        f"{'yes' if model_ok else 'NO':>20}"
    )
    print(
        f"model revenue {sales.revenue_minor} minor units, platform {revenue}; "
        f"journal {journal} orders"
    )
    return 0 if model_ok else 1


if __name__ == "__main__":
    sys.exit(main())
