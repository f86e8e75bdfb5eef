"""Fixtures for the settings, secrets, logs and support tooling tests.

Every test gets its own config, state and log folders (through the STUDIO_*_DIR variables the
app honours), so nothing touches a real user's files. Secrets are planted in the real keyring
(gnome-keyring under D-Bus, started by scripts/with-services) under unique names and removed
afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from studio import paths

REPO = Path(__file__).resolve().parents[2]

needs_keyring = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"),
    reason="needs the real keyring: run through scripts/test (scripts/with-services)",
)


@dataclass
class StudioHome:
    config: Path
    state: Path
    logs: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            {
                paths.CONFIG_DIR_ENV: str(self.config),
                paths.STATE_DIR_ENV: str(self.state),
                paths.LOG_DIR_ENV: str(self.logs),
                "PYTHONPATH": str(REPO),
            }
        )
        env.update(extra)
        return env

    def run(self, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        """Run the real `studio` command line in a child process."""
        return subprocess.run(
            [sys.executable, "-m", "studio.cli", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self.env(**env),
            cwd=REPO,
            check=False,
        )

    def python(
        self, code: str, timeout: float = 60, **env: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=self.env(**env),
            cwd=REPO,
            check=False,
        )


@pytest.fixture
def studio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StudioHome:
    home = StudioHome(tmp_path / "config", tmp_path / "state", tmp_path / "logs")
    monkeypatch.setenv(paths.CONFIG_DIR_ENV, str(home.config))
    monkeypatch.setenv(paths.STATE_DIR_ENV, str(home.state))
    monkeypatch.setenv(paths.LOG_DIR_ENV, str(home.logs))
    return home


@pytest.fixture
def keyring_refs() -> Iterator[list[tuple[str, str]]]:
    """Collects (kind, ref) pairs a test stored in the real keyring; deletes them afterwards."""
    from studio import secrets

    planted: list[tuple[str, str]] = []
    yield planted
    for kind, ref in planted:
        if kind == "stream-key":
            secrets.delete_stream_key(ref)
        else:
            secrets.delete_api_token(ref)


def unique(prefix: str) -> str:
    """A secret-looking value nobody else could produce, so finding it means it leaked."""
    return f"{prefix}{uuid.uuid4().hex}"
