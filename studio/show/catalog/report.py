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

from studio import i18n
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
    label = catalog.format_label or catalog.format or i18n._("catalog")
    if catalog.currency and catalog.currency_source:
        cur = i18n._("prices in {currency} ({source})").format(
            currency=catalog.currency, source=catalog.currency_source
        )
    elif catalog.currency:
        cur = i18n._("prices in {currency}").format(currency=catalog.currency)
    elif any(p.price is not None for p in catalog.products):
        cur = i18n._("no currency given")
    else:
        cur = i18n._("no prices")
    warnings = len(catalog.issues)
    # Each count is a whole list item with its own plural form (ngettext takes one number).
    return i18n._(
        "Read as {label}: {products}, {sellable} for sale, {currency}, {warnings}."
    ).format(
        label=label,
        products=i18n.ngettext("{n} product", "{n} products", n).format(n=n),
        sellable=sellable,
        currency=cur,
        warnings=i18n.ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings),
    )


def status_text(p: Product) -> str:
    """'for sale', 'sold out', 'draft', 'not published', 'no price'."""
    if p.status == "draft":
        return i18n.pgettext("a product's status", "draft")
    if p.status == "archived":
        return i18n.pgettext("a product's status", "archived")
    if p.status != "active":
        return p.status
    if not p.published:
        return i18n.pgettext("a product's status", "not published")
    if p.price is None:
        return i18n.pgettext("a product's status", "no price")
    if p.sold_out:
        return i18n.pgettext("a product's status", "sold out")
    return i18n.pgettext("a product's status", "for sale")


def price_text(p: Product, locale: str) -> str:
    """The price as a person reads it in `locale` (CLDR), with the flash price and the "was" price
    when there are."""
    if p.price is None:
        return "—"
    now = format_money(p.price, p.currency, locale)
    if p.compare_at is not None:
        return i18n._("{price} (was {was})").format(
            price=now, was=format_money(p.compare_at, p.currency, locale)
        )
    return now
