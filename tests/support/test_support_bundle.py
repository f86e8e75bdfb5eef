"""A support bundle has what support needs and none of the creator's secrets.

Secrets are planted where they really end up: in the keyring (as the app stores them), pasted
into a URL in the settings file, in a damaged settings file, in log lines written by code that
did not know the key, in a crash report and in a stats file. The bundle is built by the real
command line in a fresh process, then every member is scanned byte by byte.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from studio import secrets
from studio.config import CONFIG_FILE, Config, Destination, PlatformSettings, save_config
from tests.support.conftest import StudioHome, needs_keyring, unique


def plant_file(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@needs_keyring
def test_a_bundle_holds_the_evidence_and_none_of_the_planted_secrets(
    studio_home: StudioHome, keyring_refs: list[tuple[str, str]], tmp_path: Path
) -> None:
    stream_key, api_token = unique("live_"), unique("tok_")
    pasted_key, damaged_key = unique("live_pasted_"), unique("live_damaged_")
    key_ref, token_ref = unique("shop-"), unique("platform-")
    keyring_refs += [("stream-key", key_ref), ("api-token", token_ref)]
    secrets.set_stream_key(key_ref, stream_key)
    secrets.set_api_token(token_ref, api_token)
    planted = [stream_key, api_token, pasted_key, damaged_key]

    # Settings: a good file (now the backup) with a key pasted into a URL by hand, and a
    # damaged current file that also holds a key.
    save_config(
        Config(
            destinations=(
                Destination(name="Shop", url="rtmp://127.0.0.1:9/live", key_ref=key_ref),
            ),
            platform=PlatformSettings(api_url="http://127.0.0.1:9/api", token_ref=token_ref),
        )
    )
    good = json.loads((studio_home.config / CONFIG_FILE).read_text())
    good["destinations"].append(
        {"name": "Backup", "url": f"rtmp://127.0.0.1:9/live/{pasted_key}", "key_ref": None}
    )
    (studio_home.config / (CONFIG_FILE + ".bak")).write_text(json.dumps(good))
    (studio_home.config / CONFIG_FILE).write_text(
        '{"schema_version": 2, "destinations": [{"url": "rtmp://127.0.0.1:9/live/' + damaged_key
    )
    # A log written before the key was known to redaction (e.g. by a library), a crash
    # report and a stats file that somehow captured secrets.
    plant_file(
        studio_home.logs / "studio.log.1",
        json.dumps({"msg": f"ffmpeg: tcurl {stream_key} auth Bearer {api_token}"}) + "\n",
    )
    plant_file(
        studio_home.logs / "crashes" / "crash-20240101-120000-000001.txt",
        f"Studio crash report\nKeyError: '{stream_key}'\n",
    )
    plant_file(
        studio_home.state / "stats" / "show-41.json",
        json.dumps({"show": "41", "dropped": 3, "url": f"rtmp://h/live/{stream_key}"}),
    )
    plant_file(studio_home.state / "stats" / "show-42.json", json.dumps({"show": "42"}))

    out_zip = tmp_path / "bundle.zip"
    result = studio_home.run("support-bundle", str(out_zip), "--timeout", "1")

    assert result.returncode == 0, result.stderr
    for secret in planted:
        assert secret not in result.stdout + result.stderr
    with zipfile.ZipFile(out_zip) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    for name, data in members.items():
        for secret in planted:
            assert secret.encode() not in data, f"{secret[:8]}... leaked into {name}"
    for expected in [
        "README.txt", "doctor.json", "doctor.txt", "system.json",
        "config/settings.redacted.json", f"config/files/{CONFIG_FILE}",
        f"config/files/{CONFIG_FILE}.bak", "logs/studio.log", "logs/studio.log.1",
        "crashes/crash-20240101-120000-000001.txt", "stats/show-41.json", "stats/show-42.json",
    ]:  # fmt: skip
        assert expected in members, sorted(members)
    # Masked, not dropped: support still sees where things went.
    assert b"tcurl **** auth Bearer ****" in members["logs/studio.log.1"]
    assert b"KeyError: '****'" in members["crashes/crash-20240101-120000-000001.txt"]
    assert b"rtmp://127.0.0.1:9/live/****" in members[f"config/files/{CONFIG_FILE}.bak"]
    settings = json.loads(members["config/settings.redacted.json"])
    assert settings["source"] == "backup"
    assert [d["name"] for d in settings["settings"]["destinations"]] == ["Shop", "Backup"]
    assert {w["kind"] for w in settings["warnings"]} == {"damaged", "secret-in-file"}
    doctor = json.loads(members["doctor.json"])
    assert doctor["status"] == "fail"  # nothing listens on port 9
    assert json.loads(members["system.json"])["keyring"]["usable"] is True
    # The bundle's own log line of this run is there too, with its session id.
    assert b'"argv": "support-bundle' in members["logs/studio.log"]


def test_a_bundle_without_a_keyring_still_masks_keys_by_their_shape(
    studio_home: StudioHome, tmp_path: Path
) -> None:
    pasted_key = unique("live_")
    plant_file(
        studio_home.logs / "studio.log",
        json.dumps({"msg": f"connect rtmp://ingest.shop.test/app/{pasted_key} failed"}) + "\n",
    )

    out_zip = tmp_path / "bundle.zip"
    result = studio_home.run(
        "support-bundle", str(out_zip), "--offline",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out_zip) as zf:
        assert all(pasted_key.encode() not in zf.read(n) for n in zf.namelist())
        assert b"rtmp://ingest.shop.test/app/****" in zf.read("logs/studio.log")
        doctor = json.loads(zf.read("doctor.json"))
    assert [c["status"] for c in doctor["checks"] if c["id"] == "keyring"] == ["fail"]


def test_an_existing_file_is_not_overwritten_without_force(
    studio_home: StudioHome, tmp_path: Path
) -> None:
    out_zip = tmp_path / "bundle.zip"
    out_zip.write_bytes(b"precious")

    refused = studio_home.run("support-bundle", str(out_zip), "--offline")
    forced = studio_home.run("support-bundle", str(out_zip), "--offline", "--force")

    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert "--force" in refused.stderr
    assert forced.returncode == 0 and zipfile.is_zipfile(out_zip)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_folder_as_target_gets_a_dated_bundle(studio_home: StudioHome, tmp_path: Path) -> None:
    folder = tmp_path / "bundles"
    folder.mkdir()

    result = studio_home.run("support-bundle", str(folder), "--offline")

    assert result.returncode == 0, result.stderr
    (bundle,) = folder.glob("studio-support-*.zip")
    assert str(bundle) in result.stdout
