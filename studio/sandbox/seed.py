"""The demo world: a themed show, its catalog, co-host, viewers and resellers.

Seeded once per database. The tokens and the first stream key are remembered in the sandbox's
own `meta` table so a restarted `studio sandbox --db FILE` hands out the same credentials (a
real platform keeps only hashes; the sandbox is a developer's local tool).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path

from studio.paths import demo_dir
from studio.platform.models import Product, ResellerCreate, Role, ShowStatus, Theme
from studio.redact import register_secret
from studio.sandbox.stores import Store, new_token

HOST_NAME = "Mara Lindqvist"
CURRENCY = "EUR"

THEME = Theme(
    id="thm_harvest",
    name="Harvest Kitchen",
    tagline="Cosy autumn cooking, live from the farmhouse kitchen",
    accent_color="#D9822B",
    background_color="#2B1D14",
    loyalty_multiplier=2,
)

# slug, title, price (minor units), stock, description
CATALOG: tuple[tuple[str, str, int, int, str], ...] = (
    ("skillet", "Cast-iron skillet 26 cm", 4900, 40, "Pre-seasoned, for every hob and the oven."),
    (
        "dutch-oven",
        "Enamel dutch oven 4 L",
        11900,
        15,
        "Pumpkin-orange enamel, oven-safe to 250 °C.",
    ),
    ("mug-set", "Stoneware mug set (4)", 3600, 60, "Hand-glazed, 350 ml each."),
    ("pour-over", "Ceramic pour-over set", 4200, 25, "Dripper, carafe and 100 filters."),
    ("cutting-board", "Maple cutting board", 5500, 30, "End-grain maple, 40 × 28 cm."),
    ("apron", "Linen apron", 3200, 45, "Stone-washed linen with two deep pockets."),
    ("chai", "Spiced chai blend 250 g", 1400, 120, "Cardamom, cinnamon, ginger and Assam."),
    ("candle", "Pumpkin spice candle", 1900, 80, "Soy wax, 45 hours of burn time."),
    ("knife", "Chef's knife 20 cm", 8900, 20, "Forged stainless steel, walnut handle."),
    ("oven-mitts", "Wool oven mitts (pair)", 2400, 50, "Felted wool, heat-safe to 250 °C."),
    ("honey", "Wildflower honey 500 g", 1600, 90, "Raw honey with a beech dipper."),
    ("measuring-cups", "Copper measuring cups", 2900, 35, "Set of four, hammered copper."),
)

RESELLERS = (("Kitchen with Kemi", "KEMI"), ("The Slow Cook Club", "SLOWCOOK"))


def demo_assets_dir() -> Path:
    """`assets/demo` (the product images the catalog points at), in a checkout or a build."""
    return demo_dir()


@dataclass(frozen=True)
class SeedInfo:
    show_id: str
    host_token: str
    cohost_token: str
    viewer_token: str
    stream_key: str


def seed(store: Store, ingest_url: str, live: bool = False) -> SeedInfo:
    """Seed an empty database, or return what an earlier seeding created."""
    if store.meta.get("show_id") is None:
        _seed(store, ingest_url, live)
    info = SeedInfo(
        show_id=store.meta.get("show_id") or "",
        host_token=store.meta.get("host_token") or "",
        cohost_token=store.meta.get("cohost_token") or "",
        viewer_token=store.meta.get("viewer_token") or "",
        stream_key=store.meta.get("stream_key") or "",
    )
    for secret in (info.host_token, info.cohost_token, info.viewer_token, info.stream_key):
        register_secret(secret)
    return info


def _seed(store: Store, ingest_url: str, live: bool) -> None:
    now = store.now()
    store.shows.add_theme(THEME)
    past = store.shows.create(
        title="Harvest Kitchen: Preserves & Pickles",
        host_name=HOST_NAME,
        scheduled_start=now - timedelta(days=7),
        ingest_url=ingest_url,
        currency=CURRENCY,
        theme_id=THEME.id,
        status=ShowStatus.ENDED,
    )
    show_id = store.shows.create(
        title="Harvest Kitchen: Autumn Pantry Live",
        host_name=HOST_NAME,
        scheduled_start=now.replace(second=0, microsecond=0) + timedelta(minutes=5),
        ingest_url=ingest_url,
        currency=CURRENCY,
        theme_id=THEME.id,
    )
    store.shows.create(
        title="Winter Baking Night",
        host_name=HOST_NAME,
        scheduled_start=(now + timedelta(days=7)).astimezone(UTC),
        ingest_url=ingest_url,
        currency=CURRENCY,
    )
    for sid in (show_id, past):
        for i, (slug, title, price, stock, desc) in enumerate(CATALOG, start=1):
            store.products.add(
                sid,
                Product(
                    id=f"prd_{slug}" if sid == show_id else f"prd_{slug}_{sid[-6:]}",
                    sku=f"HK-{i:03d}",
                    title=title,
                    description=desc,
                    price_minor=price,
                    currency=CURRENCY,
                    stock=stock,
                    image_url=f"{slug}.jpg",
                    product_url=f"https://shop.example/p/{slug}",
                ),
            )
    queue = ["prd_skillet", "prd_mug-set", "prd_chai", "prd_dutch-oven", "prd_candle"]
    store.queue.put(show_id, queue, 0)
    share = f"https://shop.example/live/{show_id}"
    for name, code in RESELLERS:
        store.resellers.create(show_id, ResellerCreate(name=name, code=code), share)

    host_token = new_token("st_host")
    viewer_token = new_token("st_viewer")
    store.tokens.add(host_token, HOST_NAME, Role.HOST, None)
    cohost = store.cohosts.create(show_id, "Jun Park")
    store.tokens.add(viewer_token, "Demo viewer", Role.VIEWER, show_id)
    key = store.shows.rotate_stream_key(show_id).stream_key
    store.viewers.set(show_id, 42)
    if live:
        store.shows.start(show_id)
    for k, v in (
        ("host_token", host_token),
        ("cohost_token", cohost.token),
        ("viewer_token", viewer_token),
        ("stream_key", key),
        ("show_id", show_id),
    ):
        store.meta.set(k, v)
