"""`studio catalog import FILE`: read a catalog as the show would and say what was understood.

A creator checks a file before the show: the format it was read as, each product (SKU, title,
price and "was" price, currency, stock, whether it can be sold on air) and every warning.
Exit 0 when the catalog is usable for a show, 2 when not (nothing for sale, or prices with no
currency), and the usual error exit for a file that cannot be read at all.

The currency of a file that names none (Shopify exports never do) comes from --currency, else
the shop currency in the settings; it is never assumed.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

from studio import i18n

NOT_USABLE = 2


def register(sub: Any) -> None:
    p = sub.add_parser("catalog", help=i18n._("check a catalog file before the show"))
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = csub.add_parser(
        "import",
        help=i18n._("read a catalog file and print what was understood"),
        description=i18n._(
            "Read a Shopify or WooCommerce products export, or a Studio CSV/JSON "
            "catalog, as the show would, and print the format, each product and every warning. "
            "Exit 0 when usable, 2 when not. JSON: {format, products: [{sku, title, price, "
            "compare_at, flash_price, currency, stock, sellable, status, image}], warnings}."
        ),
    )
    imp.add_argument("file", type=Path, help=i18n._("the catalog file (CSV or JSON)"))
    imp.add_argument(
        "--locale",
        default=None,
        help=i18n._(
            "how the file writes numbers when it cannot tell (e.g. de_DE for 1.299,00); "
            "also the format prices are printed in"
        ),
    )
    imp.add_argument(
        "--currency",
        default=None,
        help=i18n._(
            "the shop's currency for a file that names none, e.g. EUR (default: the "
            "settings' shop currency)"
        ),
    )
    imp.add_argument("--json", action="store_true", help=i18n._("machine-readable output"))
    p.set_defaults(func=run)


def _settings_currency() -> str | None:
    from studio.config import load_config

    try:
        return load_config(repair=False).value.platform.currency
    except Exception:  # settings are optional here; a broken file is reported by doctor
        return None


def run(args: argparse.Namespace) -> int:
    from studio.show.catalog import load_catalog
    from studio.show.catalog.report import price_text, status_text, summary, to_json
    from studio.show.money import DEFAULT_LOCALE

    currency, source = args.currency, "--currency"
    if not currency:
        currency, source = _settings_currency(), "settings"
    quiet = logging.getLogger("studio.show.catalog")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # every warning is printed below, once
    try:
        catalog = load_catalog(
            args.file, currency=currency, currency_source=source, locale=args.locale
        )
    finally:
        quiet.setLevel(level)
    code = 0 if catalog.usable else NOT_USABLE
    if args.json:
        print(json.dumps(to_json(catalog), indent=2, ensure_ascii=False))
        return code
    locale = args.locale or DEFAULT_LOCALE
    print(f"{args.file}: {summary(catalog)}")
    for p in catalog.products:
        line = (
            i18n._("  {sku}  {title}  {price}  stock {stock}  [{status}]")
            if p.stock is not None
            else i18n._("  {sku}  {title}  {price}  [{status}]")
        )
        print(
            line.format(
                sku=p.sku,
                title=p.title,
                price=price_text(p, locale),
                stock=p.stock,
                status=status_text(p),
            )
        )
    if catalog.issues:
        print(i18n._("warnings:"))
        for issue in catalog.issues:
            print(f"  {issue}")
    if code:
        print(
            i18n._(
                "Not usable for a show: give the shop's currency with --currency "
                "(e.g. --currency EUR)."
            )
            if catalog.missing_currency
            else i18n._("Not usable for a show: no product can be sold on air."),
            file=sys.stderr,
        )
    return code
