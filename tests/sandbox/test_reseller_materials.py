"""Reseller materials over HTTP (issue 21, contract 1.8.0): the host uploads a real highlight
clip (cut by `report.highlights` from a generated recording) and real share-kit posters; each
reseller lists and downloads what is theirs and the show's with their code and access key,
bytes identical, a Range resumes, and nobody else gets in."""

from __future__ import annotations

import hashlib
import http.client
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from studio.errors import UsageError
from studio.overlays.fonts import ensure_qt
from studio.overlays.poster import PosterContent
from studio.overlays.theme import load_theme
from studio.platform import materials as mat
from studio.platform.client import PlatformClient
from studio.platform.errors import InvalidRequest
from studio.platform.models import MATERIAL_MAX_BYTES, MaterialKind
from studio.report.highlights import Highlight, cut_clip
from studio.report.share_kit import write_share_kit
from studio.show.state import Reseller
from tests.report.test_highlights import probe, record
from tests.sandbox.conftest import Platform


@dataclass
class Kit:
    """Two resellers with their keys, and what the host uploaded."""

    corner_key: str
    kemi_key: str
    clip: Path
    posters: dict[str, Path]  # code -> phone poster


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _reseller_get(
    platform: Platform, code: str, key: str | None, path: str = "", **headers: str
) -> requests.Response:
    h = dict(headers)
    if key is not None:
        h["X-Reseller-Key"] = key
    url = f"{platform.server.api_url}{platform.show}/resellers/{code}/materials{path}"
    return requests.get(url, headers=h, timeout=30)


@pytest.fixture(scope="module")
def kit(platform: Platform, tmp_path_factory: pytest.TempPathFactory) -> Kit:
    tmp = tmp_path_factory.mktemp("materials")
    host = platform.host
    assert host.put(f"{platform.show}/reseller-program", {"two_b": True}).status_code == 200
    invite = host.post(f"{platform.show}/reseller-invites", {"name": "Corner Shop"}).json()
    joined = requests.post(
        f"{platform.server.api_url}{platform.show}/resellers/join",
        json={"invite_code": invite["invite_code"], "code": "CORNER"},
        headers={"Idempotency-Key": uuid.uuid4().hex},
        timeout=10,
    )
    assert joined.status_code == 201, joined.text
    body = joined.json()
    assert body["access_key"].startswith("rsk_")
    assert body["page_url"].endswith(f"#code=CORNER&key={body['access_key']}")
    # KEMI was added by the host (seeded): the host issues a key to hand over.
    access = host.post(f"{platform.show}/resellers/KEMI/access")
    assert access.status_code == 201, access.text
    # A real clip, cut from a generated vertical recording.
    recording = record(tmp / "show.mp4", 360, 640)
    clip = cut_clip(recording, Highlight(2.0, 3.0), tmp / "highlight-01.mp4")
    # Real posters, one per reseller, rendered by the share kit.
    ensure_qt()
    content = PosterContent(
        title="Autumn Denim Night",
        show_theme="Denim Days",
        host="Ava Lin",
        starts="Sat, Nov 30 · 7:00 PM UTC",
        link="",
        code="",
    )
    resellers = [
        Reseller(code=c, name=c.title(), share_url=f"https://shop.example/live/x?ref={c}")
        for c in ("CORNER", "KEMI")
    ]
    files = write_share_kit(tmp / "kits", content, resellers, [], load_theme("default"))
    posters = {f.code: f.path for f in files if f.kind == "poster-phone"}
    client = PlatformClient(platform.server.api_url, token=platform.server.host_token)
    uploads = [mat.clip_upload(1, clip.path, 2.0, clip.duration_s, "en")]
    uploads += [mat.kit_upload(f.code, f.kind, f.sku, f.path, "en") for f in files]
    seen: list[mat.Progress] = []
    done = mat.upload_all(client, platform.server.show_id, uploads, seen.append)
    assert [d.id for d in done] == [u.material_id for u in uploads]
    assert seen[0].done == 0 and seen[-1].done == seen[-1].total == len(uploads)
    assert seen[-1].sent_bytes == seen[-1].total_bytes == sum(d.size for d in done)
    return Kit(body["access_key"], access.json()["access_key"], clip.path, posters)


def test_a_reseller_downloads_the_clip_and_their_poster_byte_for_byte(
    platform: Platform, kit: Kit, tmp_path: Path
) -> None:
    listed = _reseller_get(platform, "CORNER", kit.corner_key)
    assert listed.status_code == 200, listed.text
    items = {m["id"]: m for m in listed.json()}
    assert set(items) == {"highlight-01", "corner-poster-phone", "corner-poster-square"}
    clip = items["highlight-01"]
    assert clip["kind"] == "clip" and clip["reseller_code"] is None
    assert clip["mark_s"] == 2.0 and clip["duration_s"] == pytest.approx(3.0, abs=0.1)
    assert clip["label"] == "Highlight 1 at 0:02"
    # The signed link works with no header at all (a browser's video or download button).
    got = requests.get(clip["download_url"], timeout=30)
    assert got.status_code == 200
    assert got.headers["Content-Type"] == "video/mp4"
    assert int(got.headers["Content-Length"]) == clip["size"] == len(got.content)
    assert got.headers["Content-Disposition"] == 'attachment; filename="highlight-01.mp4"'
    assert got.headers["Accept-Ranges"] == "bytes"
    assert _sha(got.content) == clip["sha256"] == _sha(kit.clip.read_bytes())
    saved = tmp_path / "downloaded.mp4"
    saved.write_bytes(got.content)
    duration, frames, width, height = probe(saved)  # ffprobe plays it
    assert frames > 0 and height > width and duration == pytest.approx(3.0, abs=0.2)
    # The poster, with the key in the header this time.
    poster = _reseller_get(platform, "CORNER", kit.corner_key, "/corner-poster-phone/file")
    assert poster.status_code == 200
    assert poster.headers["Content-Type"] == "image/png"
    assert poster.content == kit.posters["CORNER"].read_bytes()
    assert items["corner-poster-phone"]["label"] == "Phone poster"


def test_a_range_request_resumes_a_download(platform: Platform, kit: Kit) -> None:
    whole = kit.clip.read_bytes()
    url = "/highlight-01/file"
    part = _reseller_get(platform, "KEMI", kit.kemi_key, url, Range="bytes=1000-4999")
    assert part.status_code == 206
    assert part.headers["Content-Range"] == f"bytes 1000-4999/{len(whole)}"
    assert part.content == whole[1000:5000]
    assert int(part.headers["Content-Length"]) == 4000
    rest = _reseller_get(platform, "KEMI", kit.kemi_key, url, Range="bytes=5000-")
    assert rest.status_code == 206 and part.content + rest.content == whole[1000:]
    tail = _reseller_get(platform, "KEMI", kit.kemi_key, url, Range="bytes=-100")
    assert tail.content == whole[-100:]
    past = _reseller_get(platform, "KEMI", kit.kemi_key, url, Range=f"bytes={len(whole)}-")
    assert past.status_code == 416
    assert past.headers["Content-Range"] == f"bytes */{len(whole)}"
    assert past.headers["Content-Type"].startswith("application/problem+json")


def test_nobody_gets_another_resellers_poster_or_in_without_the_key(
    platform: Platform, kit: Kit
) -> None:
    theirs = _reseller_get(platform, "KEMI", kit.kemi_key, "/corner-poster-phone/file")
    assert theirs.status_code == 404
    assert "corner-poster-phone" in theirs.json()["detail"]
    kemi = {m["id"] for m in _reseller_get(platform, "KEMI", kit.kemi_key).json()}
    assert kemi == {"highlight-01", "kemi-poster-phone", "kemi-poster-square"}
    # Knowing a public referral code is not enough.
    bare = _reseller_get(platform, "CORNER", None)
    assert bare.status_code == 401
    assert "X-Reseller-Key" in bare.json()["detail"]
    assert _reseller_get(platform, "CORNER", None, "/highlight-01/file").status_code == 401
    wrong = _reseller_get(platform, "CORNER", kit.kemi_key)
    assert wrong.status_code == 403 and "not CORNER's" in wrong.json()["detail"]
    assert _reseller_get(platform, "CORNER", "rsk_guessed").status_code == 403
    # A signed link is for its reseller and material only, and expires.
    link = next(
        m["download_url"]
        for m in _reseller_get(platform, "KEMI", kit.kemi_key).json()
        if m["id"] == "kemi-poster-phone"
    )
    assert requests.get(link.replace("/KEMI/", "/CORNER/"), timeout=10).status_code == 403
    platform.clock.advance(7 * 3600)
    try:
        expired = requests.get(link, timeout=10)
    finally:
        platform.clock.advance(-7 * 3600)
    assert expired.status_code == 403 and "expired" in expired.json()["detail"]
    # The host's event stream announces joins, never a key.
    events = platform.host.get(f"{platform.show}/events", params={"after": 0, "limit": 500})
    assert events.status_code == 200 and "reseller.joined" in events.text
    assert kit.corner_key not in events.text and kit.kemi_key not in events.text


def test_bad_uploads_are_refused_in_words_and_keep_nothing(
    platform: Platform, kit: Kit, tmp_path: Path
) -> None:
    host = platform.host
    url = f"{platform.server.api_url}{platform.show}/materials/bad-one"
    png = kit.posters["KEMI"].read_bytes()
    auth = {"Authorization": f"Bearer {platform.server.host_token}"}

    def put(body: bytes, content_type: str = "image/png", **params: str) -> requests.Response:
        q = {"kind": "card", "label": "A card", "sha256": _sha(body)} | params
        headers = auth | {"Content-Type": content_type}
        return requests.put(url, params=q, data=body, headers=headers, timeout=30)

    damaged = put(png, sha256=_sha(png + b"x"))
    assert damaged.status_code == 422 and damaged.json()["type"] == "/problems/checksum-mismatch"
    assert "Upload it again" in damaged.json()["detail"]
    assert put(png, content_type="image/jpeg").status_code == 415
    assert put(b"not a picture at all").status_code == 422
    assert put(png, kind="clip", content_type="video/mp4").status_code == 422  # a PNG as clip
    assert put(png, reseller_code="NOBODY").status_code == 404
    viewer = requests.put(
        url,
        params={"kind": "card", "label": "x", "sha256": _sha(png)},
        data=png,
        headers={"Authorization": f"Bearer {platform.server.viewer_token}"},
        timeout=10,
    )
    assert viewer.status_code == 403
    # Over 100 MB: refused from its Content-Length, before a byte of it is read.
    parts = urlsplit(platform.server.url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    conn.putrequest("PUT", urlsplit(url).path + f"?kind=card&label=big&sha256={'0' * 64}")
    conn.putheader("Authorization", auth["Authorization"])
    conn.putheader("Content-Type", "image/png")
    conn.putheader("Content-Length", str(MATERIAL_MAX_BYTES + 1))
    conn.endheaders()
    big = conn.getresponse()
    problem = big.read().decode()
    conn.close()
    assert big.status == 413 and "at most 100 MB" in problem and "too-large" in problem
    listed = {m["id"] for m in host.get(f"{platform.show}/materials").json()}
    assert "bad-one" not in listed
    leftovers = list((platform.server.db_path.parent / "sandbox-materials").rglob("*.part"))
    assert leftovers == []
    # The studio refuses an oversize file itself, before sending it.
    sparse = tmp_path / "huge.mp4"
    with sparse.open("wb") as f:
        f.truncate(MATERIAL_MAX_BYTES + 1)
    client = PlatformClient(platform.server.api_url, token=platform.server.host_token)
    huge = mat.Upload("huge", MaterialKind.CLIP, sparse, "Huge", mark_s=0, duration_s=1)
    with pytest.raises(UsageError, match="up to 100 MB"):
        mat.upload(client, platform.server.show_id, huge)
    with pytest.raises(InvalidRequest, match="leave reseller_code out"):
        mat.upload(
            client,
            platform.server.show_id,
            mat.Upload("clip-x", MaterialKind.CLIP, kit.clip, "x", reseller_code="KEMI"),
        )


def test_the_host_lists_replaces_and_deletes_materials(platform: Platform, kit: Kit) -> None:
    client = PlatformClient(platform.server.api_url, token=platform.server.host_token)
    show = platform.server.show_id
    before = mat.materials(client, show)
    shares = mat.per_reseller(before, ["CORNER", "KEMI"])
    assert shares["CORNER"].count == 3 and shares["KEMI"].count == 3
    assert shares["CORNER"].size == sum(m.size for m in before if m.reseller_code != "KEMI")
    # The same id again replaces the file: no copy.
    again = mat.upload(
        client, show, mat.kit_upload("KEMI", "poster-phone", None, kit.posters["CORNER"], "en")
    )
    after = mat.materials(client, show)
    assert len(after) == len(before) and again.sha256 == _sha(kit.posters["CORNER"].read_bytes())
    got = _reseller_get(platform, "KEMI", kit.kemi_key, "/kemi-poster-phone/file")
    assert got.content == kit.posters["CORNER"].read_bytes()
    gone = mat.delete_material(client, show, "kemi-poster-phone")
    assert gone.id == "kemi-poster-phone"
    assert _reseller_get(platform, "KEMI", kit.kemi_key, "/kemi-poster-phone/file").status_code == (
        404
    )
    assert platform.host.delete(f"{platform.show}/materials/kemi-poster-phone").status_code == 404
    # Put it back for the other tests of the module.
    mat.upload(
        client, show, mat.kit_upload("KEMI", "poster-phone", None, kit.posters["KEMI"], "en")
    )


def test_the_reseller_page_is_served(platform: Platform) -> None:
    page = requests.get(f"{platform.server.url}/resell/{platform.server.show_id}", timeout=10)
    assert page.status_code == 200 and 'data-show="' in page.text
    assert page.headers["Referrer-Policy"] == "no-referrer"
    for name in ("resell.js", "resell.css"):
        assert requests.get(f"{platform.server.url}/resell/assets/{name}", timeout=10).ok
    missing = requests.get(f"{platform.server.url}/resell/shw_nope", timeout=10)
    assert missing.status_code == 404 and "Check the link" in missing.text


def test_a_large_upload_reports_its_progress_as_it_goes(platform: Platform, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(3_500_000))
    client = PlatformClient(platform.server.api_url, token=platform.server.host_token)
    show = platform.server.show_id
    seen: list[mat.Progress] = []
    item = mat.Upload("big-card", MaterialKind.CARD, big, "Big card")
    [done] = mat.upload_all(client, show, [item], seen.append)
    size = big.stat().st_size
    assert done.size == size and done.sha256 == _sha(big.read_bytes())
    sent = [p.sent_bytes for p in seen]
    assert sent == sorted(sent) and sent[0] == 0 and sent[-1] == size
    during = [p for p in seen if 0 < p.sent_bytes < size]
    assert len(during) >= 3 and all(p.done == 0 and p.total == 1 for p in during)
    assert seen[-1] == mat.Progress(1, 1, size, size)
    mat.delete_material(client, show, "big-card")


def test_the_host_revokes_a_leaked_link(platform: Platform, kit: Kit) -> None:
    """Runs last: it ends the keys the other tests use."""
    client = PlatformClient(platform.server.api_url, token=platform.server.host_token)
    show = platform.server.show_id
    second = mat.reseller_access(client, show, "KEMI")
    assert _reseller_get(platform, "KEMI", kit.kemi_key).status_code == 200  # both work
    assert _reseller_get(platform, "KEMI", second.access_key).status_code == 200
    gone = mat.revoke_access(client, show, "KEMI")
    assert gone.code == "KEMI" and gone.revoked == 2
    for key in (kit.kemi_key, second.access_key):
        assert _reseller_get(platform, "KEMI", key).status_code == 403
    assert _reseller_get(platform, "CORNER", kit.corner_key).status_code == 200  # not theirs
    fresh = mat.reseller_access(client, show, "KEMI")
    assert _reseller_get(platform, "KEMI", fresh.access_key).status_code == 200
    viewer = requests.delete(
        f"{platform.server.api_url}{platform.show}/resellers/KEMI/access",
        headers={"Authorization": f"Bearer {platform.server.viewer_token}"},
        timeout=10,
    )
    assert viewer.status_code == 403
