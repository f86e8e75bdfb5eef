"""Secrets stay secret, and nothing a user types reaches a shell.

The leak test runs the studio the way a creator and a support engineer do, in fresh
processes with their own config, state and log folders: a show streamed with the stream key
in its URL (the same key the keyring holds), a crash while the key is in memory, `studio
doctor`, and a support bundle. Then EVERY file the app wrote is read byte by byte, zip members
decompressed, recordings included, and so is everything it printed.

Certificate checks for rtmps:// are tested in tests/engine/test_cli_behaviour.py
(test_rtmps_refuses_an_untrusted_certificate, test_rtmps_streams_when_the_user_trusts_the_server).
"""

from __future__ import annotations

import ast
import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio import secrets
from studio.config import Config, Destination, PlatformSettings, save_config
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.support.conftest import StudioHome, unique

pytestmark = pytest.mark.reliability

REPO = Path(__file__).resolve().parents[2]

needs_keyring = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"),
    reason="needs the real keyring (gnome-keyring): run through scripts/with-services",
)


def every_file(*roots: Path) -> Iterator[tuple[str, bytes]]:
    """(name, content) of every file under the roots; zip members are opened too."""
    for root in roots:
        if not root.exists():
            continue
        found = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in found:
            data = path.read_bytes()
            yield str(path), data
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as zf:
                    for name in zf.namelist():
                        yield f"{path}!{name}", zf.read(name)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StudioHome:
    from studio import paths

    h = StudioHome(tmp_path / "config", tmp_path / "state", tmp_path / "logs")
    for env, value in (
        (paths.CONFIG_DIR_ENV, h.config),
        (paths.STATE_DIR_ENV, h.state),
        (paths.LOG_DIR_ENV, h.logs),
    ):
        monkeypatch.setenv(env, str(value))
    return h


@needs_keyring
def test_no_file_the_app_writes_holds_a_planted_secret(
    home: StudioHome, nginx_rtmp: NginxRtmp, tmp_path: Path
) -> None:
    stream_key, api_token = unique("live_sk_"), unique("tok_")
    key_ref, token_ref = unique("shop-"), unique("platform-")
    planted = [stream_key, api_token]
    secrets.set_stream_key(key_ref, stream_key)
    secrets.set_api_token(token_ref, api_token)
    try:
        save_config(
            Config(
                destinations=(
                    Destination(
                        name="Shop", url=f"rtmp://127.0.0.1:{nginx_rtmp.port}/live", key_ref=key_ref
                    ),
                ),
                platform=PlatformSettings(api_url="http://127.0.0.1:9/v1", token_ref=token_ref),
            )
        )
        recordings = tmp_path / "recordings"
        printed: list[str] = []

        # A show: the key travels in the URL on the command line, as the app builds it.
        stats = home.state / "stats" / "show-1.json"
        stats.parent.mkdir(parents=True)
        show = home.run(
            "broadcast", "--url", nginx_rtmp.url(stream_key), "--duration", "4",
            "--record", str(recordings / "show.mp4"), "--stats-json", str(stats),
            timeout=90,
        )  # fmt: skip
        assert show.returncode == 0, show.stderr
        printed += [show.stdout, show.stderr]
        assert json.loads(stats.read_text())["frames_encoded"] > 60

        # A crash while the key and the token are in memory, with both in the message.
        crash = home.python(
            "import sys\n"
            "from studio import logs, secrets\n"
            "logs.setup_logging(); logs.install_crash_handler()\n"
            f"k = secrets.get_stream_key({key_ref!r}); t = secrets.get_api_token({token_ref!r})\n"
            "raise RuntimeError(f'publish failed for rtmp://h/live/{k} with Bearer {t}')\n"
        )
        assert crash.returncode != 0 and "RuntimeError" in crash.stderr
        printed += [crash.stdout, crash.stderr]

        doctor = home.run("doctor", "--json", "--offline")
        printed += [doctor.stdout, doctor.stderr]
        bundle = tmp_path / "bundle.zip"
        made = home.run("support-bundle", str(bundle), "--offline")
        assert made.returncode == 0, made.stderr
        printed += [made.stdout, made.stderr]

        files = list(every_file(home.config, home.state, home.logs, recordings, bundle))
        names = [n for n, _ in files]
        # The scan saw what it is meant to: settings, logs, the stats, a crash report, the
        # finished recording, and the bundle's members.
        assert any(n.endswith("config.json") for n in names)
        assert any("studio.log" in n for n in names)
        assert any("/crashes/crash-" in n for n in names), names
        assert any(n.endswith("show.mp4") for n in names)
        assert any("!doctor.json" in n for n in names) and any("!logs/" in n for n in names)
        for name, data in files:
            for secret in planted:
                assert secret.encode() not in data, f"{secret[:10]}... leaked into {name}"
        for text in printed:
            for secret in planted:
                assert secret not in text, f"{secret[:10]}... was printed"
        # Masked where it appeared, not silently dropped: support still sees where it went.
        logs_text = b"".join(d for n, d in files if "studio.log" in n and "!" not in n)
        assert b"/live/****" in logs_text
    finally:
        secrets.delete_stream_key(key_ref)
        secrets.delete_api_token(token_ref)


# ---- no shell ------------------------------------------------------------------------------

SHELL_FUNCS = {
    ("os", "system"), ("os", "popen"), ("os", "spawnl"), ("os", "spawnlp"), ("os", "spawnv"),
    ("os", "spawnvp"), ("asyncio", "create_subprocess_shell"), ("subprocess", "getoutput"),
    ("subprocess", "getstatusoutput"), ("pty", "spawn"),
}  # fmt: skip
SUBPROCESS_FUNCS = {"run", "Popen", "call", "check_call", "check_output"}


def shell_uses(tree: ast.AST) -> list[tuple[int, str]]:
    """Calls that go through a shell, or build a command line as one string."""
    from_subprocess = {  # local name -> subprocess's name (from subprocess import run as go)
        alias.asname or alias.name: alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "subprocess"
        for alias in node.names
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
            owner, name = f.value.id, f.attr
        elif isinstance(f, ast.Name) and f.id in from_subprocess:
            owner, name = "subprocess", from_subprocess[f.id]
        else:
            continue
        if (owner, name) in SHELL_FUNCS:
            found.append((node.lineno, f"{owner}.{name}"))
        if owner == "subprocess" and name in SUBPROCESS_FUNCS:
            for kw in node.keywords:
                if kw.arg == "shell" and not (
                    isinstance(kw.value, ast.Constant) and kw.value.value is False
                ):
                    found.append((node.lineno, f"subprocess.{name}(shell=...)"))
            first = node.args[0] if node.args else None
            if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            ):
                found.append((node.lineno, f"subprocess.{name}(<command as one string>)"))
    return found


def test_no_code_path_hands_a_command_line_to_a_shell() -> None:
    sources = sorted((REPO / "studio").rglob("*.py"))
    assert len(sources) > 50
    findings = []
    for path in sources:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        findings += [f"{path.relative_to(REPO)}:{line}: {what}" for line, what in shell_uses(tree)]
    assert findings == []


def test_the_shell_scan_finds_what_it_looks_for() -> None:
    """The scan above proves nothing unless it catches each form it forbids."""
    bad = ast.parse(
        "import os, subprocess\n"
        "os.system('ffmpeg ' + url)\n"
        "subprocess.run(cmd, shell=True)\n"
        "subprocess.Popen(f'ffmpeg -i {url}')\n"
        "subprocess.check_output(['ls'], shell=flag)\n"
        "from subprocess import run as go\n"
        "go('ffmpeg -i ' + url)\n"
        "subprocess.run(['ffmpeg', url])\n"  # fine: a list, no shell
        "client.call('GET ' + path)\n"  # fine: not a subprocess
    )
    assert [line for line, _ in shell_uses(bad)] == [2, 3, 4, 5, 7]
