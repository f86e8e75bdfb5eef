"""Logs are JSON lines with session ids and no secrets; crashes leave a redacted report."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studio import logs
from studio.redact import register_secret
from tests.support.conftest import StudioHome, unique


@pytest.fixture
def file_logging(studio_home: StudioHome) -> Iterator[Path]:
    path = logs.setup_logging(console=False, max_bytes=4000, backup_count=2)
    assert path is not None
    yield path
    logs.teardown_logging()
    logs.end_show_session()


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_record_is_json_with_the_session_and_secrets_masked(file_logging: Path) -> None:
    key, token = unique("live_"), unique("tok_")
    register_secret(token)
    log = logging.getLogger("studio.test")

    log.info("publishing to rtmp://ingest.shop.test/live/%s", key)
    show_session = logs.begin_show_session("show-42")
    log.warning("platform said no", extra={"auth": f"Bearer {token}"})
    try:
        raise ConnectionError(f"lost rtmp://ingest.shop.test/live/{key} token={token}")
    except ConnectionError:
        log.exception("output failed")
    logs.end_show_session()
    log.info("bye")

    raw = b"".join(p.read_bytes() for p in file_logging.parent.glob("studio.log*"))
    assert key.encode() not in raw and token.encode() not in raw
    found = records(file_logging)
    assert {r["session"] for r in found} == {logs.session_id()}
    by_msg = {r["msg"]: r for r in found}
    assert "publishing to rtmp://ingest.shop.test/live/****" in by_msg
    assert by_msg["platform said no"]["show_session"] == show_session
    assert by_msg["platform said no"]["show"] == "show-42"
    assert by_msg["platform said no"]["auth"] == "Bearer ****"
    assert "ConnectionError: lost rtmp://ingest.shop.test/live/****" in str(
        by_msg["output failed"]["exc"]
    )
    assert "show_session" not in by_msg["bye"]


def test_logs_rotate_and_keep_a_bounded_number_of_files(file_logging: Path) -> None:
    log = logging.getLogger("studio.test")
    for i in range(200):
        log.info("frame stats %d %s", i, "x" * 60)

    names = sorted(p.name for p in file_logging.parent.glob("studio.log*"))
    assert names == ["studio.log", "studio.log.1", "studio.log.2"]
    assert all(p.stat().st_size <= 4200 for p in file_logging.parent.glob("studio.log*"))
    assert records(file_logging)[-1]["msg"].endswith("x" * 60)


CRASHER = """
import threading
from studio import logs
from studio.redact import register_secret
logs.setup_logging(console=False)
logs.install_crash_handler()
register_secret({token!r})
logs.begin_show_session("show-7")
t = threading.Thread(target=lambda: 1 / 0, name="compositor")
t.start(); t.join()
raise RuntimeError("push to rtmp://ingest.shop.test/live/{key} with {token} failed")
"""


def test_a_crash_writes_a_redacted_report_that_doctor_mentions(studio_home: StudioHome) -> None:
    key, token = unique("live_"), unique("tok_")

    out = studio_home.python(CRASHER.format(key=key, token=token))

    assert out.returncode == 1
    assert key not in out.stderr and token not in out.stderr  # the traceback shown is redacted
    assert "A report was written to" in out.stderr
    reports = sorted(studio_home.logs.joinpath("crashes").glob("crash-*.txt"))
    assert len(reports) == 2  # the thread's and the main thread's
    for report in reports:
        data = report.read_bytes()
        assert key.encode() not in data and token.encode() not in data
    text = "\n".join(r.read_text() for r in reports)
    assert "origin: thread compositor" in text and "ZeroDivisionError" in text
    assert "RuntimeError: push to rtmp://ingest.shop.test/live/****" in text
    assert "show: show-7" in text

    crash = logs.last_crash()
    assert crash is not None and crash.show == "show-7" and crash.origin == "python"
    assert crash.summary.startswith("RuntimeError") and key not in crash.summary

    doctor = studio_home.run("doctor", "--json", "--offline")
    (check,) = [c for c in json.loads(doctor.stdout)["checks"] if c["id"] == "last_crash"]
    assert check["status"] == "warn" and "RuntimeError" in check["summary"]
    assert crash.report in check["hint"]


def test_a_native_crash_is_recorded_on_the_next_start(studio_home: StudioHome) -> None:
    out = studio_home.python(
        "import faulthandler\nfrom studio import logs\n"
        "logs.install_crash_handler()\nfaulthandler._sigsegv()"
    )

    assert out.returncode != 0
    crash = logs.last_crash()
    assert crash is not None and crash.origin == "native"
    assert "Segmentation fault" in crash.summary
    assert "Fatal Python error" in Path(crash.report).read_text()
    assert list(studio_home.logs.joinpath("crashes").glob("fatal-*.txt")) == []


def test_a_clean_exit_leaves_no_crash_behind(studio_home: StudioHome) -> None:
    out = studio_home.python("from studio import logs\nlogs.install_crash_handler()")

    assert out.returncode == 0
    assert logs.last_crash() is None
    assert list(studio_home.logs.joinpath("crashes").glob("*")) == []


def test_qt_messages_reach_the_log_and_a_qt_fatal_writes_a_report(
    studio_home: StudioHome,
) -> None:
    token = unique("tok_")
    out = studio_home.python(
        "from PySide6 import QtCore\nfrom studio import logs\nfrom studio.redact import "
        f"register_secret\nregister_secret({token!r})\nlogs.setup_logging(console=False)\n"
        "logs.install_crash_handler()\nlogs.install_qt_message_handler()\n"
        f"QtCore.qWarning('font missing for {token}')\nQtCore.qFatal('no GL context')",
        QT_QPA_PLATFORM="offscreen",
    )

    assert out.returncode != 0  # qFatal aborts, as it should
    lines = records(studio_home.logs / "studio.log")
    qt = [(r["level"], r["msg"]) for r in lines if r["logger"] == "qt"]
    assert qt[0] == ("WARNING", "font missing for ****")
    assert "no GL context" in qt[1][1]  # PySide6 passes qFatal's text on before aborting
    assert qt[-1][0] == "CRITICAL"
    crash = logs.last_crash()
    assert crash is not None and crash.origin == "qt"
    assert crash.summary.startswith("Qt fatal error")
    report = Path(crash.report).read_text()
    assert "no GL context" in report and token not in report
    # Qt's abort that follows is not counted as a second, native crash.
    assert len(list(studio_home.logs.joinpath("crashes").glob("*"))) == 1
