"""Money: minor units per ISO 4217, formatting and parsing per locale through Babel (CLDR)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import list_currencies
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.show.money import (
    MoneyError,
    format_money,
    from_minor,
    minor_units,
    parse_amount,
    to_minor,
)

LOCALES = ["en_US", "de_DE", "fr_FR", "hu_HU", "ja_JP", "ar_EG", "hi_IN", "de_CH", "pt_BR"]
CURRENCIES = sorted(list_currencies())


def test_minor_units_follow_iso_4217_not_a_hand_table() -> None:
    assert [minor_units(c) for c in ("KWD", "JPY", "HUF", "EUR", "CLP", "BHD")] == [
        3,
        0,
        2,
        2,
        0,
        3,
    ]
    assert from_minor(1234, "KWD") == Decimal("1.234")
    assert from_minor(129950, "HUF") == Decimal("1299.50")
    assert to_minor(Decimal("34.3"), "EUR") == 3430
    with pytest.raises(MoneyError, match="more decimals"):
        to_minor(Decimal("0.5"), "JPY")  # never rounded away silently
    with pytest.raises(MoneyError):
        to_minor("NaN", "EUR")


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "shown"),
    [
        ("1.234", "KWD", "en_US", "KWD\u00a01.234"),
        ("1299.50", "HUF", "hu_HU", "1\u00a0299,50\u00a0Ft"),
        ("1300", "HUF", "hu_HU", "1\u00a0300\u00a0Ft"),
        ("12800", "JPY", "ja_JP", "￥12,800"),
        ("1299.5", "EUR", "de_DE", "1.299,50\u00a0€"),
        ("89", "USD", "en_US", "$89"),
        ("89", "CAD", "en_US", "CA$89"),
        ("24.9", "", "de_DE", "24,90"),  # no currency: a bare number, never '$'
    ],
)
def test_prices_are_shown_with_the_currencys_digits_in_the_locales_format(
    amount: str, currency: str, locale: str, shown: str
) -> None:
    assert format_money(Decimal(amount), currency, locale) == shown


@pytest.mark.parametrize(
    ("text", "locale", "amount", "currency"),
    [
        ("24,90", "de_DE", "24.90", None),
        ("1.299,00 €", "de_DE", "1299.00", "EUR"),
        ("1 299,50", "fr_FR", "1299.50", None),  # a plain space for U+202F
        ("€24.90", "en_US", "24.90", "EUR"),
        ("AED 365.00", "en_US", "365.00", "AED"),
        ("RM12.50", "ms_MY", "12.50", "MYR"),
    ],
)
def test_price_cells_as_people_write_them(
    text: str, locale: str, amount: str, currency: str | None
) -> None:
    got = parse_amount(text, locale)
    assert (got.amount, got.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize("text", ["24,90", "1e5", "twelve", "-5", "1,2,3.4", ""])
def test_what_is_not_a_price_in_en_us_is_refused_not_guessed(text: str) -> None:
    with pytest.raises(MoneyError):
        parse_amount(text, "en_US")


@settings(max_examples=400, deadline=None)
@given(
    currency=st.sampled_from(CURRENCIES),
    locale=st.sampled_from(LOCALES),
    units=st.integers(min_value=0, max_value=10**11),
)
def test_every_cldr_currency_round_trips_format_then_parse(
    currency: str, locale: str, units: int
) -> None:
    """What a card shows reads back as the same amount and currency in the same locale."""
    amount = from_minor(units, currency)
    shown = format_money(amount, currency, locale)
    back = parse_amount(shown, locale, currency=currency)
    assert back.amount == amount, shown
    assert back.currency == currency, shown
