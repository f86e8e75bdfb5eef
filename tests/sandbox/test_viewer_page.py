"""The sandbox's viewer page from outside: the public viewer sign-in, the page and its assets,
and the show's live video as HLS without its stream key (no browser here: tests/viewer)."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from datetime import datetime
from pathlib import Path

import requests

from studio.sandbox.hls import LiveHls
from studio.sandbox.routers.watch import ASSETS, WEB_DIR
from tests.sandbox.conftest import Platform


def sign_in(platform: Platform, name: str, key: str | None = None) -> requests.Response:
    return requests.post(
        f"{platform.server.api_url}{platform.show}/viewer-sessions",
        json={"display_name": name},
        headers={"Idempotency-Key": key or uuid.uuid4().hex},
        timeout=10,
    )


def test_a_viewer_signs_in_with_a_name_and_uses_the_contract_with_that_token(
    platform: Platform,
) -> None:
    r = sign_in(platform, "Ana B.")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["role"] == "viewer" and body["name"] == "Ana B."
    assert body["show_id"] == platform.server.show_id
    auth = {"Authorization": f"Bearer {body['token']}"}
    base = platform.server.api_url
    me = requests.get(f"{base}/me", headers=auth, timeout=10).json()
    assert me == {
        "name": "Ana B.",
        "role": "viewer",
        "show_id": platform.server.show_id,
        "viewer_id": body["viewer_id"],  # a new account: she brought none
    }
    assert body["viewer_id"].startswith("vwr_")
    said = requests.post(
        f"{base}{platform.show}/comments",
        json={"text": "Hello!"},
        headers=auth | {"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert said.status_code == 201 and said.json()["author"] == "Ana B."
    assert said.json()["viewer_id"] == body["viewer_id"]
    # A viewer reads and buys, and cannot run the show.
    pin = requests.put(
        f"{base}{platform.show}/pin", json={"product_id": "prd_chai"}, headers=auth, timeout=10
    )
    assert pin.status_code == 403
    orders = requests.get(f"{base}{platform.show}/orders", headers=auth, timeout=10)
    assert orders.status_code == 403


def test_the_sign_in_is_retry_safe_and_refuses_bad_names_and_unknown_shows(
    platform: Platform,
) -> None:
    key = uuid.uuid4().hex
    first, again = sign_in(platform, "Bo", key), sign_in(platform, "Bo", key)
    assert first.json()["token"] == again.json()["token"]  # a retry is the same sign-in
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert sign_in(platform, "Bo").json()["token"] != first.json()["token"]
    blank = sign_in(platform, "   ")
    assert blank.status_code == 422
    assert blank.headers["Content-Type"].startswith("application/problem+json")
    assert sign_in(platform, "x" * 41).status_code == 422
    missing = requests.post(
        f"{platform.server.api_url}/shows/shw_nope/viewer-sessions",
        json={"display_name": "Bo"},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert missing.status_code == 404


def test_the_page_and_its_assets_are_served_and_hls_js_is_the_pinned_one(
    platform: Platform,
) -> None:
    server = platform.server
    assert server.watch_url == f"{server.url}/watch/{server.show_id}"
    page = requests.get(server.watch_url, timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert f'data-show="{server.show_id}"' in page.text
    assert "<title>Harvest Kitchen: Autumn Pantry Live</title>" in page.text
    for src in re.findall(r'(?:src|href)="(/watch/assets/[^"]+)"', page.text):
        assert requests.get(server.url + src, timeout=10).status_code == 200, src
    missing = requests.get(f"{server.url}/watch/shw_nope", timeout=10)
    assert missing.status_code == 404 and "no show" in missing.text
    assert requests.get(f"{server.url}/watch/assets/../app.py", timeout=10).status_code == 404
    assert requests.get(f"{server.url}/watch/assets/watch.html", timeout=10).status_code == 404
    # No ingest writes HLS for this sandbox: no video, said with a 404.
    assert requests.get(f"{server.watch_url}/live.m3u8", timeout=10).status_code == 404
    lock = dict(
        line.split("=", 1)
        for line in (WEB_DIR / "hls.js.lock").read_text().splitlines()
        if "=" in line and not line.startswith("#")
    )
    bundled = (WEB_DIR / "hls.light.min.js").read_bytes()
    assert hashlib.sha256(bundled).hexdigest() == lock["sha256"]
    assert f'"{lock["version"]}"'.encode() in bundled and lock["license"] == "Apache-2.0"
    assert set(ASSETS) <= {p.name for p in WEB_DIR.iterdir()}


def test_healthz_tells_the_platforms_time_to_the_millisecond(platform: Platform) -> None:
    """The page bounds its clock offset by a round trip with it (Date has 1 s resolution)."""
    platform.clock.advance(0.123)  # the platform's clock, which flash sales end by
    body = requests.get(f"{platform.server.url}/healthz", timeout=10).json()
    told = datetime.fromisoformat(body["time"]).timestamp()
    assert abs(told - platform.clock.now) < 0.001


PLAYLIST = """#EXTM3U
#EXT-X-VERSION:3
#EXT-X-MEDIA-SEQUENCE:7
#EXT-X-TARGETDURATION:2
#EXT-X-DISCONTINUITY
#EXTINF:2.000,
{key}-7.ts
#EXTINF:2.167,
{key}-8.ts
#EXTINF:1.500,
other-9.ts
"""


def _write_stream(directory: Path, key: str, closed_at: list[float]) -> None:
    for seq, t in zip((7, 8), closed_at, strict=True):
        frag = directory / f"{key}-{seq}.ts"
        frag.write_bytes(b"\x47" * 188)
        os.utime(frag, (t, t))
    (directory / f"{key}.m3u8").write_text(PLAYLIST.format(key=key))


def test_the_playlist_hides_the_stream_key_and_dates_each_fragment_once(tmp_path: Path) -> None:
    now = time.time()
    key = "live_SECRETKEY123"
    _write_stream(tmp_path, key, [now - 2.2, now - 0.1])
    _write_stream(tmp_path, "someone_else", [now - 2.2, now - 0.1])
    hls = LiveHls(tmp_path, {key: "shw_1", "someone_else": "shw_2"}.get)
    text = hls.playlist("shw_1")
    assert text is not None and key not in text
    assert "other-9.ts" not in text  # a name that is not this stream's is never passed on
    lines = text.splitlines()
    assert lines[-1] == "8.ts" and "7.ts" in lines
    dates = [line.split(":", 1)[1] for line in lines if line.startswith("#EXT-X-PROGRAM")]
    # Each fragment starts when it closed minus its duration (nginx closes at the next keyframe).
    starts = [datetime.fromisoformat(d).timestamp() for d in dates]
    assert abs(starts[0] - (now - 2.2 - 2.0)) < 0.002
    assert abs(starts[1] - (now - 0.1 - 2.167)) < 0.002
    assert text.count("#EXTINF") == 2
    # Remembered: touching the file later never moves a fragment's date.
    os.utime(tmp_path / f"{key}-8.ts", (now + 5, now + 5))
    assert hls.playlist("shw_1") == text
    assert hls.fragment("shw_1", 8) == tmp_path / f"{key}-8.ts"
    assert hls.fragment("shw_1", 99) is None
    assert hls.playlist("shw_3") is None
    # A stream nginx stopped writing (no playlist update for 3 target durations + 2 s): none.
    old = now - 9
    os.utime(tmp_path / f"{key}.m3u8", (old, old))
    assert hls.playlist("shw_1") is None


def test_studio_sandbox_prints_the_viewer_page(tmp_path: Path, capsys) -> None:
    from studio.cli import main

    assert main(["sandbox", "--hls-dir", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert "--hls-dir" in err and "not a directory" in err
    proc = subprocess.Popen(
        [sys.executable, "-m", "studio.cli", "sandbox", "--port", "0", "--rate", "0",
         "--hls-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(8)]
        watch = next(line for line in lines if line.split()[:1] == ["watch"])
        url = watch.split()[1]
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/watch/shw_\w+", url), watch
        assert "no video" not in watch  # --hls-dir was given
        assert requests.get(url, timeout=10).status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
