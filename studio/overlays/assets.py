"""Where the bundled assets (fonts, theme packs) live; one locator for all: `studio.paths`."""

from __future__ import annotations

from studio.paths import assets_dir, fonts_dir, themes_dir

__all__ = ["assets_dir", "fonts_dir", "themes_dir"]
