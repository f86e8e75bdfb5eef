"""Live auctions: list, start, read, cancel; viewers bid; the bids of one auction in order."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from studio.platform.models import (
    Auction,
    AuctionCreate,
    AuctionStatus,
    Bid,
    BidCreate,
    BidPage,
    Role,
)
from studio.sandbox.routers.deps import SB, SHOW, IdemKey, OptIdemKey, Sandbox, allow, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["auctions"])

HOSTS = frozenset({Role.HOST, Role.COHOST})  # see the reserve they set; nobody else does


def _seen(sb: Sandbox, who: Principal, auctions: list[Auction]) -> list[Auction]:
    """What `who` may read of `auctions`: the reserve for the show's host and co-hosts."""
    return sb.store.auctions.with_reserve(auctions) if who.role in HOSTS else auctions


@router.get("/auctions", response_model=list[Auction], **op("auction.read", "Auctions"))
def list_auctions(
    show_id: str,
    who: Annotated[Principal, Depends(allow("auction.read"))],
    sb: SB,
    status: AuctionStatus | None = None,
) -> list[Auction]:
    return _seen(sb, who, sb.store.auctions.all(show_id, status))


@router.post(
    "/auctions",
    response_model=Auction,
    status_code=201,
    **op(
        "auction.edit",
        "Start an auction",
        description=(
            "One auction runs per show at a time, while the show is live; it holds one unit "
            "of the product until it ends. The platform's clock ends it at `ends_at`; a sold "
            "auction becomes one order (`order_id`) at the winning bid."
        ),
    ),
)
def create_auction(
    show_id: str,
    body: AuctionCreate,
    who: Annotated[Principal, Depends(allow("auction.edit"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Auction:
    return _seen(sb, who, [sb.store.auctions.create(show_id, body)])[0]


@router.get("/auctions/{auction_id}", response_model=Auction, **op("auction.read", "One auction"))
def get_auction(
    show_id: str,
    auction_id: str,
    who: Annotated[Principal, Depends(allow("auction.read"))],
    sb: SB,
) -> Auction:
    return _seen(sb, who, [sb.store.auctions.get(show_id, auction_id)])[0]


@router.delete(
    "/auctions/{auction_id}",
    response_model=Auction,
    **op("auction.edit", "Cancel an auction", description="No order; the held unit goes back."),
)
def cancel_auction(
    show_id: str,
    auction_id: str,
    who: Annotated[Principal, Depends(allow("auction.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Auction:
    return _seen(sb, who, [sb.store.auctions.cancel(show_id, auction_id)])[0]


@router.post(
    "/auctions/{auction_id}/bids",
    response_model=Bid,
    status_code=201,
    **op(
        "auction.bid",
        "Bid",
        description=(
            "Judged by the platform alone, in the order bids reach it: 409 `bid-too-low` "
            "(with `next_min_bid_minor`), `already-leading`, `auction-ended` (at or after "
            "`ends_at`) or `show-not-live`. The bidder is the token's account (`viewer_id`), shown"
            " by its display name."
        ),
    ),
)
def place_bid(
    show_id: str,
    auction_id: str,
    body: BidCreate,
    who: Annotated[Principal, Depends(allow("auction.bid"))],
    sb: SB,
    idempotency_key: IdemKey,
) -> Bid:
    account = who.account or who.scope  # bids are viewers' only
    return sb.store.auctions.bid(show_id, auction_id, body.amount_minor, who.name, account)


@router.get(
    "/auctions/{auction_id}/bids",
    response_model=BidPage,
    **op("auction.read", "An auction's bids", description="In `seq` order, after `after_seq`."),
)
def list_bids(
    show_id: str,
    auction_id: str,
    who: Annotated[Principal, Depends(allow("auction.read"))],
    sb: SB,
    after_seq: Annotated[int, Query(ge=0, le=2**53)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> BidPage:
    items, more = sb.store.auctions.bids(show_id, auction_id, after_seq, limit)
    last = items[-1].seq if items else after_seq
    return BidPage(items=items, last_seq=last, has_more=more)
