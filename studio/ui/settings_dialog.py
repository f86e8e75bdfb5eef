"""Settings: appearance, platform account, stream destinations, video and hotkeys.

Stream keys and the API token never enter the config: they are written to the OS keyring (on
a worker thread, since a keyring may prompt or be slow) and shown only as dots. The dialog
edits a copy of the config and hands it back validated; nothing changes until OK.
"""

from __future__ import annotations

import concurrent.futures
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio import paths
from studio.canvases import CANVASES, Orientation, Profile
from studio.config import (
    Config,
    Destination,
    Hotkeys,
    PlatformSettings,
    UiSettings,
    split_stream_key,
)
from studio.ui.hotkeys import LABELS
from studio.ui.i18n import QT_TR_NOOP, language_names, num, tr
from studio.ui.widgets import muted_label

log = logging.getLogger(__name__)

# Languages with number and money formats but no translation yet (shown in English).
FORMAT_ONLY_LANGUAGES = (  # i18n: not shown (each language is named in itself)
    ("Deutsch", "de"),
    ("Français", "fr"),
    ("Italiano", "it"),
    ("日本語", "ja"),
    ("한국어", "ko"),
)
APPEARANCES = ((QT_TR_NOOP("Dark"), "studio-dark"), (QT_TR_NOOP("Light"), "studio-light"))
MASK = "••••••••"
PLATFORM_TOKEN_REF = "platform"


def _scrolling(page: QWidget) -> QScrollArea:
    """A settings page that scrolls instead of squeezing its rows: a language with longer
    words wraps the notes to more lines, which then overlapped the next row."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    return area


def overlay_themes() -> list[str]:
    folder = paths.themes_dir()
    if not folder.is_dir():
        return ["default"]
    return sorted(p.name for p in folder.iterdir() if (p / "theme.json").is_file())


def slug(name: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_.:-]+", "-", name.strip()).strip("-")
    return (s or "destination")[:60]


@dataclass
class SecretWrites:
    """Keyring writes to make when the dialog is accepted (values never logged)."""

    stream_keys: dict[str, str] = field(default_factory=dict)
    api_token: str | None = None

    def apply(self) -> None:
        from studio import secrets

        for ref, key in self.stream_keys.items():
            secrets.set_stream_key(ref, key)
        if self.api_token:
            secrets.set_api_token(PLATFORM_TOKEN_REF, self.api_token)


CANVAS_CHOICES = (
    (None, QT_TR_NOOP("Main canvas (the profile's)")),
    (Orientation.LANDSCAPE, QT_TR_NOOP("Horizontal 16:9 (desktop players)")),
    (
        Orientation.PORTRAIT,
        QT_TR_NOOP("Vertical 9:16 (phone feeds: TikTok Shop LIVE, Shorts, Reels)"),
    ),
)


def canvas_text(o: Orientation | None) -> str:
    """A destination's canvas in the table: 'main', '16:9' or '9:16'."""
    return "main" if o is None else "16:9" if o is Orientation.LANDSCAPE else "9:16"


class DestinationDialog(QDialog):
    """One destination: name, server URL, stream key (typed once, kept in the keyring) and
    which of the show's canvases it gets (a vertical one adds a 9:16 canvas to the show)."""

    def __init__(self, dest: Destination | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Stream destination"))
        form = QFormLayout(self)
        self.name = QLineEdit(dest.name if dest else "")
        self.name.setPlaceholderText(tr("e.g. Shop live"))
        self.url = QLineEdit(dest.url if dest else "")
        self.url.setPlaceholderText("rtmp://ingest.example.com/live")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(
            tr("Leave empty to keep the stored key") if dest and dest.key_ref else tr("Stream key")
        )
        self.key.setAccessibleName(tr("Stream key"))
        show = QCheckBox(tr("Show"))
        show.toggled.connect(
            lambda on: self.key.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(show)
        self.enabled = QCheckBox(tr("Send the show here"))
        self.enabled.setChecked(dest.enabled if dest else True)
        self.canvas = QComboBox()
        self.canvas.setAccessibleName(tr("Canvas"))
        for value, label in CANVAS_CHOICES:
            self.canvas.addItem(tr(label), value)
        self.canvas.setCurrentIndex(
            next(
                i for i, (v, _) in enumerate(CANVAS_CHOICES) if v == (dest.canvas if dest else None)
            )
        )
        self.canvas.setToolTip(
            tr(
                "Each canvas is encoded once and sent to its destinations: a destination on the "
                "other orientation adds a second canvas to the show, with overlays laid out for it."
            )
        )
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Server URL"), self.url)
        form.addRow(tr("Stream key"), key_row)
        form.addRow(tr("Canvas"), self.canvas)
        form.addRow("", self.enabled)
        form.addRow(muted_label(tr("The key is kept in your system's keyring, never in files.")))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #e5484d;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._old = dest
        self.result_dest: Destination | None = None
        self.new_key: str | None = None

    def _check(self) -> None:
        url, key = self.url.text().strip(), self.key.text().strip()
        base, embedded = split_stream_key(url)
        if embedded and not key:
            url, key = base, embedded  # a key pasted into the URL moves to the keyring
        elif embedded:
            url = base
        name = self.name.text().strip()
        ref = self._old.key_ref if self._old and self._old.key_ref else slug(name)
        try:
            dest = Destination(
                name=name,
                url=url,
                key_ref=ref if (key or (self._old and self._old.key_ref)) else None,
                enabled=self.enabled.isChecked(),
                canvas=self.canvas.currentData(),
            )
        except ValidationError as exc:
            self.error.setText("; ".join(str(e["msg"]) for e in exc.errors()))
            return
        self.result_dest = dest
        self.new_key = key or None
        self.accept()


class _Saver(QObject):
    done = Signal(object)  # None or an error message

    def __init__(self) -> None:
        super().__init__()
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="keyring")

    def run(self, writes: SecretWrites) -> None:
        def work() -> None:
            try:
                writes.apply()
                self.done.emit(None)
            except Exception as exc:
                msg = getattr(exc, "message", None) or str(exc)
                hint = getattr(exc, "hint", "")
                self.done.emit(f"{msg} {hint}".strip())

        self._pool.submit(work)


class SettingsDialog(QDialog):
    """Edits a copy of the config; `result_config` holds the new one after OK."""

    def __init__(
        self,
        config: Config,
        overlay_theme: str = "default",
        parent: QWidget | None = None,
        *,
        show_platform: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(620)
        self.config = config
        self.writes = SecretWrites()
        self.result_config: Config | None = None
        self.result_overlay_theme = overlay_theme
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs)
        self._general(config, overlay_theme)
        self._platform(config.platform)
        if not show_platform:
            self.tabs.setTabEnabled(1, False)
        self._destinations(config.destinations)
        self._video(config)
        self._hotkeys(config.ui.hotkeys)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #e5484d;")
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._saver = _Saver()
        self._saver.done.connect(self._saved)

    # -- tabs ------------------------------------------------------------------------------
    def _general(self, config: Config, overlay_theme: str) -> None:
        w = QWidget()
        form = QFormLayout(w)
        self.appearance = QComboBox()
        for label, value in APPEARANCES:
            self.appearance.addItem(tr(label), value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(config.ui.theme)))
        form.addRow(tr("Appearance"), self.appearance)
        self.language = QComboBox()
        for label, value in language_names():
            self.language.addItem(label, value)
        for label, value in FORMAT_ONLY_LANGUAGES:
            self.language.addItem(
                tr("{language} (numbers and dates only)").format(language=label), value
            )
        found = self.language.findData(config.ui.language)
        if found < 0:  # a tag set by hand ('es-MX'): kept as it is, never silently replaced
            self.language.addItem(config.ui.language, config.ui.language)
            found = self.language.count() - 1
        self.language.setCurrentIndex(found)
        self.language.setAccessibleName(tr("Language"))
        form.addRow(tr("Language"), self.language)
        form.addRow(
            "",
            muted_label(
                tr(
                    "The window's words, numbers, dates and money. A new language applies "
                    "when Studio restarts."
                )
            ),
        )
        self.show_language = QComboBox()
        self.show_language.addItem(tr("Same as the window"), "")
        for label, value in language_names():
            self.show_language.addItem(label, value)
        found = self.show_language.findData(config.ui.show_language)
        if found < 0:  # a tag set by hand: kept as it is
            self.show_language.addItem(config.ui.show_language, config.ui.show_language)
            found = self.show_language.count() - 1
        self.show_language.setCurrentIndex(found)
        self.show_language.setAccessibleName(tr("Overlay language"))
        form.addRow(tr("Overlay language"), self.show_language)
        form.addRow(
            "",
            muted_label(
                tr(
                    "The words viewers read on the overlays (Scan to buy, Sold out, the "
                    "countdown): your audience's language, which may differ from yours."
                )
            ),
        )
        self.overlay_theme = QComboBox()
        for name in overlay_themes():
            self.overlay_theme.addItem(name.replace("-", " ").title(), name)
        self.overlay_theme.setCurrentIndex(max(0, self.overlay_theme.findData(overlay_theme)))
        form.addRow(tr("Overlay theme"), self.overlay_theme)
        row = QHBoxLayout()
        self.recordings = QLineEdit(str(config.recordings_path()))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.recordings, 1)
        row.addWidget(browse)
        form.addRow(tr("Recordings"), row)
        self.confirm_discount = QSpinBox()
        self.confirm_discount.setRange(1, 99)
        self.confirm_discount.setSuffix(tr(" % off"))
        self.confirm_discount.setValue(config.ui.confirm_discount_percent)
        self.confirm_discount.setAccessibleName(tr("Ask before a flash sale deeper than"))
        form.addRow(tr("Ask before sales over"), self.confirm_discount)
        form.addRow(
            "",
            muted_label(
                tr(
                    "A flash sale with a bigger discount asks you to confirm first, so a typo "
                    "never sells at a fraction of the price."
                )
            ),
        )
        self.silence_after = QSpinBox()
        self.silence_after.setRange(0, 3600)
        self.silence_after.setSuffix(tr(" s"))
        self.silence_after.setSpecialValueText(tr("Never"))
        self.silence_after.setValue(round(config.devices.silence_warning_s))
        self.silence_after.setAccessibleName(tr("Warn after this many seconds without sound"))
        form.addRow(tr("Warn of no sound after"), self.silence_after)
        form.addRow(
            "",
            muted_label(
                tr(
                    "While live, the health bar warns when the microphone has been silent "
                    "(below -50 dBFS, muted or dead) this long. 0 turns the warning off."
                )
            ),
        )
        self.tabs.addTab(_scrolling(w), tr("General"))

    def _browse(self) -> None:
        d = QFileDialog.getExistingDirectory(self, tr("Recordings folder"), self.recordings.text())
        if d:
            self.recordings.setText(d)

    def _platform(self, platform: PlatformSettings) -> None:
        w = QWidget()
        form = QFormLayout(w)
        self.api_url = QLineEdit(platform.api_url or "")
        self.api_url.setPlaceholderText("https://shop.example.com/api/v1")
        form.addRow(tr("Platform API URL"), self.api_url)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(tr("API token"))
        self.token.setPlaceholderText(
            tr("{MASK} stored in the keyring (type to replace)").format(MASK=MASK)
            if platform.token_ref
            else tr("Paste the API token from your shop's dashboard")
        )
        form.addRow(tr("Account token"), self.token)
        form.addRow(
            "",
            muted_label(
                tr(
                    "The token is kept in your system's keyring. Co-hosts sign in with an "
                    "invite instead (Studio menu → Sign in as co-host)."
                )
            ),
        )
        remote = self.config.remote
        self.remote_on = QCheckBox(tr("Let stream decks, phones and scripts run the show"))
        self.remote_on.setChecked(remote.enabled)
        self.remote_port = QSpinBox()
        self.remote_port.setRange(1, 65534)
        self.remote_port.setValue(remote.port)
        self.remote_host = QComboBox()
        self.remote_host.setAccessibleName(tr("Who can reach the remote control"))
        self.remote_host.addItem(tr("This computer only"), "127.0.0.1")
        self.remote_host.addItem(tr("Phones and tablets on this network"), "0.0.0.0")
        if remote.host not in ("127.0.0.1", "0.0.0.0"):
            self.remote_host.addItem(remote.host, remote.host)  # set by hand: kept as it is
        self.remote_host.setCurrentIndex(max(0, self.remote_host.findData(remote.host)))
        self.remote_lan_warning = QLabel(
            tr(
                "Anyone on this network who has the token can run the show. Use it on a "
                "network you trust (not a venue's public Wi-Fi)."
            )
        )
        self.remote_lan_warning.setWordWrap(True)
        self.remote_lan_warning.setStyleSheet("color: #e5a000;")
        self.remote_host.currentIndexChanged.connect(self._remote_host_changed)
        form.addRow(tr("Remote control"), self.remote_on)
        form.addRow(tr("Remote port"), self.remote_port)
        form.addRow(tr("Reachable from"), self.remote_host)
        form.addRow("", self.remote_lan_warning)
        form.addRow(
            "",
            muted_label(
                tr(
                    "WebSocket on this port and HTTP on the next. The token and a QR code "
                    "for a phone: Studio → Remote control… (README: Remote control)."
                )
            ),
        )
        self._remote_host_changed()
        self.tabs.addTab(_scrolling(w), tr("Platform"))

    def _remote_host_changed(self) -> None:
        self.remote_lan_warning.setVisible(self.remote_host.currentData() != "127.0.0.1")

    def _destinations(self, dests: tuple[Destination, ...]) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.dest_table = QTableWidget(0, 5)
        self.dest_table.setHorizontalHeaderLabels(["Name", "Server", "Canvas", "Stream key", "On"])
        self.dest_table.verticalHeader().hide()
        hh = self.dest_table.horizontalHeader()
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i in (0, 2, 3, 4):
            hh.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.dest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dest_table.doubleClicked.connect(lambda _i: self._edit_dest())
        lay.addWidget(self.dest_table)
        row = QHBoxLayout()
        add = QPushButton(tr("Add…"))
        add.clicked.connect(lambda: self._edit_dest(new=True))
        edit = QPushButton(tr("Edit…"))
        edit.clicked.connect(lambda: self._edit_dest())
        remove = QPushButton(tr("Remove"))
        remove.clicked.connect(self._remove_dest)
        for b in (add, edit, remove):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(
            muted_label(
                tr(
                    "The show goes to every destination that is on, each on its canvas: "
                    "horizontal 16:9, vertical 9:16, or both at once (each encoded once). Keys "
                    "are stored in the keyring and shown only as dots."
                )
            )
        )
        self.dests: list[Destination] = list(dests)
        self._fill_dests()
        self.tabs.addTab(w, tr("Destinations"))

    def _fill_dests(self) -> None:
        t = self.dest_table
        t.setRowCount(len(self.dests))
        for i, d in enumerate(self.dests):
            has_key = bool(d.key_ref) or d.name in self.writes.stream_keys
            t.setItem(i, 0, QTableWidgetItem(d.name))
            t.setItem(i, 1, QTableWidgetItem(d.display_url))
            t.setItem(i, 2, QTableWidgetItem(canvas_text(d.canvas)))
            t.setItem(i, 3, QTableWidgetItem(MASK if has_key else tr("none")))
            t.setItem(i, 4, QTableWidgetItem("✓" if d.enabled else ""))

    def _edit_dest(self, new: bool = False) -> None:
        row = self.dest_table.currentRow()
        old = None if new or row < 0 else self.dests[row]
        if not new and old is None:
            return
        dlg = DestinationDialog(old, self)
        if dlg.exec() != QDialog.DialogCode.Accepted or dlg.result_dest is None:
            return
        dest = dlg.result_dest
        if old is None:
            self.dests.append(dest)
        else:
            self.dests[row] = dest
        if dlg.new_key and dest.key_ref:
            self.writes.stream_keys[dest.key_ref] = dlg.new_key
        self._fill_dests()

    def _remove_dest(self) -> None:
        row = self.dest_table.currentRow()
        if 0 <= row < len(self.dests):
            del self.dests[row]
            self._fill_dests()

    def _video(self, config: Config) -> None:
        w = QWidget()
        form = QFormLayout(w)
        self.profile = QComboBox()
        for c in CANVASES.values():
            self.profile.addItem(
                tr("{title} at {fps} fps").format(title=c.title, fps=c.fps), c.name
            )
        self.profile.setCurrentIndex(max(0, self.profile.findData(str(config.video.profile))))
        form.addRow(tr("Profile"), self.profile)
        self.bitrate = QSpinBox()
        self.bitrate.setRange(300, 50_000)
        self.bitrate.setSingleStep(500)
        self.bitrate.setSuffix(tr(" kb/s"))
        self.bitrate.setValue(config.video.bitrate_kbps)
        form.addRow(tr("Video bitrate"), self.bitrate)
        self.encoder = QLineEdit(config.video.encoder)
        self.encoder.setToolTip(tr("'auto', or a name such as libx264 (see the Devices panel)"))
        form.addRow(tr("Encoder"), self.encoder)
        self.video_hint = muted_label()
        form.addRow("", self.video_hint)
        self._canvas = CANVASES[config.video.profile]
        self.profile.currentIndexChanged.connect(lambda _i: self._profile_changed())
        self._profile_changed()
        self.tabs.addTab(w, tr("Video"))

    def _profile_changed(self) -> None:
        """The bitrate follows the canvas while it is at the canvas's default."""
        new = CANVASES[Profile(str(self.profile.currentData()))]
        if self.bitrate.value() == self._canvas.video_kbps:
            self.bitrate.setValue(new.video_kbps)
        self._canvas = new
        self.video_hint.setText(
            tr(
                "{title} at {fps} fps: {video_kbps} kb/s is the default, from the platforms' "
                "ingest guidance. Changes apply at the next go-live."
            ).format(title=new.title, fps=new.fps, video_kbps=num(new.video_kbps))
        )

    def _hotkeys(self, keys: Hotkeys) -> None:
        w = QWidget()
        form = QFormLayout(w)
        self.key_edits: dict[str, QKeySequenceEdit] = {}
        for action, label in LABELS.items():
            edit = QKeySequenceEdit(QKeySequence(getattr(keys, action)))
            edit.setAccessibleName(tr(label))
            clear = QPushButton(tr("Clear"))
            clear.clicked.connect(edit.clear)
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(clear)
            form.addRow(tr(label), row)
            self.key_edits[action] = edit
        reset = QPushButton(tr("Reset to defaults"))
        reset.clicked.connect(self._reset_keys)
        form.addRow("", reset)
        form.addRow(
            "",
            muted_label(tr("Hotkeys work in every Studio window, whichever panel has the focus.")),
        )
        self.tabs.addTab(w, tr("Hotkeys"))

    def _reset_keys(self) -> None:
        defaults = Hotkeys()
        for action, edit in self.key_edits.items():
            edit.setKeySequence(QKeySequence(getattr(defaults, action)))

    # -- result ----------------------------------------------------------------------------
    def build_config(self) -> Config:
        """The edited config (raises ValidationError with the offending field)."""
        keys = Hotkeys(
            **{
                a: e.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
                for a, e in self.key_edits.items()
            }
        )
        ui = UiSettings(
            theme=str(self.appearance.currentData()),
            language=str(self.language.currentData()),
            show_language=str(self.show_language.currentData() or ""),
            hotkeys=keys,
            geometry=self.config.ui.geometry,
            confirm_discount_percent=self.confirm_discount.value(),
        )
        token = self.token.text().strip()
        self.writes.api_token = token or None
        api_url = self.api_url.text().strip() or None
        token_ref = self.config.platform.token_ref
        if token:
            token_ref = PLATFORM_TOKEN_REF
        platform = PlatformSettings(api_url=api_url, token_ref=token_ref if api_url else None)
        video = self.config.video.model_copy(
            update={
                "profile": Profile(str(self.profile.currentData())),
                "bitrate_kbps": self.bitrate.value(),
                "encoder": self.encoder.text().strip() or "auto",
            }
        )
        video = type(video).model_validate(video.model_dump())
        rec = self.recordings.text().strip()
        rec_path = Path(rec).expanduser() if rec else None
        if rec_path == paths.default_recordings_dir():
            rec_path = None
        # Start from the settings as they are, so what this dialog does not edit (the
        # prompter's thresholds, the devices) is kept, never reset to its default.
        return Config.model_validate(
            {
                **dict(self.config),
                "video": video,
                "destinations": tuple(self.dests),
                "platform": platform,
                "ui": ui,
                "recordings_dir": rec_path,
                "devices": self.config.devices.model_copy(
                    update={"silence_warning_s": float(self.silence_after.value())}
                ),
                "remote": self.config.remote.model_copy(
                    update={
                        "enabled": self.remote_on.isChecked(),
                        "port": self.remote_port.value(),
                        "host": str(self.remote_host.currentData()),
                    }
                ),
            }
        )

    def _accept(self) -> None:
        try:
            cfg = self.build_config()
        except ValidationError as exc:
            problems = "; ".join(  # i18n: not shown (pydantic's field paths and words)
                f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            self.error.setText(tr("Please fix: {problems}").format(problems=problems))
            return
        self.result_config = cfg
        self.result_overlay_theme = str(self.overlay_theme.currentData())
        if self.writes.stream_keys or self.writes.api_token:
            self.error.setText(tr("Saving keys to the keyring…"))
            self.buttons.setEnabled(False)
            self._saver.run(self.writes)
        else:
            self.accept()

    @Slot(object)
    def _saved(self, error: Any) -> None:
        self.buttons.setEnabled(True)
        if error:
            self.error.setText(str(error))
            return
        self.accept()

    def select_tab(self, name: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == name:
                self.tabs.setCurrentIndex(i)


__all__ = ["SettingsDialog", "overlay_themes"]
