"""The real window on real parts: the sandbox platform over HTTP, nginx-rtmp, the engine.

The QApplication is made when this folder is collected (before any test runs): the overlay
tests would otherwise leave a bare QGuiApplication behind, on which no widget can live.
Offscreen, its screen is 1920×1080 like the Xvfb display of scripts/with-services (Qt's
offscreen default is 800×800, on which the window would shrink itself to fit).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from studio.app import Studio, StudioOptions
from studio.config import Config, DeviceSettings, Profile, VideoSettings
from studio.platform.client import PlatformClient, RetryPolicy
from studio.platform.events import FeedOptions
from studio.platform.sync import PlatformSync, SyncOptions
from studio.sandbox.server import SandboxServer
from studio.session.status import Role, Target
from studio.ui.i18n import install as install_language
from studio.ui.main import make_app
from studio.ui.main_window import MainWindow
from studio.ui.style import apply_theme

if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and QApplication.instance() is None:
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
APP = make_app(["studio-tests"])
assert isinstance(APP, QApplication)

FAST = SyncOptions(
    feed=FeedOptions(
        heartbeat_timeout_s=2.0,
        poll_interval_s=0.3,
        stream_retry_s=1.0,
        backoff_s=0.1,
        backoff_max_s=0.8,
    ),
    outbox_backoff_s=0.1,
    outbox_backoff_max_s=0.8,
)
FAST_RETRY = RetryPolicy(attempts=3, backoff_s=0.05, backoff_max_s=0.4, deadline_s=4.0)


def test_config(profile: Profile = Profile.HD_720P30) -> Config:
    """Test camera and tone at a low bitrate: cheap on two shared cores."""
    return Config(
        video=VideoSettings(profile=profile, bitrate_kbps=1500, encoder="libx264"),
        devices=DeviceSettings(camera="test", microphone="test"),
    )


test_config.__test__ = False  # type: ignore[attr-defined]


@dataclass
class Rig:
    """Builds studios and windows, and closes all of them at the end of the test."""

    tmp: Path
    qtbot: Any
    sandbox: SandboxServer | None = None
    studios: list[Studio] = field(default_factory=list)
    windows: list[MainWindow] = field(default_factory=list)

    def studio(
        self,
        *,
        role: Role = Role.HOST,
        token: str | None = None,
        targets: list[Target] | None = None,
        home: str = "host",
        config: Config | None = None,
        attach: bool = True,
    ) -> Studio:
        home_dir = self.tmp / home
        opts = StudioOptions(
            role=role,
            settings_dir=home_dir,
            state_dir=home_dir,
            targets=(lambda: list(targets)) if targets is not None else None,
            target_names=tuple(t.name for t in targets or ()),
            # The canvases the targets take besides the profile's (a vertical feed adds one).
            canvases=(
                tuple(dict.fromkeys(t.canvas for t in targets if t.canvas is not None))
                if targets is not None
                else None
            ),
            first_run=False,
        )
        studio = Studio(config or test_config(), opts)
        self.studios.append(studio)
        if attach and self.sandbox is not None:
            sb = self.sandbox
            tok = token or sb.host_token
            client = PlatformClient(sb.api_url, token=tok, retry=FAST_RETRY, timeout=(1.0, 3.0))
            sync = PlatformSync(client, sb.show_id, state_dir=home_dir / "sync", options=FAST)
            sync.start()
            studio.attach(sync, client, role)
            if role == Role.COHOST:
                studio.become(role)
        return studio

    def window(self, studio: Studio) -> MainWindow:
        w = MainWindow(studio)
        w.resize(1366, 768)
        w.confirm = lambda *a: True  # tests that want the real dialog put it back
        w.show()
        self.windows.append(w)
        return w

    def api(self, path: str, token: str | None = None) -> Any:
        assert self.sandbox is not None
        sb = self.sandbox
        r = requests.get(
            f"{sb.api_url}/shows/{sb.show_id}{path}",
            headers={"Authorization": f"Bearer {token or sb.host_token}"},
            timeout=5,
        )
        r.raise_for_status()
        return r.json()

    def close(self) -> None:
        for w in self.windows:
            w.confirm = lambda *a: True
            w.close()
        for s in self.studios:
            s.close()
        # Let the closed windows finish (their timers, deferred deletes) before the next test
        # restyles the application: a window closed at once and still half there crashed the
        # next `apply_theme` after the language tests.
        for w in self.windows:
            w.deleteLater()
        self.qtbot.wait(50)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        self.windows.clear()
        self.studios.clear()


@pytest.fixture
def rig(tmp_path: Path, qtbot: Any) -> Iterator[Rig]:
    apply_theme(APP, "studio-dark")
    # The window's language as `studio` sets it before any widget (ui/main.py): English, its
    # plural forms and number formats, whatever language an earlier test switched to.
    install_language("en")
    r = Rig(tmp_path, qtbot)
    yield r
    r.close()


@pytest.fixture
def platform_rig(rig: Rig) -> Iterator[Rig]:
    """A rig with a live sandbox show whose audience only moves when a test says so."""
    rig.sandbox = SandboxServer(
        db_path=rig.tmp / "sandbox.db",
        rate=5.0,
        live=True,
        simulate=False,
        heartbeat_s=0.5,
        rate_limit=None,
    ).start()
    try:
        yield rig
    finally:
        rig.close()
        rig.sandbox.stop()


def wait_until(qtbot: Any, cond: Callable[[], Any], timeout: float = 15.0, what: str = "") -> None:
    """qtbot.waitUntil with a message that says what we waited for."""
    start = time.monotonic()
    try:
        qtbot.waitUntil(lambda: bool(cond()), timeout=int(timeout * 1000))
    except AssertionError:
        raise AssertionError(
            f"timed out after {time.monotonic() - start:.1f} s waiting for {what or cond}"
        ) from None
