"""How `studio broadcast` behaves around the stream: Ctrl-C, terminals, TLS, devices, overlays."""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import av
import numpy as np
import pytest

from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.media import probe

STUDIO = [sys.executable, "-m", "studio.cli"]


def test_ctrl_c_ends_the_stream_cleanly(nginx_rtmp: NginxRtmp, tmp_path: Path) -> None:
    rec, stats = tmp_path / "show.mp4", tmp_path / "stats.json"
    proc = subprocess.Popen(
        [
            *STUDIO,
            "broadcast",
            "--url",
            nginx_rtmp.url("ctrlc"),
            "--record",
            str(rec),
            "--stats-json",
            str(stats),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    data = json.loads(stats.read_text())
    assert data["frames_encoded"] > 60
    assert probe(rec)["video_frames"] == data["frames_encoded"]  # MP4 finalised
    [flv] = nginx_rtmp.wait_recordings(1)
    assert probe(flv)["video_frames"] >= data["frames_encoded"] - 2


def test_status_line_on_a_terminal(nginx_rtmp: NginxRtmp) -> None:
    """A live one-line status on a terminal (rewritten in place), none when piped."""
    pid, fd = pty.fork()
    if pid == 0:  # child: the CLI on a pseudo-terminal
        os.execv(sys.executable, [*STUDIO, "broadcast", "--url", nginx_rtmp.url("tty"),
                                  "--duration", "3"])  # fmt: skip
    chunks = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        r, _, _ = select.select([fd], [], [], 1)
        if not r:
            continue
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    text = b"".join(chunks).decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert "\r" in text and "fps" in text and "kbps" in text and "dropped" in text
    assert "live" in text or "stopped" in text


def test_devices_json_lists_working_encoders() -> None:
    out = subprocess.run([*STUDIO, "devices", "--json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert {"cameras", "microphones", "encoders"} <= set(data)
    x264 = next(e for e in data["encoders"] if e["name"] == "libx264")
    assert x264["works"] is True
    assert all("works" in e and "detail" in e for e in data["encoders"])


@pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"), reason="needs scripts/with-services"
)
def test_microphone_from_pulseaudio_null_sink(nginx_rtmp: NginxRtmp, tmp_path: Path) -> None:
    tone = tmp_path / "tone.wav"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=660:duration=8",
         "-ar", "48000", "-ac", "2", str(tone)], check=True,
    )  # fmt: skip
    player = subprocess.Popen(["paplay", "--device=studio_null", str(tone)])
    try:
        rec = tmp_path / "mic.mkv"
        out = subprocess.run(
            [*STUDIO, "broadcast", "--video", "none", "--audio", "device:default", "--url",
             nginx_rtmp.url("mic"), "--duration", "4", "--record", str(rec)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    finally:
        player.kill()
    assert out.returncode == 0, out.stderr
    with av.open(str(rec)) as c:
        pcm = np.concatenate([f.to_ndarray()[0] for f in c.decode(audio=0)])
    tail = pcm[-48000 * 2 - 4800 : -4800]  # the last two seconds: the device has settled
    spectrum = np.abs(np.fft.rfft(tail[: 2**16]))
    peak_hz = np.argmax(spectrum) * 48000 / 2**16
    assert np.sqrt(np.mean(tail**2)) > 0.03  # silence would be 0; the tone arrives ~0.06
    assert abs(peak_hz - 660) < 15, peak_hz


# ---- rtmps: certificates are verified ------------------------------------------------------


class TlsTerminator:
    """A real TLS server in front of nginx-rtmp (what a platform's rtmps:// ingest is)."""

    def __init__(self, cert: Path, key: Path, upstream_port: int) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.upstream_port = upstream_port
        self.handshakes_failed = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.sock.accept()
            except OSError:
                return
            try:
                conn = self.ctx.wrap_socket(raw, server_side=True)
            except (ssl.SSLError, OSError):
                self.handshakes_failed += 1
                raw.close()
                continue
            up = socket.create_connection(("127.0.0.1", self.upstream_port))
            for a, b in ((conn, up), (up, conn)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def tls_ingest(nginx_rtmp: NginxRtmp, tmp_path: Path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    term = TlsTerminator(cert, key, nginx_rtmp.port)
    yield term, cert
    term.close()


def test_rtmps_refuses_an_untrusted_certificate(tls_ingest, nginx_rtmp, tmp_path) -> None:
    term, _ = tls_ingest
    env = {k: v for k, v in os.environ.items() if k != "STUDIO_RTMPS_CA_FILE"}
    out = subprocess.run(
        [*STUDIO, "broadcast", "--url", f"rtmps://127.0.0.1:{term.port}/live/k", "--duration",
         "3", "--retry"],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert out.returncode != 0
    assert "can't be trusted" in out.stderr and "Traceback" not in out.stderr
    assert term.handshakes_failed == 1  # refused once, not retried
    assert nginx_rtmp.recordings() == []


def test_rtmps_streams_when_the_user_trusts_the_server(tls_ingest, nginx_rtmp) -> None:
    term, cert = tls_ingest
    out = subprocess.run(
        [*STUDIO, "broadcast", "--url", f"rtmps://127.0.0.1:{term.port}/live/tls", "--duration",
         "3"],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "STUDIO_RTMPS_CA_FILE": str(cert)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    [flv] = nginx_rtmp.wait_recordings(1)
    info = probe(flv)
    assert info["video_codec"] == "h264" and info["audio_codec"] == "aac"
