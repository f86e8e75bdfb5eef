"""Platform sync under a burst: event-to-model latency at 2,000 orders/s, and exactly-once.

The sandbox's simulated audience places `--rate` orders per second for `--seconds`. Two
consumers follow the same show at once over HTTP: a bare SSE reader (the reference: what the
wire alone costs, as in benchmarks/sandbox.py) and a full `PlatformSync` (parse, journal to
SQLite, count into the show model, notify a subscriber). For each, latency is measured from an
order's commit on the platform (`created_at`) to its arrival: the reader's receipt, or the
model's `OrdersReceived` callback. Prints p50/p99, the rate each kept up with, and whether the
model holds every order exactly once with the platform's revenue.

    .venv/bin/python benchmarks/sync.py --rate 2000 --seconds 20

`--bids` runs a bid storm instead (issue 20): bids on one auction at `--rate` per second,
judged by the platform in bursts every 10 ms, followed by a full `PlatformSync` whose show
feeds the overlay driver and a real 1280x720 overlay scene. Event-to-screen latency runs from
a bid's commit on the platform (`placed_at`) to the auction panel showing it: the model's
`BidsReceived`, the driver handing the scene a new view, and the scene installing the panel
it rendered. Target (issue 20): p99 < 100 ms at 2,000 bids/s.

    .venv/bin/python benchmarks/sync.py --bids --rate 2000 --seconds 10
"""

from __future__ import annotations

import argparse
import os
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
    ap.add_argument("--rate", type=float, default=2000.0, help="orders (or bids) per second")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--bids", action="store_true", help="a bid storm on an auction instead")
    args = ap.parse_args()
    if args.bids:
        return bid_storm(args.rate, args.seconds)

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


def _first_at(points: list[tuple[int, float]], seq: int) -> float | None:
    """The first time in `points` ((count, time), counts rising) that covers bid `seq`."""
    lo, hi = 0, len(points)
    while lo < hi:
        mid = (lo + hi) // 2
        if points[mid][0] >= seq:
            hi = mid
        else:
            lo = mid + 1
    return points[lo][1] if lo < len(points) else None


def bid_storm(rate: float, seconds: float) -> int:
    """Bids at `rate`/s for `seconds` on one auction; latency to model, view and screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studio.overlays import scene as scene_module
    from studio.overlays.scene import OverlayScene
    from studio.platform.models import AuctionCreate, AuctionMode
    from studio.session.layers import StudioLayers
    from studio.session.overlay_driver import OverlayDriver
    from studio.session.show_feed import ShowFeed

    tmp = tempfile.TemporaryDirectory(prefix="studio-bench-bids-")
    server = SandboxServer(rate=0, live=True, rate_limit=None).start()
    store = server.store
    assert store is not None
    show = server.show_id
    pid = store.products.ids(show)[0]
    sync = PlatformSync(
        PlatformClient(server.api_url, token=server.host_token),
        show,
        db_path=Path(tmp.name) / "sync.sqlite",
    )
    model_at: list[tuple[int, float]] = []  # (bid count, when the model had it)
    view_at: list[tuple[int, float]] = []  # ... when the driver gave the scene that view
    screen_at: list[tuple[int, float]] = []  # ... when the scene installed that panel
    render_ms: list[float] = []
    rendering = [0]

    def on_bids(e: ev.BidsReceived) -> None:
        model_at.append((e.auction.bid_count, time.time()))

    real_render = scene_module.render_auction

    def render(view, *a, **kw):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        out = real_render(view, *a, **kw)
        render_ms.append((time.perf_counter() - t) * 1000)
        rendering[0] = view.bids
        return out

    scene_module.render_auction = render  # type: ignore[assignment]
    sync.model.events.connect(ev.BidsReceived, on_bids)
    feed = ShowFeed()
    overlay = OverlayScene(1280, 720, "default")
    overlay.changed.connect(lambda: screen_at.append((rendering[0], time.time())))
    driver = OverlayDriver(StudioLayers(overlay, None, 1280, 720), feed)
    real_set = overlay.set_auction

    def set_auction(view):  # type: ignore[no-untyped-def]
        if view is not None:
            view_at.append((view.bids, time.time()))
        real_set(view)

    overlay.set_auction = set_auction  # type: ignore[method-assign]
    feed.attach(sync.model)
    sync.start()
    deadline = time.monotonic() + 15
    while sync.model.state.sync.link.value != "live" and time.monotonic() < deadline:
        time.sleep(0.05)
    body = AuctionCreate(
        product_id=pid,
        starting_bid_minor=100,
        increment_minor=1,
        duration_s=300,
        mode=AuctionMode.SUDDEN_DEATH,
    )
    auction = store.auctions.create(show, body)
    time.sleep(0.5)

    t0 = time.monotonic()
    sent = 0
    amount = 100
    while time.monotonic() - t0 < seconds:
        due = int((time.monotonic() - t0) * rate) - sent
        if due > 0:
            burst = [
                (amount + i, f"Bidder {(sent + i) % 2}", f"k{(sent + i) % 2}") for i in range(due)
            ]
            store.auctions.bid_many(show, auction.id, burst)
            amount += due
            sent += due
        time.sleep(0.01)
    sent_s = time.monotonic() - t0
    placed = store.auctions.bids(show, auction.id, 0, 10**9)[0]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        not screen_at or screen_at[-1][0] < len(placed) or not model_at
    ):
        time.sleep(0.05)
    drained_s = time.monotonic() - t0
    held = sync.model.state.auction
    driver.close()
    feed.close()
    overlay.close()
    sync.stop()
    server.stop()
    tmp.cleanup()

    lat: dict[str, list[float]] = {"model": [], "view": [], "screen": []}
    for b in placed:
        for name, points in (("model", model_at), ("view", view_at), ("screen", screen_at)):
            at = _first_at(sorted(points), b.seq)
            if at is not None:
                lat[name].append((at - b.placed_at.timestamp()) * 1000)
    once = held is not None and held.bid_count == len(placed)
    print(f"bids placed {len(placed)} in {sent_s:.1f} s = {len(placed) / sent_s:.0f}/s "
          f"(asked {rate:g}/s); all shown after {drained_s:.1f} s")  # fmt: skip
    print(f"{'':<30}{'p50 ms':>10}{'p99 ms':>10}{'bids':>8}")
    for name, label in (
        ("model", "platform -> show model"),
        ("view", "-> overlay driver's view"),
        ("screen", "-> panel installed (screen)"),
    ):
        p50, p99 = quantiles(lat[name])
        print(f"{label:<30}{p50:>10.1f}{p99:>10.1f}{len(lat[name]):>8}")
    if render_ms:
        print(f"panel renders {len(render_ms)}, mean {statistics.fmean(render_ms):.1f} ms")
    print(f"model holds every bid once: {'yes' if once else 'NO'}; target screen p99 < 100 ms")
    return 0 if once else 1


if __name__ == "__main__":
    sys.exit(main())
