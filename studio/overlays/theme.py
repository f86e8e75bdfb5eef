"""Theme packs: a declarative `theme.json` per folder in assets/themes.

Designers edit these files by hand, so a bad one must say exactly which field is wrong and why
(`ThemeError` names the file and the field path). Sizes are pixels at 1080 lines; the renderers
scale them to the output. Colours are `#RRGGBB` or `#RRGGBBAA`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from studio.errors import UsageError
from studio.overlays.assets import themes_dir

_HEX = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


class ThemeError(UsageError):
    """A theme pack is missing or invalid."""


def _channel(c: object) -> int:
    if isinstance(c, bool) or not isinstance(c, int | float) or not 0 <= c <= 255:
        raise ValueError("a channel is not a number from 0 to 255")
    if isinstance(c, float) and not c.is_integer():
        raise ValueError("a channel is not a whole number")
    return int(c)


def _parse_color(value: object) -> tuple[int, int, int, int]:
    # Only ValueError becomes a field error in pydantic: anything else would escape load_theme.
    if isinstance(value, (tuple, list)) and len(value) == 4:
        try:
            r, g, b, a = (_channel(c) for c in value)
        except ValueError:
            raise ValueError(
                f"{list(value)!r} is not a colour; use four whole numbers from 0 to 255"
            ) from None
        return (r, g, b, a)
    if not isinstance(value, str) or not _HEX.match(value):
        raise ValueError(f"{value!r} is not a colour; use #RRGGBB or #RRGGBBAA")
    h = value[1:]
    r, g, b = int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    a = int(h[6:8], 16) if len(h) == 8 else 255
    return (r, g, b, a)


Color = Annotated[tuple[int, int, int, int], BeforeValidator(_parse_color)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Colors(_Strict):
    surface: Color
    surface_end: Color | None = None  # vertical gradient end; None = flat
    text: Color
    muted: Color
    accent: Color
    on_accent: Color
    price: Color
    flash: Color
    strike: Color
    warning: Color
    on_warning: Color
    urgent: Color
    on_urgent: Color
    live: Color = (230, 40, 60, 255)
    border: Color = (0, 0, 0, 0)
    shadow: Color = (0, 0, 0, 110)
    glow: Color | None = None  # coloured halo around panels (neon looks)
    image_bg: Color = (255, 255, 255, 255)
    qr_dark: Color = (17, 17, 17, 255)
    qr_light: Color = (255, 255, 255, 255)


class Fonts(_Strict):
    heading: str = "Studio Noto Sans"
    body: str = "Studio Noto Sans"
    numbers: str = "Studio Noto Sans"
    heading_weight: int = Field(default=700, ge=100, le=900)
    scale: float = Field(default=1.0, ge=0.6, le=1.6)


class CardStyle(_Strict):
    layout: Literal["vertical", "horizontal"] = "vertical"
    width: int = Field(default=400, ge=240, le=720)  # vertical card width at 1080 lines
    image_aspect: float = Field(default=4 / 3, ge=0.5, le=2.5)  # width / height of the image box
    title_lines: int = Field(default=2, ge=1, le=4)
    low_stock: int = Field(default=10, ge=0)
    show_qr: bool = True
    uppercase_badges: bool = True


class Frame(_Strict):
    image: str  # PNG in the theme folder, drawn as a nine-slice over each panel
    slice: int = Field(default=24, ge=1, le=256)  # corner size in the PNG, in its own pixels
    width: int = Field(default=24, ge=1, le=256)  # corner size on screen at 1080 lines
    padding: int = Field(default=0, ge=0, le=64)  # extra inner space so content clears it


class PhoneSafeArea(_Strict):
    """Where phone apps draw their own UI over a 9:16 picture (TikTok Shop LIVE, Instagram
    Live, YouTube Shorts), as fractions of the canvas: `top_bar` (the host's name, viewer
    count and close button across the top; its height), `comments` (the comment feed and the
    comment or buy bar across the bottom; its height), `action_rail` (the like, share, gift
    and cart buttons down the right side; its width) from `rail_top` (how far down it
    starts) to the comments, `margin` (both side edges, where rounded screens cut in).
    Nothing of the show's overlays is drawn there, not even a shadow."""

    top_bar: float = Field(default=0.12, ge=0.0, le=0.3)
    comments: float = Field(default=0.30, ge=0.0, le=0.5)
    action_rail: float = Field(default=0.15, ge=0.0, le=0.3)
    rail_top: float = Field(default=0.42, ge=0.0, le=0.7)
    margin: float = Field(default=0.04, ge=0.0, le=0.1)


class VerticalLayout(_Strict):
    """How the theme lays its overlays out on a 9:16 canvas: inside `safe_area`'s free
    rectangle, the card as a strip across its foot, the title lower third and the pinned
    comment stacked above it, supporters, order toasts and the countdown at its head."""

    safe_area: PhoneSafeArea = PhoneSafeArea()


class Theme(_Strict):
    name: str
    description: str = ""
    colors: Colors
    fonts: Fonts = Fonts()
    corner_radius: int = Field(default=16, ge=0, le=64)
    border_width: int = Field(default=0, ge=0, le=12)
    shadow: bool = True
    card: CardStyle = CardStyle()
    frame: Frame | None = None
    vertical: VerticalLayout = VerticalLayout()
    # The overlays' fixed words, replaced per language ("*": every language, or a tag such as
    # "es" or "zh-TW"): {"*": {"scan": "Tap to shop"}, "es": {"scan": "Toca para comprar"}}.
    # Keys are OverlayText's members (studio.overlays.models.WORD_NAMES).
    words: dict[str, dict[str, str]] = Field(default_factory=dict)
    folder: Path | None = Field(default=None, exclude=True)

    @field_validator("words")
    @classmethod
    def _words(cls, v: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        from studio.overlays.models import WORD_NAMES

        for lang, words in v.items():
            unknown = sorted(set(words) - set(WORD_NAMES))
            if unknown:
                raise ValueError(f"{lang}: unknown words {unknown}; known: {', '.join(WORD_NAMES)}")
        return v

    def words_for(self, language: str) -> tuple[tuple[str, str], ...]:
        """This theme's replacement words for a show language: "*" first, then the closest
        language entry ('es-MX' → 'es-MX', else 'es')."""
        chosen = dict(self.words.get("*", {}))
        base = language.replace("_", "-").split("-")[0]
        for key in (base, language.replace("_", "-")):
            for tag, words in self.words.items():
                if tag.replace("_", "-").lower() == key.lower():
                    chosen.update(words)
        return tuple(sorted(chosen.items()))

    @property
    def frame_path(self) -> Path | None:
        if self.frame is None or self.folder is None:
            return None
        return self.folder / self.frame.image


def list_themes(root: Path | None = None) -> list[str]:
    root = root or themes_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "theme.json").is_file())


def load_theme(name_or_path: str | Path, root: Path | None = None) -> Theme:
    """Load a theme by name (a folder in assets/themes) or by path to a folder or theme.json."""
    root = root or themes_dir()
    p = Path(name_or_path)
    if p.suffix == ".json":
        file = p
    elif p.is_dir():
        file = p / "theme.json"
    else:
        file = root / str(name_or_path) / "theme.json"
    if not file.is_file():
        names = ", ".join(list_themes(root)) or "none installed"
        raise ThemeError(f"There is no theme {str(name_or_path)!r}.", f"Available themes: {names}.")
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeError(f"The theme file {file} cannot be read ({exc}).") from None
    except RecursionError:
        raise ThemeError(f"The theme file {file} is not usable JSON (nested too deeply).") from None
    except json.JSONDecodeError as exc:
        raise ThemeError(
            f"The theme file {file} is not valid JSON: line {exc.lineno} column {exc.colno}: "
            f"{exc.msg}.",
            "Check for a missing comma or quote near that spot.",
        ) from None
    if not isinstance(data, dict):
        raise ThemeError(f"The theme file {file} must contain a JSON object.")
    try:
        theme = Theme.model_validate({**data, "folder": file.parent})
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(x) for x in err['loc']) or '(top level)'}: {_plain(err)}"
            for err in exc.errors()
        )
        raise ThemeError(
            f"The theme file {file} is invalid: {problems}.",
            "See assets/themes/default/theme.json for a complete example.",
        ) from None
    fp = theme.frame_path
    if fp is not None and not fp.is_file():
        raise ThemeError(
            f"The theme file {file} names a frame image {theme.frame.image!r} "  # type: ignore[union-attr]
            "that is not in the theme folder.",
        )
    return theme


def _plain(err: object) -> str:
    e = err if isinstance(err, dict) else {}
    msg = str(e.get("msg", "invalid"))
    if e.get("type") == "extra_forbidden":
        return "unknown field (typo?)"
    if e.get("type") == "missing":
        return "required field is missing"
    return msg.removeprefix("Value error, ")
