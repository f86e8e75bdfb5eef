"""Money, once for the whole studio: amounts, minor units, formatting and parsing per locale.

Shapes: an amount is a `Decimal` in major units (Decimal("24.90") euros); on the platform's wire
it is an `int` of minor units (2490) beside an ISO 4217 code. Qt-free and I/O-free; every
function is pure and safe to call from any thread.

Sources of the rules:

- Minor units on the wire follow ISO 4217 (the `iso4217` package ships ISO's own table): KWD 3,
  JPY 0, HUF 2. CLDR's "digits" are a display convention and change between CLDR releases
  (CLDR 48, in Babel 2.19, moved HUF and IDR to 0 digits); a wire format must not change when a
  library is upgraded, so CLDR digits are only used for codes ISO does not list.
- Formatting and parsing follow the locale through Babel (CLDR): symbol, its position and
  spacing, separators and grouping (`babel.numbers.format_currency`, `parse_decimal`). Symbols
  are CLDR's for that locale, so CAD reads "CA$" in a US show and "$" in a Canadian one.
- A whole amount is shown without decimals ("$49", "1 300 Ft"); any other amount shows all the
  currency's minor digits ("1 299,50 Ft", "KWD 1.234"), never rounded away.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberFormatError,
    format_compact_decimal,
    format_decimal,
    get_currency_precision,
    list_currencies,
    parse_pattern,
)

from studio import i18n

log = logging.getLogger(__name__)

DEFAULT_LOCALE = "en_US"
MAX_AMOUNT = Decimal("1e12")  # nothing a live show sells costs more; larger is a typo


class MoneyError(ValueError):
    """An amount that cannot be used as money (not a number, too many decimals, no currency)."""


# -- currencies -----------------------------------------------------------------------------


@cache
def _iso_table() -> dict[str, int | None]:
    """ISO 4217 code → minor units (None where ISO says 'N.A.', e.g. gold)."""
    import iso4217

    out: dict[str, int | None] = {}
    for code, entry in iso4217.raw_table.items():
        units = str(entry.get("CcyMnrUnts") or "").strip()
        if code:
            out[code] = int(units) if units.isdigit() else None
    return out


@cache
def known_currencies() -> frozenset[str]:
    """Every code CLDR (through Babel) or ISO 4217 knows, historic ones included."""
    return frozenset(list_currencies()) | frozenset(_iso_table())


def is_currency(code: str) -> bool:
    """True for a known ISO 4217 / CLDR currency code (upper case, three letters)."""
    return len(code) == 3 and code.isascii() and code.isupper() and code in known_currencies()


@cache
def minor_units(currency: str) -> int:
    """Digits after the decimal point on the wire: ISO 4217, else CLDR's (2 by default).

    KWD → 3, JPY → 0, HUF → 2, EUR → 2. An unknown code gets CLDR's default (2).
    """
    cur = currency.upper()
    iso = _iso_table().get(cur)
    if iso is not None:
        return iso
    return int(get_currency_precision(cur))


def from_minor(amount_minor: int, currency: str) -> Decimal:
    """4900 EUR → Decimal('49.00'); 4900 JPY → Decimal('4900'); 1234 KWD → Decimal('1.234')."""
    return Decimal(int(amount_minor)).scaleb(-minor_units(currency))


def to_minor(amount: Decimal | int | str, currency: str) -> int:
    """Decimal('34.3') EUR → 3430. Exact: raises MoneyError rather than round a value away.

    Raises MoneyError when `amount` is not a finite number or has more decimals than the
    currency has minor units (Decimal('0.5') JPY, Decimal('1.2345') KWD).
    """
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount).strip())
    except InvalidOperation:
        raise MoneyError(_not_money(amount)) from None
    if not value.is_finite():
        raise MoneyError(_not_money(amount))
    digits = minor_units(currency)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise MoneyError(
            i18n._(
                "{amount} {currency} has more decimals than {currency} allows ({digits})"
            ).format(amount=value, currency=currency.upper(), digits=digits)
        )
    return int(scaled)


def _not_money(amount: object) -> str:
    return i18n._("{amount!r} is not an amount of money").format(amount=amount)


def decimals_of(amount: Decimal) -> int:
    """How many decimals an amount really has: 24.90 → 1, 24 → 0, 1.234 → 3."""
    if not amount.is_finite() or amount == amount.to_integral_value():
        return 0
    return max(0, -int(amount.normalize().as_tuple().exponent))


# -- locales --------------------------------------------------------------------------------


@cache
def babel_locale(name: str) -> Locale:
    """A Babel Locale for 'de_DE', 'pt-BR' or 'fr'; an unknown name falls back to en_US (logged).

    Babel's own defaults are kept: Latin digits, CLDR 'standard' patterns.
    """
    try:
        return Locale.parse((name or DEFAULT_LOCALE).replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        log.warning("unknown locale %r; money is formatted for %s", name, DEFAULT_LOCALE)
        return Locale.parse(DEFAULT_LOCALE)


def locale_decimal(locale: str) -> str:
    """The locale's decimal separator ('.' for en_US, ',' for de_DE)."""
    return str(babel_locale(locale).number_symbols["latn"]["decimal"])


# -- formatting -----------------------------------------------------------------------------


def format_money(amount: Decimal, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    """The amount as a buyer in `locale` reads it, in `currency`.

    `Decimal('1299.5'), 'EUR', 'de_DE'` → '1.299,50 €'; `Decimal('89'), 'USD', 'en_US'` →
    '$89'; `Decimal('1.234'), 'KWD', 'en_US'` → 'KWD 1.234'. An empty currency (unknown) gives
    the bare number in the locale's format, never another currency's symbol.
    """
    loc = babel_locale(locale)
    cur = currency.strip().upper()
    digits = (
        0
        if amount == amount.to_integral_value()
        else max(minor_units(cur) if cur else 2, decimals_of(amount))
    )
    if not cur:
        return format_decimal(amount, format=_plain_pattern(digits), locale=loc)
    pattern = parse_pattern(loc.currency_formats["standard"].pattern)  # a fresh copy
    pattern.frac_prec = (digits, digits)
    return _space_after_code(pattern.apply(amount, loc, currency=cur, currency_digits=False))


@cache
def _plain_pattern(digits: int) -> str:
    return "#,##0" + ("." + "0" * digits if digits else "")


def _space_after_code(text: str) -> str:
    """'KWD1.234' → 'KWD\u00a01.234', 'RM12.50' → 'RM\u00a012.50': CLDR's currencySpacing.

    UTS #35 (currencySpacing) puts a no-break space between a currency symbol whose edge is a
    letter and an adjacent digit; Babel 2.x does not apply the rule, so a code glued to the
    number. '$12' and 'US$12' stay as they are ('$' is a symbol, not a letter).
    """
    return _LETTER_DIGIT.sub("\u00a0", text)


_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def format_integer(n: int, locale: str = DEFAULT_LOCALE) -> str:
    """An exact whole number in the locale's digits and grouping (CLDR): 1,234 (en_US),
    1.234 (es, pt_BR), 1,234 (zh_TW)."""
    return format_decimal(n, locale=babel_locale(locale))


def format_count(n: int, locale: str = DEFAULT_LOCALE) -> str:
    """Compact counts for badges: 950, 1.2K, 12K, 1.3M, in the locale's words (CLDR)."""
    if abs(n) < 1000:
        return format_decimal(n, locale=babel_locale(locale))
    digits = 1 if abs(n) < 10_000 or 1_000_000 <= abs(n) < 10_000_000 else 0
    return format_compact_decimal(n, locale=babel_locale(locale), fraction_digits=digits)


# -- parsing --------------------------------------------------------------------------------

_BIDI = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_SPACES = "\u0020\u00a0\u202f\u2009\u2007\u3000"
_APOSTROPHES = "'\u2019"
_NUMBER = re.compile(r"^[+-]?[\d.," + _APOSTROPHES + _SPACES + r"]+$")


@dataclass(frozen=True)
class ParsedAmount:
    """A price cell understood: the amount, and the currency it named (None if it named none)."""

    amount: Decimal
    currency: str | None


@cache
def _symbols(locale: str) -> tuple[tuple[str, str], ...]:
    """(symbol, code) pairs a price cell may carry in `locale`, longest symbol first.

    CLDR's symbols for the locale and for English, plus every code itself. A symbol shared by
    several currencies ('$', '¥', 'kr') maps to the locale's first match; callers that know the
    file's currency prefer it (see `parse_amount`).
    """
    pairs: dict[str, str] = {}
    for loc in (babel_locale(locale), babel_locale("en")):
        for code, sym in loc.currency_symbols.items():
            s = unicodedata.normalize("NFKC", sym.translate(_BIDI)).strip()
            if s and not any(ch.isdigit() for ch in s):
                pairs.setdefault(s, code)
    territory = babel_locale(locale).territory
    if territory:
        from babel.numbers import get_territory_currencies

        for code in get_territory_currencies(territory)[:1]:
            sym = babel_locale(locale).currency_symbols.get(code, "").translate(_BIDI)
            sym = unicodedata.normalize("NFKC", sym).strip()
            if sym:
                pairs[sym] = code  # '$' in en_CA is CAD
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


def split_currency(text: str, locale: str, expected: str | None = None) -> tuple[str, str | None]:
    """Remove a currency code or symbol from a price cell: ('24,90 €', 'de_DE') → ('24,90', 'EUR').

    Returns the rest (trimmed) and the currency named, or None. A symbol the expected currency
    uses in this locale or in English is read as that currency ('$' with expected 'CAD').
    """
    s = unicodedata.normalize("NFKC", text.translate(_BIDI)).strip(_SPACES)
    if not s:
        return "", None
    m = re.match(r"^([A-Za-z]{3})(?![A-Za-z])\s*(.*)$", s) or re.match(
        r"^(.*?)\s*(?<![A-Za-z])([A-Za-z]{3})$", s
    )
    if m:
        a, b = m.groups()
        code, rest = (a, b) if re.fullmatch(r"[A-Za-z]{3}", a) else (b, a)
        if is_currency(code.upper()):
            return rest.strip(_SPACES), code.upper()
    exp_syms: set[str] = set()
    if expected:
        for name in (locale, "en"):
            sym = babel_locale(name).currency_symbols.get(expected)
            if sym:
                exp_syms.add(unicodedata.normalize("NFKC", sym.translate(_BIDI)).strip())
    candidates = [(sym, expected or "") for sym in sorted(exp_syms, key=len, reverse=True)]
    candidates += _symbols(locale)
    for sym, code in candidates:
        if not sym:
            continue
        if s.startswith(sym):
            return s[len(sym) :].strip(_SPACES), code
        if s.endswith(sym):
            return s[: -len(sym)].strip(_SPACES), code
    return s, None


def parse_amount(
    text: str, locale: str = DEFAULT_LOCALE, *, currency: str | None = None
) -> ParsedAmount:
    """A price as a person wrote it in `locale`: '1.299,00 €' (de_DE) → 1299.00 EUR.

    Separators are the locale's (Babel `parse_decimal`, strict about grouping, so '24,90' is
    not read as 2490 in en_US); any kind of space counts as a space-grouping locale's group
    separator. A currency code or symbol before or after the number is accepted and returned.
    Raises MoneyError for anything else: words, exponents ('1e5'), misplaced grouping,
    negative amounts, more than MAX_AMOUNT.
    """
    from babel.numbers import parse_decimal

    rest, named = split_currency(text, locale, currency)
    rest = rest.replace("\u2212", "-")
    if not rest or not _NUMBER.match(rest) or not any(ch.isdigit() for ch in rest):
        raise MoneyError(i18n._("{text!r} is not a number").format(text=text.strip()))
    loc = babel_locale(locale)
    group = str(loc.number_symbols["latn"]["group"])
    for family in (_SPACES, _APOSTROPHES):  # '1 299,50' typed with a plain space in fr_FR
        if group in family:
            rest = re.sub(f"[{family}]", group, rest)
        elif any(ch in family for ch in rest):
            raise MoneyError(_not_a_number_in(text, loc))
    try:
        value = parse_decimal(rest, locale=loc, strict=True)
    except NumberFormatError:
        raise MoneyError(_not_a_number_in(text, loc)) from None
    if not value.is_finite():
        raise MoneyError(i18n._("{text!r} is not a finite number").format(text=text.strip()))
    if value < 0:
        raise MoneyError(i18n._("{text} is negative").format(text=text.strip()))
    if value > MAX_AMOUNT:
        raise MoneyError(i18n._("{text} is implausibly large").format(text=text.strip()))
    return ParsedAmount(value, named)


def _not_a_number_in(text: str, loc: Locale) -> str:
    """'1.2.3' is not a number as people write them in `loc` (named in the interface's
    language by CLDR: 'Deutsch (Deutschland)', not 'de_DE')."""
    return i18n._("{text!r} is not a number as written in {language} ({locale})").format(
        text=text.strip(), language=_language_name(loc), locale=loc
    )


def _language_name(loc: Locale) -> str:
    try:
        return str(loc.get_display_name(babel_locale(i18n.language())) or loc)
    except (AttributeError, ValueError):
        return str(loc)
