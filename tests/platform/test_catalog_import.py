"""Catalog import of the files sellers really have, generated here product by product.

Each test writes a catalog shaped like one class of real export (an Excel file saved in
Germany, a Shopify export with a long HTML body, the current Shopify column names, WooCommerce
variations without SKUs, …) and checks the values the show would put on air.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from studio.show.catalog import Catalog, CatalogError, Product, load_catalog

LEGACY = [
    "Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published",
    "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name",
    "Option3 Value", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
    "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
    "Variant Price", "Variant Compare At Price", "Variant Requires Shipping", "Variant Taxable",
    "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card",
    "Variant Image", "Variant Weight Unit", "Status",
]  # fmt: skip
CURRENT = [
    "Title", "URL handle", "Description", "Vendor", "Product category", "Type", "Tags",
    "Published on online store", "Status", "SKU", "Barcode", "Option1 name", "Option1 value",
    "Option2 name", "Option2 value", "Option3 name", "Option3 value", "Price",
    "Compare-at price", "Cost per item", "Charge tax", "Inventory tracker", "Inventory quantity",
    "Continue selling when out of stock", "Weight value (grams)", "Product image URL",
    "Image position", "Image alt text", "Variant image URL", "Gift card", "SEO title",
]  # fmt: skip
WOO = [
    "ID", "Type", "SKU", "Name", "Published", "Is featured?", "Visibility in catalog",
    "Short description", "Description", "In stock?", "Stock", "Backorders allowed?",
    "Sale price", "Regular price", "Categories", "Images", "Parent", "Attribute 1 name",
    "Attribute 1 value(s)", "Attribute 2 name", "Attribute 2 value(s)",
]  # fmt: skip
CDN = "https://cdn.shop.example/files"


def table(header: list[str], rows: list[dict[str, str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    w = csv.DictWriter(out, header, delimiter=delimiter, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: r.get(k, "") for k in header})
    return out.getvalue()


def write(path: Path, text: str, *, bom: bool = False, encoding: str = "utf-8") -> Path:
    data = text.encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def by_sku(cat: Catalog) -> dict[str, Product]:
    return {p.sku: p for p in cat}


# -- Excel in Germany and France --------------------------------------------------------------


def test_an_excel_catalog_saved_in_germany_keeps_its_prices(tmp_path: Path) -> None:
    """`;`, CRLF, a BOM, decimal commas and dot thousands: every price read, none dropped."""
    text = (
        "sku;title;price;currency;flash_price;stock\r\n"
        "TS-1;T-Shirt Bio;24,90;EUR;19,90;12\r\n"
        "JK-2;Winterjacke;1.299,00;EUR;;3\r\n"
        "SK-3;Socken;9,5;EUR;;100\r\n"
        "MG-4;Becher;12;EUR;;\r\n"
    )
    cat = load_catalog(write(tmp_path / "katalog.csv", text, bom=True))
    assert cat.format == "studio-csv" and not cat.issues, [str(i) for i in cat.issues]
    p = by_sku(cat)
    assert p["TS-1"].price == Decimal("24.90") and p["TS-1"].flash_price == Decimal("19.90")
    assert p["JK-2"].price == Decimal("1299.00")
    assert p["SK-3"].price == Decimal("9.5")
    assert p["MG-4"].price == Decimal("12") and p["MG-4"].currency == "EUR"
    assert cat.locale == "de_DE"


def test_french_spaces_and_currency_symbols_in_the_price_cells(tmp_path: Path) -> None:
    text = "sku;title;price\r\nA;Manteau;1 299,50 €\r\nB;Écharpe;€ 49,90\r\nC;Bonnet;19\u202f€\r\n"
    cat = load_catalog(write(tmp_path / "c.csv", text))
    p = by_sku(cat)
    assert [p[s].price for s in "ABC"] == [Decimal("1299.50"), Decimal("49.90"), Decimal("19")]
    assert {p[s].currency for s in "ABC"} == {"EUR"}
    assert cat.currency == "EUR" and cat.currency_source == "file"
    assert cat.usable


def test_numbers_that_read_two_ways_follow_the_stated_locale(tmp_path: Path) -> None:
    text = "sku,title,price,currency\nA,Lamp,1.299,EUR\nB,Vase,2.450,EUR\n"
    path = write(tmp_path / "c.csv", text)
    plain = load_catalog(path)
    assert by_sku(plain)["A"].price == Decimal("1.299")
    assert any("can be read two ways" in str(i) for i in plain.issues)  # said, not silent
    german = load_catalog(path, locale="de_DE")
    assert by_sku(german)["A"].price == Decimal("1299")
    assert not german.issues
    # A stated locale never overrules cells that can be read only one way.
    clear = load_catalog(
        write(tmp_path / "d.csv", "sku,title,price\nA,Lamp,24.90\n"), locale="de_DE"
    )
    assert by_sku(clear)["A"].price == Decimal("24.90")
    assert any("decimal point, unlike de_DE" in str(i) for i in clear.issues)


def test_a_semicolon_catalog_with_a_quoted_list_in_a_title_is_not_refused(tmp_path: Path) -> None:
    """csv.Sniffer guessed ',' and "'" from this and the file was refused for its 'sku'."""
    text = (
        "sku;title;price;currency\r\n"
        "TS-1;T-Shirt in 'S', 'M', 'L';24,90;EUR\r\n"
        "TS-2;Hoodie 'Classic', 'Zip';49,00;EUR\r\n"
    )
    cat = load_catalog(write(tmp_path / "c.csv", text))
    p = by_sku(cat)
    assert p["TS-1"].title == "T-Shirt in 'S', 'M', 'L'"
    assert p["TS-2"].price == Decimal("49.00")


def test_utf16_with_bom_reads_and_other_encodings_are_refused_clearly(tmp_path: Path) -> None:
    text = "sku\ttitle\tprice\tcurrency\r\nA\tÄpfel\t3,20\tEUR\r\n"
    path = tmp_path / "unicode.txt.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert by_sku(load_catalog(path))["A"].price == Decimal("3.20")
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("sku,title,price\nA,Äpfel,3\n".encode("latin-1"))
    with pytest.raises(CatalogError, match="not UTF-8") as exc:
        load_catalog(latin)
    assert "UTF-8" in exc.value.hint


# -- Shopify ----------------------------------------------------------------------------------


def test_an_escaped_quote_deep_in_a_long_body_does_not_shift_columns(tmp_path: Path) -> None:
    """Sniffing 4 KB turned doublequote off: rows shifted, titles got '– TRUE', prices 'deny'."""
    body = (
        "<p>"
        + "Soft organic cotton, pre-washed. " * 200
        + '<img alt=""front"" src=""x.jpg"">'
        + "</p>"
    )
    rows = [
        {"Handle": "tee", "Title": "Organic tee", "Body (HTML)": body, "Status": "active",
         "Option1 Name": "Size", "Option1 Value": "S", "Variant SKU": "TEE-S",
         "Variant Price": "29.00", "Variant Inventory Tracker": "shopify",
         "Variant Inventory Qty": "4", "Variant Inventory Policy": "deny", "Published": "TRUE",
         "Image Src": f"{CDN}/tee.jpg", "Image Position": "1"},
        {"Handle": "tee", "Option1 Value": "M", "Variant SKU": "TEE-M", "Variant Price": "29.00",
         "Variant Inventory Tracker": "shopify", "Variant Inventory Qty": "7",
         "Variant Inventory Policy": "deny"},
        {"Handle": "cap", "Title": "Cap", "Body (HTML)": body, "Variant SKU": "CAP",
         "Variant Price": "5700", "Variant Compare At Price": "6500", "Status": "active",
         "Option1 Name": "Title", "Option1 Value": "Default Title", "Published": "TRUE"},
    ]  # fmt: skip
    text = table(LEGACY, rows)
    assert text.index('""') > 4096
    cat = load_catalog(write(tmp_path / "products_export_1.csv", text), currency="JPY")
    p = by_sku(cat)
    assert list(p) == ["TEE-S", "TEE-M", "CAP"]
    assert p["TEE-M"].title == "Organic tee – M" and p["TEE-M"].stock == 7
    assert p["TEE-M"].image == f"{CDN}/tee.jpg"
    assert p["CAP"].price == Decimal("5700") and p["CAP"].compare_at == Decimal("6500")
    assert p["CAP"].title == "Cap" and p["CAP"].currency == "JPY"
    assert not cat.issues, [str(i) for i in cat.issues]


def test_current_shopify_column_names_with_variants_and_archived_rows(tmp_path: Path) -> None:
    rows = [
        {"Title": "Linen apron", "URL handle": "linen-apron", "Status": "Active",
         "Published on online store": "TRUE", "SKU": "APR-RUST-M", "Option1 name": "Colour",
         "Option1 value": "Rust", "Option2 name": "Size", "Option2 value": "M", "Price": "32.00",
         "Compare-at price": "40.00", "Inventory tracker": "shopify", "Inventory quantity": "12",
         "Continue selling when out of stock": "DENY", "Product image URL": f"{CDN}/apron-2.jpg",
         "Image position": "2"},
        # image-only row, earlier position: the product's first image
        {"URL handle": "linen-apron", "Product image URL": f"{CDN}/apron-1.jpg",
         "Image position": "1"},
        {"URL handle": "linen-apron", "SKU": "APR-SAGE-L", "Option1 value": "Sage",
         "Option2 value": "L", "Price": "34.00", "Inventory tracker": "shopify",
         "Inventory quantity": "0", "Continue selling when out of stock": "DENY",
         "Variant image URL": f"{CDN}/apron-sage.jpg"},
        {"URL handle": "linen-apron", "SKU": "APR-SAGE-XL", "Option1 value": "Sage",
         "Option2 value": "XL", "Price": "34.00", "Inventory tracker": "shopify",
         "Inventory quantity": "-2", "Continue selling when out of stock": "CONTINUE"},
        {"Title": "Old mug", "URL handle": "old-mug", "Status": "Archived", "SKU": "MUG-OLD",
         "Price": "9.00", "Published on online store": "FALSE"},
        {"Title": "E-book  “Bread”\u3000vol. 2", "URL handle": "ebook", "Status": "Active",
         "SKU": "EBK", "Price": "9.99", "Continue selling when out of stock": "CONTINUE",
         "Inventory quantity": "0"},
    ]  # fmt: skip
    cat = load_catalog(
        write(tmp_path / "products_export.csv", table(CURRENT, rows)), currency="EUR"
    )
    assert cat.format == "shopify-current"
    assert "Shopify" in cat.format_label and "current" in cat.format_label
    p = by_sku(cat)
    rust, sage, xl, mug, ebook = (
        p[s] for s in ("APR-RUST-M", "APR-SAGE-L", "APR-SAGE-XL", "MUG-OLD", "EBK")
    )
    assert rust.title == "Linen apron – Rust / M" and rust.price == Decimal("32.00")
    assert rust.compare_at == Decimal("40.00") and rust.stock == 12 and rust.sellable
    assert rust.image == f"{CDN}/apron-1.jpg"  # lowest position
    assert sage.image == f"{CDN}/apron-sage.jpg" and sage.stock == 0
    assert sage.sold_out and not sage.sellable  # tracked, 0, deny
    assert xl.stock == -2 and not xl.sold_out and xl.sellable  # keeps selling
    assert mug.status == "archived" and not mug.sellable
    assert ebook.title == "E-book  “Bread”\u3000vol. 2"  # as written
    assert ebook.stock is None and ebook.sellable  # untracked
    assert all(x.currency == "EUR" for x in cat)
    warnings = [str(i) for i in cat.issues]
    assert "Status: 1 variant is archived: kept off air (row 6)" in warnings


def test_the_same_product_in_the_legacy_names_reads_the_same(tmp_path: Path) -> None:
    current = [
        {"Title": "Apron", "URL handle": "apron", "Status": "Active", "SKU": "A-1",
         "Option1 name": "Size", "Option1 value": "M", "Price": "32.00",
         "Compare-at price": "40.00", "Inventory tracker": "shopify", "Inventory quantity": "3",
         "Continue selling when out of stock": "DENY", "Product image URL": f"{CDN}/a.jpg",
         "Image position": "1", "Variant image URL": f"{CDN}/a-m.jpg"},
    ]  # fmt: skip
    legacy = [
        {"Handle": "apron", "Title": "Apron", "Status": "active", "Variant SKU": "A-1",
         "Option1 Name": "Size", "Option1 Value": "M", "Variant Price": "32.00",
         "Variant Compare At Price": "40.00", "Variant Inventory Tracker": "shopify",
         "Variant Inventory Qty": "3", "Variant Inventory Policy": "deny",
         "Image Src": f"{CDN}/a.jpg", "Image Position": "1", "Variant Image": f"{CDN}/a-m.jpg"},
    ]  # fmt: skip
    a = load_catalog(write(tmp_path / "a.csv", table(CURRENT, current)), currency="EUR")
    b = load_catalog(write(tmp_path / "b.csv", table(LEGACY, legacy)), currency="EUR")
    assert a.format == "shopify-current" and b.format == "shopify-legacy"
    assert a.products == b.products


def test_a_shopify_export_without_a_currency_is_not_shown_in_dollars(tmp_path: Path) -> None:
    rows = [{"Handle": "dates", "Title": "تمر سكري", "Variant Price": "45.00", "Status": "active"}]
    path = write(tmp_path / "products_export_1.csv", table(LEGACY, rows))
    cat = load_catalog(path)
    (p,) = cat.products
    assert p.currency == "" and not cat.usable and cat.missing_currency
    assert any("names no currency" in str(i) for i in cat.issues)
    aed = load_catalog(path, currency="aed", currency_source="settings")
    assert aed.products[0].currency == "AED" and aed.usable
    assert (aed.currency, aed.currency_source) == ("AED", "settings")
    with pytest.raises(CatalogError, match="not a currency code"):
        load_catalog(path, currency="dollars")


def test_hostile_cells_are_issues_not_hangs_or_crashes(tmp_path: Path) -> None:
    huge = load_catalog(
        write(tmp_path / "s.csv", "sku,title,price,stock,currency\nA,Apron,10,1e999999999,EUR\n")
    )
    assert huge.get("A").stock is None
    assert "implausibly large" in str(huge.issues[0])
    with pytest.raises(CatalogError, match="nested too deeply"):
        load_catalog(write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000))
    shop = load_catalog(
        write(
            tmp_path / "shopify.csv",
            "Handle,Title,Variant SKU,Variant Price,Image Src,Image Position\n"
            "apron,Apron,A1,10,http://x.test/a.jpg,²\n",
        ),
        currency="EUR",
    )
    assert shop.get("A1").image == "http://x.test/a.jpg"
    exp = load_catalog(write(tmp_path / "e.csv", "sku,title,price,currency\nA,Apron,1e5,EUR\n"))
    assert exp.get("A").price is None and "not a number" in str(exp.issues[0])


# -- WooCommerce ------------------------------------------------------------------------------


def test_woocommerce_variable_products_without_skus(tmp_path: Path) -> None:
    rows = [
        {"ID": "10", "Type": "variable", "SKU": "", "Name": "Hoodie", "Published": "1",
         "In stock?": "1", "Images": f"{CDN}/hoodie.jpg, {CDN}/hoodie-back.jpg",
         "Attribute 1 name": "Colour", "Attribute 1 value(s)": "Blue, Red"},
        {"ID": "11", "Type": "variation", "SKU": "", "Name": "Hoodie - Blue", "Published": "1",
         "In stock?": "1", "Regular price": "45", "Sale price": "39.50", "Parent": "id:10",
         "Attribute 1 name": "Colour", "Attribute 1 value(s)": "Blue"},
        {"ID": "12", "Type": "variation", "SKU": "", "Name": "", "Published": "1",
         "In stock?": "0", "Regular price": "45", "Parent": "id:10",
         "Images": f"{CDN}/hoodie-red.jpg", "Attribute 1 value(s)": "Red"},
        {"ID": "13", "Type": "simple, downloadable, virtual", "SKU": "album", "Name": "Album",
         "Published": "-1", "In stock?": "1", "Regular price": "15"},
        {"ID": "14", "Type": "simple", "SKU": "mug", "Name": "Mug", "Published": "1",
         "In stock?": "1", "Stock": "0", "Backorders allowed?": "1", "Regular price": "12"},
        {"ID": "15", "Type": "external", "SKU": "pennant", "Name": "Pennant", "Published": "1",
         "Regular price": "11.05"},
    ]  # fmt: skip
    cat = load_catalog(
        write(tmp_path / "wc-product-export.csv", table(WOO, rows), bom=True), currency="EUR"
    )
    assert cat.format == "woocommerce"
    blue, red, album, mug = cat.products
    assert (blue.sku, blue.title) == ("id:10|Blue", "Hoodie - Blue")
    assert blue.price == Decimal("39.50") and blue.compare_at == Decimal("45")
    assert blue.image == f"{CDN}/hoodie.jpg" and blue.sellable  # the parent's first image
    assert (red.sku, red.title) == ("id:10|Red", "Hoodie - Red")
    assert red.image == f"{CDN}/hoodie-red.jpg" and red.sold_out and not red.sellable
    assert album.status == "draft" and not album.sellable
    assert mug.stock == 0 and mug.oversell and mug.sellable  # backorders keep it selling
    assert "row 7 (pennant), Type: sold on another site; left out" in [str(i) for i in cat.issues]


# -- our own CSV and JSON, the platform's catalog ---------------------------------------------


def test_our_own_csv_and_json_still_load(tmp_path: Path) -> None:
    own = tmp_path / "catalog.csv"
    own.write_text(
        "sku,title,price,currency,image,stock,description\n"
        'HK-1,"Skillet, cast iron",49.00,EUR,,40,"Pre-seasoned,\nfor every hob"\n'
        "HK-2,Mugs,abc,EUR,,x,\n",
        encoding="utf-8",
    )
    cat = load_catalog(own)
    assert cat.format == "studio-csv"
    assert cat.get("HK-1").title == "Skillet, cast iron"
    assert cat.get("HK-1").description == "Pre-seasoned,\nfor every hob"
    assert [str(i) for i in cat.issues] == [
        "row 3 (HK-2), price: 'abc' is not a number; ignored",
        "row 3 (HK-2), stock: 'x' is not a whole number; ignored",
    ]
    data = write(
        tmp_path / "catalog.json",
        json.dumps({"products": [{"sku": "J-1", "title": "Jar", "price": 5}]}),
    )
    jar = load_catalog(data, currency="EUR")
    assert jar.format == "studio-json" and jar.get("J-1").price == Decimal("5")
    with pytest.raises(CatalogError, match="Shopify"):
        load_catalog(write(tmp_path / "bad.csv", "name,price\nx,1\n"))


def test_the_platforms_catalog_json_reads_minor_units_per_currency(tmp_path: Path) -> None:
    items = [
        {"id": "prd_1", "sku": "K-1", "title": "Oud", "price_minor": 1234, "currency": "KWD"},
        {"id": "prd_2", "sku": "J-1", "title": "Tea", "price_minor": 1299, "currency": "JPY",
         "flash_price_minor": 999, "image_url": f"{CDN}/tea.jpg", "stock": 4},
        {"id": "prd_3", "sku": "H-1", "title": "Paprika", "price_minor": 129950, "currency": "HUF"},
    ]  # fmt: skip
    cat = load_catalog(write(tmp_path / "platform.json", json.dumps(items)))
    assert cat.format == "platform"
    p = by_sku(cat)
    assert p["K-1"].price == Decimal("1.234")
    assert p["J-1"].price == Decimal("1299") and p["J-1"].flash_price == Decimal("999")
    assert p["J-1"].image == f"{CDN}/tea.jpg"
    assert p["H-1"].price == Decimal("1299.50")
