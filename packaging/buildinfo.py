"""The version and provenance stamped into a build, shared by the spec and the build script.

The version is the installed package's (importlib.metadata), which is what `studio --version`
reports from source; it must match pyproject.toml, or the environment holds a stale install
and the build would carry the wrong number.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

DIST_NAME = "studio"


def check_version(root: Path) -> str:
    """The package version, after checking the installed metadata agrees with pyproject.toml."""
    declared = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    try:
        installed = version(DIST_NAME)
    except PackageNotFoundError:
        raise SystemExit(
            "studio is not installed in this environment: run `pip install -e '.[packaging]'`"
        ) from None
    if installed != declared:
        raise SystemExit(
            f"installed studio is {installed} but pyproject.toml says {declared}: "
            "run `pip install -e '.[packaging]'` again before building"
        )
    return installed


def _git(root: Path, *args: str) -> str:
    try:
        out = subprocess.run(
            ["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def build_info(root: Path, version: str) -> dict[str, Any]:
    """What support staff need to tell two builds of the same version apart."""
    commit = os.environ.get("GITHUB_SHA") or _git(root, "rev-parse", "HEAD") or "unknown"
    dirty = bool(_git(root, "status", "--porcelain", "--untracked-files=no", "--", "studio"))
    return {
        "version": version,
        "commit": commit[:12],
        "source_modified": dirty,
        "built_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "python": platform.python_version(),
        "platform": f"{sys.platform}-{platform.machine().lower()}",
    }


def stage_metadata(stage: Path, version: str) -> Path:
    """A minimal dist-info for the bundle, so importlib.metadata finds the version frozen.

    Written fresh rather than copied: the development install's dist-info is an editable one
    whose files name the build machine's checkout.
    """
    folder = stage / f"{DIST_NAME}-{version}.dist-info"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {DIST_NAME}\nVersion: {version}\n", encoding="utf-8"
    )
    (folder / "INSTALLER").write_text("pyinstaller\n", encoding="utf-8")
    return folder
