"""`studio catalog import`: a creator checks a file before the show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio import paths
from studio.cli import main
from studio.config import Config, PlatformSettings, save_config

DATA = Path(__file__).resolve().parent.parent / "data" / "catalogs"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, str(folder))
    return folder


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["catalog", "import", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_report_of_a_woocommerce_export(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, str(DATA / "woo-sample.csv"), "--currency", "EUR", "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {"format", "products", "warnings"}
    assert report["format"] == "woocommerce"
    beanie = next(p for p in report["products"] if p["sku"] == "woo-beanie")
    assert beanie == {
        "sku": "woo-beanie",
        "title": "Beanie",
        "price": "18",
        "compare_at": "20",
        "flash_price": None,
        "currency": "EUR",
        "stock": None,
        "sellable": True,
        "status": "active",
        "image": "https://woocommercecore.mystagingwebsite.com/wp-content/uploads/2021/12/beanie-2.jpg",
    }
    assert len(report["products"]) == 21
    assert "row 25 (wp-pennant), Type: sold on another site; left out" in report["warnings"]


def test_a_file_without_currency_is_not_usable_until_one_is_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(DATA / "lavie-eg.csv")
    code, out, err = run(capsys, path)
    assert code == 2
    assert "no currency given" in out and "--currency" in err
    code, out, _err = run(capsys, path, "--currency", "EGP", "--locale", "ar_EG")
    assert code == 0
    assert "Read as Shopify products export" in out and "prices in EGP (--currency)" in out
    assert "420" in out and "ج.م.\u200f" in out  # Egyptian pounds, as Arabic readers write them


def test_the_shop_currency_in_the_settings_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    save_config(Config(platform=PlatformSettings(currency="JPY")))
    code, out, _err = run(capsys, str(DATA / "puzzlly-ja.csv"), "--json")
    assert code == 0
    report = json.loads(out)
    assert {p["currency"] for p in report["products"]} == {"JPY"}
    assert report["products"][0]["price"] == "8000"


def test_a_german_excel_file_and_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    excel = tmp_path / "katalog.csv"
    excel.write_bytes("\ufeffsku;title;price;currency\r\nA;Jacke;1.299,00;EUR\r\n".encode())
    code, out, _err = run(capsys, str(excel), "--locale", "de_DE")
    assert code == 0 and "1.299\u00a0€" in out
    code, _out, err = run(capsys, str(tmp_path / "missing.csv"))
    assert code != 0 and "does not exist" in err and "Traceback" not in err
