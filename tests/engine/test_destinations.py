"""Saved destinations: the key goes into the keyring once and never into a file or a log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.media import probe

pytestmark = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"), reason="needs the real keyring (scripts/test)"
)
STUDIO = [sys.executable, "-m", "studio.cli"]


def test_broadcast_to_a_saved_destination_keeps_the_key_secret(
    nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "STUDIO_CONFIG_DIR": str(tmp_path / "config"),
        "STUDIO_STATE_DIR": str(tmp_path / "state"),
        "STUDIO_LOG_DIR": str(tmp_path / "logs"),
    }
    key = "sk-live-7f3a9c1e5b"
    base = nginx_rtmp.url("x").rsplit("/", 1)[0]
    add = subprocess.run(
        [*STUDIO, "destinations", "add", "shop", "--url", base],
        input=key + "\n", capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert "keyring" in add.stdout
    # A second destination takes the show's vertical canvas (a phone-first feed).
    phone_key = "sk-phone-2b8d4e6f0a"
    phone = subprocess.run(
        [*STUDIO, "destinations", "add", "phone", "--url", base, "--canvas", "vertical"],
        input=phone_key + "\n", capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert "vertical canvas" in phone.stdout
    listed = subprocess.run([*STUDIO, "destinations", "list"], capture_output=True, text=True,
                            env=env, check=True)  # fmt: skip
    assert "shop" in listed.stdout and "key: stored" in listed.stdout
    assert [line.split()[1] for line in listed.stdout.splitlines()] == ["main", "vertical"]
    stats = tmp_path / "stats.json"
    run = subprocess.run(
        [*STUDIO, "-v", "broadcast", "--to", "shop", "--to", "phone", "--duration", "3",
         "--stats-json", str(stats)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    flvs = nginx_rtmp.wait_recordings(2)
    [flv] = [f for f in flvs if f.name.startswith(key)]  # the server got the real key
    [tall] = [f for f in flvs if f.name.startswith(phone_key)]
    assert probe(flv)["video_codec"] == "h264"
    assert (probe(flv)["width"], probe(tall)["width"]) == (1280, 720)  # each its canvas
    # ...and nothing the app wrote or printed contains either key.
    said = run.stdout + run.stderr + add.stdout + add.stderr + listed.stdout + phone.stdout
    assert key not in said and phone_key not in said
    app_dirs = [tmp_path / d for d in ("config", "state", "logs")]
    written = [stats, *(p for d in app_dirs for p in d.rglob("*") if p.is_file())]
    assert any(p.suffix == ".json" for p in written)
    for p in written:
        assert key.encode() not in p.read_bytes(), p
        assert phone_key.encode() not in p.read_bytes(), p
    missing = subprocess.run([*STUDIO, "broadcast", "--to", "nowhere", "--duration", "1"],
                             capture_output=True, text=True, env=env)  # fmt: skip
    assert missing.returncode != 0 and "no destination called 'nowhere'" in missing.stderr
