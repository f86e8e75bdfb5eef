"""The creator's settings: one typed, validated object, saved crash-safely.

Everything the app reads from the config file goes through these pydantic models, so a bad
value is found when the file is loaded (and reported, with the backup used) rather than in the
middle of a show. Stream keys and API tokens are never stored here: a destination holds the
ingest URL without its key and the *name* of the keyring entry that holds the key.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from studio import i18n, ingest_url, paths
from studio.canvases import CANVASES, Orientation
from studio.canvases import Profile as Profile  # the settings file names a canvas
from studio.errors import BadUrl, UsageError
from studio.jsonstore import AtomicJsonStore, LoadResult, StoreWarning, WarningKind
from studio.redact import mask_url

SCHEMA_VERSION = 2
CONFIG_FILE = "config.json"

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_ENCODER = re.compile(r"^(auto|[a-z0-9_]{2,32})$")
_UNIT = r"(0(\.\d+)?|1(\.0+)?)"  # 0..1
_FIT = re.compile(rf"^(fit|stretch|fill(:(top|bottom|left|right|center|centre|{_UNIT},{_UNIT}))?)$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
INGEST_SCHEMES = ("rtmp", "rtmps")


class SecretInConfig(UsageError):
    """Refuse to write a stream key into the config file."""


class _Model(BaseModel):
    # Unknown keys are a schema error (a typo in a hand edit is reported, not ignored);
    # frozen so a settings object can be handed to other threads safely.
    model_config = ConfigDict(extra="forbid", frozen=True)


class VideoSettings(_Model):
    profile: Profile = Profile.HD_720P30
    bitrate_kbps: int = Field(default=CANVASES[Profile.HD_720P30].video_kbps, ge=300, le=50_000)
    encoder: str = "auto"  # "auto" picks a working hardware encoder, else libx264

    @field_validator("encoder")
    @classmethod
    def _encoder_name(cls, v: str) -> str:
        if not _ENCODER.match(v):
            raise ValueError("must be 'auto' or an encoder name such as 'libx264'")
        return v


class DeviceSettings(_Model):
    camera: str | None = None  # device id as `studio devices` prints it; None = no camera
    microphone: str | None = "default"
    # How the camera's picture sits on the canvas: studio.media.fit's grammar (fit, stretch,
    # fill, fill:X,Y or fill:top/...); checked here by shape, interpreted there.
    video_fit: str = "fit"
    # "No sound" warning after this many seconds below -50 dBFS while live (0: off); the
    # default is capture/silence.py's SILENCE_AFTER_S.
    silence_warning_s: float = Field(default=10.0, ge=0, le=3600)

    @field_validator("video_fit")
    @classmethod
    def _fit(cls, v: str) -> str:
        v = v.strip().lower()
        if not _FIT.match(v):
            raise ValueError("must be fit, fill, fill:X,Y (0..1) or stretch")
        return v


def split_stream_key(url: str) -> tuple[str, str | None]:
    """Split `rtmp://host/app/KEY` into the ingest URL and the key (None if there is none).

    `studio.ingest_url`'s grammar, the one the publisher and the redactor use: the
    application is the first path element with any query after it, the key is the rest,
    verbatim ('?', '&', '#' included). Never raises: anything else comes back whole.
    """
    return ingest_url.split(url)


class Destination(_Model):
    """Where a show is sent. `key_ref` names the keyring entry holding the stream key;
    `canvas` which of the show's canvases it gets: landscape (16:9), portrait (9:16, for
    phone-first feeds), or None (the default, and what every destination saved before
    canvases could be chosen has): the show's main canvas, the profile's."""

    name: str = Field(min_length=1, max_length=64)
    url: str
    key_ref: str | None = None
    enabled: bool = True
    canvas: Orientation | None = None

    @field_validator("url")
    @classmethod
    def _ingest_url(cls, v: str) -> str:
        try:
            ingest_url.parse(v)
        except BadUrl as exc:
            raise ValueError(f"{exc.message} {exc.hint}".strip()) from None
        return v.strip()

    @field_validator("key_ref")
    @classmethod
    def _key_ref(cls, v: str | None) -> str | None:
        if v is not None and not _SLUG.match(v):
            raise ValueError("must be a short name (letters, digits, '-', '_', '.', ':')")
        return v

    @property
    def embedded_key(self) -> str | None:
        """A stream key pasted into the URL by hand, which belongs in the keyring."""
        return split_stream_key(self.url)[1]

    @property
    def display_url(self) -> str:
        return mask_url(self.url)

    def ingest_url(self, key: str | None) -> str:
        """The full publish URL for the engine; never log or show it (use display_url)."""
        base = self.url.rstrip("/")
        return f"{base}/{key}" if key else base

    def host_port(self) -> tuple[str, int]:
        """The ingest server's host and port (the scheme's default port when none is given)."""
        address = ingest_url.parse(self.url)
        return address.host, address.port


class PlatformSettings(_Model):
    api_url: str | None = None  # the platform's REST API base, e.g. https://shop.example/api/v1
    token_ref: str | None = None  # keyring entry holding the API token
    # The shop's currency (ISO 4217) for catalog files that name none, e.g. Shopify exports.
    currency: str | None = None

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip().upper()
        if not _CURRENCY.match(v):
            raise ValueError("must be an ISO 4217 currency code such as EUR")
        return v

    @field_validator("api_url")
    @classmethod
    def _http_url(cls, v: str | None) -> str | None:
        if v is None:
            return None
        v = v.strip()
        parts = urlsplit(v)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http:// or https:// URL")
        if parts.password is not None:
            raise ValueError("must not contain a password; the API token goes in the keyring")
        return v

    @field_validator("token_ref")
    @classmethod
    def _token_ref(cls, v: str | None) -> str | None:
        if v is not None and not _SLUG.match(v):
            raise ValueError("must be a short name (letters, digits, '-', '_', '.', ':')")
        return v

    def host_port(self) -> tuple[str, int] | None:
        if not self.api_url:
            return None
        parts = urlsplit(self.api_url)
        return parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80)


class Hotkeys(_Model):
    """Key sequences in Qt's portable text form ("Ctrl+Shift+L"); empty = no shortcut."""

    go_live: str = "Ctrl+Shift+L"
    end_show: str = "Ctrl+Shift+E"
    pin_next: str = "Ctrl+N"
    unpin: str = "Ctrl+U"
    start_flash_sale: str = "Ctrl+F"
    mute_microphone: str = "Ctrl+M"
    toggle_overlays: str = "Ctrl+H"
    rundown_next: str = "F9"  # one key: the show's next rundown step (issue 20)
    start_auction: str = "Ctrl+Shift+A"
    draw_giveaway: str = "Ctrl+Shift+G"
    mark_highlight: str = "F7"  # one key: a highlight clip of this moment (issue 21)
    # Studio mode's Take (issue 19). OBS binds no key to its Transition by default; Enter
    # runs the transition on hardware switchers (ATEM: Space cuts, Enter fades), and a bare
    # Enter would take the Enter key from dialogs and lists: Ctrl+Enter.
    take_scene: str = "Ctrl+Return"

    @model_validator(mode="after")
    def _no_duplicates(self) -> Hotkeys:
        seen: dict[str, str] = {}
        for action, keys in self.model_dump().items():
            norm = keys.replace(" ", "").lower()
            if norm and norm in seen:
                raise ValueError(f"{keys!r} is bound to both {seen[norm]} and {action}")
            if norm:
                seen[norm] = action
        return self


class WindowGeometry(_Model):
    x: int = 0
    y: int = 0
    width: int = Field(default=1280, ge=200)
    height: int = Field(default=800, ge=150)
    maximized: bool = False


class UiSettings(_Model):
    theme: str = "studio-dark"
    language: str = "en"
    # The overlays' language (the show's audience); "" = the window's language.
    show_language: str = ""
    hotkeys: Hotkeys = Hotkeys()
    geometry: WindowGeometry | None = None  # None until the window has been placed once
    # A flash sale deeper than this (percent off the regular price) asks for confirmation.
    confirm_discount_percent: int = Field(default=50, ge=1, le=99)

    @field_validator("theme")
    @classmethod
    def _theme(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError("must be a theme name such as 'studio-dark'")
        return v

    @field_validator("language", "show_language")
    @classmethod
    def _language(cls, v: str, info: ValidationInfo) -> str:
        if info.field_name == "show_language" and v == "":
            return v
        if not _LANGUAGE.match(v):
            raise ValueError("must be a language tag such as 'en' or 'pt-BR'")
        return v


# The live prompter's rules (studio.session.prompter.Rule has the same names).
PROMPTER_RULES = (
    "viewers_falling",
    "pinned_not_selling",
    "flash_ending",
    "question_unanswered",
    "stream_trouble",
)


class PrompterSettings(_Model):
    """The live prompter's rules as data: what counts as a nudge (see session/prompter.py)."""

    enabled: bool = True
    disabled: tuple[str, ...] = ()  # rule names (PROMPTER_RULES) the creator turned off
    viewers_drop_fraction: float = Field(default=1 / 3, gt=0, lt=1)  # a third
    viewers_drop_window_s: int = Field(default=120, ge=20, le=3600)  # in two minutes
    viewers_min: int = Field(default=10, ge=1)  # below this audience, no viewer nudges
    pinned_no_orders_s: int = Field(default=180, ge=30, le=3600)
    flash_ending_s: int = Field(default=30, ge=5, le=600)
    question_unanswered_s: int = Field(default=60, ge=10, le=3600)
    stream_loss_ratio: float = Field(default=0.05, gt=0, le=1)  # the stats' alarm level
    stream_window_s: int = Field(default=30, ge=5, le=600)

    @field_validator("disabled")
    @classmethod
    def _known_rules(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [r for r in v if r not in PROMPTER_RULES]
        if unknown:
            raise ValueError(
                f"unknown rule(s) {', '.join(unknown)}; known: {', '.join(PROMPTER_RULES)}"
            )
        return v


class RemoteSettings(_Model):
    """The remote control (issue 24; `studio.control`): off unless enabled; WebSocket on
    `port`, HTTP on `port + 1`, on `host` (127.0.0.1: this computer only)."""

    enabled: bool = False
    port: int = Field(default=4455, ge=1, le=65534)
    host: str = "127.0.0.1"


class Config(_Model):
    video: VideoSettings = VideoSettings()
    devices: DeviceSettings = DeviceSettings()
    destinations: tuple[Destination, ...] = ()
    platform: PlatformSettings = PlatformSettings()
    ui: UiSettings = UiSettings()
    prompter: PrompterSettings = PrompterSettings()
    recordings_dir: Path | None = None  # None = the user's videos folder, "Studio"
    remote: RemoteSettings = RemoteSettings()

    @model_validator(mode="after")
    def _unique_destinations(self) -> Config:
        names = [d.name.casefold() for d in self.destinations]
        if len(names) != len(set(names)):
            raise ValueError("two destinations have the same name")
        return self

    def recordings_path(self) -> Path:
        return self.recordings_dir or paths.default_recordings_dir()

    def secret_refs(self) -> tuple[list[str], list[str]]:
        """Keyring entries this config points at: (stream-key refs, API-token refs)."""
        keys = [d.key_ref for d in self.destinations if d.key_ref]
        tokens = [self.platform.token_ref] if self.platform.token_ref else []
        return keys, tokens

    def redacted(self) -> dict[str, Any]:
        """The config as JSON-ready data with every URL masked, for support and doctor."""
        data = self.model_dump(mode="json")
        for dest in data["destinations"]:
            dest["url"] = mask_url(dest["url"])
        if data["platform"]["api_url"]:
            data["platform"]["api_url"] = mask_url(data["platform"]["api_url"])
        return data


# -- migrations -----------------------------------------------------------------------------


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept resolution and fps apart and called a destination's URL `server` and
    its key reference `stream_key_id`; version 2 has one `profile` and `url`/`key_ref`."""
    video = data.get("video")
    if isinstance(video, dict) and ("resolution" in video or "fps" in video):
        resolution = str(video.pop("resolution", "720p"))
        fps = video.pop("fps", 30)
        video["profile"] = f"{resolution}{fps}"
    for dest in data.get("destinations") or []:
        if isinstance(dest, dict):
            if "server" in dest:
                dest["url"] = dest.pop("server")
            if "stream_key_id" in dest:
                dest["key_ref"] = dest.pop("stream_key_id")
    return data


MIGRATIONS = {1: _migrate_1_to_2}


# -- loading and saving ---------------------------------------------------------------------


def config_store(directory: Path | None = None) -> AtomicJsonStore[Config]:
    return AtomicJsonStore(
        (directory or paths.config_dir()) / CONFIG_FILE,
        Config,
        version=SCHEMA_VERSION,
        default=Config,
        migrations=MIGRATIONS,
        label=i18n._("settings"),
    )


def load_config(directory: Path | None = None, *, repair: bool = True) -> LoadResult[Config]:
    """Load the settings. Never raises for a bad file: `.warnings` says what went wrong.

    `.value` is the config to use, `.source` is "file", "backup" or "default". With
    repair=False (doctor, support bundles) nothing on disk is changed.
    """
    store = config_store(directory)
    result = store.load(repair=repair)
    extra = [
        StoreWarning(
            WarningKind.SECRET_IN_FILE,
            i18n._(
                "The destination {name!r} has its stream key written into the settings file "
                "({url})."
            ).format(name=d.name, url=d.display_url),
            i18n._("Enter the key again in the destination's settings so it moves to the keyring."),
            path=str(store.path),
        )
        for d in result.value.destinations
        if d.embedded_key
    ]
    if not extra:
        return result
    return LoadResult(result.value, result.source, (*result.warnings, *extra), result.from_version)


def save_config(config: Config, directory: Path | None = None) -> None:
    """Save atomically, keeping the previous file as config.json.bak.

    Refuses a destination whose URL carries a stream key (store it with
    `studio.secrets.move_key_to_keyring` first): keys never go into files.
    """
    for d in config.destinations:
        if d.embedded_key:
            raise SecretInConfig(
                i18n._(
                    "The destination {name!r} has a stream key inside its URL; "
                    "it was not saved to the settings file."
                ).format(name=d.name),
                i18n._("Enter the URL without the key, and the key in the stream key field."),
            )
    config_store(directory).save(config)
