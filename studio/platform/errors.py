"""The platform's refusals and failures as typed errors carrying the server's own words.

An RFC 9457 problem becomes the subclass for its status, with `title` and `detail` as the
server wrote them, so the UI can show "Your role does not allow this: A cohost cannot end the
show; only the host can." and code can decide by type: retry, refresh and merge, or give up.

Problem documents follow RFC 9457 (Problem Details for HTTP APIs): `type` (a URI whose last
segment is the stable `slug`), `title`, `status`, `detail`, plus the contract's extensions
(`current` on 412, `errors` on 400/422, `retry_after` on 429). Errors are plain values:
raised on the calling thread, safe to pass to another.
"""

from __future__ import annotations

from studio import i18n
from studio.errors import StudioError


class PlatformError(StudioError):
    """Something went wrong talking to the platform. `retryable`: trying again may help.

    message / hint: for the user (`StudioError`). status: the HTTP status, None when no answer
    came. title / detail / problem_type: the problem document's `title`, `detail`, `type`.
    retry_after: seconds to wait before trying again (from `Retry-After`), if the platform
    said. problem: the whole problem document as received (a JSON object).
    """

    retryable = False
    default_hint = ""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        status: int | None = None,
        title: str = "",
        detail: str = "",
        problem_type: str = "",
        retry_after: float | None = None,
        problem: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, hint or (i18n._(self.default_hint) if self.default_hint else ""))
        self.status = status
        self.title = title
        self.detail = detail
        self.problem_type = problem_type
        self.retry_after = retry_after
        self.problem = problem or {}

    @property
    def slug(self) -> str:
        """The problem type's last segment (`stale-version`), stable across messages."""
        return self.problem_type.rstrip("/").rsplit("/", 1)[-1] if self.problem_type else ""


class PlatformUnreachable(PlatformError):
    """No answer: connection refused or reset, DNS failure, or a timeout."""

    retryable = True
    default_hint = i18n.N_(
        "Check the internet connection; Studio keeps retrying and keeps your changes."
    )


class BadResponse(PlatformError):
    """The platform (or a proxy on the way) answered with something that is not the API."""

    retryable = True
    default_hint = i18n.N_("Usually a proxy or captive portal on the network; Studio retries.")


class AuthFailed(PlatformError):
    """401: the API token is missing, wrong, revoked or expired."""

    default_hint = i18n.N_(
        "Sign in to the platform again, or store a new API token in Studio's settings."
    )


class PermissionDenied(PlatformError):
    """403: this token's role may not do this (a co-host ending the show, a viewer pinning)."""

    default_hint = i18n.N_("Ask the show's host to do this, or to change your role.")


class NotFound(PlatformError):
    """404: no such show, product, timer or route (or not visible to this token)."""


class Conflict(PlatformError):
    """409: the request clashes with the resource's state: the show has ended, the product
    is out of stock, or a request with the same Idempotency-Key is still in flight (slug
    `idempotency-key-in-use`; retried, since the first one's result will be replayed)."""


class StaleVersion(PlatformError):
    """412: someone changed the resource first; `current` is what the platform has now."""

    @property
    def current(self) -> dict[str, object] | None:
        """The resource as the platform has it now (the problem's `current`), if sent."""
        cur = self.problem.get("current")
        return cur if isinstance(cur, dict) else None


class InvalidRequest(PlatformError):
    """400/422: the request itself is wrong; `errors` lists the fields."""

    @property
    def errors(self) -> list[dict[str, object]]:
        """One `{"loc": str, "message": str}` per wrong field; empty when none were named."""
        errs = self.problem.get("errors")
        return [e for e in errs if isinstance(e, dict)] if isinstance(errs, list) else []


class RateLimited(PlatformError):
    """429: too many requests; `retry_after` says how long to wait (RFC 6585 §4)."""

    retryable = True
    default_hint = i18n.N_("Studio waits as long as the platform asks and tries again.")


class ServerError(PlatformError):
    """5xx: the platform failed; retried (the request is repeated only when safe)."""

    retryable = True
    default_hint = i18n.N_("A problem on the platform's side; Studio retries.")


class TokenMissing(PlatformError):
    """No API token (or no API URL) is set up: raised before any request is made."""

    default_hint = i18n.N_(
        "Add the platform's API token in Studio's settings (it is kept in the keyring)."
    )


_BY_STATUS: dict[int, type[PlatformError]] = {
    400: InvalidRequest,
    401: AuthFailed,
    403: PermissionDenied,
    404: NotFound,
    409: Conflict,
    412: StaleVersion,
    422: InvalidRequest,
    428: InvalidRequest,
    429: RateLimited,
}


def error_for_status(status: int) -> type[PlatformError]:
    """The error class for an HTTP status: the table above, `ServerError` for any 5xx,
    `PlatformError` otherwise."""
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return PlatformError
