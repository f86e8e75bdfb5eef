"""Reseller materials on the platform (issue 21, contract 1.8.0): the studio uploads the
highlight clips and share kits it wrote, reads back what is there, and issues a reseller's
page link.

Every call blocks its thread (run it on a worker, never the GUI thread) and raises
`PlatformError` subclasses (`client.PlatformClient.call`), or `UsageError` for a local file
that cannot be read or is over the platform's size limit. An upload is a PUT of the raw file
under an id made from what it is (`highlight-01`, `corner-poster-phone`), so sending it again
replaces it instead of adding a copy, and a retry after a dropped connection is safe. The
file's SHA-256 goes with it and the platform keeps the file only if it matches; the answer's
`sha256` is checked again here.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast
from urllib.parse import quote

from pydantic import TypeAdapter

from studio import i18n
from studio.errors import UsageError
from studio.platform import models as m
from studio.platform.client import PlatformClient, new_idempotency_key
from studio.platform.errors import BadResponse
from studio.redact import register_secret

_MATERIALS: TypeAdapter[list[m.Material]] = TypeAdapter(list[m.Material])
_SAFE = re.compile(r"[^a-z0-9-]+")
PROGRESS_STEP = 1 << 20  # report an upload's progress every MiB
UPLOAD_TIMEOUT = (3.05, 120.0)  # (connect, read) s: the read waits for the whole body's answer

# A share-kit picture's kind (`report.share_kit.KitFile.kind`) as the contract names it.
KIT_KINDS = {
    "poster-phone": m.MaterialKind.POSTER_PHONE,
    "poster-square": m.MaterialKind.POSTER_SQUARE,
    "card": m.MaterialKind.CARD,
}


@dataclass(frozen=True)
class Upload:
    """One local file to put on the platform: its id there (`material_id`), what it is, for
    whom (`reseller_code` None: every reseller), the label resellers read, and for a clip its
    mark and length in seconds."""

    material_id: str
    kind: m.MaterialKind
    path: Path
    label: str
    reseller_code: str | None = None
    mark_s: float | None = None
    duration_s: float | None = None


@dataclass(frozen=True)
class Progress:
    """Where an `upload_all` is: `done` of `total` files, `sent_bytes` of `total_bytes`."""

    done: int
    total: int
    sent_bytes: int
    total_bytes: int


@dataclass(frozen=True)
class ResellerShare:
    """What one reseller can download: `count` files of `size` bytes (theirs + show-wide)."""

    count: int
    size: int


def material_id(*parts: str) -> str:
    """An id the contract accepts, made from `parts` (lower-case letters, digits and dashes,
    at most 80 characters), e.g. ('CORNER', 'card', 'SKU 12') -> 'corner-card-sku-12'."""
    text = "-".join(_SAFE.sub("-", p.lower()).strip("-") for p in parts if p)
    text = re.sub("-{2,}", "-", text).strip("-")[:80].rstrip("-")
    return text or "material"


def sha256_of(path: Path) -> str:
    """The hex SHA-256 of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def clip_upload(index: int, path: Path, mark_s: float, duration_s: float, language: str) -> Upload:
    """A highlight clip (for every reseller), labelled in the show's `language`."""
    minutes, seconds = divmod(int(mark_s), 60)
    label = (
        i18n.translations(language)
        .gettext("Highlight {n} at {time}")
        .format(n=index, time=f"{minutes}:{seconds:02d}")
    )
    return Upload(
        material_id(f"highlight-{index:02d}"),
        m.MaterialKind.CLIP,
        path,
        label,
        mark_s=round(mark_s, 3),
        duration_s=round(max(duration_s, 0.001), 3),
    )


def kit_upload(
    code: str, kind: str, sku: str | None, path: Path, language: str, title: str = ""
) -> Upload:
    """A share-kit picture for reseller `code` (`kind` as `KitFile.kind`; a card names its
    product `title`), labelled in the show's `language`. Raises KeyError for another kind."""
    t = i18n.translations(language)
    label = {
        "poster-phone": t.gettext("Phone poster"),
        "poster-square": t.gettext("Square poster"),
    }.get(kind) or t.gettext("Product card: {title}").format(title=title or sku or "")
    return Upload(material_id(code, kind, sku or ""), KIT_KINDS[kind], path, label, code)


class _Counting(io.RawIOBase):
    """A file read for sending that reports how far it got: `on_read(bytes so far)` at most
    every `PROGRESS_STEP` bytes and at the end (a retry starts again from 0)."""

    def __init__(self, f: BinaryIO, size: int, on_read: Callable[[int], None]) -> None:
        super().__init__()
        self._f, self._size, self._on_read = f, size, on_read
        self._done = self._told = 0

    def __len__(self) -> int:  # requests sends it as Content-Length
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._done = self._f.seek(offset, whence)
        self._told = self._done
        return self._done

    def tell(self) -> int:
        return self._done

    def read(self, n: int | None = -1) -> bytes:
        data = self._f.read(-1 if n is None else n)
        self._done += len(data)
        if self._done - self._told >= PROGRESS_STEP or (data == b"" and self._done != self._told):
            self._told = self._done
            self._on_read(self._done)
        return data


def upload(
    client: PlatformClient,
    show_id: str,
    item: Upload,
    on_read: Callable[[int], None] | None = None,
) -> m.Material:
    """PUT one file; `on_read(bytes sent so far)` is called on this thread while it is sent.
    Raises `UsageError` (unreadable, or over `MATERIAL_MAX_BYTES`), `BadResponse` (the
    platform kept other bytes than sent) or `PlatformError`."""
    try:
        size = item.path.stat().st_size
        digest = sha256_of(item.path)
    except OSError as exc:
        raise UsageError(
            i18n._("Cannot read {path}: {error}.").format(path=item.path, error=exc.strerror),
            i18n._("Write the files again, then upload."),
        ) from exc
    if size > m.MATERIAL_MAX_BYTES:
        raise UsageError(
            i18n._("{name} is {size} MB; the platform takes files up to {limit} MB.").format(
                name=item.path.name, size=f"{size / 1e6:.1f}", limit=m.MATERIAL_MAX_BYTES // 10**6
            ),
            i18n._("Cut a shorter clip."),
        )
    params: dict[str, str | float] = {
        "kind": item.kind.value,
        "sha256": digest,
        "label": item.label,
    }
    if item.reseller_code is not None:
        params["reseller_code"] = item.reseller_code
    if item.mark_s is not None:
        params["mark_s"] = item.mark_s
    if item.duration_s is not None:
        params["duration_s"] = item.duration_s
    path = f"/shows/{show_id}/materials/{quote(item.material_id, safe='')}"
    with item.path.open("rb") as f:
        body = _Counting(f, size, on_read or (lambda n: None))
        material = client.call(
            "PUT",
            path,
            m.Material.model_validate,
            params=params,
            data=cast(BinaryIO, body),
            headers={"Content-Type": m.MATERIAL_TYPES[item.kind]},
            timeout=UPLOAD_TIMEOUT,
        )
    if material.sha256 != digest or material.size != size:
        raise BadResponse(
            i18n._("The platform kept {name} with other bytes than were sent.").format(
                name=item.path.name
            )
        )
    return material


def upload_all(
    client: PlatformClient,
    show_id: str,
    items: Sequence[Upload],
    progress: Callable[[Progress], None] | None = None,
) -> list[m.Material]:
    """Upload `items` in order, calling `progress` (on this thread) before the first, every
    `PROGRESS_STEP` bytes sent of a file, and after each file. Stops at the first failure and
    raises it (what was sent stays sent)."""
    sizes = [_size(i.path) for i in items]
    total = sum(sizes)
    sent = 0
    out: list[m.Material] = []
    if progress is not None:
        progress(Progress(0, len(items), 0, total))
    for n, (item, size) in enumerate(zip(items, sizes, strict=True), start=1):
        before = sent

        def partial(done: int, n: int = n, before: int = before, size: int = size) -> None:
            if progress is not None and done < size:
                progress(Progress(n - 1, len(items), before + done, total))

        out.append(upload(client, show_id, item, partial))
        sent += size
        if progress is not None:
            progress(Progress(n, len(items), sent, total))
    return out


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def materials(client: PlatformClient, show_id: str) -> list[m.Material]:
    """GET /shows/{id}/materials: everything uploaded for the show's resellers."""
    return client.get(f"/shows/{show_id}/materials", _MATERIALS.validate_python)


def delete_material(client: PlatformClient, show_id: str, material_id: str) -> m.Material:
    """DELETE /shows/{id}/materials/{material_id}: the material and its file."""
    path = f"/shows/{show_id}/materials/{quote(material_id, safe='')}"
    return client.call("DELETE", path, m.Material.model_validate)


def reseller_access(client: PlatformClient, show_id: str, code: str) -> m.ResellerAccess:
    """POST /shows/{id}/resellers/{code}/access: a new key and the reseller's page link (a
    secret: registered for redaction before it can be logged)."""
    access = client.call(
        "POST",
        f"/shows/{show_id}/resellers/{quote(code, safe='')}/access",
        m.ResellerAccess.model_validate,
        idempotency_key=new_idempotency_key(),
    )
    register_secret(access.access_key)
    return access


def revoke_access(client: PlatformClient, show_id: str, code: str) -> m.ResellerAccessRevoked:
    """DELETE /shows/{id}/resellers/{code}/access: every key and link of `code` stops working."""
    return client.call(
        "DELETE",
        f"/shows/{show_id}/resellers/{quote(code, safe='')}/access",
        m.ResellerAccessRevoked.model_validate,
    )


def per_reseller(items: Iterable[m.Material], codes: Iterable[str]) -> dict[str, ResellerShare]:
    """What each reseller in `codes` can download: their own materials and the show-wide ones
    (count and bytes), as the platform's `/resellers/{code}/materials` would list them."""
    items = list(items)
    out = {}
    for code in codes:
        mine = [x for x in items if x.reseller_code in (None, code)]
        out[code] = ResellerShare(len(mine), sum(x.size for x in mine))
    return out
