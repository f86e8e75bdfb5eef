"""Prices as a buyer in the show's locale expects to read them.

The number format (separators, digit shapes, symbol position) follows the show's locale; the
currency is the product's. A symbol is only used when it cannot be mistaken for the locale's own
currency ("$" for CAD in a US show would be a lie), otherwise a prefixed symbol or the ISO code.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from PySide6.QtCore import QLocale

# ISO 4217 minor units where not 2, for currencies live commerce actually uses.
_MINOR_UNITS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "IDR": 0, "TWD": 0, "HUF": 0}
# Unambiguous symbols used when the currency is not the locale's own.
_INTL_SYMBOL = {
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "JP¥",
    "CNY": "CN¥",
    "KRW": "₩",
    "TWD": "NT$",
    "HKD": "HK$",
    "SGD": "S$",
    "AUD": "A$",
    "CAD": "CA$",
    "NZD": "NZ$",
    "MXN": "MX$",
    "BRL": "R$",
    "INR": "₹",
    "THB": "฿",
    "VND": "₫",
    "PHP": "₱",
    "ILS": "₪",
    "TRY": "₺",
    "PLN": "zł",
    "CHF": "CHF",
    "MYR": "RM",
    "IDR": "Rp",
}


@cache
def _locale(name: str) -> QLocale:
    return QLocale(name)


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency.upper(), 2)


def format_money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    """`Decimal('1299.5'), 'EUR', 'de_DE'` → '1.299,50 €'; whole amounts drop '.00'."""
    loc = _locale(locale)
    cur = currency.upper()
    digits = minor_units(cur)
    q = amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    if digits and q == q.to_integral_value():
        digits = 0  # "$49" reads better on a sale card than "$49.00"
    own = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == cur
    if own:
        symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        if cur == "TWD":
            symbol = "NT$"
    else:
        symbol = _INTL_SYMBOL.get(cur, cur + "\u00a0")
    return loc.toCurrencyString(float(q), symbol, digits)


def format_count(n: int, locale: str = "en_US") -> str:
    """Compact counts for badges: 950, 1.2K, 12K, 1.3M, in the locale's digits."""
    loc = _locale(locale)
    if n < 1000:
        return loc.toString(n)
    for div, suffix in ((1_000_000, "M"), (1_000, "K")):
        if n >= div:
            v = n / div
            text = loc.toString(v, "f", 1 if v < 10 else 0)
            dec = loc.decimalPoint()
            if text.endswith(dec + loc.zeroDigit()):
                text = text[: -len(dec) - 1]
            return text + suffix
    return loc.toString(n)
