"""Live auctions: the bidding rules, and an auction as the studio holds it.

The platform is the only clock and the only judge of an auction; the rules are written here
once, as pure functions, so the sandbox (which judges), the studio (which shows the next valid
bid) and the tests (which check the judge) read the same definition.

Rules (the contract's `AuctionCreate` documents them for clients):

- The first bid must be at least the starting bid. Every later bid must be at least the
  current bid plus the increment: the larger of `increment_minor` and `increment_percent` %
  of the current bid, rounded up to a whole minor unit (`next_min_bid`).
- Standard mode: a bid placed when fewer than `extend_window_s` seconds are left moves the end
  to `extend_window_s` seconds after the bid, but never past the scheduled end plus
  `max_extension_s` (`extended_end`). Sudden death never extends.
- At the end, the highest bid wins if there is no reserve or it meets the reserve; otherwise
  the lot is not sold. A sold lot becomes one order at the winning bid.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from studio.show.money import from_minor

STANDARD = "standard"
SUDDEN_DEATH = "sudden_death"

ACTIVE = "active"
SOLD = "sold"
NOT_SOLD = "not_sold"
CANCELLED = "cancelled"

MIN_DURATION_S, MAX_DURATION_S = 10, 300  # issue 20: an auction runs 10-300 s


def next_min_bid(
    current_minor: int | None, starting_minor: int, increment_minor: int, increment_percent: int
) -> int:
    """The lowest valid next bid, in minor units.

    `current_minor` None (no bid yet): the starting bid. Otherwise the current bid plus the
    larger of `increment_minor` and `increment_percent` % of the current bid, rounded up.
    """
    if current_minor is None:
        return starting_minor
    by_percent = -(-current_minor * increment_percent // 100)  # ceiling division
    return current_minor + max(increment_minor, by_percent, 1)


def extended_end(
    mode: str,
    ends_ts: float,
    bid_ts: float,
    window_s: float,
    scheduled_ends_ts: float,
    max_extension_s: float,
) -> float:
    """The auction's end (epoch seconds) after a bid at `bid_ts`.

    Standard: a bid with fewer than `window_s` seconds left moves the end to
    `bid_ts + window_s`, capped at `scheduled_ends_ts + max_extension_s`; it never moves the
    end earlier. Sudden death: `ends_ts` unchanged.
    """
    if mode != STANDARD or ends_ts - bid_ts >= window_s:
        return ends_ts
    return max(ends_ts, min(bid_ts + window_s, scheduled_ends_ts + max_extension_s))


@dataclass(frozen=True, slots=True)
class Auction:
    """An auction as the studio shows it; money in minor units of `currency`, times in server
    UTC. `status`: active, sold, not_sold or cancelled. `bid_count` is the number of the last
    bid folded in (bids are numbered 1, 2, ... per auction, so a repeat is recognised).
    `reserve_minor`: the reserve the host set, known to the host and co-hosts only (the
    platform tells nobody else; None when unknown or when there is none: see `has_reserve`)."""

    id: str
    product_id: str
    currency: str
    mode: str
    starting_bid_minor: int
    increment_minor: int
    increment_percent: int
    starts_at: datetime
    ends_at: datetime
    scheduled_ends_at: datetime
    status: str = ACTIVE
    extend_window_s: int = 10
    max_extension_s: int = 120
    has_reserve: bool = False
    reserve_met: bool = False
    bid_count: int = 0
    current_bid_minor: int | None = None
    leading_bidder: str | None = None
    winner_name: str | None = None
    order_id: str | None = None
    ended_at: datetime | None = None
    reserve_minor: int | None = None

    @property
    def next_min_bid_minor(self) -> int:
        """The lowest bid the platform will take next (minor units)."""
        return next_min_bid(
            self.current_bid_minor,
            self.starting_bid_minor,
            self.increment_minor,
            self.increment_percent,
        )

    @property
    def current_bid(self) -> Decimal | None:
        """The leading bid in major units, or None before the first bid."""
        if self.current_bid_minor is None:
            return None
        return from_minor(self.current_bid_minor, self.currency)

    @property
    def extended_s(self) -> float:
        """How far bids have pushed the end past the scheduled one (seconds)."""
        return max(0.0, (self.ends_at - self.scheduled_ends_at).total_seconds())

    def remaining_s(self, server_now: datetime) -> float:
        """Seconds left at `server_now` (server time); 0 once it is over."""
        if self.status != ACTIVE:
            return 0.0
        return max(0.0, (self.ends_at - server_now).total_seconds())

    @property
    def total_s(self) -> float:
        """The auction's length so far (sizes a progress bar), at least 1 s."""
        return max(1.0, (self.ends_at - self.starts_at).total_seconds())


@dataclass(frozen=True, slots=True)
class Bid:
    """One accepted bid: `seq` numbers it within its auction (1, 2, ...); `ends_at` is the
    auction's end after it (moved when it extended the auction), `reserve_met` whether the
    (unpublished) reserve is met now."""

    auction_id: str
    seq: int
    bidder_name: str
    amount_minor: int
    placed_at: datetime
    ends_at: datetime
    extended: bool = False
    reserve_met: bool = True


def apply_bid(auction: Auction, bid: Bid) -> Auction:
    """The auction after `bid`; a bid already folded in (by `seq`) or for another auction, or
    an auction no longer active, leaves it unchanged (replays are harmless)."""
    if bid.auction_id != auction.id or bid.seq <= auction.bid_count or auction.status != ACTIVE:
        return auction
    return replace(
        auction,
        bid_count=bid.seq,
        current_bid_minor=bid.amount_minor,
        leading_bidder=bid.bidder_name,
        ends_at=max(auction.ends_at, bid.ends_at),
        reserve_met=bid.reserve_met,
    )
