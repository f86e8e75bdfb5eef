"""Keep stream keys and tokens out of everything a person or a file might see.

Two layers: `mask_url` hides the stream-key part of an ingest URL structurally (works even for
keys we were never told about), and `Redactor` replaces every secret registered at run time
(keys read from the keyring, API tokens) wherever it appears in text, including log records.
"""

from __future__ import annotations

import logging
import re
import threading
from urllib.parse import urlsplit, urlunsplit

from studio import ingest_url

MASK = ingest_url.MASK

_registry_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a secret so `redact` hides it from now on (short values are ignored)."""
    if value and len(value) >= 4:
        with _registry_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """Replace every registered secret and every URL's credentials/stream key in `text`."""
    with _registry_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for s in secrets:
        text = text.replace(s, MASK)
    return _URL_RE.sub(lambda m: mask_url(m.group(0)), text)


def redact_bytes(data: bytes) -> bytes:
    """`redact` for file contents: text is assumed UTF-8; undecodable bytes pass through."""
    text = data.decode("utf-8", errors="surrogateescape")
    return redact(text).encode("utf-8", errors="surrogateescape")


def contains_secret(text: str) -> bool:
    """True if a registered secret occurs in `text` (a last check before data leaves us)."""
    with _registry_lock:
        secrets = list(_secrets)
    return any(s in text for s in secrets)


# A URL runs to the next space or quote; punctuation that ends a sentence or a clause right
# after it ("... rtmp://h/live/KEY: refused", "(see rtmp://h/live)") is left outside.
_URL_RE = re.compile(
    r"\b(?:rtmps?|srt|rist|https?)://[^\s'\"<>]*[^\s'\"<>.,;:!?)\]}]", re.IGNORECASE
)
_QUERY_SECRET_RE = re.compile(r"(?i)((?:key|token|secret|pass|pwd|auth|sig|signature)[^=&]*=)[^&]*")


def mask_url(url: str) -> str:
    """Mask the parts of a URL that grant access.

    RTMP(S) URLs follow `studio.ingest_url`'s grammar (the stream name after the application
    is the key, verbatim, whatever characters it holds); SRT/RIST URLs carry the key as the
    path after the first element; HTTP URLs may carry tokens in the query string or
    user-info. The host and application stay visible so an error still says where we tried
    to go. Never raises.
    """
    if url[:5].lower().startswith("rtmp"):
        return ingest_url.mask(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return MASK
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{MASK}@{netloc.rsplit('@', 1)[1]}"
    path = parts.path
    scheme = parts.scheme.lower()
    if scheme in ("srt", "rist"):
        segments = path.split("/")
        # /app/key → keep the app, mask the key (and anything after it)
        if len(segments) > 2 and any(segments[2:]):
            path = "/".join([*segments[:2], MASK])
    query = _QUERY_SECRET_RE.sub(lambda m: m.group(1) + MASK, parts.query)
    return urlunsplit((parts.scheme, netloc, path, query, parts.fragment))


class RedactingFilter(logging.Filter):
    """A logging filter that redacts the message, traceback and stack of every record.

    The traceback is formatted here and stored redacted in `exc_text`, which every standard
    formatter uses as is, so an exception message carrying a URL or key is masked too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = redact(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_formatter = logging.Formatter()
