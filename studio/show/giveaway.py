"""Giveaways: the checkable draw, and a giveaway as the studio holds it.

The draw is commit-reveal (docs/GIVEAWAYS.md gives the whole procedure): when a giveaway
opens, the platform publishes `seed_sha256`, the SHA-256 of a secret random seed; at the draw
it reveals the seed. Anyone holding the seed and the entry list can then check the commitment
(`commitment(seed) == seed_sha256`) and recompute the winner with `draw_winner` (each entry
publishes its weight: the entrant's tickets), the one definition the sandbox draws with and
the tests check against.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

OPEN = "open"
DRAWN = "drawn"
CANCELLED = "cancelled"

KEYWORD = "keyword"
PURCHASE = "purchase"
BOTH = "both"


def commitment(seed: str) -> str:
    """The published commitment to `seed`: the lowercase hex SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def draw_winner(
    seed: str, entrants: Iterable[str], weights: Mapping[str, int] | None = None
) -> str | None:
    """The winner of a draw with `seed` among `entrants` (viewer accounts since contract
    1.7.0, display names before; one per viewer), each holding `weights[name]` tickets (a
    whole number >= 1; 1 when absent or `weights` is None: the member's tier perk "extra
    giveaway weight", published on every entry).

    Procedure (docs/GIVEAWAYS.md): sort the distinct entrant names by Unicode code point;
    digest = SHA-256 of the UTF-8 bytes of the seed, a line feed, and the sorted names joined
    by line feeds; ticket = (digest as a big-endian integer) modulo the total of the weights;
    the winner is the first name, in sorted order, whose running total of weights exceeds the
    ticket. With every weight 1 this is the name at index ticket. None when nobody entered.
    The order entries arrived in does not matter. Raises ValueError for a weight that is not
    a whole number >= 1 (bool included).
    """
    names = sorted(set(entrants))
    if not names:
        return None
    given = weights or {}
    tickets = [given.get(n, 1) for n in names]
    for name, w in zip(names, tickets, strict=True):
        if isinstance(w, bool) or not isinstance(w, int) or w < 1:
            raise ValueError(
                f"The giveaway weight of {name!r} is {w!r}; a weight is a whole number of "
                "tickets, 1 or more (see docs/GIVEAWAYS.md)."
            )
    digest = hashlib.sha256("\n".join([seed, *names]).encode("utf-8")).digest()
    ticket = int.from_bytes(digest, "big") % sum(tickets)
    for name, w in zip(names, tickets, strict=True):
        if ticket < w:
            return name
        ticket -= w
    raise AssertionError("unreachable: the ticket is below the total of the weights")


def matches_keyword(text: str, keyword: str) -> bool:
    """Whether a comment enters a keyword giveaway: `keyword` appears in `text` as a whole
    word, ignoring case ("I want it #WIN!" enters "#win"; "winner" does not enter "win")."""
    k = keyword.casefold()
    t = text.casefold()
    start = t.find(k)
    while start >= 0:
        end = start + len(k)
        before = t[start - 1] if start > 0 else " "
        after = t[end] if end < len(t) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        start = t.find(k, start + 1)
    return False


@dataclass(frozen=True, slots=True)
class Giveaway:
    """A giveaway as the studio shows it (times in server UTC). `entry`: keyword, purchase or
    both; `status`: open, drawn or cancelled; `seed` is None until revealed at the draw;
    `entry_count` is the number of the last entry folded in (entries are numbered 1, 2, ...)."""

    id: str
    prize: str
    entry: str
    keyword: str | None
    opens_at: datetime
    closes_at: datetime
    seed_sha256: str
    status: str = OPEN
    entry_count: int = 0
    seed: str | None = None
    winner_name: str | None = None
    drawn_at: datetime | None = None

    def remaining_s(self, server_now: datetime) -> float:
        """Seconds until the draw at `server_now`; 0 once drawn or cancelled."""
        if self.status != OPEN:
            return 0.0
        return max(0.0, (self.closes_at - server_now).total_seconds())

    @property
    def total_s(self) -> float:
        """The giveaway's whole length (sizes a progress bar), at least 1 s."""
        return max(1.0, (self.closes_at - self.opens_at).total_seconds())

    @property
    def how_to_enter(self) -> str:
        """What viewers are told: 'Comment #win', 'Buy anything' or both."""
        parts = []
        if self.entry in (KEYWORD, BOTH) and self.keyword:
            parts.append(f"Comment {self.keyword}")
        if self.entry in (PURCHASE, BOTH):
            parts.append("buy anything" if parts else "Buy anything")
        return " or ".join(parts) + " to enter"


@dataclass(frozen=True, slots=True)
class Entry:
    """One viewer's entry: `number` is its place (1, 2, ...), `via` keyword or purchase,
    `weight` the tickets it holds in the draw (the member's tier perk when it was taken)."""

    giveaway_id: str
    number: int
    entrant: str
    via: str
    entered_at: datetime
    weight: int = 1
    viewer_id: str | None = None  # the entrant's account: the draw is over accounts


def apply_entry(giveaway: Giveaway, entry: Entry) -> Giveaway:
    """The giveaway after `entry` (its count moves to the entry's number); a repeat, another
    giveaway's entry or a giveaway no longer open leaves it unchanged."""
    if (
        entry.giveaway_id != giveaway.id
        or entry.number <= giveaway.entry_count
        or giveaway.status != OPEN
    ):
        return giveaway
    return replace(giveaway, entry_count=entry.number)
