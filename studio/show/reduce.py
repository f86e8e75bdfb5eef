"""Fold show events into a `ShowState`: what a subscriber keeps instead of re-reading the model.

`apply(state, event)` is pure and idempotent for replays (an order already in
`recent_orders` by `seq`, or a comment by `id`, is not added twice), because a snapshot taken
while subscribing may already hold a change whose event still arrives (see
`ShowModel.subscribe_with_state`). Folding the model's events from its snapshot gives the
model's own `state` again; a test checks that on a live sync.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import TypeVar

from studio.show import events as ev
from studio.show.auction import Auction, Bid
from studio.show.state import Comment, Order, ShowState, Timer
from studio.show.vouchers import Voucher

KEEP_ORDERS = 100  # as ShowModel's default keep_orders
KEEP_COMMENTS = 300  # as ShowModel's default keep_comments
KEEP_BIDS = 50  # as ShowModel's default keep_bids


def apply(
    state: ShowState | None,
    event: ev.ShowEvent,
    *,
    keep_orders: int = KEEP_ORDERS,
    keep_comments: int = KEEP_COMMENTS,
) -> ShowState | None:
    """The state after `event`; None while no show is attached (events then change nothing)."""
    if isinstance(event, ev.ShowAttached):
        return event.state
    if isinstance(event, ev.ShowLoaded):
        return event.state
    if state is None:
        return None
    r = dataclasses.replace
    match event:
        case ev.ShowChanged(show=show):
            return r(state, show=show)
        case ev.ClockChanged(offset_s=offset):
            return r(state, clock_offset_s=offset)
        case ev.CatalogChanged(catalog=catalog):
            return r(state, catalog=catalog)
        case ev.QueueChanged(queue=queue):
            return r(state, queue=queue)
        case ev.PinChanged(pin=pin):
            return r(state, pin=pin)
        case ev.TimerStarted(timer=timer) | ev.TimerEnded(timer=timer):
            return r(state, timers=_timers(state.timers, timer))
        case ev.OrdersReceived(orders=orders, sales=sales):
            recent = _append_new(state.recent_orders, orders, keep_orders, key=_order_key)
            return r(state, recent_orders=recent, sales=sales)
        case ev.CommentsReceived(comments=comments):
            kept = _append_new(state.comments, comments, keep_comments, key=_comment_key)
            return r(state, comments=kept)
        case ev.CommentUpdated(comment=comment):
            return _comment_updated(state, comment)
        case ev.CommentPinChanged(pin=pin):
            return r(state, comment_pin=pin)
        case ev.RestrictionsChanged(restrictions=restrictions):
            return r(state, restrictions=restrictions)
        case ev.SupportersChanged(supporters=supporters):
            return r(state, supporters=supporters)
        case ev.ResellersChanged(resellers=resellers):
            return r(state, resellers=resellers)
        case ev.ViewersChanged(viewers=viewers):
            return r(state, viewers=viewers)
        case ev.IngestChanged(ingest=ingest):
            return r(state, ingest=ingest)
        case ev.SyncStatusChanged(status=status, pending=pending):
            return r(state, sync=status, pending=pending)
        case ev.VoucherChanged(voucher=voucher):
            return r(state, vouchers=_vouchers(state.vouchers, voucher))
        case ev.PollChanged(poll=poll):
            return r(state, poll=poll)
        case ev.RundownChanged(rundown=rundown):
            return r(state, rundown=rundown)
        case ev.AuctionChanged(auction=auction):
            same = state.auction is not None and state.auction.id == auction.id
            return r(state, auction=auction, bids=state.bids if same else ())
        case ev.BidsReceived(auction=auction, bids=bids):
            return _bids_received(state, auction, bids)
        case ev.GiveawayChanged(giveaway=giveaway) | ev.EntriesReceived(giveaway=giveaway):
            return r(state, giveaway=giveaway)
        case ev.ResellerProgramChanged(program=program):
            return r(state, reseller_program=program)
        case ev.MembersChanged(
            members=members, tiers=tiers, moment=moment, giveaway_weights=weights
        ):
            return r(
                state,
                members=members,
                tiers=tiers,
                moment=moment or state.moment,
                giveaway_weights=weights,
            )
    return state  # ChangeFailed and other notices change no state


def _bids_received(state: ShowState, auction: Auction, bids: tuple[Bid, ...]) -> ShowState:
    """The auction after new bids; its kept bids gain those not held yet (by `seq`)."""
    kept = state.bids if state.auction is not None and state.auction.id == auction.id else ()
    fresh = _append_new(kept, bids, KEEP_BIDS, key=lambda b: str(b.seq))
    return dataclasses.replace(state, auction=auction, bids=fresh)


def _comment_updated(state: ShowState, comment: Comment) -> ShowState:
    """The kept copy of `comment` (and the pinned one, if it is that) replaced by the new one."""
    comments = tuple(comment if c.id == comment.id else c for c in state.comments)
    pin = state.comment_pin
    if pin.comment is not None and pin.comment.id == comment.id:
        pin = dataclasses.replace(pin, comment=comment)
    return dataclasses.replace(state, comments=comments, comment_pin=pin)


def _timers(timers: tuple[Timer, ...], timer: Timer) -> tuple[Timer, ...]:
    """Active timers after `timer` changed: replaced (or added) while active, else removed."""
    others = tuple(t for t in timers if t.id != timer.id)
    return (*others, timer) if timer.status == "active" else others


def _vouchers(vouchers: tuple[Voucher, ...], voucher: Voucher) -> tuple[Voucher, ...]:
    """`voucher` replacing the one with its id, or added at the end."""
    if any(v.id == voucher.id for v in vouchers):
        return tuple(voucher if v.id == voucher.id else v for v in vouchers)
    return (*vouchers, voucher)


def _order_key(o: Order) -> str:
    return str(o.seq)


def _comment_key(c: Comment) -> str:
    return c.id


T = TypeVar("T")


def _append_new(
    kept: tuple[T, ...], new: Iterable[T], limit: int, *, key: Callable[[T], str]
) -> tuple[T, ...]:
    """`kept` + the items of `new` whose key it does not hold yet, the newest `limit` of them."""
    seen = {key(x) for x in kept}
    fresh = []
    for x in new:
        k = key(x)
        if k not in seen:
            seen.add(k)
            fresh.append(x)
    if not fresh:
        return kept
    return (*kept, *fresh)[-limit:]
