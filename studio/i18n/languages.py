"""The shipped languages and where their catalogues live (no imports: the runtime in
`studio.i18n` and the build tools in `studio.i18n.catalogs` both read it)."""

from __future__ import annotations

from pathlib import Path

DOMAIN = "studio"
HERE = Path(__file__).parent
PO_DIR = HERE / "po"  # gettext sources: <lang>.po and the template studio.pot
TS_DIR = HERE / "ts"  # Qt sources: studio_<lang>.ts
COMPILED_DIR = HERE / "compiled"  # build output (not in git): <lang>.mo and studio_<lang>.qm

SOURCE_LANGUAGE = "en"
# Catalogues shipped complete (a test fails on any unfinished entry), with their own names.
SHIPPED: dict[str, str] = {
    "zh_TW": "繁體中文（台灣）",
    "zh_CN": "简体中文",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "id": "Bahasa Indonesia",
}
# Right-to-left languages the overlays lay out mirrored (no catalogue shipped yet).
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
