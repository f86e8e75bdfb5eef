"""Queue edits as intents, re-applied to whatever the queue is now.

Two co-hosts edit the running order at once. A client that replaced the whole list with the
one it saw would silently undo the other's change; so an edit is kept as what the user meant
("move the skillet before the mugs", "add the candle after the chai", "remove the apron") and,
when the platform says the queue moved on (412), applied again to the current queue. Applying
an intent only ever touches its own product: everyone else's order is kept as it is.

An intent whose anchor was removed by someone else falls back to its second anchor (the item
it was dropped after), then to leaving the product where it is (move) or the end (add).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Move:
    """Put `product_id` right before `before` (None: at the end); `after` is the fallback."""

    product_id: str
    before: str | None
    after: str | None = None

    def describe(self, name: str) -> str:
        """The change in words, for the pending-changes list."""
        return f"Move {name} in the queue"


@dataclass(frozen=True, slots=True)
class Add:
    """Add `product_id` before `before` (None: at the end) unless it is already queued."""

    product_id: str
    before: str | None = None
    after: str | None = None

    def describe(self, name: str) -> str:
        """The change in words, for the pending-changes list."""
        return f"Add {name} to the queue"


@dataclass(frozen=True, slots=True)
class Remove:
    """Take a product out of the running order."""

    product_id: str

    def describe(self, name: str) -> str:
        """The change in words, for the pending-changes list."""
        return f"Remove {name} from the queue"


QueueIntent = Move | Add | Remove


def _slot(queue: list[str], before: str | None, after: str | None, keep: int | None) -> int:
    """Where to insert, in `queue` (which no longer holds the moving product)."""
    if before is None:
        return len(queue)
    if before in queue:
        return queue.index(before)
    if after is not None and after in queue:
        return queue.index(after) + 1
    return len(queue) if keep is None else min(keep, len(queue))


def apply_intent(queue: Sequence[str], intent: QueueIntent) -> tuple[str, ...]:
    """The queue with `intent` applied; idempotent, and nobody else's order is changed."""
    items = list(queue)
    pid = intent.product_id
    if isinstance(intent, Remove):
        return tuple(i for i in items if i != pid)
    if isinstance(intent, Add):
        if pid in items:
            return tuple(items)
        if intent.before == pid:
            return (*items, pid)
        items.insert(_slot(items, intent.before, intent.after, None), pid)
        return tuple(items)
    # Move
    if pid not in items or intent.before == pid:
        return tuple(items)  # removed by someone else meanwhile: their removal stands
    at = items.index(pid)
    items.pop(at)
    if (
        intent.before is not None
        and intent.before not in items
        and (intent.after is None or intent.after not in items)
    ):
        return tuple(queue)  # both anchors gone: leave it where it is
    items.insert(_slot(items, intent.before, intent.after, at), pid)
    return tuple(items)


def move(queue: Sequence[str], product_id: str, before: str | None) -> Move:
    """The intent for a drag-and-drop in `queue` as the user sees it."""
    return Move(product_id, before, _anchor_after(queue, product_id, before))


def add(queue: Sequence[str], product_id: str, before: str | None = None) -> Add:
    """The running order with `product_id` inserted before `before` (at the end when None or
    absent); a product already queued is moved, not doubled."""
    return Add(product_id, before, _anchor_after(queue, product_id, before))


def _anchor_after(queue: Sequence[str], product_id: str, before: str | None) -> str | None:
    """The item the product will follow: the fallback anchor if `before` disappears."""
    rest = [i for i in queue if i != product_id]
    if before is None:
        return rest[-1] if rest else None
    if before not in rest:
        return None
    at = rest.index(before)
    return rest[at - 1] if at > 0 else None


def holds(queue: Sequence[str], intent: QueueIntent) -> bool:
    """True when `queue` already says what the intent wants (nothing to send)."""
    return tuple(queue) == apply_intent(queue, intent)
