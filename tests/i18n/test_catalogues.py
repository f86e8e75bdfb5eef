"""The shipped catalogues are complete, current and compile; the loader picks the right one."""

from __future__ import annotations

import gettext
import xml.etree.ElementTree as ET

import pytest

from studio import i18n
from studio.i18n import catalogs


def test_every_shipped_language_is_finished() -> None:
    found = [str(p) for p in catalogs.problems(i18n.SHIPPED)]
    assert not found, (
        f"{len(found)} unfinished or inconsistent entries; translate them in "
        "studio/i18n/ts/*.ts (Qt Linguist) and studio/i18n/po/*.po, then scripts/i18n check:\n"
        + "\n".join(found[:60])
    )


def test_the_qt_catalogues_hold_every_marked_window_string(tmp_path) -> None:
    """The .ts files are up to date with the code: a string marked since the last
    `scripts/i18n update` would ship untranslated."""
    fresh = tmp_path / "fresh.ts"
    catalogs._run([*catalogs._tool("lupdate"), *map(str, catalogs.qt_sources()),
                   "-locations", "none", "-silent", "-ts", str(fresh)])  # fmt: skip
    wanted = {
        (m.findtext("source"), m.findtext("comment")) for m in ET.parse(fresh).iter("message")
    }
    for lang in i18n.SHIPPED:
        have = {
            (m.findtext("source"), m.findtext("comment"))
            for m in ET.parse(i18n.TS_DIR / f"studio_{lang}.ts").iter("message")
        }
        missing = sorted(str(s) for s in wanted - have)
        assert not missing, f"run scripts/i18n update; not in studio_{lang}.ts: {missing[:20]}"


def test_the_gettext_catalogues_hold_every_marked_string() -> None:
    template = catalogs.extract_template()
    wanted = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in template if m.id}
    for lang in i18n.SHIPPED:
        from babel.messages.pofile import read_po

        with (i18n.PO_DIR / f"{lang}.po").open("rb") as f:
            have = {
                (m.id if isinstance(m.id, str) else m.id[0], m.context)
                for m in read_po(f, locale=lang)
                if m.id
            }
        missing = sorted(str(s) for s in wanted - have)
        assert not missing, f"run scripts/i18n update; not in {lang}.po: {missing[:20]}"


def test_every_catalogue_compiles(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(catalogs, "COMPILED_DIR", tmp_path)
    outputs = catalogs.compile_all()
    assert {p.name for p in outputs} >= {
        "studio_en.qm", "studio_zh_TW.qm", "zh_TW.mo", "qtbase_id.qm"
    }  # fmt: skip
    assert all(p.stat().st_size > 0 for p in outputs)


@pytest.mark.parametrize(
    ("tag", "catalog"),
    [
        ("zh-TW", "zh_TW"),
        ("zh-Hant", "zh_TW"),
        ("zh-Hans", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("pt-BR", "pt_BR"),
        ("pt", "pt_BR"),
        ("es-MX", "es"),
        ("id", "id"),
        ("en", None),
        ("de", None),
        ("", None),
    ],
)
def test_a_language_tag_finds_its_catalogue(tag: str, catalog: str | None) -> None:
    assert i18n.catalog_for(tag) == catalog


def test_english_needs_no_catalogue() -> None:
    assert isinstance(i18n.translations("en"), gettext.NullTranslations)
