"""Live devices: the screen as a source (x11grab under a private Xvfb), a device that vanishes
mid-show and comes back (headless reopen with back-off, 'be right back' meanwhile), and the
camera formats webcams deliver (MJPEG, YUYV 4:2:2, NV12) through the live decode path.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest

from studio.capture.devices import LiveVideoSource
from studio.capture.screen import ScreenRegion, parse_region
from studio.capture.switcher import Backoff
from studio.errors import UsageError
from studio.media.clock import MasterClock
from tests.engine.clips import bbox, find_shapes, upright_picture, write_clip, write_still
from tests.fixtures import wait_for

needs_x = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("display")),
    reason="needs Xvfb and ImageMagick's display (scripts/setup installs them)",
)


class PrivateX:
    """An Xvfb of our own on a free display number, with a picture shown in a window at
    (`x`, `y`), so a test can take the screen away and give it back. The pointer sits in the
    middle of the screen (x11grab draws it): regions near the top-left stay clear of it."""

    def __init__(self, tmp: Path, size: str = "1920x1080") -> None:
        self.tmp, self.size = tmp, size
        self.display = ""
        for n in range(140, 200):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                self.display = f":{n}"
                break
        assert self.display, "no free X display number"
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, picture: Path | None = None, at: tuple[int, int] = (0, 0)) -> PrivateX:
        xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{self.size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.procs.append(xvfb)
        sock = Path(f"/tmp/.X11-unix/X{self.display[1:]}")
        wait_for(sock.exists, 10, "Xvfb to listen")
        if picture is not None:
            shown = subprocess.Popen(
                ["display", "-borderwidth", "0", "-geometry", f"+{at[0]}+{at[1]}", str(picture)],
                env={**os.environ, "DISPLAY": self.display},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.procs.append(shown)
            time.sleep(1.5)  # the window maps and paints
        return self

    def stop(self) -> None:
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        self.procs.clear()
        wait_for(lambda: not Path(f"/tmp/.X{self.display[1:]}-lock").exists(), 10, "Xvfb gone")


@pytest.fixture
def private_x(tmp_path: Path) -> Iterator[PrivateX]:
    x = PrivateX(tmp_path)
    try:
        yield x
    finally:
        x.stop()


def broadcast_on(display: str, *args: str, timeout: float = 90) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "studio.cli", "broadcast", *args],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def frames_luma(path: Path) -> list[tuple[float, np.ndarray]]:
    out = []
    with av.open(str(path)) as c:
        for f in c.decode(video=0):
            out.append((float(f.time or 0.0), f.reformat(format="gray").to_ndarray()))
    return out


def test_screen_regions_parse_like_x11_geometry() -> None:
    assert parse_region("") is None
    assert parse_region("1280x720") == ScreenRegion(1280, 720, 0, 0)
    assert parse_region("640x480+100+20") == ScreenRegion(640, 480, 100, 20)
    for bad in ("640x480+1", "big", "8x8", "-5x10"):
        with pytest.raises(UsageError) as err:
            parse_region(bad)
        assert err.value.hint


def test_backoff_doubles_to_its_cap_with_jitter() -> None:
    b = Backoff(first=1.0, cap=8.0, jitter=0.2)
    assert [b.delay(n, lambda: 0.5) for n in range(1, 7)] == [1, 2, 4, 8, 8, 8]
    assert b.delay(1, lambda: 0.0) == pytest.approx(0.8) and b.delay(3, lambda: 1.0) == 4.8


@needs_x
def test_a_screen_region_is_a_source(private_x: PrivateX, tmp_path: Path) -> None:
    picture = write_still(tmp_path / "slide.png", upright_picture(640, 480))
    private_x.start(picture, at=(100, 50))
    out = tmp_path / "show.mkv"
    proc = broadcast_on(
        private_x.display, "--video", "screen:640x480+100+50", "--audio", "test",
        "--record", str(out), "--duration", "3",
    )  # fmt: skip
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    _, luma = frames_luma(out)[-1]
    shapes = find_shapes(luma)
    assert shapes["picture"] == (160, 0, 960, 720)  # 4:3 region, pillarboxed on 16:9
    sq = shapes["square"]
    assert sq is not None and sq[2] / sq[3] == pytest.approx(1.0, rel=0.02)
    assert shapes["marker"] is not None and shapes["marker"][1] < 120  # upright


@needs_x
def test_a_region_outside_the_screen_is_refused_before_the_show(
    private_x: PrivateX, tmp_path: Path
) -> None:
    private_x.start()
    proc = broadcast_on(
        private_x.display, "--video", "screen:1280x720+800+400", "--audio", "test",
        "--record", str(tmp_path / "x.mkv"), "--duration", "2",
    )  # fmt: skip
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert "does not fit on the screen" in err and "Traceback" not in err
    assert not (tmp_path / "x.mkv").exists()


@needs_x
def test_a_screen_that_goes_away_comes_back_with_be_right_back_meanwhile(
    private_x: PrivateX, tmp_path: Path
) -> None:
    picture = write_still(tmp_path / "slide.png", upright_picture(640, 480))
    private_x.start(picture)
    out = tmp_path / "show.mkv"
    proc = broadcast_on(
        private_x.display, "--video", "screen:640x480+0+0", "--audio", "test",
        "--record", str(out), "--duration", "14",
    )  # fmt: skip
    time.sleep(4)
    private_x.stop()  # the screen is gone
    time.sleep(4)
    private_x.start(picture)  # and back: the watchdog finds it within its back-off
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    told = [line for line in err.splitlines() if line.startswith("studio: ")]
    assert len(told) == 2, err  # what happened, once; then that it is back
    assert "screen capture" in told[0] and "stopped" in told[0] and "is back" in told[1]
    frames = frames_luma(out)
    assert frames[-1][0] > 13  # the show went on to the end
    gaps = np.diff([t for t, _ in frames])
    assert gaps.max() < 0.2  # no hole in the picture
    states = [(_state(y), t) for t, y in frames]
    runs: list[list[object]] = []  # [state, first t, last t]
    for state, t in states:
        if runs and runs[-1][0] == state:
            runs[-1][2] = t
        else:
            runs.append([state, t, t])
    assert [r[0] for r in runs] == ["pic", "brb", "pic"], runs  # picture, card, picture again
    assert float(runs[1][2]) - float(runs[1][1]) > 2  # type: ignore[arg-type]


def _state(luma: np.ndarray) -> str:
    """'brb' for the slate (luma 40, 28 as full-range grey) with the card's white text in the
    middle; 'pic' for the captured picture (black bars, its square); else 'other'."""
    h, w = luma.shape
    corner = luma[: h // 8, : w // 8]
    middle = luma[h // 3 : 2 * h // 3, w // 4 : 3 * w // 4]
    if abs(float(np.median(corner)) - 28) < 6 and 0.01 < (middle > 200).mean() < 0.2:
        return "brb"
    return "pic" if find_shapes(luma)["square"] is not None else "other"


class FileAsCamera(LiveVideoSource):
    """The live decode path fed from a generated file in a webcam's own format."""

    def __init__(self, path: Path) -> None:
        super().__init__(path.name)
        self.path = path

    def _open_container(self, width: int, height: int, fps: int) -> av.container.InputContainer:
        return av.open(str(self.path))


@pytest.mark.parametrize(
    ("codec", "pix_fmt", "suffix"),
    [("mjpeg", "yuvj422p", ".avi"), ("rawvideo", "yuyv422", ".nut"), ("rawvideo", "nv12", ".nut")],
)
def test_webcam_formats_are_converted_once_to_the_canvas(
    tmp_path: Path, codec: str, pix_fmt: str, suffix: str
) -> None:
    clip = write_clip(
        tmp_path / f"cam{suffix}", upright_picture(640, 480), seconds=1,
        codec=codec, pix_fmt=pix_fmt, audio=None,
    )  # fmt: skip
    with av.open(str(clip)) as c:
        assert c.streams.video[0].codec_context.pix_fmt == pix_fmt
    cam = FileAsCamera(clip)
    clock = MasterClock()
    clock.start()
    cam.start(clock, 1280, 720, 30)
    wait_for(lambda: cam.frames >= 30, 10, "the clip's frames")
    got = cam.take(clock.now() + 1)
    cam.stop()
    assert got is not None and got.placement is not None
    assert got.frame.format.name == "yuv420p" and (got.frame.width, got.frame.height) == (960, 720)
    assert cam.fitter is not None and cam.fitter.conversions == cam.frames  # once per frame
    luma = got.frame.reformat(format="gray").to_ndarray()
    sq = bbox(luma > 200)
    assert sq is not None and sq[2] / sq[3] == pytest.approx(1.0, rel=0.02)
    # Full-range MJPEG arrives at the limited range the encoder expects: background 60 → ~67.
    assert abs(float(np.median(luma)) - 60) < 4
