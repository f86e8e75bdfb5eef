"""Where Studio keeps its files.

Config, state and logs live in the platform's usual places (platformdirs, app name "studio").
Each can be pointed elsewhere with an environment variable so tests, demos and support staff
can work on a copy without touching a creator's real settings.

The read-only assets shipped with the app (fonts, themes, icons, demo catalog) are found through
`assets_dir()` alone, so a source checkout and a PyInstaller build (where `__file__` points into
the bundle) resolve them the same way.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

APP_NAME = "studio"

CONFIG_DIR_ENV = "STUDIO_CONFIG_DIR"
STATE_DIR_ENV = "STUDIO_STATE_DIR"
LOG_DIR_ENV = "STUDIO_LOG_DIR"
ASSETS_DIR_ENV = "STUDIO_ASSETS"


def _override(env: str) -> Path | None:
    value = os.environ.get(env, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """Settings (config.json and its backup)."""
    return _override(CONFIG_DIR_ENV) or platformdirs.user_config_path(APP_NAME, appauthor=False)


def state_dir() -> Path:
    """What the app remembers between runs: show state, stats, the last crash."""
    return _override(STATE_DIR_ENV) or platformdirs.user_state_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Rotating logs and crash reports."""
    return _override(LOG_DIR_ENV) or platformdirs.user_log_path(APP_NAME, appauthor=False)


def crash_dir() -> Path:
    return log_dir() / "crashes"


def stats_dir() -> Path:
    """Per-show stats files written by the engine; support bundles pick up the latest."""
    return state_dir() / "stats"


def shows_dir() -> Path:
    """One folder per show the studio followed: its timeline and its post-show report."""
    return state_dir() / "shows"


def default_recordings_dir() -> Path:
    """Recordings go beside the user's other videos unless the config names a folder."""
    return platformdirs.user_videos_path() / "Studio"


def is_frozen() -> bool:
    """Running from a PyInstaller build: `sys.executable` is the studio binary, not Python."""
    return bool(getattr(sys, "frozen", False))


@cache
def assets_dir() -> Path:
    """`STUDIO_ASSETS` wins (tests, odd installs), then a PyInstaller bundle, then the checkout.

    In a bundle the spec puts `assets/` at the top of `sys._MEIPASS` (`_internal/` beside the
    binary; `Contents/Resources` in a macOS app, reached through PyInstaller's links).
    """
    override = _override(ASSETS_DIR_ENV)
    if override is not None:
        return override
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def themes_dir() -> Path:
    return assets_dir() / "themes"


def icons_dir() -> Path:
    """The app icon in several sizes (window icon, desktop entry, installers)."""
    return assets_dir() / "icons"


def demo_dir() -> Path:
    """The demo catalog and the product images it points at."""
    return assets_dir() / "demo"
