"""The prompter panel while live and the report after the show, in the real window: a flash
sale about to end is nudged with its figure, Dismiss hides it, and after End show the recap's
Open report opens the report the studio wrote."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from studio.config import PrompterSettings
from studio.sandbox.nginx_rtmp import NginxRtmp
from studio.session.status import LiveState, Target
from tests.ui.conftest import Rig, test_config, wait_until


def loaded(w: Any) -> bool:
    return w.show_vm.queue_model.rowCount() > 2 and w.show_vm.catalog_model.rowCount() > 0


def shot(w: Any, name: str) -> None:
    """Keep a screenshot where a person can look at it (STUDIO_TEST_ARTIFACTS)."""
    target = os.environ.get("STUDIO_TEST_ARTIFACTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        w.grab().save(str(Path(target) / name))


def test_the_prompter_nudges_while_live_and_the_recap_opens_the_report(
    platform_rig: Rig, nginx_rtmp: NginxRtmp
) -> None:
    rig = platform_rig
    cfg = test_config().model_copy(update={"prompter": PrompterSettings(flash_ending_s=30)})
    studio = rig.studio(targets=[Target("Local", nginx_rtmp.url("prompt"))], config=cfg)
    w = rig.window(studio)
    panel = w.prompter_panel
    wait_until(rig.qtbot, lambda: loaded(w), 15, "the show")
    assert panel.cards == [] and panel.empty.isVisibleTo(panel)
    w.go_live()
    wait_until(rig.qtbot, lambda: studio.session.state == LiveState.LIVE, 20, "live")
    assert studio.sync is not None
    studio.sync.start_flash_sale("HK-003", Decimal("20.00"), seconds=25)
    w.dock_prompter.raise_()
    wait_until(rig.qtbot, lambda: len(panel.cards) == 1, 10, "the nudge")
    (card,) = panel.cards
    assert card.title.text() == "Flash sale on Stoneware mug set (4) ends soon"
    assert card.figure.text().endswith("s left, 60 in stock")
    assert "€20" in card.advice.text()
    assert not panel.empty.isVisibleTo(panel)
    shot(w, "prompter-live.png")
    card.dismiss.click()
    wait_until(rig.qtbot, lambda: panel.cards == [], 5, "the nudge dismissed")
    rig.qtbot.wait(1500)
    assert panel.cards == []  # stays away while the same sale runs

    opened: list[Path] = []
    w.end_show()
    wait_until(rig.qtbot, lambda: w.recap is not None and w.recap.isVisible(), 30, "the recap")
    recap = w.recap
    assert recap is not None
    recap._report_opener = opened.append
    wait_until(rig.qtbot, lambda: recap.report_btn.isEnabled(), 60, "the report written")
    shot(recap, "recap-report.png")
    recap.report_btn.click()
    (html,) = opened
    assert html.name == "report.html" and html.is_file()
    assert "Stoneware mug set (4)" in html.read_text(encoding="utf-8")
    assert (html.parent / "report.pdf").is_file()
    assert panel.cards == []  # off air: no nudges
