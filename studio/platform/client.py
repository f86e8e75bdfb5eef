"""The platform's REST API over HTTP, made to survive a bad hotel Wi-Fi.

Every call has a timeout. Failures that may pass (no connection, timeouts, 429, 5xx, a body
that is not the API's JSON) are retried with exponential back-off and jitter, waiting at least
as long as `Retry-After` says, within a per-call deadline. Only requests that are safe to
repeat are retried: GET/PUT/DELETE, and POST/PATCH that carry an Idempotency-Key (the platform
replays the first result), or any request that never left this machine. urllib3's `Retry`
cannot do this: it sees neither the Idempotency-Key nor a 200 whose body is garbage.

Errors come back as `studio.platform.errors` types carrying the server's title and detail
(RFC 9457 problem details); `Retry-After` is read as seconds or an HTTP date (RFC 9110
§10.2.3). The bearer token comes from the keyring (`token_ref`) or the caller, and is
registered for redaction before it is used; it is never logged.

Every call blocks the calling thread (up to `RetryPolicy.deadline_s`): never call from a GUI
thread. The client is thread-safe; each thread gets its own `requests.Session`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import platform as _platform
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, TypeAlias, TypeVar

import requests
import urllib3.exceptions
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.__version__ import __version__ as REQUESTS_VERSION

from studio import __version__, i18n
from studio.platform import models as m
from studio.platform.clock import ServerClock
from studio.platform.errors import (
    BadResponse,
    PlatformError,
    PlatformUnreachable,
    TokenMissing,
    error_for_status,
    problem_message,
    speaks_interface_language,
)
from studio.redact import redact, register_secret

if TYPE_CHECKING:
    from studio.config import PlatformSettings

log = logging.getLogger(__name__)

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)
# Query parameters as requests takes them (a list repeats the parameter).
Params: TypeAlias = Mapping[str, str | int | float | list[str]]
# A request body that json.dumps can write.
JsonValue: TypeAlias = (
    "bool | int | float | str | Sequence[JsonValue] | Mapping[str, JsonValue] | None"
)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def user_agent() -> str:
    """The `User-Agent` every request carries: Studio's version, the OS and requests' version."""
    return (
        f"Studio/{__version__} (+live-commerce studio; {_platform.system()}) "
        f"python-requests/{REQUESTS_VERSION}"
    )


def new_idempotency_key() -> str:
    """A fresh `Idempotency-Key` value: 32 random hex digits (a UUID4), unique per change."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class RetryPolicy:
    """How hard one call tries. `deadline_s` bounds the whole call, waits included.

    attempts: tries in all (1 = no retry). backoff_s / backoff_max_s: the exponential
    back-off's first ceiling and its cap, in seconds. max_retry_after_s: the longest
    `Retry-After` honoured (a longer one is cut to this). Immutable; share freely.
    """

    attempts: int = 6
    backoff_s: float = 0.3
    backoff_max_s: float = 8.0
    max_retry_after_s: float = 60.0
    deadline_s: float = 45.0

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt `attempt` (from 1): uniform in [c/2, c] for the
        ceiling c = min(backoff_max_s, backoff_s × 2^(attempt-1)) ("equal jitter")."""
        ceiling = min(self.backoff_max_s, self.backoff_s * (2 ** (attempt - 1)))
        return random.uniform(ceiling / 2, ceiling)


NO_RETRY = RetryPolicy(attempts=1)  # one try: for probes whose caller decides what next


class PlatformClient:
    """One platform account. Thread-safe: each thread gets its own `requests.Session`.

    api_url: the API base including the version (`https://shop.example/v1`).
    token / token_ref: the bearer token itself, or the keyring entry holding it.
    timeout: (connect, read) seconds for every call. retry: the default `RetryPolicy`.
    clock: local wall clock in Unix seconds (tests skew it).

    Raises `TokenMissing` when no token is given or stored under `token_ref`, and
    `studio.secrets.KeyringUnavailable` when the keyring cannot be read. Every method below
    blocks its thread and raises `PlatformError` subclasses (see `call`).
    """

    def __init__(
        self,
        api_url: str,
        *,
        token: str | None = None,
        token_ref: str | None = None,
        timeout: tuple[float, float] = (3.05, 10.0),
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.api_url = api_url.rstrip("/")
        if token is None and token_ref is not None:
            from studio.secrets import get_api_token

            token = get_api_token(token_ref)
            if token is None:
                raise TokenMissing(
                    i18n._("No API token is stored under {name!r}.").format(name=token_ref)
                )
        if not token:
            raise TokenMissing(i18n._("No API token was given for the platform."))
        register_secret(token)
        # Names this account's local state (outbox, orders) without revealing the token.
        self.account = hashlib.sha256(token.encode()).hexdigest()[:12]
        self._auth = f"Bearer {token}"
        register_secret(self._auth)
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.server_clock = ServerClock(clock)
        self.user_agent = user_agent()
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def from_settings(
        cls,
        settings: PlatformSettings,
        *,
        timeout: tuple[float, float] = (3.05, 10.0),
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.time,
    ) -> PlatformClient:
        """From the config's `PlatformSettings` (api_url, token_ref into the keyring; the
        entry "platform" when none is named). Raises `TokenMissing` when no API URL is set."""
        if not settings.api_url:
            raise TokenMissing(
                i18n._("No platform is set up."),
                i18n._("Add the platform's API URL in Studio's settings."),
            )
        return cls(
            settings.api_url,
            token_ref=settings.token_ref or "platform",
            timeout=timeout,
            retry=retry,
            clock=clock,
        )

    def __repr__(self) -> str:  # never the token
        return f"PlatformClient({self.api_url!r})"

    # -- transport -------------------------------------------------------------------------

    @property
    def clock(self) -> Callable[[], float]:
        """The local wall clock (Unix seconds) the client was made with."""
        return self.server_clock.local

    def _session(self) -> requests.Session:
        s: requests.Session | None = getattr(self._local, "session", None)
        if s is None:
            s = requests.Session()
            adapter = requests.adapters.HTTPAdapter(pool_connections=2, pool_maxsize=4)
            s.mount("http://", adapter)
            s.mount("https://", adapter)
            s.headers.update(
                {
                    "Authorization": self._auth,
                    "User-Agent": self.user_agent,
                    "Accept": "application/json, application/problem+json",
                    # A platform that words its problems in several languages answers in
                    # the interface's (RFC 9457 §4); English is the contract's own.
                    "Accept-Language": _accept_language(),
                }
            )
            self._local.session = s
            with self._lock:
                self._sessions.append(s)
        return s

    def close(self) -> None:
        """Close every thread's session (open connections). Any thread; idempotent."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
            self._closed = True
        for s in sessions:
            s.close()

    def _url(self, path: str) -> str:
        return path if "://" in path else f"{self.api_url}/{path.lstrip('/')}"

    def call(
        self,
        method: str,
        path: str,
        parse: Callable[[object], T],
        *,
        params: Params | None = None,
        json_body: JsonValue = None,
        idempotency_key: str | None = None,
        if_match: int | str | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] | None = None,
        on_response: Callable[[requests.Response], None] | None = None,
        data: BinaryIO | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> T:
        """One API call with retries; `parse` turns the decoded JSON into the result.

        path: relative to `api_url` (or a full URL). parse: gets the decoded JSON body (None
        for 204 or an empty body). json_body: sent as JSON. idempotency_key: sent as
        `Idempotency-Key`, and makes a POST/PATCH safe to retry. if_match: a version, sent as
        the entity tag `"<if_match>"` (RFC 9110 §13.1.1). on_response: sees the 2xx response
        after `parse` succeeded (headers such as ETag). data: a seekable binary file sent as
        the raw body (rewound before each attempt; its length becomes Content-Length).
        headers: extra request headers (e.g. the body's Content-Type).

        A `parse` failure (the body is not what the contract says) counts as a bad response
        and is retried like a 502 when the request is safe to repeat. Blocks up to
        `retry.deadline_s`, sleeping between attempts (at least `Retry-After`, at most
        `max_retry_after_s`). Raises the last attempt's error: `PlatformUnreachable`
        (transport), `BadResponse`, or the `PlatformError` subclass for the problem's status
        (`error_for_status`).
        """
        method = method.upper()
        policy = retry or self.retry
        headers = dict(headers or {})
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        if if_match is not None:
            headers["If-Match"] = f'"{if_match}"'
        safe = method in SAFE_METHODS or idempotency_key is not None
        url = self._url(path)
        deadline = time.monotonic() + policy.deadline_s
        attempt = 0
        while True:
            attempt += 1
            wait: float | None = None
            error: PlatformError
            sent = self.clock()
            if data is not None:
                data.seek(0)
            try:
                resp = self._session().request(
                    method,
                    url,
                    params=params,
                    json=json_body,
                    data=data,
                    headers=headers,
                    timeout=timeout or self.timeout,
                )
            except requests.RequestException as exc:
                error = _transport_error(exc, method, path)
                retryable = safe or _never_sent(exc)
            else:
                received = self.clock()
                self.server_clock.observe_date(resp.headers.get("Date"), sent, received)
                log.debug(
                    "%s %s -> %s in %.0f ms",
                    method,
                    path,
                    resp.status_code,
                    1000 * (received - sent),
                )
                if 200 <= resp.status_code < 300:
                    try:
                        result = parse(_decode(resp))
                    except (ValueError, ValidationError, TypeError, KeyError) as exc:
                        error = BadResponse(
                            i18n._(
                                "The platform's answer to {method} {path} was not readable "
                                "({error})."
                            ).format(method=method, path=path, error=type(exc).__name__),
                            status=resp.status_code,
                        )
                        retryable = safe
                    else:
                        if on_response is not None:
                            on_response(resp)
                        return result
                else:
                    error = problem_error(resp, method, path)
                    retryable = (error.retryable or error.slug == "idempotency-key-in-use") and safe
                    wait = error.retry_after
            if not retryable or attempt >= policy.attempts:
                raise error
            delay = policy.backoff(attempt)
            if wait is not None:
                delay = max(delay, min(wait, policy.max_retry_after_s))
            if time.monotonic() + delay > deadline:
                raise error
            log.info("%s %s: %s; retrying in %.1f s", method, path, error.message, delay)
            time.sleep(delay)

    def get(
        self,
        path: str,
        parse: Callable[[object], T],
        *,
        params: Params | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> T:
        """`call("GET", ...)`: safe to repeat, so always retried under `retry`."""
        return self.call("GET", path, parse, params=params, retry=retry, timeout=timeout)

    def open_stream(
        self, path: str, last_event_id: int | None, read_timeout: float
    ) -> requests.Response:
        """An open `text/event-stream` response; no retries (the stream consumer decides).

        last_event_id: sent as `Last-Event-ID` to resume after that event (HTML Living
        Standard, server-sent events). `read_timeout` (seconds) is the heartbeat deadline: no
        byte for that long raises `requests.ConnectionError` while reading. The caller owns the
        response and must close it. Raises `PlatformUnreachable` when it cannot be opened,
        the status's `PlatformError` for a problem answer, `BadResponse` for another content
        type.
        """
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        sent = self.clock()
        try:
            resp = self._session().get(
                self._url(path),
                headers=headers,
                stream=True,
                timeout=(self.timeout[0], read_timeout),
            )
        except requests.RequestException as exc:
            raise _transport_error(exc, "GET", path) from exc
        self.server_clock.observe_date(resp.headers.get("Date"), sent, self.clock())
        if resp.status_code != 200:
            try:
                raise problem_error(resp, "GET", path)
            finally:
                resp.close()
        ctype = resp.headers.get("Content-Type", "")
        if not ctype.startswith("text/event-stream"):
            resp.close()
            raise BadResponse(
                i18n._("The event stream answered with {content_type}.").format(content_type=ctype)
                if ctype
                else i18n._("The event stream answered with no content type.")
            )
        return resp

    # -- the contract ----------------------------------------------------------------------
    # One method per operation of openapi.yaml, returning the contract's models. Each blocks
    # and raises as `call` does; `key` is the write's Idempotency-Key (reuse it to retry).

    def me(self) -> m.Me:
        """GET /me: who this token is (name, role, the show a co-host is invited to)."""
        return self.get("/me", m.Me.model_validate)

    def show(self, show_id: str) -> m.Show:
        """GET /shows/{id}."""
        return self.get(f"/shows/{show_id}", m.Show.model_validate)

    def shows(self) -> list[m.Show]:
        """GET /shows, every page: the shows this token may see."""
        return list(self._pages("/shows", m.Show))

    def start_show(self, show_id: str, key: str) -> m.Show:
        """POST /shows/{id}/start: the show goes live; returns it with `started_at`."""
        return self.call(
            "POST", f"/shows/{show_id}/start", m.Show.model_validate, idempotency_key=key
        )

    def end_show(self, show_id: str, key: str) -> m.Show:
        """POST /shows/{id}/end (host only: a co-host gets `PermissionDenied`)."""
        return self.call(
            "POST", f"/shows/{show_id}/end", m.Show.model_validate, idempotency_key=key
        )

    def products(self, show_id: str) -> list[m.Product]:
        """GET /shows/{id}/products, every page (200 a page): the show's catalog."""
        return list(self._pages(f"/shows/{show_id}/products", m.Product, limit=200))

    def queue(self, show_id: str) -> m.Queue:
        """GET /shows/{id}/queue: product ids in running order, with the queue's version."""
        return self.get(f"/shows/{show_id}/queue", m.Queue.model_validate)

    def put_queue(self, show_id: str, product_ids: list[str], version: int, key: str) -> m.Queue:
        """PUT /shows/{id}/queue with `If-Match: "<version>"`: replace the running order.

        Raises `StaleVersion` (412) when someone changed the queue first; its `current` holds
        the platform's queue to merge against.
        """
        return self.call(
            "PUT",
            f"/shows/{show_id}/queue",
            m.Queue.model_validate,
            json_body={"product_ids": product_ids},
            if_match=version,
            idempotency_key=key,
        )

    def pin(self, show_id: str) -> m.Pin:
        """GET /shows/{id}/pin: the pinned product (`product_id` None when nothing is)."""
        return self.get(f"/shows/{show_id}/pin", m.Pin.model_validate)

    def put_pin(self, show_id: str, product_id: str, key: str) -> m.Pin:
        """PUT /shows/{id}/pin: pin `product_id` (replacing any pinned product)."""
        return self.call(
            "PUT",
            f"/shows/{show_id}/pin",
            m.Pin.model_validate,
            json_body={"product_id": product_id},
            idempotency_key=key,
        )

    def delete_pin(self, show_id: str, key: str) -> m.Pin:
        """DELETE /shows/{id}/pin: unpin; returns the now empty pin."""
        return self.call(
            "DELETE", f"/shows/{show_id}/pin", m.Pin.model_validate, idempotency_key=key
        )

    def timers(self, show_id: str, status: m.TimerStatus | None = None) -> list[m.Timer]:
        """GET /shows/{id}/timers, optionally only those in `status`."""
        params = {"status": status.value} if status else None
        return self.get(f"/shows/{show_id}/timers", _list_of(m.Timer), params=params)

    def create_timer(
        self, show_id: str, product_id: str, flash_price_minor: int, duration_s: int, key: str
    ) -> m.Timer:
        """POST /shows/{id}/timers: a flash sale of `product_id` at `flash_price_minor` (minor
        units of the show's currency) for `duration_s` seconds; the timer carries an absolute
        `ends_at` in server time."""
        body: dict[str, str | int] = {
            "product_id": product_id,
            "flash_price_minor": flash_price_minor,
            "duration_s": duration_s,
        }
        return self.call(
            "POST",
            f"/shows/{show_id}/timers",
            m.Timer.model_validate,
            json_body=body,
            idempotency_key=key,
        )

    def cancel_timer(self, show_id: str, timer_id: str, key: str) -> m.Timer:
        """DELETE /shows/{id}/timers/{timer_id}: end a flash sale early."""
        return self.call(
            "DELETE",
            f"/shows/{show_id}/timers/{timer_id}",
            m.Timer.model_validate,
            idempotency_key=key,
        )

    def orders_after(self, show_id: str, after_seq: int, limit: int = 500) -> m.OrderPage:
        """GET /shows/{id}/orders?after_seq=: up to `limit` orders with `seq` > `after_seq`,
        in `seq` order (the monotonic cursor that makes catch-up exact)."""
        return self.get(
            f"/shows/{show_id}/orders",
            m.OrderPage.model_validate,
            params={"after_seq": after_seq, "limit": limit},
        )

    def events_after(self, show_id: str, after: int, limit: int = 500) -> m.EventPage:
        """GET /shows/{id}/events?after=: up to `limit` live events with id > `after` (the
        polling fallback of the event stream)."""
        return self.get(
            f"/shows/{show_id}/events",
            m.EventPage.model_validate,
            params={"after": after, "limit": limit},
        )

    def comments(self, show_id: str) -> list[m.Comment]:
        """GET /shows/{id}/comments, every page (200 a page), oldest first."""
        return list(self._pages(f"/shows/{show_id}/comments", m.Comment, limit=200))

    def create_comment(self, show_id: str, text: str, key: str, kind: str = "comment") -> m.Comment:
        """POST /shows/{id}/comments: post `text` as a comment (or another `CommentKind`)."""
        return self.call(
            "POST",
            f"/shows/{show_id}/comments",
            m.Comment.model_validate,
            json_body={"text": text, "kind": kind},
            idempotency_key=key,
        )

    def supporters(self, show_id: str) -> list[m.Supporter]:
        """GET /shows/{id}/supporters, every page (200 a page): loyalty points by buyer."""
        return list(self._pages(f"/shows/{show_id}/supporters", m.Supporter, limit=200))

    def resellers(self, show_id: str) -> list[m.Reseller]:
        """GET /shows/{id}/resellers: referral codes with their orders and revenue."""
        return self.get(f"/shows/{show_id}/resellers", _list_of(m.Reseller))

    def viewers(self, show_id: str) -> m.Viewers:
        """GET /shows/{id}/viewers: current and peak audience."""
        return self.get(f"/shows/{show_id}/viewers", m.Viewers.model_validate)

    def ingest_health(self, show_id: str) -> m.IngestHealth:
        """GET /shows/{id}/ingest-health: what the platform's ingest receives from us."""
        return self.get(f"/shows/{show_id}/ingest-health", m.IngestHealth.model_validate)

    # -- co-hosts (the host invites and revokes) ---------------------------------------------

    def cohosts(self, show_id: str) -> list[m.Cohost]:
        """GET /shows/{id}/cohosts: the co-hosts whose invites stand, with their roles."""
        return self.get(f"/shows/{show_id}/cohosts", _list_of(m.Cohost))

    def invite_cohost(self, show_id: str, name: str, role: m.Role, key: str) -> m.CohostCreated:
        """POST /shows/{id}/cohosts: invite `name` as `role` (cohost or moderator). The token
        and `invite_url` are in this answer only; the token is registered for redaction."""

        def parse(body: object) -> m.CohostCreated:
            created = m.CohostCreated.model_validate(body)
            register_secret(created.token)
            return created

        return self.call(
            "POST",
            f"/shows/{show_id}/cohosts",
            parse,
            json_body={"name": name, "role": role.value},
            idempotency_key=key,
        )

    def revoke_cohost(self, show_id: str, cohost_id: str, key: str) -> m.Cohost:
        """DELETE /shows/{id}/cohosts/{cohost_id}: the co-host's token stops working."""
        return self.call(
            "DELETE",
            f"/shows/{show_id}/cohosts/{cohost_id}",
            m.Cohost.model_validate,
            idempotency_key=key,
        )

    # -- comment moderation (host and moderators; co-hosts reply) -------------------------------

    def comment_pin(self, show_id: str) -> m.CommentPin:
        """GET /shows/{id}/comment-pin: the comment on screen (`comment` None when none)."""
        return self.get(f"/shows/{show_id}/comment-pin", m.CommentPin.model_validate)

    def pin_comment(self, show_id: str, comment_id: str, key: str) -> m.CommentPin:
        """PUT /shows/{id}/comment-pin: put `comment_id` on screen (replacing any other).
        Raises `Conflict` for a hidden comment, `PermissionDenied` for a plain co-host."""
        return self.call(
            "PUT",
            f"/shows/{show_id}/comment-pin",
            m.CommentPin.model_validate,
            json_body={"comment_id": comment_id},
            idempotency_key=key,
        )

    def unpin_comment(self, show_id: str, key: str) -> m.CommentPin:
        """DELETE /shows/{id}/comment-pin: take the comment off screen."""
        return self.call(
            "DELETE",
            f"/shows/{show_id}/comment-pin",
            m.CommentPin.model_validate,
            idempotency_key=key,
        )

    def set_comment_hidden(
        self, show_id: str, comment_id: str, hidden: bool, key: str
    ) -> m.Comment:
        """PUT (hide) or DELETE (show again) /shows/{id}/comments/{comment_id}/hidden."""
        return self.call(
            "PUT" if hidden else "DELETE",
            f"/shows/{show_id}/comments/{comment_id}/hidden",
            m.Comment.model_validate,
            idempotency_key=key,
        )

    def reply_to_comment(self, show_id: str, comment_id: str, text: str, key: str) -> m.Comment:
        """POST /shows/{id}/comments/{comment_id}/replies: a comment with `reply_to`."""
        return self.call(
            "POST",
            f"/shows/{show_id}/comments/{comment_id}/replies",
            m.Comment.model_validate,
            json_body={"text": text},
            idempotency_key=key,
        )

    def restrictions(self, show_id: str) -> list[m.Restriction]:
        """GET /shows/{id}/restrictions: the mutes and blocks in force."""
        return self.get(f"/shows/{show_id}/restrictions", _list_of(m.Restriction))

    def restrict(
        self,
        show_id: str,
        comment_id: str,
        kind: m.RestrictionKind,
        key: str,
        duration_s: int | None = None,
    ) -> m.Restriction:
        """POST /shows/{id}/restrictions: mute (for `duration_s`) or block the author of
        `comment_id`. Raises `Conflict` for a comment by the show's team."""
        body: dict[str, str | int] = {"comment_id": comment_id, "kind": kind.value}
        if duration_s is not None:
            body["duration_s"] = duration_s
        return self.call(
            "POST",
            f"/shows/{show_id}/restrictions",
            m.Restriction.model_validate,
            json_body=body,
            idempotency_key=key,
        )

    def lift_restriction(self, show_id: str, restriction_id: str, key: str) -> m.Restriction:
        """DELETE /shows/{id}/restrictions/{restriction_id}: let the viewer talk again."""
        return self.call(
            "DELETE",
            f"/shows/{show_id}/restrictions/{restriction_id}",
            m.Restriction.model_validate,
            idempotency_key=key,
        )

    # -- auctions and giveaways (issue 20) -----------------------------------------------------

    def auctions(self, show_id: str) -> list[m.Auction]:
        """GET /shows/{id}/auctions: every auction of the show, in start order."""
        return self.get(f"/shows/{show_id}/auctions", _list_of(m.Auction))

    def create_auction(self, show_id: str, body: m.AuctionCreate, key: str) -> m.Auction:
        """POST /shows/{id}/auctions: start one (409 `auction-running` while one runs)."""
        return self.call(
            "POST",
            f"/shows/{show_id}/auctions",
            m.Auction.model_validate,
            json_body=body.model_dump(mode="json", exclude_none=True),
            idempotency_key=key,
        )

    def cancel_auction(self, show_id: str, auction_id: str, key: str) -> m.Auction:
        """DELETE /shows/{id}/auctions/{auction_id}: no order; a finished one is returned."""
        return self.call(
            "DELETE",
            f"/shows/{show_id}/auctions/{auction_id}",
            m.Auction.model_validate,
            idempotency_key=key,
        )

    def auction_bids(self, show_id: str, auction_id: str, after_seq: int = 0) -> m.BidPage:
        """GET /shows/{id}/auctions/{auction_id}/bids?after_seq=: up to 1,000 bids in order."""
        return self.get(
            f"/shows/{show_id}/auctions/{auction_id}/bids",
            m.BidPage.model_validate,
            params={"after_seq": after_seq, "limit": 1000},
        )

    def giveaways(self, show_id: str) -> list[m.Giveaway]:
        """GET /shows/{id}/giveaways: every giveaway of the show, in opening order."""
        return self.get(f"/shows/{show_id}/giveaways", _list_of(m.Giveaway))

    def create_giveaway(self, show_id: str, body: m.GiveawayCreate, key: str) -> m.Giveaway:
        """POST /shows/{id}/giveaways: open one (409 `giveaway-open` while one is)."""
        return self.call(
            "POST",
            f"/shows/{show_id}/giveaways",
            m.Giveaway.model_validate,
            json_body=body.model_dump(mode="json", exclude_none=True),
            idempotency_key=key,
        )

    def close_giveaway(self, show_id: str, giveaway_id: str, draw: bool, key: str) -> m.Giveaway:
        """Draw now (POST .../draw) or cancel (DELETE); a closed one is returned as it is."""
        path = f"/shows/{show_id}/giveaways/{giveaway_id}"
        if draw:
            return self.call("POST", path + "/draw", m.Giveaway.model_validate, idempotency_key=key)
        return self.call("DELETE", path, m.Giveaway.model_validate, idempotency_key=key)

    def giveaway_entries(
        self, show_id: str, giveaway_id: str, after: int = 0
    ) -> m.GiveawayEntryPage:
        """GET /shows/{id}/giveaways/{giveaway_id}/entries?after=: up to 1,000 entries."""
        return self.get(
            f"/shows/{show_id}/giveaways/{giveaway_id}/entries",
            m.GiveawayEntryPage.model_validate,
            params={"after": after, "limit": 1000},
        )

    def _pages(self, path: str, item: type[M], limit: int = 50) -> Iterator[M]:
        adapter = TypeAdapter(m.Page[item])  # type: ignore[valid-type]
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            page = self.get(path, adapter.validate_python, params=params)
            yield from page.items
            cursor = page.next_cursor
            if not cursor:
                return


def _list_of(model: type[T]) -> Callable[[object], list[T]]:
    adapter: TypeAdapter[list[T]] = TypeAdapter(list[model])  # type: ignore[valid-type]
    return adapter.validate_python


def _decode(resp: requests.Response) -> object:
    ctype = resp.headers.get("Content-Type", "")
    if resp.status_code == 204 or not resp.content:
        return None
    if "json" not in ctype:
        raise ValueError(f"content type {ctype!r}")
    return json.loads(resp.content)


def problem_error(resp: requests.Response, method: str, path: str) -> PlatformError:
    """An RFC 9457 problem (or whatever a proxy sent instead) as a typed error.

    The error's class follows the status (`error_for_status`); `title`, `detail` and `type`
    come from the problem document (the HTTP reason phrase when there is none), `retry_after`
    from the `Retry-After` header or the body's `retry_after`, in seconds. The message is
    redacted. Returns the error; raises nothing.
    """
    status = resp.status_code
    cls = error_for_status(status)
    doc: dict[str, object] = {}
    try:
        parsed = json.loads(resp.content) if resp.content else {}
        if isinstance(parsed, dict):
            doc = parsed
    except ValueError:
        pass
    title = str(doc.get("title") or resp.reason or f"HTTP {status}")
    detail = str(doc.get("detail") or "")
    retry_after = _retry_after(resp.headers.get("Retry-After"), doc.get("retry_after"))
    problem_type = str(doc.get("type") or "")
    slug = problem_type.rstrip("/").rsplit("/", 1)[-1] if problem_type else ""
    message = problem_message(
        slug,
        title,
        detail,
        status=status,
        where=f"{method} {path}",
        content_language=resp.headers.get("Content-Language"),
    )
    if not speaks_interface_language(resp.headers.get("Content-Language")):
        # The user reads our sentence; the platform's own words stay in the log.
        log.info("%s %s: HTTP %s %s", method, path, status, redact(f"{title}: {detail}"))
    return cls(
        redact(message),
        status=status,
        title=title,
        detail=detail,
        problem_type=problem_type,
        retry_after=retry_after,
        problem=doc,
    )


def _accept_language() -> str:
    """The `Accept-Language` header (RFC 9110 §12.5.4) for the interface language: 'zh-TW,
    en;q=0.5', or 'en' for English."""
    tag = i18n.language() or "en"
    return "en" if tag.lower().startswith("en") else f"{tag}, en;q=0.5"


def _retry_after(header: str | None, body_value: object) -> float | None:
    """Seconds to wait: `Retry-After` as delay-seconds or an HTTP-date (RFC 9110 §10.2.3),
    else a number in the problem body; None when neither says."""
    if header:
        h = header.strip()
        if h.isdigit():
            return float(h)
        try:
            from email.utils import parsedate_to_datetime

            return max(0.0, parsedate_to_datetime(h).timestamp() - time.time())
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    if isinstance(body_value, int | float) and not isinstance(body_value, bool):
        return float(body_value)
    return None


def _never_sent(exc: requests.RequestException) -> bool:
    """True when the request provably never reached the server (safe to send again)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, requests.ConnectionError):
        reason = exc.args[0] if exc.args else None
        inner = getattr(reason, "reason", reason)
        return isinstance(
            inner, urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError
        )
    return False


def _transport_error(exc: requests.RequestException, method: str, path: str) -> PlatformError:
    if isinstance(exc, requests.Timeout):
        message = i18n._("The platform did not answer in time ({method} {path}).")
    elif isinstance(exc, requests.ConnectionError) and _never_sent(exc):
        message = i18n._("The platform cannot be reached ({method} {path}).")
    elif isinstance(exc, requests.ConnectionError | requests.exceptions.ChunkedEncodingError):
        message = i18n._("The platform dropped the connection ({method} {path}).")
    else:
        message = i18n._("The platform failed ({error}) ({method} {path}).")
    err = PlatformUnreachable(message.format(method=method, path=path, error=type(exc).__name__))
    err.__cause__ = exc
    return err
