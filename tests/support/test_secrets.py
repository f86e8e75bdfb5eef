"""Stream keys live in the OS keyring, are masked once seen, and unsafe keyrings are refused."""

from __future__ import annotations

import json
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from studio import secrets
from studio.redact import redact
from tests.support.conftest import StudioHome, needs_keyring, unique


@needs_keyring
def test_a_stream_key_round_trips_through_the_real_keyring_and_is_masked_from_then_on(
    keyring_refs: list[tuple[str, str]],
) -> None:
    key, ref = unique("live_"), unique("shop-")
    keyring_refs.append(("stream-key", ref))

    secrets.set_stream_key(ref, key)

    assert secrets.backend_status().usable
    assert keyring.get_password(secrets.SERVICE, f"stream-key/{ref}") == key  # really stored
    assert secrets.get_stream_key(ref) == key
    assert redact(f"publish failed with key {key}") == "publish failed with key ****"
    assert secrets.delete_stream_key(ref) is True
    assert secrets.get_stream_key(ref) is None
    assert secrets.delete_stream_key(ref) is False


@needs_keyring
def test_an_api_token_read_in_another_process_is_registered_for_redaction(
    studio_home: StudioHome, keyring_refs: list[tuple[str, str]]
) -> None:
    token, ref = unique("tok_"), unique("platform-")
    keyring_refs.append(("api-token", ref))
    secrets.set_api_token(ref, token)

    out = studio_home.python(
        "from studio import secrets; from studio.redact import redact\n"
        f"t = secrets.get_api_token({ref!r})\n"
        "print(len(t), redact('Authorization: Bearer ' + t))"
    )

    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(len(token)), "Authorization:", "Bearer", "****"]


class PlaintextKeyring(KeyringBackend):
    """Stands for keyrings.alt's plaintext file backend: works, but stores keys unprotected."""

    priority = 1
    viable = False  # only used where a test sets it; keyring must not pick it by itself

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username))


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


@pytest.mark.parametrize("backend", [fail.Keyring, PlaintextKeyring])
def test_unsafe_keyrings_are_refused_with_what_to_install(
    restore_keyring: None, backend: type[KeyringBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(secrets.MEMORY_ENV, raising=False)
    chosen = backend()
    keyring.set_keyring(chosen)

    status = secrets.backend_status()
    with pytest.raises(secrets.KeyringUnavailable) as err:
        secrets.set_stream_key("shop", unique("live_"))

    assert not status.usable
    assert "gnome-keyring" in err.value.hint and "KWallet" in err.value.hint
    assert "cannot be kept safely" in err.value.message
    if isinstance(chosen, PlaintextKeyring):
        assert chosen.values == {}  # nothing was written to the unsafe store


def test_doctor_fails_the_keyring_check_when_no_keyring_exists(studio_home: StudioHome) -> None:
    out = studio_home.run(
        "doctor", "--json", "--offline", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )

    report = json.loads(out.stdout)
    (check,) = [c for c in report["checks"] if c["id"] == "keyring"]
    assert check["status"] == "fail"
    assert "no keyring is available" in check["summary"]
    assert "gnome-keyring" in check["hint"]
    assert out.returncode == 2


def test_the_in_memory_store_is_opt_in_and_doctor_warns_about_it(
    studio_home: StudioHome,
) -> None:
    script = (
        "from studio import secrets\n"
        "secrets.set_stream_key('demo', 'live_demo_key_123')\n"
        "print(secrets.get_stream_key('demo'), secrets.backend_status().in_memory)"
    )
    opted_in = studio_home.python(
        script,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        STUDIO_INSECURE_MEMORY_KEYRING="1",
    )
    not_opted_in = studio_home.python(
        script, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    doctor = studio_home.run("doctor", "--json", "--offline", STUDIO_INSECURE_MEMORY_KEYRING="1")

    assert opted_in.stdout.split() == ["live_demo_key_123", "True"], opted_in.stderr
    assert not_opted_in.returncode != 0 and "KeyringUnavailable" in not_opted_in.stderr
    (check,) = [c for c in json.loads(doctor.stdout)["checks"] if c["id"] == "keyring"]
    assert check["status"] == "warn" and secrets.MEMORY_ENV in check["summary"]


def test_without_any_keyring_service_keys_are_refused_not_kept_in_memory(
    studio_home: StudioHome,
) -> None:
    out = studio_home.python(
        "from studio import secrets\n"
        "status = secrets.backend_status()\n"
        "print(status.usable, status.in_memory)\n"
        "secrets.set_stream_key('shop', 'live_should_not_be_kept')",
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/bus",
    )

    assert out.stdout.split() == ["False", "False"], out.stderr
    assert "KeyringUnavailable: Stream keys cannot be kept safely" in out.stderr
