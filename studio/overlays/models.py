"""What the overlays show, as immutable values the UI and platform threads hand to the scene."""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from studio import i18n


@dataclass(frozen=True)
class OrderAlert:
    """One live order, e.g. from the platform's order stream ("Mia from Taipei bought …")."""

    buyer: str
    product: str
    quantity: int = 1
    city: str | None = None


@dataclass(frozen=True)
class Supporter:
    """A viewer on the loyalty leaderboard."""

    name: str
    points: int
    tier: str | None = None  # the community tier (issue 21), drawn as a badge


@dataclass(frozen=True)
class OverlayComment:
    """A viewer's comment put on screen by the host or a moderator."""

    author: str
    text: str
    question: bool = False


# The words a theme may override (theme.json "words"), each an OverlayText member.
WORD_NAMES = (
    "scan", "sold", "only_left", "sold_out", "countdown", "ended", "bought", "bought_from",
    "quantity", "more_orders", "supporters", "points", "live", "comment_by", "comment_question",
    "someone", "flash_sale", "sold_to",
)  # fmt: skip


@dataclass(frozen=True)
class OverlayText:
    """Every word the overlays print, in the show's language.

    `language` is the show's (its audience's) language tag, which may differ from the window's:
    a Taiwanese creator can run a show for Spanish-speaking buyers. The fixed words come from
    that language's gettext catalogue (`studio.i18n.translations`), plural forms by its CLDR
    rules; `overrides` (a theme's `words`, see `overlay_text`) replace any of them, by member
    name, as templates with the same `{placeholders}`. Immutable; safe on the render thread.
    """

    language: str = "en"
    overrides: tuple[tuple[str, str], ...] = ()

    def _word(self, name: str, translated: str) -> str:
        for key, value in self.overrides:
            if key == name:
                return value
        return translated

    @property
    def _t(self) -> gettext.NullTranslations:
        return i18n.translations(self.language)

    @property
    def rtl(self) -> bool:
        """Whether the show's language is written right to left (Arabic, Hebrew...)."""
        return i18n.is_rtl(self.language)

    @property
    def scan(self) -> str:
        return self._word("scan", self._t.gettext("Scan to buy"))

    def sold(self, n: int) -> str:
        """'{n} sold' for a count of n (the caller formats n)."""
        return self._word("sold", self._t.ngettext("{n} sold", "{n} sold", n))

    def only_left(self, n: int) -> str:
        return self._word("only_left", self._t.ngettext("Only {n} left!", "Only {n} left!", n))

    @property
    def sold_out(self) -> str:
        return self._word("sold_out", self._t.gettext("Sold out"))

    @property
    def countdown(self) -> str:
        return self._word("countdown", self._t.gettext("Flash sale ends in"))

    @property
    def ended(self) -> str:
        return self._word("ended", self._t.gettext("Ended"))

    @property
    def bought(self) -> str:
        return self._word("bought", self._t.gettext("{buyer} just bought {product}"))

    @property
    def bought_from(self) -> str:
        return self._word(
            "bought_from", self._t.gettext("{buyer} from {city} just bought {product}")
        )

    @property
    def quantity(self) -> str:
        return self._word("quantity", self._t.pgettext("quantity after a product", " ×{n}"))

    def more_orders(self, n: int) -> str:
        """The toast that sums up a burst of orders: the first buyer and n others."""
        return self._word(
            "more_orders",
            self._t.ngettext(
                "{buyer} and {n} other just ordered", "{buyer} and {n} others just ordered", n
            ),
        )

    @property
    def supporters(self) -> str:
        return self._word("supporters", self._t.gettext("Top supporters"))

    def points(self, n: int) -> str:
        """A supporter's loyalty points."""
        return self._word("points", self._t.ngettext("{n} pt", "{n} pts", n))

    @property
    def live(self) -> str:
        return self._word("live", self._t.gettext("LIVE"))

    @property
    def comment_by(self) -> str:
        return self._word("comment_by", "{author}")

    @property
    def comment_question(self) -> str:
        return self._word("comment_question", self._t.gettext("{author} asks"))

    @property
    def someone(self) -> str:
        """The buyer's name when the platform sends none."""
        return self._word("someone", self._t.gettext("Someone"))

    @property
    def flash_sale(self) -> str:
        """The flash-sale badge ("FLASH SALE" in capitals on a card)."""
        return self._word("flash_sale", self._t.gettext("Flash sale"))

    @property
    def sold_to(self) -> str:
        """An auction's hammer line: "SOLD to {buyer}"."""
        return self._word("sold_to", self._t.gettext("SOLD to {buyer}"))
