"""Hooks for the schemathesis run of `test_contract.py` (loaded through SCHEMATHESIS_HOOKS).

Every write a fuzzer sends is a new logical write, so it gets a fresh Idempotency-Key, as the
contract asks of any client. Without this, hypothesis reuses short keys such as "0" across
operations and the server rightly answers 422 `idempotency-key-reused`. A key the fuzzer made
invalid on purpose (a negative case) is left as it is.

A material's upload (contract 1.8.0) carries the SHA-256 of its body, which a fuzzer cannot
guess: for a request the fuzzer meant to be valid, the query is made the way a client makes it
for the body schemathesis generated (a PNG for `image/png`): the body's own checksum, the kind
that goes with its content type, a clip for every reseller, a mark and length on a clip only.
The body itself is left alone (schemathesis counts a body changed by a hook as invalid).

A show runs one auction and one giveaway at a time (409 `auction-running`, `giveaway-open`):
before the fuzzer starts one, the running one is cancelled, as a host would do, so starting
is tried against a show that can take it rather than refused every time after the first.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from typing import Any

import requests
import schemathesis

_VALID_KEY = re.compile(r"^[!-~]{1,255}$")


@schemathesis.hook
def before_call(
    context: schemathesis.HookContext,
    case: schemathesis.Case[Any],
    **kwargs: object,
) -> None:
    _make_room(case)
    _sign_upload(case)
    headers = case.headers
    if headers is None:
        return
    for name in list(headers):
        if name.lower() == "idempotency-key" and _VALID_KEY.match(str(headers[name])):
            headers[name] = uuid.uuid4().hex


_ONE_AT_A_TIME = {"/auctions": "active", "/giveaways": "open"}


def _make_room(case: schemathesis.Case[Any]) -> None:
    """Cancel the show's running auction (or open giveaway) before the fuzzer starts one."""
    api, token = os.environ.get("STUDIO_FUZZ_API"), os.environ.get("STUDIO_FUZZ_TOKEN")
    path = case.operation.path
    suffix = next((k for k in _ONE_AT_A_TIME if path.endswith("{show_id}" + k)), None)
    if case.method.upper() != "POST" or suffix is None or not api or not token:
        return
    show = (case.path_parameters or {}).get("show_id")
    url = f"{api}/shows/{show}{suffix}"
    auth = {"Authorization": f"Bearer {token}"}
    running = requests.get(url, params={"status": _ONE_AT_A_TIME[suffix]}, headers=auth, timeout=5)
    if running.ok:
        for item in running.json():
            requests.delete(f"{url}/{item['id']}", headers=auth, timeout=5)


_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_KINDS = {"clip", "poster_phone", "poster_square", "card"}


def _sign_upload(case: schemathesis.Case[Any]) -> None:
    """Make a valid-looking material upload's query the way a client would (see above)."""
    if case.method.upper() != "PUT" or not case.operation.path.endswith("/materials/{material_id}"):
        return
    meta = getattr(case, "_meta", None)  # how the case was made: a negative one stays as it is
    if meta is not None and meta.generation.mode.is_negative:
        return
    query = case.query
    raw = getattr(case.body, "data", case.body)  # schemathesis' `Binary`, or bytes
    if query is None or not isinstance(raw, bytes):
        return
    if query.get("kind") not in _KINDS or not _SHA256.match(str(query.get("sha256", ""))):
        return
    if case.media_type == "video/mp4":
        query["kind"] = "clip"
    elif query["kind"] == "clip":
        query["kind"] = "card"
    for name in ("reseller_code",) if query["kind"] == "clip" else ("mark_s", "duration_s"):
        query.pop(name, None)
    query["sha256"] = hashlib.sha256(raw).hexdigest()
