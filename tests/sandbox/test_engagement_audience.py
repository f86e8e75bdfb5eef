"""The simulated audience votes and claims in bursts, through the platform's own rules
(issue 20): driven by simulated time against the real sandbox's stores."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studio.platform.models import PollCreate, VoucherCreate, VoucherKind
from studio.sandbox.server import SandboxServer


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer(rate=1.0, live=True, simulate=False, rate_limit=None)
    server.start()
    yield server
    server.stop()


def test_a_poll_gets_a_burst_of_votes_then_a_tail_one_per_viewer(sandbox: SandboxServer) -> None:
    store, sid = sandbox.store, sandbox.show_id
    assert store is not None
    viewers = store.viewers.get(sid).count
    poll = store.polls.create(sid, PollCreate(question="Which?", options=["A", "B", "C"]))
    totals = []
    for _ in range(40):
        sandbox.simulator.tick(1.0)
        totals.append(store.polls.get(sid, poll.id).total_votes)
    final = totals[-1]
    assert 0.3 * viewers <= final <= 0.7 * viewers
    assert totals[7] >= 0.55 * final  # most vote in the first seconds...
    assert totals[-1] > totals[7]  # ...and some later
    votes = (
        store.ctx.db.read()
        .execute(
            "SELECT COUNT(*), COUNT(DISTINCT voter_key) FROM poll_votes WHERE poll_id=?", (poll.id,)
        )
        .fetchone()
    )
    assert tuple(votes) == (final, final)  # one vote per viewer
    counts = [o.votes for o in store.polls.get(sid, poll.id).options]
    assert max(counts) > min(counts)  # the audience leans, it does not split evenly


def test_voucher_claims_burst_to_the_limit_and_some_claimants_buy(sandbox: SandboxServer) -> None:
    store, sid = sandbox.store, sandbox.show_id
    assert store is not None
    req = VoucherCreate(
        code="SIM15", kind=VoucherKind.PERCENT, percent_off=15, claim_limit=12, duration_s=600
    )
    voucher = store.vouchers.create(sid, req)
    for _ in range(3):
        sandbox.simulator.tick(1.0)
    early = next(v for v in store.vouchers.all(sid) if v.id == voucher.id).claims
    for _ in range(40):
        sandbox.simulator.tick(1.0)
    now = next(v for v in store.vouchers.all(sid) if v.id == voucher.id)
    assert early >= 8 and now.claims == 12  # a burst, and never past the limit
    orders = store.orders.after(sid, 0, 10_000)[0]
    with_voucher = [o for o in orders if o.voucher_id == voucher.id]
    assert 1 <= len(with_voucher) == now.redeemed <= 12
    for o in with_voucher:  # each got exactly 15 % off, half up
        assert o.discount_minor == (o.unit_price_minor * o.quantity * 15 * 2 + 100) // 200
        assert o.amount_minor == o.unit_price_minor * o.quantity - o.discount_minor
