"""Capture sources fail mid-show; the show goes on with a slate or silence, and says why.

No webcam or sound card exists here, so the camera is a video file decoded by PyAV on its own
thread (the same demux/decode path a camera takes) and the microphone is a real PulseAudio
null sink read through sounddevice/PortAudio (scripts/with-services starts it).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest

from studio.capture.devices import MicSource
from studio.capture.file import FileSource
from studio.capture.testpattern import TestPatternSource
from studio.sandbox.nginx_rtmp import NginxRtmp
from tests.media import make_sync_file
from tests.reliability.conftest import (
    assert_recording_whole,
    audio_unbroken,
    is_live,
    wait_for,
)

pytestmark = pytest.mark.reliability

SLATE_Y = 40  # the compositor's "no picture" grey (engine/compositor.py)


def luma_by_time(path: Path) -> list[tuple[float, float, float]]:
    """(time, mean, spread) of each frame's Y plane."""
    out = []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            y = f.to_ndarray()[: f.height]  # yuv420p: the first `height` rows are Y
            out.append((float(f.time), float(y.mean()), float(y.std())))
    return out


def is_slate(mean: float, spread: float) -> bool:
    return abs(mean - SLATE_Y) < 2 and spread < 2


def assert_slate_after(path: Path, t_fault: float) -> None:
    """Picture until the fault, then the grey slate (not a frozen last frame) to the end."""
    frames = luma_by_time(path)
    before = [f for f in frames if 0.5 < f[0] < t_fault - 0.5]
    after = [f for f in frames if f[0] > t_fault + 1.0]
    assert before and after
    assert not any(is_slate(mean, spread) for _, mean, spread in before), "no picture before"
    for t, mean, spread in after:
        assert is_slate(mean, spread), f"not the slate at {t:.2f} s ({mean:.1f}±{spread:.1f})"


class DecoderThatDies(FileSource):
    """A file source whose decode thread hits an unexpected exception on its second pass:
    what a decoder bug or a driver fault looks like from the engine's side."""

    passes = 0

    def _play_once(self, base: float) -> float:
        self.passes += 1
        if self.passes > 1:
            raise RuntimeError("decoder crashed")
        return super()._play_once(base)


@pytest.fixture
def clip(tmp_path: Path) -> Path:
    return make_sync_file(tmp_path / "camera.mkv", 2, size=(640, 360))


@pytest.mark.parametrize("fault", ["file overwritten with garbage", "decoder thread raises"])
def test_camera_that_fails_mid_show_gives_a_slate_and_a_warning(
    fault: str,
    clip: Path,
    start_show,
    nginx_rtmp: NginxRtmp,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    if fault == "decoder thread raises":
        source = DecoderThatDies(clip, want_video=True, want_audio=False)
    else:
        source = FileSource(clip, want_video=True, want_audio=False)
    rec = tmp_path / "show.mkv"
    with caplog.at_level(logging.WARNING):
        p = start_show(video=source.video, urls=[nginx_rtmp.url("cam")], record=rec)
        wait_for(lambda: is_live(p), 10, "live")
        if fault == "file overwritten with garbage":
            time.sleep(1.0)
            clip.write_bytes(os.urandom(8192))  # the next pass cannot open it
        err = wait_for(lambda: source.video.error is not None, 10, "the source to report")
        t_fault = p.clock.now()
        encoded_at_fault = p.stats().frames_encoded
        time.sleep(4)
        assert is_live(p)  # the show went on
        p.stop()
    stats = p.stats()
    error = source.video.error
    assert error is not None and err >= 0
    assert "camera.mkv" in error.message and error.hint  # which source, and what to do
    assert any(
        r.levelno == logging.WARNING and "camera.mkv" in r.getMessage() for r in caplog.records
    ), "no warning was logged"
    warned = [str(w) for w in stats.warnings]
    assert str(error) in warned  # what the status line and the window show
    assert stats.frames_encoded >= encoded_at_fault + 3 * 30  # kept going at full rate
    assert stats.frames_lagged <= 0.01 * stats.frames_encoded + 3  # stayed on the clock
    assert_recording_whole(rec, stats)
    assert_slate_after(rec, t_fault)
    assert stats.outputs[0].frames_dropped == 0 and stats.reconnects == 0


# ---- the microphone -------------------------------------------------------------------------

needs_pulse = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES") or not os.environ.get("PULSE_RUNTIME_PATH"),
    reason="needs the PulseAudio null-sink microphone of scripts/with-services",
)

PULSE_ARGS = [
    "pulseaudio",
    "-n",
    "--daemonize=no",
    "--exit-idle-time=-1",
    "--system=false",
    "-L",
    "module-native-protocol-unix auth-anonymous=1",
    "-L",
    "module-null-sink sink_name=studio_null rate=48000 channels=2",
    "-L",
    "module-always-sink",
]  # fmt: skip  (the same daemon scripts/with-services starts)


def pactl(*args: str) -> str:
    return subprocess.run(
        ["pactl", *args], capture_output=True, text=True, timeout=10, check=False
    ).stdout


def pulse_pid() -> int:
    return int((Path(os.environ["PULSE_RUNTIME_PATH"]) / "pid").read_text().split()[0])


def restore_pulse() -> None:
    """Bring the test microphone back for the tests after this one."""
    if subprocess.run(["pactl", "info"], capture_output=True, check=False).returncode != 0:
        subprocess.Popen(
            PULSE_ARGS,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip  (ended by scripts/with-services, like the one it replaces)
        wait_for(
            lambda: subprocess.run(["pactl", "info"], capture_output=True).returncode == 0,
            10,
            "PulseAudio to come back",
        )
    if "studio_null" not in pactl("list", "short", "sinks"):
        pactl("load-module", "module-null-sink", "sink_name=studio_null", "rate=48000",
              "channels=2")  # fmt: skip
    pactl("set-default-source", "studio_null.monitor")


@pytest.fixture
def tone_into_the_microphone(tmp_path: Path) -> Iterator[None]:
    tone = tmp_path / "tone.wav"
    subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=660:duration=30",
         "-ar", "48000", "-ac", "2", str(tone)], check=True,
    )  # fmt: skip
    player = subprocess.Popen(["paplay", "--device=studio_null", str(tone)])
    try:
        yield
    finally:
        player.kill()
        player.wait()
        restore_pulse()


def rms_by_second(path: Path) -> dict[int, float]:
    with av.open(str(path)) as c:
        chunks: dict[int, list[np.ndarray]] = {}
        for f in c.decode(audio=0):
            chunks.setdefault(int(f.time), []).append(f.to_ndarray()[0])
    return {s: float(np.sqrt(np.mean(np.concatenate(v) ** 2))) for s, v in chunks.items()}


@needs_pulse
@pytest.mark.parametrize("how", ["sound server killed", "device removed"])
def test_microphone_that_disappears_gives_silence_and_the_show_goes_on(
    how: str,
    tone_into_the_microphone: None,
    start_show,
    nginx_rtmp: NginxRtmp,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    mic = MicSource("default")
    rec = tmp_path / "show.mkv"
    with caplog.at_level(logging.WARNING):
        p = start_show(
            video=TestPatternSource(), audio=mic, urls=[nginx_rtmp.url("mic")], record=rec
        )
        wait_for(lambda: is_live(p), 10, "live")
        time.sleep(4)
        t_fault = p.clock.now()
        if how == "sound server killed":
            os.kill(pulse_pid(), signal.SIGKILL)
            wait_for(lambda: mic.error is not None, 10, "the microphone error")
        else:
            module = next(
                line.split()[0]
                for line in pactl("list", "short", "modules").splitlines()
                if "sink_name=studio_null" in line
            )
            pactl("unload-module", module)
        time.sleep(5)
        assert is_live(p)
        p.stop()
    stats = p.stats()
    assert_recording_whole(rec, stats)  # audio never stopped or stuttered
    assert stats.reconnects == 0
    assert stats.frames_lagged <= 0.01 * stats.frames_encoded + 3
    levels = rms_by_second(rec)
    heard = [levels[s] for s in range(int(t_fault) - 2, int(t_fault))]  # the settled part
    after = [levels[s] for s in range(int(t_fault) + 2, max(levels))]
    assert min(heard) > 0.02, heard  # the tone came through the microphone
    if how == "sound server killed":
        assert max(after) < 1e-3, after  # then silence, not noise or a stuck buffer
        assert mic.error is not None and "disappeared" in mic.error.message
        assert any("disappeared" in r.getMessage() for r in caplog.records), "not logged"
        assert str(mic.error) in [str(w) for w in stats.warnings]
    else:
        # PulseAudio moves the recording to its fallback source (here the monitor of the
        # sink the player was moved to, so the tone goes on) and tells the application
        # nothing: there is no error to show. See RELIABILITY.md.
        assert min(after) > 0.02, after
    [flv] = nginx_rtmp.wait_recordings(1)
    assert audio_unbroken(flv)
