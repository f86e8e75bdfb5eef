"""The user's changes: kept while offline, sent in order and exactly once, across restarts."""

from __future__ import annotations

from collections import Counter

from studio.platform import models as m
from studio.show import events as ev
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for


def server_comments(rig: Rig) -> Counter[str]:
    return Counter(c.text for c in rig.client(direct=True).comments(rig.show_id))


def server_events(rig: Rig, etype: m.EventType) -> list[m.Event]:
    client = rig.client(direct=True)
    out, after = [], 0
    while True:
        page = client.events_after(rig.show_id, after, 500)
        out += [e for e in page.items if e.type == etype]
        after = page.last_event_id
        if not page.has_more:
            return out


def test_changes_made_offline_survive_an_app_restart_and_are_sent_once(rig: Rig) -> None:
    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    rig.proxy.down()  # the hotel Wi-Fi is gone
    wait_for(lambda: first.model.state.sync.link == Link.OFFLINE, timeout=10)
    first.pin("HK-002")
    first.add_to_queue("HK-009", before_sku="HK-001")
    first.add_to_queue("HK-012", before_sku=None)
    first.remove_from_queue("HK-008")
    first.move("HK-007", "HK-003")
    first.start_flash_sale("HK-003", "29.00", seconds=120)
    for i in range(10):
        first.comment(f"offline note {i}")
    assert first.pending_count() == 16
    assert first.model.state.sync.pending_text == "16 changes waiting to sync"
    expected = (
        "prd_knife",
        "prd_skillet",
        "prd_chai",
        "prd_mug-set",
        "prd_dutch-oven",
        "prd_measuring-cups",
    )
    assert first.model.planned_queue == expected  # the UI shows the queue as arranged
    first.stop()  # the laptop is closed

    second = rig.sync(name="app", start=False)
    second.start()
    assert second.model.state.sync.pending == 16  # shown before any network
    rig.proxy.up()
    second.reconnect_now()
    assert second.wait_idle(timeout=20)
    assert all(e.state == "done" for e in second.outbox.history())

    comments = server_comments(rig)
    assert all(comments[f"offline note {i}"] == 1 for i in range(10))
    assert len(server_events(rig, m.EventType.TIMER_STARTED)) == 1
    client = rig.client(direct=True)
    assert client.pin(rig.show_id).product_id == "prd_dutch-oven"
    queue = client.queue(rig.show_id).product_ids
    assert tuple(queue) == expected
    wait_for(lambda: second.model.state.queue.product_ids == tuple(queue))
    assert second.model.state.sync.pending == 0


def test_answers_lost_on_the_way_back_do_not_repeat_a_change(rig: Rig) -> None:
    """The platform did the write, the answer never arrived: the retry is replayed, not redone."""
    sync = rig.sync()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    rig.proxy.drop_responses(times=12, method="POST,PUT,DELETE")
    ids = [sync.comment(f"lossy {i}") for i in range(8)]
    ids += [sync.pin("HK-005"), sync.move("HK-002", "HK-001"), sync.unpin()]
    ids.append(sync.start_flash_sale("HK-006", "25", seconds=60))
    assert sync.wait_idle(timeout=20)
    writes = rig.proxy.count("POST") + rig.proxy.count("PUT") + rig.proxy.count("DELETE")
    assert writes >= len(ids) + 12  # every lost answer cost a retry
    assert all(sync.outbox.get(i).state == "done" for i in ids)  # type: ignore[union-attr]
    comments = server_comments(rig)
    assert all(comments[f"lossy {i}"] == 1 for i in range(8))
    assert len(server_events(rig, m.EventType.TIMER_STARTED)) == 1
    pins = [e.data["product_id"] for e in server_events(rig, m.EventType.PIN_CHANGED)]
    assert pins == ["prd_cutting-board", None]
    print(f"\n{len(ids)} changes, {writes} write requests, each applied once")


def test_a_crash_between_sending_and_confirming_resends_the_same_request(rig: Rig) -> None:
    sync = rig.sync(name="app")
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    sync.outbox.stop()  # nothing is sent by the app from here
    change = sync.move("HK-008", "HK-001")
    entry = sync.outbox.get(change)
    assert entry is not None
    queue = sync.model.state.queue
    target = ["prd_candle", *[p for p in queue.product_ids if p != "prd_candle"]]
    prepared = {"attempt": 1, "version": queue.version, "product_ids": target}
    sync.outbox.prepare(change, prepared)
    # What the sender does next, then the app dies before writing down the answer.
    rig.client().put_queue(rig.show_id, target, queue.version, f"{entry.key}.1")
    sync.stop()
    changed_before = len(server_events(rig, m.EventType.QUEUE_CHANGED))

    again = rig.sync(name="app")
    assert again.wait_idle(timeout=10)
    done = again.outbox.get(change)
    assert done is not None and done.state == "done"
    assert done.result is not None and done.result["version"] == queue.version + 1
    assert len(server_events(rig, m.EventType.QUEUE_CHANGED)) == changed_before
    assert rig.client(direct=True).queue(rig.show_id).product_ids[0] == "prd_candle"


def test_a_refused_change_is_dropped_and_explained(rig: Rig) -> None:
    cohost = rig.sync(rig.sandbox.cohost_token, name="cohost", start=False)
    failures: list[ev.ChangeFailed] = []
    cohost.model.subscribe(lambda e: failures.append(e) if isinstance(e, ev.ChangeFailed) else None)
    cohost.start()
    wait_for(lambda: cohost.model.state.sync.link == Link.LIVE)
    cohost.end_show()
    after = cohost.pin("HK-007")  # the next change is not held up by the refused one
    assert cohost.wait_idle(timeout=10)
    assert len(failures) == 1
    assert failures[0].change.description == "End the show"
    assert failures[0].message.endswith("A cohost cannot end the show; only the host can.")
    assert cohost.outbox.get(after).state == "done"  # type: ignore[union-attr]
    assert rig.client(direct=True).show(rig.show_id).status.value == "live"


def test_queue_edits_merge_into_a_cohosts_newer_queue(rig: Rig) -> None:
    host = rig.sync(name="host")
    cohost = rig.sync(rig.sandbox.cohost_token, name="cohost")
    wait_for(lambda: host.model.state.sync.link == Link.LIVE)
    wait_for(lambda: cohost.model.state.sync.link == Link.LIVE)
    host.outbox.stop()  # the host's edit is made against the queue as it is now...
    change = host.move("HK-007", "HK-001")  # chai to the front
    v0 = host.model.state.queue
    target = ["prd_chai", *[p for p in v0.product_ids if p != "prd_chai"]]
    host.outbox.prepare(change, {"attempt": 1, "version": v0.version, "product_ids": target})
    cohost.add_to_queue("HK-010", before_sku="HK-003")  # ...while the cohost adds mitts
    cohost.remove_from_queue("HK-008")  # and removes the candle
    assert cohost.wait_idle(timeout=10)
    host.outbox.start(host._deliver)
    assert host.wait_idle(timeout=10)
    queue = rig.client(direct=True).queue(rig.show_id).product_ids
    assert queue == ["prd_chai", "prd_skillet", "prd_oven-mitts", "prd_mug-set", "prd_dutch-oven"]
    assert host.queue_conflicts >= 1
    wait_for(lambda: host.model.state.queue.product_ids == tuple(queue))
    wait_for(lambda: cohost.model.state.queue.product_ids == tuple(queue))


def test_a_damaged_sync_file_is_set_aside_and_the_show_refetched(rig: Rig) -> None:
    first = rig.sync(name="app")
    wait_for(lambda: first.model.state.sync.link == Link.LIVE)
    rig.sandbox.burst(20)
    wait_for(lambda: first.model.state.sales.orders == len(rig.server_orders()))
    first.stop()
    path = rig.tmp / "app.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (rig.tmp / f"app.sqlite{suffix}").unlink(missing_ok=True)

    second = rig.sync(name="app")
    assert second.db.recovered_from is not None and second.db.recovered_from.exists()
    notice = second.model.state.sync.notice
    assert notice is not None and notice.startswith("Local sync state was damaged")
    wait_for(lambda: second.model.state.sales.orders == len(rig.server_orders()))
    assert second.journal.count() == len(rig.server_orders())
