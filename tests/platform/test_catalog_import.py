"""Catalog import: a Shopify products export, our own CSV/JSON, with per-row problems."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from studio.show.catalog import CatalogError, load_catalog

SHOPIFY_HEADER = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name",
    "Option3 Value", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "Variant Image", "Variant Weight Unit", "Status",
]  # fmt: skip

CDN = "https://cdn.shopify.example/files"


def shopify_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, SHOPIFY_HEADER, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in SHOPIFY_HEADER})
    return out.getvalue()


def test_a_shopify_export_becomes_one_product_per_variant(tmp_path: Path) -> None:
    rows = [
        # row 2: the apron's first line: title, body, first variant, first image
        {"Handle": "linen-apron", "Title": "Linen apron", "Status": "active",
         "Body (HTML)": "<p>Stone-washed <b>linen</b>,\ntwo deep pockets &amp; a loop.</p>",
         "Option1 Name": "Colour", "Option1 Value": "Rust", "Option2 Name": "Size",
         "Option2 Value": "M", "Variant SKU": "APR-RUST-M", "Variant Price": "32.00",
         "Variant Inventory Qty": "12", "Image Src": f"{CDN}/apron-1.jpg", "Image Position": "1"},
        # row 3: second variant, its own image
        {"Handle": "linen-apron", "Option1 Value": "Sage", "Option2 Value": "L",
         "Variant SKU": "APR-SAGE-L", "Variant Price": "34.00", "Variant Inventory Qty": "3",
         "Variant Image": f"{CDN}/apron-sage.jpg"},
        # row 4: an extra image only
        {"Handle": "linen-apron", "Image Src": f"{CDN}/apron-2.jpg", "Image Position": "2"},
        # row 5: a single-variant product ("Default Title"), no SKU
        {"Handle": "chai-blend", "Title": "Spiced chai blend 250 g", "Option1 Name": "Title",
         "Option1 Value": "Default Title", "Variant Price": "14", "Variant Inventory Qty": "120",
         "Image Src": f"{CDN}/chai.jpg", "Image Position": "1", "Status": "active"},
        # row 6: a variant with a broken price and stock
        {"Handle": "knife", "Title": "Chef's knife", "Option1 Name": "Length",
         "Option1 Value": "20 cm", "Variant SKU": "KNF-20", "Variant Price": "eighty-nine",
         "Variant Inventory Qty": "-4", "Status": "active"},
        # row 7: archived
        {"Handle": "old-mug", "Title": "Discontinued mug", "Variant SKU": "MUG-OLD",
         "Variant Price": "9.00", "Status": "archived"},
        # row 8: no handle
        {"Title": "Orphan line", "Variant SKU": "ORPHAN", "Variant Price": "1.00"},
        # row 9: same SKU again
        {"Handle": "linen-apron-2", "Title": "Apron again", "Variant SKU": "APR-RUST-M",
         "Variant Price": "30.00"},
    ]  # fmt: skip
    path = tmp_path / "products_export_1.csv"
    path.write_text(shopify_csv(rows), encoding="utf-8")
    cat = load_catalog(path, currency="EUR", shop_url="https://kitchen.example")

    assert [p.sku for p in cat] == ["APR-RUST-M", "APR-SAGE-L", "chai-blend", "KNF-20"]
    rust = cat.get("APR-RUST-M")
    assert rust.title == "Linen apron – Rust / M"
    assert rust.price == Decimal("32.00") and rust.currency == "EUR" and rust.stock == 12
    assert rust.image == f"{CDN}/apron-1.jpg"
    assert rust.url == "https://kitchen.example/products/linen-apron"
    assert rust.description == "Stone-washed linen, two deep pockets & a loop."
    sage = cat.get("APR-SAGE-L")
    assert sage.image == f"{CDN}/apron-sage.jpg" and sage.stock == 3
    chai = cat.get("chai-blend")
    assert chai.title == "Spiced chai blend 250 g" and chai.price == Decimal("14")
    knife = cat.get("KNF-20")
    assert knife.price is None and knife.stock is None  # kept, with what was usable

    issues = [str(i) for i in cat.issues]
    assert issues == [
        "row 5 (chai-blend), Variant SKU: no Variant SKU; 'chai-blend' is used",
        "row 6 (KNF-20), price: 'eighty-nine' is not a number; ignored",
        "row 6 (KNF-20), stock: -4 is negative; ignored",
        "row 7 (old-mug), Status: archived product; left out",
        "row 8, Handle: missing Handle; row skipped",
        "row 9 (APR-RUST-M), sku: duplicate SKU; the first row with it is used",
    ]


def test_our_own_csv_and_json_still_load(tmp_path: Path) -> None:
    own = tmp_path / "catalog.csv"
    own.write_text(
        "sku,title,price,currency,image,stock,description\n"
        'HK-1,"Skillet, cast iron",49.00,EUR,,40,"Pre-seasoned,\nfor every hob"\n'
        "HK-2,Mugs,abc,EUR,,x,\n",
        encoding="utf-8",
    )
    cat = load_catalog(own)
    assert cat.get("HK-1").title == "Skillet, cast iron"
    assert cat.get("HK-1").description == "Pre-seasoned,\nfor every hob"
    assert [str(i) for i in cat.issues] == [
        "row 3 (HK-2), price: 'abc' is not a number; ignored",
        "row 3 (HK-2), stock: 'x' is not a whole number; ignored",
    ]
    data = tmp_path / "catalog.json"
    data.write_text(json.dumps({"products": [{"sku": "J-1", "title": "Jar", "price": 5}]}))
    assert load_catalog(data).get("J-1").price == Decimal("5")
    with pytest.raises(CatalogError, match="Shopify"):
        load_catalog(_write(tmp_path / "bad.csv", "name,price\nx,1\n"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_hostile_cells_are_issues_not_hangs_or_crashes(tmp_path: Path) -> None:
    huge = load_catalog(
        _write(tmp_path / "s.csv", "sku,title,price,stock\nA,Apron,10,1e999999999\n")
    )
    assert huge.get("A").stock is None
    assert "implausibly large" in str(huge.issues[0])
    with pytest.raises(CatalogError, match="nested too deeply"):
        load_catalog(_write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000))
    shop = load_catalog(
        _write(
            tmp_path / "shopify.csv",
            "Handle,Title,Variant SKU,Variant Price,Image Src,Image Position\n"
            "apron,Apron,A1,10,http://x.test/a.jpg,²\n",
        )
    )
    assert shop.get("A1").image == "http://x.test/a.jpg"
