"""Counts on the on-air engagement cards (issue 20) are written in the show's locale (CLDR via
Babel), not "1,234" in every language: poll votes, voucher claims left, auction bids, giveaway
entries; and the session's cards carry the locale the driver was given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from studio.overlays.auction import AuctionText, AuctionView, auction_panel
from studio.overlays.giveaway import GiveawayText, GiveawayView, giveaway_panel
from studio.overlays.poll import PollCard, PollText, votes_line
from studio.overlays.voucher import VoucherCard, VoucherText, left_line
from studio.session.engagement_overlays import poll_card, voucher_card
from studio.show.money import format_integer
from studio.show.polls import Poll
from studio.show.vouchers import Voucher

# (locale, 1234, 12345), as Babel writes them.
CASES = [
    ("en_US", "1,234", "12,345"),
    ("es", "1.234", "12.345"),
    ("pt_BR", "1.234", "12.345"),
    ("zh_TW", "1,234", "12,345"),
]


@pytest.mark.parametrize(("locale", "small", "big"), CASES)
def test_format_integer_follows_cldr(locale: str, small: str, big: str) -> None:
    assert format_integer(1234, locale) == small
    assert format_integer(12345, locale) == big


@pytest.mark.parametrize(("locale", "small", "big"), CASES)
def test_poll_votes_and_voucher_claims_in_the_locale(locale: str, small: str, big: str) -> None:
    card = PollCard("Tea?", ("Tea", "Coffee"), (50, 50), 12345, (0, 1), locale=locale)
    assert votes_line(card, PollText()) == f"{big} votes"
    v = VoucherCard("10%", "TEN", 1234, 12345, 60, locale=locale)
    assert left_line(v, VoucherText()) == f"{small} of {big} left"


@pytest.mark.parametrize(("locale", "small", "big"), CASES)
def test_auction_bid_count_in_the_locale(locale: str, small: str, big: str) -> None:
    view = AuctionView("Skillet", "€40", "live", 30, 60.0, bids=12345, leader="Maya", locale=locale)
    texts = [r.text for r in auction_panel(view).rows]
    assert any(t.endswith(f"· {big} bids") for t in texts), texts


def test_the_session_cards_carry_the_shows_locale() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    poll = Poll(id="pol_1", question="Tea?", options=("Tea", "Coffee"), votes=(6000, 6345))
    card = poll_card(poll, "pt_BR")
    assert card.locale == "pt_BR" and votes_line(card, PollText()) == "12.345 votes"
    assert poll_card(poll).locale == "en_US"
    v = Voucher(
        id="vch_1",
        code="TEN",
        currency="EUR",
        claim_limit=20000,
        expires_at=now + timedelta(minutes=5),
        percent_off=10,
        claims=7655,
        on_screen=True,
    )
    vc = voucher_card(v, now, "es")
    assert left_line(vc, VoucherText()) == "12.345 of 20.000 left"


# (language, count, the words): each language's CLDR plural rule picks the form; pt_BR's
# "one" covers 0 as well as 1, and es/pt_BR write "de" before a count of millions.
PLURALS = [
    ("en", 1, "1 bid", "1 entry"),
    ("en", 0, "0 bids", "0 entries"),
    ("en", 2, "2 bids", "2 entries"),
    ("es", 1, "1 puja", "1 participación"),
    ("es", 2, "2 pujas", "2 participaciones"),
    ("es", 1000000, "1000000 de pujas", "1000000 de participaciones"),
    ("pt_BR", 0, "0 lance", "0 participação"),
    ("pt_BR", 1, "1 lance", "1 participação"),
    ("pt_BR", 2, "2 lances", "2 participações"),
    ("zh_TW", 2, "2 次出價", "2 人參加"),
    ("id", 2, "2 tawaran", "2 peserta"),
]


@pytest.mark.parametrize(("language", "n", "bids", "entries"), PLURALS)
def test_auction_and_giveaway_counts_use_the_show_languages_plurals(
    language: str, n: int, bids: str, entries: str
) -> None:
    assert AuctionText(language).bids(n).format(n=n) == bids
    assert GiveawayText(language).entries(n).format(n=n) == entries


def test_a_pt_br_auction_and_giveaway_panel_read_in_portuguese() -> None:
    view = AuctionView("Panela", "R$ 40,00", "live", 30, 60.0, bids=1, leader="Ana", locale="pt_BR")
    texts = [r.text for r in auction_panel(view, AuctionText("pt_BR")).rows]
    assert "Ana está na frente · 1 lance" in texts, texts
    ended = AuctionView(
        "Panela", "R$ 40,00", "not_sold", bids=3, reserve_pending=True, locale="pt_BR"
    )
    panel = auction_panel(ended, AuctionText("pt_BR"))
    assert panel.label == "Leilão encerrado"
    assert "Preço mínimo não atingido · 3 lances" in [r.text for r in panel.rows]
    drawn = GiveawayView(
        "Vale-presente", "Comente #quero", "12.345", 12345, "drawn", winner="Bia", seed="ab" * 8
    )
    texts = [r.text for r in giveaway_panel(drawn, GiveawayText("pt_BR")).rows]
    assert "12.345 participações · Sorteio justo · semente ababababab…" in texts, texts
