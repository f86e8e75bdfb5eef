"""Money errors and the platform's refusals read in the interface language.

A price that cannot be read says why in the creator's language. A refusal from the platform
(an RFC 9457 problem) is told as our own translated sentence for the contract's known problem
types; an unknown type shows the platform's words inside a translated sentence; a platform
that answers in the interface's language (its Content-Language) is shown as it wrote it.
Real sandbox over HTTP, and a small real HTTP server for the types the sandbox never sends.
"""

from __future__ import annotations

import ast
import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from studio import i18n
from studio.platform.client import NO_RETRY, PlatformClient
from studio.platform.errors import PROBLEM_MESSAGES, Conflict, PermissionDenied
from studio.sandbox.server import SandboxServer
from studio.show.money import MoneyError, parse_amount, to_minor

ROOT = Path(__file__).resolve().parents[2]
LANGS = list(i18n.SHIPPED)


@pytest.fixture
def language() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    sb = SandboxServer(
        db_path=tmp_path_factory.mktemp("sb") / "sandbox.db",
        live=True,
        simulate=False,
        rate_limit=None,
    ).start()
    try:
        yield sb
    finally:
        sb.stop()


# -- money ------------------------------------------------------------------------------------

BAD_PRICES = [
    (lambda: parse_amount("abc", "de_DE"), "'abc'"),
    (lambda: parse_amount("1.2.3", "de_DE"), "'1.2.3'"),
    (lambda: parse_amount("-5", "en_US"), "-5"),
    (lambda: parse_amount("9999999999999", "en_US"), "9999999999999"),
    (lambda: to_minor("0.5", "JPY"), "JPY"),
    (lambda: to_minor("lots", "EUR"), "'lots'"),
]


def _english(call: object) -> str:
    i18n.set_language("en")
    with pytest.raises(MoneyError) as err:
        call()  # type: ignore[operator]
    return str(err.value)


@pytest.mark.parametrize("lang", LANGS)
def test_a_price_that_cannot_be_read_says_why_in_the_interface_language(
    lang: str, language: None
) -> None:
    for call, kept in BAD_PRICES:
        english = _english(call)
        i18n.set_language(lang)
        with pytest.raises(MoneyError) as err:
            call()  # type: ignore[operator]
        said = str(err.value)
        assert said != english and kept in said, (lang, english, said)


def test_a_wrong_number_names_the_locale_in_the_interface_language(language: None) -> None:
    i18n.set_language("es")
    with pytest.raises(MoneyError) as err:
        parse_amount("1.2.3", "de_DE")
    assert "alemán (Alemania)" in str(err.value) and "de_DE" in str(err.value)


# -- the platform's refusals ------------------------------------------------------------------


def test_a_known_refusal_is_our_translated_sentence(sandbox: SandboxServer, language: None) -> None:
    """A co-host ending the show (403 forbidden): in English the platform's own words, in
    zh-TW our sentence for `forbidden`, with the platform's words kept in `detail`."""
    english = "A cohost cannot end the show; only the host can."
    for lang, want in [("en", english), ("zh-TW", "你的角色無法執行這個操作。")]:
        i18n.set_language(lang)
        client = PlatformClient(sandbox.api_url, token=sandbox.cohost_token, retry=NO_RETRY)
        with pytest.raises(PermissionDenied) as denied:
            client.end_show(sandbox.show_id, uuid.uuid4().hex)
        client.close()
        assert want in denied.value.message, (lang, denied.value.message)
        assert denied.value.detail == english and denied.value.slug == "forbidden"
        if lang != "en":
            assert english not in str(denied.value)
            assert denied.value.hint == "請主播來做，或請主播變更你的角色。"


class _Problems(BaseHTTPRequestHandler):
    """Answers every GET with the problem in `server.problem` (and its Content-Language);
    keeps the Accept-Language it was sent."""

    def do_GET(self) -> None:
        server = self.server
        server.seen.append(self.headers.get("Accept-Language"))  # type: ignore[attr-defined]
        body = json.dumps(server.problem).encode()  # type: ignore[attr-defined]
        self.send_response(409)
        self.send_header("Content-Type", "application/problem+json")
        lang = server.content_language  # type: ignore[attr-defined]
        if lang:
            self.send_header("Content-Language", lang)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def problems_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Problems)
    server.seen = []  # type: ignore[attr-defined]
    server.content_language = None  # type: ignore[attr-defined]
    server.problem = {  # type: ignore[attr-defined]
        "type": "https://shop.example/problems/cart-frozen",
        "title": "Cart frozen",
        "status": 409,
        "detail": "The cart is frozen during the countdown.",
    }
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _refusal(server: ThreadingHTTPServer) -> Conflict:
    client = PlatformClient(f"http://127.0.0.1:{server.server_port}", token="t", retry=NO_RETRY)
    try:
        with pytest.raises(Conflict) as err:
            client.show("shw_1")
    finally:
        client.close()
    return err.value


def test_an_unknown_refusal_shows_the_platforms_words_in_a_translated_sentence(
    problems_server: ThreadingHTTPServer, language: None
) -> None:
    i18n.set_language("pt-BR")
    err = _refusal(problems_server)
    assert err.message == (
        "A plataforma respondeu “Cart frozen”: The cart is frozen during the countdown."
    )
    assert problems_server.seen[-1] == "pt-BR, en;q=0.5"  # type: ignore[attr-defined]
    problems_server.problem = {"type": "about:blank", "title": "Frozen"}  # type: ignore[attr-defined]
    i18n.set_language("id")
    assert _refusal(problems_server).message == (
        "Platform menjawab “Frozen” (GET /shows/shw_1, HTTP 409)."
    )


def test_a_platform_that_speaks_the_interface_language_is_shown_as_it_wrote(
    problems_server: ThreadingHTTPServer, language: None
) -> None:
    problems_server.problem = {  # type: ignore[attr-defined]
        "type": "/problems/out-of-stock",
        "title": "已售完",
        "detail": "「鑄鐵鍋」只剩 0 件。",
    }
    problems_server.content_language = "zh-Hant-TW"  # type: ignore[attr-defined]
    i18n.set_language("zh-TW")
    assert _refusal(problems_server).message == "已售完：「鑄鐵鍋」只剩 0 件。"  # its words
    problems_server.content_language = "es"  # type: ignore[attr-defined]
    assert _refusal(problems_server).message == "商品已售完。"  # known type, our words


def _sandbox_slugs() -> set[str]:
    """Every problem `slug` the sandbox (the contract's reference) raises."""
    slugs: set[str] = set()
    for path in (ROOT / "studio" / "sandbox").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "slug":
                if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                    slugs.add(node.value.value)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
                names = [t.id for t in getattr(node.targets[0], "elts", []) if hasattr(t, "id")]
                if "slug" in names:
                    value = node.value.elts[names.index("slug")]
                    if isinstance(value, ast.Constant):
                        slugs.add(str(value.value))
            elif (
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", "") == "slug" for t in node.targets)
                and isinstance(node.value, ast.Constant)
            ):
                slugs.add(str(node.value.value))
    return slugs


def test_every_problem_type_of_the_contract_has_a_sentence() -> None:
    slugs = _sandbox_slugs()
    assert {"forbidden", "out-of-stock", "bid-too-low", "idempotency-key-in-use"} <= slugs
    generic = {"http-error"}  # the sandbox's catch-all for a bare HTTP error: its words shown
    missing = sorted(slugs - set(PROBLEM_MESSAGES) - generic)
    assert not missing, f"problem types with no translated sentence in PROBLEM_MESSAGES: {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_problem_sentence_is_translated(lang: str) -> None:
    catalogue = i18n.translations(lang)
    untranslated = [m for m in PROBLEM_MESSAGES.values() if catalogue.gettext(m) == m]
    assert not untranslated, (lang, untranslated)
