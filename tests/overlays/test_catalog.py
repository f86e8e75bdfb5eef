"""A seller's catalog full of small mistakes still loads; each mistake is reported by row."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from studio.show.catalog import CatalogError, UnknownProduct, load_catalog

HEADER = "sku,title,price,currency,image,flash_price,stock,url\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_csv_loads_typed_products(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "c.csv",
        HEADER + "DJ-1,Denim Jacket,89.00,usd,img/j.jpg,59,3,https://shop.example.com/DJ-1\n",
    )
    cat = load_catalog(p)
    prod = cat.get("DJ-1")
    assert prod.price == Decimal("89.00") and prod.flash_price == Decimal("59")
    assert prod.currency == "USD" and prod.stock == 3 and prod.on_flash_sale
    assert prod.image == str(tmp_path / "img" / "j.jpg")  # relative to the catalog
    assert not cat.issues


def test_bad_rows_keep_what_is_usable_and_report_each_problem(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = [
        "A,Negative,-5,USD,,,,",
        "B,Words,twelve,USD,,,,",
        "C,Flash not lower,10,USD,,12,,",
        "D,Bad stock,10,USD,,,-2,",
        "E,Bad currency,10,dollars,,,,",
        ",No sku,10,USD,,,,",
        "A,Duplicate,10,USD,,,,",
        "F," + "Long " * 200 + ",10,USD,,,,",
        "G,Bad url,10,USD,,,,javascript:alert(1)",
    ]
    p = write(tmp_path, "c.csv", HEADER + "\n".join(rows) + "\n")
    with caplog.at_level("WARNING"):
        cat = load_catalog(p)
    assert [x.sku for x in cat] == ["A", "B", "C", "D", "E", "F", "G"]
    assert cat.get("A").price is None and cat.get("B").price is None
    assert cat.get("C").flash_price is None and cat.get("D").stock is None
    assert cat.get("E").currency == "USD" and cat.get("G").url is None
    assert len(cat.get("F").title) <= 300
    text = "\n".join(str(i) for i in cat.issues)
    for expected in [
        "row 2 (A), price: -5 is negative",
        "row 3 (B), price: 'twelve' is not a number",
        "row 4 (C), flash_price: flash price 12 is not below the price 10",
        "row 5 (D), stock: -2 is negative",
        "row 6 (E), currency",
        "row 7, sku: missing SKU",
        "row 8 (A), sku: duplicate SKU",
        "row 9 (F), title: title is",
        "row 10 (G), url",
    ]:
        assert expected in text
    assert "is negative" in caplog.text  # logged as warnings too


def test_json_catalog_with_products_key(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "c.json",
        json.dumps(
            {"products": [{"sku": "K1", "title": "세럼", "price": 32000, "currency": "KRW"}]}
        ),
    )
    cat = load_catalog(p)
    assert cat.get("K1").price == Decimal(32000)


def test_unreadable_catalogs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="does not exist"):
        load_catalog(tmp_path / "nope.csv")
    with pytest.raises(CatalogError, match="not valid JSON"):
        load_catalog(write(tmp_path, "bad.json", "[{"))
    with pytest.raises(CatalogError, match="no 'sku' column"):
        load_catalog(write(tmp_path, "bad.csv", "name,price\nx,1\n"))


def test_unknown_sku_lists_known_ones(tmp_path: Path) -> None:
    cat = load_catalog(write(tmp_path, "c.csv", HEADER + "A1,T,1,USD,,,,\n"))
    with pytest.raises(UnknownProduct) as exc:
        cat.get("ZZ")
    assert "A1" in exc.value.hint
