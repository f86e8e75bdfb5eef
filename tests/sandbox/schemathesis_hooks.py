"""Hooks for the schemathesis run of `test_contract.py` (loaded through SCHEMATHESIS_HOOKS).

Every write a fuzzer sends is a new logical write, so it gets a fresh Idempotency-Key, as the
contract asks of any client. Without this, hypothesis reuses short keys such as "0" across
operations and the server rightly answers 422 `idempotency-key-reused`. A key the fuzzer made
invalid on purpose (a negative case) is left as it is.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import schemathesis

_VALID_KEY = re.compile(r"^[!-~]{1,255}$")


@schemathesis.hook
def before_call(
    context: schemathesis.HookContext,
    case: schemathesis.Case[Any],
    **kwargs: object,
) -> None:
    headers = case.headers
    if headers is None:
        return
    for name in list(headers):
        if name.lower() == "idempotency-key" and _VALID_KEY.match(str(headers[name])):
            headers[name] = uuid.uuid4().hex
