"""Reseller materials (issue 21, contract 1.8.0): the host uploads highlight clips, posters and
product cards for the show's resellers; each reseller lists and downloads what is meant for
them with their referral code and access key (`stores/materials.py` says who sees what).

Uploads are raw bodies (`PUT .../materials/{material_id}`, `Content-Type` video/mp4 or
image/png, `Content-Length` required, at most 100 MB), streamed to disk while hashed; a PUT
is idempotent by itself (the same id replaces the file), so no Idempotency-Key is needed.
Downloads stream the file with its type, length and a download name, and honour one byte
`Range` (206) so a phone can resume a video.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from fastapi.security import APIKeyHeader

from studio.platform.models import (
    MATERIAL_ID_PATTERN,
    MATERIAL_MAX_BYTES,
    SHA256_PATTERN,
    Material,
    MaterialKind,
    ResellerAccess,
    ResellerAccessRevoked,
    ResellerMaterial,
)
from studio.sandbox.problems import NotFound
from studio.sandbox.routers.deps import (
    ERRORS,
    SB,
    SHOW,
    IdemKey,
    OptIdemKey,
    Responses,
    Sandbox,
    allow,
    op,
    reseller_page,
)
from studio.sandbox.stores import Principal
from studio.sandbox.stores.materials import (
    TooLarge,
    UploadMeta,
    byte_range,
    read_range,
)
from studio.sandbox.stores.reseller_program import page_link

router = APIRouter(prefix=SHOW, tags=["materials"])

MaterialId = Annotated[str, Path(pattern=MATERIAL_ID_PATTERN, description="Chosen by the host.")]
Code = Annotated[str, Path(pattern=r"^[A-Z0-9-]{3,20}$")]
_reseller_key = APIKeyHeader(
    name="X-Reseller-Key",
    scheme_name="ResellerKey",
    description="A reseller's access key (from joining, or issued by the host).",
    auto_error=False,
)
ResellerKey = Annotated[str | None, Depends(_reseller_key)]


def _problem_docs(*codes: int, extra: dict[int, str] | None = None) -> Responses:
    out: Responses = {c: d for c, d in ERRORS.items() if c in codes}
    for code, text in (extra or {}).items():
        out[code] = {**ERRORS[404], "description": text}
    return out


_UPLOAD_ERRORS = {
    **ERRORS,
    **_problem_docs(
        extra={
            411: "Content-Length missing",
            413: "The file is over 100 MB",
            415: "Not the content type of this kind",
        }
    ),
}
_RESELLER_ERRORS = _problem_docs(400, 401, 403, 404, 422, 429, 503)
_FILE_TYPES = {
    t: {"schema": {"type": "string", "format": "binary"}} for t in ("video/mp4", "image/png")
}


def _api_base(request: Request) -> str:
    return f"{str(request.base_url).rstrip('/')}/v1"


_UPLOAD_DOC = op(
    "material.edit",
    "Upload a reseller material (clip, poster, product card)",
    description="The body is the file itself, sent as `video/mp4` (a clip) or `image/png` (a "
    "poster or card) with `Content-Length` (at most 100 MB: 413 `too-large`; 411 without it). "
    "`sha256` is the file's hex SHA-256: the platform checks it (422 `checksum-mismatch`) and "
    "keeps the file only when it matches. The same id again replaces the file (200; 201 when "
    "new). A clip is for every reseller of the show; a poster or card for `reseller_code`, or "
    "all when it is left out.",
)
_UPLOAD_DOC["responses"] = {
    201: {"model": Material, "description": "A new material (200: one replaced)"},
    **_UPLOAD_ERRORS,
}
_UPLOAD_DOC["openapi_extra"]["requestBody"] = {"required": True, "content": _FILE_TYPES}


@router.put(
    "/materials/{material_id}",
    response_model=Material,
    **_UPLOAD_DOC,
)
async def upload_material(
    show_id: str,
    material_id: MaterialId,
    request: Request,
    who: Annotated[Principal, Depends(allow("material.edit"))],
    sb: SB,
    kind: Annotated[MaterialKind, Query()],
    sha256: Annotated[str, Query(pattern=SHA256_PATTERN, description="Hex SHA-256 of the body.")],
    label: Annotated[str, Query(min_length=1, max_length=120, pattern=r"[^ \t\n\r\f\v]")],
    reseller_code: Annotated[str | None, Query(pattern=r"^[A-Z0-9-]{3,20}$")] = None,
    mark_s: Annotated[float | None, Query(ge=0, le=86400, description="A clip's mark.")] = None,
    duration_s: Annotated[float | None, Query(gt=0, le=600)] = None,
    idempotency_key: OptIdemKey = None,
) -> Response:
    content_type = request.headers.get("content-type")
    content_length = request.headers.get("content-length")
    meta = UploadMeta(
        material_id=material_id,
        kind=kind,
        label=label,
        content_type=(content_type or "").split(";")[0].strip().lower(),
        sha256=sha256,
        reseller_code=reseller_code,
        mark_s=mark_s,
        duration_s=duration_s,
    )
    length = int(content_length) if content_length and content_length.isdigit() else None
    part = sb.store.materials.begin(show_id, meta, length)
    digest = hashlib.sha256()
    size = 0
    try:
        with part.open("wb") as f:
            async for chunk in request.stream():
                size += len(chunk)
                if size > MATERIAL_MAX_BYTES:
                    raise TooLarge(sb.store.materials._too_large(size))
                digest.update(chunk)
                f.write(chunk)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    material, created = sb.store.materials.finish(show_id, meta, part, size, digest.hexdigest())
    return Response(
        material.model_dump_json(),
        status_code=201 if created else 200,
        media_type="application/json",
    )


@router.get(
    "/materials",
    response_model=list[Material],
    **op("material.read", "The show's reseller materials"),
)
def list_materials(
    show_id: str, who: Annotated[Principal, Depends(allow("material.read"))], sb: SB
) -> list[Material]:
    return sb.store.materials.all(show_id)


@router.delete(
    "/materials/{material_id}",
    response_model=Material,
    **op("material.edit", "Remove a reseller material (and its file)"),
)
def delete_material(
    show_id: str,
    material_id: MaterialId,
    who: Annotated[Principal, Depends(allow("material.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Material:
    return sb.store.materials.delete(show_id, material_id)


@router.post(
    "/resellers/{code}/access",
    response_model=ResellerAccess,
    status_code=201,
    **op(
        "reseller.create",
        "Issue an access key (and page link) for a reseller's materials",
        description="Shown once. Earlier keys of the reseller keep working.",
    ),
)
def issue_access(
    show_id: str,
    code: Code,
    request: Request,
    who: Annotated[Principal, Depends(allow("reseller.create"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> ResellerAccess:
    key = sb.store.materials.new_key(show_id, code)
    return ResellerAccess(
        code=code, access_key=key, page_url=page_link(reseller_page(request, show_id), code, key)
    )


@router.delete(
    "/resellers/{code}/access",
    response_model=ResellerAccessRevoked,
    **op(
        "reseller.create",
        "Revoke a reseller's access keys (and page links)",
        description="Every key of the reseller stops working at once (a leaked link); "
        "issue a new one with POST.",
    ),
)
def revoke_access(
    show_id: str,
    code: Code,
    who: Annotated[Principal, Depends(allow("reseller.create"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> ResellerAccessRevoked:
    return ResellerAccessRevoked(code=code, revoked=sb.store.materials.revoke_keys(show_id, code))


def _event_id(sb: Sandbox, show_id: str, response: Response) -> None:
    response.headers["X-Last-Event-Id"] = str(sb.store.events.last_id(show_id))


@router.get(
    "/resellers/{code}/materials",
    response_model=list[ResellerMaterial],
    summary="A reseller's materials (theirs and the show's)",
    description="For the reseller: send their access key in `X-Reseller-Key`. Each item's "
    "`download_url` works without the key until `download_expires_at`.\n\nRoles: the reseller.",
    responses=_RESELLER_ERRORS,
    openapi_extra={"x-roles": ["reseller"]},
)
def reseller_materials(
    show_id: str,
    code: Code,
    request: Request,
    response: Response,
    sb: SB,
    key: ResellerKey = None,
) -> list[ResellerMaterial]:
    sb.store.materials.check_key(show_id, code, key)
    _event_id(sb, show_id, response)
    return sb.store.materials.for_reseller(show_id, code, _api_base(request))


@router.get(
    "/resellers/{code}/materials/{material_id}/file",
    summary="Download a reseller material",
    description="With `X-Reseller-Key`, or the `expires` and `sig` of a `download_url`. "
    "Honours one byte `Range` (206 with `Content-Range`; 416 past the end).\n\nRoles: the "
    "reseller.",
    responses={
        200: {"description": "The file", "content": _FILE_TYPES},
        206: {"description": "The range asked for", "content": _FILE_TYPES},
        **_RESELLER_ERRORS,
        **_problem_docs(extra={416: "The range starts past the end of the file"}),
    },
    response_class=Response,
    openapi_extra={"x-roles": ["reseller"], "security": [{"ResellerKey": []}, {}]},
)
def download_material(
    show_id: str,
    code: Code,
    material_id: MaterialId,
    sb: SB,
    key: ResellerKey = None,
    expires: Annotated[int | None, Query(ge=0, le=2**53)] = None,
    sig: Annotated[str | None, Query(pattern=SHA256_PATTERN)] = None,
    range_: Annotated[str | None, Header(alias="Range", max_length=200)] = None,
) -> Response:
    store = sb.store.materials
    if sig is not None and expires is not None and key is None:
        if not sb.store.shows.exists(show_id):
            raise NotFound(f"There is no show {show_id!r}.")
        store.check_link(show_id, code, material_id, expires, sig)
    else:
        store.check_key(show_id, code, key)
    material, path = store.download(show_id, code, material_id)
    size = path.stat().st_size
    wanted = byte_range(range_, size)
    first, last = wanted if wanted is not None else (0, size - 1)
    ext = "mp4" if material.content_type == "video/mp4" else "png"
    headers: dict[str, Any] = {
        "Accept-Ranges": "bytes",
        "Content-Length": str(last - first + 1),
        "Content-Disposition": f'attachment; filename="{material.id}.{ext}"',
        "ETag": f'"{material.sha256}"',
        "Cache-Control": "private, no-cache",
        "X-Last-Event-Id": str(sb.store.events.last_id(show_id)),
    }
    if wanted is not None:
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    if size == 0:
        return Response(b"", media_type=material.content_type, headers=headers)
    return StreamingResponse(
        read_range(path, first, last),
        status_code=206 if wanted is not None else 200,
        media_type=material.content_type,
        headers=headers,
    )
