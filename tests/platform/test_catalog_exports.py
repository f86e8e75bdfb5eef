"""Nine real catalog exports, each read as the show would, variant by variant.

The files in tests/data/catalogs are exports that sellers and the two platforms published
(see MANIFEST.md there for sources and what each exercises), each beside the reading of an
independent reference reader (`*.expected.json`). Every variant must come out with the
reference's price, compare-at price, title, stock and sellability, image and status.

The reference keeps raw facts (inventory quantity, tracker, policy, published flag); the rule
that turns them into what the show uses is the importer's documented one, restated here:
stock counts only when tracked; only tracked stock at or below zero with the "deny" policy is
sold out; a draft, archived or unpublished variant is not sellable; a compare-at price is a
"was" price only when above the price.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from studio.show.catalog import Product, load_catalog

DATA = Path(__file__).resolve().parent.parent / "data" / "catalogs"
# The shop's currency, as a creator gives it with --currency (the exports name none).
CURRENCY = {
    "anfas-ar": "AED",
    "babyheaven-es": "HNL",
    "lavie-eg": "EGP",
    "parispousse-fr": "EUR",
    "puzzlly-ja": "JPY",
    "shopify-template-2023": "USD",
    "shopify-template-current": "USD",
    "tonghing-my": "MYR",
    "woo-sample": "USD",
}
FILES = sorted(p.stem for p in DATA.glob("*.csv"))


def expected_view(v: dict[str, Any], fmt: str) -> dict[str, Any]:
    price = Decimal(v["price"]) if v["price"] else None
    was = Decimal(v["compare_at_price"]) if v["compare_at_price"] else None
    if was is not None and (price is None or was <= price):
        was = None
    if fmt == "woocommerce":
        stock = v["inventory_qty"]
        sold_out = v["in_stock"] == "0" or (stock is not None and stock <= 0)
        status = "draft" if v["published"] == "-1" else "active"
        published = v["published"] != "0"
    else:
        stock = v["inventory_qty"] if v["inventory_tracker"] else None
        sold_out = stock is not None and stock <= 0 and v["inventory_policy"] != "continue"
        status = v["status"] or "active"
        published = v["published"] != "false"
    return {
        "title": v["title"],
        "price": price,
        "compare_at": was,
        "stock": stock,
        "sellable": status == "active" and published and price is not None and not sold_out,
        "image": v["image"],
        "status": status,
    }


def actual_view(p: Product) -> dict[str, Any]:
    return {
        "title": p.title,
        "price": p.price,
        "compare_at": p.compare_at,
        "stock": p.stock,
        "sellable": p.sellable,
        "image": p.image,
        "status": p.status,
    }


def test_the_corpus_is_all_here() -> None:
    assert sorted(CURRENCY) == FILES, "tests/data/catalogs changed: update CURRENCY"
    assert (DATA / "MANIFEST.md").is_file()


@pytest.mark.parametrize("name", FILES)
def test_a_real_export_reads_like_the_reference(name: str) -> None:
    ref = json.loads((DATA / f"{name}.expected.json").read_text(encoding="utf-8"))
    cat = load_catalog(DATA / f"{name}.csv", currency=CURRENCY[name])
    assert cat.format == ref["format"]
    assert cat.usable and cat.currency == CURRENCY[name]
    by_row = {p.row: p for p in cat}
    assert len(cat.products) == len(ref["variants"])
    keys = [v["key"] for v in ref["variants"]]
    mismatches = []
    for v in ref["variants"]:
        p = by_row.get(v["row"])
        if p is None:
            mismatches.append(f"row {v['row']}: missing")
            continue
        want, got = expected_view(v, ref["format"]), actual_view(p)
        diff = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
        if keys.count(v["key"]) == 1 and p.sku != v["key"]:
            diff["sku"] = (v["key"], p.sku)
        if p.currency != CURRENCY[name]:
            diff["currency"] = (CURRENCY[name], p.currency)
        if diff:
            mismatches.append(f"row {v['row']}: {diff}")
    assert not mismatches, "\n".join(mismatches[:20])
    skus = [p.sku for p in cat]
    assert len(set(skus)) == len(skus)  # duplicate SKUs (tonghing-my) are kept apart, said


def test_duplicate_skus_in_a_real_export_are_kept_and_reported() -> None:
    cat = load_catalog(DATA / "tonghing-my.csv", currency="MYR")
    dup = [str(i) for i in cat.issues if "also used on row" in i.message]
    assert len(dup) == 2
    assert any("'2001005" in d and "row 20" in d for d in dup)
    assert cat.get("'2001005 (new-zealand-beef-shortrib)").price == Decimal("27.15")


def test_shopifys_own_sample_says_what_it_keeps_off_air() -> None:
    cat = load_catalog(DATA / "shopify-template-2023.csv", currency="USD")
    text = [str(i) for i in cat.issues]
    assert "Status: 3 variants are draft: kept off air (rows 14, 15, 16)" in text
    assert "Status: 1 variant is archived: kept off air (row 18)" in text
    assert sum(p.sellable for p in cat) == 12
    # untracked inventory with quantity 0 is not "sold out"
    assert all(not p.sold_out for p in cat)
