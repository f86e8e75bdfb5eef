"""A reseller's kit page in Debian's Chromium (issue 21): opened with the link they got on
joining, it lists their highlight clip (playable inline) and their posters with download
buttons; without the key it asks for it, with a wrong one it says so."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from studio.overlays.fonts import ensure_qt
from studio.overlays.poster import PosterContent
from studio.overlays.theme import load_theme
from studio.platform import materials as mat
from studio.platform.client import PlatformClient
from studio.report.highlights import Highlight, cut_clip
from studio.report.share_kit import write_share_kit
from studio.sandbox.server import SandboxServer
from studio.show.state import Reseller
from tests.browser import chromium, chromium_available
from tests.report.test_highlights import record
from tests.sandbox.conftest import FakeClock
from tests.viewer.conftest import wait_for


@pytest.fixture
def shop() -> Iterator[SandboxServer]:
    missing = chromium_available()
    if missing:
        pytest.skip(missing)
    server = SandboxServer(rate=0, live=True, simulate=False, rate_limit=None).start()
    yield server
    server.stop()


def _join(server: SandboxServer) -> dict[str, str]:
    base = f"{server.api_url}/shows/{server.show_id}"
    auth = {"Authorization": f"Bearer {server.host_token}"}
    requests.put(f"{base}/reseller-program", json={"two_b": True}, headers=auth, timeout=10)
    invite = requests.post(
        f"{base}/reseller-invites",
        json={"name": "Corner Shop"},
        headers=auth | {"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    ).json()
    joined = requests.post(
        f"{base}/resellers/join",
        json={"invite_code": invite["invite_code"], "code": "CORNER"},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert joined.status_code == 201, joined.text
    result: dict[str, str] = joined.json()
    return result


def test_the_reseller_opens_their_kit_plays_the_clip_and_can_download(
    shop: SandboxServer, tmp_path: Path
) -> None:
    joined = _join(shop)
    clip = cut_clip(
        record(tmp_path / "show.mp4", 360, 640), Highlight(1.0, 3.0), tmp_path / "c.mp4"
    )
    ensure_qt()
    content = PosterContent(
        title="Autumn Denim Night",
        show_theme="Denim Days",
        host="Ava Lin",
        starts="Sat, Nov 30 · 7:00 PM UTC",
        link="",
        code="",
    )
    corner = Reseller("CORNER", "Corner Shop", share_url="https://shop.example/live/x?ref=CORNER")
    kemi = Reseller("KEMI", "Kitchen with Kemi", share_url="https://shop.example/live/x?ref=KEMI")
    files = write_share_kit(tmp_path / "kits", content, [corner, kemi], [], load_theme("default"))
    client = PlatformClient(shop.api_url, token=shop.host_token)
    uploads = [mat.clip_upload(1, clip.path, 1.0, clip.duration_s, "en")]
    uploads += [mat.kit_upload(f.code, f.kind, f.sku, f.path, "en") for f in files]
    mat.upload_all(client, shop.show_id, uploads)

    with chromium(390, 844) as driver:
        driver.get(joined["page_url"])  # type: ignore[attr-defined]

        def js(script: str) -> object:
            return driver.execute_script(script)  # type: ignore[attr-defined]

        wait_for(lambda: js("return document.querySelectorAll('.item').length") == 3, 15, "items")
        ids = js("return [...document.querySelectorAll('.item')].map(e => e.dataset.material)")
        assert ids == ["highlight-01", "corner-poster-phone", "corner-poster-square"]
        assert str(js("return document.title")).endswith(" · reseller kit")
        assert js("return document.getElementById('who').textContent") == "Referral code CORNER"
        # The clip plays inline: the browser reads its metadata through the signed link
        # (with Range requests) and can seek in it.
        wait_for(lambda: js("return document.querySelector('video').readyState") >= 1, 15, "meta")
        duration = js("return document.querySelector('video').duration")
        assert isinstance(duration, float) and abs(duration - clip.duration_s) < 0.2
        js("const v = document.querySelector('video'); v.muted = true; v.play();")
        wait_for(
            lambda: js("return document.querySelector('video').currentTime") > 0.3, 15, "playing"
        )
        wait_for(
            lambda: js("return [...document.querySelectorAll('.item img')].every(i => i.complete)"),
            10,
            "the posters",
        )
        images = js("return [...document.querySelectorAll('.item img')].map(i => i.naturalWidth)")
        assert images == [1080, 1080]
        links = js("return [...document.querySelectorAll('a.dl')].map(a => [a.download, a.href])")
        assert isinstance(links, list) and links[0][0] == "highlight-01.mp4"
        got = requests.get(links[1][1], timeout=10)
        assert got.status_code == 200 and got.headers["Content-Type"] == "image/png"
        assert got.content == next(f.path for f in files if f.code == "CORNER").read_bytes()
        shots = Path(os.environ.get("STUDIO_SCREENSHOTS") or tmp_path)
        js("document.querySelector('video').pause(); window.scrollTo(0, 0)")
        driver.save_screenshot(str(shots / "reseller-page.png"))  # type: ignore[attr-defined]
        driver.execute_cdp_cmd(  # type: ignore[attr-defined]
            "Emulation.setDeviceMetricsOverride",
            {"width": 1000, "height": 1100, "deviceScaleFactor": 1, "mobile": False},
        )
        driver.save_screenshot(str(shots / "reseller-page-wide.png"))  # type: ignore[attr-defined]

        # Without the key the page asks for it; with a wrong one it says why.
        driver.get(f"{shop.url}/resell/{shop.show_id}")  # type: ignore[attr-defined]
        wait_for(lambda: js("return !document.getElementById('open').hidden"), 10, "the form")
        driver.get(f"{shop.url}/resell/{shop.show_id}#code=CORNER&key=rsk_wrong")  # type: ignore[attr-defined]
        driver.refresh()  # type: ignore[attr-defined]
        wait_for(
            lambda: (
                "not CORNER's" in str(js("return document.getElementById('status').textContent"))
            ),
            10,
            "the refusal",
        )
        assert js("return document.querySelectorAll('.item').length") == 0
        driver.save_screenshot(str(shots / "reseller-page-wrong-key.png"))  # type: ignore[attr-defined]


def test_a_page_left_open_past_its_links_expiry_fetches_fresh_ones(tmp_path: Path) -> None:
    missing = chromium_available()
    if missing:
        pytest.skip(missing)
    clock = FakeClock()
    shop = SandboxServer(rate=0, live=True, simulate=False, rate_limit=None, clock=clock).start()
    try:
        joined = _join(shop)
        ensure_qt()
        content = PosterContent(
            title="Autumn Denim Night", show_theme="", host="Ava Lin", starts="", link="", code=""
        )
        corner = Reseller("CORNER", "Corner Shop", share_url="https://shop.example/x?ref=CORNER")
        files = write_share_kit(tmp_path, content, [corner], [], load_theme("default"))
        client = PlatformClient(shop.api_url, token=shop.host_token)
        mat.upload_all(
            client,
            shop.show_id,
            [mat.kit_upload(f.code, f.kind, f.sku, f.path, "en") for f in files],
        )
        with chromium(390, 844) as driver:
            driver.get(joined["page_url"])  # type: ignore[attr-defined]

            def js(script: str) -> object:
                return driver.execute_script(script)  # type: ignore[attr-defined]

            loaded = "return [...document.querySelectorAll('.item img')].map(i => i.naturalWidth)"
            wait_for(lambda: js(loaded) == [1080, 1080], 15, "the posters")
            first = js("return document.querySelector('.item img').src")
            clock.advance(7 * 3600)  # the links expired while the page stayed open
            js("const i = document.querySelector('.item img'); i.src = i.src + '&again=1'")
            wait_for(lambda: js("return window.studioResell.lists") == 2, 15, "a fresh list")
            wait_for(lambda: js(loaded) == [1080, 1080], 15, "the posters again")
            again = js("return document.querySelector('.item img').src")
            assert isinstance(first, str) and isinstance(again, str)
            assert again != first and "expires=" in again
            assert requests.get(again, timeout=10).status_code == 200
            assert requests.get(first, timeout=10).status_code == 403
    finally:
        shop.stop()
