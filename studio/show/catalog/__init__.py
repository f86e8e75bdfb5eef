"""The show's product catalog, read from the files sellers really have.

A catalog comes from a seller's spreadsheet or a shop's export, so it is full of small
mistakes. One bad row must never stop a show: every row is checked on its own, problems become
`CatalogIssue`s (logged as warnings, shown by `studio catalog import` and the window) and the
product keeps whatever fields were usable. Only a missing, unreadable or unrecognised file is
an error (`CatalogError`).

Formats, each recognised by its header and named in the result (`Catalog.format`):

- Shopify "Export products" CSV, every edition 2016 to current (`shopify.py`);
- WooCommerce's product CSV export (`woocommerce.py`);
- our own CSV or JSON (sku, title, price, currency, …) and the platform's catalog JSON
  (`own.py`).

Reading: UTF-8 (BOM or not) or UTF-16 with a BOM; the CSV dialect is decided from the header
(`table.py`); prices are read with the file's number convention, decided once per file
(`prices.py`) through Babel. A file that names no currency takes the one the caller gives
(`--currency`, the settings or the platform's show); with none, prices keep no currency and the
catalog is not usable for a show (never assumed to be USD).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from studio import i18n
from studio.show.catalog import own, shopify, woocommerce
from studio.show.catalog.model import (
    ACTIVE,
    ARCHIVED,
    DRAFT,
    Catalog,
    CatalogError,
    CatalogIssue,
    Product,
    UnknownProduct,
)
from studio.show.catalog.own import COLUMNS
from studio.show.catalog.table import normalise, read_table, read_text
from studio.show.money import is_currency

__all__ = [
    "ACTIVE",
    "ARCHIVED",
    "COLUMNS",
    "DRAFT",
    "FORMAT_LABELS",
    "Catalog",
    "CatalogError",
    "CatalogIssue",
    "Product",
    "UnknownProduct",
    "load_catalog",
    "parse_rows",
    "pick_product",
]

log = logging.getLogger(__name__)

FORMAT_LABELS = {
    "shopify-current": i18n.N_("Shopify products export (current column names)"),
    "shopify-legacy": i18n.N_("Shopify products export (2016–2024 column names)"),
    "woocommerce": i18n.N_("WooCommerce products export"),
    "studio-csv": i18n.N_("Studio catalog (CSV)"),
    "studio-json": i18n.N_("Studio catalog (JSON)"),
    "platform": i18n.N_("the platform's catalog (JSON)"),
}
_KNOWN_COLUMNS = (*shopify.KNOWN, *woocommerce.KNOWN, *own.COLUMNS, *own.OPTIONAL)


def check_currency(code: str | None, where: str = "--currency") -> str:
    """'eur' → 'EUR'; raises CatalogError for a code that is not a currency."""
    if not code:
        return ""
    cur = code.strip().upper()
    if not is_currency(cur):
        raise CatalogError(
            i18n._("{code!r} given with {where} is not a currency code.").format(
                code=code, where=where
            ),
            i18n._("Use an ISO 4217 code such as EUR, USD, JPY or AED."),
        )
    return cur


def load_catalog(
    path: str | Path,
    *,
    currency: str | None = None,
    currency_source: str = "--currency",
    locale: str | None = None,
    shop_url: str | None = None,
) -> Catalog:
    """Read a catalog file; row problems are returned as issues and logged, not raised.

    currency: the shop's currency for a file that names none (or names it only in some cells);
    currency_source says where it came from for the report ("--currency", "settings",
    "platform"). locale: how the seller writes numbers when the file cannot tell (e.g. de_DE).
    shop_url: makes product links for a Shopify export.
    Raises CatalogError when the file is missing, unreadable or in no known format.
    """
    p = Path(path)
    cur = check_currency(currency, currency_source)
    text = read_text(p)
    issues: list[CatalogIssue] = []
    if p.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        items = _json_rows(text, p)
        fmt = "platform" if own.is_platform(items) else "studio-json"
        rows = own.platform_rows(items) if fmt == "platform" else items
        products, found, used_locale, note = own.read_rows(
            rows, base_dir=p.parent, currency=cur, locale=locale, first_row=1
        )
    else:
        table = read_table(text, _KNOWN_COLUMNS, str(p))
        kind = shopify.detect(table.header)
        if kind is not None:
            fmt = f"shopify-{kind}"
            products, found, used_locale, note = shopify.read(
                table, base_dir=p.parent, currency=cur, locale=locale, shop_url=shop_url
            )
        elif woocommerce.detect(table.header):
            fmt = "woocommerce"
            products, found, used_locale, note = woocommerce.read(
                table, base_dir=p.parent, currency=cur, locale=locale
            )
        elif "sku" in {normalise(h) for h in table.header}:
            fmt = "studio-csv"
            csv_rows: list[Mapping[str, object]] = [
                r for _n, r in table.rows if any(v.strip() for v in r.values())
            ]
            numbers = [n for n, r in table.rows if any(v.strip() for v in r.values())]
            products, found, used_locale, note = own.read_rows(
                csv_rows, base_dir=p.parent, currency=cur, locale=locale, row_numbers=numbers
            )
        else:
            raise CatalogError(
                i18n._(
                    "The catalog {path} has no 'sku' column and is not a Shopify or "
                    "WooCommerce products export."
                ).format(path=p),
                i18n._(
                    "The first line must name the columns: {columns} (or use a Shopify or "
                    "WooCommerce products export as it is)."
                ).format(columns=",".join(COLUMNS)),
            )
        for n in table.extra:
            issues.append(
                CatalogIssue(
                    n,
                    "",
                    "row",
                    i18n._("more cells than the header has columns; extra cells ignored"),
                )
            )
    issues.extend(found)
    if note:
        issues.append(CatalogIssue(0, "", "prices", note))
    return _finish(products, issues, p, fmt, cur, currency_source, used_locale)


def parse_rows(
    rows: Sequence[Mapping[str, object]],
    *,
    base_dir: Path | None = None,
    source: str = "",
    first_row: int = 1,
    currency: str | None = None,
    locale: str | None = None,
) -> Catalog:
    """Our own rows (dicts as from JSON) validated one by one; keeps what is usable."""
    cur = check_currency(currency)
    products, issues, used_locale, note = own.read_rows(
        rows, base_dir=base_dir, currency=cur, locale=locale, first_row=first_row
    )
    if note:
        issues.append(CatalogIssue(0, "", "prices", note))
    return _finish(products, issues, source, "", cur, "--currency", used_locale)


def _finish(
    products: Sequence[Product],
    issues: list[CatalogIssue],
    source: str | Path,
    fmt: str,
    currency: str,
    currency_source: str,
    locale: str,
) -> Catalog:
    currencies = {p.currency for p in products if p.currency}
    if not currency and len(currencies) == 1:
        currency, currency_source = next(iter(currencies)), "file"
    if any(p.price is not None and not p.currency for p in products):
        issues.append(
            CatalogIssue(
                0,
                "",
                "currency",
                i18n._(
                    "the file names no currency for its prices; give the shop's currency "
                    "(--currency EUR, or the currency in Settings) so prices are shown in it"
                ),
            )
        )
    issues.sort(key=lambda it: it.row)
    label = str(source) or "catalog"
    for it in issues:
        log.warning("%s: %s", label, it)
    return Catalog(
        products=tuple(products),
        issues=tuple(issues),
        source=str(source),
        format=fmt,
        format_label=i18n._(FORMAT_LABELS[fmt]) if fmt in FORMAT_LABELS else "",
        currency=currency,
        currency_source=currency_source if currency else "",
        locale=locale,
    )


def _json_rows(text: str, path: Path) -> list[Mapping[str, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            i18n._("The catalog {path} is not valid JSON (line {line}: {error}).").format(
                path=path, line=exc.lineno, error=exc.msg
            ),
            i18n._("Fix the file, or export it as CSV."),
        ) from None
    except RecursionError:
        raise CatalogError(
            i18n._("The catalog {path} is nested too deeply to be a catalog.").format(path=path),
            i18n._("Export it as a list of products, or as CSV."),
        ) from None
    if isinstance(data, dict):
        data = data.get("products")
    if not isinstance(data, list):
        raise CatalogError(
            i18n._(
                "The catalog {path} must be a JSON list of products or {{'products': [...]}}."
            ).format(path=path),
        )
    return [item if isinstance(item, dict) else {} for item in data]


def pick_product(
    path: str | Path, sku: str | None, *, currency: str | None = None, locale: str | None = None
) -> Product:
    """The product a command line asked for (the first sellable one without --pin), telling
    the user about every issue on stderr; raises a UsageError when nothing usable is left."""
    catalog = load_catalog(path, currency=currency, locale=locale)
    for issue in catalog.issues:
        print(i18n._("warning: {path}: {issue}").format(path=path, issue=issue), file=sys.stderr)
    if not catalog.products:
        raise CatalogError(i18n._("The catalog {path} has no usable products.").format(path=path))
    if sku:
        return catalog.get(sku)
    return next((p for p in catalog.products if p.sellable), catalog.products[0])
