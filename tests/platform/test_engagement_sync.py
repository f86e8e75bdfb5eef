"""Vouchers, polls and the rundown through the sync, against the real sandbox behind the fault
proxy: restarts and dropped streams show every claim and vote once, none lost (issue 20)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from studio.overlays.scene import OverlayScene
from studio.platform.sync import PlatformSync
from studio.session.layers import StudioLayers
from studio.session.overlay_driver import OverlayDriver
from studio.session.show_feed import ShowFeed
from studio.show import events as ev
from studio.show.engagement_on_air import RESULT_HOLD_S, poll_on_air
from studio.show.polls import Poll, percentages
from studio.show.state import Link, ShowInfo, ShowState, ShowStatus
from tests.platform.conftest import Rig, wait_for


def watch_totals(sync: PlatformSync) -> tuple[list[int], list[int]]:
    """Every poll total and voucher claim count announced (or loaded), in order."""
    polls: list[int] = []
    claims: list[int] = []
    lock = threading.Lock()

    def on(e: ev.ShowEvent) -> None:
        with lock:
            if isinstance(e, ev.ShowLoaded) and e.state.poll is not None:
                polls.append(e.state.poll.total)
            elif isinstance(e, ev.PollChanged):
                polls.append(e.poll.total)
            elif isinstance(e, ev.VoucherChanged):
                claims.append(e.voucher.claims)

    sync.model.subscribe(on)
    return polls, claims


def server_votes(rig: Rig, poll_id: str) -> tuple[int, ...]:
    store = rig.sandbox.store
    assert store is not None
    return tuple(o.votes for o in store.polls.get(rig.show_id, poll_id).options)


def test_studio_restarted_mid_poll_shows_the_right_percentages(rig: Rig) -> None:
    store = rig.sandbox.store
    assert store is not None
    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    first.start_poll("Which glaze next?", ["Moss", "Rust", "Sky"])
    poll = wait_for(lambda: first.model.state.poll)
    store.polls.vote_many(rig.show_id, poll.id, [(f"v{i}", i % 3) for i in range(40)])
    wait_for(lambda: first.model.state.poll and first.model.state.poll.total == 40)
    first.stop()  # the studio quits mid-poll
    store.polls.vote_many(rig.show_id, poll.id, [(f"w{i}", i % 2) for i in range(25)])
    second = rig.sync(name="app", start=False)
    totals, _ = watch_totals(second)
    second.start()
    for i in range(4):  # votes keep coming while the stream drops
        store.polls.vote_many(rig.show_id, poll.id, [(f"x{i}.{j}", 2) for j in range(10)])
        rig.proxy.cut_streams()
    want = server_votes(rig, poll.id)
    assert sum(want) == 105
    wait_for(lambda: second.model.state.poll and second.model.state.poll.votes == want)
    shown = second.model.state.poll
    assert shown is not None and shown.open
    assert shown.percentages == percentages(want) and sum(shown.percentages) == 100
    assert totals == sorted(totals) and totals[-1] == 105  # never backwards, never past
    second.close_poll()
    wait_for(lambda: not second.model.state.poll.open)  # type: ignore[union-attr]
    assert second.model.state.poll.votes == want  # type: ignore[union-attr]


def test_voucher_claims_through_dropped_streams_are_counted_once(rig: Rig) -> None:
    store = rig.sandbox.store
    assert store is not None
    sync = rig.sync()
    _, claims = watch_totals(sync)
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    sync.start_voucher("GLAZE15", percent_off=15, claim_limit=120, seconds=600)
    voucher = wait_for(lambda: sync.model.state.voucher_on_screen)
    assert voucher.label() == "15% OFF"
    for i in range(8):
        store.vouchers.claim_many(
            rig.show_id, voucher.id, [(f"k{i}.{j}", f"Fan {i}.{j}") for j in range(20)]
        )
        rig.proxy.cut_streams()
    wait_for(lambda: sync.model.state.vouchers[0].claims == 120)
    assert claims == sorted(claims) and max(claims) == 120  # 160 tried, the limit held
    assert sync.model.state.vouchers[0].left == 0


def test_cohost_edits_the_rundown_and_the_host_steps_it(rig: Rig) -> None:
    host = rig.sync(name="host")
    cohost = rig.sync(rig.sandbox.cohost_token, name="cohost")
    wait_for(lambda: cohost.model.state.sync.link == Link.LIVE)
    wait_for(lambda: host.model.state.sync.link == Link.LIVE)
    rig.proxy.down()  # the co-host prepares the show offline...
    rig.proxy.up()
    cohost.rundown_add("pin", {"product_id": "prd_chai"}, note="open on the chai")
    cohost.rundown_add("poll", {"poll": {"question": "Tea?", "options": ["Yes", "No"]}})
    cohost.rundown_add(
        "voucher",
        {
            "voucher": {
                "code": "TEA10",
                "kind": "percent",
                "percent_off": 10,
                "claim_limit": 10,
                "duration_s": 120,
            }
        },
    )
    wait_for(lambda: cohost.pending_count() == 0, timeout=20)
    wait_for(lambda: len(host.model.state.rundown.steps) == 3)  # ...sent once, seen by the host
    kinds = [s.kind for s in host.model.state.rundown.steps]
    assert kinds == ["pin", "poll", "voucher"]
    assert host.model.state.rundown.steps[0].note == "open on the chai"
    host.rundown_next()
    wait_for(lambda: host.model.state.pin.product_id == "prd_chai")
    wait_for(lambda: cohost.model.state.rundown.position == (1, 3))
    cohost.rundown_move(host.model.state.rundown.steps[2].id, before=None)  # no change
    host.rundown_next()
    wait_for(lambda: cohost.model.state.poll is not None)
    # The co-host presses Next once their list shows the poll done (pressed earlier, it names
    # the poll step, and the platform refuses to run a step twice: rundown-moved).
    wait_for(lambda: cohost.model.state.rundown.position == (2, 3))
    cohost.rundown_next()
    wait_for(lambda: host.model.state.voucher_on_screen is not None)
    wait_for(lambda: host.model.state.rundown.position == (3, 3))
    assert host.model.state.rundown.next_step is None


def test_the_voucher_and_the_poll_go_on_air_and_leave_with_the_platform(rig: Rig) -> None:
    """Sync -> feed -> overlay driver -> a real scene: the cards say what the platform says."""
    store = rig.sandbox.store
    assert store is not None
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    feed = ShowFeed()
    scene = OverlayScene(720, 1280, "denim")
    driver = OverlayDriver(StudioLayers(scene, None, 720, 1280), feed)
    feed.attach(sync.model)
    try:
        sync.start_voucher("MUG5", amount_off="5.00", claim_limit=3, seconds=300)
        card = wait_for(lambda: scene.voucher)
        assert (card.value, card.code, card.left, card.limit) == ("€5", "MUG5", 3, 3)  # a EUR show
        vid = sync.model.state.vouchers[-1].id
        store.vouchers.claim_many(rig.show_id, vid, [(f"c{i}", f"C {i}") for i in range(5)])
        wait_for(lambda: scene.voucher is not None and scene.voucher.left == 0)
        sync.start_poll("Mug or bowl?", ["Mug", "Bowl", "Both"])
        wait_for(lambda: scene.poll is not None)
        pid = sync.model.state.poll.id  # type: ignore[union-attr]
        store.polls.vote_many(rig.show_id, pid, [("a", 0), ("b", 0), ("c", 2)])
        wait_for(lambda: scene.poll is not None and scene.poll.percents == (67, 0, 33))
        sync.close_poll()
        wait_for(lambda: scene.poll is not None and scene.poll.closed)
        assert scene.poll.leaders == (0,)
        sync.end_voucher(vid)
        wait_for(lambda: scene.voucher is None)  # an ended voucher leaves the air
        assert scene.wait_idle(10)
    finally:
        driver.close()
        feed.close()
        scene.close()


def test_a_poll_with_a_duration_closes_by_itself_and_the_studio_hears_it(rig: Rig) -> None:
    """Nobody reads the polls: the platform's housekeeping closes it and announces it."""
    rig.restart_sandbox(rate=0.0, simulate=True)  # housekeeping on, no audience
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    sync.start_poll("Quick one?", ["Yes", "No"], seconds=10)
    poll = wait_for(lambda: sync.model.state.poll)
    assert poll.open and poll.closes_at is not None
    wait_for(lambda: not sync.model.state.poll.open, timeout=20)  # type: ignore[union-attr]
    closed = sync.model.state.poll
    assert closed is not None and closed.closed_at is not None
    assert closed.closed_at >= poll.closes_at


def test_on_air_a_poll_past_its_end_shows_its_result_even_before_the_platform_says_so() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    show = ShowInfo("s", "Show", "Host", ShowStatus.LIVE, "EUR")
    poll = Poll("p", "Q?", ("a", "b"), (1, 2), "open", now, closes_at=now + timedelta(seconds=5))
    state = ShowState(show=show, poll=poll)
    assert poll_on_air(state, now) == poll
    late = poll_on_air(state, now + timedelta(seconds=6))
    assert late is not None and not late.open and late.votes == (1, 2)
    assert poll_on_air(state, now + timedelta(seconds=5 + RESULT_HOLD_S + 1)) is None
    ended = ShowState(show=ShowInfo("s", "Show", "Host", ShowStatus.ENDED, "EUR"), poll=poll)
    assert poll_on_air(ended, now) is None
