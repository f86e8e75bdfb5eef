"""A reseller's kit page (`/resell/SHOW_ID#code=CODE&key=KEY`): their highlight clips (playable
inline), posters and product cards, each with a download button (issue 21).

Not part of the contract (left out of the OpenAPI document): the page is a client of it. The
code and access key travel in the link's fragment, which the browser keeps to itself; the
page lists the materials with them (`GET .../resellers/{code}/materials`, `X-Reseller-Key`)
and uses the signed download links the platform hands back. Files in `studio/sandbox/web/`.
"""

from __future__ import annotations

import html

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

from studio.sandbox.problems import NotFound
from studio.sandbox.routers.deps import SB
from studio.sandbox.routers.watch import WEB_DIR

ASSETS: dict[str, str] = {
    "resell.css": "text/css; charset=utf-8",
    "resell.js": "text/javascript; charset=utf-8",
}
_HEADERS = {"Cache-Control": "no-cache", "Referrer-Policy": "no-referrer"}

router = APIRouter(include_in_schema=False)


@router.get("/resell/assets/{name}")
def asset(name: str) -> FileResponse:
    media_type = ASSETS.get(name)
    path = WEB_DIR / name
    if media_type is None or not path.is_file():
        raise NotFound("No such file.")
    return FileResponse(path, media_type=media_type, headers=_HEADERS)


@router.get("/resell/{show_id}", response_class=HTMLResponse)
def page(show_id: str, sb: SB) -> HTMLResponse:
    """The page; 404 (still a page) for a show that does not exist."""
    if not sb.store.shows.exists(show_id):
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><meta name=viewport "
            "content='width=device-width,initial-scale=1'><title>No such show</title>"
            f"<p style='font:16px system-ui;margin:2em'>There is no show "
            f"<b>{html.escape(show_id)}</b>. Check the link your host sent you.</p>",
            status_code=404,
        )
    template = (WEB_DIR / "resell.html").read_text(encoding="utf-8")
    attrs = f'data-show="{html.escape(show_id, quote=True)}" data-api="/v1"'
    title = html.escape(sb.store.shows.get(show_id).title)
    return HTMLResponse(
        template.replace("{{TITLE}}", title).replace("{{BODY}}", attrs), headers=_HEADERS
    )
