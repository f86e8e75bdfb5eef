"""The main window: preview, broadcast controls and health in the middle, the show in docks.

It assembles view-models and dumb widgets and wires them; the only logic here is what a click
or a hotkey means (confirm, then call a view-model command). Dock layout and geometry are
remembered; every live control has a hotkey and a menu entry, so the show can be run from the
keyboard alone.
"""

from __future__ import annotations

import base64
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.canvases import Canvas, Orientation, canvas
from studio.config import Config, WindowGeometry
from studio.engine.stats import OutputState
from studio.session.status import LiveState, Role, SessionStatus
from studio.ui.broadcast_vm import BroadcastViewModel
from studio.ui.cohost import CohostDialog, PlatformConnector
from studio.ui.devices import DevicesPanel, DevicesViewModel
from studio.ui.engagement_panel import EngagementPanel
from studio.ui.engagement_vm import EngagementViewModel
from studio.ui.health import HealthBar
from studio.ui.hotkeys import HotkeyManager
from studio.ui.i18n import QT_TR_NOOP, num, tr
from studio.ui.preview import PreviewViewModel, PreviewWidget
from studio.ui.prompter_panel import PrompterPanel
from studio.ui.prompter_vm import PrompterViewModel
from studio.ui.recap import RecapDialog, open_folder, show_recap
from studio.ui.remote import RemoteIndicator
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.show_panel import AudiencePanel, NoShowPlaceholder, OrdersPanel, ShowPanel
from studio.ui.show_vm import Removal, ShowViewModel, set_locale
from studio.ui.style import apply_theme, current_theme, level_color
from studio.ui.thumbnails import ThumbnailLoader
from studio.ui.uistate import ui_state_store
from studio.ui.viewer_link import banner_row
from studio.ui.widgets import ElidedLabel, Pill, Toast

log = logging.getLogger(__name__)

# The window's size on a first run, when the screen has room for it (frame included).
FIRST_RUN_SIZE = (1366, 768)
RECORD_TEXT = {
    "off": QT_TR_NOOP("● Record"),
    "armed": QT_TR_NOOP("● Will record"),
    "on": QT_TR_NOOP("● Recording"),
}


class ControlBar(QFrame):
    """Go Live / End Show, Record, elapsed time and the on-air state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlBar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        self.go_live = QPushButton(tr("Go Live"))
        self.go_live.setObjectName("goLive")
        self.go_live.setAccessibleName(tr("Go live"))
        self.record = QPushButton(tr("● Record"))
        self.record.setObjectName("record")
        self.record.setCheckable(True)
        self.record.setToolTip(tr("Record the show to a file (starts with the show when not live)"))
        self.pill = Pill(tr("OFF AIR"))
        self.overlays_hidden = Pill(tr("OVERLAYS HIDDEN"))
        self.overlays_hidden.set_state(tr("OVERLAYS HIDDEN"), "warn")
        self.overlays_hidden.hide()
        self.elapsed = QLabel("00:00:00")
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setAccessibleName(tr("Time on air"))
        self.title = ElidedLabel(max_hint=600)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.viewers = QLabel("")
        self.role = Pill("")
        self.role.hide()
        lay.addWidget(self.go_live)
        lay.addWidget(self.record)
        lay.addSpacing(8)
        lay.addWidget(self.pill)
        lay.addWidget(self.elapsed)
        lay.addWidget(self.overlays_hidden)
        lay.addSpacing(12)
        lay.addWidget(self.title, 1)
        lay.addWidget(self.role)
        lay.addWidget(self.viewers)


class _MinWidthFollower(QObject):
    """Keeps a dock's scroll area at least as wide as its panel's least width (plus the
    vertical scroll bar) whenever the panel's layout changes. GUI thread; owned by `scroll`."""

    def __init__(self, scroll: QScrollArea, widget: QWidget, bar: int) -> None:
        super().__init__(scroll)
        self._scroll, self._widget, self._bar = scroll, widget, bar
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            least = self._widget.minimumSizeHint().width() + self._bar
            if least != self._scroll.minimumWidth():
                self._scroll.setMinimumWidth(least)
        return False


class MainWindow(QMainWindow):
    _save_failed = Signal(object)  # an exception from a settings write, or None

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.setObjectName("studioMain")
        self.setWindowTitle(studio.options.title)
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        state_dir = studio.options.state_dir
        self._ui_store = ui_state_store(state_dir)
        self.ui_state = self._ui_store.load().value
        if self.ui_state.overlay_theme != studio.overlay_theme:
            try:
                studio.set_overlay_theme(self.ui_state.overlay_theme)
            except Exception:
                log.exception("overlay theme %s unusable", self.ui_state.overlay_theme)

        self.thumbs = ThumbnailLoader((state_dir or _default_state()) / "images", self)
        self.broadcast = BroadcastViewModel(studio, self)
        self.preview_vm = PreviewViewModel(self)
        studio.session.set_preview(self.preview_vm.push)
        # A show's second canvas (the other orientation): its own preview beside the first.
        self.twin_vm = PreviewViewModel(self)
        for o in Orientation:
            studio.session.set_preview(self.twin_vm.push, o)
        # Studio mode (scenes): the next scene's picture beside the program's.
        self.scene_preview_vm = PreviewViewModel(self)
        studio.session.set_scene_preview(self.scene_preview_vm.push)
        self.scene_twin_vm = PreviewViewModel(self)  # the next scene on the second canvas
        studio.session.set_scene_preview(self.scene_twin_vm.push, twin=True)
        self._told_load: str | None = None  # the overload advice last said
        self._scene_view = ("", "")  # studio mode: (program, preview) scene names
        self._last_undo = "queue"  # which removal Ctrl+Z puts back first: "queue" or "scenes"
        self.show_vm = ShowViewModel(studio, self.thumbs, self)
        self.devices_vm = DevicesViewModel(studio, self)
        self.connector = PlatformConnector(self)
        self.connector.connected.connect(self._connected)
        self.connector.failed.connect(self._connect_failed)
        self.hotkeys = HotkeyManager(self)
        self.confirm = self._confirm_dialog  # tests may replace it
        self.open_folder: Callable[[Path], None] = open_folder  # tests may replace it
        self.recap: RecapDialog | None = None
        self._status: SessionStatus = self.broadcast.status
        self._live_elapsed = 0.0  # the show's length so far, kept for the recap
        self._show_recordings = 0  # session.recording_files before this show
        self._announced: set[Path] = set()  # recordings already said to be saved
        self._viewers_value: Any = None
        self._show_live = False  # the platform's show status (co-host's on-air state)
        self._first_run_geometry = False
        self._save_failed.connect(self._settings_not_saved, Qt.ConnectionType.QueuedConnection)

        self._build_central()
        self._build_docks()
        self._build_menus()
        self._build_status_bar()
        self._bind_hotkeys()
        self._wire()
        self.apply_role(studio.role)
        self._restore_layout()
        studio.session.start_preview()
        self.devices_vm.refresh()

    # -- construction ----------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.setSpacing(6)
        self.banner = QLabel(self.studio.options.demo_note)
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet("QLabel#banner { padding: 4px 8px; }")
        self.banner.setVisible(bool(self.studio.options.demo_note))
        lay.addLayout(banner_row(self.banner, self.studio.options.viewer_url))
        self.controls = ControlBar()
        lay.addWidget(self.controls)
        self.preview_caption = QLabel(
            tr(
                "Overlay preview: what viewers see over the host's camera (the camera itself is "
                "not shown here)."
            )
        )
        self.preview_caption.setProperty("muted", True)
        self.preview_caption.setWordWrap(True)
        self.preview_caption.hide()
        lay.addWidget(self.preview_caption)
        previews = QHBoxLayout()
        previews.setSpacing(6)
        self.preview = PreviewWidget()
        self.twin_preview = PreviewWidget()
        self.twin_preview.setAccessibleName(tr("Preview of the second canvas"))
        self.twin_preview.hide()
        self.scene_preview = PreviewWidget()
        self.scene_preview.setAccessibleName(tr("Preview of the next scene"))
        self.scene_preview.hide()
        self.scene_twin_preview = PreviewWidget()
        self.scene_twin_preview.setAccessibleName(tr("Preview of the next scene, second canvas"))
        self.scene_twin_preview.hide()
        # Four pictures in studio mode with two canvases must fit a 1366-pixel-wide screen
        # beside the docks: a 9:16 picture 180 high is 101 wide, the next scene's 16:9 may
        # shrink below the program's.
        self.twin_preview.setMinimumSize(110, 180)
        self.scene_twin_preview.setMinimumSize(110, 180)
        self.scene_preview.setMinimumSize(200, 180)
        # Studio mode: the next scene (both canvases) left, the program (both canvases) right.
        previews.addWidget(self.scene_preview, 16)
        previews.addWidget(self.scene_twin_preview, 9)
        previews.addSpacing(6)
        previews.addWidget(self.preview, 16)
        previews.addWidget(self.twin_preview, 9)
        lay.addLayout(previews, 1)
        self.health = HealthBar()
        lay.addWidget(self.health)
        self.setCentralWidget(central)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock for `widget`, inside a scroll area: a panel taller or wider than its share
        of a 1366×768 screen scrolls instead of pushing the window past the screen's edge."""
        d = QDockWidget(title, self)
        d.setObjectName(name)
        scroll = QScrollArea()
        scroll.setObjectName(f"{name}-scroll")
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Scroll up and down only: a panel keeps its full width (a sideways scroll cut its
        # buttons off at the left in the longer languages).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(widget.minimumSizeHint().width() + bar)
        # ... and keeps it when the panel's words get longer after it is built (a show loaded,
        # "Pin next (Ctrl+N)" in Portuguese): the buttons were cut off at the right edge.
        _MinWidthFollower(scroll, widget, bar)
        d.setWidget(scroll)
        # A dock moved or tabbed by the user may leave a stale tab bar behind: tidy up.
        d.dockLocationChanged.connect(
            lambda _a: QTimer.singleShot(0, self, self.hide_stale_tab_bars)
        )
        d.topLevelChanged.connect(lambda _f: QTimer.singleShot(0, self, self.hide_stale_tab_bars))
        d.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, d)
        return d

    def _build_docks(self) -> None:
        self.show_panel = ShowPanel(self.show_vm)
        self.no_show = NoShowPlaceholder()
        self.show_stack = QStackedWidget()
        self.show_stack.addWidget(self.no_show)
        self.show_stack.addWidget(self.show_panel)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.dock_show = self._dock(tr("Show"), "dock-show", self.show_stack, right)
        self.orders_panel = OrdersPanel(self.show_vm)
        self.dock_orders = self._dock(tr("Orders"), "dock-orders", self.orders_panel, right)
        self.audience = AudiencePanel(self.show_vm)
        self.dock_audience = self._dock(tr("Audience"), "dock-audience", self.audience, right)
        self.tabifyDockWidget(self.dock_orders, self.dock_audience)
        # Rundown, poll and vouchers (issue 20), beside the show's queue.
        self.engagement_vm = EngagementViewModel(self.studio, self)
        self.engagement = EngagementPanel(self.engagement_vm)
        self.dock_engagement = self._dock(
            tr("Engagement"), "dock-engagement", self.engagement, right
        )
        self.tabifyDockWidget(self.dock_show, self.dock_engagement)
        self.dock_show.raise_()
        self.prompter_panel = PrompterPanel(PrompterViewModel(self.studio.prompter, self))
        self.dock_prompter = self._dock(tr("Prompter"), "dock-prompter", self.prompter_panel, right)
        self.tabifyDockWidget(self.dock_audience, self.dock_prompter)
        from studio.ui.resellers import ResellersPanel  # issue 21

        self.resellers = ResellersPanel(self.studio)
        self.dock_resellers = self._dock(tr("Resellers"), "dock-resellers", self.resellers, right)
        self.tabifyDockWidget(self.dock_audience, self.dock_resellers)
        self.dock_orders.raise_()
        self.devices_panel = DevicesPanel(self.devices_vm)
        self.dock_devices = self._dock(
            tr("Devices"),
            "dock-devices",
            self.devices_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        from studio.ui.scenes_panel import ScenesPanel

        self.scenes_panel = ScenesPanel(self.studio)
        self.dock_scenes = self._dock(
            tr("Scenes"),
            "dock-scenes",
            self.scenes_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.tabifyDockWidget(self.dock_devices, self.dock_scenes)
        self.scenes_panel.studio_view.connect(self._studio_view)
        self.scenes_panel.removed.connect(self._scene_removed)
        self.scenes_panel.undo_changed.connect(self._undo_state)
        self.dock_scenes.visibilityChanged.connect(self._scenes_shown)
        self.devices_vm.listed.connect(self.scenes_panel.set_device_lists)
        self.scenes_panel.show_info = lambda: (
            self.show_vm.state.show if self.show_vm.state is not None else None
        )
        self.dock_devices.raise_()
        self.resizeDocks([self.dock_show], [450], Qt.Orientation.Horizontal)
        self.resizeDocks([self.dock_show, self.dock_orders], [470, 220], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        m = mb.addMenu(tr("&Studio"))
        self.act_settings = m.addAction(tr("&Settings…"), self.open_settings)
        self.act_settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.act_cohost = m.addAction(tr("Sign in as &co-host…"), self.open_cohost)
        self.act_wizard = m.addAction(tr("Run the &setup check…"), self.open_wizard)
        self.act_remote = m.addAction(tr("&Remote control…"), self.open_remote)
        self.act_remote.setToolTip(tr("The remote control's address, token and phone QR code"))
        m.addSeparator()
        quit_act = m.addAction(tr("&Quit"), self.close)
        quit_act.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        edit = mb.addMenu(tr("&Edit"))
        self.act_undo = edit.addAction(tr("&Undo"), self.undo)
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.act_undo.setEnabled(False)
        show = mb.addMenu(tr("S&how"))
        self.act_live = show.addAction(tr("&Go live"), self.go_live)
        self.act_end = show.addAction(tr("&End show"), self.end_show)
        self.act_record = show.addAction(
            tr("&Record the show"), lambda: self.controls.record.click()
        )
        show.addSeparator()
        self.act_pin_next = show.addAction(tr("&Pin next product"), self.pin_next)
        self.act_unpin = show.addAction(tr("&Unpin"), self.unpin)
        self.act_flash = show.addAction(tr("Start &flash sale"), self.start_flash_sale)
        self.act_auction = show.addAction(tr("Start &auction"), self.start_auction)
        self.act_draw = show.addAction(tr("&Draw the giveaway"), self.draw_giveaway)
        self.act_overlays = show.addAction(tr("&Hide overlays"), self.toggle_overlays)
        self.act_mute = show.addAction(tr("&Mute microphone"), self.toggle_mute)
        show.addSeparator()
        self.act_invite = show.addAction(tr("&Invite co-host…"), self.open_invites)
        self.act_invite.setToolTip(tr("A link and a QR code for a co-host or a moderator"))
        self.act_reconnect = show.addAction(tr("Reconnect &now"), self.broadcast.reconnect_now)
        view = mb.addMenu(tr("&View"))
        for d in (self.dock_show, self.dock_orders, self.dock_audience, self.dock_devices):
            view.addAction(d.toggleViewAction())
        view.addSeparator()
        self.act_both = QAction(tr("&Both canvases side by side"), self, checkable=True)
        self.act_both.setChecked(True)
        self.act_both.setToolTip(tr("With a horizontal and a vertical canvas: show both previews"))
        self.act_both.toggled.connect(lambda _on: self._canvases(self._status))
        view.addAction(self.act_both)
        self.act_dark = QAction(tr("&Dark appearance"), self, checkable=True)
        self.act_dark.setChecked(current_theme() == "studio-dark")
        self.act_dark.toggled.connect(self._toggle_dark)
        view.addAction(self.act_dark)
        help_menu = mb.addMenu(tr("&Help"))
        help_menu.addAction(tr("&Keyboard shortcuts"), self._show_shortcuts)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.link_label = QLabel(tr("No platform"))
        self.pending_label = QLabel("")
        self.viewers_label = QLabel("")
        self.toast = Toast()
        sb.addWidget(self.link_label)
        sb.addWidget(self.pending_label)
        sb.addWidget(self.toast, 1)
        sb.addPermanentWidget(self.viewers_label)
        self.remote_label = RemoteIndicator(self.studio.control)  # issue 24
        self.remote_label.follow(self.studio.on_remote)
        self.remote_label.clicked.connect(self.open_remote)
        sb.addPermanentWidget(self.remote_label)

    def say(
        self,
        text: str,
        *,
        level: str = "info",
        action: str = "",
        callback: Callable[[], None] | None = None,
        timeout_ms: int = 8000,
        on_dismiss: Callable[[], None] | None = None,
    ) -> None:
        """A message in the status bar that stays for `timeout_ms` (with an optional button)."""
        self.toast.show_message(
            text,
            level=level,
            action=action,
            callback=callback,
            timeout_ms=timeout_ms,
            on_dismiss=on_dismiss,
        )

    def _bind_hotkeys(self) -> None:
        h = self.hotkeys
        h.register("go_live", self.go_live)
        h.register("end_show", self.end_show)
        h.register("pin_next", self.pin_next)
        h.register("unpin", self.unpin)
        h.register("start_flash_sale", self.start_flash_sale)
        h.register("mute_microphone", self.toggle_mute)
        h.register("toggle_overlays", self.toggle_overlays)
        h.register("rundown_next", self.rundown_next)
        h.register("start_auction", self.start_auction)
        h.register("draw_giveaway", self.draw_giveaway)
        h.register("mark_highlight", self.mark_highlight)
        h.register("take_scene", self.scenes_panel.take_key)
        self.apply_hotkeys()

    def mark_highlight(self) -> None:
        """Mark this moment as a highlight for the resellers' clips (issue 21)."""
        self.resellers.mark_highlight()

    def rundown_next(self) -> None:
        """Run the rundown's next step (its hotkey, the Engagement dock's Next step)."""
        self.engagement_vm.rundown_next()

    def apply_hotkeys(self) -> None:
        self.hotkeys.apply(self.studio.config.ui.hotkeys)
        for act, name in (
            (self.act_live, "go_live"),
            (self.act_end, "end_show"),
            (self.act_pin_next, "pin_next"),
            (self.act_unpin, "unpin"),
            (self.act_flash, "start_flash_sale"),
            (self.act_mute, "mute_microphone"),
            (self.act_overlays, "toggle_overlays"),
            (self.act_auction, "start_auction"),
            (self.act_draw, "draw_giveaway"),
        ):
            # Shown in the menu; the QShortcut (application-wide) does the work.
            act.setText(act.text().split("\t")[0] + (f"\t{self.hotkeys.text(name)}"))
        self.show_panel.queue.set_hotkey_hint(self.hotkeys.text("pin_next"))
        self.engagement.rundown.set_hotkey(self.hotkeys.text("rundown_next"))
        self.scenes_panel.set_take_key(self.hotkeys.text("take_scene"))
        live = self.hotkeys.text("go_live")
        self.controls.go_live.setToolTip(
            tr("Go live ({live})").format(live=live) if live else tr("Go live")
        )
        self._idle_text()

    def _idle_text(self) -> None:
        if self.studio.role == Role.COHOST:
            self.health.set_idle_text(tr("The host runs the broadcast from their computer."))
            return
        if not self._has_destination():
            self.health.set_idle_text(
                tr("Not live. Add a destination (Settings → Destinations) to go live.")
            )
            return
        live = self.hotkeys.text("go_live")
        self.health.set_idle_text(
            tr("Not live. Press Go Live ({live}) when you are ready.").format(live=live)
            if live
            else tr("Not live.")
        )

    def _wire(self) -> None:
        c = self.controls
        c.go_live.clicked.connect(self._go_live_clicked)
        c.record.clicked.connect(lambda on: self.broadcast.set_recording(bool(on)))
        self.broadcast.status_changed.connect(self._session_status)
        self.broadcast.health_changed.connect(self.health.set_health)
        self.broadcast.elapsed_changed.connect(c.elapsed.setText)
        self.health.reconnect_requested.connect(self.broadcast.reconnect_now)
        self.health.action_requested.connect(self._health_action)
        self.preview_vm.frame.connect(self.preview.set_image)
        self.twin_vm.frame.connect(self.twin_preview.set_image)
        self.scene_preview_vm.frame.connect(self.scene_preview.set_image)
        self.scene_twin_vm.frame.connect(self.scene_twin_preview.set_image)
        vm = self.show_vm
        vm.attached_changed.connect(self._attached)
        vm.show_changed.connect(self._show_info)
        vm.viewers_changed.connect(self._viewers)
        vm.ingest_changed.connect(self._ingest)
        vm.sync_changed.connect(self._sync_status)
        vm.change_failed.connect(self._change_failed)
        vm.refused.connect(self._refused)
        self.engagement_vm.refused.connect(self._refused)
        vm.removal_changed.connect(self._removal)
        self.show_panel.queue.flash.confirm = lambda *a: self.confirm(*a)
        self.show_panel.live.auction.confirm = lambda *a: self.confirm(*a)
        self.show_panel.live.giveaway.confirm = lambda *a: self.confirm(*a)
        self.show_panel.live_vm.refused.connect(self._refused)
        self.devices_panel.mute.clicked.connect(lambda _on: self._menu_states())
        self.no_show.connect_requested.connect(lambda: self.open_settings(tr("Platform")))
        self.no_show.cohost_requested.connect(self.open_cohost)

    # -- role ------------------------------------------------------------------------------
    def apply_role(self, role: Role) -> None:
        host = role != Role.COHOST
        c = self.controls
        for w in (c.go_live, c.record, c.elapsed):
            w.setVisible(host)
        for act in (
            self.act_live,
            self.act_end,
            self.act_record,
            self.act_mute,
            self.act_reconnect,
        ):
            act.setEnabled(host)
        self.act_invite.setVisible(role == Role.HOST)  # co-hosts do not invite
        # A co-host has no camera or microphone in the show, and the scenes are the host's.
        for dock in (self.dock_devices, self.dock_scenes):
            dock.setVisible(host)
            dock.toggleViewAction().setEnabled(host)
        self.health.show_metrics = host
        self.health.set_health(self.health.view)
        self.preview_caption.setVisible(not host)
        if role == Role.COHOST:
            c.role.set_state(tr("CO-HOST"), "ok")
            c.role.show()
            # The host's broadcast is not ours: no "nowhere to send the show" left from before.
            self.broadcast.dismiss_error()
        else:
            c.role.hide()
        self._idle_text()
        self._attached(self.studio.sync is not None)
        self._show_viewers()

    # -- session ---------------------------------------------------------------------------
    @Slot(object)
    def _session_status(self, s: SessionStatus) -> None:
        before = self._status.state
        self._status = s
        c = self.controls
        host = self.studio.role != Role.COHOST
        state = s.state
        live = state == LiveState.LIVE
        if state == LiveState.IDLE and not self._has_destination() and host:
            c.go_live.setText(tr("Add a destination"))
            c.go_live.setToolTip(
                tr(
                    "Going live needs somewhere to send the show: add your platform's stream URL "
                    "and key in Settings → Destinations."
                )
            )
        else:
            texts = {
                LiveState.IDLE: tr("Go Live"),
                LiveState.STARTING: tr("Connecting…"),
                LiveState.LIVE: tr("End Show"),
                LiveState.STOPPING: tr("Ending…"),
            }
            c.go_live.setText(texts[state])
            key = self.hotkeys.text("end_show" if live else "go_live")
            verb = tr("End the show") if live else tr("Go live")
            c.go_live.setToolTip(f"{verb} ({key})" if key else verb)
        c.go_live.setEnabled(state in (LiveState.IDLE, LiveState.LIVE))
        if c.go_live.property("live") != live:
            c.go_live.setProperty("live", live)
            c.go_live.style().unpolish(c.go_live)
            c.go_live.style().polish(c.go_live)
        c.go_live.setAccessibleName(tr("End show") if live else c.go_live.text())
        if host:  # a co-host's pill shows the platform show's status (see _show_info)
            c.pill.set_state(*air_pill(s))
        if s.recording:
            rec, tip = (
                "on",
                tr("Recording to a file now. Click to stop recording (the show goes on)."),
            )
        elif s.record_armed and not live:
            rec, tip = (
                "armed",
                tr("The show is recorded from the moment you go live. Click to not record it."),
            )
        else:
            rec, tip = (
                "off",
                (
                    tr("Start recording the show to a file now")
                    if live
                    else tr("Record the show to a file, from the moment you go live")
                ),
            )
        c.record.setChecked(rec != "off")
        c.record.setText(tr(RECORD_TEXT[rec]))
        c.record.setToolTip(tip)
        self.act_live.setEnabled(host and state == LiveState.IDLE)
        self.act_end.setEnabled(host and live)
        self.devices_panel.set_live(live)
        if state in (LiveState.LIVE, LiveState.STOPPING):
            self._live_elapsed = max(self._live_elapsed, s.elapsed_s)
        if before == LiveState.IDLE and state != LiveState.IDLE:
            self._live_elapsed = 0.0
            self._show_recordings = len(self.studio.session.recording_files)
        elif before in (LiveState.LIVE, LiveState.STOPPING) and state == LiveState.IDLE:
            self._show_ended()
        if before != state:
            self._show_viewers()
            self._ingest(self.show_vm.state.ingest if self.show_vm.state is not None else None)
        self._announce_recordings(s)
        self._canvases(s)
        self._tell_load(s)
        self._menu_states()

    def _canvases(self, s: SessionStatus) -> None:
        """One preview, or both side by side (as chosen), each labelled with its canvas; in
        studio mode the next scene's pictures likewise."""
        two = len(s.canvases) > 1
        both = two and self.act_both.isChecked()
        self.twin_preview.setVisible(both)
        self.scene_twin_preview.setVisible(both and self.scene_preview.isVisible())
        self.scenes_panel.set_canvases(
            [canvas(name).orientation for name in s.canvases[:2]] if s.canvases else []
        )
        if two:
            main, twin = (canvas(name) for name in s.canvases[:2])
            self.preview.set_badge(_canvas_badge(main), False)
            self.twin_preview.set_badge(_canvas_badge(twin), False)
        else:
            self.preview.set_badge("", False)
        self._studio_view(*self._scene_view)

    def _scenes_shown(self, visible: bool) -> None:
        """The Scenes tab brought up: room for its layout editor (it scrolls when the window
        has none to give)."""
        d = self.dock_scenes
        if visible and not d.isFloating() and d.height() < SCENES_DOCK_HEIGHT:
            QTimer.singleShot(
                0, lambda: self.resizeDocks([d], [SCENES_DOCK_HEIGHT], Qt.Orientation.Vertical)
            )

    def _studio_view(self, program: str, preview: str) -> None:
        """Studio mode: the next scene (`preview`, '' for none) beside the program, on each
        canvas the show has (both shown side by side when chosen)."""
        self._scene_view = (program, preview)
        both = self.twin_preview.isVisible()
        self.scene_preview.setVisible(bool(preview))
        self.scene_twin_preview.setVisible(bool(preview) and both)
        if preview:
            names = self._status.canvases
            if both and len(names) > 1:
                main, twin = (canvas(name) for name in names[:2])
                self.scene_preview.set_badge(
                    tr("PREVIEW · {canvas}").format(canvas=_canvas_badge(main).split(" ")[0]),
                    False,
                )
                self.scene_twin_preview.set_badge(
                    tr("PREVIEW · {canvas}").format(canvas=_canvas_badge(twin).split(" ")[0]),
                    False,
                )
            else:
                self.scene_preview.set_badge(tr("PREVIEW"), False)
            self.scene_preview.set_caption(preview)
            self.preview.set_caption(tr("On air: {scene}").format(scene=program))
        else:
            self.preview.set_caption("")

    def _tell_load(self, s: SessionStatus) -> None:
        """Before going live: say once when this computer cannot encode every canvas in real
        time, with the step that fits as a one-click fix."""
        advice = s.load.suggestion if s.load is not None else None
        text = advice.message if advice is not None else None
        if text is None or text == self._told_load or s.state != LiveState.IDLE:
            self._told_load = text
            return
        self._told_load = text
        assert advice is not None
        key, value = next(iter(advice.change.items()), ("", ""))
        label = tr(_ADVICE_LABELS[key]).format(value=value) if key in _ADVICE_LABELS else ""
        self.say(
            text,
            level="warn",
            action=label,
            callback=(lambda: self._health_action(f"{key}:{value}")) if label else None,
            timeout_ms=20000,
        )

    def _menu_states(self) -> None:
        """Menu items say what they will do now: Unmute while muted, Stop recording while
        recording, Show overlays while hidden."""
        s = self._status
        live = s.state == LiveState.LIVE
        if s.recording:
            rec = tr("Stop &recording")
        elif live:
            rec = tr("Start &recording")
        elif s.record_armed:
            rec = tr("Don't &record the show")
        else:
            rec = tr("&Record the show")
        self.act_record.setText(rec)
        muted = self.studio.session.audio.muted
        self.act_mute.setText(
            (tr("Un&mute microphone") if muted else tr("&Mute microphone"))
            + f"\t{self.hotkeys.text('mute_microphone')}"  # a menu's shortcut column
        )
        visible = self.studio.session.layers.visible
        self.act_overlays.setText(
            (tr("&Hide overlays") if visible else tr("S&how overlays"))
            + f"\t{self.hotkeys.text('toggle_overlays')}"  # a menu's shortcut column
        )
        self.controls.overlays_hidden.setVisible(not visible)
        key = self.hotkeys.text("toggle_overlays")
        self.controls.overlays_hidden.setToolTip(
            tr(
                "Viewers see the camera without product cards or countdowns. "
                "Press {key} to show them again."
            ).format(key=key)
            if key
            else tr("Viewers see the camera without product cards or countdowns.")
        )

    def _has_destination(self) -> bool:
        return bool(self.studio.destination_names())

    def _on_air(self) -> bool:
        """Whether viewers are watching now: our broadcast (host), the show (co-host)."""
        if self.studio.role == Role.COHOST:
            return self._show_live
        return self._status.state == LiveState.LIVE

    def _show_viewers(self) -> None:
        """The audience count is shown only while on air (off air it would be stale)."""
        v = self._viewers_value
        on = self._on_air() and v is not None
        text = tr("👁 %Ln watching", None, v.count) if on else ""
        self.controls.viewers.setText(text)
        self.controls.viewers.setVisible(on)
        self.viewers_label.setText(
            tr("{text} · peak {peak}").format(text=text, peak=num(v.peak)) if on else ""
        )

    def _announce_recordings(self, s: SessionStatus) -> None:
        """Say where a recording went once it is finished (the .mp4 after its remux)."""
        if self.recap is not None and self.recap.isVisible():
            self.recap.refresh_recordings()
        files = self.studio.session.recording_files
        done = files[:-1] if s.recording else files
        for path in done:
            if path in self._announced or not path.exists():
                continue  # said already, or still being finished (a failed one: the recap)
            self._announced.add(path)
            self.say(
                tr("Recording saved: {path}").format(path=path),
                action=tr("Open folder"),
                callback=functools.partial(self.open_folder, path),
                timeout_ms=20_000,
            )

    def _show_ended(self) -> None:
        """The show that was live has ended: the recap, once."""
        files = self.studio.session.recording_files[self._show_recordings :]
        recap = show_recap(self._live_elapsed, self.show_vm.state, files)
        if self.recap is not None:
            self.recap.close()
        show = self.show_vm.state.show if self.show_vm.state is not None else None
        report = self.studio.report_future(show.id) if show is not None else None
        self.recap = RecapDialog(
            recap, self, opener=lambda path: self.open_folder(path), report=report
        )
        self.recap.show()
        self._announced.update(files)
        self._show_viewers()

    @Slot(str)
    def _health_action(self, command: str) -> None:
        """A warning's one-click fix (the engine's overload advice)."""
        key, _, value = command.partition(":")
        if key == "profile":
            self.devices_vm.set_profile(value)
            self.say(tr("{value} is used from the next time you go live.").format(value=value))
        elif key == "encoder":
            self.devices_vm.set_encoder(value)
            self.say(tr("The encoder changes when you next go live."))
        elif key == "canvases":  # one canvas: the destinations say which canvas each gets
            self.open_settings(tr("Destinations"))

    def _go_live_clicked(self) -> None:
        if (
            self._status.state == LiveState.IDLE
            and self.studio.role != Role.COHOST
            and not self._has_destination()
        ):
            self.open_settings(tr("Destinations"))  # the button said what is missing
            return
        self.toggle_live()

    def toggle_live(self) -> None:
        if self._status.state == LiveState.IDLE:
            self.go_live()
        elif self._status.state == LiveState.LIVE:
            self.end_show()

    def go_live(self) -> None:
        if self.studio.role == Role.COHOST:
            self.say(tr("The host goes live from their computer; this one runs the show panel."))
            return
        if self._status.state != LiveState.IDLE:
            return
        if not self._has_destination():
            self.say(
                tr("There is nowhere to send the show yet: add a destination first."),
                level="warn",
                action=tr("Add destination…"),
                callback=lambda: self.open_settings(tr("Destinations")),
            )
            return
        names = ", ".join(self.studio.destination_names())
        text = (
            tr("Viewers will see and hear you now, on: {names}. Recording starts too.")
            if self._status.record_armed
            else tr("Viewers will see and hear you now, on: {names}.")
        ).format(names=names)
        load = self._status.load
        if load is not None and load.suggestion is not None:
            text += f"\n\n{load.suggestion.message}"  # a paragraph of its own
        if not self.confirm(
            tr("Go live?"),
            text,
            tr("Go live"),
            False,
        ):
            return
        self.broadcast.go_live()

    def end_show(self) -> None:
        if self._status.state not in (LiveState.LIVE, LiveState.STARTING):
            return
        if not self.confirm(
            tr("End the show?"),
            tr("The broadcast stops for every viewer and the show is marked as ended."),
            tr("End show"),
            True,
        ):
            return
        self.broadcast.end_show()

    def _confirm_dialog(self, title: str, text: str, action: str, destructive: bool) -> bool:
        box = QMessageBox(self)
        box.setObjectName("confirm")
        box.setWindowTitle(title)
        box.setText(f"<b>{title}</b>")
        box.setInformativeText(text)
        box.setIcon(QMessageBox.Icon.Question)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        # Ending a show by accident is worse than starting one: Enter cancels there.
        box.setDefaultButton(no if destructive else yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    # -- show commands ---------------------------------------------------------------------
    def _need_show(self) -> bool:
        if self.studio.sync is None:
            self.say(tr("Connect a platform show first."), level="warn")
            return False
        return True

    def pin_next(self) -> None:
        if self._need_show():
            sku = self.show_vm.pin_next()
            product = self.show_vm.product(sku)
            if sku is None:
                self.say(tr("Nothing after the pinned product in the queue."))
            else:
                self.say(
                    tr("Pinned {value}").format(
                        value=product.title if product is not None else sku
                    ),
                    timeout_ms=4000,
                )

    def undo(self) -> None:
        """Ctrl+Z: put back what was removed last: a product from the queue, or a scene or a
        source from the Scenes panel."""
        panel = self.scenes_panel
        if self._last_undo == "scenes" and panel.can_undo:
            what = panel.undo_remove()
            if what is not None:
                self.say(what, timeout_ms=4000)
            self._last_undo = "scenes" if panel.can_undo else "queue"
            self._undo_state()
            return
        removal = self.show_vm.undo_remove()
        if removal is not None:
            text = (
                tr("{title} is back in the queue and pinned again.")
                if removal.was_pinned
                else tr("{title} is back in the queue.")
            )
            self.say(
                text.format(title=removal.title),
                timeout_ms=4000,
            )
        elif panel.can_undo:
            self._last_undo = "scenes"
            self.undo()
            return
        self._undo_state()

    def _undo_state(self) -> None:
        """The Edit menu's Undo says what it puts back (the last removal of either kind)."""
        panel = self.scenes_panel
        last = panel.last_removal
        if self._last_undo == "scenes" and last is not None:
            self.act_undo.setEnabled(True)
            self.act_undo.setText(tr("&Undo remove {title}").format(title=last.name))
            return
        removal = self.show_vm.last_removal
        if removal is None and last is not None:
            self.act_undo.setEnabled(True)
            self.act_undo.setText(tr("&Undo remove {title}").format(title=last.name))
            return
        self.act_undo.setEnabled(removal is not None)
        self.act_undo.setText(
            tr("&Undo remove {title}").format(title=removal.title)
            if removal is not None
            else tr("&Undo")
        )

    def _scene_removed(self, text: str) -> None:
        """A scene or source removed in the Scenes panel: said, with Undo (Ctrl+Z)."""
        self._last_undo = "scenes"
        self._undo_state()
        self.say(text, action=tr("Undo"), callback=self.undo, timeout_ms=15_000)

    @Slot(object)
    def _removal(self, removal: Removal | None) -> None:
        if removal is not None:
            self._last_undo = "queue"
        self._undo_state()
        if removal is None:
            return
        key = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.say(
            (
                tr("Removed {title} from the queue and off the screen. {key} undoes it.")
                if removal.was_pinned
                else tr("Removed {title} from the queue. {key} undoes it.")
            ).format(title=removal.title, key=key),
            action=tr("Undo"),
            callback=self.undo,
            timeout_ms=15_000,
            on_dismiss=self.show_vm.forget_removal,
        )

    def unpin(self) -> None:
        if self._need_show():
            self.show_vm.unpin()

    def start_flash_sale(self) -> None:
        if not self._need_show():
            return
        box = self.show_panel.queue.flash
        if box.product() is None:
            self.say(tr("Pin a product first, then start the flash sale."), level="warn")
            return
        if box.start_sale():
            self.say(tr("Flash sale starting…"), timeout_ms=4000)
        elif self.show_vm.running_sale() is not None:
            self.say(
                tr("A flash sale is running already: cancel it to start another."), level="warn"
            )
        elif not box.start.isEnabled() and box.check_label.text():
            self.say(tr("No flash sale: {text}").format(text=box.check_label.text()), level="warn")

    def start_auction(self) -> None:
        """Start an auction on the pinned product as set in the Auction box (its hotkey)."""
        if not self._need_show():
            return
        box = self.show_panel.live.auction
        if box.product() is None:
            self.say(tr("Pin a product first, then start the auction."), level="warn")
        elif box.vm.auction().running:
            self.say(tr("An auction is running already."), level="warn")
        elif box.start_auction():
            self.say(tr("Auction starting…"), timeout_ms=4000)

    def draw_giveaway(self) -> None:
        """Draw the open giveaway now (its hotkey)."""
        if not self._need_show():
            return
        if self.show_panel.live.giveaway.draw_now():
            self.say(tr("Drawing the giveaway…"), timeout_ms=4000)
        else:
            self.say(tr("No giveaway is open."), level="warn")

    def toggle_overlays(self) -> None:
        layers = self.studio.session.layers
        layers.visible = not layers.visible
        self._menu_states()
        self.say(
            tr("Overlays on screen") if layers.visible else tr("Overlays hidden from viewers"),
            timeout_ms=4000,
        )

    def toggle_mute(self) -> None:
        if self.studio.role == Role.COHOST:
            return
        self.devices_panel._mute()
        muted = self.studio.session.audio.muted
        self._menu_states()
        self.say(
            tr("Microphone muted: viewers hear nothing") if muted else tr("Microphone on"),
            level="warn" if muted else "info",
            timeout_ms=4000,
        )

    # -- show view-model -------------------------------------------------------------------
    @Slot(bool)
    def _attached(self, attached: bool) -> None:
        self.show_stack.setCurrentWidget(self.show_panel if attached else self.no_show)
        if not attached:
            self.link_label.setText(
                tr("No platform connected")
                if self.studio.role != Role.COHOST
                else tr("Signing in…")
            )
            self.health.set_ingest(
                "—", "idle", tr("Connect the platform to see what its ingest gets")
            )

    @Slot(object)
    def _show_info(self, show: Any) -> None:
        if show is None:
            return
        self.controls.title.set_full_text(show.title)
        self._show_live = str(show.status) == "live"
        self._show_viewers()
        if self.studio.role == Role.COHOST:
            status = str(show.status)
            text, kind = {
                "live": ("● SHOW LIVE", "live"),
                "ended": ("SHOW ENDED", "idle"),
            }.get(status, ("NOT LIVE YET", "idle"))
            self.controls.pill.set_state(text, kind)
        self.controls.title.setToolTip(f"{show.title} · {show.host_name}")
        self.setWindowTitle(f"{show.title} — {self.studio.options.title}")

    @Slot(object)
    def _viewers(self, viewers: Any) -> None:
        self._viewers_value = viewers
        self._show_viewers()

    @Slot(object)
    def _ingest(self, ingest: Any) -> None:
        if ingest is None:
            return
        if self.studio.role != Role.COHOST and self._status.state != LiveState.LIVE:
            self.health.set_ingest(
                tr("Off air"), "idle", tr("What the platform receives, while live")
            )
            return
        state = str(ingest.state)
        kind = {"receiving": "ok", "degraded": "warn"}.get(state, "idle")
        if state == "receiving":
            text = tr("Receiving {value:.1f} Mb/s").format(value=ingest.bitrate_kbps / 1000)
        elif state == "degraded":
            text = tr("Degraded")
        else:
            text = tr("No video")
        tip = (
            tr("The platform sees {fps:.0f} fps at {bitrate_kbps:.0f} kb/s").format(
                fps=ingest.fps, bitrate_kbps=ingest.bitrate_kbps
            )
            if state != "offline"
            else tr("The platform's ingest is not receiving the stream")
        )
        if state == "offline" and self._status.state == LiveState.LIVE:
            kind = "alarm"
        self.health.set_ingest(text, kind, tip)

    @Slot(object)
    def _sync_status(self, status: Any) -> None:
        link = str(status.link)
        words = {
            "live": tr("Platform: connected"),
            "polling": tr("Platform: connected (polling)"),
            "connecting": tr("Platform: connecting…"),
            "offline": tr("Platform: offline, retrying"),
            "stopped": tr("Platform: stopped"),
        }
        text = words.get(link, f"Platform: {link}")
        if link == "offline" and status.last_error:
            text += f" ({status.last_error})"
        self.link_label.setText(text)
        theme = current_theme()
        self.link_label.setStyleSheet(
            f"color: {level_color('warn', theme)};" if link in ("offline", "connecting") else ""
        )
        self.pending_label.setText(status.pending_text)
        self.pending_label.setStyleSheet(
            f"color: {level_color('warn', theme)}; font-weight: 600;" if status.pending else ""
        )

    @Slot(str, str)
    def _change_failed(self, message: str, hint: str) -> None:
        self.say(
            tr("The platform refused it: {message} {hint}")
            .format(message=message, hint=hint)
            .strip(),
            level="alarm",
            timeout_ms=15_000,
        )

    @Slot(str, str)
    def _refused(self, message: str, hint: str) -> None:
        self.say(f"{message} {hint}".strip(), level="warn", timeout_ms=12_000)

    # -- platform connection ---------------------------------------------------------------
    def connect_platform(self) -> None:
        """Sign in with the account in the settings (worker thread)."""
        p = self.studio.config.platform
        if not p.api_url or self.connector.busy:
            return
        self.link_label.setText(tr("Platform: signing in…"))
        self.connector.connect_to(
            p.api_url, token_ref=p.token_ref, state_dir=self.studio.options.state_dir
        )

    @Slot(object, object, object)
    def _connected(self, sync: Any, client: Any, role: Any) -> None:
        if role == Role.COHOST:
            self.become_cohost(sync, client, role)
            return
        self.studio.attach(sync, client, role)
        self.apply_role(role)

    def resume_cohost(self) -> bool:
        """Sign in again with a remembered co-host invite (keyring); False if there is none."""
        from studio.ui.cohost import COHOST_TOKEN_REF

        api = self.ui_state.cohost_api_url
        if not api or self.studio.sync is not None or self.connector.busy:
            return False
        self.link_label.setText(tr("Platform: signing in as co-host…"))
        self.connector.connect_to(
            api, token_ref=COHOST_TOKEN_REF, state_dir=self.studio.options.state_dir
        )
        return True

    @Slot(str, str)
    def _connect_failed(self, message: str, hint: str) -> None:
        self.link_label.setText(tr("Platform: not connected"))
        self.say(
            tr("Could not connect to the platform: {message} {hint}")
            .format(message=message, hint=hint)
            .strip(),
            level="alarm",
            action=tr("Settings…"),
            callback=lambda: self.open_settings(tr("Platform")),
            timeout_ms=20_000,
        )

    def open_cohost(self) -> None:
        if self._status.state != LiveState.IDLE:
            self.say(tr("End the show before signing in as a co-host."), level="warn")
            return
        dlg = CohostDialog(
            self.ui_state.cohost_api_url or (self.studio.config.platform.api_url or ""), self
        )
        dlg.state_dir = self.studio.options.state_dir
        accepted = dlg.exec() == QDialog.DialogCode.Accepted
        if accepted and dlg.sync is not None and dlg.role is not None:
            self.become_cohost(dlg.sync, dlg.client, dlg.role)
            self._save_ui_state(cohost_api_url=dlg.api_url.text().strip())

    def open_remote(self) -> None:
        """Studio → Remote control…: where it listens, the token and phone QR, a new token."""
        from studio.ui.remote import RemoteDialog

        RemoteDialog(self.studio.control, self.studio.run_io, self).exec()

    def open_invites(self) -> None:
        """Show → Invite co-host…: make, list and revoke co-host invites (the host only)."""
        from studio.ui.invites import InviteDialog

        if self.studio.role != Role.HOST:
            return
        if self.studio.sync is None:
            self.statusBar().showMessage(
                tr(
                    "Connect your platform first (Studio → Settings → Platform) to invite co-hosts."
                ),
                8000,
            )
            return
        self.invite_dialog = InviteDialog(self.studio, self)
        self.invite_dialog.open()

    def become_cohost(self, sync: Any, client: Any, role: Role) -> None:
        self.broadcast.dismiss_error()
        self.studio.become(role)
        self.studio.attach(sync, client, role)
        self.apply_role(role)

    # -- dialogs ---------------------------------------------------------------------------
    def open_settings(self, tab: str = "") -> None:
        dlg = SettingsDialog(
            self.studio.config,
            self.studio.overlay_theme,
            self,
            show_platform=self.studio.role != Role.COHOST,
        )
        if tab:
            dlg.select_tab(tab)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_config is None:
            return
        self.apply_settings(dlg.result_config, dlg.result_overlay_theme)

    def apply_settings(self, config: Config, overlay_theme: str | None = None) -> None:
        old = self.studio.config
        saved = self.studio.save_settings(config)
        saved.add_done_callback(lambda f: self._save_failed.emit(f.exception()))
        if config.ui.theme != old.ui.theme:
            self.set_appearance(config.ui.theme)
        set_locale(self.studio.locale)
        self.apply_hotkeys()
        if overlay_theme and overlay_theme != self.studio.overlay_theme:
            self.studio.set_overlay_theme(overlay_theme)
            self._save_ui_state(overlay_theme=overlay_theme)
        if (
            config.platform != old.platform
            and config.platform.api_url
            and self.studio.role != Role.COHOST
        ):
            self.connect_platform()
        self.devices_vm.refresh()

    def set_appearance(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.act_dark.blockSignals(True)
        self.act_dark.setChecked(theme == "studio-dark")
        self.act_dark.blockSignals(False)
        self.broadcast.refresh()
        self.update()

    def _toggle_dark(self, dark: bool) -> None:
        theme = "studio-dark" if dark else "studio-light"
        ui = self.studio.config.ui.model_copy(update={"theme": theme})
        self.apply_settings(self.studio.config.model_copy(update={"ui": ui}))

    def open_wizard(self) -> None:
        from studio.ui.wizard import FirstRunWizard

        wiz = FirstRunWizard(self.studio.config, self)
        if wiz.exec() == QDialog.DialogCode.Accepted and wiz.result_config is not None:
            self.apply_settings(wiz.result_config)

    def _show_shortcuts(self) -> None:
        from studio.ui.hotkeys import LABELS

        lines = [
            tr("{action}: {keys}").format(action=tr(label), keys=self.hotkeys.text(a) or "—")
            for a, label in LABELS.items()
        ]
        lines += [
            tr("Reorder the queue: Alt+↑ / Alt+↓"),
            tr("Pin the selected product: Enter"),
            tr("Switch to a scene: its key, 1–9 (studio mode: into the preview)"),
            tr("Undo removing a product, a scene or a source: {key}").format(
                key=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            ),
        ]
        QMessageBox.information(self, tr("Keyboard shortcuts"), "\n".join(lines))

    # -- layout memory ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geo = self.studio.config.ui.geometry
        if geo is not None:
            self.setGeometry(geo.x, geo.y, geo.width, geo.height)
            if geo.maximized:
                self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self._first_run_geometry = True
            self._place_first_run()
        if self.ui_state.dock_state:
            try:
                blob = QByteArray(base64.b64decode(self.ui_state.dock_state))
                self.restoreState(blob)
            except Exception:
                log.warning("the saved window layout is unusable; using the default")
        if self.studio.role == Role.COHOST:
            self.dock_devices.hide()
            self.dock_scenes.hide()

    def _place_first_run(self) -> None:
        """1366×768 where it fits, else the screen's available area (the window manager's
        frame is not known before the window is shown; `fit_to_screen` corrects for it)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(*FIRST_RUN_SIZE)
            return
        avail = screen.availableGeometry()
        w = min(FIRST_RUN_SIZE[0], avail.width())
        h = min(FIRST_RUN_SIZE[1], avail.height())
        self.setGeometry(
            QRect(avail.x() + (avail.width() - w) // 2, avail.y() + (avail.height() - h) // 2, w, h)
        )

    def fit_to_screen(self) -> None:
        """Move and shrink the window so all of it, title bar and frame included, lies in the
        available area of its screen (no status bar below the screen's edge or under a panel)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        avail = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        left, top = inner.x() - frame.x(), inner.y() - frame.y()
        right, bottom = frame.right() - inner.right(), frame.bottom() - inner.bottom()
        w = min(inner.width(), avail.width() - left - right)
        h = min(inner.height(), avail.height() - top - bottom)
        x = min(max(inner.x(), avail.x() + left), avail.right() - right - w + 1)
        y = min(max(inner.y(), avail.y() + top), avail.bottom() - bottom - h + 1)
        if (x, y, w, h) != (inner.x(), inner.y(), inner.width(), inner.height()):
            self.setGeometry(x, y, w, h)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window manager frames the window after it is mapped: fit once it has.
        for ms in (0, 150, 600):
            # With the window as context: a window closed and deleted before then is left alone
            # (a pending call on a deleted window crashed the next test's restyle).
            QTimer.singleShot(ms, self, self.fit_to_screen)
            QTimer.singleShot(ms, self, self.hide_stale_tab_bars)

    def hide_stale_tab_bars(self) -> int:
        """Hide dock tab bars left over by Qt: tabifying a second group of docks leaves a
        copy of its tab bar visible where the docks were before (Qt 6 with PySide6 6.12),
        drawn over the preview or a panel. A tab bar in use sits against the edge of one of
        its docks; any other is hidden. Returns how many were."""
        docks = [d for d in self.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
        hidden = 0
        for bar in self.findChildren(QTabBar):
            if bar.parent() is not self or not bar.isVisible():
                continue
            titles = {bar.tabText(i) for i in range(bar.count())}
            g = bar.geometry()
            attached = any(
                d.windowTitle() in titles
                and abs(d.geometry().left() - g.left()) <= 4
                and (
                    abs(d.geometry().bottom() + 1 - g.top()) <= 4
                    or abs(g.bottom() + 1 - d.geometry().top()) <= 4
                )
                for d in docks
            )
            if not attached:
                bar.hide()
                hidden += 1
        return hidden

    def _save_ui_state(self, **changes: Any) -> None:
        self.ui_state = state = self.ui_state.model_copy(update=changes)

        def write() -> None:
            try:
                self._ui_store.save(state)
            except Exception:
                log.exception("could not save the window layout")

        self.studio.run_io(write)

    @Slot(object)
    def _settings_not_saved(self, exc: Any) -> None:
        if exc is None:
            return
        log.error("settings not saved: %s", exc)
        msg = getattr(exc, "message", None) or str(exc)
        self.say(tr("Settings not saved: {msg}").format(msg=msg), level="alarm", timeout_ms=20_000)

    def save_layout(self) -> None:
        g = self.normalGeometry() if self.isMaximized() else self.geometry()
        geo = WindowGeometry(
            x=g.x(),
            y=g.y(),
            width=max(200, g.width()),
            height=max(150, g.height()),
            maximized=self.isMaximized(),
        )
        ui = self.studio.config.ui.model_copy(update={"geometry": geo})
        self.studio.save_settings(self.studio.config.model_copy(update={"ui": ui}))
        blob = bytes(self.saveState().data())
        self._save_ui_state(dock_state=base64.b64encode(blob).decode())

    def closeEvent(self, event: QCloseEvent) -> None:
        live = self._status.state in (LiveState.LIVE, LiveState.STARTING)
        if live and not self.confirm(
            tr("End the show and quit?"),
            tr("You are live. Quitting ends the broadcast for every viewer."),
            tr("End show and quit"),
            True,
        ):
            event.ignore()
            return
        if live:
            self.studio.end_show()  # the platform hears the show ended, now or at next start
        self.save_layout()
        self.broadcast.close()
        self.devices_vm.close()
        self.thumbs.close()
        self.studio.session.set_preview(None)
        self.studio.session.set_scene_preview(None)
        self.studio.session.set_scene_preview(None, twin=True)
        event.accept()


SCENES_DOCK_HEIGHT = 300  # px: the Scenes panel's lists and layout editor, unscrolled

_ADVICE_LABELS = {
    "profile": QT_TR_NOOP("Use {value}"),
    "encoder": QT_TR_NOOP("Use the hardware encoder"),
    "canvases": QT_TR_NOOP("Choose destinations…"),
}


def _canvas_badge(c: Canvas) -> str:
    """'16:9 · 720p' / '9:16 · 720p': a preview's label when a show has two canvases."""
    shape = "9:16" if c.orientation is Orientation.PORTRAIT else "16:9"
    return f"{shape} · {c.title.split()[0]}"


def air_pill(status: SessionStatus) -> tuple[str, str]:
    """The host's on-air pill (text, colour kind) from one session snapshot.

    OFF AIR; CONNECTING until a stream is first accepted by its server (retries of a first
    connection included: nothing has dropped yet); LIVE while any stream is; RECONNECTING only
    when a stream that was live dropped; FAILED when every stream failed for good; ENDING…
    while the show stops.
    """
    state = status.state
    if state is LiveState.IDLE:
        return tr("OFF AIR"), "idle"
    if state is LiveState.STOPPING:
        return tr("ENDING…"), "idle"
    stats = status.stats
    if state is LiveState.STARTING or stats is None:
        return tr("CONNECTING"), "warn"
    streams = stats.streams
    if not streams:
        return tr("● RECORDING"), "live"
    if any(o.state is OutputState.LIVE for o in streams):
        return tr("● LIVE"), "live"
    if all(o.state is OutputState.FAILED for o in streams):
        return tr("FAILED"), "alarm"
    if any(o.reached for o in streams):
        return tr("RECONNECTING"), "warn"
    return tr("CONNECTING"), "warn"


def _default_state() -> Any:
    from studio import paths

    return paths.state_dir()
