"""The REST client against the real sandbox, through a proxy that misbehaves on request."""

from __future__ import annotations

import logging
import os
import time
import uuid

import pytest

from studio.platform import convert
from studio.platform.client import NO_RETRY, PlatformClient, RetryPolicy
from studio.platform.errors import (
    BadResponse,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    PlatformUnreachable,
    ServerError,
    StaleVersion,
    TokenMissing,
)
from studio.platform.models import Comment
from tests.platform.conftest import Rig


def test_every_call_carries_the_token_and_a_versioned_user_agent(rig: Rig) -> None:
    c = rig.client()
    assert c.me().role.value == "host"
    seen = rig.proxy.requests[-1]
    assert seen.headers["authorization"] == f"Bearer {rig.sandbox.host_token}"
    assert seen.headers["user-agent"].startswith("Studio/")
    assert "python-requests" in seen.headers["user-agent"]
    assert rig.sandbox.host_token not in repr(c)


def test_refusals_carry_the_servers_own_words(rig: Rig) -> None:
    cohost = rig.client(rig.sandbox.cohost_token)
    with pytest.raises(PermissionDenied) as denied:
        cohost.end_show(rig.show_id, uuid.uuid4().hex)
    assert denied.value.status == 403
    assert denied.value.detail == "A cohost cannot end the show; only the host can."
    assert "only the host can" in str(denied.value) and denied.value.hint

    host = rig.client()
    with pytest.raises(InvalidRequest) as invalid:
        host.put_pin(rig.show_id, "prd_nope", uuid.uuid4().hex)
    assert invalid.value.status == 422
    assert invalid.value.errors[0]["loc"] == "body.product_id"

    with pytest.raises(NotFound):
        host.show("shw_missing")

    queue = host.queue(rig.show_id)
    with pytest.raises(StaleVersion) as stale:
        host.put_queue(rig.show_id, queue.product_ids, queue.version - 1, uuid.uuid4().hex)
    assert stale.value.current is not None
    assert stale.value.current["version"] == queue.version
    assert stale.value.slug == "stale-version"


def test_server_errors_are_retried_until_the_call_succeeds(rig: Rig) -> None:
    rig.proxy.inject(500, times=2, path_contains="/queue")
    before = rig.proxy.count(path_contains="/queue")
    q = rig.client().queue(rig.show_id)
    assert q.product_ids
    assert rig.proxy.count(path_contains="/queue") - before == 3


def test_server_errors_give_up_with_a_typed_error_when_they_persist(rig: Rig) -> None:
    rig.proxy.inject(503, times=None, path_contains="/viewers", headers={"Retry-After": "0"})
    c = rig.client(retry=RetryPolicy(attempts=3, backoff_s=0.01, deadline_s=5))
    with pytest.raises(ServerError) as err:
        c.viewers(rig.show_id)
    assert err.value.retryable and err.value.status == 503
    assert rig.proxy.count(path_contains="/viewers") == 3


def test_429_waits_as_long_as_retry_after_says(rig: Rig) -> None:
    rig.proxy.inject(429, times=1, path_contains="/pin", headers={"Retry-After": "1"})
    t0 = time.monotonic()
    rig.client().pin(rig.show_id)
    waited = time.monotonic() - t0
    assert waited >= 1.0, f"retried after {waited:.2f} s despite Retry-After: 1"

    # The sandbox's own rate limit: 2 requests/s, bursts of 1. Every call still succeeds.
    rig.control("faults", {"rate_limit_per_s": 2, "rate_limit_burst": 1})
    try:
        c = rig.client(retry=RetryPolicy(attempts=6, backoff_s=0.05, deadline_s=20))
        t0 = time.monotonic()
        for _ in range(4):
            c.viewers(rig.show_id)
        elapsed = time.monotonic() - t0
    finally:
        rig.control("faults", {"reset": True})
    limited = rig.proxy.count(path_contains="/viewers")
    assert limited > 4, "the rate limit never answered 429"
    assert elapsed >= 1.0


def test_a_slow_reply_times_out_and_the_retry_gets_through(rig: Rig) -> None:
    rig.proxy.delay(3.0, times=1, path_contains="/viewers")
    c = rig.client(timeout=(1.0, 0.5))
    t0 = time.monotonic()
    assert c.viewers(rig.show_id).count >= 0
    assert time.monotonic() - t0 < 2.5

    rig.proxy.delay(3.0, times=1, path_contains="/viewers")
    t0 = time.monotonic()
    with pytest.raises(PlatformUnreachable) as err:
        c.get(f"/shows/{rig.show_id}/viewers", dict, retry=NO_RETRY)
    assert "did not answer in time" in err.value.message
    assert time.monotonic() - t0 < 1.5


def test_garbage_bodies_are_retried_for_safe_calls(rig: Rig) -> None:
    rig.proxy.inject(garbage=True, times=2, path_contains="/products")
    products = rig.client().products(rig.show_id)
    assert len(products) == 12

    # The sandbox's own garbage switch mangles real answers (the write still happens).
    rig.control("faults", {"garbage_rate": 1.0})
    try:
        with pytest.raises(BadResponse):
            rig.client(retry=RetryPolicy(attempts=2, backoff_s=0.01)).queue(rig.show_id)
    finally:
        rig.control("faults", {"reset": True})


def test_a_post_without_idempotency_key_is_never_repeated(rig: Rig) -> None:
    rig.proxy.inject(503, times=1, method="POST", path_contains="/comments")
    c = rig.client()
    with pytest.raises(ServerError):
        c.call(
            "POST",
            f"/shows/{rig.show_id}/comments",
            Comment.model_validate,
            json_body={"text": "no key"},
        )
    assert rig.proxy.count("POST", "/comments") == 1


def test_a_write_whose_answer_was_lost_is_retried_and_happens_once(rig: Rig) -> None:
    rig.proxy.drop_responses(times=2, method="POST", path_contains="/comments")
    c = rig.client()
    comment = c.create_comment(rig.show_id, "Lost twice, posted once", uuid.uuid4().hex)
    assert rig.proxy.count("POST", "/comments") == 3
    texts = [x.text for x in c.comments(rig.show_id)]
    assert texts.count("Lost twice, posted once") == 1
    assert comment.text == "Lost twice, posted once"


def test_server_clock_offset_is_learned_from_date_headers(rig: Rig) -> None:
    skew = -90.0  # this laptop's clock is 90 s behind
    c = rig.client(clock=lambda: time.time() + skew)
    end = time.monotonic() + 1.3
    while time.monotonic() < end:
        c.viewers(rig.show_id)
        time.sleep(0.05)
    # Date headers have one-second resolution (and uvicorn refreshes them once a second).
    assert abs(c.server_clock.offset - 90.0) < 1.1
    assert c.server_clock.uncertainty < 1.1


def test_token_comes_from_the_keyring_and_never_reaches_the_logs(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    from studio import secrets

    if not os.environ.get("STUDIO_TEST_SERVICES"):
        pytest.skip("needs the test services' keyring (scripts/with-services)")
    secrets.set_api_token("test-platform", rig.sandbox.cohost_token)
    try:
        caplog.set_level(logging.DEBUG)
        c = PlatformClient(rig.proxy.api_url, token_ref="test-platform", retry=NO_RETRY)
        assert c.me().role.value == "cohost"
        with pytest.raises(PermissionDenied):
            c.end_show(rig.show_id, uuid.uuid4().hex)
        assert caplog.records, "nothing was logged at all"
        for record in caplog.records:
            assert rig.sandbox.cohost_token not in record.getMessage()
    finally:
        secrets.delete_api_token("test-platform")
    with pytest.raises(TokenMissing):
        PlatformClient(rig.proxy.api_url, token_ref="test-platform")


def test_the_catalog_imports_from_the_platform(rig: Rig) -> None:
    catalog = convert.catalog(rig.client().products(rig.show_id))
    assert len(catalog) == 12
    skillet = catalog.get("HK-001")
    assert skillet.product_id == "prd_skillet"
    assert str(skillet.price) == "49.00" and skillet.currency == "EUR"
    assert skillet.image and skillet.image.endswith("/media/skillet.jpg")
    assert skillet.stock == 40 and skillet.url == "https://shop.example/p/skillet"
