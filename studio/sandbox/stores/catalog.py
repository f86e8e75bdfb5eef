"""The show's catalog: products with price, flash price, stock and image."""

from __future__ import annotations

import sqlite3

from studio.platform.models import EventType, Product, ProductUpdate
from studio.sandbox.problems import Invalid, NotFound
from studio.sandbox.stores.base import Context, cut_page, decode_cursor


def product_row(
    conn: sqlite3.Connection, show_id: str, product_id: str, field: str = ""
) -> sqlite3.Row:
    """The product's row in this show's catalog.

    Raises `NotFound` (404) when the product is the resource addressed, or `Invalid` (422,
    pointing at `field`) when a request body names it.
    """
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM products WHERE id=? AND show_id=?", (product_id, show_id)
    ).fetchone()
    if row is None:
        if field:
            raise Invalid(
                f"There is no product {product_id!r} in this show's catalog.",
                errors=[{"loc": field, "message": "unknown product"}],
            )
        raise NotFound(f"There is no product {product_id!r} in this show's catalog.")
    return row


def product_from_row(row: sqlite3.Row, media_base: str) -> Product:
    """The contract's `Product`; a relative image name is served under `media_base`."""
    image = row["image"]
    if "://" not in image:
        image = media_base.rstrip("/") + "/" + image
    return Product(
        id=row["id"],
        sku=row["sku"],
        title=row["title"],
        description=row["description"],
        price_minor=row["price_minor"],
        currency=row["currency"],
        flash_price_minor=row["flash_price_minor"],
        stock=row["stock"],
        image_url=image,
        product_url=row["product_url"],
    )


class CatalogStore:
    """`products`: read by everyone, edited by the host, flash prices set by `TimerStore`."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(self, show_id: str, product: Product) -> None:
        with self.ctx.db.write() as conn:
            conn.execute(
                "INSERT INTO products (id, show_id, sku, title, description, price_minor, currency,"
                " flash_price_minor, stock, image, product_url)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    product.id,
                    show_id,
                    product.sku,
                    product.title,
                    product.description,
                    product.price_minor,
                    product.currency,
                    product.flash_price_minor,
                    product.stock,
                    product.image_url,
                    product.product_url,
                ),
            )

    def page(
        self, show_id: str, cursor: str | None, limit: int, media_base: str
    ) -> tuple[list[Product], str | None]:
        """A page of the catalog in insertion order, and the next cursor."""
        after = decode_cursor(cursor)
        rows = (
            self.ctx.db.read()
            .execute(
                "SELECT * FROM products WHERE show_id=? AND rowid_ > ? ORDER BY rowid_ LIMIT ?",
                (show_id, after, limit + 1),
            )
            .fetchall()
        )
        rows, nxt = cut_page(rows, limit)
        return [product_from_row(r, media_base) for r in rows], nxt

    def get(self, show_id: str, product_id: str, media_base: str) -> Product:
        """Raises `NotFound`."""
        return product_from_row(product_row(self.ctx.db.read(), show_id, product_id), media_base)

    def ids(self, show_id: str) -> list[str]:
        rows = (
            self.ctx.db.read()
            .execute("SELECT id FROM products WHERE show_id=? ORDER BY rowid_", (show_id,))
            .fetchall()
        )
        return [r[0] for r in rows]

    def update(
        self, show_id: str, product_id: str, change: ProductUpdate, media_base: str
    ) -> Product:
        """Apply the fields given; announces `product.updated` when any was."""
        with self.ctx.db.write() as conn:
            product_row(conn, show_id, product_id)
            fields = change.model_dump(exclude_none=True)
            if fields:
                sets = ", ".join(f"{k}=?" for k in fields)
                conn.execute(
                    f"UPDATE products SET {sets} WHERE id=?", (*fields.values(), product_id)
                )
            product = product_from_row(product_row(conn, show_id, product_id), media_base)
            if fields:
                self.ctx.emit(conn, show_id, EventType.PRODUCT_UPDATED, product)
        self.ctx.notify()
        return product
