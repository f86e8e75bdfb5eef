"""Property-based tests: the queue-intent merge and the order reconciliation.

Hypothesis invents queues, edits, interleavings of two editors, and order deliveries that
repeat, reorder, skip and restart; the invariants must hold for all of them.
"""

from __future__ import annotations

import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from studio.platform.store import OrderJournal, SyncDb
from studio.show import queue as q
from studio.show.model import ShowModel
from studio.show.state import Order

IDS = [f"p{i}" for i in range(8)]
ids = st.sampled_from(IDS)
queues = st.lists(ids, unique=True, max_size=len(IDS)).map(tuple)
anchors = st.one_of(st.none(), ids)
intents = st.one_of(
    st.builds(q.Move, ids, anchors, anchors),
    st.builds(q.Add, ids, anchors, anchors),
    st.builds(q.Remove, ids),
)


@given(queues, intents)
def test_an_intent_touches_only_its_own_product(queue: tuple[str, ...], intent: q.QueueIntent):
    out = q.apply_intent(queue, intent)
    x = intent.product_id
    assert len(set(out)) == len(out)
    assert [i for i in out if i != x] == [i for i in queue if i != x]  # others keep their order
    if isinstance(intent, q.Remove):
        assert x not in out
    elif isinstance(intent, q.Add):
        assert x in out
    else:
        assert (x in out) == (x in queue)  # a move never re-adds what someone removed


@given(queues, intents)
def test_applying_an_intent_twice_changes_nothing_more(queue, intent) -> None:
    once = q.apply_intent(queue, intent)
    assert q.apply_intent(once, intent) == once
    assert q.holds(once, intent)


@given(queues, ids, anchors)
def test_a_move_puts_the_product_where_the_user_dropped_it(queue, x, before) -> None:
    out = q.apply_intent(queue, q.move(queue, x, before))
    if x not in queue or before == x:
        assert out == queue
    elif before is None:
        assert out[-1] == x
    elif before in queue:
        assert out[out.index(x) + 1] == before


@given(queues, ids, anchors, st.lists(intents, max_size=6))
def test_a_move_survives_the_cohosts_edits(queue, x, before, theirs) -> None:
    """Made against `queue`, applied after a co-host's edits: their edits all stand."""
    mine = q.move(queue, x, before)
    current = queue
    for other in theirs:
        current = q.apply_intent(current, other)
    merged = q.apply_intent(current, mine)
    assert [i for i in merged if i != x] == [i for i in current if i != x]
    if x in current and before in current and before != x:
        assert merged[merged.index(x) + 1] == before
    elif x in current and before is not None and before not in current:
        after = mine.after
        if after in current and after != x:
            assert merged[merged.index(after) + 1] == x  # fell back to the second anchor
        else:
            assert merged.index(x) == current.index(x) or merged == current


@settings(max_examples=200)
@given(
    queues,
    st.lists(intents, min_size=1, max_size=8),
    st.lists(intents, min_size=1, max_size=8),
    st.randoms(use_true_random=False),
)
def test_two_editors_with_a_versioned_server_lose_no_edit(base, a, b, rng) -> None:
    """The sync's protocol, played against a model server with If-Match versions."""
    server: list[tuple[str, ...]] = [base]  # history: version -> queue
    editors = {"a": list(a), "b": list(b)}
    known = {"a": 0, "b": 0}  # the version each editor last saw
    log: list[tuple[str, q.QueueIntent, int]] = []  # (editor, intent, version it produced)
    while any(editors.values()):
        who = rng.choice([k for k, v in editors.items() if v])
        intent = editors[who][0]
        seen = known[who]
        target = q.apply_intent(server[seen], intent)
        if target == server[seen] and seen == len(server) - 1:
            editors[who].pop(0)  # already holds: nothing to send
            continue
        if seen != len(server) - 1:  # 412: merge into the current queue and try again
            known[who] = len(server) - 1
            continue
        server.append(target)
        known[who] = len(server) - 1
        log.append((who, intent, len(server) - 1))
        editors[who].pop(0)
    for _who, intent, v in log:
        assert server[v] == q.apply_intent(server[v - 1], intent)
    assert [v for *_, v in log] == list(range(1, len(server)))


def order(seq: int, rng: random.Random, start: datetime) -> Order:
    qty = rng.randint(1, 3)
    unit = rng.choice([1400, 3200, 4900])
    return Order(
        seq=seq,
        id=f"ord_{seq}",
        product_id=rng.choice(["prd_a", "prd_b", "prd_c"]),
        quantity=qty,
        unit_price_minor=unit,
        amount_minor=unit * qty,
        currency="EUR",
        flash=False,
        buyer_name=f"Buyer {seq % 7}",
        created_at=start + timedelta(seconds=seq),
        stock_remaining=max(0, 500 - seq),
    )


step = st.one_of(
    st.tuples(st.just("live"), st.lists(st.integers(1, 60), max_size=25)),
    st.tuples(st.just("catch_up"), st.integers(1, 25)),
    st.tuples(st.just("restart"), st.just(0)),
)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60), st.lists(step, max_size=12), st.integers(0, 2**16))
def test_orders_are_counted_exactly_once_whatever_arrives_when(n, steps, seed) -> None:
    """Live events repeat, reorder and skip; catch-ups page; the app restarts from disk."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    platform = [order(s, rng, start) for s in range(1, n + 1)]
    with tempfile.TemporaryDirectory() as tmp:
        db = SyncDb(Path(tmp) / "sync.sqlite")
        journal = OrderJournal(db)
        model, announced = ShowModel(), []

        def receive(batch: list[Order]) -> None:
            journal.add(batch)
            announced.extend(o.seq for o in model.add_orders(batch))

        def catch_up(page: int) -> None:  # GET /orders?after_seq=high_water, page by page
            while True:
                batch = platform[model.high_water_seq : model.high_water_seq + page]
                if not batch:
                    return
                receive(batch)

        for kind, arg in steps:
            if kind == "live":
                receive([platform[s - 1] for s in arg if s <= n])  # type: ignore[union-attr]
            elif kind == "catch_up":
                catch_up(int(arg))  # type: ignore[arg-type]
            else:
                model, announced = ShowModel(), []
                receive(journal.load())
        catch_up(10)  # every reconnect ends with a catch-up
        sales = model.state.sales
        assert sales.orders == n
        assert sales.last_seq == n
        assert sales.revenue_minor == sum(o.amount_minor for o in platform)
        assert sales.units == sum(o.quantity for o in platform)
        assert sorted(announced) == list(range(1, n + 1))  # since the last restart
        assert journal.count() == n
        db.close()
