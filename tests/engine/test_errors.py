"""Mistakes a creator makes get one clear sentence, a non-zero exit, and no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.sandbox.nginx_rtmp import NginxRtmp


def assert_clear_failure(run, *phrases: str) -> None:
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    for phrase in phrases:
        assert phrase in run.stderr, run.stderr


def test_connection_refused(broadcast, free_port: int) -> None:
    run = broadcast("--url", f"rtmp://127.0.0.1:{free_port}/live/secretkey123", "--duration", "5")
    assert_clear_failure(run, "refused the connection")
    assert "secretkey123" not in run.stderr + run.stdout + str(run.stats)


def test_unknown_host(broadcast) -> None:
    run = broadcast("--url", "rtmp://no-such-ingest.invalid/live/key", "--duration", "5")
    assert_clear_failure(run, "can't be found")


def test_rejected_stream_key_is_not_retried(
    broadcast, nginx_rejecting: NginxRtmp, publish_auth_rejecting
) -> None:
    run = broadcast("--url", nginx_rejecting.url("wrong-key"), "--duration", "8", "--retry")
    assert_clear_failure(run, "refused to publish", "stream key")
    assert "wrong-key" not in run.stderr
    assert len(publish_auth_rejecting.calls) == 1  # asked once: no retry storm
    assert publish_auth_rejecting.calls[0]["name"] == "wrong-key"


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["--video", "device:/dev/video99"], "no camera called"),
        (["--video", "file:/no/such/file.mp4"], "does not exist"),
        (["--profile", "4k60"], "not supported"),
        (["--video", "webcam"], "not understood"),
        (["--url", "http://example.com/live/key"], "not an RTMP address"),
        (["--url", "rtmp://127.0.0.1"], "has no application after the host"),
        (["--url", "rtmp://127.0.0.1:1935/live/key with space"], "contains a space"),
        (["--url", "rtmp://user:pw@127.0.0.1/live/k"], "user name or password"),
        (["--audio", "test", "--no-audio-track"], "--no-audio-track only applies"),
        (["--audio", "device:no-such-microphone"], "microphone"),
    ],
)
def test_bad_input(broadcast, tmp_path: Path, args: list[str], phrase: str) -> None:
    base = {"--url": "rtmp://127.0.0.1:1/live/k", "--duration": "2"}
    merged = dict(base)
    flags = [a for a in args if a == "--no-audio-track"]
    args = [a for a in args if a != "--no-audio-track"]
    merged.update(dict(zip(args[::2], args[1::2], strict=True)))
    run = broadcast(*[x for kv in merged.items() for x in kv], *flags)
    assert_clear_failure(run, phrase)


def test_a_bad_url_hint_shows_the_example_unmasked(broadcast) -> None:
    """The hint's own example is the product's text, not a secret: it stays readable."""
    run = broadcast("--url", "rtmp://127.0.0.1", "--duration", "2")
    assert_clear_failure(run, "rtmp://live.example.com/live/STREAM-KEY")


def test_corrupt_media_file(broadcast, tmp_path: Path) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 20)
    run = broadcast("--video", f"file:{bad}", "--url", "rtmp://127.0.0.1:1/live/k")
    assert_clear_failure(run, "can't be read as media")
