"""Reseller materials (issue 21, contract 1.8.0): the files a host uploads for the show's
resellers (highlight clips, posters, product cards), the resellers' access keys, and signed
download links.

Files live on disk under `files_dir/<show_id>/<material_id>` (never in the database); the
table `materials` holds what they are. An upload is written to a `.part` file beside the
final one while its SHA-256 is computed, checked against the one the host sent, and only then
renamed over the old file (an atomic replace), so a reseller never downloads half a file.

Access: a reseller's key (`rsk_...`) is a secret issued when they join with an invite (or by
the host, `issue_key`); only its hash is kept, like tokens. A download link carries
`expires` (Unix seconds) and `sig`, an HMAC-SHA256 of show, code, material and expiry under a
key kept in `meta`: a browser can follow it (a video's `src`, a download button) without
headers, and it stops working at its expiry. Who may download what is checked again at every
download: a reseller's own materials and the show-wide ones, nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from studio.platform.models import (
    MATERIAL_MAX_BYTES,
    MATERIAL_TYPES,
    Material,
    MaterialKind,
    ResellerMaterial,
)
from studio.sandbox.problems import ApiProblem, Forbidden, Invalid, NotFound, Unauthorized
from studio.sandbox.stores.base import Context, new_token, show_row, token_hash

SCHEMA = """
CREATE TABLE IF NOT EXISTS materials (
    show_id TEXT NOT NULL, id TEXT NOT NULL, kind TEXT NOT NULL, reseller_code TEXT,
    label TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL,
    sha256 TEXT NOT NULL, mark_s REAL, duration_s REAL, uploaded_at TEXT NOT NULL,
    PRIMARY KEY (show_id, id)
);
CREATE TABLE IF NOT EXISTS reseller_keys (
    key_hash TEXT PRIMARY KEY, show_id TEXT NOT NULL, code TEXT NOT NULL, issued_at TEXT NOT NULL
)
"""
LINK_TTL_S = 6 * 3600  # how long a download link works
_SIGNING_KEY = "materials.signing_key"
CHUNK = 256 * 1024
# What each content type's file starts with (a PNG's signature; an MP4's `ftyp` box at 4).
_MAGIC = {"image/png": (0, b"\x89PNG\r\n\x1a\n"), "video/mp4": (4, b"ftyp")}


@dataclass(frozen=True)
class UploadMeta:
    """What the host says of an upload (query parameters), checked by `MaterialStore.begin`."""

    material_id: str
    kind: MaterialKind
    label: str
    content_type: str
    sha256: str
    reseller_code: str | None = None
    mark_s: float | None = None
    duration_s: float | None = None


class TooLarge(ApiProblem):
    status, slug, title = 413, "too-large", "The file is too large"


class LengthRequired(ApiProblem):
    status, slug, title = 411, "length-required", "Content-Length required"


class UnsupportedType(ApiProblem):
    status, slug, title = 415, "unsupported-media-type", "Unsupported media type"


class RangeNotSatisfiable(ApiProblem):
    status, slug, title = 416, "range-not-satisfiable", "Range not satisfiable"


class MaterialStore:
    """`materials`, `reseller_keys`; the files under `files_dir`. Thread-safe like `Database`."""

    def __init__(self, ctx: Context, files_dir: Path) -> None:
        self.ctx = ctx
        self.files_dir = files_dir
        with ctx.db.write() as conn:
            for statement in SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            row = conn.execute("SELECT value FROM meta WHERE key=?", (_SIGNING_KEY,)).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    (_SIGNING_KEY, secrets.token_hex(32)),
                )
                row = conn.execute("SELECT value FROM meta WHERE key=?", (_SIGNING_KEY,)).fetchone()
        self._signing_key = bytes.fromhex(row[0])

    # -- access keys -----------------------------------------------------------------------

    def issue_key(self, conn: sqlite3.Connection, show_id: str, code: str) -> str:
        """Inside the caller's write: a new access key for reseller `code` (its hash kept)."""
        key = new_token("rsk")
        conn.execute(
            "INSERT INTO reseller_keys VALUES (?, ?, ?, ?)",
            (token_hash(key), show_id, code, self.ctx.now().isoformat()),
        )
        return key

    def new_key(self, show_id: str, code: str) -> str:
        """The host issues another key for `code`; raises `NotFound` for an unknown code."""
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            self._require_reseller(conn, show_id, code)
            return self.issue_key(conn, show_id, code)

    def revoke_keys(self, show_id: str, code: str) -> int:
        """Every access key of `code` stops working; how many there were. Raises `NotFound`."""
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            self._require_reseller(conn, show_id, code)
            cur = conn.execute(
                "DELETE FROM reseller_keys WHERE show_id=? AND code=?", (show_id, code)
            )
            return int(cur.rowcount)

    def check_key(self, show_id: str, code: str, key: str | None) -> None:
        """Raises `NotFound` (no such show or code), `Unauthorized` (no key sent) or
        `Forbidden` (a key that is not one of this reseller's)."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        self._require_reseller(conn, show_id, code)
        if not key:
            raise Unauthorized(
                "Send your reseller access key in the X-Reseller-Key header; it came with "
                "your reseller link when you joined."
            )
        row = conn.execute(
            "SELECT show_id, code FROM reseller_keys WHERE key_hash=?", (token_hash(key),)
        ).fetchone()
        if row is None or row["show_id"] != show_id or row["code"] != code:
            raise Forbidden(
                f"This access key is not {code}'s; open the reseller link you were given, "
                "or ask the host for a new one."
            )

    @staticmethod
    def _require_reseller(conn: sqlite3.Connection, show_id: str, code: str) -> None:
        if not conn.execute(
            "SELECT 1 FROM resellers WHERE show_id=? AND code=?", (show_id, code)
        ).fetchone():
            raise NotFound(f"There is no reseller {code!r} in this show.")

    # -- uploads ---------------------------------------------------------------------------

    def begin(self, show_id: str, meta: UploadMeta, length: int | None) -> Path:
        """Check an upload before its body is read; returns the `.part` path to write.

        Raises `NotFound` (show, reseller), `LengthRequired` (411), `TooLarge` (413),
        `UnsupportedType` (415), `Invalid` (422: a clip for one reseller, mark or duration
        on a picture)."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        want = MATERIAL_TYPES[meta.kind]
        if meta.content_type != want:
            raise UnsupportedType(
                f"A {meta.kind.value} is sent as {want}, not {meta.content_type or 'nothing'};"
                f" set Content-Type: {want}."
            )
        if meta.kind is MaterialKind.CLIP:
            if meta.reseller_code is not None:
                raise Invalid(
                    "A clip is for every reseller of the show; leave reseller_code out.",
                    errors=[{"loc": "query.reseller_code", "message": "not for a clip"}],
                )
        elif meta.mark_s is not None or meta.duration_s is not None:
            raise Invalid(
                "mark_s and duration_s belong to a clip only.",
                errors=[{"loc": "query.mark_s", "message": "only for a clip"}],
            )
        if meta.reseller_code is not None:
            self._require_reseller(conn, show_id, meta.reseller_code)
        if length is None:
            raise LengthRequired("Send the file's size in Content-Length (no chunked upload).")
        if length > MATERIAL_MAX_BYTES:
            raise TooLarge(self._too_large(length))
        folder = self.files_dir / show_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{meta.material_id}.{secrets.token_hex(4)}.part"

    @staticmethod
    def _too_large(size: int) -> str:
        return (
            f"The file is {size / 1e6:.1f} MB; a material may be at most "
            f"{MATERIAL_MAX_BYTES / 1e6:.0f} MB. Cut a shorter clip or lower its bitrate."
        )

    def finish(
        self, show_id: str, meta: UploadMeta, part: Path, size: int, digest: str
    ) -> tuple[Material, bool]:
        """The body was written to `part` (`size` bytes, SHA-256 `digest`): check and keep it.
        Returns the material and whether it is new (else it replaced one of the same id).
        Raises `Invalid` (422 checksum-mismatch, not-a-png/not-an-mp4); `part` is removed on
        any failure."""
        try:
            if digest != meta.sha256:
                raise Invalid(
                    f"The file arrived with SHA-256 {digest}, not the {meta.sha256} sent: it "
                    "was damaged on the way. Upload it again.",
                    slug="checksum-mismatch",
                    errors=[{"loc": "query.sha256", "message": "does not match the body"}],
                )
            offset, magic = _MAGIC[meta.content_type]
            with part.open("rb") as f:
                head = f.read(offset + len(magic))
            if head[offset:] != magic:
                raise Invalid(
                    f"The file is not {meta.content_type} (its first bytes say otherwise).",
                    errors=[{"loc": "body", "message": f"not {meta.content_type}"}],
                )
            material = Material(
                id=meta.material_id,
                show_id=show_id,
                kind=meta.kind,
                reseller_code=meta.reseller_code,
                label=meta.label,
                content_type=meta.content_type,
                size=size,
                sha256=digest,
                mark_s=meta.mark_s,
                duration_s=meta.duration_s,
                uploaded_at=self.ctx.now(),
            )
            with self.ctx.db.write() as conn:
                show_row(conn, show_id)
                existed = conn.execute(
                    "SELECT 1 FROM materials WHERE show_id=? AND id=?", (show_id, meta.material_id)
                ).fetchone()
                conn.execute(
                    "INSERT OR REPLACE INTO materials VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        show_id,
                        material.id,
                        material.kind.value,
                        material.reseller_code,
                        material.label,
                        material.content_type,
                        material.size,
                        material.sha256,
                        material.mark_s,
                        material.duration_s,
                        material.uploaded_at.isoformat(),
                    ),
                )
                part.replace(self.path_of(show_id, material.id))
        finally:
            part.unlink(missing_ok=True)
        return material, existed is None

    # -- reading ---------------------------------------------------------------------------

    def path_of(self, show_id: str, material_id: str) -> Path:
        return self.files_dir / show_id / material_id

    def all(self, show_id: str) -> list[Material]:
        """Every material of the show, oldest upload first. Raises `NotFound`."""
        conn = self.ctx.db.read()
        show_row(conn, show_id)
        rows = conn.execute(
            "SELECT * FROM materials WHERE show_id=? ORDER BY uploaded_at, id", (show_id,)
        )
        return [_material(r) for r in rows]

    def delete(self, show_id: str, material_id: str) -> Material:
        """Remove a material and its file. Raises `NotFound`."""
        with self.ctx.db.write() as conn:
            show_row(conn, show_id)
            row = conn.execute(
                "SELECT * FROM materials WHERE show_id=? AND id=?", (show_id, material_id)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no material {material_id!r} in this show.")
            conn.execute("DELETE FROM materials WHERE show_id=? AND id=?", (show_id, material_id))
            self.path_of(show_id, material_id).unlink(missing_ok=True)
        return _material(row)

    def for_reseller(self, show_id: str, code: str, base_url: str) -> list[ResellerMaterial]:
        """What reseller `code` may download (theirs and the show-wide ones), each with a
        signed link under `base_url` (the API root as the caller reached it)."""
        expires = int(self.ctx.clock()) + LINK_TTL_S
        out = []
        for m in self.all(show_id):
            if m.reseller_code not in (None, code):
                continue
            sig = self._sign(show_id, code, m.id, expires)
            out.append(
                ResellerMaterial(
                    **m.model_dump(),
                    download_url=f"{base_url}/shows/{show_id}/resellers/{code}/materials/"
                    f"{m.id}/file?expires={expires}&sig={sig}",
                    download_expires_at=datetime.fromtimestamp(expires, UTC),
                )
            )
        return out

    def _sign(self, show_id: str, code: str, material_id: str, expires: int) -> str:
        msg = f"{show_id}\n{code}\n{material_id}\n{expires}".encode()
        return hmac.new(self._signing_key, msg, hashlib.sha256).hexdigest()

    def check_link(self, show_id: str, code: str, material_id: str, expires: int, sig: str) -> None:
        """Raises `Forbidden` for a link that was not signed here or has expired."""
        good = self._sign(show_id, code, material_id, expires)
        if not hmac.compare_digest(good, sig):
            raise Forbidden("This download link is not valid; open your reseller page again.")
        if expires < self.ctx.clock():
            raise Forbidden(
                "This download link has expired; open your reseller page again for a fresh one."
            )

    def download(self, show_id: str, code: str, material_id: str) -> tuple[Material, Path]:
        """The material and its file, if reseller `code` may have it; raises `NotFound`
        otherwise (another reseller's poster is not theirs to know of)."""
        conn = self.ctx.db.read()
        row = conn.execute(
            "SELECT * FROM materials WHERE show_id=? AND id=?", (show_id, material_id)
        ).fetchone()
        if row is None or row["reseller_code"] not in (None, code):
            raise NotFound(f"There is no material {material_id!r} for {code}.")
        path = self.path_of(show_id, material_id)
        if not path.is_file():
            raise NotFound(f"The file of {material_id!r} is gone; ask the host to upload it.")
        return _material(row), path


def _material(r: sqlite3.Row) -> Material:
    return Material(
        id=r["id"],
        show_id=r["show_id"],
        kind=MaterialKind(r["kind"]),
        reseller_code=r["reseller_code"],
        label=r["label"],
        content_type=r["content_type"],
        size=r["size"],
        sha256=r["sha256"],
        mark_s=r["mark_s"],
        duration_s=r["duration_s"],
        uploaded_at=datetime.fromisoformat(r["uploaded_at"]),
    )


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The one byte range `header` asks for, as (first, last) inclusive (RFC 9110 §14.1.2),
    or None to send the whole file (no header, another unit, several ranges, or a header
    that does not parse: a server may ignore Range). Raises `RangeNotSatisfiable` (416) for a
    range that starts past the end."""
    if header is None:
        return None
    unit, _, spec = header.strip().partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first_s, dash, last_s = spec.strip().partition("-")
    if not dash:
        return None
    try:
        if first_s == "":  # a suffix: the last N bytes
            n = int(last_s)
            if n <= 0:
                raise ValueError
            return (max(0, size - n), size - 1) if size else _unsatisfiable(size)
        first = int(first_s)
        last = int(last_s) if last_s else size - 1
    except ValueError:
        return None
    if first < 0 or (last_s and last < first):
        return None
    if first >= size:
        _unsatisfiable(size)
    return first, min(last, size - 1)


def _unsatisfiable(size: int) -> tuple[int, int]:
    raise RangeNotSatisfiable(
        f"The file has {size} bytes; ask for a range inside it.",
        headers={"Content-Range": f"bytes */{size}"},
    )


def read_range(path: Path, first: int, last: int) -> Iterator[bytes]:
    """The bytes first..last (inclusive) of `path`, in chunks."""
    with path.open("rb") as f:
        f.seek(first)
        left = last - first + 1
        while left > 0:
            chunk = f.read(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk
