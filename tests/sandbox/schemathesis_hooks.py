"""Hooks for the schemathesis run of `test_contract.py` (loaded through SCHEMATHESIS_HOOKS).

Every write a fuzzer sends is a new logical write, so it gets a fresh Idempotency-Key, as the
contract asks of any client. Without this, hypothesis reuses short keys such as "0" across
operations and the server rightly answers 422 `idempotency-key-reused`. A key the fuzzer made
invalid on purpose (a negative case) is left as it is.

A show runs one auction and one giveaway at a time (409 `auction-running`, `giveaway-open`):
before the fuzzer starts one, the running one is cancelled, as a host would do, so starting
is tried against a show that can take it rather than refused every time after the first.
"""

from __future__ import annotations

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
