"""Small readers every catalog format shares: text, counts, URLs, images, issues, currency."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlparse

from studio import i18n
from studio.show.catalog.model import CatalogIssue
from studio.show.catalog.prices import Price, read_price
from studio.show.money import decimals_of, is_currency, minor_units, split_currency

MAX_TITLE_CHARS = 300
MAX_COUNT_DIGITS = 12

Issue = Callable[[str, str], None]  # (column, message)


def text(value: object) -> str:
    """A cell as text, outer whitespace removed (inner spaces are kept as written)."""
    if value is None:
        return ""
    return str(value).strip()


def is_url(s: str) -> bool:
    """True for an absolute http(s) URL (an image or product link), False for a path."""
    u = urlparse(s)
    return u.scheme in ("http", "https") and bool(u.netloc)


def image_ref(value: str, base_dir: Path | None) -> str | None:
    """A URL as it is; a local path resolved against the catalog's folder."""
    value = value.strip()
    if not value:
        return None
    if is_url(value) or base_dir is None:
        return value
    p = Path(value).expanduser()
    return str(p if p.is_absolute() else base_dir / p)


def count(value: object, column: str, issue: Issue, *, negative_ok: bool = False) -> int | None:
    """A whole number ('12', '12.0', 12); None (with an issue) for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        issue(column, i18n._("{value!r} is not a whole number; ignored").format(value=value))
        return None
    try:
        d = Decimal(str(value).strip())
        if not d.is_finite() or d != d.to_integral_value():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        issue(column, i18n._("{value!r} is not a whole number; ignored").format(value=value))
        return None
    if d.adjusted() > MAX_COUNT_DIGITS:  # int() of 1e999999999 would not return
        issue(column, i18n._("{value!r} is implausibly large; ignored").format(value=value))
        return None
    n = int(d)
    if n < 0 and not negative_ok:
        issue(column, i18n._("{n} is negative; ignored").format(n=n))
        return None
    return n


def title_of(value: str, fallback: str, issue: Issue) -> str:
    """The title as written (spaces kept); the fallback when empty; cut when very long."""
    title = value.strip()
    if not title:
        issue(
            "title",
            i18n._("missing title; {fallback!r} is shown instead").format(fallback=fallback),
        )
        return fallback
    if len(title) > MAX_TITLE_CHARS:
        issue(
            "title",
            i18n._("title is {n} characters; cut to {limit}").format(
                n=len(title), limit=MAX_TITLE_CHARS
            ),
        )
        return title[: MAX_TITLE_CHARS - 1] + "…"
    return title


_TAG_RE = re.compile(r"<[^>]+>")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([,.;:!?])")


def plain(html_text: str, limit: int = 500) -> str:
    """An HTML body as one line of plain text (for a card's description)."""
    out = " ".join(html.unescape(_TAG_RE.sub(" ", html_text)).split())
    out = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", out)  # "<b>linen</b>," left "linen ,"
    return out if len(out) <= limit else out[: limit - 1] + "…"


def currency_code(value: str, locale: str) -> str | None:
    """'eur', 'EUR', '€' → 'EUR'; None when it names no currency."""
    v = value.strip()
    if not v:
        return None
    if is_currency(v.upper()):
        return v.upper()
    rest, code = split_currency(v, locale)
    return code if code and not rest else None


@dataclass
class Money:
    """Reads a product's money cells with the file's convention and currency.

    `currency` is the catalog's currency ("" when unknown). A cell naming another currency
    wins for its product when the catalog has none, and is reported when it conflicts.
    """

    locale: str
    currency: str
    named: set[str] = field(default_factory=set)

    def price(self, value: object, column: str, issue: Issue, currency: str) -> Price:
        """Read one price cell in this file's number convention; a cell that is not a price is
        reported through `issue` (column, message) and returned with its `problem` set."""
        p = read_price(value, self.locale, currency or None)
        if p.problem:
            issue(column, p.problem)
            return p
        if p.currency:
            self.named.add(p.currency)
            if currency and p.currency != currency:
                issue(
                    column,
                    i18n._("{value!r} is in {currency}, not {expected}; ignored").format(
                        value=text(value), currency=p.currency, expected=currency
                    ),
                )
                return Price(None)
        cur = currency or p.currency or ""
        if p.amount is not None and cur and decimals_of(p.amount) > minor_units(cur):
            issue(
                column,
                i18n._(
                    "{amount} has more decimals than {currency} has ({decimals}); shown as written"
                ).format(amount=p.amount, currency=cur, decimals=minor_units(cur)),
            )
        return p


def issue_collector(found: list[CatalogIssue], row: int, sku: str) -> Callable[[str, str], None]:
    """A callback that files (column, message) problems under this row and SKU into `found`."""

    def issue(column: str, message: str) -> None:
        found.append(CatalogIssue(row, sku, column, message))

    return issue
