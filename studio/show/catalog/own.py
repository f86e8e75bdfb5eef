"""Our own catalog: CSV or JSON rows with sku, title, price, currency, … (and the platform's).

Columns: sku, title, price, currency, image, flash_price, stock, url, and optionally
compare_at, sold, description, status. One row is one product; a row without a SKU is skipped
and a repeated SKU keeps its first row (each reported). The platform's catalog (its JSON
products with `price_minor`) is converted to these rows first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import studio.show.catalog.common as c
from studio import i18n
from studio.show.catalog.model import ACTIVE, ARCHIVED, DRAFT, CatalogIssue, Product
from studio.show.catalog.prices import decide
from studio.show.money import MoneyError, from_minor, is_currency

COLUMNS = ("sku", "title", "price", "currency", "image", "flash_price", "stock", "url")
OPTIONAL = ("compare_at", "sold", "description", "status")
PRICE_COLUMNS = ("price", "flash_price", "compare_at")


def platform_rows(items: Sequence[Mapping[str, object]]) -> list[dict[str, object]]:
    """The platform's products (the contract's `Product`: price_minor + currency) as our rows."""
    out: list[dict[str, object]] = []
    for item in items:
        row = dict(item)
        cur = str(row.get("currency") or "").upper()
        for minor, major in (("price_minor", "price"), ("flash_price_minor", "flash_price")):
            v = row.pop(minor, None)
            if isinstance(v, int) and not isinstance(v, bool) and is_currency(cur):
                try:
                    row[major] = from_minor(v, cur)
                except (MoneyError, ArithmeticError):
                    row[major] = v
            elif v is not None:
                row[major] = v  # reported as not a number by the row reader
        row.setdefault("image", row.pop("image_url", None))
        row.setdefault("url", row.pop("product_url", None))
        out.append(row)
    return out


def is_platform(items: Sequence[Mapping[str, object]]) -> bool:
    """True when the JSON items are the platform's catalog (prices in minor units)."""
    return any(isinstance(i, Mapping) and "price_minor" in i for i in items)


def read_rows(
    rows: Sequence[Mapping[str, object]],
    *,
    base_dir: Path | None,
    currency: str,
    locale: str | None,
    first_row: int = 1,
    row_numbers: Sequence[int] | None = None,
) -> tuple[list[Product], list[CatalogIssue], str, str]:
    """Products, issues, the locale prices were read with, and a note about it (or "")."""
    norm = [
        {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
        if isinstance(raw, Mapping)
        else {}
        for raw in rows
    ]
    cells = (v for r in norm for k in PRICE_COLUMNS if isinstance(v := r.get(k), str))
    conv = decide(cells, locale)
    if not currency:  # a bad or empty cell takes the currency all the other rows name
        named = {c.currency_code(c.text(r.get("currency")), conv.locale) for r in norm}
        named.discard(None)
        if len(named) == 1:
            currency = named.pop() or ""
    money = c.Money(conv.locale, currency)
    products: list[Product] = []
    issues: list[CatalogIssue] = []
    seen: set[str] = set()
    for i, row in enumerate(norm):
        row_no = row_numbers[i] if row_numbers is not None else first_row + i
        sku = c.text(row.get("sku"))
        issue = c.issue_collector(issues, row_no, sku)
        if not sku:
            issue("sku", i18n._("missing SKU; row skipped"))
            continue
        if sku in seen:
            issue("sku", i18n._("duplicate SKU; the first row with it is used"))
            continue
        seen.add(sku)
        title = c.title_of(c.text(row.get("title")), sku, issue)

        cur = currency
        raw_cur = c.text(row.get("currency"))
        if raw_cur:
            code = c.currency_code(raw_cur, conv.locale)
            if code is None:
                issue(
                    "currency",
                    (
                        i18n._("{code!r} is not an ISO 4217 code; {fallback} used")
                        if currency
                        else i18n._("{code!r} is not an ISO 4217 code; no currency used")
                    ).format(code=raw_cur, fallback=currency),
                )
            else:
                cur = code
        price = money.price(row.get("price"), "price", issue, cur)
        if price.amount is None and not price.problem and "price" not in _issued(issues, row_no):
            issue("price", i18n._("missing price; the card shows no price"))
        flash = money.price(row.get("flash_price"), "flash_price", issue, cur)
        was = money.price(row.get("compare_at"), "compare_at", issue, cur)
        cur = cur or price.currency or flash.currency or ""
        amount, flash_amount, was_amount = price.amount, flash.amount, was.amount
        if flash_amount is not None and amount is not None and flash_amount >= amount:
            issue(
                "flash_price",
                i18n._("flash price {flash} is not below the price {price}; ignored").format(
                    flash=flash_amount, price=amount
                ),
            )
            flash_amount = None
        if was_amount is not None and (amount is None or was_amount <= amount):
            issue(
                "compare_at",
                i18n._("compare-at price {was} is not above the price; ignored").format(
                    was=was_amount
                ),
            )
            was_amount = None

        stock = c.count(row.get("stock"), "stock", issue)
        sold = c.count(row.get("sold"), "sold", issue)
        image = c.image_ref(c.text(row.get("image")), base_dir)
        url = c.text(row.get("url")) or None
        if url and not c.is_url(url):
            issue(
                "url", i18n._("{url!r} is not an http(s) URL; no QR code is shown").format(url=url)
            )
            url = None
        status = c.text(row.get("status")).lower() or ACTIVE
        if status not in (ACTIVE, DRAFT, ARCHIVED):
            issue(
                "status",
                i18n._("{status!r} is not active, draft or archived; active used").format(
                    status=status
                ),
            )
            status = ACTIVE
        elif status != ACTIVE:
            issue(
                "status",
                i18n._("draft product; not for sale on air")
                if status == DRAFT
                else i18n._("archived product; not for sale on air"),
            )
        raw_id = row.get("id")
        pid = raw_id if isinstance(raw_id, str) else None
        products.append(
            Product(
                sku=sku,
                title=title,
                price=amount,
                currency=cur,
                image=image,
                flash_price=flash_amount,
                stock=stock,
                url=url,
                sold=sold,
                product_id=pid,
                description=c.text(row.get("description")),
                compare_at=was_amount,
                status=status,
                row=row_no,
            )
        )
    return products, issues, conv.locale, conv.note


def _issued(issues: list[CatalogIssue], row: int) -> set[str]:
    return {i.column for i in issues if i.row == row}
