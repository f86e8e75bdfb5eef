"""What the overlays show, as immutable values the UI and platform threads hand to the scene."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OrderAlert:
    """One live order, e.g. from the platform's order stream ("Mia from Taipei bought …")."""

    buyer: str
    product: str
    quantity: int = 1
    city: str | None = None


@dataclass(frozen=True)
class Supporter:
    """A viewer on the loyalty leaderboard."""

    name: str
    points: int


@dataclass(frozen=True)
class OverlayComment:
    """A viewer's comment put on screen by the host or a moderator."""

    author: str
    text: str
    question: bool = False


@dataclass(frozen=True)
class OverlayText:
    """Every word the overlays print, so a show can run in its audience's language."""

    scan: str = "Scan to buy"
    sold: str = "{n} sold"
    only_left: str = "Only {n} left!"
    sold_out: str = "Sold out"
    countdown: str = "Flash sale ends in"
    ended: str = "Ended"
    bought: str = "{buyer} just bought {product}"
    bought_from: str = "{buyer} from {city} just bought {product}"
    quantity: str = " ×{n}"
    more_orders: str = "{buyer} and {n} others just ordered"
    supporters: str = "Top supporters"
    points: str = "{n} pts"
    live: str = "LIVE"
    comment_by: str = "{author}"
    comment_question: str = "{author} asks"
