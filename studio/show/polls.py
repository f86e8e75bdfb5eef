"""A poll as the studio shows it, and its percentages.

Pure and I/O-free. Counts come from the platform as absolute numbers (never deltas), so a
restarted studio shows the same figures as one that never stopped.

Percentages are whole numbers that add up to exactly 100 (the largest-remainder method, also
called Hamilton's: floor every share, then give the points left to the largest remainders,
ties to the earlier option), so an on-air bar chart never reads 33 + 33 + 33 = 99.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


def percentages(votes: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    """Whole percentages of `votes` summing to 100 (all zeros when nobody voted).

    Raises ValueError for a negative count.
    """
    if any(v < 0 for v in votes):
        raise ValueError(f"vote counts cannot be negative: {list(votes)}")
    total = sum(votes)
    if total == 0:
        return tuple(0 for _ in votes)
    floors = [v * 100 // total for v in votes]
    left = 100 - sum(floors)
    by_remainder = sorted(range(len(votes)), key=lambda i: (-(votes[i] * 100 % total), i))
    for i in by_remainder[:left]:
        floors[i] += 1
    return tuple(floors)


@dataclass(frozen=True, slots=True)
class Poll:
    """A poll: `question`, its `options` texts and `votes` per option (same order), `status`
    open or closed (the result state), `closes_at` (server UTC) when it has a duration."""

    id: str
    question: str
    options: tuple[str, ...]
    votes: tuple[int, ...]
    status: str = "open"
    opened_at: datetime | None = None
    closes_at: datetime | None = None
    closed_at: datetime | None = None

    @property
    def total(self) -> int:
        """Votes cast."""
        return sum(self.votes)

    @property
    def open(self) -> bool:
        return self.status == "open"

    @property
    def percentages(self) -> tuple[int, ...]:
        """Whole percentages per option, summing to 100 (see `percentages`)."""
        return percentages(self.votes)

    @property
    def leaders(self) -> tuple[int, ...]:
        """The indexes of the options with the most votes (none before the first vote)."""
        if self.total == 0:
            return ()
        top = max(self.votes)
        return tuple(i for i, v in enumerate(self.votes) if v == top)

    def remaining_s(self, server_now: datetime) -> float | None:
        """Seconds until it closes by itself (None: it has no end, or it is closed)."""
        if not self.open or self.closes_at is None:
            return None
        return max(0.0, (self.closes_at - server_now).total_seconds())
