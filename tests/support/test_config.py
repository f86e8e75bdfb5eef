"""Settings survive crashes, damaged files and old versions, and never hold a stream key."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from studio.config import (
    CONFIG_FILE,
    SCHEMA_VERSION,
    Config,
    Destination,
    Profile,
    SecretInConfig,
    VideoSettings,
    load_config,
    save_config,
)
from studio.jsonstore import AtomicJsonStore, WarningKind
from tests.support.conftest import REPO, StudioHome, needs_keyring, unique


def a_config(bitrate: int = 4500) -> Config:
    return Config(
        video=VideoSettings(profile=Profile.FHD_1080P30, bitrate_kbps=bitrate),
        destinations=(
            Destination(name="Shop", url="rtmp://ingest.shop.test/live", key_ref="shop"),
        ),
    )


def test_first_run_uses_defaults_without_a_warning(studio_home: StudioHome) -> None:
    result = load_config()

    assert result.source == "default"
    assert result.warnings == ()
    assert result.value == Config()
    assert not (studio_home.config / CONFIG_FILE).exists()  # loading alone writes nothing


def test_saving_keeps_the_previous_good_file_as_backup(studio_home: StudioHome) -> None:
    save_config(a_config(3000))
    save_config(a_config(6000))

    main = json.loads((studio_home.config / CONFIG_FILE).read_text())
    backup = json.loads((studio_home.config / (CONFIG_FILE + ".bak")).read_text())
    assert main["schema_version"] == SCHEMA_VERSION
    assert (main["video"]["bitrate_kbps"], backup["video"]["bitrate_kbps"]) == (6000, 3000)
    assert load_config().value == a_config(6000)
    leftovers = [p.name for p in studio_home.config.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def _truncate(raw: bytes) -> bytes:
    return raw[: len(raw) // 2]


CORRUPTIONS = {
    "truncated": (_truncate, "ends early"),
    "cut inside a word": (lambda raw: raw[: raw.index(b": null") + 4], "ends early"),
    "empty": (lambda raw: b"", "empty"),
    "garbage": (lambda raw: bytes(range(256)) * 4, "not text"),
    "not json": (lambda raw: b"video = fast\n", "not valid JSON"),
    "wrong type": (
        lambda raw: raw.replace(b'"bitrate_kbps": 6000', b'"bitrate_kbps": "very high"'),
        "video.bitrate_kbps",
    ),
    "unknown field": (
        lambda raw: raw.replace(b'"video": {', b'"vidoe_typo": 1, "video": {'),
        "vidoe_typo",
    ),
    "no version": (lambda raw: raw.replace(b'"schema_version": 2,', b""), "schema_version"),
    "newer version": (
        lambda raw: raw.replace(b'"schema_version": 2', b'"schema_version": 99'),
        "newer Studio",
    ),
}


@pytest.mark.parametrize("damage", list(CORRUPTIONS))
def test_a_damaged_config_is_reported_and_the_backup_loaded(
    studio_home: StudioHome, damage: str
) -> None:
    save_config(a_config(3000))
    save_config(a_config(6000))  # the good file that will be damaged; 3000 is the backup
    path = studio_home.config / CONFIG_FILE
    corrupt, reason = CORRUPTIONS[damage]
    damaged = corrupt(path.read_bytes())
    path.write_bytes(damaged)

    result = load_config()

    assert result.source == "backup"
    assert result.value == a_config(3000)
    (warning,) = result.warnings
    assert warning.kind is WarningKind.DAMAGED
    assert reason in warning.message
    assert "previous good copy" in warning.message
    # The damaged file is kept for support, and the app starts clean next time.
    assert Path(warning.kept_as).read_bytes() == damaged
    assert Path(warning.kept_as).name in warning.hint
    again = load_config()
    assert (again.source, again.warnings, again.value) == ("file", (), a_config(3000))


def test_damaged_config_without_a_usable_backup_says_defaults_are_in_use(
    studio_home: StudioHome,
) -> None:
    path = studio_home.config / CONFIG_FILE
    studio_home.config.mkdir(parents=True)
    path.write_bytes(b'{"schema_version": 2, "video": {"bitrate_kbps": ')
    (studio_home.config / (CONFIG_FILE + ".bak")).write_bytes(b"\x00\x01garbage")

    first, second = load_config(), load_config()

    for result in (first, second):  # repeated until the user saves: never a silent reset
        assert result.source == "default"
        (warning,) = result.warnings
        assert warning.kind is WarningKind.RESET
        assert "Default values are in use" in warning.message
    # Saving new settings keeps the damaged file aside instead of destroying it.
    save_config(a_config())
    kept = list(studio_home.config.glob("config.corrupt-*.json"))
    assert [p.read_bytes() for p in kept] == [b'{"schema_version": 2, "video": {"bitrate_kbps": ']
    assert load_config().warnings == ()


def test_a_damaged_file_never_becomes_the_backup(studio_home: StudioHome) -> None:
    save_config(a_config(3000))
    save_config(a_config(4000))
    (studio_home.config / CONFIG_FILE).write_bytes(b"{garbage")

    save_config(a_config(5000))  # e.g. the UI saving before anything reloaded the file

    backup = json.loads((studio_home.config / (CONFIG_FILE + ".bak")).read_text())
    assert backup["video"]["bitrate_kbps"] == 3000
    assert load_config().value == a_config(5000)


def test_diagnostic_loads_change_nothing_on_disk(studio_home: StudioHome) -> None:
    save_config(a_config(3000))
    save_config(a_config(6000))
    (studio_home.config / CONFIG_FILE).write_bytes(b"{garbage")
    before = sorted((p.name, p.read_bytes()) for p in studio_home.config.iterdir())

    result = load_config(repair=False)

    assert result.source == "backup"
    assert sorted((p.name, p.read_bytes()) for p in studio_home.config.iterdir()) == before


V1_CONFIG = {
    "schema_version": 1,
    "video": {"resolution": "1080p", "fps": 30, "bitrate_kbps": 6000, "encoder": "libx264"},
    "destinations": [
        {"name": "Shop", "server": "rtmp://ingest.shop.test/live", "stream_key_id": "shop"}
    ],
    "ui": {"theme": "studio-light", "language": "pt-BR"},
}


def test_a_version_1_config_is_upgraded_and_the_original_kept(studio_home: StudioHome) -> None:
    studio_home.config.mkdir(parents=True)
    original = json.dumps(V1_CONFIG).encode()
    (studio_home.config / CONFIG_FILE).write_bytes(original)

    result = load_config()

    config = result.value
    assert config.video.profile is Profile.FHD_1080P30
    assert (config.video.bitrate_kbps, config.video.encoder) == (6000, "libx264")
    assert config.destinations[0].url == "rtmp://ingest.shop.test/live"
    assert config.destinations[0].key_ref == "shop"
    assert (config.ui.theme, config.ui.language) == ("studio-light", "pt-BR")
    assert (result.source, result.from_version) == ("file", 1)
    assert [w.kind for w in result.warnings] == [WarningKind.MIGRATED]
    assert result.warnings[0].severity == "info"
    on_disk = json.loads((studio_home.config / CONFIG_FILE).read_text())
    assert on_disk["schema_version"] == 2 and on_disk["video"]["profile"] == "1080p30"
    assert (studio_home.config / (CONFIG_FILE + ".bak")).read_bytes() == original
    assert load_config().warnings == ()


def test_a_version_1_config_that_cannot_be_upgraded_falls_back(studio_home: StudioHome) -> None:
    save_config(a_config(3000))
    save_config(a_config(6000))
    broken = {**V1_CONFIG, "video": {"resolution": "4k", "fps": 60}}
    (studio_home.config / CONFIG_FILE).write_text(json.dumps(broken))

    result = load_config()

    assert result.source == "backup"
    assert "video.profile" in result.warnings[0].message


def test_a_stream_key_pasted_into_a_url_is_reported_and_never_saved(
    studio_home: StudioHome,
) -> None:
    key = unique("live_")
    pasted = Destination(name="Shop", url=f"rtmp://ingest.shop.test/live/{key}")
    studio_home.config.mkdir(parents=True)
    (studio_home.config / CONFIG_FILE).write_text(
        json.dumps({"schema_version": 2, "destinations": [pasted.model_dump()]})
    )

    result = load_config()

    (warning,) = result.warnings
    assert warning.kind is WarningKind.SECRET_IN_FILE
    assert key not in str(warning) and "****" in warning.message
    with pytest.raises(SecretInConfig) as err:
        save_config(result.value)
    assert key not in str(err.value)


@needs_keyring
def test_a_pasted_key_moves_to_the_keyring(
    studio_home: StudioHome, keyring_refs: list[tuple[str, str]]
) -> None:
    from studio import secrets

    key, ref = unique("live_"), unique("ref-")
    keyring_refs.append(("stream-key", ref))
    pasted = Destination(name="Shop", url=f"rtmp://ingest.shop.test/live/{key}?bwtest=1")

    clean = secrets.move_key_to_keyring(pasted, ref)
    save_config(Config(destinations=(clean,)))

    assert (clean.url, clean.key_ref) == ("rtmp://ingest.shop.test/live", ref)
    assert secrets.get_stream_key(ref) == f"{key}?bwtest=1"
    assert clean.ingest_url(secrets.get_stream_key(ref)) == pasted.url
    assert key.encode() not in (studio_home.config / CONFIG_FILE).read_bytes()


SAVER = """
import itertools, sys
from studio.config import Config, VideoSettings, save_config
print("ready", flush=True)
for i in itertools.count():
    save_config(Config(video=VideoSettings(bitrate_kbps=1000 + i % 2)))
"""


def test_killing_the_app_while_it_saves_leaves_a_loadable_config(studio_home: StudioHome) -> None:
    for _ in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER], env=studio_home.env(), cwd=REPO,
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

        result = load_config()

        assert result.source == "file" and result.warnings == ()
        assert result.value.video.bitrate_kbps in (1000, 1001)


class ShowState(BaseModel):
    show_id: str
    pinned_sku: str | None = None


def test_the_store_is_reusable_for_other_state(tmp_path: Path) -> None:
    store = AtomicJsonStore(
        tmp_path / "show.json", ShowState, version=1, default=lambda: ShowState(show_id="none"),
        label="show state",
    )  # fmt: skip
    store.save(ShowState(show_id="s1", pinned_sku="A"))
    store.save(ShowState(show_id="s1", pinned_sku="B"))
    (tmp_path / "show.json").write_bytes(b'{"schema_version": 1, "show_id": ')

    result = store.load()

    assert result.value == ShowState(show_id="s1", pinned_sku="A")
    assert result.warnings[0].message.startswith("The show state file show.json could not")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
config_like = st.fixed_dictionaries(
    {"schema_version": st.sampled_from([1, 2, 3, "2", None])},
    optional={
        "video": st.dictionaries(
            st.sampled_from(["profile", "bitrate_kbps", "encoder", "resolution", "fps"]),
            json_values,
        ),
        "destinations": st.lists(
            st.dictionaries(st.sampled_from(["name", "url", "server", "key_ref"]), json_values),
            max_size=3,
        ),
        "ui": json_values,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    content=st.binary(max_size=300)
    | config_like.map(lambda d: json.dumps(d).encode())
    | st.integers(1, 400).map(lambda n: b"[" * n * 10)
    | st.just(b'{"schema_version": 2, "video": {"bitrate_kbps": 1' + b"0" * 5000 + b"}}")
)
def test_no_file_content_can_crash_loading(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        save_config(a_config(3000), directory)
        save_config(a_config(6000), directory)
        (directory / CONFIG_FILE).write_bytes(content)

        result = load_config(directory)

        if result.source == "backup":
            assert result.value == a_config(3000)
            assert result.warnings[0].kind is WarningKind.DAMAGED
        else:  # the content happened to be a valid (possibly version 1) config
            assert result.source == "file"


def test_a_destination_carries_its_canvas(studio_home: StudioHome) -> None:
    tall = Destination(name="Phone", url="rtmp://ingest.shop.test/live", canvas="portrait")
    save_config(Config(destinations=(a_config().destinations[0], tall)))
    loaded = load_config().value.destinations
    assert [d.canvas for d in loaded] == [None, "portrait"]  # None: the profile's canvas
    raw = json.loads((studio_home.config / CONFIG_FILE).read_text())
    raw["destinations"][1]["canvas"] = "sideways"
    (studio_home.config / CONFIG_FILE).write_text(json.dumps(raw))
    result = load_config()
    assert result.source != "file"  # refused and said, never read as another canvas
    assert "destinations.1.canvas" in str(result.warnings[0])
