"""Support staff install the packaged build: it starts, knows its version, diagnoses, streams
and opens its window — checked on the built artefact, not on the source tree.

Slow (a PyInstaller build is ~30 s here, the checks ~20 s): run with `pytest -m packaging`.
Set STUDIO_PACKAGED_BINARY to test an existing build (an unpacked .tar.gz, /usr/bin/studio
from the .deb); otherwise dist/studio is (re)built when older than the sources.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.packaging]


def _load_smoke() -> ModuleType:
    # packaging/ is not a package (its name would shadow PyPA's `packaging`): load by path.
    spec = importlib.util.spec_from_file_location(
        "studio_packaging_smoke", ROOT / "packaging" / "smoke_test.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


smoke = _load_smoke()


def _newest_source() -> float:
    build_inputs = ("studio.spec", "launcher.py", "buildinfo.py")
    paths = [ROOT / "pyproject.toml", *(ROOT / "packaging" / name for name in build_inputs)]
    for folder in ("studio", "assets"):
        paths += [p for p in (ROOT / folder).rglob("*") if p.is_file()]
    return max(p.stat().st_mtime for p in paths if "__pycache__" not in p.parts)


@pytest.fixture(scope="module")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    given = os.environ.get("STUDIO_PACKAGED_BINARY")
    binary = Path(given) if given else smoke.default_binary()
    if not given and (not binary.exists() or binary.stat().st_mtime < _newest_source()):
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-installers"],
            cwd=ROOT,
            check=True,
            timeout=900,
        )
    yield smoke.Packaged(binary, tmp_path_factory.mktemp("packaged"))


def _check(check: Callable[[object], str], packaged: object) -> str:
    try:
        return check(packaged)
    except smoke.Skip as exc:
        pytest.skip(str(exc))


def test_packaged_app_starts_and_lists_its_commands(packaged: object) -> None:
    _check(smoke.check_starts, packaged)


def test_packaged_app_speaks_the_shipped_languages(packaged: object) -> None:
    _check(smoke.check_languages, packaged)


def test_packaged_app_reports_the_package_version(packaged: object) -> None:
    _check(smoke.check_version, packaged)


def test_packaged_doctor_answers_json_with_qt_ffmpeg_and_an_encoder(packaged: object) -> None:
    _check(smoke.check_doctor, packaged)


def test_packaged_overlays_render_with_bundled_themes_fonts_and_catalog(
    packaged: object,
) -> None:
    _check(smoke.check_assets, packaged)


def test_packaged_app_streams_h264_and_aac_to_a_local_ingest(packaged: object) -> None:
    _check(smoke.check_stream, packaged)


def test_packaged_sandbox_serves_its_api_and_the_bundled_demo_images(packaged: object) -> None:
    _check(smoke.check_sandbox, packaged)


def test_packaged_window_opens_under_xvfb(packaged: object) -> None:
    _check(smoke.check_window, packaged)
