"""Screenshots of the scenes (issue 19): the scene editor and each template, on both canvases.

Runs the demo world with a vertical destination (so the show has a 16:9 and a 9:16 canvas), in
this process, turns scenes on as a creator does (Use scenes: the show's countdown and theme
colour), adds a product photo standing in for a second, close-up camera, and captures the
display (x11grab of the Xvfb this runs on) for "Screen + camera". Writes, for the docs:

- `scenes-editor-<theme>.png`: the window in studio mode: the next scene previewed on both
  canvases beside the program's two pictures, the Scenes dock with both canvases' layout
  editors (a box picked on the 9:16 one);
- `scenes-<template>-16x9.png` / `-9x16.png`: each template on air, the frame as composed for
  that canvas (what viewers get, before encoding), at the canvas's full size.

    STUDIO_XVFB_SCREEN=1366x768x24 STUDIO_WM=openbox dbus-run-session -- \\
        scripts/with-services env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/scene_screenshots.py [--out docs/screenshots] [--theme dark]

Look at every image before committing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

os.environ.setdefault("STUDIO_NO_WIZARD", "1")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import grab, pump, wait  # noqa: E402

from studio.canvases import Orientation  # noqa: E402
from studio.commands.demo import DemoWorld, demo_studio  # noqa: E402
from studio.engine.compositor import Compositor  # noqa: E402
from studio.media.scenes import Source, SourceKind, Template, template  # noqa: E402
from studio.ui.i18n import install as install_language  # noqa: E402
from studio.ui.main import make_app  # noqa: E402
from studio.ui.main_window import MainWindow  # noqa: E402
from studio.ui.show_vm import set_locale  # noqa: E402
from studio.ui.style import apply_theme  # noqa: E402

SLUGS = {
    "Camera": "full-camera",
    "Camera + close-up": "side-by-side",
    "Screen + camera": "screen-pip",
    "Starting soon": "starting-soon",
    "Be right back": "brb",
    "Ending": "ending",
}


def flashed(img: QImage | None) -> bool:
    """Whether the test camera's white flash is in the picture (its left edge white)."""
    if img is None:
        return False
    c = img.pixelColor(img.width() // 40, img.height() // 2)
    return min(c.red(), c.green(), c.blue()) >= 240


def save_frames(win: MainWindow, out: Path, slug: str) -> None:
    """The program as composed for each canvas, full size, to PNG."""
    studio = win.studio
    player = studio.session.player
    assert player is not None and player.clock is not None
    for canvas, layers in zip(studio.session.canvases, studio.session.all_layers, strict=False):
        w, h = canvas.size
        renderer = player.renderer(w, h, canvas.fps)
        frame = renderer.render(Compositor(w, h, pool=1), player.clock.now(), layers)
        rgb = frame.to_ndarray(format="rgb24").copy()
        img = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
        shape = "9x16" if canvas.orientation is Orientation.PORTRAIT else "16x9"
        path = out / f"scenes-{slug}-{shape}.png"
        img.save(str(path), "PNG")
        print(f"{path.name}: {w}×{h}, {path.stat().st_size // 1024} KB")


def shoot(theme: str, out: Path, app: QApplication) -> None:
    apply_theme(app, f"studio-{theme}")
    world = DemoWorld(rate=0.0, vertical=True)
    home = Path(tempfile.mkdtemp(prefix="studio-scene-shots-"))
    studio, _ = demo_studio(world, home=home)
    set_locale(studio.locale)
    win = MainWindow(studio)
    win.confirm = lambda *a: True
    win.show()
    panel = win.scenes_panel
    try:
        wait(lambda: win.show_vm.state is not None and win.show_vm.state.show, 20, "the show")
        wait(lambda: len(studio.session.canvases) == 2, 20, "both canvases")
        win.dock_scenes.raise_()
        panel.use.click()
        wait(lambda: studio.session.player is not None, 20, "scenes on")
        player = studio.session.player
        assert player is not None
        # The close-up camera (a product photo stands in: there is no second camera here)
        # and the screen (this display).
        scenes = player.scenes
        scenes = scenes.with_source(
            Source("closeup", SourceKind.IMAGE, str(ROOT / "assets" / "demo" / "honey.jpg"))
        ).with_source(Source("screen", SourceKind.SCREEN, ""))
        side = scenes.scene("Camera + close-up")
        pip = scenes.scene("Screen + camera")
        new_side = template(
            Template.SIDE_BY_SIDE, camera="camera-1", closeup="closeup",
            background="background", mic="mic", key=side.key,
        )  # fmt: skip
        new_pip = template(
            Template.SCREEN_PIP, camera="camera-1", screen="screen",
            background="background", mic="mic", key=pip.key,
        )  # fmt: skip
        scenes = scenes.with_scene(new_side).with_scene(new_pip)
        studio.save_scenes(scenes)
        wait(lambda: "closeup" in player.scenes.source_ids(), 10, "the close-up added")
        panel.transition.setCurrentIndex(1)  # cut: each picture settles at once
        for name in list(player.scenes.names):
            panel.pick(name)
            wait(lambda name=name: player.program == name, 10, name)
            needed = player.scenes.scene(name).video_sources()
            wait(lambda needed=needed: needed <= player.running(), 15, "its sources open")
            pump(1.5)
            save_frames(win, out, SLUGS.get(name, name.lower().replace(" ", "-")))

        # The editor: studio mode, "Camera" on air, "Camera + close-up" next, a box picked on
        # the 9:16 canvas.
        panel.pick("Camera")
        wait(lambda: player.program == "Camera", 10, "Camera on air")
        panel.studio_mode.setChecked(True)
        panel.pick("Camera + close-up")
        wait(lambda: player.preview == "Camera + close-up", 10, "the preview")
        wait(lambda: win.scene_twin_vm.frames_shown > 5, 20, "the next scene's pictures")
        port = panel.editors[Orientation.PORTRAIT]
        c = port.canvas_rect()
        QTest.mouseClick(
            port,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(c.x() + 0.5 * c.width()), round(c.y() + 0.75 * c.height())),
        )
        pump(1.0)
        # The test camera flashes white on each whole second (for A/V sync checks): a grab
        # that caught the flash on the program's picture is taken again.
        for _ in range(5):
            grab(win, out / f"scenes-editor-{theme}.png")
            if not any(flashed(v._image) for v in (win.preview, win.scene_preview)):
                break
            pump(0.3)
    finally:
        win.close()
        studio.close()
        world.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--theme", choices=("dark", "light"), default="dark")
    args = ap.parse_args()
    if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
        print("scene_screenshots: run under Xvfb with QT_QPA_PLATFORM=xcb (see the docstring)")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_app(["studio-scene-screenshots"])
    install_language("en")
    shoot(args.theme, args.out, app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
