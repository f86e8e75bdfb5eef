"""Vouchers and polls on the viewer's shop page (issue 20), in Debian's headless Chromium
against the real sandbox: a viewer claims the voucher on screen and buys with it (the order
gets the discount), votes once in the poll and sees the live percentages, then the result."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from studio.platform.models import PollCreate, VoucherCreate, VoucherKind
from studio.sandbox.server import SandboxServer
from tests.browser import chromium_available
from tests.viewer.conftest import Viewer, wait_for


@pytest.fixture
def shop() -> Iterator[SandboxServer]:
    missing = chromium_available()
    if missing:
        pytest.skip(missing)
    server = SandboxServer(rate=0, live=True, simulate=False, rate_limit=None).start()
    yield server
    server.stop()


def test_a_viewer_claims_the_voucher_buys_with_it_and_votes_once(
    shop: SandboxServer, open_viewer: Callable[..., Viewer]
) -> None:
    store, sid = shop.store, shop.show_id
    assert store is not None
    store.pins.set(sid, "prd_chai", "Host")
    voucher = store.vouchers.create(
        sid,
        VoucherCreate(
            code="AUTUMN10", kind=VoucherKind.PERCENT, percent_off=10, claim_limit=2,
            duration_s=600,
        ),
    )  # fmt: skip
    page = open_viewer(shop.watch_url)
    page.join("Ana B.")
    wait_for(lambda: page.element("voucher").is_displayed(), 10, "the voucher panel")
    assert page.text("voucher-code") == "AUTUMN10" and page.text("voucher-value") == "10%"
    assert page.text("voucher-left").startswith("2 of 2 left · ends in 9:")
    page.element("voucher-claim").click()
    claim = page.wait(lambda s: s["engage"]["claim"], 10, "the claim")
    assert page.text("voucher-claim") == "Claimed"
    wait_for(lambda: page.text("voucher-left").startswith("1 of 2 left"), 10, "the claim counted")
    page.element("buy").click()
    page.wait(lambda s: s["orders"], 10, "the order")
    order = store.orders.after(sid, 0, 100)[0][-1]
    assert (order.voucher_id, order.discount_minor, order.amount_minor) == (voucher.id, 140, 1260)
    assert "(voucher: €1.40 off)" in page.text("buy-result")
    assert store.vouchers.claims(sid, voucher.id)[0].id == claim["id"]
    wait_for(lambda: page.text("voucher-claim") == "Used", 10, "the claim used")

    poll = store.polls.create(sid, PollCreate(question="Tea or coffee?", options=["Tea", "Coffee"]))
    wait_for(lambda: page.element("poll").is_displayed(), 10, "the poll panel")
    assert page.text("poll-question") == "Tea or coffee?" and page.text("poll-head") == "LIVE POLL"
    store.polls.vote_many(sid, poll.id, [("x", 0), ("y", 1), ("z", 1)])
    page.wait(lambda s: s["engage"]["poll"]["percents"] == [33, 67], 10, "33/67")
    page.element("poll-option-0").click()
    page.wait(lambda s: s["engage"]["voted"] == 0, 10, "the vote")
    page.wait(lambda s: s["engage"]["poll"]["percents"] == [50, 50], 10, "50/50")
    assert not page.element("poll-option-1").is_enabled()  # one vote per viewer
    shots = os.environ.get("STUDIO_SCREENSHOTS")
    if shots:
        page.driver.save_screenshot(os.path.join(shots, "viewer-engagement.png"))
    store.polls.close(sid, poll.id)
    wait_for(lambda: page.text("poll-head") == "POLL RESULT", 10, "the result")
    counts = [o.votes for o in store.polls.get(sid, poll.id).options]
    assert counts == [2, 2]
