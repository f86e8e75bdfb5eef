"""Shopify's "Export products" CSV, every edition from 2016 to the current one.

Shopify writes a product over several rows sharing a handle (rows need not be adjacent): the
first titled row carries the title and body; each variant is a row with a price (and its
options, SKU, stock, compare-at price and image); further rows carry only an extra image.
Column names changed over the years (`Handle` → `URL handle`, `Variant SKU` → `SKU`,
`Variant Inventory Qty` → `Inventory quantity`, `Image Src` → `Product image URL`, …): each
field below lists every name seen in real exports. Editions also differ in which columns
exist at all (2016 has no Image Position or Status; trimmed exports keep a few columns).

A variant is titled "Product – Option1 / Option2" ("Default Title" dropped), titles kept as
written. Its image is its own variant image, else the product's first image (lowest Image
Position, file order otherwise). Stock: Shopify tracks it only when the inventory tracker is
set; an untracked quantity means nothing (stock None), and the "continue" policy keeps selling
at zero. Status draft/archived and Published false are kept, marked and reported: such a
variant is not sellable on air. The export names no currency: the caller gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import studio.show.catalog.common as c
from studio import i18n
from studio.show.catalog.model import ACTIVE, ARCHIVED, DRAFT, CatalogIssue, Product
from studio.show.catalog.prices import decide
from studio.show.catalog.table import Table, normalise

# field → column names across editions (normalised: lower case).
FIELDS: dict[str, tuple[str, ...]] = {
    "handle": ("handle", "url handle"),
    "title": ("title",),
    "body": ("body (html)", "description", "body html"),
    "sku": ("variant sku", "sku"),
    "price": ("variant price", "price"),
    "compare_at": ("variant compare at price", "compare-at price", "compare at price"),
    "qty": (
        "variant inventory qty",
        "inventory quantity",
        "variant inventory quantity",
        "inventory qty",
        "inventory available",
    ),
    "tracker": ("variant inventory tracker", "inventory tracker"),
    "policy": ("variant inventory policy", "continue selling when out of stock"),
    "image": ("image src", "product image url", "image url"),
    "image_position": ("image position",),
    "variant_image": ("variant image", "variant image url"),
    "status": ("status",),
    "published": ("published", "published on online store"),
    "gift_card": ("gift card",),
    **{
        f"option{n}_{part}": (f"option{n} {part}",) for n in (1, 2, 3) for part in ("name", "value")
    },
}
KNOWN = tuple(name for names in FIELDS.values() for name in names)
_DEFAULT_OPTION = "default title"


def detect(header: Sequence[str]) -> str | None:
    """'current' or 'legacy' when the header is a Shopify products export, else None."""
    cols = {normalise(h) for h in header}
    if "url handle" in cols and ({"price", "sku", "title"} & cols):
        return "current"
    if "handle" in cols and ({"variant price", "variant sku"} & cols):
        return "legacy"
    return None


def _get(row: dict[str, str], name: str) -> str:
    for col in FIELDS[name]:
        v = row.get(col)
        if v is not None and v.strip():
            return v
    return ""


def _position(v: str) -> float:
    v = v.strip()
    return int(v) if v.isascii() and v.isdigit() else float("inf")  # not '²'


@dataclass
class _Group:
    handle: str
    first_row: int
    title: str = ""
    body: str = ""
    status: str = ""
    published: str = ""
    gift_card: str = ""
    images: list[tuple[float, int, str]] = field(default_factory=list)  # (position, row, src)
    variants: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def read(
    table: Table,
    *,
    base_dir: Path | None,
    currency: str,
    locale: str | None,
    shop_url: str | None = None,
) -> tuple[list[Product], list[CatalogIssue], str, str]:
    """Products (one per variant), issues, the locale prices were read with, and its note."""
    issues: list[CatalogIssue] = []
    groups: dict[str, _Group] = {}
    for row_no, row in table.rows:
        if not any(v.strip() for v in row.values()):
            continue
        handle = _get(row, "handle").strip()
        if not handle:
            issues.append(CatalogIssue(row_no, "", "Handle", i18n._("missing handle; row skipped")))
            continue
        g = groups.get(handle)
        if g is None:
            g = groups[handle] = _Group(handle, row_no)
        title = _get(row, "title")
        if title.strip() and not g.title:
            g.title = title.strip()
            g.body = _get(row, "body")
            g.status = _get(row, "status").strip().lower()
            g.published = _get(row, "published").strip().lower()
            g.gift_card = _get(row, "gift_card").strip().lower()
        src = _get(row, "image").strip()
        if src:
            g.images.append((_position(_get(row, "image_position")), row_no, src))
        if _get(row, "price").strip() or _get(row, "sku").strip():
            g.variants.append((row_no, row))

    conv = decide(
        (
            _get(r, k)
            for g in groups.values()
            for _n, r in g.variants
            for k in ("price", "compare_at")
        ),
        locale,
    )
    money = c.Money(conv.locale, currency)
    products: list[Product] = []
    sku_rows: dict[str, tuple[int, str]] = {}
    no_sku = 0
    held: dict[str, list[int]] = {}  # reason → rows of variants kept off air
    for handle, g in groups.items():
        if not g.variants:
            continue  # images only: nothing to sell
        if not g.title:
            issues.append(
                CatalogIssue(
                    g.first_row,
                    handle,
                    "Title",
                    i18n._("no title on the product's rows; the handle is shown"),
                )
            )
        image = min(g.images)[2] if g.images else ""
        description = c.plain(g.body)
        status = g.status or ACTIVE
        if status not in (ACTIVE, DRAFT, ARCHIVED):
            status = DRAFT  # an unknown status is not put on air
        published = g.published not in ("false", "no", "0")
        for row_no, row in g.variants:
            options = [
                v
                for v in (_get(row, f"option{n}_value").strip() for n in (1, 2, 3))
                if v and v.casefold() != _DEFAULT_OPTION
            ]
            sku = _get(row, "sku").strip()
            key = sku or "|".join([handle, *options])
            no_sku += not sku
            if key in sku_rows:
                first, first_handle = sku_rows[key]
                new_key = f"{key} ({handle})" if first_handle != handle else f"{key} (row {row_no})"
                issues.append(
                    CatalogIssue(
                        row_no,
                        key,
                        "SKU",
                        f"SKU also used on row {first} ({first_handle}); listed as {new_key!r}",
                    )
                )
                key = new_key
            sku_rows[key] = (row_no, handle)
            issue = c.issue_collector(issues, row_no, key)
            name = g.title or handle
            title = f"{name} – {' / '.join(options)}" if options else name
            if len(title) > c.MAX_TITLE_CHARS:
                title = c.title_of(title, key, issue)
            price = money.price(_get(row, "price"), "Price", issue, currency)
            if price.amount is None and not price.problem:
                issue("Price", i18n._("no price; the card shows no price"))
            was = money.price(_get(row, "compare_at"), "Compare-at price", issue, currency)
            was_amount = was.amount
            if was_amount is not None and (price.amount is None or was_amount <= price.amount):
                issue(
                    "Compare-at price",
                    i18n._("{was} is not above the price {price}; no 'was' price shown").format(
                        was=was_amount, price=price.amount
                    ),
                )
                was_amount = None
            tracked = bool(_get(row, "tracker").strip())
            qty = c.count(_get(row, "qty"), "Inventory quantity", issue, negative_ok=True)
            policy = _get(row, "policy").strip().lower()
            oversell = policy in ("continue", "true", "yes")
            stock = qty if tracked else None
            if stock is not None and stock < 0:
                issue("Inventory quantity", i18n._("{n} in stock (oversold)").format(n=stock))
            if status != ACTIVE:
                held.setdefault(status, []).append(row_no)
            elif not published:
                held.setdefault("unpublished", []).append(row_no)
            products.append(
                Product(
                    sku=key,
                    title=title,
                    price=price.amount,
                    currency=currency or price.currency or "",
                    image=c.image_ref(_get(row, "variant_image"), base_dir)
                    or c.image_ref(image, base_dir),
                    stock=stock,
                    url=f"{shop_url.rstrip('/')}/products/{handle}" if shop_url else None,
                    description=description,
                    compare_at=was_amount,
                    status=status,
                    published=published,
                    oversell=oversell,
                    row=row_no,
                )
            )
    for reason, rows in held.items():
        shown = ", ".join(map(str, rows[:8])) + (", …" if len(rows) > 8 else "")
        n = len(rows)
        # One whole sentence per reason, so each language words it (and its plural) freely.
        if reason == "unpublished":
            text = i18n.ngettext(
                "{n} variant is not published on the online store: kept off air (row {rows})",
                "{n} variants are not published on the online store: kept off air (rows {rows})",
                n,
            )
        elif reason == DRAFT:
            text = i18n.ngettext(
                "{n} variant is draft: kept off air (row {rows})",
                "{n} variants are draft: kept off air (rows {rows})",
                n,
            )
        elif reason == ARCHIVED:
            text = i18n.ngettext(
                "{n} variant is archived: kept off air (row {rows})",
                "{n} variants are archived: kept off air (rows {rows})",
                n,
            )
        else:
            text = i18n.ngettext(
                "{n} variant is {status}: kept off air (row {rows})",
                "{n} variants are {status}: kept off air (rows {rows})",
                n,
            )
        issues.append(CatalogIssue(0, "", "Status", text.format(n=n, rows=shown, status=reason)))
    if no_sku:
        issues.append(
            CatalogIssue(
                0,
                "",
                "SKU",
                i18n.ngettext(
                    "{n} variant without a SKU; each is named handle|option values",
                    "{n} variants without a SKU; each is named handle|option values",
                    no_sku,
                ).format(n=no_sku),
            )
        )
    return products, issues, conv.locale, conv.note
