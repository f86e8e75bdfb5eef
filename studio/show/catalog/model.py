"""The catalog's values: products, per-row issues, the catalog itself. Immutable, Qt-free."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from studio import i18n
from studio.errors import UsageError

# Product.status values. Shopify's Status column and WooCommerce's Published (-1 = draft).
ACTIVE = "active"
DRAFT = "draft"
ARCHIVED = "archived"


class CatalogError(UsageError):
    """The catalog file cannot be used at all (missing, unreadable, no known columns)."""


class UnknownProduct(UsageError):
    """A SKU the catalog does not have."""


@dataclass(frozen=True)
class Product:
    """One sellable item (a Shopify or WooCommerce variant is one product).

    Money is Decimal in major units of `currency`; a field that failed validation is None.
    `currency` is an ISO 4217 code, or "" when nobody said which currency the catalog is in
    (prices are then shown as bare numbers and the import says so; never assumed USD).
    `stock` is the tracked quantity (None when the shop does not track it; negative when it
    was oversold); `oversell` is True when the shop keeps selling at zero (Shopify's
    "continue" policy, WooCommerce's backorders). `compare_at` is the "was" price, kept only
    when above `price`. `row` is the spreadsheet row the product came from (header = 1).
    """

    sku: str
    title: str
    price: Decimal | None = None
    currency: str = ""
    image: str | None = None  # local path (absolute or resolved against the catalog) or URL
    flash_price: Decimal | None = None
    stock: int | None = None
    url: str | None = None
    sold: int | None = None
    product_id: str | None = None  # the platform's id, when the product came from the platform
    description: str = ""
    compare_at: Decimal | None = None
    status: str = ACTIVE  # active | draft | archived
    published: bool = True  # False: hidden from the shop (Shopify's Published, Woo private)
    oversell: bool = False
    row: int | None = None

    @property
    def on_flash_sale(self) -> bool:
        """True while a flash price is set."""
        return self.flash_price is not None

    @property
    def sold_out(self) -> bool:
        """Only tracked stock at zero or below, with no overselling, is sold out."""
        return self.stock is not None and self.stock <= 0 and not self.oversell

    @property
    def sellable(self) -> bool:
        """Can go on air as for sale: active, published, priced and not sold out."""
        return (
            self.status == ACTIVE
            and self.published
            and self.price is not None
            and not self.sold_out
        )


@dataclass(frozen=True)
class CatalogIssue:
    """A problem with one row; `row` is 1-based as a spreadsheet shows it (header is row 1).

    row 0 is a problem with the whole file (no currency, ambiguous numbers).
    """

    row: int
    sku: str
    column: str
    message: str

    def __str__(self) -> str:
        if self.row <= 0:
            return f"{self.column}: {self.message}" if self.column else self.message
        if self.sku:
            return i18n._("row {row} ({sku}), {column}: {message}").format(
                row=self.row, sku=self.sku, column=self.column, message=self.message
            )
        return i18n._("row {row}, {column}: {message}").format(
            row=self.row, column=self.column, message=self.message
        )


@dataclass(frozen=True)
class Catalog:
    """Products in file order, the issues found, and how the file was read.

    `format` names the format it was read as ("shopify", "woocommerce", "studio-csv",
    "studio-json", "platform", "" when built in code); `format_label` says it in words.
    `currency` is the catalog's currency ("" when unknown) and `currency_source` where it came
    from ("file", "--currency", "settings", "platform"). `locale` is the number convention the
    prices were read with.
    """

    products: tuple[Product, ...] = ()
    issues: tuple[CatalogIssue, ...] = ()
    source: str = ""
    format: str = ""
    format_label: str = ""
    currency: str = ""
    currency_source: str = ""
    locale: str = ""
    _by_sku: dict[str, Product] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_sku.update({p.sku: p for p in self.products})

    def __iter__(self) -> Iterator[Product]:
        return iter(self.products)

    def __len__(self) -> int:
        return len(self.products)

    def __contains__(self, sku: object) -> bool:
        return sku in self._by_sku

    @property
    def missing_currency(self) -> bool:
        """Some product has a price but nobody said in which currency."""
        return any(p.price is not None and not p.currency for p in self.products)

    @property
    def usable(self) -> bool:
        """Something can go on air: a sellable product, and every price has a currency."""
        return any(p.sellable for p in self.products) and not self.missing_currency

    def get(self, sku: str) -> Product:
        """The product with this SKU, or None."""
        try:
            return self._by_sku[sku]
        except KeyError:
            known = ", ".join(p.sku for p in self.products[:8])
            more = "…" if len(self.products) > 8 else ""
            raise UnknownProduct(
                i18n._("No product with SKU {sku!r} in the catalog {source}.").format(
                    sku=sku, source=self.source
                ),
                i18n._("Known SKUs: {skus}").format(skus=known + more)
                if known
                else i18n._("The catalog has no usable products."),
            ) from None
