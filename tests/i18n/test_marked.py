"""Every user-facing string is marked for translation (see tests/i18n/marking.py for the rules).

`MARKED` lists the modules whose words are translated; a module joins it once its strings are
marked, so this test stays strict for them while others' work lands. Re-run by hand with
`python -m tests.i18n.marking FILE...`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.i18n.marking import scan

ROOT = Path(__file__).resolve().parents[2]
STUDIO = ROOT / "studio"

# Whole folders or single modules, relative to studio/.
MARKED = ["ui"]


def _modules() -> list[Path]:
    out: list[Path] = []
    for entry in MARKED:
        path = STUDIO / entry
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]
    return out


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(STUDIO)))
def test_user_facing_strings_are_marked(module: Path) -> None:
    found = [str(u) for u in scan(module, root=ROOT)]
    assert not found, (
        "user-facing strings not marked for translation (wrap them in tr() in studio/ui, "
        "_()/ngettext() elsewhere, or add '# i18n: not shown' with the reason):\n"
        + "\n".join(found)
    )


def test_the_checker_finds_unmarked_strings(tmp_path: Path) -> None:
    """The rules catch what they are for, so a green run means something."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel\n"
        "from studio.ui.i18n import tr\n"
        "def f(w, n, log):\n"
        "    QLabel('Go live')\n"
        "    w.setToolTip(f'{n} viewers watching')\n"
        "    text = 'Stream key rejected by the platform'\n"
        "    badge = 'PINNED'\n"
        "    ok = tr('Pin next product')\n"
        "    w.setObjectName('goLive')\n"
        "    log.warning('could not open %s', n)\n"
        "    kept = 'Noto Sans'  # i18n: not shown (a font family)\n"
        "    return text, badge, ok, kept\n",
        encoding="utf-8",
    )
    found = {(u.line, u.rule) for u in scan(sample)}
    assert found == {
        (4, "shown unmarked"),
        (5, "shown unmarked"),
        (6, "prose unmarked"),
        (7, "prose unmarked"),
    }
