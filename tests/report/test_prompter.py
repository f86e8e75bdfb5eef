"""The live prompter: each rule, with the real sandbox driven into its condition over HTTP and
the studio's own sync and show feed carrying it. Time moves by the prompter's clock only
(minutes of a show take no minutes here)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
import requests

from studio.config import PROMPTER_RULES, PrompterSettings
from studio.engine.stats import OutputKind, OutputState, OutputStats, PipelineStats
from studio.platform.sync import PlatformSync
from studio.session.prompter import LivePrompter, Nudge, Rule
from studio.session.show_feed import ShowFeed
from studio.session.status import LiveState, SessionStatus
from studio.show.state import Link, ShowState
from tests.platform.conftest import Rig, wait_for


@dataclass
class Clock:
    """Real time plus a shift the test moves."""

    shift: float = 0.0

    def __call__(self) -> float:
        import time

        return time.time() + self.shift


@dataclass
class Live:
    """The session's status as the prompter reads it (the broadcast is live)."""

    stats: PipelineStats | None = None

    def __call__(self) -> SessionStatus:
        return SessionStatus(state=LiveState.LIVE, stats=self.stats)


@dataclass
class Stage:
    rig: Rig
    sync: PlatformSync
    feed: ShowFeed
    prompter: LivePrompter
    clock: Clock
    live: Live
    seen: list[Nudge] = field(default_factory=list)

    def state(self) -> ShowState:
        state = self.feed.state
        assert state is not None
        return state

    def nudges(self, rule: Rule) -> list[Nudge]:
        self.feed.flush()
        found = [n for n in self.prompter.nudges() if n.rule is rule]
        self.seen += found
        return found

    def api(self, method: str, path: str, body: dict[str, Any], token: str | None = None) -> Any:
        sb = self.rig.sandbox
        r = requests.request(
            method,
            f"{sb.api_url}/shows/{sb.show_id}{path}",
            json=body,
            headers={
                "Authorization": f"Bearer {token or sb.host_token}",
                "Idempotency-Key": uuid.uuid4().hex,
            },
            timeout=10,
        )
        r.raise_for_status()
        return r.json()


@pytest.fixture
def stage(rig: Rig) -> Iterator[Stage]:
    sync = rig.sync(start=False)
    feed = ShowFeed()
    clock = Clock()
    live = Live()
    settings = PrompterSettings(pinned_no_orders_s=180, flash_ending_s=30)
    prompter = LivePrompter(feed, settings, live, clock=clock)
    feed.attach(sync.model)
    sync.start()
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    wait_for(lambda: feed.state is not None and feed.state.show is not None)
    try:
        yield Stage(rig, sync, feed, prompter, clock, live)
    finally:
        prompter.close()
        feed.close()


def test_the_rules_in_the_settings_are_the_prompters_rules() -> None:
    assert set(PROMPTER_RULES) == {r.value for r in Rule}


def test_viewers_falling_by_a_third_in_two_minutes(stage: Stage) -> None:
    store = stage.rig.sandbox.store
    assert store is not None
    show = stage.rig.show_id
    for count, step in ((300, 0), (250, 50), (190, 50)):
        stage.clock.shift += step
        store.viewers.set(show, count)
        wait_for(lambda c=count: stage.state().viewers.count == c)  # type: ignore[misc]
        if count == 250:
            assert stage.nudges(Rule.VIEWERS_FALLING) == []  # down 17 %: not yet
    (n,) = stage.nudges(Rule.VIEWERS_FALLING)
    assert n.figure.startswith("190 watching, down 37% from 300")
    assert "flash sale" in n.advice
    # Two minutes later the peak has left the window: the drop is old news.
    stage.clock.shift += 125
    assert stage.nudges(Rule.VIEWERS_FALLING) == []


def test_a_pinned_product_with_no_orders_for_three_minutes(stage: Stage) -> None:
    stage.sync.pin("HK-001")
    wait_for(lambda: stage.state().pin.product_id == "prd_skillet")
    assert stage.nudges(Rule.PINNED_NOT_SELLING) == []
    stage.clock.shift = 181
    (n,) = stage.nudges(Rule.PINNED_NOT_SELLING)
    assert n.title == "Cast-iron skillet 26 cm is not selling"
    assert n.figure == "No orders for 3 min 01 s since it was pinned"
    # An order of it: quiet again only three minutes after that order.
    stage.clock.shift = 0
    stage.api(
        "POST",
        "/orders",
        {"product_id": "prd_skillet", "quantity": 1, "buyer_name": "Aiko T."},
        stage.rig.sandbox.viewer_token,
    )
    wait_for(lambda: stage.state().sales.orders == 1)
    assert stage.nudges(Rule.PINNED_NOT_SELLING) == []
    stage.clock.shift = 200
    (n,) = stage.nudges(Rule.PINNED_NOT_SELLING)
    assert n.figure.endswith("since its last order")


def test_a_flash_sale_about_to_end_with_stock_left(stage: Stage) -> None:
    stage.sync.start_flash_sale("HK-003", Decimal("20.00"), seconds=40)
    wait_for(lambda: len(stage.state().timers) == 1)
    assert stage.nudges(Rule.FLASH_ENDING) == []  # 40 s left
    stage.clock.shift = 15
    (n,) = stage.nudges(Rule.FLASH_ENDING)
    assert n.figure.endswith("s left, 60 in stock")
    assert int(n.figure.split()[0]) <= 25
    assert "€20" in n.advice
    # Sold out: nothing left to call out.
    stage.api("PATCH", "/products/prd_mug-set", {"stock": 0})
    wait_for(lambda: stage.state().product("prd_mug-set").stock == 0)  # type: ignore[union-attr]
    assert stage.nudges(Rule.FLASH_ENDING) == []


def test_a_question_unanswered_for_a_minute(stage: Stage) -> None:
    q = stage.api(
        "POST",
        "/comments",
        {"text": "Does the skillet work on induction?", "kind": "question"},
        stage.rig.sandbox.viewer_token,
    )
    wait_for(lambda: stage.state().comment(q["id"]) is not None)
    assert stage.nudges(Rule.QUESTION_UNANSWERED) == []
    stage.clock.shift = 61
    (n,) = stage.nudges(Rule.QUESTION_UNANSWERED)
    assert n.title == "Demo viewer is waiting for an answer"
    assert n.figure == "Asked 61 s ago: “Does the skillet work on induction?”"
    stage.sync.reply(q["id"], "Yes, every hob.")
    wait_for(lambda: any(c.reply_to == q["id"] for c in stage.state().comments))
    assert stage.nudges(Rule.QUESTION_UNANSWERED) == []


def test_stream_trouble_from_the_platform_and_from_the_engine(stage: Stage) -> None:
    assert stage.nudges(Rule.STREAM_TROUBLE) == []
    # The platform's ingest sees a poor stream.
    stage.api("POST", "/ingest-health", {"video_arriving": True, "bitrate_kbps": 180, "fps": 9.0})
    wait_for(lambda: stage.state().ingest.state == "degraded")
    (n,) = stage.nudges(Rule.STREAM_TROUBLE)
    assert n.title == "The platform sees the stream degraded"
    assert n.figure == "180 kbit/s at 9 fps arriving"
    stage.api("POST", "/ingest-health", {"video_arriving": True, "bitrate_kbps": 3000, "fps": 30.0})
    wait_for(lambda: stage.state().ingest.state == "receiving")
    assert stage.nudges(Rule.STREAM_TROUBLE) == []
    # Our own engine: a destination reconnecting, then frames lost over the last 30 s.
    shop = OutputStats(
        "Shop", OutputKind.STREAM, OutputState.RECONNECTING, retry_in_s=4.0, attempt=2
    )
    stage.live.stats = PipelineStats(frames_encoded=900, outputs=(shop,))
    (n,) = stage.nudges(Rule.STREAM_TROUBLE)
    assert n.figure == "reconnecting in 4 s (attempt 2)"
    # Back live; 10 s later 90 frames were dropped of the 1,230 the clock asked for.
    shop = OutputStats("Shop", OutputKind.STREAM, OutputState.LIVE)
    stage.clock.shift += 10
    stage.live.stats = PipelineStats(frames_encoded=2040, frames_dropped=90, outputs=(shop,))
    (n,) = stage.nudges(Rule.STREAM_TROUBLE)
    assert n.title == "Frames are being lost"
    assert n.figure == "7.3% of frames lost in the last 10 s"
    assert "network" in n.advice


def test_a_dismissed_nudge_stays_away_until_its_condition_clears(stage: Stage) -> None:
    stage.sync.pin("HK-001")
    wait_for(lambda: stage.state().pin.product_id == "prd_skillet")
    stage.clock.shift = 200
    (n,) = stage.nudges(Rule.PINNED_NOT_SELLING)
    stage.prompter.dismiss(n.key)
    assert stage.nudges(Rule.PINNED_NOT_SELLING) == []
    stage.sync.pin("HK-002")
    wait_for(lambda: stage.state().pin.product_id == "prd_dutch-oven")
    stage.clock.shift = 0
    assert stage.nudges(Rule.PINNED_NOT_SELLING) == []
    stage.clock.shift = 200
    (n2,) = stage.nudges(Rule.PINNED_NOT_SELLING)
    assert n2.key != n.key and "Enamel dutch oven" in n2.title


def test_no_nudges_off_air_or_when_turned_off(stage: Stage) -> None:
    stage.sync.pin("HK-001")
    wait_for(lambda: stage.state().pin.product_id == "prd_skillet")
    stage.clock.shift = 200
    assert stage.nudges(Rule.PINNED_NOT_SELLING)
    stage.prompter.settings = PrompterSettings(disabled=("pinned_not_selling",))
    assert stage.nudges(Rule.PINNED_NOT_SELLING) == []
    stage.prompter.settings = PrompterSettings(enabled=False)
    assert stage.prompter.nudges() == ()
    stage.prompter.settings = PrompterSettings()
    off_air = LivePrompter(stage.feed, PrompterSettings(), lambda: SessionStatus(LiveState.IDLE))
    assert off_air.nudges() == ()
    off_air.close()


def test_settings_refuse_an_unknown_rule() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="unknown rule"):
        PrompterSettings(disabled=("viewers_dancing",))
