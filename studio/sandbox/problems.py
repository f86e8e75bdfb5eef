"""RFC 9457 problem details: the only shape an error leaves the sandbox in.

Every failure is an `ApiProblem` raised where it is detected (data layer, auth, middleware) and
rendered once by the app, so clients can rely on `type` to decide (retry, refresh, give up).
"""

from __future__ import annotations

import json
import math

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "/problems/"


class ApiProblem(Exception):
    """An error with an HTTP status, a stable `slug` (the problem type) and a plain message."""

    status = 400
    slug = "bad-request"
    title = "The request is not valid"

    def __init__(
        self,
        detail: str,
        *,
        status: int | None = None,
        slug: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: object,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        if status is not None:
            self.status = status
        if slug is not None:
            self.slug = slug
        if title is not None:
            self.title = title
        self.headers = dict(headers or {})
        self.extra = extra

    def body(self, instance: str | None = None) -> dict[str, object]:
        doc: dict[str, object] = {
            "type": PROBLEM_BASE + self.slug,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if instance:
            doc["instance"] = instance
        doc.update({k: v for k, v in self.extra.items() if v is not None})
        return doc

    def encode(self, instance: str | None = None) -> bytes:
        return json.dumps(self.body(instance), separators=(",", ":")).encode()


class NotFound(ApiProblem):
    status, slug, title = 404, "not-found", "Not found"


class Unauthorized(ApiProblem):
    status, slug, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="studio"'})


class Forbidden(ApiProblem):
    status, slug, title = 403, "forbidden", "Your role does not allow this"


class Conflict(ApiProblem):
    status, slug, title = 409, "conflict", "The request conflicts with the current state"


class Invalid(ApiProblem):
    status, slug, title = 422, "validation-failed", "Some fields are not valid"


class StaleVersion(ApiProblem):
    status, slug, title = 412, "stale-version", "Someone else changed this first"


class PreconditionRequired(ApiProblem):
    status, slug, title = 428, "precondition-required", "If-Match is required"


class RateLimited(ApiProblem):
    status, slug, title = 429, "rate-limited", "Too many requests"

    def __init__(self, retry_after_s: float) -> None:
        seconds = max(1, math.ceil(retry_after_s))
        super().__init__(
            f"Slow down: retry in {seconds} s.",
            headers={"Retry-After": str(seconds)},
            retry_after=seconds,
        )


class Unavailable(ApiProblem):
    status, slug, title = 503, "unavailable", "Temporarily unavailable"

    def __init__(self, detail: str, retry_after_s: int = 1) -> None:
        super().__init__(
            detail, headers={"Retry-After": str(retry_after_s)}, retry_after=retry_after_s
        )
