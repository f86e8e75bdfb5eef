"""Screenshots of the sandbox's viewer page, in Debian's headless Chromium, for review and docs.

Runs `studio demo`'s world in this process with a studio live on it (test camera and tone, the
studio's own overlays on the picture), a simulated audience, a pinned product on a flash
sale, and a viewer who comments and buys (their order's toast reaches the picture a few
seconds later, through the studio). Writes:

    viewer-phone.png            390×844, the 16:9 canvas
    viewer-laptop.png           1366×768, the same show
    viewer-phone-vertical.png   390×844, a 9:16 canvas (the shop over the full-screen video)
    viewer-join.png             390×844, the sign-in sheet of a link with ?ref=KEMI

    .venv/bin/python scripts/viewer_screenshots.py [--out docs/screenshots]

Look at every one before committing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studio.commands.demo import DemoWorld, demo_studio
from studio.session.status import LiveState
from tests.browser import chromium, chromium_available

ROOT = Path(__file__).resolve().parents[1]


def wait(cond: Callable[[], Any], timeout: float, what: str) -> Any:
    end = time.monotonic() + timeout
    while not (value := cond()):
        if time.monotonic() > end:
            raise SystemExit(f"viewer screenshots: timed out waiting for {what}")
        time.sleep(0.1)
    return value


def shoot(driver: Any, path: Path) -> None:
    driver.save_screenshot(str(path))
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"{shown}: {path.stat().st_size // 1024} KB")


def watch(url: str, name: str, size: tuple[int, int], out: Path, say: str | None) -> None:
    with chromium(*size) as driver:
        driver.get(url)
        wait(lambda: driver.find_element("id", "join").is_displayed(), 15, "the page")
        driver.find_element("id", "join-name").send_keys(name)
        driver.find_element("id", "join-go").click()
        page = lambda: driver.execute_script("return window.studioWatch")  # noqa: E731
        wait(lambda: page()["ready"] and page()["playing"], 60, "the video")
        if say:
            driver.find_element("id", "say-text").send_keys(say)
            driver.find_element("id", "say-send").click()
        wait(lambda: driver.find_element("id", "buy").is_enabled(), 10, "Buy")
        driver.find_element("id", "buy").click()
        wait(lambda: page()["orders"], 10, "the order")
        time.sleep(page()["delay_s"] + 1.5)  # the order's toast, on air, reaches the page
        shoot(driver, out)


def live_world(profile: str) -> tuple[DemoWorld, Any]:
    world = DemoWorld(rate=0.6)
    studio, _ = demo_studio(world, profile, home=Path(tempfile.mkdtemp(prefix="studio-vshots-")))
    wait(lambda: studio.show_feed.state and studio.show_feed.state.show, 20, "the show")
    studio.go_live().result(timeout=60)
    if studio.session.status().state is not LiveState.LIVE:
        raise SystemExit("viewer screenshots: the studio did not go live")
    state = wait(
        lambda: (s := studio.show_feed.state) and s.show and s.show.status == "live" and s,
        20,
        "the show live",
    )
    product = state.queue_products[0]
    studio.sync.pin(product.sku)
    wait(lambda: (s := studio.show_feed.state) and s.pinned, 20, "the pin")
    price = product.price * 8 / 10
    studio.sync.start_flash_sale(product.sku, price.quantize(product.price), 300)
    wait(lambda: (s := studio.show_feed.state) and s.timers, 20, "the flash sale")
    time.sleep(3)  # a few simulated comments and orders
    return world, studio


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args()
    missing = chromium_available()
    if missing:
        print(f"viewer screenshots: {missing}")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for profile, shots in (
        (
            "720p30",
            (("Ana B.", (390, 844), "viewer-phone"), ("Jo K.", (1366, 768), "viewer-laptop")),
        ),
        ("720p30-vertical", (("Mika T.", (390, 844), "viewer-phone-vertical"),)),
    ):
        world, studio = live_world(profile)
        try:
            for name, size, file in shots:
                watch(world.sandbox.watch_url, name, size, args.out / f"{file}.png",
                      "Does it work on induction?")  # fmt: skip
            if profile == "720p30":
                with chromium(390, 844) as driver:
                    driver.get(world.sandbox.watch_url + "?ref=KEMI")
                    wait(lambda d=driver: d.find_element("id", "join").is_displayed(), 15, "join")
                    time.sleep(3)
                    shoot(driver, args.out / "viewer-join.png")
        finally:
            studio.end_show().result(timeout=60)
            studio.close()
            world.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
