"""Starting the window: the QApplication first, then the studio, then the window.

The overlay scene would create a bare QGuiApplication if none existed, so the QApplication is
made here before anything builds a studio.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from studio import paths
from studio.app import Studio
from studio.errors import UsageError
from studio.jsonstore import StoreWarning
from studio.session.status import Role
from studio.ui.i18n import install as install_language
from studio.ui.i18n import tr
from studio.ui.style import apply_theme

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def make_app(argv: list[str] | None = None) -> QApplication:
    """The one QApplication (created if needed), with fonts, icon and Qt's log routed."""
    from studio.overlays.qt_refcount import guard_none_refcount

    guard_none_refcount()
    app = QApplication.instance()
    if app is None and not has_display():
        raise UsageError(
            tr("There is no display to open the studio window on."),
            tr("Run it in a desktop session; 'studio broadcast' streams without a window."),
        )
    if not isinstance(app, QApplication):
        if app is not None:
            raise RuntimeError("a QGuiApplication exists already; the window needs QApplication")
        app = QApplication(argv if argv is not None else ["studio"])
        app.setApplicationName("Studio")
        app.setOrganizationName("Studio")
        app.setDesktopFileName("studio")
    from studio.logs import install_qt_message_handler
    from studio.overlays.fonts import load_bundled_fonts

    install_qt_message_handler()
    load_bundled_fonts()
    icon = paths.icons_dir() / "studio-256.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def has_display() -> bool:
    """Linux needs X11 or Wayland (or an explicit Qt platform); other systems always have one."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_warnings(parent: object, warnings: list[StoreWarning]) -> None:
    for w in warnings:
        QMessageBox.warning(parent, tr("Settings"), f"{w.message}\n\n{w.hint}".strip())  # type: ignore[arg-type]


def run(
    make_studio: Callable[[], tuple[Studio, list[StoreWarning]]],
    *,
    on_started: Callable[[object], None] | None = None,
) -> int:
    """Run the window until it is closed; returns the exit code."""
    app = make_app(sys.argv[:1])
    studio, warnings = make_studio()
    install_language(studio.config.ui.language)  # before any widget is built
    apply_theme(app, studio.config.ui.theme)
    from studio.ui.main_window import MainWindow
    from studio.ui.show_vm import set_locale

    window = MainWindow(studio)
    window.show()
    _quit_on_signals(window)
    if warnings:
        show_warnings(window, warnings)
    if studio.options.first_run and not os.environ.get("STUDIO_NO_WIZARD"):
        from studio.ui.wizard import FirstRunWizard

        wiz = FirstRunWizard(studio.config, window)
        if wiz.exec() == QDialog.DialogCode.Accepted and wiz.result_config is not None:
            window.apply_settings(wiz.result_config)
        elif window.isVisible():
            # Saving marks the first run as done; the wizard is in the Studio menu.
            window.apply_settings(studio.config)
    set_locale(studio.locale)
    if studio.role == Role.HOST and studio.sync is None:
        window.connect_platform()
    elif studio.role == Role.OFFLINE:
        window.resume_cohost()
    if on_started is not None:
        on_started(window)
    try:
        if not window.isVisible():  # closed by a signal while a dialog was up
            return 0
        return app.exec()
    finally:
        studio.close()


def _quit_on_signals(window: MainWindow) -> None:
    """Ctrl-C or SIGTERM close the window like the user would, ending a live show cleanly."""
    from PySide6.QtCore import QTimer

    def handler(signum: int, frame: object) -> None:
        log.info("signal %d: closing the studio", signum)
        window.confirm = lambda *a: True
        for _ in range(10):  # a wizard or dialog in front: close it first
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
        window.close()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
    # Python runs signal handlers between bytecodes only: let it in now and then.
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def run_window(args: argparse.Namespace | None = None) -> int:
    """`studio` with no sub-command: the main window with the user's settings."""
    from studio.app import user_studio

    port = getattr(args, "window_control_port", None)
    host = getattr(args, "window_control_port_host", "127.0.0.1")

    def make() -> tuple[Studio, list[StoreWarning]]:
        from studio.config import RemoteSettings
        from studio.errors import StudioError

        studio, warnings = user_studio()
        remote = studio.config.remote  # the settings' toggle; --control-port overrides it
        if port is not None:
            remote = RemoteSettings(enabled=True, port=port, host=host)
        if remote.enabled:
            try:
                studio.set_remote(remote)
            except StudioError as exc:
                if port is not None:  # asked for on the command line: say so and stop
                    studio.close()
                    raise
                log.warning("the remote control did not start: %s", exc)
            except BaseException:
                studio.close()
                raise
        return studio, warnings

    return run(make)
