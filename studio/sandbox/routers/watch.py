"""The viewer's shop page of a show (`/watch/SHOW_ID`), its assets and its live video (HLS).

Not part of the contract (left out of the OpenAPI document): the page is a client of it. It
signs a viewer in with a display name (the public viewer sign-in) and from then on uses the
same `/v1` calls and live event stream as the studio, with a `viewer` token: no back door.
The video is the show's HLS (`hls.LiveHls`), public like the platform's image CDN (`/media`).

The page's files are in `studio/sandbox/web/` (package data); hls.js is bundled there, never
loaded from a CDN.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse, Response

from studio.sandbox.problems import NotFound
from studio.sandbox.routers.deps import SB

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
ASSETS: dict[str, str] = {  # what the page may load, and its media type
    "watch.css": "text/css; charset=utf-8",
    "watch.js": "text/javascript; charset=utf-8",
    "engage.js": "text/javascript; charset=utf-8",  # vouchers and polls (issue 20)
    "auction.js": "text/javascript; charset=utf-8",  # auctions and giveaways (issue 20)
    "hls.light.min.js": "text/javascript; charset=utf-8",
    "hls.js-LICENSE.txt": "text/plain; charset=utf-8",
}
_FRAGMENT = re.compile(r"^([0-9]{1,18})\.ts$")
_NO_STORE = {"Cache-Control": "no-cache"}

router = APIRouter(include_in_schema=False)


def watch_path(show_id: str) -> str:
    """The page's path on the sandbox (printed by `studio sandbox` and `studio demo`)."""
    return f"/watch/{show_id}"


@router.get("/watch/assets/{name}")
def asset(name: str) -> FileResponse:
    media_type = ASSETS.get(name)
    path = WEB_DIR / name
    if media_type is None or not path.is_file():
        raise NotFound("No such file.")
    return FileResponse(path, media_type=media_type, headers=_NO_STORE)


def _page(title: str, body_attrs: str) -> str:
    template = (WEB_DIR / "watch.html").read_text(encoding="utf-8")
    return template.replace("{{TITLE}}", html.escape(title)).replace("{{BODY}}", body_attrs)


@router.get("/watch/{show_id}", response_class=HTMLResponse)
def page(show_id: str, sb: SB) -> HTMLResponse:
    """The page; 404 (still a page) for a show that does not exist."""
    if not sb.store.shows.exists(show_id):
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><meta name=viewport "
            "content='width=device-width,initial-scale=1'><title>No such show</title>"
            f"<p style='font:16px system-ui;margin:2em'>There is no show "
            f"<b>{html.escape(show_id)}</b>. Check the link you were given.</p>",
            status_code=404,
        )
    attrs = f'data-show="{html.escape(show_id, quote=True)}" data-api="/v1"'
    # The title is in the page itself (link previews, the sign-in sheet); the rest comes
    # through the contract once the viewer has a token.
    title = sb.store.shows.get(show_id).title
    return HTMLResponse(_page(title, attrs), headers=_NO_STORE)


@router.get("/watch/{show_id}/live.m3u8")
def playlist(show_id: str, sb: SB) -> Response:
    text = sb.hls.playlist(show_id) if sb.hls is not None else None
    if text is None:
        raise NotFound("No live video from this show right now.")
    return Response(text, media_type="application/vnd.apple.mpegurl", headers=_NO_STORE)


@router.get("/watch/{show_id}/{name}")
def fragment(show_id: str, name: str, sb: SB) -> Response:
    match = _FRAGMENT.match(name)
    path = sb.hls.fragment(show_id, int(match[1])) if match and sb.hls is not None else None
    try:
        # Read whole (a 2 s fragment is under a megabyte): nginx deletes fragments that left
        # the playlist, also between a stat and an open.
        data = path.read_bytes() if path is not None else None
    except OSError:
        data = None
    if data is None:
        raise NotFound("No such video fragment (it may have left the live window).")
    return Response(data, media_type="video/mp2t", headers={"Cache-Control": "max-age=60"})
