"""Helpers for driving `studio broadcast` as a user would: a real process, real ingests."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    stats: dict[str, Any] | None


def run_broadcast(tmp_path: Path, *args: str, timeout: float = 90.0) -> Run:
    stats_file = tmp_path / "stats.json"
    proc = subprocess.run(
        [sys.executable, "-m", "studio.cli", "broadcast", *args, "--stats-json", str(stats_file)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else None
    return Run(proc.returncode, proc.stdout, proc.stderr, stats)


@pytest.fixture
def broadcast(tmp_path: Path) -> Any:
    def go(*args: str, timeout: float = 90.0) -> Run:
        return run_broadcast(tmp_path, *args, timeout=timeout)

    return go
