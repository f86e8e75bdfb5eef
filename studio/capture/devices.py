"""Cameras and microphones: listing them, and live sources reading from them.

Cameras go through PyAV's input devices (v4l2 on Linux, avfoundation on macOS, dshow on
Windows); microphones through sounddevice (PortAudio). The microphone callback does the
minimum: it copies the block and its ADC timestamp into a bounded queue; the mixer thread
moves them into an AudioRing that corrects the device's clock drift.
"""

from __future__ import annotations

import glob
import logging
import os
import queue
import sys
import time
from dataclasses import asdict, dataclass
from typing import Any

import av
import numpy as np

from studio import i18n
from studio.capture.audioring import AudioRing
from studio.capture.base import ThreadedVideoSource
from studio.capture.convert import FrameFitter, set_decode_threads, stream_sar
from studio.errors import SourceError, UnknownDevice
from studio.media.clock import MasterClock
from studio.media.fit import VideoFit
from studio.media.frames import DecodedPicture, TimedVideoFrame
from studio.media.sources import CHANNELS, SAMPLE_RATE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceInfo:
    kind: str  # "camera" | "microphone"
    name: str
    id: str  # what to put after device: on the command line
    default: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def camera_format() -> str:
    if sys.platform.startswith("linux"):
        return "v4l2"
    if sys.platform == "darwin":
        return "avfoundation"
    return "dshow"


def list_cameras() -> list[DeviceInfo]:
    """Cameras this machine offers; on Linux every V4L2 capture node."""
    cams: list[DeviceInfo] = []
    if sys.platform.startswith("linux"):
        for dev in sorted(glob.glob("/dev/video*")):
            name_file = f"/sys/class/video4linux/{os.path.basename(dev)}/name"
            try:
                with open(name_file, encoding="utf-8") as fh:
                    name = fh.read().strip()
            except OSError:
                name = dev
            cams.append(DeviceInfo("camera", name, dev, default=not cams))
    # macOS/Windows: FFmpeg only prints device lists to its log; the UI asks the OS instead.
    return cams


def _sounddevice() -> Any:
    try:
        import sounddevice as sd
    except OSError as exc:  # PortAudio missing
        raise SourceError(
            i18n._("Microphones are unavailable: the PortAudio library is missing."),
            i18n._("Install it (Debian: apt install libportaudio2) and try again."),
        ) from exc
    return sd


def list_microphones() -> list[DeviceInfo]:
    try:
        sd = _sounddevice()
        devices = sd.query_devices()
        default_in = sd.default.device[0]
    except (SourceError, Exception) as exc:  # PortAudio can fail in many ways on odd hosts
        log.info("no microphones: %s", exc)
        return []
    mics = []
    for idx, d in enumerate(devices):
        if d.get("max_input_channels", 0) > 0:
            mics.append(DeviceInfo("microphone", d["name"], d["name"], default=idx == default_in))
    return mics


class LiveVideoSource(ThreadedVideoSource):
    """A live input device (camera, screen) decoded on its own thread.

    Each frame is stamped with its arrival on the master clock and converted once, straight
    to the canvas's pixel format and size (capture/convert.py), whatever the device delivers:
    MJPEG (decoded to full-range 4:2:2), YUYV 4:2:2, NV12, BGR0 from a screen. When the
    device stops (unplugged, its display gone) `error` says so; SwitchableVideo reopens it.
    Subclasses say how to open the device (`_open_container`) and what to call it.
    """

    what = "camera"

    def __init__(self, label: str, fit: VideoFit | None = None) -> None:
        super().__init__(capacity=4)
        self.fit = fit or VideoFit()
        self.label = label
        self.name = f"{self.what} {label}"
        self.frames = 0  # frames delivered (for tests and benchmarks)
        self.fitter: FrameFitter | None = None

    def _open_container(self, width: int, height: int, fps: int) -> av.container.InputContainer:
        raise NotImplementedError

    def start(self, clock: MasterClock, width: int, height: int, fps: int) -> None:
        self._container = self._open_container(width, height, fps)
        self._clock, self._size = clock, (width, height)
        self.fitter = FrameFitter(width, height, self.fit)
        self._start_thread(self._run, self.what)

    def _run(self) -> None:
        fitter = self.fitter
        assert fitter is not None
        try:
            with self._container as c:
                stream = c.streams.video[0]
                set_decode_threads(stream)
                sar = stream_sar(stream)
                for frame in c.decode(stream):
                    if self._stop.is_set():
                        return
                    ts = self._clock.now()
                    out, placement = fitter.convert(frame, sar)
                    self._slot.put(TimedVideoFrame(out, ts, placement, DecodedPicture(frame, sar)))
                    self.frames += 1
            raise OSError(f"the {self.what} stopped sending pictures")
        except Exception as exc:  # whatever ends the thread must be said, not a frozen frame
            if not self._stop.is_set():
                self._error = self._stopped(exc)
                log.warning("%s", self._error)

    def _stopped(self, exc: BaseException) -> SourceError:
        return SourceError(
            i18n._("The {what} {label!r} stopped ({exc}).").format(
                what=self.what, label=self.label, exc=exc
            ),
            i18n._("Check the cable; the show goes on with a 'be right back' picture."),
        )


class CameraSource(LiveVideoSource):
    """A camera through the platform's input device (v4l2, avfoundation, dshow).

    Asks for MJPEG at the canvas size first (what webcams send at 720p/1080p at full frame
    rate over USB 2), then the canvas size in the camera's own format, then whatever the
    camera offers; the frame rate is the show's.
    """

    def __init__(self, device: str, fit: VideoFit | None = None) -> None:
        super().__init__(device, fit)
        self.device = device
        if sys.platform.startswith("linux") and not os.path.exists(device):
            known = ", ".join(c.id for c in list_cameras()) or "none found"
            raise UnknownDevice(
                i18n._("There is no camera called {device!r}.").format(device=device),
                i18n._("Run 'studio devices' to see cameras (here: {known}).").format(known=known),
            )

    def _open_container(self, width: int, height: int, fps: int) -> av.container.InputContainer:
        fmt = camera_format()
        name = f"video={self.device}" if fmt == "dshow" else self.device
        size = {"video_size": f"{width}x{height}"}
        mjpeg = {"vcodec" if fmt == "dshow" else "input_format": "mjpeg"}
        tries = [{**size, **mjpeg}, size, {}] if fmt != "avfoundation" else [size, {}]
        last: Exception | None = None
        for extra in tries:
            try:
                return av.open(
                    name, format=fmt, options={"framerate": str(fps), **extra}, timeout=5
                )
            except (av.error.FFmpegError, OSError) as exc:
                log.info("camera %s refused %s: %s", self.device, extra, exc)
                last = exc
        raise UnknownDevice(
            i18n._("The camera {device!r} could not be opened ({last}).").format(
                device=self.device, last=last
            ),
            i18n._(
                "Check it is plugged in and not used by another app; 'studio devices' lists "
                "cameras."
            ),
        )


class MicSource:
    """A microphone through sounddevice; drift against the master clock is corrected."""

    MIN_LATENCY, MAX_LATENCY = 0.05, 0.6

    def __init__(self, device: str) -> None:
        self.device = device
        self.name = f"microphone {device}"
        self._sd = _sounddevice()
        self._index = self._resolve(device)
        self._queue: queue.Queue[tuple[np.ndarray, float]] = queue.Queue(maxsize=200)
        self._ring = AudioRing(seconds=4.0)
        self._error: SourceError | None = None
        self._stream: Any = None
        self.dropped_blocks = 0
        self._lag = 0.0  # how late blocks arrive after their capture (seconds, decaying max)

    def _resolve(self, device: str) -> int | None:
        if device == "default":
            return None
        mics = list_microphones()
        for i, d in enumerate(self._sd.query_devices()):
            if d.get("max_input_channels", 0) > 0 and (d["name"] == device or str(i) == device):
                return i
        for i, d in enumerate(self._sd.query_devices()):
            if d.get("max_input_channels", 0) > 0 and device.lower() in d["name"].lower():
                return i
        known = ", ".join(repr(m.name) for m in mics) or "none found"
        raise UnknownDevice(
            i18n._("There is no microphone called {device!r}.").format(device=device),
            i18n._("Run 'studio devices' to see microphones (here: {known}).").format(known=known),
        )

    def start(self, clock: MasterClock) -> None:
        self._clock = clock
        try:
            info = self._sd.query_devices(self._index, "input")
            channels = min(CHANNELS, int(info["max_input_channels"]))
            self._stream = self._sd.InputStream(
                device=self._index,
                samplerate=SAMPLE_RATE,
                channels=channels,
                dtype="float32",
                blocksize=480,
                callback=self._callback,
                finished_callback=self._finished,
            )
            self._stream.start()
        except Exception as exc:  # PortAudioError and friends
            raise UnknownDevice(
                i18n._("The microphone {device!r} could not be opened ({exc}).").format(
                    device=self.device, exc=exc
                ),
                i18n._("Check it is connected and not used exclusively by another app."),
            ) from exc
        # Map PortAudio's stream clock onto time.monotonic once; ADC times use it.
        self._pa_offset = time.monotonic() - self._stream.time

    def _callback(self, indata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        adc = getattr(time_info, "inputBufferAdcTime", 0.0)
        # Some host APIs give no ADC time: then the block ended just now.
        now = time.monotonic()
        mono = adc + self._pa_offset if adc > 0 else now - frames / SAMPLE_RATE
        lag = now - mono
        self._lag = lag if lag > self._lag else self._lag * 0.999 + lag * 0.001
        try:
            self._queue.put_nowait((indata.copy(), self._clock.from_monotonic(mono)))
        except queue.Full:
            self.dropped_blocks += 1

    def _finished(self) -> None:
        if self._stream is not None and not getattr(self, "_stopping", False):
            self._error = SourceError(
                i18n._("The microphone {device!r} disappeared.").format(device=self.device),
                i18n._(
                    "Reconnect it or pick another microphone; the stream continues with silence."
                ),
            )
            log.warning("%s", self._error)

    @property
    def latency(self) -> float:
        """How far behind the clock the mixer reads: the device's real delivery delay.

        PulseAudio through ALSA hands blocks over 100 ms or more after capture; reading
        sooner would find nothing, then throw the late samples away as too old.
        """
        return min(self.MAX_LATENCY, max(self.MIN_LATENCY, self._lag + 0.03))

    def read(self, start: int, n: int) -> np.ndarray:
        while True:
            try:
                block, ts = self._queue.get_nowait()
            except queue.Empty:
                break
            self._ring.append(block, ts)
        return self._ring.read(start, n)

    @property
    def clock_error_ms(self) -> float:
        return self._ring.last_error_s * 1000

    @property
    def error(self) -> SourceError | None:
        return self._error

    def stop(self) -> None:
        self._stopping = True
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            except Exception:  # closing a vanished device may fail; nothing to save
                pass
