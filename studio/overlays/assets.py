"""Where the bundled assets (fonts, theme packs) live, in a checkout and in a packaged build."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def assets_dir() -> Path:
    """`STUDIO_ASSETS` wins (tests, odd installs), then a PyInstaller bundle, then the checkout."""
    env = os.environ.get("STUDIO_ASSETS")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "assets"
    return Path(__file__).resolve().parent.parent.parent / "assets"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def themes_dir() -> Path:
    return assets_dir() / "themes"
