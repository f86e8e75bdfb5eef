"""The remote control's token: kept, made once, rotated, refused when short (issue 24)."""

from __future__ import annotations

import json

import pytest

from studio import cli
from studio import secrets as keystore
from studio.commands.remote import phone_payload
from studio.errors import UsageError
from studio.redact import redact


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keystore.MEMORY_ENV, "1")
    monkeypatch.delenv(keystore.CONTROL_TOKEN_ENV, raising=False)
    keystore._memory._values.clear()


def test_made_once_then_kept_then_rotated(capsys: pytest.CaptureFixture[str]) -> None:
    token, made = keystore.control_token("t")
    assert made and len(token) >= 32
    assert keystore.control_token("t") == (token, False)
    assert token not in redact(f"a log line with {token}")  # registered for masking
    assert cli.main(["remote-token", "--rotate"]) == 0
    # the CLI keeps its token under "studio": rotate that one and check the new one is kept
    new = keystore.get_control_token("studio")
    assert new is not None and new in capsys.readouterr().out
    assert cli.main(["remote-token"]) == 0
    assert new in capsys.readouterr().out
    rotated = keystore.rotate_control_token("studio")
    assert rotated != new and keystore.get_control_token("studio") == rotated


def test_short_tokens_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UsageError) as info:
        keystore.set_control_token("t", "short")
    assert info.value.hint
    monkeypatch.setenv(keystore.CONTROL_TOKEN_ENV, "a-token-given-by-a-script-1234")
    assert keystore.control_token("t") == ("a-token-given-by-a-script-1234", False)


def test_the_phone_qr_payload() -> None:
    d = json.loads(phone_payload("192.168.1.20", 4455, "tok-tok-tok-tok-tok"))
    assert d == {
        "ws": "ws://192.168.1.20:4455",
        "http": "http://192.168.1.20:4456",
        "token": "tok-tok-tok-tok-tok",
    }
