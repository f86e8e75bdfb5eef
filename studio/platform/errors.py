"""The platform's refusals and failures as typed errors carrying the server's own words.

An RFC 9457 problem becomes the subclass for its status, with `title` and `detail` as the
server wrote them, so the UI can show "Your role does not allow this: A cohost cannot end the
show; only the host can." and code can decide by type: retry, refresh and merge, or give up.

Problem documents follow RFC 9457 (Problem Details for HTTP APIs): `type` (a URI whose last
segment is the stable `slug`), `title`, `status`, `detail`, plus the contract's extensions
(`current` on 412, `errors` on 400/422, `retry_after` on 429). Errors are plain values:
raised on the calling thread, safe to pass to another.

What the user reads (`message`) is in the interface language (`problem_message`): the server's
own words when it speaks that language (RFC 9457 §4: its `Content-Language`; none said is the
contract's English), else the contract's known problem types as our own translated sentence
(`PROBLEM_MESSAGES`), else the server's words inside a translated sentence saying they are the
platform's. `title` and `detail` always keep the server's words.
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


# The contract's problem types (`/problems/<slug>`, openapi.yaml; the sandbox raises each of
# them) as the user is told them when the server does not speak the interface language. One
# sentence each, without the server's particulars (a product's name, a time): those stay in
# the error's `detail`.
PROBLEM_MESSAGES: dict[str, str] = {
    "bad-request": i18n.N_("The platform could not use this request."),
    "not-found": i18n.N_("The platform has no such show or item (it may have been removed)."),
    "method-not-allowed": i18n.N_("The platform does not offer this action."),
    "unauthorized": i18n.N_("The platform did not accept Studio's sign-in."),
    "forbidden": i18n.N_("Your role does not allow this."),
    "conflict": i18n.N_("This clashes with what the show is doing right now."),
    "validation-failed": i18n.N_("The platform found fields that are not valid."),
    "stale-version": i18n.N_("Someone else changed this first."),
    "precondition-required": i18n.N_("The platform needs the item's version to change it."),
    "rate-limited": i18n.N_("Too many requests to the platform at once."),
    "unavailable": i18n.N_("The platform is not available right now."),
    "internal": i18n.N_("The platform failed on this request."),
    "bad-json": i18n.N_("The platform could not read the request."),
    "bad-cursor": i18n.N_("The platform did not recognise where the list left off."),
    "bad-if-match": i18n.N_("The platform did not accept the item's version."),
    "bad-last-event-id": i18n.N_("The platform did not recognise where the event stream left off."),
    "idempotency-key-missing": i18n.N_("The platform refused a change without its retry key."),
    "idempotency-key-invalid": i18n.N_("The platform refused the change's retry key."),
    "idempotency-key-reused": i18n.N_(
        "The platform saw this change's retry key on a different change."
    ),
    "idempotency-key-in-use": i18n.N_("The platform is still working on this same change."),
    "show-ended": i18n.N_("This show has ended; it can no longer be changed."),
    "show-not-live": i18n.N_("Orders open only while the show is live."),
    "out-of-stock": i18n.N_("The product is out of stock."),
    "timer-running": i18n.N_("A flash sale is already running on this product."),
    "voucher-not-active": i18n.N_("This voucher is no longer running."),
    "voucher-claim-used": i18n.N_("This voucher was already used."),
    "voucher-code-taken": i18n.N_("This show already has a voucher with that code; pick another."),
    "voucher-exhausted": i18n.N_("Every voucher of this kind is taken."),
    "already-claimed": i18n.N_("This voucher was already claimed."),
    "repeated-step": i18n.N_("A rundown step appears twice."),
    "rundown-finished": i18n.N_("Every step of the rundown is done."),
    "rundown-moved": i18n.N_("Someone else moved the rundown on first."),
    "giveaway-open": i18n.N_("A giveaway is already open; draw it first."),
    "poll-open": i18n.N_("A poll is already open; close it first."),
    "poll-closed": i18n.N_("This poll is closed."),
    "already-voted": i18n.N_("This vote was already cast."),
    "already-reversed": i18n.N_("This order was already refunded or cancelled."),
    "drop-not-open": i18n.N_(
        "This drop is not open yet; members of a higher tier may buy earlier."
    ),
    "blocked": i18n.N_("This account is blocked from the show's chat."),
    "muted": i18n.N_("This account is muted in the show's chat for now."),
    "comment-hidden": i18n.N_("That comment is hidden; show it again before putting it on screen."),
    "not-a-viewer": i18n.N_("That person is on the show's team, not a viewer."),
    "code-taken": i18n.N_("That referral code is taken; pick another."),
    "auction-running": i18n.N_("An auction is already running; end it first."),
    "auction-ended": i18n.N_("This auction has ended; bids are closed."),
    "already-leading": i18n.N_("This bidder already leads the auction."),
    "bid-too-low": i18n.N_("The bid is below the next lowest bid allowed."),
    "not-reseller-show": i18n.N_("This is not a reseller show; turn reseller mode on first."),
    "invite-used": i18n.N_("This invite was used already."),
    "checksum-mismatch": i18n.N_(
        "The file was damaged on the way to the platform; upload it again."
    ),
    "too-large": i18n.N_("The file is larger than the platform takes (100 MB)."),
    "length-required": i18n.N_("The platform needs the file's size before it is sent."),
    "unsupported-media-type": i18n.N_("The platform does not take this kind of file here."),
    "range-not-satisfiable": i18n.N_("That part of the file does not exist."),
}


def speaks_interface_language(content_language: str | None) -> bool:
    """Whether a platform answer in `content_language` (its `Content-Language` header; None or
    empty: the contract's English) reads in the interface language (`studio.i18n.language()`):
    both served by the same catalogue ('pt' and 'pt-BR'; 'en-GB' and 'en')."""
    tag = (content_language or "en").split(",")[0].strip() or "en"
    server = i18n.catalog_for(tag) or ("en" if tag.lower().startswith("en") else f"?{tag}")
    shown = i18n.catalog_for(i18n.language()) or "en"  # a language with no catalogue: English
    return server == shown


def problem_message(
    slug: str,
    title: str,
    detail: str,
    *,
    status: int,
    where: str,
    content_language: str | None = None,
) -> str:
    """The sentence a user reads for a problem answer, in the interface language.

    slug / title / detail: the problem document's (`slug` of its `type`; "" when none).
    status: the HTTP status. where: "METHOD /path", named when there is no detail.
    content_language: the answer's `Content-Language` (None: the contract's English).
    The server's own words when it speaks the interface language; else a known `slug`'s
    sentence from `PROBLEM_MESSAGES`; else the server's words inside a translated sentence.
    """
    if speaks_interface_language(content_language):  # its words, our punctuation around them
        if detail:
            return i18n._("{title}: {detail}").format(title=title, detail=detail)
        return i18n._("{title} ({where}, HTTP {status})").format(
            title=title, where=where, status=status
        )
    known = PROBLEM_MESSAGES.get(slug)
    if known is not None:
        return i18n._(known)
    if detail:
        return i18n._("The platform answered “{title}”: {detail}").format(
            title=title, detail=detail
        )
    return i18n._("The platform answered “{title}” ({where}, HTTP {status}).").format(
        title=title, where=where, status=status
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
