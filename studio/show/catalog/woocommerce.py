"""WooCommerce's product CSV export (Products → Export), as its core exporter writes it.

One row per product or variation: `Type` is simple, variable, variation, grouped or external
(with modifiers: "simple, downloadable, virtual"). Simple products and variations are
sellable products; a variable product is the parent its variations point to with `Parent`
(`id:44` or the parent's SKU) and lends them its name and images; grouped and external
products are left out (the first only groups others, the second is sold on another site), each
said once. Price is the sale price when set, the regular price as the "was" price beside it.
`Images` is a comma-separated list; the first is used, else the parent's. Variations without
a SKU (the norm) are named parent|attribute values. `Published`: 1 published, 0 private,
-1 draft. Stock: `In stock?` 0 is sold out; a `Stock` quantity is tracked stock, and
`Backorders allowed?` keeps selling at zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import studio.show.catalog.common as c
from studio import i18n
from studio.show.catalog.model import ACTIVE, DRAFT, CatalogIssue, Product
from studio.show.catalog.prices import decide
from studio.show.catalog.table import Table, normalise

KNOWN = (
    "id", "type", "sku", "name", "published", "in stock?", "stock", "backorders allowed?",
    "sale price", "regular price", "images", "parent", "short description", "description",
    "attribute 1 value(s)", "attribute 2 value(s)", "attribute 3 value(s)",
    "attribute 1 name", "attribute 2 name", "attribute 3 name", "external url",
)  # fmt: skip


def detect(header: Sequence[str]) -> bool:
    """True when a header row is WooCommerce's product export (Type, Name, Regular/Sale price)."""
    cols = {normalise(h) for h in header}
    return "type" in cols and bool({"regular price", "sale price"} & cols) and "name" in cols


def _kinds(row: dict[str, str]) -> set[str]:
    return {t.strip().lower() for t in row.get("type", "").split(",") if t.strip()}


def read(
    table: Table, *, base_dir: Path | None, currency: str, locale: str | None
) -> tuple[list[Product], list[CatalogIssue], str, str]:
    """Products (simple and variations), issues, the locale prices were read with, its note."""
    issues: list[CatalogIssue] = []
    by_ref: dict[str, dict[str, str]] = {}
    for _n, row in table.rows:
        if row.get("id", "").strip():
            by_ref[f"id:{row['id'].strip()}"] = row
        if row.get("sku", "").strip():
            by_ref[row["sku"].strip()] = row
    conv = decide(
        (row.get(k, "") for _n, row in table.rows for k in ("sale price", "regular price")),
        locale,
    )
    money = c.Money(conv.locale, currency)
    products: list[Product] = []
    seen: dict[str, int] = {}
    for row_no, row in table.rows:
        if not any(v.strip() for v in row.values()):
            continue
        kinds = _kinds(row)
        name = row.get("name", "").strip()
        if "grouped" in kinds or "external" in kinds:
            what = (
                i18n._("a group of other products; left out")
                if "grouped" in kinds
                else i18n._("sold on another site; left out")
            )
            issues.append(CatalogIssue(row_no, row.get("sku", ""), "Type", what))
            continue
        if "variable" in kinds:
            continue  # its variations are the products
        if not kinds & {"simple", "variation"}:
            issues.append(
                CatalogIssue(
                    row_no,
                    row.get("sku", ""),
                    "Type",
                    i18n._("unknown type {type!r}; left out").format(type=row.get("type", "")),
                )
            )
            continue
        parent: dict[str, str] = {}
        if "variation" in kinds:
            ref = row.get("parent", "").strip()
            parent = by_ref.get(ref, {})
            if not parent:
                issues.append(
                    CatalogIssue(
                        row_no,
                        row.get("sku", ""),
                        "Parent",
                        i18n._("parent {parent!r} is not in the file").format(parent=ref),
                    )
                )
        values = [
            v.strip()
            for v in (row.get(f"attribute {n} value(s)", "") for n in (1, 2, 3))
            if v.strip()
        ]
        sku = row.get("sku", "").strip()
        if not sku:
            base = parent.get("sku", "").strip() or row.get("parent", "").strip() or name
            sku = "|".join([base, *values]) if values else (base or f"id:{row.get('id', '')}")
        if sku in seen:
            issues.append(
                CatalogIssue(
                    row_no,
                    sku,
                    "SKU",
                    i18n._("SKU also used on row {row}; this row is left out").format(
                        row=seen[sku]
                    ),
                )
            )
            continue
        seen[sku] = row_no
        issue = c.issue_collector(issues, row_no, sku)
        if not name and parent:
            name = parent.get("name", "").strip() + (" - " + ", ".join(values) if values else "")
        title = c.title_of(name, sku, issue)
        regular = money.price(row.get("regular price"), "Regular price", issue, currency)
        sale = money.price(row.get("sale price"), "Sale price", issue, currency)
        price, was = (
            (sale.amount, regular.amount) if sale.amount is not None else (regular.amount, None)
        )
        if was is not None and price is not None and was <= price:
            issue(
                "Sale price",
                i18n._("sale price {price} is not below the regular price {regular}").format(
                    price=price, regular=was
                ),
            )
            was = None
        if price is None and not regular.problem and not sale.problem:
            issue("Regular price", i18n._("no price; the card shows no price"))
        qty = c.count(row.get("stock"), "Stock", issue, negative_ok=True)
        in_stock = row.get("in stock?", "").strip().lower()
        backorders = row.get("backorders allowed?", "").strip().lower() in ("1", "notify", "yes")
        stock = qty
        if in_stock in ("0", "no", "outofstock") and (stock is None or stock > 0):
            stock = 0
        published = row.get("published", "1").strip() or "1"
        status = DRAFT if published == "-1" else ACTIVE
        if status == DRAFT:
            issue("Published", i18n._("draft product; not for sale on air"))
        elif published == "0":
            issue("Published", i18n._("private product; not for sale on air"))
        images = [u.strip() for u in row.get("images", "").split(",") if u.strip()]
        if not images:
            images = [u.strip() for u in parent.get("images", "").split(",") if u.strip()]
        description = row.get("short description", "") or row.get("description", "")
        if not description and parent:
            description = parent.get("short description", "") or parent.get("description", "")
        products.append(
            Product(
                sku=sku,
                title=title,
                price=price,
                currency=currency or regular.currency or sale.currency or "",
                image=c.image_ref(images[0], base_dir) if images else None,
                stock=stock,
                description=c.plain(description),
                compare_at=was,
                status=status,
                published=published != "0",
                oversell=backorders,
                row=row_no,
            )
        )
    return products, issues, conv.locale, conv.note
