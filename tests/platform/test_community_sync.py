"""The community through the sync, against the real sandbox: members and tiers in the show
model after a snapshot and live, a tier-up moment the first time an order lifts a member a
tier, and a welcome back when a returning high-tier member signs in (issue 21). Members are
accounts: Lin's namesake, another viewer called "Lin", is a member of her own and never wears
Lin's tier."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from studio.overlays.scene import OverlayScene
from studio.platform.models import CommentCreate, CommunityRules, OrderCreate, Role, TierRule
from studio.session.layers import StudioLayers
from studio.session.overlay_driver import OverlayDriver
from studio.session.show_feed import ShowFeed
from studio.show.community import MomentKind
from studio.show.state import Link
from tests.platform.conftest import Rig, wait_for

LIN, NAMESAKE = "acc_lin", "acc_other_lin"  # two viewers, one display name


def _order(product: str, viewer_id: str) -> OrderCreate:
    return OrderCreate(product_id=product, quantity=1, buyer_name="Lin", viewer_id=viewer_id)


RULES = CommunityRules(
    tiers=[
        TierRule(name="Regular", threshold=30),
        TierRule(name="Insider", threshold=100, member_price_percent=5),
        TierRule(name="Founding member", threshold=1000),
    ]
)


def test_tiers_and_moments_reach_the_show_model(rig: Rig) -> None:
    store = rig.sandbox.store
    assert store is not None
    sid = rig.show_id
    store.community.set_rules(sid, RULES)
    # Lin took part in another show of the same creator first.
    other = store.shows.create(
        title="Earlier show",
        host_name=store.shows.get(sid).host_name,
        scheduled_start=store.now() - timedelta(days=1),
        ingest_url="rtmp://127.0.0.1/live",
        currency="EUR",
    )
    store.shows.start(other)
    first = CommentCreate(text="First time here")
    store.comments.create(other, first, "Lin", Role.VIEWER, LIN)
    store.orders.create(sid, _order("prd_skillet", LIN))
    store.orders.create(sid, _order("prd_chai", NAMESAKE))

    sync = rig.sync(name="host")
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    state = wait_for(lambda: sync.model.state.member(NAMESAKE) and sync.model.state)
    assert state.tiers == ("Regular", "Insider", "Founding member")
    lin = state.member(LIN)
    assert lin is not None and lin.tier == "Regular" and lin.points("purchase") == 59
    other_lin = state.member(NAMESAKE)
    assert other_lin is not None and other_lin.name == "Lin" and other_lin.tier is None
    supporters = {s.viewer_id: s.name for s in state.supporters}
    assert supporters[LIN] == supporters[NAMESAKE] == "Lin"  # two supporters of one name

    # An order lifts Lin to Insider: one tier-up moment, live.
    store.orders.create(sid, _order("prd_knife", LIN))
    moment = wait_for(lambda: sync.model.state.moment)
    assert moment.kind == MomentKind.TIER_UP
    assert (moment.member.name, moment.member.tier, moment.previous_tier) == (
        "Lin",
        "Insider",
        "Regular",
    )
    # Lin signs in to the live show: a returning Insider is welcomed back.
    store.community.arrived(sid, LIN, "Lin")
    back = wait_for(
        lambda: (m := sync.model.state.moment) and m.kind == MomentKind.WELCOME_BACK and m
    )
    assert back.member.name == "Lin" and back.member.tier == "Insider"
    assert sync.model.state.members[0].viewer_id == LIN
    assert sync.model.state.member(NAMESAKE).tier is None  # type: ignore[union-attr]


def test_the_supporters_strip_gives_the_tier_to_the_member_not_to_her_namesake(
    rig: Rig,
) -> None:
    """On air, through the real sync and overlay driver: two supporters called "Lin", the
    tier badge on the one whose account reached it."""
    store = rig.sandbox.store
    assert store is not None
    sid = rig.show_id
    store.community.set_rules(sid, RULES)
    for product in ("prd_skillet", "prd_knife"):
        store.orders.create(sid, _order(product, LIN))
    store.orders.create(sid, _order("prd_chai", NAMESAKE))
    sync = rig.sync(name="host")
    wait_for(lambda: sync.model.state.sync.link == Link.LIVE)
    feed = ShowFeed()
    scene = OverlayScene(1280, 720, "default")
    OverlayDriver(StudioLayers(scene, None, 1280, 720), feed)
    feed.attach(sync.model)

    def lins() -> list[Any] | None:
        rows = [x for x in scene.supporters() if x.name == "Lin"]
        return rows if len(rows) == 2 and any(x.tier for x in rows) else None  # tiers heard

    rows = wait_for(lins)
    assert sorted((x.tier or "") for x in rows) == ["", "Insider"]
    assert max(rows, key=lambda x: x.points).tier == "Insider"
