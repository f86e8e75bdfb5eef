"""How a file writes its numbers, decided once per file, and price cells read with it.

A German or French spreadsheet writes `24,90`, `1.299,00` or `1 299,50`; Shopify writes
`24.90`. Reading each cell on its own guesses wrong on `1.299` (1299 or 1.299?), so the
convention is decided once from every price cell of the file, with a stated locale (`--locale`)
used when the cells cannot tell:

- a cell that can only be read one way is evidence: `24,90`, `9,5`, `1.299,00`, `1.234.567`
  say "decimal comma"; `24.90`, `1,299.00`, `1,234,567` say "decimal point";
- evidence one way only decides it (a stated locale that disagrees is overruled, with a note);
- evidence both ways: the stated locale, else the majority; the cells that disagree are reported;
- no evidence (whole numbers, or only `1.299`-like cells): the stated locale, else a decimal
  point, with a note when some cell could have been read either way.

The cells are then read by Babel for a locale of that convention (`money.parse_amount`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from studio import i18n
from studio.show.money import MoneyError, locale_decimal, parse_amount, split_currency

_SP = "[ \u00a0\u202f\u2009]"
_COMMA = [
    re.compile(r"^\d{1,3}(\.\d{3})+,\d+$"),
    re.compile(rf"^\d{{1,3}}({_SP}\d{{3}})+,\d+$"),
    re.compile(r"^\d+,(\d{1,2}|\d{4,})$"),
    re.compile(r"^\d{1,3}(\.\d{3}){2,}$"),
]
_POINT = [
    re.compile(r"^\d{1,3}(,\d{3})+\.\d+$"),
    re.compile(rf"^\d{{1,3}}({_SP}\d{{3}})+\.\d+$"),
    re.compile(r"^\d+\.(\d{1,2}|\d{4,})$"),
    re.compile(r"^\d{1,3}(,\d{3}){2,}$"),
]
_AMBIGUOUS = re.compile(r"^\d{1,3}[.,]\d{3}$")
_SPACE_GROUPED = re.compile(rf"\d{_SP}\d{{3}}")


@dataclass(frozen=True)
class Convention:
    """The locale prices are read with, and a note for the import report (or "")."""

    locale: str
    note: str = ""


def decide(cells: Iterable[str], stated: str | None) -> Convention:
    """The number convention of a file's price cells (see the module docstring)."""
    comma = point = 0
    ambiguous: list[str] = []
    spaced = False
    for raw in cells:
        s, _cur = split_currency(raw, stated or "en")
        s = s.lstrip("+-")
        if not s:
            continue
        spaced = spaced or bool(_SPACE_GROUPED.search(s))
        if any(p.match(s) for p in _COMMA):
            comma += 1
        elif any(p.match(s) for p in _POINT):
            point += 1
        elif _AMBIGUOUS.match(s):
            ambiguous.append(s)
    stated_comma = stated is not None and locale_decimal(stated) == ","
    comma_locale = stated if stated_comma and stated else ("fr_FR" if spaced else "de_DE")
    point_locale = stated if stated is not None and not stated_comma else "en_US"
    if comma and not point:
        note = (
            i18n._(
                "prices are written with a decimal comma, unlike {locale}; read with ','"
            ).format(locale=stated)
            if stated is not None and not stated_comma
            else ""
        )
        return Convention(comma_locale, note)
    if point and not comma:
        note = (
            i18n._(
                "prices are written with a decimal point, unlike {locale}; read with '.'"
            ).format(locale=stated)
            if stated_comma
            else ""
        )
        return Convention(point_locale, note)
    if comma and point:
        use_comma = stated_comma if stated is not None else comma > point
        mark = "','" if use_comma else "'.'"
        return Convention(
            comma_locale if use_comma else point_locale,
            i18n._(
                "prices mix decimal commas ({commas}) and decimal points ({points}); read with "
                "{mark} as the decimal mark, and the others are reported by row"
            ).format(commas=comma, points=point, mark=mark),
        )
    if stated is not None:
        return Convention(comma_locale if stated_comma else point_locale)
    if ambiguous:
        return Convention(
            "en_US",
            i18n._(
                "prices such as {example!r} can be read two ways; read with '.' as the "
                "decimal point (give --locale, e.g. de_DE, if ',' is the decimal mark)"
            ).format(example=ambiguous[0]),
        )
    return Convention("en_US")


@dataclass(frozen=True)
class Price:
    """A price cell read: amount (None if it failed), currency it named, problem (or "")."""

    amount: Decimal | None
    currency: str | None = None
    problem: str = ""


def read_price(value: object, locale: str, currency: str | None) -> Price:
    """One cell: '' → no price; numbers from JSON as they are; strings by `parse_amount`."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Price(None)
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        return Price(None, problem=i18n._("{value!r} is not a number; ignored").format(value=value))
    if not isinstance(value, str):  # a JSON number: machine notation, whatever the locale
        value = format(Decimal(str(value)), "f") if _finite(value) else str(value)
        locale = "en_US"
    try:
        parsed = parse_amount(value, locale, currency=currency)
    except MoneyError as exc:
        return Price(None, problem=i18n._("{error}; ignored").format(error=exc))
    return Price(parsed.amount, parsed.currency)


def _finite(value: int | float | Decimal) -> bool:
    try:
        d = Decimal(str(value))
    except ArithmeticError:
        return False
    return d.is_finite() and abs(d.adjusted()) < 40
