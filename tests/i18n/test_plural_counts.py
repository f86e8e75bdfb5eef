"""A count is never formatted into a fixed plural noun (issue 23: "Plural forms right").

`tr("{n} votes").format(n=1)` reads "1 votes" in English and picks no plural form in any
language; the window says `tr("%Ln vote(s)", None, n)` (forms in `studio_*.ts`, English's own
in `studio_en.ts`) and everything else `ngettext("{n} vote", "{n} votes", n)` (docs/i18n.md).
This test reads every window source string (the `.ts` catalogue `scripts/i18n update` keeps
current) and every gettext msgid (for a plural entry its singular, which must not hold a plural
noun either: "{title}: {orders} order, {units} units" is wrong for one unit) and fails on a
`{placeholder}` followed, at most one word later, by a countable English plural noun.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from babel.messages.pofile import read_po

from studio import i18n
from studio.show.state import SyncStatus

# The countable nouns the window, the CLI, the overlays and the report count (from the strings
# of issue 23's review), and the usual units of time.
NOUNS = (
    "orders|units|votes|files|steps|entries|items|bids|viewers|members|points|pts|products|"
    "comments|claims|clips|pictures|frames|cores|hours|minutes|seconds|days|weeks|times|"
    "changes|shows|warnings|variants|lines|rows|sales|buyers|tickets|characters|numbers|"
    "people|others|sources|scenes|destinations|messages|questions|supporters|resellers|"
    "vouchers|polls|auctions|giveaways|tokens|controls|devices|attempts|tries|errors|problems|"
    "images|streams"
)
# A count, then at most one lowercase word that is not a preposition ("{cpus} processor cores",
# not "{value:.1%} of frames" nor "{error} The files"), then the noun.
PATTERN = re.compile(
    r"\{\w*(?:[:!][^}]*)?\}\s+(?:(?!(?:of|in|at|to|for|from|by|on|with)\b)[a-z-]+\s+)?"
    r"(" + NOUNS + r")\b"
)

# Strings whose count can never be 1, each with the reason. A stale entry fails too.
NEVER_ONE = {
    "No hardware encoder, but {cpus} processor cores are enough for 1080p.":
        "shown only when cpus >= 8 (studio/ui/wizard.py suggest_profile)",
    "A rehearsal needs at least {MIN_REHEARSAL_S:.0f} seconds (got {duration}).":
        "a constant, 10 (studio/commands/demo.py)",
    "The server at {host} accepted the stream and then closed the connection before taking "
    "any of it, {refused} times in a row: it is refusing this stream.":
        "said once refused >= REFUSED_SESSIONS = 3 (studio/engine/outputs/rtmp.py)",
    "The ingest server {where} redirected the stream more than {MAX_REDIRECTS} times (last "
    "to {shown}).": "a constant, 3 (studio/engine/outputs/rtmp_client.py)",
    "title is {n} characters; cut to {limit}": "said only when n > limit >= 1",
    "A name has at most {NAME_MAX} characters.": "a constant, 40 (studio/ui/invites.py)",
    "{what} must be a list of {n} numbers.": "n is 2 (a point) or 4 (a rectangle)",
    "  audience  {rate:g} orders/s; Ctrl-C to stop": "a rate with its unit, not a count",
}  # fmt: skip


@pytest.fixture
def english_after() -> Iterator[None]:
    """The rest of the suite expects English."""
    yield
    i18n.set_language("en")


def qt_sources() -> set[str]:
    """Every window source string (English is the source language of each .ts)."""
    tree = ET.parse(i18n.TS_DIR / "studio_es.ts")
    return {m.findtext("source") or "" for m in tree.iter("message")}


def gettext_sources() -> set[str]:
    """Every gettext msgid (the singular of a plural entry)."""
    with (i18n.PO_DIR / "studio.pot").open("rb") as f:
        template = read_po(f)
    return {m.id[0] if isinstance(m.id, tuple) else m.id for m in template if m.id}


def fixed_plurals(sources: set[str]) -> list[str]:
    """The strings of `sources` that format a count into a fixed plural noun."""
    return sorted(s for s in sources if PATTERN.search(s) and s not in NEVER_ONE)


def test_the_check_finds_a_count_before_a_fixed_plural_noun() -> None:
    """Strings the window used to show ("1 orders", "1 files written") are caught; plural-aware
    ones and plain placeholders are not."""
    bad = {
        "{orders} orders · shows attended: {shows} · streak {streak}",
        "{what}: {q} · {n} votes",
        "{n} files written.",
        "Uploading {done} of {total} files ({sent} of {size})…",
        "No hardware encoder and {cpus} processor cores: 720p keeps the show smooth.",
        "{title}: {orders} order, {units} units",
        "about {hours:.0f} hours of recording",
        "{standing} points: {vested} vested, {pending} pending",
    }
    good = {
        "%Ln order(s) · shows attended: {shows} · streak {streak}",
        "{what}: {q} · %Ln vote(s)",
        "{n} vote",
        "Removed the source {name}. {key} puts it back.",
        "The file {path} does not exist.",
        "{code} · {label} · claimed: {n} of {limit} · used: {r}",
        "{value:.1%} of frames lost in the last {minutes}",
        "Upload failed: {error} The files are kept in {folder}; try again with Upload.",
    }
    assert fixed_plurals(bad | good) == sorted(bad)


def test_no_window_string_formats_a_count_into_a_plural_noun() -> None:
    found = fixed_plurals(qt_sources())
    assert not found, (
        "use tr('%Ln noun(s)', None, n) and fill the forms in studio/i18n/ts (studio_en.ts "
        "too), or reword as a label ('Orders: {n}'):\n" + "\n".join(found)
    )


def test_no_gettext_string_formats_a_count_into_a_plural_noun() -> None:
    found = fixed_plurals(gettext_sources())
    assert not found, (
        "use i18n.ngettext('{n} noun', '{n} nouns', n) and fill the .po plural forms, or reword "
        "as a label ('orders: {n}'):\n" + "\n".join(found)
    )


def test_every_never_one_exception_is_still_in_use() -> None:
    stale = sorted(set(NEVER_ONE) - qt_sources() - gettext_sources())
    assert not stale, f"remove from NEVER_ONE (no longer a source string): {stale}"


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "1 change waiting to sync", "2 changes waiting to sync"),
        ("es", "1 cambio pendiente de sincronizar", "2 cambios pendientes de sincronizar"),
        ("pt-BR", "1 alteração aguardando sincronização", "2 alterações aguardando sincronização"),
        ("zh-TW", "1 項變更等待同步", "2 項變更等待同步"),
    ],
)
def test_a_gettext_count_takes_each_languages_plural_form(
    lang: str, one: str, two: str, english_after: None
) -> None:
    """The status bar's sync line (studio/show/state.py), through the compiled catalogue."""
    i18n.set_language(lang)
    assert SyncStatus(pending=1).pending_text == one
    assert SyncStatus(pending=2).pending_text == two
