"""The show's timeline: everything the report needs, recorded from a busy show on the real
sandbox, on disk as it happens, and read back after a crash."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from studio.session.show_feed import ShowFeed
from studio.session.timeline import TIMELINE_FILE, TimelineRecorder, read_timeline
from studio.show.state import Link
from tests.platform.conftest import Rig, synced, wait_for


def test_a_busy_show_is_recorded_once_each_with_server_times_and_survives_a_crash(
    rig: Rig, tmp_path: Path
) -> None:
    sync = rig.sync(start=False)
    feed = ShowFeed()
    shows = tmp_path / "shows"
    rec = TimelineRecorder(feed, shows, flush_s=0.2, viewers_every_s=0.0)
    try:
        feed.attach(sync.model)
        sync.start()
        wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
        sync.pin("HK-003")
        sync.start_flash_sale("HK-003", Decimal("5.00"), seconds=60)
        rig.sandbox.burst(40)
        rig.sandbox.simulator.rate = 5.0
        rig.sandbox.tick(3)
        rig.sandbox.simulator.rate = 0.0
        sync.pin("HK-001")
        wait_for(lambda: synced(sync, rig) and sync.wait_idle(0.1))
        feed.flush()
        assert rec.flush()
        path = rec.path
        assert path is not None and path.name == TIMELINE_FILE
        assert path.parent.parent == shows
        # A crash mid-write: the last line is torn. Nothing before it is lost.
        with path.open("a", encoding="utf-8") as f:
            f.write('{"k":"order","t":17645')
        tl = read_timeline(path.parent)
    finally:
        feed.close()
        rec.close()

    server = rig.server_orders()
    assert len(server) > 40
    assert [o.seq for o in tl.orders] == [o.seq for o in server]
    assert [o.amount for o in tl.orders] == [o.amount_minor for o in server]
    assert [o.t for o in tl.orders] == [round(o.created_at.timestamp(), 3) for o in server]
    assert sum(o.amount for o in tl.orders) == sum(o.amount_minor for o in server)
    assert tl.bad_lines == 1
    assert tl.show.id == rig.show_id and tl.show.currency == "EUR"
    assert [p for _, p in tl.pins][-2:] == ["prd_mug-set", "prd_skillet"]
    (flash,) = tl.flashes.values()
    assert flash.product == "prd_mug-set" and flash.price == 500
    assert {p.sku for p in tl.products.values()} >= {"HK-001", "HK-003"}
    assert tl.viewers and tl.comments
    assert all(c.author for c in tl.comments)
    # Small: comments keep no text.
    lines = [json.loads(x) for x in path.read_text().splitlines()[:-1] if x.strip()]
    assert all("text" not in x for x in lines)


def test_a_studio_restarted_mid_show_appends_and_counts_each_order_once(
    rig: Rig, tmp_path: Path
) -> None:
    shows = tmp_path / "shows"
    for _ in range(2):
        sync = rig.sync(start=False)
        feed = ShowFeed()
        rec = TimelineRecorder(feed, shows, flush_s=0.1)
        feed.attach(sync.model)
        sync.start()
        rig.sandbox.burst(10)
        wait_for(lambda s=sync: synced(s, rig))  # type: ignore[misc]
        feed.flush()
        rec.close()
        feed.close()
        sync.stop()
    tl = read_timeline(shows / rig.show_id)
    assert [o.seq for o in tl.orders] == list(range(1, 21))
