"""Stream keys and API tokens, kept in the operating system's keyring.

Every value that passes through here, read or written, is registered with `studio.redact` so it
is masked in logs, errors, crash reports and support bundles from then on. Backends that would
store keys in plain text (keyrings.alt) or that cannot store anything (keyring's fail/null
backends) are refused with a message saying what to install. For CI demos only, setting
STUDIO_INSECURE_MEMORY_KEYRING=1 keeps keys in memory for the life of the process; it is never
chosen on its own, and `studio doctor` warns about it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

import keyring
import keyring.backend
import keyring.errors
from keyring.backend import KeyringBackend

from studio import i18n
from studio.errors import StudioError, UsageError
from studio.ingest_url import secret_forms
from studio.redact import register_secret

if TYPE_CHECKING:
    from studio.config import Config, Destination

log = logging.getLogger(__name__)

SERVICE = "studio"
MEMORY_ENV = "STUDIO_INSECURE_MEMORY_KEYRING"
_STREAM_KEY = "stream-key"
_API_TOKEN = "api-token"
_CONTROL_TOKEN = "control-token"
CONTROL_TOKEN_ENV = "STUDIO_CONTROL_TOKEN"


class KeyringUnavailable(StudioError):
    """No safe place to keep stream keys: the user must install or unlock a keyring."""


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keys in this process only; for CI demos, opted into with STUDIO_INSECURE_MEMORY_KEYRING."""

    priority = 0.1
    # keyring registers every backend subclass and would pick this one on a machine with no
    # keyring at all, silently: it must never be chosen except through STUDIO_INSECURE_...
    viable = False

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring ships no annotations here
        self._values: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            return self._values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._lock:
            self._values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._lock:
            if self._values.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError("no such entry")


_memory = MemoryKeyring()
R = TypeVar("R")
_warned_memory = False


@dataclass(frozen=True)
class BackendStatus:
    """Which keyring Studio would use, and whether it is fit for stream keys."""

    name: str  # for people: "the macOS Keychain"
    usable: bool
    in_memory: bool = False
    message: str = ""
    hint: str = ""
    backend: str = ""  # the keyring backend class, for support

    def as_dict(self) -> dict[str, str | bool | None]:
        return {
            "name": self.name,
            "backend": self.backend,
            "usable": self.usable,
            "in_memory": self.in_memory,
            "message": self.message,
            "hint": self.hint,
        }


def install_hint() -> str:
    """What a user on this OS can do to get a working keyring."""
    if sys.platform == "darwin":
        return "Studio keeps keys in the macOS Keychain: open Keychain Access and unlock it."
    if sys.platform.startswith("win"):
        return "Studio keeps keys in Windows Credential Manager: make sure it is running."
    return (
        "Install a Secret Service keyring and log in again: GNOME Keyring "
        "(Debian/Ubuntu: apt install gnome-keyring) or KDE Wallet (KWallet)."
    )


_FRIENDLY = [
    ("SecretService", "the Secret Service keyring (GNOME Keyring or KWallet)"),
    ("libsecret", "the Secret Service keyring (libsecret)"),
    ("kwallet", "KDE Wallet"),
    ("macOS", "the macOS Keychain"),
    ("Windows", "Windows Credential Manager"),
]


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _friendly_name(backend: KeyringBackend) -> str:
    module = type(backend).__module__
    return next((text for key, text in _FRIENDLY if key in module), _backend_name(backend))


def _writer(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend that would actually store a key (the first one of a chain)."""
    chain = getattr(backend, "backends", None)
    if chain is not None and type(backend).__name__ == "ChainerBackend":
        return chain[0] if chain else None
    return backend


def _refusal(backend: KeyringBackend | None) -> str | None:
    """Why a backend is unfit for stream keys, or None if it is fine."""
    if backend is None:
        return "no keyring backend was found"
    if isinstance(backend, MemoryKeyring):
        return f"the in-memory demo store is only allowed with {MEMORY_ENV}=1"
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return "no keyring is available on this computer"
    if module.startswith("keyrings.alt"):
        return f"the keyring backend {name} (keyrings.alt) stores secrets unprotected on disk"
    if "plaintext" in name.lower() or "plaintext" in module.lower():
        return f"the keyring backend {name} stores secrets in plain text"
    return None


def memory_opted_in() -> bool:
    return os.environ.get(MEMORY_ENV, "").strip().lower() in ("1", "true", "yes")


def backend_status() -> BackendStatus:
    """Describe the keyring without reading or writing anything (used by doctor)."""
    if memory_opted_in():
        return BackendStatus(
            "in-memory (demo only)",
            True,
            in_memory=True,
            message=f"{MEMORY_ENV} is set: stream keys are kept in memory and forgotten on exit.",
            hint=f"Unset {MEMORY_ENV} on a creator's computer. " + install_hint(),
        )
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring config file or plugin
        return BackendStatus(
            "unknown", False, message=f"the keyring failed to start ({exc})", hint=install_hint()
        )
    writer = _writer(backend)
    reason = _refusal(writer)
    shown = writer if writer is not None else backend
    name, cls = _friendly_name(shown), _backend_name(shown)
    if reason:
        return BackendStatus(name, False, message=reason, hint=install_hint(), backend=cls)
    return BackendStatus(name, True, message=f"keys are stored in {name}", backend=cls)


def _backend() -> KeyringBackend:
    global _warned_memory
    if memory_opted_in():
        if not _warned_memory:
            log.warning("%s is set: keys are kept in memory only (demo mode)", MEMORY_ENV)
            _warned_memory = True
        return _memory
    status = backend_status()
    if not status.usable:
        raise KeyringUnavailable(
            i18n._("Stream keys cannot be kept safely: {message}.").format(message=status.message),
            status.hint,
        )
    return keyring.get_keyring()


def _call(action: str, fn: Callable[..., R], *args: str) -> R:
    try:
        return fn(*args)
    except keyring.errors.PasswordDeleteError:
        raise
    except keyring.errors.KeyringLocked as exc:
        raise KeyringUnavailable(
            i18n._("The keyring is locked, so Studio could not {action}.").format(action=action),
            i18n._("Unlock it (your login password usually does) and try again."),
        ) from exc
    except Exception as exc:  # D-Bus, Keychain and Credential Manager fail in their own ways
        raise KeyringUnavailable(
            i18n._("The keyring did not answer, so Studio could not {action} ({name}).").format(
                action=action, name=type(exc).__name__
            ),
            install_hint(),
        ) from exc


def _get(kind: str, ref: str) -> str | None:
    backend = _backend()
    value = _call(f"read the {kind} {ref!r}", backend.get_password, SERVICE, f"{kind}/{ref}")
    register_secret(value)
    return value


def _set(kind: str, ref: str, value: str) -> None:
    if not value:
        raise UsageError(
            i18n._("An empty {kind} cannot be stored.").format(kind=kind),
            i18n._("Paste the whole value."),
        )
    register_secret(value)  # before anything can fail and echo it
    backend = _backend()
    _call(f"store the {kind} {ref!r}", backend.set_password, SERVICE, f"{kind}/{ref}", value)


def _delete(kind: str, ref: str) -> bool:
    backend = _backend()
    try:
        _call(f"delete the {kind} {ref!r}", backend.delete_password, SERVICE, f"{kind}/{ref}")
    except keyring.errors.PasswordDeleteError:
        return False
    return True


def get_stream_key(ref: str) -> str | None:
    """The stream key stored under `ref` (a destination's key_ref), or None. The key and the
    forms a server may echo it in (`ingest_url.secret_forms`) are registered for redaction."""
    key = _get(_STREAM_KEY, ref)
    _register_key_forms(key)
    return key


def set_stream_key(ref: str, key: str) -> None:
    _register_key_forms(key.strip())
    _set(_STREAM_KEY, ref, key.strip())


def _register_key_forms(key: str | None) -> None:
    for form in secret_forms(key or ""):
        register_secret(form)


def delete_stream_key(ref: str) -> bool:
    """True if a key was deleted, False if there was none."""
    return _delete(_STREAM_KEY, ref)


def get_api_token(ref: str) -> str | None:
    return _get(_API_TOKEN, ref)


def set_api_token(ref: str, token: str) -> None:
    _set(_API_TOKEN, ref, token.strip())


def delete_api_token(ref: str) -> bool:
    return _delete(_API_TOKEN, ref)


def get_control_token(ref: str = "studio", *, memory: bool = False) -> str | None:
    """The remote-control token under `ref`, or None; `memory` reads this process's store
    (the demo's: forgotten on exit) instead of the keyring."""
    if memory:
        value = _memory.get_password(SERVICE, f"{_CONTROL_TOKEN}/{ref}")
        register_secret(value)
        return value
    return _get(_CONTROL_TOKEN, ref)


def set_control_token(ref: str, token: str, *, memory: bool = False) -> None:
    """Keep a remote-control token (at least 16 characters) under `ref`.

    Raises `UsageError` for a shorter token, `KeyringUnavailable` when it cannot be kept.
    """
    token = token.strip()
    if len(token) < 16:
        raise UsageError(
            i18n._("A remote-control token needs at least 16 characters."),
            i18n._("Let Studio make one (rotate the token) or use a longer one."),
        )
    register_secret(token)
    if memory:
        _memory.set_password(SERVICE, f"{_CONTROL_TOKEN}/{ref}", token)
        return
    _set(_CONTROL_TOKEN, ref, token)


def rotate_control_token(ref: str = "studio", *, memory: bool = False) -> str:
    """Make a new random token (32 URL-safe characters, 192 bits), keep it, return it; the
    old one stops working at once for new connections."""
    import secrets as _random

    token = _random.token_urlsafe(24)
    set_control_token(ref, token, memory=memory)
    return token


def control_token(ref: str = "studio", *, memory: bool = False) -> tuple[str, bool]:
    """(the token, made now?): `$STUDIO_CONTROL_TOKEN` when set (scripts and tests hand it
    over that way; it is then kept like any other), else the kept one, else a new one."""
    given = os.environ.get(CONTROL_TOKEN_ENV, "").strip()
    if given:
        set_control_token(ref, given, memory=memory)
        return given, False
    kept = get_control_token(ref, memory=memory)
    if kept:
        return kept, False
    return rotate_control_token(ref, memory=memory), True


def move_key_to_keyring(destination: Destination, ref: str | None = None) -> Destination:
    """Take a stream key pasted into a destination's URL, store it, and return the
    destination with a clean URL and a key_ref: what the settings dialog saves."""
    from studio.config import split_stream_key

    base, key = split_stream_key(destination.url)
    if not key:
        return destination
    ref = ref or destination.key_ref or destination.name
    set_stream_key(ref, key)
    return destination.model_copy(update={"url": base, "key_ref": ref})


def register_known_secrets(config: Config) -> list[str]:
    """Read every secret the config refers to so redaction knows them.

    Called before writing anything a person may see (support bundles, crash reports). Returns
    problems in plain words instead of raising: redaction of URLs still works without them.
    """
    problems: list[str] = []
    for d in config.destinations:
        if d.embedded_key:
            _register_key_forms(d.embedded_key)
    keys, tokens = config.secret_refs()
    for getter, refs in ((get_stream_key, keys), (get_api_token, tokens)):
        for ref in refs:
            try:
                getter(ref)
            except KeyringUnavailable as exc:
                problems.append(f"{ref}: {exc.message}")
    return problems
