"""The command line speaks the interface language, and a translation never breaks what the
words around it do: argparse's help formatting and the redactor's view of an example URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from studio import i18n
from studio.cli import build_parser, main
from studio.ingest_url import _hint
from studio.redact import redact

LANGS = ["en", *i18n.SHIPPED]


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("lang", LANGS)
def test_every_help_page_formats_in_every_language(lang: str, language: None) -> None:
    """argparse %-formats help texts: a translated '10 %' must not crash --help."""
    i18n.set_language(lang)
    parser = build_parser()
    assert parser.format_help()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for sub in action.choices.values():
            assert sub.format_help()


@pytest.mark.parametrize("lang", LANGS)
def test_the_example_url_survives_the_redactor(lang: str, language: None) -> None:
    """The hint under a bad URL shows its example whole: a translation that glued a word to
    the example's placeholder key had the redactor mask the words after it."""
    i18n.set_language(lang)
    shown = redact(_hint())
    assert "STREAM-KEY" in shown and "rtmps://" in shown, shown


def test_errors_are_printed_in_the_interface_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, language: None
) -> None:
    monkeypatch.setenv("STUDIO_LANGUAGE", "es")
    assert main(["broadcast", "--url", "http://x/y", "--duration", "1"]) == 2
    err = capsys.readouterr().err
    assert "no es una dirección RTMP" in err and "Usa rtmp:// o rtmps://" in err
