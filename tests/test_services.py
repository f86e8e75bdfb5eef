"""The services scripts/with-services starts are real and usable: a microphone, a keyring.

Outside scripts/test (no STUDIO_TEST_SERVICES) these skip; inside, a missing service fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
import wave
from pathlib import Path

import numpy as np
import pytest

RATE = 48_000
TONE_HZ = 997.0  # not a round number, so it cannot be confused with mains hum or a test beep

needs_services = pytest.mark.skipif(
    not os.environ.get("STUDIO_TEST_SERVICES"),
    reason="needs the test services: run through scripts/test (scripts/with-services)",
)


def _write_tone(path: Path, seconds: float) -> None:
    t = np.arange(int(seconds * RATE)) / RATE
    tone = (0.5 * 32767 * np.sin(2 * np.pi * TONE_HZ * t)).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(np.repeat(tone, 2).tobytes())


def _rms(block: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))


def _dominant_hz(block: np.ndarray) -> float:
    mono = block.mean(axis=1)
    spectrum = np.abs(np.fft.rfft(mono * np.hanning(mono.size)))
    return float(np.fft.rfftfreq(mono.size, 1 / RATE)[int(np.argmax(spectrum))])


@needs_services
def test_default_microphone_hears_a_tone_played_into_the_null_sink(tmp_path: Path) -> None:
    assert os.environ.get("PULSE_RUNTIME_PATH"), "with-services did not start PulseAudio"
    assert shutil.which("paplay"), "paplay missing: install pulseaudio-utils"
    import sounddevice as sd

    silence = sd.rec(int(0.3 * RATE), samplerate=RATE, channels=2, dtype="float32", blocking=True)
    tone_file = tmp_path / "tone.wav"
    _write_tone(tone_file, seconds=4)
    player = subprocess.Popen(["paplay", str(tone_file)], stderr=subprocess.PIPE)
    try:
        time.sleep(0.5)  # let playback reach the sink before listening
        heard = sd.rec(RATE, samplerate=RATE, channels=2, dtype="float32", blocking=True)
        still_playing = player.poll() is None
    finally:
        player.terminate()
        _, err = player.communicate(timeout=5)

    assert still_playing, f"paplay ended early: {err.decode(errors='replace')}"
    assert _rms(silence) < 0.01
    assert _rms(heard) > 0.2  # a 0.5-amplitude sine has an RMS of 0.35
    assert _dominant_hz(heard) == pytest.approx(TONE_HZ, abs=2.0)


@needs_services
def test_keyring_stores_and_returns_a_secret_through_secret_service() -> None:
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS"), "no D-Bus session: use dbus-run-session"
    import keyring
    from keyring.backends import SecretService

    backend = keyring.get_keyring()
    assert isinstance(backend, SecretService.Keyring), f"default keyring is {backend!r}"

    service = f"studio-test-{uuid.uuid4().hex}"
    secret = f"live_{uuid.uuid4().hex}"
    keyring.set_password(service, "stream-key", secret)
    try:
        assert keyring.get_password(service, "stream-key") == secret
    finally:
        keyring.delete_password(service, "stream-key")
    assert keyring.get_password(service, "stream-key") is None
