"""`studio doctor` tells a support engineer, in plain words, what stands between them and a show."""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from studio import health
from studio.config import CONFIG_FILE, Config, Destination, PlatformSettings, save_config
from tests.support.conftest import StudioHome

STATUSES = {"ok", "warn", "fail", "skip"}
EXIT = {"ok": 0, "warn": 1, "fail": 2}


def doctor_json(home: StudioHome, *args: str) -> tuple[dict[str, Any], int]:
    out = home.run("doctor", "--json", *args)
    assert out.stdout, out.stderr
    return json.loads(out.stdout), out.returncode


def check(report: dict[str, Any], check_id: str) -> dict[str, Any]:
    (found,) = [c for c in report["checks"] if c["id"] == check_id]
    return found


@pytest.fixture
def listening_port() -> Iterator[int]:
    """A real TCP listener, standing in for an ingest that accepts connections."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield server.getsockname()[1]


@pytest.fixture
def closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as server:
        return int(server.getsockname()[1])


def test_json_shape_and_exit_code_with_an_ingest_host_that_does_not_exist(
    studio_home: StudioHome,
) -> None:
    save_config(
        Config(destinations=(Destination(name="Shop", url="rtmp://no-such-host.invalid/live"),))
    )

    report, code = doctor_json(studio_home)

    assert code == 2
    assert set(report) == {"studio", "time", "status", "exit_code", "checks"}
    assert (report["status"], report["exit_code"]) == ("fail", 2)
    ids = [c["id"] for c in report["checks"]]
    for expected in [
        "python",
        "qt",
        "ffmpeg",
        "config",
        "cameras",
        "microphones",
        "encoders",
        "display",
        "keyring",
        "disk",
        "folders",
        "ingest:Shop",
        "last_crash",
    ]:
        assert expected in ids
    for c in report["checks"]:
        assert set(c) == {"id", "title", "status", "summary", "hint", "details"}
        assert c["status"] in STATUSES and c["summary"].endswith(".")
        if c["status"] in ("warn", "fail"):
            assert c["hint"], c
    ingest = check(report, "ingest:Shop")
    assert ingest["status"] == "fail"
    assert "no-such-host.invalid cannot be found" in ingest["summary"]
    assert check(report, "encoders")["status"] == "ok"
    assert "libx264" in check(report, "encoders")["summary"]
    assert check(report, "display")["status"] == "skip"  # tests run Qt offscreen


def test_a_listening_ingest_passes_and_a_closed_port_is_explained(
    studio_home: StudioHome, listening_port: int, closed_port: int
) -> None:
    save_config(
        Config(
            destinations=(
                Destination(name="Main", url=f"rtmp://127.0.0.1:{listening_port}/live"),
                Destination(name="Backup", url=f"rtmp://127.0.0.1:{closed_port}/live"),
                Destination(name="Off", url="rtmp://no-such-host.invalid/live", enabled=False),
            )
        )
    )

    report, code = doctor_json(studio_home, "--timeout", "1")

    assert check(report, "ingest:Main")["status"] == "ok"
    backup = check(report, "ingest:Backup")
    assert backup["status"] == "fail" and "refused the connection" in backup["summary"]
    assert "ingest:Off" not in [c["id"] for c in report["checks"]]
    assert code == EXIT[report["status"]] == 2


class PlatformHandler(BaseHTTPRequestHandler):
    skew = 0.0

    def do_HEAD(self) -> None:
        self.send_response(200)
        self.end_headers()

    def date_time_string(self, timestamp: float | None = None) -> str:
        return formatdate(time.time() + self.skew, usegmt=True)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def platform_api() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), PlatformHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    PlatformHandler.skew = 0.0


def test_the_platform_api_is_reached_and_a_wrong_clock_is_noticed(
    studio_home: StudioHome, platform_api: ThreadingHTTPServer
) -> None:
    port = platform_api.server_address[1]
    save_config(Config(platform=PlatformSettings(api_url=f"http://127.0.0.1:{port}/api/v1")))

    in_sync, _ = doctor_json(studio_home, "--timeout", "2")
    PlatformHandler.skew = 90
    skewed, _ = doctor_json(studio_home, "--timeout", "2")

    assert check(in_sync, "api")["status"] == "ok"
    assert check(in_sync, "clock")["status"] == "ok"
    clock = check(skewed, "clock")
    assert clock["status"] == "warn"
    assert "behind the platform" in clock["summary"] and "automatic time" in clock["hint"]
    assert clock["details"]["offset_s"] == pytest.approx(90, abs=3)


def test_offline_skips_the_network_and_a_damaged_config_is_a_warning(
    studio_home: StudioHome,
) -> None:
    save_config(Config())
    save_config(Config(destinations=(Destination(name="Shop", url="rtmp://x.invalid/live"),)))
    damaged = b'{"schema_version": 2, "destinations": [{"name": "Shop", "url": "rtm'
    (studio_home.config / CONFIG_FILE).write_bytes(damaged)

    report, code = doctor_json(studio_home, "--offline")

    config = check(report, "config")
    assert config["status"] == "warn" and "ends early" in config["summary"]
    assert config["details"]["source"] == "backup"
    assert not any(c["id"].startswith("ingest:") for c in report["checks"])
    assert (studio_home.config / CONFIG_FILE).read_bytes() == damaged  # doctor only looks
    assert code == EXIT[report["status"]]


def test_the_text_report_explains_each_problem_and_what_to_do(studio_home: StudioHome) -> None:
    save_config(Config(destinations=(Destination(name="Shop", url="rtmp://x.invalid/live"),)))

    out = studio_home.run("doctor")

    assert out.returncode == 2
    lines = out.stdout.splitlines()
    (fail,) = [i for i, line in enumerate(lines) if line.strip().startswith("FAIL")]
    assert "Ingest Shop" in lines[fail] and "cannot be found" in lines[fail]
    assert lines[fail + 1].strip().startswith("→ Check the spelling")
    assert "problem(s) will stop a show" in lines[-1]


@pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs a display (scripts/with-services)")
def test_the_screen_and_its_scaling_are_read_on_a_real_display(studio_home: StudioHome) -> None:
    out = studio_home.run("doctor", "--json", "--offline", QT_QPA_PLATFORM="")  # the default

    display = check(json.loads(out.stdout), "display")
    assert display["status"] == "ok", display
    screen = display["details"]["screens"][0]
    assert (screen["width"], screen["height"], screen["scale"]) == (1920, 1080, 1.0)
    assert "1920×1080 at 1× scale" in display["summary"]


def test_the_checks_run_without_the_window_or_the_command_line(studio_home: StudioHome) -> None:
    """studio.health is what doctor, the support bundle and the wizard share: it runs alone,
    loading no Qt widgets and nothing of studio.ui or studio.commands."""
    code = (
        "import json, sys\n"
        "from studio import health\n"
        "checks = health.run_checks(network=False)\n"
        "loaded = sorted(m for m in sys.modules if m == 'PySide6.QtWidgets'"
        " or m.startswith(('studio.ui', 'studio.commands')))\n"
        "print(json.dumps({'report': health.report(checks), 'loaded': loaded}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=studio_home.env(),
        check=False,
    )

    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["loaded"] == []
    ids = [c["id"] for c in result["report"]["checks"]]
    assert ids[:3] == ["python", "qt", "ffmpeg"] and ids[-1] == "last_crash"
    assert result["report"]["exit_code"] == EXIT[result["report"]["status"]]


def test_a_check_that_breaks_becomes_a_warning_and_hides_no_other() -> None:
    def check_mixer(config: Config) -> health.Check:
        raise RuntimeError(f"no mixer for {len(config.destinations)} destinations")

    broken = health.guarded(functools.partial(check_mixer, Config()))
    fine = health.guarded(health.check_python)

    assert (broken.id, broken.title, broken.status) == ("mixer", "Mixer", "warn")
    assert broken.summary == "This check could not run (RuntimeError: no mixer for 0 destinations)."
    assert "support-bundle" in broken.hint
    assert fine.status == "ok" and fine.id == "python"
    assert health.overall([fine, broken]) == "warn"
    text = health.render_text([fine, broken])
    assert "WARN  Mixer   This check could not run" in text
    assert text.splitlines()[-1] == "Ready, with 1 warning(s) worth a look."
