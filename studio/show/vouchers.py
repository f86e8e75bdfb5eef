"""Voucher arithmetic, once for the platform and the studio: what a voucher takes off an order.

Shapes: amounts are integer minor units of one currency (the wire's form, see
`studio.show.money`); a percent is an integer 1-90. Pure, I/O-free, any thread.

Rule (the one every receipt shows): the discount is taken off the order's subtotal (unit price
times quantity), a percentage rounded half up to the currency's minor unit (ISO 4217 minor
units: 10 % of 0.05 EUR is 0.01 EUR, of 5 JPY is 1 JPY), an amount capped at the subtotal, so
an order never costs less than nothing. Integer arithmetic only: no float ever touches money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from studio.show.money import format_money, from_minor

MAX_PERCENT = 90


def discount_minor(
    subtotal_minor: int, *, percent_off: int | None = None, amount_off_minor: int | None = None
) -> int:
    """The discount, in minor units, that one voucher takes off `subtotal_minor`.

    Give exactly one of `percent_off` (1-90) or `amount_off_minor` (>= 1). Raises ValueError
    for a negative subtotal, both or neither value, or a value out of range.
    """
    if subtotal_minor < 0:
        raise ValueError(f"a subtotal cannot be negative ({subtotal_minor})")
    if (percent_off is None) == (amount_off_minor is None):
        raise ValueError("give exactly one of percent_off or amount_off_minor")
    if percent_off is not None:
        if not 1 <= percent_off <= MAX_PERCENT:
            raise ValueError(f"percent_off must be 1-{MAX_PERCENT}, not {percent_off}")
        return (subtotal_minor * percent_off * 2 + 100) // 200  # half up, exact in integers
    assert amount_off_minor is not None
    if amount_off_minor < 1:
        raise ValueError(f"amount_off_minor must be at least 1, not {amount_off_minor}")
    return min(amount_off_minor, subtotal_minor)


def voucher_label(
    percent_off: int | None,
    amount_off_minor: int | None,
    currency: str,
    locale: str = "en_US",
) -> str:
    """What a card says a voucher is worth: '20% OFF' or '$5 OFF' (the locale's money)."""
    if percent_off is not None:
        return f"{percent_off}% OFF"
    amount: Decimal = from_minor(amount_off_minor or 0, currency)
    return f"{format_money(amount, currency, locale)} OFF"


@dataclass(frozen=True, slots=True)
class Voucher:
    """A voucher as the studio shows it: `claims` of `claim_limit` granted (absolute counts from
    the platform, never summed from deltas), `expires_at` in server time (aware UTC), `status`
    active, expired or ended; `on_screen`: the card is on air."""

    id: str
    code: str
    currency: str
    claim_limit: int
    expires_at: datetime
    percent_off: int | None = None
    amount_off_minor: int | None = None
    claims: int = 0
    redeemed: int = 0
    status: str = "active"
    on_screen: bool = False

    @property
    def running(self) -> bool:
        """Claimable as far as the platform last said (`remaining_s` says if time ran out)."""
        return self.status == "active"

    @property
    def left(self) -> int:
        """Claims still to be had."""
        return max(0, self.claim_limit - self.claims)

    def remaining_s(self, server_now: datetime) -> float:
        """Seconds until it expires at `server_now` (0 when it ended)."""
        if not self.running:
            return 0.0
        return max(0.0, (self.expires_at - server_now).total_seconds())

    def label(self, locale: str = "en_US") -> str:
        """'20% OFF' or '$5 OFF'."""
        return voucher_label(self.percent_off, self.amount_off_minor, self.currency, locale)
