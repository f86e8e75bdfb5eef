"""What an import understood, for a person checking a file before the show.

The same report for `studio catalog import` (text or `--json`) and the window's catalog tab:
the format the file was read as, the currency and where it came from, each product, and every
warning. JSON shape (stable, documented in `studio catalog import --help`):

    {"format": str, "products": [{"sku", "title", "price", "compare_at", "flash_price",
     "currency", "stock", "sellable", "status", "image"}], "warnings": [str]}

Prices are decimal strings in major units ("24.90", "1.234", "8000"), or null.
"""

from __future__ import annotations

from decimal import Decimal

from studio.show.catalog.model import Catalog, Product
from studio.show.money import format_money


def _amount(d: Decimal | None) -> str | None:
    return None if d is None else format(d, "f")


def product_dict(p: Product) -> dict[str, object]:
    """One product as `studio catalog import --json` prints it: prices as decimal strings in major
    units."""
    return {
        "sku": p.sku,
        "title": p.title,
        "price": _amount(p.price),
        "compare_at": _amount(p.compare_at),
        "flash_price": _amount(p.flash_price),
        "currency": p.currency or None,
        "stock": p.stock,
        "sellable": p.sellable,
        "status": p.status,
        "image": p.image,
    }


def to_json(catalog: Catalog) -> dict[str, object]:
    """The import report as JSON-ready data (see the module docstring)."""
    return {
        "format": catalog.format,
        "products": [product_dict(p) for p in catalog.products],
        "warnings": [str(i) for i in catalog.issues],
    }


def summary(catalog: Catalog) -> str:
    """One line: format, counts, currency. 'Read as Shopify products export …: 15 products…'"""
    n = len(catalog.products)
    sellable = sum(1 for p in catalog.products if p.sellable)
    label = catalog.format_label or catalog.format or "catalog"
    if catalog.currency:
        where = f" ({catalog.currency_source})" if catalog.currency_source else ""
        cur = f"prices in {catalog.currency}{where}"
    elif any(p.price is not None for p in catalog.products):
        cur = "no currency given"
    else:
        cur = "no prices"
    return (
        f"Read as {label}: {n} product{'s' if n != 1 else ''}, {sellable} for sale, "
        f"{cur}, {len(catalog.issues)} warning{'s' if len(catalog.issues) != 1 else ''}."
    )


def status_text(p: Product) -> str:
    """'for sale', 'sold out', 'draft', 'not published', 'no price'."""
    if p.status != "active":
        return p.status
    if not p.published:
        return "not published"
    if p.price is None:
        return "no price"
    if p.sold_out:
        return "sold out"
    return "for sale"


def price_text(p: Product, locale: str) -> str:
    """The price as a person reads it in `locale` (CLDR), with the flash price and the "was" price
    when there are."""
    if p.price is None:
        return "—"
    now = format_money(p.price, p.currency, locale)
    if p.compare_at is not None:
        return f"{now} (was {format_money(p.compare_at, p.currency, locale)})"
    return now
