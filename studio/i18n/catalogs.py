"""Building the translation catalogues: extract, merge, compile, check.

The sources are in git, the compiled files are not (they are build output, made by
`scripts/setup`, by `packaging/build.py` and, from a source checkout, on first use):

    studio/i18n/ts/studio_<lang>.ts   Qt Linguist sources for the window (pyside6-lupdate)
    studio/i18n/po/studio.pot         the gettext template for everything else (Babel)
    studio/i18n/po/<lang>.po          its translations
    studio/i18n/ts/qtbase_<lang>.ts   Qt's own standard buttons and dialogs, for a language Qt
                                      ships no catalogue for (Indonesian); written by hand
    studio/i18n/compiled/             studio_<lang>.qm (pyside6-lrelease) and <lang>.mo (Babel)

`studio_en.ts` holds only the English plural forms of the window's `%n` strings (Qt's way:
the source text says "%n order(s)", the English catalogue says "1 order" / "2 orders").

Run through `scripts/i18n` (update | compile | check). Raises `CatalogError` with a hint when
a tool is missing or a catalogue is unfinished.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from studio.i18n.languages import COMPILED_DIR, DOMAIN, PO_DIR, SHIPPED, TS_DIR

ROOT = Path(__file__).resolve().parent.parent  # the studio package
# gettext keywords: name -> argument positions (Babel's spec form).
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
COUNT = re.compile(r"%L?n")  # Qt's plural count, %Ln with the locale's digit grouping


class CatalogError(Exception):
    """A catalogue could not be built or is not complete; `hint` says what to do."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(f"{message} {hint}".strip())
        self.hint = hint


def qt_sources() -> list[Path]:
    """The window's modules: their `tr()` strings go to the Qt catalogue."""
    return sorted((ROOT / "ui").rglob("*.py"))


def gettext_sources() -> list[Path]:
    """Every other module of the app (the sandbox is a test platform, not the app)."""
    skip = {ROOT / "ui", ROOT / "sandbox", ROOT / "i18n"}
    return sorted(p for p in ROOT.rglob("*.py") if not any(s in p.parents for s in skip))


def _tool(name: str) -> list[str]:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return [str(beside)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError as exc:  # pragma: no cover - PySide6 is a dependency
        raise CatalogError(f"pyside6-{name} was not found.", "Install PySide6.") from exc
    binary = Path(PySide6.__file__).parent / name
    if binary.exists():
        return [str(binary)]
    raise CatalogError(f"pyside6-{name} was not found.", "Install PySide6-Essentials 6.6 or newer.")


def _run(cmd: list[str]) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise CatalogError(f"{Path(cmd[0]).name} failed: {proc.stderr.strip() or proc.stdout}")
    return proc.stdout


def _replace(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- extraction ---------------------------------------------------------------------------------


def extract_template() -> object:
    """The gettext template (a babel Catalog) from the app's non-Qt modules."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(project="studio", domain=DOMAIN, charset="utf-8")
    base = ROOT.parent
    for path in gettext_sources():
        rel = path.relative_to(base).as_posix()
        for lineno, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("i18n:",)
        ):
            template.add(
                message, locations=[(rel, lineno)], auto_comments=comments, context=context
            )
    return template


def update() -> None:
    """Extract every marked string and merge it into each shipped language's sources (new
    strings come in unfinished, vanished ones are dropped)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract_template()
    assert isinstance(template, Catalog)
    PO_DIR.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    write_po(buf, template, include_lineno=False, omit_header=False, width=100)
    _replace(PO_DIR / f"{DOMAIN}.pot", _strip_dates(buf.getvalue()))
    for lang in SHIPPED:
        po = PO_DIR / f"{lang}.po"
        if po.is_file():
            with po.open("rb") as f:
                catalog = read_po(f, locale=lang)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="studio", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        buf = io.BytesIO()
        write_po(buf, catalog, include_lineno=False, ignore_obsolete=True, width=100)
        _replace(po, _strip_dates(buf.getvalue()))

    TS_DIR.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in qt_sources()]
    common = ["-no-obsolete", "-locations", "none", "-silent"]
    for lang in SHIPPED:
        _run([*_tool("lupdate"), *sources, *common, "-target-language", lang,
              "-ts", str(TS_DIR / f"studio_{lang}.ts")])  # fmt: skip
    _run([*_tool("lupdate"), *sources, *common, "-pluralonly", "-target-language", "en",
          "-ts", str(TS_DIR / "studio_en.ts")])  # fmt: skip


def _strip_dates(data: bytes) -> bytes:
    """Drop the creation/revision dates Babel writes: they change on every run."""
    return re.sub(rb'"(POT-Creation-Date|PO-Revision-Date): [^"]*\\n"\n', b"", data)


# -- compilation --------------------------------------------------------------------------------


def compile_po(lang: str) -> Path:
    """po/<lang>.po → compiled/<lang>.mo (fuzzy entries left out); returns the .mo path."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    src = PO_DIR / f"{lang}.po"
    with src.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    out = COMPILED_DIR / f"{lang}.mo"
    _replace(out, buf.getvalue())
    return out


def compile_ts(lang: str, stem: str = "studio") -> Path:
    """ts/<stem>_<lang>.ts → compiled/<stem>_<lang>.qm with pyside6-lrelease (`stem` "qtbase"
    for our own catalogue of Qt's standard buttons)."""
    src = TS_DIR / f"{stem}_{lang}.ts"
    out = COMPILED_DIR / f"{stem}_{lang}.qm"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        qm = Path(tmp) / out.name
        _run([*_tool("lrelease"), "-silent", str(src), "-qm", str(qm)])
        os.replace(qm, out)
    return out


def compile_all() -> list[Path]:
    """Compile every shipped catalogue (and the English plural forms); returns the outputs."""
    out = [compile_ts("en")]
    for lang in SHIPPED:
        out += [compile_po(lang), compile_ts(lang)]
    out += [compile_ts(lang, "qtbase") for lang in own_qt_catalogues()]
    return out


def own_qt_catalogues() -> list[str]:
    """Languages we carry Qt's standard-button texts for (ts/qtbase_<lang>.ts), because Qt
    ships no qtbase_<lang>.qm for them: ['id']."""
    return sorted(p.stem.removeprefix("qtbase_") for p in TS_DIR.glob("qtbase_*.ts"))


def qm_path(lang: str, stem: str = "studio") -> Path:
    """The window's compiled catalogue for a catalogue name (`stem` "qtbase": our own one of
    Qt's standard buttons), compiled first when a source checkout has a newer .ts (a
    read-only install uses what it has)."""
    out = COMPILED_DIR / f"{stem}_{lang}.qm"
    src = TS_DIR / f"{stem}_{lang}.ts"
    if src.is_file() and (not out.is_file() or out.stat().st_mtime < src.stat().st_mtime):
        with contextlib.suppress(OSError, CatalogError):  # read-only: use what is there
            compile_ts(lang, stem)
    return out


# -- checks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One entry of a shipped catalogue that would show a wrong or English text."""

    catalog: str  # e.g. "po/zh_TW.po"
    source: str
    what: str  # "unfinished", "fuzzy", "placeholders differ: ..."

    def __str__(self) -> str:
        return f"{self.catalog}: {self.what}: {self.source!r}"


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def po_problems(lang: str) -> Iterator[Problem]:
    from babel.messages.pofile import read_po

    name = f"po/{lang}.po"
    with (PO_DIR / f"{lang}.po").open("rb") as f:
        catalog = read_po(f, locale=lang)
    for msg in catalog:
        if not msg.id:
            continue
        ids = list(msg.id) if isinstance(msg.id, (list, tuple)) else [msg.id]
        strs = list(msg.string) if isinstance(msg.string, (list, tuple)) else [msg.string]
        if msg.fuzzy:
            yield Problem(name, ids[0], "fuzzy")
        elif not all(strs):
            yield Problem(name, ids[0], "unfinished")
        else:
            want = _placeholders(ids[-1]) if len(ids) > 1 else _placeholders(ids[0])
            for s in strs:
                got = _placeholders(s or "")
                if got != want and not (len(ids) > 1 and set(got) <= set(want)):
                    yield Problem(name, ids[0], f"placeholders differ: {got} vs {want}")


def ts_problems(lang: str, stem: str = "studio") -> Iterator[Problem]:
    name = f"ts/{stem}_{lang}.ts"
    tree = ET.parse(TS_DIR / f"{stem}_{lang}.ts")
    for msg in tree.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            yield Problem(name, source, "unfinished")
            continue
        forms = [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            yield Problem(name, source, "unfinished")
            continue
        want = _placeholders(source)
        for form in forms:
            got = _placeholders(form)
            if got != want:
                yield Problem(name, source, f"placeholders differ: {got} vs {want}")
        if msg.get("numerus") == "yes" and not all(COUNT.search(f) for f in forms):
            yield Problem(name, source, "the count %n is missing")


def problems(langs: Iterable[str] = SHIPPED) -> list[Problem]:
    """Every unfinished, fuzzy or inconsistent entry of the given shipped catalogues."""
    out: list[Problem] = []
    for lang in langs:
        out += po_problems(lang)
        out += ts_problems(lang)
    out += ts_problems("en")
    for lang in own_qt_catalogues():
        out += ts_problems(lang, "qtbase")
    return out


def main(argv: list[str] | None = None) -> int:
    """`python -m studio.i18n.catalogs update|compile|check`."""
    parser = argparse.ArgumentParser(prog="scripts/i18n", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["update", "compile", "check"])
    args = parser.parse_args(argv)
    try:
        if args.action == "update":
            update()
            found = problems()
            print(f"catalogues updated; {len(found)} entries to translate or fix")
        elif args.action == "compile":
            for path in compile_all():
                print(path.relative_to(ROOT.parent))
        else:
            found = problems()
            for p in found:
                print(p)
            if found:
                print(f"{len(found)} entries to translate or fix", file=sys.stderr)
                return 1
            print("every shipped catalogue is complete")
    except CatalogError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
