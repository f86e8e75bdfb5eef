"""A creator pastes the URL their platform gives; the server is asked exactly what it expects.

One grammar (studio/ingest_url.py) reads `--url`, saved destinations and `destinations add`:
the application is the first path element plus any query after it, the stream name the rest,
verbatim. Each platform form of the README is published to a server that records what it was
asked (our scripted server, over TLS for rtmps://), and the odd forms to a real nginx-rtmp that
reports each publish to an on_publish endpoint.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.capture.testpattern import TestToneSource
from studio.engine.pipeline import Pipeline, PipelineConfig
from studio.ingest_url import EXAMPLE_URL, mask, parse
from studio.redact import redact
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.fixtures import PublishAuthServer
from tests.ingest_forms import FORMS, Form
from tests.media import probe

STUDIO = [sys.executable, "-m", "studio.cli"]


@pytest.mark.parametrize("form", FORMS, ids=[f.platform for f in FORMS])
def test_each_platform_form_is_read_as_its_servers_read_it(form: Form) -> None:
    a = parse(f"  {form.url}\n")  # as pasted, with whitespace around
    assert (a.app, a.name, a.port, a.tls) == (form.app, form.name, form.port, form.tls)
    assert a.url == form.url  # nothing cut, nothing added
    assert a.tc_url == form.url[: len(form.url) - len(form.name)].rstrip("/")
    if form.secret:
        assert form.secret not in a.shown and form.secret not in a.describe()
        assert form.secret not in redact(f"publish to {form.url} failed")


@pytest.mark.parametrize("form", FORMS, ids=[f.platform for f in FORMS])
def test_each_platform_form_publishes_what_the_server_expects(
    form: Form, scripted_rtmp, tls_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, ca = tls_server
    monkeypatch.setenv("STUDIO_RTMPS_CA_FILE", str(ca))
    server = scripted_rtmp(tls=ctx if form.tls else None)
    url = form.at(server.port)
    p = Pipeline(PipelineConfig(audio=TestToneSource(), urls=[url]))
    p.start()
    try:
        time.sleep(1.5)
    finally:
        p.stop()
    [session] = server.wait_sessions(1)
    assert session.app == form.app
    assert session.tc_url == url[: len(url) - len(form.name)].rstrip("/")
    assert (session.name, session.publish_type) == (form.name, "live")
    assert session.audio_frames > 30 and session.unpublished
    out = p.stats().outputs[0]
    assert out.error is None and out.reached
    if form.secret:
        assert form.secret not in out.name and form.secret not in str(p.stats().to_json())


def test_nginx_reads_the_odd_forms_as_studio_sends_them(
    nginx_asking: NginxRtmp, publish_auth_accepting: PublishAuthServer
) -> None:
    """A real server: the YouTube backup form (a query inside the application) and a key
    holding '#', '?' and '&' reach nginx-rtmp whole; exit 0 means the server got that key."""
    base = f"rtmp://127.0.0.1:{nginx_asking.port}"
    for url in (f"{base}/live?backup=1/yt-k3y#Xq9", f"{base}/live/k3y#Xq9?sig=ab&x=1"):
        run = subprocess.run(
            [*STUDIO, "broadcast", "--video", "none", "--url", url, "--duration", "1.5"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        assert "Xq9" not in run.stdout + run.stderr
    first, second = publish_auth_accepting.calls
    # nginx keeps the application's query in the tcUrl, and splits name?args (the args come
    # to on_publish as fields of their own).
    assert (first["app"], first["name"]) == ("live", "yt-k3y#Xq9")
    assert first["tcurl"] == f"{base}/live?backup=1"
    assert (second["app"], second["name"]) == ("live", "k3y#Xq9")
    assert (second["sig"], second["x"], second["tcurl"]) == ("ab", "1", f"{base}/live")
    recs = nginx_asking.wait_recordings(2)
    assert [r.name.split("-")[0] for r in recs] == ["yt", "k3y%23Xq9"]  # nginx escapes '#'

    assert all(probe(r)["audio_codec"] == "aac" for r in recs)


def test_ipv6_ports_and_pasted_whitespace(broadcast, scripted_rtmp) -> None:
    a = parse("\t rtmps://[2001:db8::1]/app/k3y#1 \n")
    assert (a.host, a.port, a.app, a.key) == ("2001:db8::1", 443, "app", "k3y#1")
    assert (a.where, a.tc_url) == ("[2001:db8::1]:443", "rtmps://[2001:db8::1]/app")
    server = scripted_rtmp(host="::1")
    url = server.url("v6-K3y#Zq")
    assert url.startswith("rtmp://[::1]:")
    run = broadcast("--video", "none", "--url", f"  {url}  ", "--duration", "1.5")
    assert run.returncode == 0, run.stderr
    [session] = server.wait_sessions(1)
    assert (session.app, session.name) == ("live", "v6-K3y#Zq")
    assert session.tc_url == url.rsplit("/", 1)[0]
    assert "K3y" not in run.stderr + str(run.stats)


def test_the_products_own_example_is_never_masked() -> None:
    assert mask(EXAMPLE_URL) == EXAMPLE_URL
    assert redact(f"It should look like {EXAMPLE_URL}.") == f"It should look like {EXAMPLE_URL}."
    assert redact("rtmp://h/live/MY-REAL-KEY") == "rtmp://h/live/****"


# ---- saved destinations ------------------------------------------------------------------

needs_keyring = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"), reason="needs the real keyring (scripts/test)"
)


@needs_keyring
def test_a_saved_youtube_backup_destination_publishes_its_key_whole(
    scripted_rtmp, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "STUDIO_CONFIG_DIR": str(tmp_path / "config"),
        "STUDIO_STATE_DIR": str(tmp_path / "state"),
        "STUDIO_LOG_DIR": str(tmp_path / "logs"),
    }
    server = scripted_rtmp()
    key = "yt-9Fq2#Lp7?x=1&y=2"
    base = f"rtmp://127.0.0.1:{server.port}/live2?backup=1"

    def studio(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([*STUDIO, *args], input=stdin, capture_output=True, text=True,
                              env=env, timeout=60)  # fmt: skip

    add = studio("destinations", "add", "ytb", "--url", base, stdin=key + "\n")
    assert add.returncode == 0, add.stderr
    # It says how it read the URL: the application with its query, the key masked.
    assert f"server 127.0.0.1:{server.port} (rtmp)" in add.stdout
    assert "application 'live2?backup=1'" in add.stdout
    assert f"stream key **** ({len(key)} characters)" in add.stdout
    pasted = studio("destinations", "add", "other", "--url", f"{base}/{key}")
    assert pasted.returncode != 0
    assert "ends in a stream key" in pasted.stderr and "application 'live2?backup=1'" in (
        pasted.stderr
    )
    assert f"--url {base}" in pasted.stderr
    run = studio("broadcast", "--video", "none", "--to", "ytb", "--duration", "1.5")
    assert run.returncode == 0, run.stderr
    [session] = server.wait_sessions(1)
    assert (session.app, session.name) == ("live2?backup=1", key)
    for text in (add.stdout, add.stderr, pasted.stdout, pasted.stderr, run.stdout, run.stderr):
        assert "Lp7" not in text
