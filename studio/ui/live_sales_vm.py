"""The auction and giveaway controls' view model: what the boxes say, from the show state.

`auction_status` and `giveaway_status` are pure (state + server time in, words out), so the
boxes stay dumb and the words are tested without a window. `LiveSalesViewModel` folds the
show's auction and giveaway events on the GUI thread (`ShowEventBatches`) and sends the
commands to `PlatformSync` (outbox: exactly once, also offline); a command the sync refuses
at once becomes `refused(message, hint)`, never an exception into Qt.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from babel.lists import format_list
from PySide6.QtCore import QObject, QTimer, Signal

from studio.app import Studio
from studio.errors import StudioError, UsageError
from studio.platform.sync import PlatformSync
from studio.show import events as ev
from studio.show.catalog import Product
from studio.show.community import extra_chances
from studio.show.money import babel_locale, format_money, from_minor
from studio.show.reduce import apply
from studio.show.state import ShowState
from studio.ui import show_vm
from studio.ui.feed_bridge import ShowEventBatches
from studio.ui.i18n import tr

log = logging.getLogger(__name__)

WATCHED: tuple[type[ev.ShowEvent], ...] = (
    ev.ShowAttached,
    ev.ShowLoaded,
    ev.ShowChanged,
    ev.ClockChanged,
    ev.CatalogChanged,
    ev.PinChanged,
    ev.AuctionChanged,
    ev.BidsReceived,
    ev.GiveawayChanged,
    ev.EntriesReceived,
)


@dataclass(frozen=True)
class Status:
    """A box's status line, whether something runs (Cancel/Draw enabled, Start not), and
    the level for its colour ("", "warn", "ok")."""

    text: str
    running: bool
    level: str = ""


def _clock(seconds: float) -> str:
    s = max(0, int(seconds + 0.999))
    return f"{s // 60}:{s % 60:02d}"


def auction_status(state: ShowState | None, now: datetime, locale: str = "en_US") -> Status:
    """The auction box's line: the running auction's bid, leader, bids and time left (and
    whether it was extended, and its reserve: the amount the host set, which the platform
    tells the host and co-hosts only, met or not yet), or how the last one ended."""
    a = state.auction if state is not None else None
    if a is None:
        return Status(tr("No auction yet."), False)
    product = state.product(a.product_id) if state is not None else None
    title = product.title if product is not None else a.product_id
    amount = a.current_bid_minor if a.current_bid_minor is not None else a.starting_bid_minor
    price = format_money(from_minor(amount, a.currency), a.currency, locale)
    if a.status == "active":
        if a.bid_count == 0:
            text = tr("{title}: no bids yet (from {price}) · {left} left").format(
                title=title, price=price, left=_clock(a.remaining_s(now))
            )
        else:
            text = tr("{title}: {price} by {leader} · {bids} · {left} left").format(
                title=title,
                price=price,
                leader=a.leading_bidder or "?",
                bids=tr("%Ln bid(s)", None, a.bid_count),
                left=_clock(a.remaining_s(now)),
            )
        if a.extended_s > 0:
            text += " · " + tr("extended")
        if a.has_reserve and a.reserve_minor is not None:
            floor = format_money(from_minor(a.reserve_minor, a.currency), a.currency, locale)
            if a.reserve_met:
                text += " · " + tr("reserve {price} met").format(price=floor)
            else:
                text += " · " + tr("reserve {price} not met yet").format(price=floor)
        elif a.has_reserve and not a.reserve_met:
            text += " · " + tr("reserve not met yet")
        return Status(text, True)
    if a.status == "sold":
        return Status(
            tr("Sold: {title} to {winner} for {price}.").format(
                title=title, winner=a.winner_name or "?", price=price
            ),
            False,
            "ok",
        )
    if a.status == "not_sold":
        if not a.bid_count:
            why = tr("no bids")
        elif a.reserve_minor is not None:
            floor = format_money(from_minor(a.reserve_minor, a.currency), a.currency, locale)
            why = tr("reserve {price} not met").format(price=floor)
        else:
            why = tr("reserve not met")
        return Status(tr("Not sold: {title} ({why}).").format(title=title, why=why), False, "warn")
    return Status(tr("Auction of {title} cancelled.").format(title=title), False, "warn")


def extra_chances_line(state: ShowState | None, locale: str = "en_US") -> str:
    """'Members' extra chances: Insider ×2 and Founding member ×3' when the community's tiers
    weight the draw (docs/GIVEAWAYS.md), else ''. The list follows CLDR for `locale`."""
    tiers = extra_chances(state.giveaway_weights) if state is not None else ()
    if not tiers:
        return ""
    items = [tr("{tier} ×{tickets}").format(tier=name, tickets=w) for name, w in tiers]
    return tr("Members' extra chances: {tiers}").format(
        tiers=format_list(items, locale=babel_locale(locale))
    )


def giveaway_status(state: ShowState | None, now: datetime, locale: str = "en_US") -> Status:
    """The giveaway box's line: entries and time to the draw with the published commitment,
    or the winner with the revealed seed (so the host can point viewers at the check); before
    and during a draw, a second line names the tiers that hold extra tickets."""
    g = state.giveaway if state is not None else None
    odds = extra_chances_line(state, locale)
    if g is None:
        return Status("\n".join(filter(None, (tr("No giveaway yet."), odds))), False)
    n = tr("%Ln entry(s)", None, g.entry_count)
    if g.status == "open":
        line = tr("{prize}: {entries} · draw in {left} · commitment {hash}…").format(
            prize=g.prize, entries=n, left=_clock(g.remaining_s(now)), hash=g.seed_sha256[:12]
        )
        return Status("\n".join(filter(None, (line, odds))), True)
    if g.status == "drawn" and g.winner_name:
        return Status(
            tr("{prize} won by {winner} (of {entries}) · seed {seed}…").format(
                prize=g.prize, winner=g.winner_name, entries=n, seed=(g.seed or "")[:12]
            ),
            False,
            "ok",
        )
    if g.status == "drawn":
        return Status(
            tr("{prize}: nobody entered, no winner.").format(prize=g.prize), False, "warn"
        )
    return Status(tr("Giveaway of {prize} cancelled.").format(prize=g.prize), False, "warn")


class LiveSalesViewModel(QObject):
    """The auction and giveaway state on the GUI thread, and their commands.

    `changed` fires after every batch of events and once a second (the clocks); `refused`
    carries a refusal's message and hint.
    """

    changed = Signal()
    refused = Signal(str, str)

    def __init__(self, studio: Studio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.state: ShowState | None = None
        self._batches = ShowEventBatches(studio.show_feed, WATCHED, self._drain, self)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._second)
        self._tick.start()

    def _drain(self, batch: list[ev.ShowEvent]) -> None:
        for event in batch:
            self.state = apply(self.state, event)
        self.changed.emit()

    def _second(self) -> None:
        s = self.state
        running = s is not None and (
            (s.auction is not None and s.auction.status == "active")
            or (s.giveaway is not None and s.giveaway.status == "open")
        )
        if running:
            self.changed.emit()

    def server_now(self) -> datetime:
        """The platform's clock now (the local clock plus the measured offset)."""
        offset = self.state.clock_offset_s if self.state is not None else 0.0
        return datetime.fromtimestamp(time.time() + offset, UTC)

    @property
    def locale(self) -> str:
        """The locale money and counts are written in (the window's, `show_vm.set_locale`)."""
        return show_vm.current_locale()

    def auction(self) -> Status:
        return auction_status(self.state, self.server_now(), self.locale)

    def giveaway(self) -> Status:
        return giveaway_status(self.state, self.server_now(), self.locale)

    def pinned(self) -> Product | None:
        return self.state.pinned if self.state is not None else None

    def _run(self, fn: Callable[[], int]) -> bool:
        try:
            fn()
            return True
        except StudioError as exc:
            log.info("refused: %s", exc)
            self.refused.emit(exc.message, exc.hint)
            return False

    def start_auction(
        self,
        sku: str,
        starting_bid: Decimal,
        seconds: int,
        *,
        increment: Decimal,
        sudden_death: bool,
        extend_window_s: int,
        max_extension_s: int,
        reserve: Decimal | None,
    ) -> bool:
        """Queue the start of an auction (False and `refused` when it cannot be sent)."""
        return self._run(
            lambda: self._sync().start_auction(
                sku,
                starting_bid,
                seconds,
                increment=increment,
                mode="sudden_death" if sudden_death else "standard",
                extend_window_s=extend_window_s,
                max_extension_s=max_extension_s,
                reserve=reserve,
            )
        )

    def cancel_auction(self) -> bool:
        return self._run(lambda: self._sync().cancel_auction())

    def auction_to_rundown(
        self,
        sku: str,
        starting_bid: Decimal,
        seconds: int,
        *,
        increment: Decimal,
        sudden_death: bool,
        extend_window_s: int,
        max_extension_s: int,
        reserve: Decimal | None,
    ) -> bool:
        """Queue an auction step (these settings) at the end of the rundown, checked as
        `start_auction` checks them (False and `refused` when refused)."""

        def add() -> int:
            sync = self._sync()
            body = sync.auction_body(
                sku,
                starting_bid,
                seconds,
                increment=increment,
                mode="sudden_death" if sudden_death else "standard",
                extend_window_s=extend_window_s,
                max_extension_s=max_extension_s,
                reserve=reserve,
            )
            return sync.rundown_add("auction", {"auction": body})

        return self._run(add)

    def giveaway_to_rundown(
        self, prize: str, seconds: int, keyword: str | None, purchase: bool
    ) -> bool:
        """Queue a giveaway step at the end of the rundown (False and `refused` when refused)."""

        def add() -> int:
            sync = self._sync()
            body = sync.giveaway_body(prize, seconds, keyword=keyword, purchase=purchase)
            return sync.rundown_add("giveaway", {"giveaway": body})

        return self._run(add)

    def open_giveaway(self, prize: str, seconds: int, keyword: str | None, purchase: bool) -> bool:
        return self._run(
            lambda: self._sync().open_giveaway(prize, seconds, keyword=keyword, purchase=purchase)
        )

    def draw_giveaway(self, cancel: bool = False) -> bool:
        return self._run(lambda: self._sync().draw_giveaway(cancel=cancel))

    def _sync(self) -> PlatformSync:
        sync = self.studio.sync
        if sync is None:
            raise UsageError(tr("No show is connected."), tr("Connect to a show first."))
        return sync
