"""The platform's refusals and failures as typed errors carrying the server's own words.

An RFC 9457 problem becomes the subclass for its status, with `title` and `detail` as the
server wrote them, so the UI can show "Your role does not allow this: A cohost cannot end the
show; only the host can." and code can decide by type: retry, refresh and merge, or give up.
"""

from __future__ import annotations

from typing import Any

from studio.errors import StudioError


class PlatformError(StudioError):
    """Something went wrong talking to the platform. `retryable`: trying again may help."""

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
        problem: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, hint or self.default_hint)
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
    default_hint = "Check the internet connection; Studio keeps retrying and keeps your changes."


class BadResponse(PlatformError):
    """The platform (or a proxy on the way) answered with something that is not the API."""

    retryable = True
    default_hint = "Usually a proxy or captive portal on the network; Studio retries."


class AuthFailed(PlatformError):
    default_hint = "Sign in to the platform again, or store a new API token in Studio's settings."


class PermissionDenied(PlatformError):
    default_hint = "Ask the show's host to do this, or to change your role."


class NotFound(PlatformError):
    pass


class Conflict(PlatformError):
    pass


class StaleVersion(PlatformError):
    """412: someone changed the resource first; `current` is what the platform has now."""

    @property
    def current(self) -> dict[str, Any] | None:
        cur = self.problem.get("current")
        return cur if isinstance(cur, dict) else None


class InvalidRequest(PlatformError):
    """400/422: the request itself is wrong; `errors` lists the fields."""

    @property
    def errors(self) -> list[dict[str, Any]]:
        errs = self.problem.get("errors")
        return [e for e in errs if isinstance(e, dict)] if isinstance(errs, list) else []


class RateLimited(PlatformError):
    retryable = True
    default_hint = "Studio waits as long as the platform asks and tries again."


class ServerError(PlatformError):
    retryable = True
    default_hint = "A problem on the platform's side; Studio retries."


class TokenMissing(PlatformError):
    default_hint = "Add the platform's API token in Studio's settings (it is kept in the keyring)."


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
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return PlatformError
