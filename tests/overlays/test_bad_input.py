"""Broken product data never breaks the card: it renders something sensible and says why."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path

import numpy as np
import pytest

from studio.overlays.card import render_card
from studio.overlays.images import ImageCache
from studio.overlays.painting import image_to_array
from studio.overlays.theme import ThemeError, load_theme
from studio.show.catalog import Product, parse_rows
from tests.overlays.conftest import ROOT

JACKET = ROOT / "assets" / "demo" / "images" / "jacket.jpg"


def product(**kw: object) -> Product:
    base: dict[str, object] = dict(
        sku="X1",
        title="Denim Jacket",
        price=Decimal("89"),
        currency="USD",
        image=None,
        flash_price=None,
        stock=None,
        url="https://shop.example.com/X1",
    )
    base.update(kw)
    return Product(**base)  # type: ignore[arg-type]


def card_pixels(p: Product, cache: ImageCache | None = None) -> np.ndarray:
    r = render_card(p, load_theme("default"), 1.0, images=cache or ImageCache())
    return image_to_array(r.image)


@pytest.mark.parametrize("kind", ["missing", "corrupt", "bomb"])
def test_bad_images_become_a_placeholder_with_a_warning(
    kind: str,
    tmp_path: Path,
    corrupt_jpg: Path,
    bomb_png: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    source = {"missing": tmp_path / "gone.jpg", "corrupt": corrupt_jpg, "bomb": bomb_png}[kind]
    with caplog.at_level("WARNING"):
        bad = card_pixels(product(image=str(source)))
    placeholder = card_pixels(product(image=None))
    assert bad.shape == placeholder.shape
    assert np.abs(bad.astype(int) - placeholder.astype(int)).mean() < 0.5
    expected = {"missing": "does not exist", "corrupt": "not a readable image", "bomb": "claims"}
    assert expected[kind] in caplog.text


def test_bomb_is_refused_from_its_header_without_decoding(bomb_png: Path) -> None:
    cache = ImageCache()
    assert cache.get(str(bomb_png), 400, 300) is None


def test_good_image_is_downscaled_once_and_cached() -> None:
    cache = ImageCache()
    img = cache.get(str(JACKET), 200, 150)
    assert img is not None and img.width() <= 800 and img.height() >= 150
    assert cache.get(str(JACKET), 200, 150) is img


@pytest.fixture
def http_images(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "jacket.jpg").write_bytes(JACKET.read_bytes())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))

    class Quiet(http.server.ThreadingHTTPServer):
        def handle_error(self, request: object, client_address: object) -> None:
            pass

    server = Quiet(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a, **k: None  # type: ignore[method-assign]
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_images_by_url_are_fetched_once_and_cached_on_disk(
    http_images: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = ImageCache(cache_dir=tmp_path / "cache")
    assert cache.get(f"{http_images}/jacket.jpg", 200, 150) is not None
    assert len(list((tmp_path / "cache").iterdir())) == 1
    with caplog.at_level("WARNING"):
        assert cache.get(f"{http_images}/missing.jpg", 200, 150) is None
    assert "could not be downloaded" in caplog.text


def test_absurd_title_is_cut_with_an_ellipsis_and_keeps_the_card_size() -> None:
    short = render_card(product(title="A B"), load_theme("default"), 1.0)
    two_lines = render_card(product(title="Word " * 12), load_theme("default"), 1.0)
    huge = render_card(product(title="Ｗ" * 5000 + " 🔥" * 300), load_theme("default"), 1.0)
    assert huge.panel_h == two_lines.panel_h > short.panel_h
    assert huge.panel_w == short.panel_w


def test_rows_with_bad_prices_still_render_a_card(caplog: pytest.LogCaptureFixture) -> None:
    cat = parse_rows(
        [
            {"sku": "N", "title": "Negative", "price": "-3", "flash_price": "abc", "stock": "x"},
            {"sku": "W", "title": "Words", "price": "cheap!", "currency": "€€"},
        ]
    )
    for p in cat:
        assert p.price is None
        r = render_card(p, load_theme("kbeauty"), 0.67)
        assert r.panel_w > 0 and r.panel_h > 0
    assert len(cat.issues) >= 4


def test_bad_theme_files_name_the_field(tmp_path: Path) -> None:
    (tmp_path / "t").mkdir()
    f = tmp_path / "t" / "theme.json"
    f.write_text('{"name": "x", "colors": {"surface": "#12"}, "corner_radiu": 3}')
    with pytest.raises(ThemeError) as exc:
        load_theme(tmp_path / "t")
    msg = exc.value.message
    assert "colors.surface" in msg and "not a colour" in msg
    assert "corner_radiu: unknown field" in msg and "colors.text: required field" in msg
    f.write_text('{"name": "x",}')
    with pytest.raises(ThemeError, match="not valid JSON: line 1"):
        load_theme(f)
    with pytest.raises(ThemeError) as exc2:
        load_theme("no-such-theme")
    assert "default" in exc2.value.hint


def test_long_shows_cannot_run_pyside_out_of_references_to_none() -> None:
    # PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void call; without
    # the guard a countdown re-rendering every second aborts the process within minutes.
    import sys

    from studio.overlays.qt_refcount import none_refcount_leak_per_call

    leak = none_refcount_leak_per_call()
    assert leak == 0 or sys.version_info >= (3, 12) or sys.getrefcount(None) > 2**39
    for _ in range(30):
        render_card(product(), load_theme("neon-night"), 1.0)
