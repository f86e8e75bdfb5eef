"""How the report writes its figures: money through `studio.show.money` (CLDR), percentages,
durations and dates in the report's locale (Babel). Pure functions, any thread."""

from __future__ import annotations

from datetime import UTC, datetime

from babel.dates import format_datetime
from babel.numbers import format_decimal, format_percent

from studio import i18n
from studio.show.money import babel_locale, format_money, from_minor


class Formatter:
    """Formats for one report: `currency` (ISO 4217) and `locale` ('en_US', 'de_DE')."""

    def __init__(self, currency: str, locale: str = "en_US", tz: str | None = None) -> None:
        self.currency = currency
        self.locale = locale
        self._loc = babel_locale(locale)
        self.tz = tz

    def money(self, minor: int | None) -> str:
        """2490 → '€24.90' (None → '—')."""
        if minor is None:
            return "—"
        return format_money(from_minor(minor, self.currency or "XXX"), self.currency, self.locale)

    def number(self, n: float | int | None, digits: int = 0) -> str:
        """A count or a rate with `digits` decimals, grouped for the locale."""
        if n is None:
            return "—"
        fmt = "#,##0" + ("." + "0" * digits if digits else "")
        return str(format_decimal(n, format=fmt, locale=self._loc))

    def percent(self, ratio: float | None, digits: int = 1) -> str:
        """0.1234 → '12.3%' (locale's sign and spacing)."""
        if ratio is None:
            return "—"
        fmt = "#,##0" + ("." + "0" * digits if digits else "") + "%"
        return str(format_percent(ratio, format=fmt, locale=self._loc))

    def ratio(self, x: float | None) -> str:
        """An uplift: 2.5 → '×2.5'."""
        return "—" if x is None else f"×{self.number(x, 1)}"

    @staticmethod
    def duration(seconds: float) -> str:
        """3725 → '1 h 02 min', 605 → '10 min 05 s', 42 → '42 s'."""
        s = round(seconds)
        h, rest = divmod(s, 3600)
        m, sec = divmod(rest, 60)
        if h:
            return i18n._("{h} h {m:02d} min").format(h=h, m=m)
        if m:
            return i18n._("{m} min {sec:02d} s").format(m=m, sec=sec)
        return f"{sec} s"

    @staticmethod
    def minute(seconds: float) -> str:
        """Seconds from the show's start as 'm:ss'."""
        s = round(seconds)
        return f"{s // 60}:{s % 60:02d}"

    def when(self, t: float | None) -> str:
        """A server time as a date and time in the report's locale (local time zone)."""
        if t is None:
            return "—"
        dt = datetime.fromtimestamp(t, UTC).astimezone()
        return str(format_datetime(dt, format="medium", locale=self._loc))
