"""`studio sandbox` from the command line."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import requests

from studio.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_bad_arguments_are_one_sentence(capsys) -> None:
    assert main(["sandbox", "--port", "70000"]) == 2
    assert "--port must be between 0 and 65535" in capsys.readouterr().err
    assert main(["sandbox", "--rate", "-1"]) == 2


def test_sandbox_serves_until_terminated() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "studio.cli", "sandbox", "--port", "0", "--rate", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = re.search(r"on (http://127\.0\.0\.1:\d+)", first)
        assert url, first
        lines = [proc.stdout.readline() for _ in range(4)]
        host = lines[1].split()[-1]
        me = requests.get(
            f"{url.group(1)}/v1/me", headers={"Authorization": f"Bearer {host}"}, timeout=10
        )
        assert me.json()["role"] == "host"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(15) == 0
