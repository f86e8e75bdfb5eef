"""The 'no sound' warning: a creator streaming silence is told, and told once.

The real microphone is PulseAudio's null sink (scripts/with-services): a tone played into it
is what the microphone hears; when the player stops, the microphone goes quiet.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from studio.capture.devices import MicSource
from studio.capture.silence import SilenceDetector, SilenceReason, WatchedAudio
from studio.capture.testpattern import TestToneSource
from studio.media.sources import SAMPLE_RATE
from tests.fixtures import wait_for

needs_pulse = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"),
    reason="needs the PulseAudio null sink: run through scripts/with-services",
)


def _blocks(detector: SilenceDetector, pcm_block: np.ndarray, seconds: float, pos: int, **kw):
    n = pcm_block.shape[0]
    for _ in range(int(seconds * SAMPLE_RATE / n)):
        detector.feed(pcm_block, pos, **kw)
        pos += n
    return pos


def test_silence_is_counted_in_stream_time_and_named_by_its_cause() -> None:
    d = SilenceDetector(after_s=10)
    tone = TestToneSource().read(0, 1024)  # -29 dBFS RMS: sound
    zeros = np.zeros((1024, 2), np.float32)
    rng = np.random.default_rng(1)
    hiss = (rng.standard_normal((1024, 2)) * 10 ** (-60 / 20)).astype(np.float32)  # -60 dBFS
    pos = _blocks(d, tone, 3, 0)
    assert d.silent_for_s == 0 and d.warning("mic") is None
    pos = _blocks(d, hiss, 9.5, pos)
    assert 9 < d.silent_for_s < 10 and d.warning("mic") is None  # a pause, not yet a problem
    pos = _blocks(d, hiss, 1, pos)
    w = d.warning("microphone default")
    assert w is not None and w.reason is SilenceReason.QUIET
    assert str(w).startswith("No sound from microphone default for more than 10 s")
    assert w.hint and str(w) == str(d.warning("microphone default"))  # stable while it lasts
    pos = _blocks(d, tone, 0.03, pos)  # one audible block clears it
    assert d.warning("mic") is None and d.silent_for_s == 0
    pos = _blocks(d, zeros, 11, pos)
    assert d.warning("mic").reason is SilenceReason.DIGITAL  # type: ignore[union-attr]
    pos = _blocks(d, tone, 0.1, pos)
    pos = _blocks(d, tone, 11, pos, muted=True)
    assert d.warning("mic").reason is SilenceReason.MUTED  # type: ignore[union-attr]
    off = SilenceDetector(after_s=0)
    _blocks(off, zeros, 30, 0)
    assert off.warning("mic") is None and off.silent_for_s > 29


def _tone_wav(path: Path, seconds: float) -> Path:
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    pcm = (0.3 * 32767 * np.sin(2 * np.pi * 660 * t)).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(np.repeat(pcm, 2).tobytes())
    return path


@pytest.fixture
def play(tmp_path: Path) -> Iterator[object]:
    """play(seconds): a tone into the null sink the microphone listens to; returns the player."""
    players: list[subprocess.Popen[bytes]] = []

    def start(seconds: float) -> subprocess.Popen[bytes]:
        wav = _tone_wav(tmp_path / f"tone{len(players)}.wav", seconds)
        p = subprocess.Popen(["paplay", "--device=studio_null", str(wav)])
        players.append(p)
        return p

    yield start
    for p in players:
        p.kill()
        p.wait()


@needs_pulse
def test_a_microphone_that_goes_quiet_is_warned_about_and_cleared_when_sound_returns(
    start_show, play, tmp_path: Path
) -> None:
    audio = WatchedAudio(MicSource("default"), after_s=2.0)
    player = play(3.0)
    p = start_show(audio=audio, record=tmp_path / "show.mkv")
    time.sleep(1.5)
    assert p.stats().warnings == ()  # the tone is heard
    player.wait(10)
    wait_for(lambda: audio.silence is not None, 8, "the silence warning")
    warning = audio.silence
    assert warning is not None and warning.reason is SilenceReason.DIGITAL
    assert any("No sound from microphone default" in str(w) for w in p.stats().warnings)
    play(4.0)
    wait_for(lambda: audio.silence is None, 5, "the warning to clear when sound returns")
    assert not any("No sound" in str(w) for w in p.stats().warnings)


@needs_pulse
def test_broadcast_says_no_sound_once_on_stderr_and_in_its_stats(play, tmp_path: Path) -> None:
    play(2.0)
    stats_file = tmp_path / "stats.json"
    run = subprocess.run(
        [sys.executable, "-m", "studio.cli", "broadcast", "--video", "none",
         "--audio", "device:default", "--record", str(tmp_path / "show.mkv"),
         "--duration", "9", "--silence-warning", "3", "--stats-json", str(stats_file)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stderr.splitlines() if "No sound" in line]
    assert len(lines) == 1, run.stderr  # once, however long it lasts
    assert "microphone default" in lines[0] and "more than 3 s" in lines[0]
    assert "digital silence" in lines[0]
    stats = json.loads(stats_file.read_text())
    assert any("No sound from microphone default" in w for w in stats["warnings"])


def test_a_tone_is_never_called_silence(broadcast, tmp_path: Path) -> None:
    run = broadcast("--video", "none", "--audio", "test", "--record", str(tmp_path / "a.mkv"),
                    "--duration", "4", "--silence-warning", "1")  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "No sound" not in run.stderr and run.stats["warnings"] == []
    run = broadcast("--audio", "test", "--silence-warning", "-1", "--record",
                    str(tmp_path / "b.mkv"), "--duration", "1")  # fmt: skip
    assert run.returncode == 2 and "--silence-warning" in run.stderr
