"""The post-show report of a long show: generation time and the timeline's size on disk.

Writes the timeline of a `--hours` show with `--orders` orders through the studio's own
`TimelineWriter` (the lines `TimelineRecorder` writes: orders, a comment for every five orders,
viewers and stream health every 5 s, a pin every 10 minutes, a flash sale every 30), then
times each step of `studio report`: reading the timeline, computing the figures, the HTML
(charts as SVG, fonts subset), the PDF and the CSV files. The reference in the same run is
reading the same file with `json.loads` per line alone (the floor for any JSON-lines reader).
Target: the whole report under 5 s for 3 hours and 50,000 orders.

    .venv/bin/python benchmarks/report.py --hours 3 --orders 50000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.report.csvs import write_csvs
from studio.report.figures import build_report
from studio.report.html import render_html
from studio.report.pdf import write_pdf
from studio.session.timeline import TimelineWriter, order_line, read_timeline
from studio.show.state import Order

PRODUCTS = [
    ("prd_skillet", "HK-001", "Cast-iron skillet 26 cm", 4900),
    ("prd_mug", "HK-002", "手工陶瓷马克杯 (4 个)", 3600),
    ("prd_board", "HK-003", "Maple cutting board", 5500),
    ("prd_apron", "HK-004", "Linen apron", 3200),
    ("prd_chai", "HK-005", "Spiced chai blend 250 g", 1400),
    ("prd_candle", "HK-006", "Pumpkin spice candle", 1900),
    ("prd_knife", "HK-007", "Chef's knife 20 cm", 8900),
    ("prd_honey", "HK-008", "Wildflower honey 500 g", 1600),
]


def make_timeline(folder: Path, hours: float, n_orders: int, seed: int = 1) -> Path:
    """A long show's timeline written as the studio writes it; returns its path."""
    rng = random.Random(seed)
    duration = hours * 3600
    t0 = 1_764_500_000.0
    writer = TimelineWriter(folder / "timeline.jsonl", flush_s=0.5)
    started = datetime.fromtimestamp(t0, UTC).isoformat()
    ended = datetime.fromtimestamp(t0 + duration, UTC).isoformat()
    show = {
        "k": "show",
        "t": t0,
        "id": "shw_bench",
        "title": "Harvest Kitchen: a long night",
        "host": "Mara Lindqvist",
        "currency": "EUR",
        "theme": "Harvest Kitchen",
        "scheduled": None,
        "started": started,
    }
    writer.append({"k": "begin", "t": t0, "v": 1})
    writer.append({**show, "status": "live", "ended": None})
    stock = {}
    for pid, sku, title, price in PRODUCTS:
        stock[pid] = n_orders
        writer.append(
            {
                "k": "product",
                "t": t0,
                "p": pid,
                "sku": sku,
                "title": title,
                "price": price,
                "stock": n_orders,
            }
        )
    for code, name in (("KEMI", "Kitchen with Kemi"), ("SLOWCOOK", "The Slow Cook Club")):
        writer.append({"k": "reseller", "t": t0, "code": code, "name": name})
    events: list[tuple[float, dict[str, object]]] = []
    for i in range(int(duration // 600)):
        pid = PRODUCTS[i % len(PRODUCTS)][0]
        events.append((t0 + i * 600, {"k": "pin", "p": pid}))
    for i in range(int(duration // 1800)):
        a = t0 + i * 1800 + 300
        pid, _, _, price = PRODUCTS[(i + 1) % len(PRODUCTS)]
        flash = {"id": f"tmr_{i}", "p": pid, "price": price * 7 // 10, "start": a, "end": a + 120}
        events.append((a, {"k": "flash", **flash, "status": "active"}))
        events.append((a + 120, {"k": "flash", **flash, "status": "ended"}))
    for s in range(0, int(duration), 5):
        viewers = int(300 + 200 * rng.random())
        events.append((t0 + s, {"k": "viewers", "n": viewers, "peak": 520}))
        events.append(
            (
                t0 + s + 0.5,
                {
                    "k": "health",
                    "state": "live",
                    "kbps": 3000.0 + rng.random() * 100,
                    "fps": 30.0,
                    "enc": s * 30,
                    "drop": s // 50,
                    "skip": 0,
                    "lag": 0,
                    "rc": 0,
                    "buf": 40.0,
                },
            )
        )
    buyers = [f"Buyer {i}" for i in range(n_orders // 4)]
    times = sorted(t0 + rng.random() * duration for _ in range(n_orders))
    for seq, t in enumerate(times, start=1):
        pid, _, _, price = rng.choice(PRODUCTS)
        q = rng.choice((1, 1, 1, 2))
        stock[pid] -= q
        o = Order(
            seq=seq,
            id=f"ord_{seq:08x}",
            product_id=pid,
            quantity=q,
            unit_price_minor=price,
            amount_minor=price * q,
            currency="EUR",
            flash=False,
            buyer_name=rng.choice(buyers),
            created_at=datetime.fromtimestamp(t, UTC),
            stock_remaining=stock[pid],
            points_earned=q * 10,
            referral_code="KEMI" if rng.random() < 0.2 else None,
        )
        events.append((t, order_line(o)))
        if seq % 5 == 0:
            kind = "question" if rng.random() < 0.3 else "comment"
            events.append(
                (
                    t + 1,
                    {
                        "k": "comment",
                        "id": f"cmt_{seq}",
                        "role": "viewer",
                        "kind": kind,
                        "by": rng.choice(buyers),
                    },
                )
            )
    events.sort(key=lambda e: e[0])
    for t, line in events:
        writer.append({**line, "t": round(t, 3)})
    writer.append({**show, "t": t0 + duration, "status": "ended", "ended": ended})
    writer.close()
    return writer.path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hours", type=float, default=3.0)
    ap.add_argument("--orders", type=int, default=50_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="studio-report-bench-") as tmp:
        folder = Path(tmp) / "shw_bench"
        t = time.perf_counter()
        path = make_timeline(folder, args.hours, args.orders)
        written = time.perf_counter() - t
        size = path.stat().st_size
        lines = sum(1 for _ in path.open(encoding="utf-8"))

        t = time.perf_counter()
        with path.open(encoding="utf-8") as f:
            for raw in f:
                json.loads(raw)
        floor = time.perf_counter() - t

        steps: list[tuple[str, float, float]] = []  # (step, wall s, CPU s)
        t, c = time.perf_counter(), time.process_time()
        tl = read_timeline(folder)
        steps.append(("read the timeline", time.perf_counter() - t, time.process_time() - c))
        t, c = time.perf_counter(), time.process_time()
        report = build_report(tl)
        steps.append(("compute the figures", time.perf_counter() - t, time.process_time() - c))
        t, c = time.perf_counter(), time.process_time()
        html = render_html(report)
        (folder / "report.html").write_text(html, encoding="utf-8")
        steps.append(
            ("HTML (SVG charts, fonts subset)", time.perf_counter() - t, time.process_time() - c)
        )
        t, c = time.perf_counter(), time.process_time()
        write_pdf(report, folder / "report.pdf")
        steps.append(("PDF (4 A4 pages)", time.perf_counter() - t, time.process_time() - c))
        t, c = time.perf_counter(), time.process_time()
        write_csvs(report, folder / "csv")
        steps.append(("CSV files", time.perf_counter() - t, time.process_time() - c))
        t, c = time.perf_counter(), time.process_time()
        total = sum(s for _, s, _ in steps)
        total_cpu = sum(c for _, _, c in steps)

        h = report.headline
        print(
            f"show: {args.hours:g} h, {h.orders:,} orders, {len(tl.comments):,} comments, "
            f"{len(tl.viewers):,} viewer and {len(tl.health):,} health samples"
        )
        print(
            f"timeline: {size / 1e6:.2f} MB on disk, {lines:,} lines "
            f"({size / max(1, lines):.0f} bytes a line), written in {written:.1f} s"
        )
        print()
        print("| step | wall s | CPU s |")
        print("|---|---|---|")
        for name, s, cpu in steps:
            print(f"| {name} | {s:.2f} | {cpu:.2f} |")
        print(f"| **whole report** (target < 5 s) | **{total:.2f}** | **{total_cpu:.2f}** |")
        print(f"| reference: json.loads of every line alone | {floor:.2f} | |")
        print()
        pdf_kb = (folder / "report.pdf").stat().st_size / 1e3
        print(f"HTML {len(html) / 1e3:.0f} kB, PDF {pdf_kb:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
