"""The viewer page against a live demo: Buy click to the order in the studio's model, and the
page's delay behind live.

Runs `studio demo`'s world in this process (sandbox platform, private nginx-rtmp writing HLS)
with a studio live on it (test camera and tone, the real session and sync, no window), opens
the viewer page in Debian's headless Chromium (Selenium) and:

- clicks Buy `--buys` times; each is timed from the click (the page's own click handler, epoch
  ms) to the order's `OrdersReceived` in the studio's show model (same machine, same clock).
  Reference in the same run: the same number of orders POSTed straight to the API with the same
  viewer contract (requests), timed from the call to the model. The difference is what the page
  adds (browser, fetch, its JavaScript).
- samples the page's delay behind live (`studioWatch.delay_s`: the platform's clock minus the
  PROGRAM-DATE-TIME of the picture on screen) twice a second for `--seconds`, next to hls.js's
  own estimate (distance to the playlist's end, which leaves out the fragment nginx is still
  writing), and counts stalls.

    .venv/bin/python benchmarks/viewer.py --buys 40 --seconds 30
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests

from studio.commands.demo import DemoWorld, demo_studio
from studio.session.status import LiveState
from studio.show import events as ev
from tests.browser import chromium, chromium_available

TARGET_MS = 500.0


def wait(cond, timeout: float, what: str, every: float = 0.02):  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not (value := cond()):
        if time.monotonic() > end:
            raise SystemExit(f"viewer benchmark: timed out waiting for {what}")
        time.sleep(every)
    return value


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--buys", type=int, default=40)
    ap.add_argument("--seconds", type=float, default=30.0, help="delay sampling time")
    args = ap.parse_args()
    missing = chromium_available()
    if missing:
        print(f"viewer benchmark: {missing}")
        return 2

    world = DemoWorld(rate=0.0)
    if world.nginx is None:
        print(f"viewer benchmark: no nginx ingest: {world.note}")
        return 2
    home = Path(tempfile.mkdtemp(prefix="studio-bench-viewer-"))
    studio, _ = demo_studio(world, home=home)
    sb = world.sandbox
    host = {"Authorization": f"Bearer {sb.host_token}"}
    arrived: dict[str, float] = {}
    lock = threading.Lock()

    def on_orders(e: ev.OrdersReceived) -> None:
        now = time.time()
        with lock:
            for o in e.orders:
                arrived.setdefault(o.id, now)

    try:
        wait(lambda: studio.show_feed.state and studio.show_feed.state.show, 20, "the show")
        sync = studio.sync
        assert sync is not None
        sync.model.events.connect(ev.OrdersReceived, on_orders)  # the model, on its thread
        studio.go_live().result(timeout=60)
        if studio.session.status().state is not LiveState.LIVE:
            raise SystemExit("viewer benchmark: the studio did not go live")
        state = wait(
            lambda: (s := studio.show_feed.state) and s.show and s.show.status == "live" and s,
            20,
            "the platform to say the show is live",
        )
        product = state.queue_products[0]
        requests.patch(
            f"{sb.api_url}/shows/{sb.show_id}/products/{product.product_id}",
            json={"stock": 100_000},
            headers=host,
            timeout=10,
        ).raise_for_status()
        sync.pin(product.sku)
        wait(lambda: (s := studio.show_feed.state) and s.pinned, 20, "the pin")

        with chromium(390, 844) as driver:
            driver.get(sb.watch_url)
            wait(lambda: driver.find_element("id", "join").is_displayed(), 15, "the page")
            driver.find_element("id", "join-name").send_keys("Bench Viewer")
            driver.find_element("id", "join-go").click()
            page = lambda: driver.execute_script("return window.studioWatch")  # noqa: E731
            wait(lambda: page()["ready"], 20, "sign-in")
            wait(lambda: page()["playing"], 60, "the video", every=0.2)
            buy = driver.find_element("id", "buy")

            # Buy clicks -> the studio's model.
            clicks: list[float] = []
            for i in range(args.buys):
                wait(buy.is_enabled, 10, "Buy enabled")
                buy.click()
                placed = wait(
                    lambda n=i: len(page()["orders"]) > n and page()["orders"], 10, "the order"
                )
                order = placed[-1]
                t_model = wait(lambda oid=order["id"]: arrived.get(oid), 10, "the model")
                clicks.append(t_model * 1000 - order["clicked_at"])
                time.sleep(0.25)

            # Reference: the same contract without the page.
            token = requests.post(
                f"{sb.api_url}/shows/{sb.show_id}/viewer-sessions",
                json={"display_name": "Bench API"},
                headers={"Idempotency-Key": uuid.uuid4().hex},
                timeout=10,
            ).json()["token"]
            session = requests.Session()
            direct: list[float] = []
            for _ in range(args.buys):
                t0 = time.time()
                r = session.post(
                    f"{sb.api_url}/shows/{sb.show_id}/orders",
                    json={"product_id": product.product_id, "quantity": 1, "buyer_name": "API"},
                    headers={
                        "Authorization": f"Bearer {token}",
                        "Idempotency-Key": uuid.uuid4().hex,
                    },
                    timeout=10,
                )
                r.raise_for_status()
                order_id = r.json()["id"]
                t_model = wait(lambda oid=order_id: arrived.get(oid), 10, "the model")
                direct.append((t_model - t0) * 1000)
                time.sleep(0.25)

            # Delay behind live.
            delays: list[float] = []
            estimates: list[float] = []
            stalls0 = page()["stalls"]
            end = time.monotonic() + args.seconds
            while time.monotonic() < end:
                s = page()
                if s["delay_s"] is not None:
                    delays.append(s["delay_s"])
                if s["hls_latency_s"] is not None:
                    estimates.append(s["hls_latency_s"])
                time.sleep(0.5)
            stalls = page()["stalls"] - stalls0
            clock_ms = page()["clock_uncertainty_ms"]
    finally:
        try:
            studio.end_show().result(timeout=60)
        finally:
            studio.close()
            world.close()

    print(f"viewer page, {args.buys} buys each way, delay sampled for {args.seconds:g} s")
    print()
    print("| measure | p50 | p95 | max | target / reference |")
    print("|---|---|---|---|---|")
    print(
        f"| Buy click → order in the studio's model | {pct(clicks, 50):.0f} ms | "
        f"{pct(clicks, 95):.0f} ms | {max(clicks):.0f} ms | target p95 < {TARGET_MS:.0f} ms |"
    )
    print(
        f"| reference: POST /orders → the model | {pct(direct, 50):.0f} ms | "
        f"{pct(direct, 95):.0f} ms | {max(direct):.0f} ms | same contract, no browser |"
    )
    print(
        f"| page's delay behind live | {pct(delays, 50):.2f} s | {pct(delays, 95):.2f} s | "
        f"{max(delays, default=float('nan')):.2f} s | {stalls} stalls; clock ±{clock_ms} ms |"
    )
    print(
        f"| hls.js's own estimate (to playlist end) | {pct(estimates, 50):.2f} s | "
        f"{pct(estimates, 95):.2f} s | {max(estimates, default=float('nan')):.2f} s | "
        "leaves out the fragment being written |"
    )
    ok = pct(clicks, 95) < TARGET_MS
    print()
    print("Buy → model p95 " + ("within" if ok else "OVER") + f" the {TARGET_MS:.0f} ms target")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
