"""A headless rehearsal produces the post-show report, and its figures are the platform's to
the cent: orders, units, revenue, average order value, buyers, and each product's counts,
recomputed here from the platform's own API. The PDF is turned into PNG pages (pdftoppm) and
the HTML rendered by headless Chromium; CJK product names are in both."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import defaultdict
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
import requests

from studio.cli import main
from studio.commands.demo import DemoWorld, rehearse
from studio.platform.client import PlatformClient
from studio.platform.models import Order

CJK_TITLES = {"prd_skillet": "铸铁煎锅 26 厘米", "prd_mug-set": "手工陶瓷马克杯 (4 个)"}
CHROMIUM = shutil.which("chromium")
PDFTOPPM = shutil.which("pdftoppm")


def platform_orders(world: DemoWorld) -> list[Order]:
    sb = world.sandbox
    client = PlatformClient(sb.api_url, token=sb.host_token)
    out: list[Order] = []
    after = 0
    while True:
        page = client.orders_after(sb.show_id, after, 500)
        out += page.items
        after = page.last_seq
        if not page.has_more:
            break
    client.close()
    return out


def keep(path: Path) -> None:
    """Copy a rendered page where a person can look at it (STUDIO_TEST_ARTIFACTS)."""
    target = os.environ.get("STUDIO_TEST_ARTIFACTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, Path(target) / path.name)


@pytest.mark.skipif(not (CHROMIUM and PDFTOPPM), reason="needs chromium and poppler-utils")
def test_a_rehearsal_reports_the_platforms_figures_to_the_cent(tmp_path: Path) -> None:
    world = DemoWorld(rate=3.0)
    try:
        sb = world.sandbox
        for pid, title in CJK_TITLES.items():
            r = requests.patch(
                f"{sb.api_url}/shows/{sb.show_id}/products/{pid}",
                json={"title": title},
                headers={"Authorization": f"Bearer {sb.host_token}"},
                timeout=10,
            )
            r.raise_for_status()
        out = tmp_path / "report"
        result = rehearse(world, 30.0, home=tmp_path / "home", report_dir=out, close_world=False)
        orders = platform_orders(world)
    finally:
        world.close()

    figures = json.loads((out / "report.json").read_text(encoding="utf-8"))
    head = figures["headline"]
    assert len(orders) >= 30
    revenue = sum(o.amount_minor for o in orders)
    assert head["revenue_minor"] == revenue == result.headline.revenue_minor
    assert head["orders"] == len(orders)
    assert head["units"] == sum(o.quantity for o in orders)
    aov = (Decimal(revenue) / len(orders)).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    assert head["aov_minor"] == int(aov)
    assert head["unique_buyers"] == len({o.viewer_id for o in orders})  # accounts, not names
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for o in orders:
        row = per[o.product_id]
        row[0] += 1
        row[1] += o.quantity
        row[2] += o.amount_minor
    reported = {
        p["product_id"]: [p["orders"], p["units"], p["revenue_minor"]]
        for p in figures["products"]
        if p["orders"]
    }
    assert reported == dict(per)
    # The scripted rundown happened: pins, a flash sale, a question answered.
    assert len(figures["pins"]) >= 3
    (flash,) = figures["flashes"]
    assert flash["product_id"] == "prd_mug-set"
    assert flash["orders"] == sum(1 for o in orders if o.product_id == "prd_mug-set" and o.flash)
    assert figures["health"]["samples"] >= 3 and figures["health"]["avg_kbps"] > 500
    titles = {p["product_id"]: p["title"] for p in figures["products"]}
    assert titles["prd_skillet"] == CJK_TITLES["prd_skillet"]

    # The CSV segments name buyers and their products, and add up to the same revenue.
    import csv

    with (out / "report-csv" / "buyers.csv").open(encoding="utf-8-sig") as f:
        buyers = list(csv.DictReader(f))
    assert len(buyers) == len({o.viewer_id for o in orders})  # a row per account (namesakes)
    assert {b["buyer"] for b in buyers} <= {o.buyer_name for o in orders}
    assert {b["account"] for b in buyers} == {o.viewer_id for o in orders}  # namesakes apart
    spent = sum(Decimal(b["spent"]) for b in buyers)
    assert spent == Decimal(revenue) / 100

    # `studio report FOLDER` gives the same figures from the copied timeline.
    again = tmp_path / "again.json"
    assert main(["report", str(result.folder), "--json", str(again)]) == 0
    assert json.loads(again.read_text())["headline"] == head

    # The HTML: self-contained, CJK names inside, fonts embedded.
    html = (out / "report.html").read_text(encoding="utf-8")
    assert CJK_TITLES["prd_skillet"] in html
    assert "Report CJK" in html and "data:font/woff;base64," in html
    assert not re.search(r"(src|href)=[\"']?https?:|url\(\s*[\"']?https?:|<script", html)
    shot = tmp_path / "report-html.png"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--hide-scrollbars",
            "--window-size=1366,3200",
            f"--screenshot={shot}",
            (out / "report.html").as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.stat().st_size > 50_000
    keep(shot)

    # The PDF: A4 pages, the CJK font embedded, rendered to PNG.
    subprocess.run(
        [str(PDFTOPPM), "-r", "80", "-png", str(out / "report.pdf"), str(tmp_path / "report-pdf")],
        check=True,
        timeout=120,
    )
    pages = sorted(tmp_path.glob("report-pdf-*.png"))
    assert len(pages) == 4
    for page in pages:
        keep(page)
    fonts = subprocess.run(
        ["pdffonts", str(out / "report.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "CJK" in fonts
    info = subprocess.run(
        ["pdfinfo", str(out / "report.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "(A4)" in info
