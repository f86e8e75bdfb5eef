"""Show events -> the overlay scene, so pins, flash sales and orders are on air."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime

from studio.overlays.auction import AuctionView
from studio.overlays.community import BoardRow, MemberToast
from studio.overlays.giveaway import GiveawayView
from studio.overlays.models import OrderAlert, OverlayComment
from studio.overlays.models import Supporter as OverlaySupporter
from studio.overlays.scene import OverlayScene
from studio.session.engagement_overlays import EngagementOverlays
from studio.session.layers import SceneGroup, StudioLayers
from studio.session.show_feed import ShowFeed
from studio.show import events as ev
from studio.show.community import MomentKind, extra_chances
from studio.show.money import format_count, format_money, from_minor
from studio.show.on_air import (
    NOTHING,
    OnAir,
    auction_on_air,
    comment_on_air,
    giveaway_on_air,
    on_air,
)
from studio.show.state import Comment, ShowState, Supporter

log = logging.getLogger(__name__)

TOP_SUPPORTERS_ON_SCREEN = 3


class OverlayDriver:
    """Show events -> the overlay scene, so pins, flash sales and orders are on air.

    The card and the countdown are never set from one event: after every change that can
    move them (and every `TICK_S`, so a sale leaves the air the moment it expires) the driver
    derives `studio.show.on_air.on_air(state, server_now)` from the feed's folded state and
    applies what differs. The pinned comment too: `studio.show.on_air.comment_on_air(state)`
    after every change to the comment pin, a comment or the show; it sits beside the title
    lower third (the scene's own layer), never instead of it. Order toasts and supporters come
    from what their events carry.

    One driver feeds every canvas of the show (`drive`: a 16:9 and a 9:16 scene, each laid out
    for its shape, on one shared `SceneClock`), so both say the same thing at the same time.

    Threads: event handlers run on the `ShowFeed`'s thread (never the network thread), the
    ticker on its own ("overlay-ticker"); `_lock` orders them. The scenes' setters are
    thread-safe and return at once (a worker renders).
    """

    TICK_S = 0.25

    def __init__(self, layers: StudioLayers, feed: ShowFeed, locale: str = "en_US") -> None:
        self.layers = layers
        self._more: list[StudioLayers] = []  # the show's other canvases
        self.locale = locale
        self._board_shown = False  # the reseller leaderboard (issue 21)
        self._feed = feed
        self._lock = threading.Lock()
        self._air_lock = threading.Lock()
        self._shown: OnAir | None = None  # what the scene was last told (None: nothing yet)
        self._comment: OverlayComment | None = None  # what the scene was last told
        self._stop = threading.Event()
        self._on_air = False  # broadcasting? (the lower third's LIVE tag)
        self.engagement = EngagementOverlays(locale)  # the voucher card and the poll
        self._live: tuple[AuctionView | None, GiveawayView | None] | None = None
        layers.scene.set_on_air(False)
        refresh = self._refresh_on_air
        self._disconnect = [
            feed.events.connect(ev.ShowAttached, self._on_attached),
            feed.events.connect(ev.ShowLoaded, self._on_loaded),
            feed.events.connect(ev.ShowChanged, self._on_show),
            feed.events.connect(ev.PinChanged, refresh),
            feed.events.connect(ev.CatalogChanged, refresh),
            feed.events.connect(ev.TimerStarted, refresh),
            feed.events.connect(ev.TimerEnded, refresh),
            feed.events.connect(ev.ClockChanged, refresh),
            feed.events.connect(ev.OrdersReceived, self._on_orders),
            feed.events.connect(ev.SupportersChanged, self._on_supporters),
            feed.events.connect(ev.MembersChanged, self._on_members),
            feed.events.connect(ev.ResellersChanged, self._refresh_board),
            feed.events.connect(ev.CommentPinChanged, self._refresh_comment),
            feed.events.connect(ev.CommentUpdated, self._refresh_comment),
            feed.events.connect(ev.VoucherChanged, self._refresh_engagement),
            feed.events.connect(ev.PollChanged, self._refresh_engagement),
            feed.events.connect(ev.AuctionChanged, self._refresh_live),
            feed.events.connect(ev.BidsReceived, self._refresh_live),
            feed.events.connect(ev.GiveawayChanged, self._refresh_live),
            feed.events.connect(ev.EntriesReceived, self._refresh_live),
        ]
        self._ticker = threading.Thread(target=self._tick, name="overlay-ticker", daemon=True)
        self._ticker.start()

    @property
    def scene(self) -> OverlayScene:
        """The main canvas's overlay scene (replaced with the layers on a theme or size
        change); `scenes` tells every canvas's."""
        return self.layers.scene

    @property
    def scenes(self) -> SceneGroup:
        """Every canvas's scene, told at once (the main canvas's first)."""
        return SceneGroup([c.scene for c in self.canvases])

    @property
    def canvases(self) -> list[StudioLayers]:
        """The layers of every canvas driven, the main one first."""
        return [self.layers, *self._more]

    def drive(self, canvases: Sequence[StudioLayers]) -> None:
        """Feed these canvases from now on (the first is the main one; they share its scene
        clock) and draw the show's state on each. Any thread."""
        self.layers, self._more = canvases[0], list(canvases[1:])
        self.apply_state(self._feed.state)

    @property
    def shown(self) -> OnAir:
        """What the card and countdown show now (for tests and the window)."""
        return self._shown or NOTHING

    # -- events (feed thread) --------------------------------------------------------------
    def _on_attached(self, event: ev.ShowAttached) -> None:
        if event.state is not None:
            self.apply_state(event.state)
            return
        self._apply_on_air(NOTHING, force=True)
        self._apply_comment(None, force=True)
        self.engagement.refresh(self.scenes, None, force=True)
        self._apply_live(None, force=True)
        self.scenes.set_supporters([])
        self.scenes.set_show_title(None)

    def _on_loaded(self, event: ev.ShowLoaded) -> None:
        self.apply_state(event.state)

    def _on_show(self, event: ev.ShowChanged) -> None:
        self.scenes.set_show_title(event.show.title, event.show.host_name)
        self._refresh_on_air()  # an ended show takes its card and countdown off air
        self._refresh_comment()  # ...and its comment
        self._refresh_live()  # ...and its auction and giveaway

    def _on_orders(self, event: ev.OrdersReceived) -> None:
        state = self._feed.state
        for order in event.orders[-20:]:  # a burst is merged by the scene anyway
            product = state.product(order.product_id) if state is not None else None
            title = product.title if product is not None else order.product_id
            self.scenes.push_order(OrderAlert(order.buyer_name, title, order.quantity))

    def _on_supporters(self, event: ev.SupportersChanged) -> None:
        self._supporters(event.supporters)

    def show_reseller_board(self, shown: bool) -> None:
        """The host shows (or hides) the reseller leaderboard: orders and revenue brought
        tonight, top three, kept current while shown (issue 21). Any thread."""
        self._board_shown = shown
        self._refresh_board()

    @property
    def reseller_board_shown(self) -> bool:
        return self._board_shown

    def _refresh_board(self, _event: object = None) -> None:
        if not self.reseller_board_shown:
            self.scenes.set_reseller_board(None)
            return
        state = self._feed.state
        rows: list[BoardRow] = []
        if state is not None:
            currency = state.show.currency if state.show is not None else "USD"
            top = sorted(state.resellers, key=lambda r: (-r.revenue_minor, -r.orders_count))
            rows = [
                BoardRow(
                    r.name,
                    r.orders_count,
                    format_money(from_minor(r.revenue_minor, currency), currency, self.locale),
                )
                for r in top[:3]
            ]
        self.scenes.set_reseller_board(rows)

    def _on_members(self, event: ev.MembersChanged) -> None:
        """Tiers on the supporters strip; a tier-up or welcome back as a toast (issue 21)."""
        state = self._feed.state
        if state is not None:
            self._supporters(state.supporters)
        m = event.moment
        if m is not None and m.member.tier:
            tier_up = m.kind == MomentKind.TIER_UP
            self.scenes.push_member(
                MemberToast(m.member.name, m.member.tier, tier_up, m.previous_tier)
            )

    def _tick(self) -> None:
        while not self._stop.wait(self.TICK_S):
            try:
                self._refresh_on_air()
                self._refresh_engagement()
                self._refresh_live()
            except Exception:  # overlays must never stop for a bug
                log.exception("refreshing what is on air failed")

    # -- what is on air --------------------------------------------------------------------
    def set_on_air(self, on_air: bool) -> None:
        """The broadcast went live (True) or off air (False); any thread."""
        self._on_air = on_air
        self.scenes.set_on_air(on_air)

    def apply_state(self, state: ShowState | None) -> None:
        """Redraw everything from a snapshot (a new show, a reload, a new scene or theme)."""
        self.scenes.set_on_air(self._on_air)
        if state is None:
            return
        if state.show is not None:
            self.scenes.set_show_title(state.show.title, state.show.host_name)
        self._apply_on_air(self._derive(state), force=True)
        self._apply_comment(comment_on_air(state), force=True)
        self._apply_live(state, force=True)
        self._supporters(state.supporters)
        self._refresh_board()
        self.engagement.refresh(self.scenes, state, force=True)

    def _refresh_engagement(self, _event: object = None) -> None:
        with self._lock:
            self.engagement.refresh(self.scenes, self._feed.state)

    def _derive(self, state: ShowState | None) -> OnAir:
        offset = state.clock_offset_s if state is not None else 0.0
        return on_air(state, datetime.fromtimestamp(time.time() + offset, UTC))

    def _refresh_on_air(self, _event: object = None) -> None:
        self._apply_on_air(self._derive(self._feed.state))

    def _apply_on_air(self, view: OnAir, *, force: bool = False) -> None:
        with self._air_lock:
            old = None if force else self._shown
            self._shown = view
            if old is None or view.product != old.product:
                sold = view.product.sold if view.product is not None else None
                self.scenes.set_pinned(view.product, sold=sold)
            if old is not None and view.sale == old.sale:
                return
            if view.sale is None:
                self.scenes.clear_countdown()
                return
            state = self._feed.state
            offset = state.clock_offset_s if state is not None else 0.0
            end_epoch = view.sale.ends_at.timestamp() - offset
            self.scenes.start_countdown(end_epoch, self.layers.now(), total=view.sale.total_s)

    def _supporters(self, supporters: Sequence[Supporter]) -> None:
        state = self._feed.state
        # By account: a namesake of a member does not wear their tier (issue 21).
        tiers = {m.viewer_id: m.tier for m in state.members} if state is not None else {}
        top = [
            OverlaySupporter(s.name, s.points, tiers.get(s.viewer_id) if s.viewer_id else None)
            for s in supporters[:TOP_SUPPORTERS_ON_SCREEN]
        ]
        self.scenes.set_supporters(top)

    @property
    def comment(self) -> OverlayComment | None:
        """The comment on screen now (for tests and the window), None when none."""
        return self._comment

    def _refresh_comment(self, _event: object = None) -> None:
        self._apply_comment(comment_on_air(self._feed.state))

    def _apply_comment(self, comment: Comment | None, *, force: bool = False) -> None:
        shown = (
            None
            if comment is None
            else OverlayComment(comment.author, comment.text, comment.is_question)
        )
        with self._lock:
            if shown == self._comment and not force:
                return
            self._comment = shown
            self.scenes.set_comment(shown)

    # -- the auction and giveaway panels (issue 20) ------------------------------------------

    @property
    def live_panels(self) -> tuple[AuctionView | None, GiveawayView | None]:
        """What the auction and giveaway panels show now (for tests and the window)."""
        return self._live or (None, None)

    def _refresh_live(self, _event: object = None) -> None:
        self._apply_live(self._feed.state)

    def _apply_live(self, state: ShowState | None, *, force: bool = False) -> None:
        """Derive both panels from `state` on the server clock (`studio.show.on_air`) and tell
        the scenes what changed (the clock moves them once a second)."""
        offset = state.clock_offset_s if state is not None else 0.0
        now = datetime.fromtimestamp(time.time() + offset, UTC)
        views = (self._auction_view(state, now), self._giveaway_view(state, now))
        with self._lock:
            old = None if force else self._live
            self._live = views
            if old is None or old[0] != views[0]:
                self.scenes.set_auction(views[0])
            if old is None or old[1] != views[1]:
                self.scenes.set_giveaway(views[1])

    def _auction_view(self, state: ShowState | None, now: datetime) -> AuctionView | None:
        shown = auction_on_air(state, now)
        if shown is None:
            return None
        a = shown.auction
        amount = a.current_bid_minor if a.current_bid_minor is not None else a.starting_bid_minor
        title = shown.product.title if shown.product is not None else a.product_id
        return AuctionView(
            title=title,
            amount=format_money(from_minor(amount, a.currency), a.currency, self.locale),
            phase=shown.phase,
            remaining_s=math.ceil(shown.remaining_s - 1e-6),
            total_s=a.total_s,
            bids=a.bid_count,
            leader=a.winner_name if shown.phase == "sold" else a.leading_bidder,
            sudden_death=a.mode == "sudden_death",
            extended=a.extended_s > 0,
            reserve_pending=a.has_reserve and not a.reserve_met,
            locale=self.locale,
        )

    def _giveaway_view(self, state: ShowState | None, now: datetime) -> GiveawayView | None:
        shown = giveaway_on_air(state, now)
        if shown is None:
            return None
        g = shown.giveaway
        return GiveawayView(
            prize=g.prize,
            how=g.how_to_enter,
            entries=format_count(g.entry_count, self.locale),
            entry_count=g.entry_count,
            phase=shown.phase,
            remaining_s=math.ceil(shown.remaining_s - 1e-6),
            total_s=g.total_s,
            winner=g.winner_name,
            seed=g.seed,
            odds=extra_chances(state.giveaway_weights) if state is not None else (),
        )

    def close(self) -> None:
        """Stop the ticker and unsubscribe from the feed."""
        self._stop.set()
        for disconnect in self._disconnect:
            disconnect()
