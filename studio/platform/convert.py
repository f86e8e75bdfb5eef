"""Wire models (the contract's pydantic types) to the show's own immutable values.

The show layer knows nothing of the wire format, so a contract change stops here.
"""

from __future__ import annotations

from studio.platform import models as m
from studio.show import state as s
from studio.show.catalog import Catalog, Product
from studio.show.money import from_minor


def product(p: m.Product) -> Product:
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
    return s.QueueState(product_ids=tuple(q.product_ids), version=q.version)


def pin(p: m.Pin) -> s.PinState:
    return s.PinState(
        product_id=p.product_id, pinned_by=p.pinned_by, pinned_at=p.pinned_at, version=p.version
    )


def timer(t: m.Timer) -> s.Timer:
    return s.Timer(
        id=t.id,
        product_id=t.product_id,
        flash_price_minor=t.flash_price_minor,
        starts_at=t.starts_at,
        ends_at=t.ends_at,
        status=t.status.value,
    )


def order(o: m.Order) -> s.Order:
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
    )


def comment(c: m.Comment) -> s.Comment:
    return s.Comment(
        id=c.id,
        author=c.author,
        role=c.role.value,
        kind=c.kind.value,
        text=c.text,
        created_at=c.created_at,
    )


def supporter(x: m.Supporter) -> s.Supporter:
    return s.Supporter(
        id=x.id,
        name=x.display_name,
        points=x.points,
        orders_count=x.orders_count,
        spent_minor=x.spent_minor,
    )


def reseller(r: m.Reseller) -> s.Reseller:
    return s.Reseller(
        code=r.code,
        name=r.name,
        share_url=r.share_url,
        orders_count=r.orders_count,
        revenue_minor=r.revenue_minor,
    )


def viewers(v: m.Viewers) -> s.Viewers:
    return s.Viewers(count=v.count, peak=v.peak)


def ingest(h: m.IngestHealth) -> s.IngestHealth:
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
