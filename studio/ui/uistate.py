"""What the window remembers beside the settings: dock layout and the overlay theme pack.

Geometry lives in the settings (`ui.geometry`); the dock layout is Qt's opaque `saveState`
blob, kept here base64-encoded in a crash-safe JSON file in the state folder.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from studio import paths
from studio.jsonstore import AtomicJsonStore
from studio.ui.i18n import tr

UI_STATE_FILE = "window.json"


class UiState(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    dock_state: str = Field(default="", max_length=200_000)  # base64 of QMainWindow.saveState
    overlay_theme: str = "default"
    cohost_api_url: str = ""


def ui_state_store(directory: Path | None = None) -> AtomicJsonStore[UiState]:
    return AtomicJsonStore(
        (directory or paths.state_dir()) / UI_STATE_FILE,
        UiState,
        version=1,
        default=UiState,
        label=tr("window layout"),
    )
