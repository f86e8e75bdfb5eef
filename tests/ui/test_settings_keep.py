"""Saving the settings dialog changes what it edits and keeps everything else as it was."""

from __future__ import annotations

from typing import Any

from studio.config import Config, DeviceSettings, PrompterSettings
from studio.ui.settings_dialog import SettingsDialog


def test_saving_settings_keeps_what_the_dialog_does_not_edit(qtbot: Any) -> None:
    prompter = PrompterSettings(
        disabled=("pinned_not_selling",), pinned_no_orders_s=300, question_unanswered_s=90
    )
    devices = DeviceSettings(camera="test", microphone="test", video_fit="fill")
    before = Config(prompter=prompter, devices=devices)
    dlg = SettingsDialog(before, "default")
    qtbot.addWidget(dlg)
    after = dlg.build_config()
    assert after.prompter == prompter  # was reset to the defaults
    assert after.devices == devices
    assert after == before  # nothing touched: nothing changed
