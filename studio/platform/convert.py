"""Wire models (the contract's pydantic types) to the show's own immutable values.

The show layer knows nothing of the wire format, so a contract change stops here.

Every function is pure (any thread) and takes a model the client already validated, so none
raises for valid input: the wire enums and the show's enums share their values. Money goes
from integer minor units to exact `Decimal` (ISO 4217 minor units, `studio.show.money`);
times stay timezone-aware UTC `datetime`s.
"""

from __future__ import annotations

import json

from studio.platform import models as m
from studio.show import auction as au
from studio.show import giveaway as gv
from studio.show import polls
from studio.show import rundown as rd
from studio.show import state as s
from studio.show import vouchers as vs
from studio.show.catalog import Catalog, Product
from studio.show.money import from_minor


def product(p: m.Product) -> Product:
    """A wire product as a catalog `Product`: prices as `Decimal` in its currency, empty
    image and product URLs as None."""
    return Product(
        sku=p.sku,
        title=p.title,
        price=from_minor(p.price_minor, p.currency),
        currency=p.currency,
        image=p.image_url or None,
        flash_price=(
            from_minor(p.flash_price_minor, p.currency) if p.flash_price_minor is not None else None
        ),
        stock=p.stock,
        url=p.product_url or None,
        product_id=p.id,
        description=p.description,
    )


def catalog(products: list[m.Product], source: str = "platform") -> Catalog:
    """The platform's catalog as a studio `Catalog` (the "import from the platform" path)."""
    return Catalog(products=tuple(product(p) for p in products), source=source)


def show(x: m.Show) -> s.ShowInfo:
    """A wire show as `ShowInfo`, its theme flattened (no theme: no colours, loyalty × 1)."""
    theme = x.theme
    return s.ShowInfo(
        id=x.id,
        title=x.title,
        host_name=x.host_name,
        status=s.ShowStatus(x.status.value),
        currency=x.currency,
        theme_name=theme.name if theme else None,
        accent_color=theme.accent_color if theme else None,
        background_color=theme.background_color if theme else None,
        loyalty_multiplier=theme.loyalty_multiplier if theme else 1,
        scheduled_start=x.scheduled_start,
        started_at=x.started_at,
        ended_at=x.ended_at,
        ingest_url=x.ingest_url,
    )


def queue(q: m.Queue) -> s.QueueState:
    """The running order (product ids, first to last) and its version for If-Match."""
    return s.QueueState(product_ids=tuple(q.product_ids), version=q.version)


def pin(p: m.Pin) -> s.PinState:
    """The pinned product (None when nothing is), who pinned it, when, and the version."""
    return s.PinState(
        product_id=p.product_id, pinned_by=p.pinned_by, pinned_at=p.pinned_at, version=p.version
    )


def timer(t: m.Timer) -> s.Timer:
    """A flash-sale timer with its absolute server-time `starts_at`/`ends_at`; price in
    minor units."""
    return s.Timer(
        id=t.id,
        product_id=t.product_id,
        flash_price_minor=t.flash_price_minor,
        starts_at=t.starts_at,
        ends_at=t.ends_at,
        status=t.status.value,
    )


def order(o: m.Order) -> s.Order:
    """An order with its monotonic `seq`; amounts stay integer minor units."""
    return s.Order(
        seq=o.seq,
        id=o.id,
        product_id=o.product_id,
        quantity=o.quantity,
        unit_price_minor=o.unit_price_minor,
        amount_minor=o.amount_minor,
        currency=o.currency,
        flash=o.flash,
        buyer_name=o.buyer_name,
        created_at=o.created_at,
        stock_remaining=o.stock_remaining,
        points_earned=o.points_earned,
        referral_code=o.referral_code,
        viewer_id=o.viewer_id,
    )


def comment(c: m.Comment) -> s.Comment:
    """A chat comment with its author's role and kind as plain strings."""
    return s.Comment(
        id=c.id,
        author=c.author,
        role=c.role.value,
        kind=c.kind.value,
        text=c.text,
        created_at=c.created_at,
        hidden=c.hidden,
        reply_to=c.reply_to,
        viewer_id=c.viewer_id,
    )


def comment_pin(p: m.CommentPin) -> s.CommentPin:
    """The comment on screen (None when none), who put it there, when, and the version."""
    return s.CommentPin(
        comment=comment(p.comment) if p.comment is not None else None,
        pinned_by=p.pinned_by,
        pinned_at=p.pinned_at,
        version=p.version,
    )


def restriction(r: m.Restriction) -> s.Restriction:
    """A mute (with its absolute `until`) or a block; `kind` as a plain string."""
    return s.Restriction(
        id=r.id,
        viewer=r.viewer,
        kind=r.kind.value,
        until=r.until,
        comment_id=r.comment_id,
        created_by=r.created_by,
        viewer_id=r.viewer_id,
    )


def supporter(x: m.Supporter) -> s.Supporter:
    """A loyal buyer: points, order count and spend (minor units)."""
    return s.Supporter(
        id=x.id,
        name=x.display_name,
        points=x.points,
        orders_count=x.orders_count,
        spent_minor=x.spent_minor,
        viewer_id=x.viewer_id,
    )


def reseller(r: m.Reseller) -> s.Reseller:
    """A referral code: share URL, attributed orders and revenue (minor units)."""
    return s.Reseller(
        code=r.code,
        name=r.name,
        share_url=r.share_url,
        orders_count=r.orders_count,
        revenue_minor=r.revenue_minor,
        visits=r.visits,
    )


def viewers(v: m.Viewers) -> s.Viewers:
    """The audience now and at its peak (people)."""
    return s.Viewers(count=v.count, peak=v.peak)


def ingest(h: m.IngestHealth) -> s.IngestHealth:
    """What the platform's ingest receives: state, arriving tracks, kbps, fps, size in px."""
    return s.IngestHealth(
        state=s.IngestState(h.state.value),
        video_arriving=h.video_arriving,
        audio_arriving=h.audio_arriving,
        bitrate_kbps=h.bitrate_kbps,
        fps=h.fps,
        width=h.width,
        height=h.height,
        reported_at=h.reported_at,
    )


def voucher(v: m.Voucher) -> vs.Voucher:
    """A wire voucher: absolute claim counts, `expires_at` in server time."""
    return vs.Voucher(
        id=v.id,
        code=v.code,
        currency=v.currency,
        claim_limit=v.claim_limit,
        expires_at=v.expires_at,
        percent_off=v.percent_off,
        amount_off_minor=v.amount_off_minor,
        claims=v.claims,
        redeemed=v.redeemed,
        status=v.status.value,
        on_screen=v.on_screen,
    )


def poll(x: m.Poll) -> polls.Poll:
    """A wire poll: option texts and their absolute vote counts, in option order."""
    options = sorted(x.options, key=lambda o: o.index)
    return polls.Poll(
        id=x.id,
        question=x.question,
        options=tuple(o.text for o in options),
        votes=tuple(o.votes for o in options),
        status=x.status.value,
        opened_at=x.opened_at,
        closes_at=x.closes_at,
        closed_at=x.closed_at,
    )


_STEP_OWN = {"id", "kind", "note", "done_at"}


def rundown_step(
    step: m.PinStep | m.FlashSaleStep | m.PollStep | m.VoucherStep | m.AuctionStep | m.GiveawayStep,
) -> rd.RundownStep:
    """A wire step: its own fields kept as JSON text (`RundownStep.body`)."""
    body = step.model_dump(mode="json", exclude=_STEP_OWN, exclude_none=True)
    return rd.RundownStep(
        id=step.id,
        kind=step.kind.value,
        body=json.dumps(body, sort_keys=True),
        note=step.note,
        done_at=step.done_at,
    )


def rundown(r: m.Rundown) -> rd.Rundown:
    """The wire rundown: steps in order and the version to edit against."""
    return rd.Rundown(
        steps=tuple(rundown_step(x) for x in r.steps), version=r.version, updated_by=r.updated_by
    )


def rundown_wire(step: rd.RundownStep) -> dict[str, object]:
    """A studio step back as the contract's step JSON (id, kind, note and its fields)."""
    return {"id": step.id, "kind": step.kind, "note": step.note, **step.fields}


def auction(a: m.Auction) -> au.Auction:
    """An auction with its absolute server-time end (moved by late bids); money in minor
    units; the reserve amount only when the platform told this caller (host, co-host)."""
    return au.Auction(
        id=a.id,
        product_id=a.product_id,
        currency=a.currency,
        mode=a.mode.value,
        starting_bid_minor=a.starting_bid_minor,
        increment_minor=a.increment_minor,
        increment_percent=a.increment_percent,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        scheduled_ends_at=a.scheduled_ends_at,
        status=a.status.value,
        extend_window_s=a.extend_window_s,
        max_extension_s=a.max_extension_s,
        has_reserve=a.has_reserve,
        reserve_met=a.reserve_met,
        reserve_minor=a.reserve_minor,
        bid_count=a.bid_count,
        current_bid_minor=a.current_bid_minor,
        leading_bidder=a.leading_bidder,
        winner_name=a.winner_name,
        order_id=a.order_id,
        ended_at=a.ended_at,
    )


def bid(b: m.Bid) -> au.Bid:
    """An accepted bid: its number in the auction, bidder, amount and the end after it."""
    return au.Bid(
        auction_id=b.auction_id,
        seq=b.seq,
        bidder_name=b.bidder_name,
        amount_minor=b.amount_minor,
        placed_at=b.placed_at,
        ends_at=b.ends_at,
        extended=b.extended,
        reserve_met=b.reserve_met,
    )


def giveaway(g: m.Giveaway) -> gv.Giveaway:
    """A giveaway with its commitment (and, once drawn, the seed and the winner)."""
    return gv.Giveaway(
        id=g.id,
        prize=g.prize,
        entry=g.entry.value,
        keyword=g.keyword,
        opens_at=g.opens_at,
        closes_at=g.closes_at,
        seed_sha256=g.seed_sha256,
        status=g.status.value,
        entry_count=g.entry_count,
        seed=g.seed,
        winner_name=g.winner_name,
        drawn_at=g.drawn_at,
    )


def entry(e: m.GiveawayEntry) -> gv.Entry:
    """One viewer's giveaway entry, numbered in arrival order."""
    return gv.Entry(
        giveaway_id=e.giveaway_id,
        number=e.number,
        entrant=e.entrant,
        via=e.via.value,
        entered_at=e.entered_at,
        weight=e.weight,
        viewer_id=e.viewer_id,
    )
