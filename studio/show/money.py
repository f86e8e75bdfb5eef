"""Money without Qt: platform minor units to Decimal and back, per ISO 4217 exponent.

The platform speaks integer minor units (cents); catalogs and cards speak Decimal amounts.
Converting in one place keeps a yen price from being divided by a hundred.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# ISO 4217 currencies whose minor unit is not 1/100.
_ZERO = ("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI")
_ZERO_MORE = ("VND", "VUV", "XAF", "XOF", "XPF")
_THREE = ("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND")
_EXPONENT = {**dict.fromkeys(_ZERO + _ZERO_MORE, 0), **dict.fromkeys(_THREE, 3)}


def minor_units(currency: str) -> int:
    """Digits after the decimal point for `currency` (2 unless ISO 4217 says otherwise)."""
    return _EXPONENT.get(currency.upper(), 2)


def from_minor(amount_minor: int, currency: str) -> Decimal:
    """4900 EUR → Decimal('49.00'); 4900 JPY → Decimal('4900')."""
    return Decimal(amount_minor).scaleb(-minor_units(currency))


def to_minor(amount: Decimal | int | str, currency: str) -> int:
    """Decimal('34.3') EUR → 3430, rounded half up to the currency's smallest unit."""
    value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
    if not value.is_finite():
        raise ValueError(f"{amount!r} is not an amount of money")
    return int(value.scaleb(minor_units(currency)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
