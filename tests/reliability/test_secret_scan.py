"""Every URL form a platform gives publishes without its key showing anywhere.

For each form of tests/ingest_forms.py (the README's "Where to stream" list), `studio -v
broadcast` runs in a fresh process with its own config, state and log folders, against our
scripted server playing the answers that put a URL or a key into words: a redirect (logged),
"already publishing" with the key echoed back (retried, warned), a publish, then a refusal
that echoes the key again (the final error and its hint). Then everything printed and every
file written (logs, stats) is scanned for the secret and for every 10-character piece of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ingest_forms import FORMS, Form
from tests.scripted_rtmp import Script

pytestmark = pytest.mark.reliability

STUDIO = [sys.executable, "-m", "studio.cli", "-v"]
ECHO = "stream {app}/{name}"  # what a chatty server says back


def pieces(secret: str, size: int = 10) -> Iterator[str]:
    """The secret and each run of `size` characters of it that is not only digits (a run of
    digits alone could be any number in a log)."""
    yield secret
    for i in range(len(secret) - size + 1):
        piece = secret[i : i + size]
        if not piece.isdigit():
            yield piece


def everything_written(*roots: Path) -> Iterator[tuple[str, str]]:
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            yield str(path), path.read_bytes().decode("utf-8", "replace")


@pytest.mark.parametrize("form", [f for f in FORMS if f.secret], ids=lambda f: f.platform)
def test_no_output_of_any_url_form_shows_its_secret(
    form: Form, scripted_rtmp, tls_server, tmp_path: Path
) -> None:
    ctx, ca = tls_server
    tls = ctx if form.tls else None
    scheme = "rtmps" if form.tls else "rtmp"
    busy = ("error", "NetStream.Publish.BadName", f"{ECHO} is already publishing")
    back = scripted_rtmp([Script(publish_status=busy), Script()], tls=tls)
    front = scripted_rtmp([Script(redirect=f"{scheme}://127.0.0.1:{back.port}/{form.app}")], tls)
    refuse = ("error", "NetStream.Publish.Rejected", f"bad key, {ECHO}")
    refusing = scripted_rtmp([Script(publish_status=refuse)], tls=tls)
    dirs = {d: tmp_path / d for d in ("config", "state", "log")}
    env = {**os.environ, "STUDIO_RTMPS_CA_FILE": str(ca)}
    env.update({f"STUDIO_{d.upper()}_DIR": str(p) for d, p in dirs.items()})
    dirs["state"].mkdir(parents=True)

    def show(port: int, n: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*STUDIO, "broadcast", "--video", "none", "--url", form.at(port), "--duration", "2",
             "--stats-json", str(dirs["state"] / f"stats-{n}.json")],
            capture_output=True, text=True, env=env, timeout=90,
        )  # fmt: skip

    shows = [show(front.port, 1), show(refusing.port, 2)]
    ok, refused = shows
    assert ok.returncode == 0, ok.stderr
    assert refused.returncode != 0 and "refused to publish" in refused.stderr
    # The scan saw the words it is meant to scan: the redirect, the echo, the refusal.
    assert "redirected the stream" in ok.stderr and "already publishing" in ok.stderr
    assert "bad key, stream" in refused.stderr
    asked = [s.name for s in back.wait_sessions(2)] + [refusing.wait_sessions(1)[0].name]
    assert asked == [form.name] * 3  # the server did get the key, whole
    texts = [("stdout", ok.stdout), ("stderr", ok.stderr), ("stdout", refused.stdout),
             ("stderr", refused.stderr), *everything_written(*dirs.values())]  # fmt: skip
    assert any(name.endswith("stats-1.json") for name, _ in texts)
    assert any("studio.log" in name for name, _ in texts)
    for name, text in texts:
        for piece in pieces(form.secret):
            assert piece not in text, f"{piece!r} of {form.platform}'s secret is in {name}"
