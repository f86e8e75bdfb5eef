"""The show's product catalog, loaded from CSV or JSON.

A catalog comes from a seller's spreadsheet, so it is full of small mistakes. One bad row must
never stop a show: every row is checked on its own, problems become `CatalogIssue`s (logged as
warnings, shown by the CLI) and the product keeps whatever fields were usable. Only a missing or
unreadable file is an error.

Columns: sku, title, price, currency, image, flash_price, stock, url (and optional sold,
description). A Shopify "Export products" CSV is recognised by its columns and read as one
product per variant (see `parse_shopify_rows`); the platform's catalog comes in through
`studio.platform.convert.catalog`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from studio.errors import UsageError

log = logging.getLogger(__name__)

COLUMNS = ("sku", "title", "price", "currency", "image", "flash_price", "stock", "url")
MAX_TITLE_CHARS = 300
MAX_PRICE = Decimal("1e12")
MAX_COUNT_DIGITS = 12
DEFAULT_CURRENCY = "USD"


class CatalogError(UsageError):
    """The catalog file cannot be used at all."""


class UnknownProduct(UsageError):
    pass


@dataclass(frozen=True)
class Product:
    """One sellable item. Money is Decimal; a field that failed validation is None."""

    sku: str
    title: str
    price: Decimal | None = None
    currency: str = DEFAULT_CURRENCY
    image: str | None = None  # local path (absolute or resolved against the catalog) or URL
    flash_price: Decimal | None = None
    stock: int | None = None
    url: str | None = None
    sold: int | None = None
    product_id: str | None = None  # the platform's id, when the product came from the platform
    description: str = ""

    @property
    def on_flash_sale(self) -> bool:
        return self.flash_price is not None


@dataclass(frozen=True)
class CatalogIssue:
    """A problem with one row; `row` is 1-based as a spreadsheet shows it (header is row 1)."""

    row: int
    sku: str
    column: str
    message: str

    def __str__(self) -> str:
        who = f" ({self.sku})" if self.sku else ""
        return f"row {self.row}{who}, {self.column}: {self.message}"


@dataclass(frozen=True)
class Catalog:
    products: tuple[Product, ...] = ()
    issues: tuple[CatalogIssue, ...] = ()
    source: str = ""
    _by_sku: dict[str, Product] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_sku.update({p.sku: p for p in self.products})

    def __iter__(self) -> Iterator[Product]:
        return iter(self.products)

    def __len__(self) -> int:
        return len(self.products)

    def __contains__(self, sku: object) -> bool:
        return sku in self._by_sku

    def get(self, sku: str) -> Product:
        try:
            return self._by_sku[sku]
        except KeyError:
            known = ", ".join(p.sku for p in self.products[:8])
            more = "…" if len(self.products) > 8 else ""
            raise UnknownProduct(
                f"No product with SKU {sku!r} in the catalog {self.source}.",
                f"Known SKUs: {known}{more}" if known else "The catalog has no usable products.",
            ) from None


def load_catalog(
    path: str | Path, *, currency: str | None = None, shop_url: str | None = None
) -> Catalog:
    """Load a CSV or JSON catalog; row problems are returned as issues and logged, not raised.

    currency and shop_url are used for a Shopify export, which names neither.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CatalogError(
            f"The catalog file {p} does not exist.", "Check the path given to --catalog."
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(
            f"The catalog file {p} cannot be read ({exc.__class__.__name__}).",
            "Save it as UTF-8 CSV or JSON.",
        ) from None
    if p.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        rows = _json_rows(text, p)
        first_row = 1
    else:
        header, rows = _csv_table(text)
        if _is_shopify(header):
            return parse_shopify_rows(
                rows,
                currency=currency or DEFAULT_CURRENCY,
                shop_url=shop_url,
                base_dir=p.parent,
                source=str(p),
            )
        _require_sku(header, p)
        rows = [row for row in rows if _not_blank(row)]
        first_row = 2
    return parse_rows(rows, base_dir=p.parent, source=str(p), first_row=first_row)


def parse_rows(
    rows: Sequence[Mapping[str, Any]],
    *,
    base_dir: Path | None = None,
    source: str = "",
    first_row: int = 1,
    row_numbers: Sequence[int] | None = None,
    issues_before: Sequence[CatalogIssue] = (),
) -> Catalog:
    """Validate rows one by one; keep what is usable from each.

    row_numbers: the spreadsheet row of each row (when rows were built from several lines).
    """
    products: list[Product] = []
    issues: list[CatalogIssue] = list(issues_before)
    seen: set[str] = set()
    for i, raw in enumerate(rows):
        row_no = row_numbers[i] if row_numbers is not None else first_row + i
        row = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
        sku = _text(row.get("sku"))
        found: list[CatalogIssue] = []

        def issue(
            column: str,
            message: str,
            _row: int = row_no,
            _sku: str = sku,
            _found: list[CatalogIssue] = found,
        ) -> None:
            _found.append(CatalogIssue(_row, _sku, column, message))

        if not sku:
            issue("sku", "missing SKU; row skipped")
            issues.extend(found)
            continue
        if sku in seen:
            issue("sku", "duplicate SKU; the first row with it is used")
            issues.extend(found)
            continue
        seen.add(sku)

        title = " ".join(_text(row.get("title")).split())
        if not title:
            issue("title", "missing title; the SKU is shown instead")
            title = sku
        elif len(title) > MAX_TITLE_CHARS:
            issue("title", f"title is {len(title)} characters; cut to {MAX_TITLE_CHARS}")
            title = title[: MAX_TITLE_CHARS - 1] + "…"

        price = _money(row.get("price"), "price", issue, required=True)
        flash = _money(row.get("flash_price"), "flash_price", issue, required=False)
        if flash is not None and price is not None and flash >= price:
            issue("flash_price", f"flash price {flash} is not below the price {price}; ignored")
            flash = None

        currency = _text(row.get("currency")).upper() or DEFAULT_CURRENCY
        if len(currency) != 3 or not currency.isalpha() or not currency.isascii():
            issue("currency", f"{currency!r} is not an ISO 4217 code; {DEFAULT_CURRENCY} used")
            currency = DEFAULT_CURRENCY

        stock = _count(row.get("stock"), "stock", issue)
        sold = _count(row.get("sold"), "sold", issue)

        image = _text(row.get("image")) or None
        if image and not _is_url(image) and base_dir is not None:
            img_path = Path(image).expanduser()
            image = str(img_path if img_path.is_absolute() else base_dir / img_path)

        url = _text(row.get("url")) or None
        if url and not _is_url(url):
            issue("url", f"{url!r} is not an http(s) URL; no QR code is shown")
            url = None

        products.append(
            Product(
                sku=sku,
                title=title,
                price=price,
                currency=currency,
                image=image,
                flash_price=flash,
                stock=stock,
                url=url,
                sold=sold,
                description=_text(row.get("description")),
            )
        )
        issues.extend(found)

    label = source or "catalog"
    issues.sort(key=lambda it: it.row)
    for it in issues:
        log.warning("%s: %s", label, it)
    return Catalog(products=tuple(products), issues=tuple(issues), source=source)


def _csv_table(text: str) -> tuple[list[str], list[Mapping[str, Any]]]:
    """The lower-cased header and the non-blank rows (quoted newlines are kept)."""
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    rows: list[Mapping[str, Any]] = []
    for row in reader:
        rows.append(row)
    return header, rows


def _require_sku(header: list[str], path: Path) -> None:
    if "sku" not in header:
        raise CatalogError(
            f"The catalog {path} has no 'sku' column.",
            "The first line must name the columns: "
            + ",".join(COLUMNS)
            + " (or use a Shopify products export as it is).",
        )


def _not_blank(row: Mapping[str, Any]) -> bool:
    return any((v or "").strip() for v in row.values() if isinstance(v, str))


# -- Shopify "Export products" CSV --------------------------------------------------------------

_SHOPIFY_KEYS = ("handle", "variant price")
_OPTION_DEFAULT = "default title"
_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([,.;:!?])")


def _is_shopify(header: list[str]) -> bool:
    return all(k in header for k in _SHOPIFY_KEYS) and "sku" not in header


def _shopify_text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _plain(html_text: str, limit: int = 500) -> str:
    text = " ".join(html.unescape(_TAG_RE.sub(" ", html_text)).split())
    text = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)  # "<b>linen</b>," left "linen ,"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _slug(parts: Sequence[str]) -> str:
    s = "-".join(parts).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "variant"


@dataclass
class _ShopifyProduct:
    handle: str
    first_row: int
    title: str = ""
    body: str = ""
    status: str = ""
    images: list[tuple[int, int, str]] = field(default_factory=list)  # (position, row, src)
    variants: list[tuple[int, Mapping[str, str]]] = field(default_factory=list)


def parse_shopify_rows(
    rows: Sequence[Mapping[str, Any]],
    *,
    currency: str = DEFAULT_CURRENCY,
    shop_url: str | None = None,
    base_dir: Path | None = None,
    source: str = "",
) -> Catalog:
    """A Shopify products export: one product per variant.

    Shopify writes a product over several lines sharing a Handle: the first carries the
    title and description, each variant adds a line with its options, SKU, price and stock,
    and extra images add lines with only an Image Src. A variant is titled with its option
    values ("Linen apron – Rust / M"); it uses its own Variant Image, else the product's first
    image. Archived products are left out; a variant without a SKU gets one made from the
    handle and its options. Row numbers in issues are the spreadsheet's (header is row 1).
    """
    groups: dict[str, _ShopifyProduct] = {}
    early: list[CatalogIssue] = []
    for i, raw in enumerate(rows):
        row_no = i + 2
        row = {str(k).strip().lower(): _shopify_text(v) for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        handle = row.get("handle", "")
        if not handle:
            early.append(CatalogIssue(row_no, "", "Handle", "missing Handle; row skipped"))
            continue
        g = groups.get(handle)
        if g is None:
            g = groups[handle] = _ShopifyProduct(handle, row_no)
        if row.get("title") and not g.title:
            g.title = row["title"]
            g.body = row.get("body (html)", "")
            g.status = (row.get("status") or "").lower()
        src = row.get("image src", "")
        if src:
            pos = row.get("image position", "")
            position = int(pos) if pos.isascii() and pos.isdigit() else 10**6  # not "²"
            g.images.append((position, row_no, src))
        options = [row.get(f"option{n} value", "") for n in (1, 2, 3)]
        if row.get("variant sku") or row.get("variant price") or any(options):
            g.variants.append((row_no, row))

    out_rows: list[dict[str, Any]] = []
    numbers: list[int] = []
    for handle, g in groups.items():

        def note(row_no: int, column: str, message: str, _h: str = handle) -> None:
            early.append(CatalogIssue(row_no, _h, column, message))

        if g.status == "archived":
            note(g.first_row, "Status", "archived product; left out")
            continue
        if not g.title:
            note(g.first_row, "Title", "no Title on the product's lines; the handle is shown")
        if not g.variants:
            note(g.first_row, "Variant Price", "no variant with a price or SKU; left out")
            continue
        image = min(g.images)[2] if g.images else ""
        description = _plain(g.body)
        for row_no, variant in g.variants:
            options = [
                v
                for v in (variant.get(f"option{n} value", "") for n in (1, 2, 3))
                if v and v.lower() != _OPTION_DEFAULT
            ]
            name = g.title or handle
            title = f"{name} – {' / '.join(options)}" if options else name
            sku = variant.get("variant sku", "")
            if not sku:
                sku = f"{handle}-{_slug(options)}" if options else handle
                note(row_no, "Variant SKU", f"no Variant SKU; {sku!r} is used")
            stock = variant.get("variant inventory qty", variant.get("inventory qty", ""))
            out_rows.append(
                {
                    "sku": sku,
                    "title": title,
                    "price": variant.get("variant price", ""),
                    "currency": currency,
                    "image": variant.get("variant image", "") or image,
                    "stock": stock,
                    "url": f"{shop_url.rstrip('/')}/products/{handle}" if shop_url else "",
                    "description": description,
                }
            )
            numbers.append(row_no)
    return parse_rows(
        out_rows,
        base_dir=base_dir,
        source=source,
        row_numbers=numbers,
        issues_before=early,
    )


def _json_rows(text: str, path: Path) -> list[Mapping[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(
            f"The catalog {path} is not valid JSON (line {exc.lineno}: {exc.msg}).",
            "Fix the file, or export it as CSV.",
        ) from None
    except RecursionError:
        raise CatalogError(
            f"The catalog {path} is nested too deeply to be a catalog.",
            "Export it as a list of products, or as CSV.",
        ) from None
    if isinstance(data, dict):
        data = data.get("products")
    if not isinstance(data, list):
        raise CatalogError(
            f"The catalog {path} must be a JSON list of products or {{'products': [...]}}.",
        )
    rows: list[Mapping[str, Any]] = []
    for item in data:
        rows.append(item if isinstance(item, dict) else {})
    return rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _money(value: Any, column: str, issue: Any, *, required: bool) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            issue(column, "missing price; the card shows no price")
        return None
    if isinstance(value, bool):
        issue(column, f"{value!r} is not a number; ignored")
        return None
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        issue(column, f"{value!r} is not a number; ignored")
        return None
    if not amount.is_finite():
        issue(column, f"{value!r} is not a finite number; ignored")
        return None
    if amount < 0:
        issue(column, f"{amount} is negative; ignored")
        return None
    if amount > MAX_PRICE:
        issue(column, f"{amount} is implausibly large; ignored")
        return None
    return amount


def _count(value: Any, column: str, issue: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        d = Decimal(str(value).strip())
        if not d.is_finite() or d != d.to_integral_value():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        issue(column, f"{value!r} is not a whole number; ignored")
        return None
    if d.adjusted() > MAX_COUNT_DIGITS:  # int() of 1e999999999 would not return
        issue(column, f"{value!r} is implausibly large; ignored")
        return None
    n = int(d)
    if n < 0:
        issue(column, f"{n} is negative; ignored")
        return None
    return n


def _is_url(s: str) -> bool:
    u = urlparse(s)
    return u.scheme in ("http", "https") and bool(u.netloc)


def pick_product(path: str | Path, sku: str | None) -> Product:
    """The product a command line asked for (the first one without --pin), telling the user
    about every row that was skipped; raises a UsageError when nothing usable is left."""
    import sys

    catalog = load_catalog(path)
    for issue in catalog.issues:
        print(f"warning: {path}: {issue}", file=sys.stderr)
    if not catalog.products:
        raise CatalogError(f"The catalog {path} has no usable products.")
    return catalog.get(sku) if sku else catalog.products[0]
