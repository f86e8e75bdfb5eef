"""The show's catalog: page through it, read one product, edit one (the host only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request

from studio.platform.models import Page, Product, ProductUpdate
from studio.sandbox.routers.deps import SB, SHOW, Cursor, Limit, OptIdemKey, allow, media_base, op
from studio.sandbox.stores import Principal

router = APIRouter(prefix=SHOW, tags=["products"])


@router.get("/products", response_model=Page[Product], **op("product.read", "The show's catalog"))
def list_products(
    show_id: str,
    request: Request,
    who: Annotated[Principal, Depends(allow("product.read"))],
    sb: SB,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> Page[Product]:
    items, nxt = sb.store.products.page(show_id, cursor, limit, media_base(request))
    return Page[Product](items=items, next_cursor=nxt)


@router.get("/products/{product_id}", response_model=Product, **op("product.read", "One product"))
def get_product(
    show_id: str,
    product_id: str,
    request: Request,
    who: Annotated[Principal, Depends(allow("product.read"))],
    sb: SB,
) -> Product:
    return sb.store.products.get(show_id, product_id, media_base(request))


@router.patch(
    "/products/{product_id}",
    response_model=Product,
    **op("product.edit", "Change title, price or stock"),
)
def update_product(
    show_id: str,
    product_id: str,
    body: ProductUpdate,
    request: Request,
    who: Annotated[Principal, Depends(allow("product.edit"))],
    sb: SB,
    idempotency_key: OptIdemKey = None,
) -> Product:
    return sb.store.products.update(show_id, product_id, body, media_base(request))
