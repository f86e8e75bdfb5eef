"""Where Studio keeps its files.

Config, state and logs live in the platform's usual places (platformdirs, app name "studio").
Each can be pointed elsewhere with an environment variable so tests, demos and support staff
can work on a copy without touching a creator's real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "studio"

CONFIG_DIR_ENV = "STUDIO_CONFIG_DIR"
STATE_DIR_ENV = "STUDIO_STATE_DIR"
LOG_DIR_ENV = "STUDIO_LOG_DIR"


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


def default_recordings_dir() -> Path:
    """Recordings go beside the user's other videos unless the config names a folder."""
    return platformdirs.user_videos_path() / "Studio"
