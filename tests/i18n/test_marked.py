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

# Both rules: every word in these folders or modules (relative to studio/) is checked.
MARKED = [
    "ui", "cli.py", "commands", "report", "errors.py", "overlays/models.py",
    "session/prompter.py", "overlays/auction.py", "overlays/giveaway.py", "overlays/poll.py",
    "overlays/voucher.py", "show/money.py", "platform/errors.py",
]  # fmt: skip
# Rule 1 only (errors' messages and hints, prints) in these modules. The list is explicit so
# a module another change adds does not turn this red before its strings are marked: add it
# here (and run `python -m tests.i18n.marking studio/x.py` to see what to mark).
ERRORS_MARKED = [
    "platform/sync.py", "platform/engagement.py", "engine/capacity.py", "health",
    "capture/file.py", "media/fit.py", "media/scenes.py", "engine/program.py",
    "capture/scene_sources.py", "platform/errors.py",
    "__init__.py", "app.py", "canvases.py", "capture/__init__.py", "capture/audioring.py",
    "capture/base.py", "capture/convert.py", "capture/devices.py", "capture/screen.py",
    "capture/silence.py", "capture/specs.py", "capture/switcher.py", "capture/testpattern.py",
    "config.py", "control/__init__.py", "control/actions.py", "control/protocol.py",
    "control/server.py", "engine/__init__.py", "engine/capacity.py", "engine/encoders.py",
    "engine/events.py", "engine/outputs/__init__.py", "engine/outputs/amf0.py",
    "engine/outputs/base.py", "engine/outputs/queue.py", "engine/outputs/recorder.py",
    "engine/outputs/rtmp.py", "engine/outputs/rtmp_client.py", "engine/pipeline.py",
    "engine/refit.py", "engine/silent_track.py", "engine/stats.py", "errors.py",
    "health/__init__.py", "health/check.py", "health/devices.py", "health/display.py",
    "health/network.py", "health/report.py", "health/run.py", "health/software.py",
    "health/storage.py", "ingest_url.py", "jsonstore.py", "logs.py", "media/__init__.py",
    "media/clock.py", "media/frames.py", "media/planes.py", "media/sources.py",
    "overlays/__init__.py", "overlays/alerts.py", "overlays/assets.py", "overlays/card.py",
    "overlays/comment.py", "overlays/countdown.py", "overlays/fonts.py", "overlays/images.py",
    "overlays/layout.py", "overlays/lower_third.py", "overlays/models.py", "overlays/painting.py",
    "overlays/preview.py", "overlays/qr.py", "overlays/qt_refcount.py", "overlays/slates.py",
    "overlays/supporters.py", "overlays/theme.py", "paths.py", "platform/__init__.py",
    "platform/clock.py", "platform/errors.py", "platform/events.py", "platform/outbox.py",
    "platform/store.py", "redact.py", "secrets.py", "session/__init__.py", "session/broadcast.py",
    "session/connect.py", "session/destinations.py", "session/locale.py",
    "session/overlay_driver.py", "session/prompter.py", "session/rehearsal.py",
    "session/show_feed.py", "session/sources.py", "session/status.py", "session/timeline.py",
    "show/catalog/__init__.py", "show/catalog/common.py", "show/catalog/model.py",
    "show/catalog/own.py", "show/catalog/prices.py", "show/catalog/report.py",
    "show/catalog/shopify.py", "show/catalog/table.py", "show/catalog/woocommerce.py",
    "platform/client.py",
]  # fmt: skip
# Modules other work is changing right now; they join once it has landed.
PENDING: list[str] = []


def _under(path: Path, entries: list[str]) -> bool:
    rel = path.relative_to(STUDIO)
    return any(rel == Path(e) or Path(e) in rel.parents for e in entries)


def _modules() -> list[Path]:
    return [
        p
        for p in sorted(STUDIO.rglob("*.py"))
        if _under(p, MARKED + ERRORS_MARKED) and not _under(p, PENDING)
    ]


@pytest.mark.parametrize("module", _modules(), ids=lambda p: str(p.relative_to(STUDIO)))
def test_user_facing_strings_are_marked(module: Path) -> None:
    strict = _under(module, MARKED)
    found = [str(u) for u in scan(module, root=ROOT) if strict or u.rule == "shown unmarked"]
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
        "    w.say(f'The platform refused it: {n}'.strip(), level='alarm')\n"
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
        (11, "shown unmarked"),  # a toast (its level is not words)
    }
