"""The first-run wizard: check camera, microphone, encoder and connection; suggest a profile.

The checks are `studio.health`'s, the same `studio doctor` runs (so support and the wizard
agree), run on a worker thread because probing encoders and reaching servers takes seconds.
"""

from __future__ import annotations

import concurrent.futures
import functools
import logging
import os
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from studio import health
from studio.canvases import CANVASES, Orientation, Profile
from studio.config import Config, DeviceSettings
from studio.engine.capacity import HEADROOM
from studio.ui.i18n import QT_TR_NOOP, num, tr
from studio.ui.style import current_theme, level_color
from studio.ui.widgets import muted_label

log = logging.getLogger(__name__)

CHECK_ROWS = (
    ("cameras", QT_TR_NOOP("Camera")),
    ("microphones", QT_TR_NOOP("Microphone")),
    ("encoders", QT_TR_NOOP("Video encoder")),
    ("canvases", "16:9 + 9:16"),
    ("network", QT_TR_NOOP("Connection")),
)


@dataclass(frozen=True)
class CheckResult:
    id: str
    status: str  # ok | warn | fail | skip
    summary: str
    hint: str = ""
    details: dict[str, Any] | None = None


@dataclass(frozen=True)
class Suggestion:
    profile: Profile
    bitrate_kbps: int
    reason: str


def run_checks(config: Config, timeout: float = 3.0) -> list[CheckResult]:
    """Blocking (worker thread): the health device, encoder and network checks."""
    # The built-in test camera and tone are not devices: check the real ones instead.
    cam, mic = config.devices.camera, config.devices.microphone
    config = config.model_copy(
        update={
            "devices": DeviceSettings(
                camera=None if cam in ("test", "none") or (cam or "").startswith("file:") else cam,
                microphone="default" if mic in (None, "test", "none") else mic,
            )
        }
    )
    out: list[CheckResult] = []
    for fn in (health.check_cameras, health.check_microphones, health.check_encoders):
        c = health.guarded(functools.partial(fn, config))
        out.append(CheckResult(c.id, c.status, c.summary, c.hint, c.details))
    out.append(check_canvases(_hardware(out)))
    net = [health.guarded(fn) for fn in health.network_checks(config, timeout)]
    bad = [c for c in net if c.status not in ("ok", "skip")]
    if bad:
        out.append(CheckResult("network", bad[0].status, bad[0].summary, bad[0].hint))
    elif all(c.status == "skip" for c in net):
        out.append(
            CheckResult(
                "network",
                "skip",
                tr("No platform or destination yet: add them in Settings (or try 'studio demo')."),
            )
        )
    else:
        out.append(CheckResult("network", "ok", " ".join(c.summary for c in net)))
    return out


def _hardware(checks: list[CheckResult]) -> list[str]:
    """Hardware encoders that opened and encoded a frame in the encoder check."""
    enc = next((c for c in checks if c.id == "encoders"), None)
    if enc is None or not enc.details:
        return []
    return [e["name"] for e in enc.details.get("encoders", []) if e["works"] and e["hardware"]]


def check_canvases(hardware: list[str], cpus: int | None = None) -> CheckResult:
    """Can this computer send a horizontal and a vertical canvas at once? Each canvas's
    encode is measured here (engine/capacity.py: about a second of the worker's time), at
    720p and 1080p, with libx264 unless a hardware encoder works. Blocking (worker)."""
    from studio.engine.capacity import load_advice, measure_encode_cost

    encoder = hardware[0] if hardware else "libx264"
    fits = []
    for flat in (Profile.HD_720P30, Profile.FHD_1080P30):
        wide = CANVASES[flat]
        cost = measure_encode_cost(wide, encoder)
        verdict = load_advice([cost, cost.scaled(wide.turned(Orientation.PORTRAIT))], cpus)
        fits.append((wide, verdict))
    best = [(c, v) for c, v in fits if v.fits]
    if best:
        c, v = best[-1]
        share = v.cores_needed / (v.cores_usable / HEADROOM)
        return CheckResult(
            "canvases",
            "ok",
            tr(
                "Horizontal and vertical at once: {title} fits (both encodes take about "
                "{share:.0%} of this computer with {encoder})."
            ).format(title=c.title, share=share, encoder=encoder),
        )
    _, worst = fits[0]
    message = worst.suggestion.message if worst.suggestion is not None else ""
    return CheckResult(
        "canvases",
        "warn",
        tr("Horizontal and vertical at once may not run smoothly here. {message}").format(
            message=message
        ),
        tr("Send one canvas, or use a computer with a hardware encoder for both."),
    )


def suggest_profile(checks: list[CheckResult], cpus: int | None = None) -> Suggestion:
    """1080p needs a hardware encoder or a fast processor; 720p is the safe default."""
    cpus = cpus or os.cpu_count() or 2
    enc = next((c for c in checks if c.id == "encoders"), None)
    hardware = []
    if enc is not None and enc.details:
        hardware = [
            e["name"] for e in enc.details.get("encoders", []) if e["works"] and e["hardware"]
        ]
    hd, fhd = CANVASES[Profile.HD_720P30], CANVASES[Profile.FHD_1080P30]
    if hardware:
        return Suggestion(
            fhd.profile,
            fhd.video_kbps,
            tr("The hardware encoder {value} handles 1080p easily.").format(value=hardware[0]),
        )
    if cpus >= 8:
        return Suggestion(
            fhd.profile,
            fhd.video_kbps,
            tr("No hardware encoder, but {cpus} processor cores are enough for 1080p.").format(
                cpus=cpus
            ),
        )
    return Suggestion(
        hd.profile,
        hd.video_kbps,
        tr("No hardware encoder and %n processor core(s): 720p keeps the show smooth.", None, cpus),
    )


class _Runner(QObject):
    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="wizard")

    def run(self, config: Config) -> None:
        def work() -> None:
            try:
                self.done.emit(run_checks(config))
            except Exception as exc:
                log.exception("wizard checks failed")
                self.done.emit(
                    [
                        CheckResult(
                            "encoders", "fail", tr("The checks failed: {exc}").format(exc=exc)
                        )
                    ]
                )

        self._pool.submit(work)


class ChecksPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Checking your studio"))
        self.setSubTitle(
            tr("Camera, microphone, encoder and connection. This takes a few seconds.")
        )
        grid = QGridLayout(self)
        grid.setColumnStretch(2, 1)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for i, (cid, label) in enumerate(CHECK_ROWS):
            mark = QLabel("…")
            mark.setMinimumWidth(70)
            name = QLabel(f"<b>{tr(label)}</b>")
            text = QLabel(tr("Checking…"))
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(mark, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, i, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, i, 2)
            self.rows[cid] = (mark, text)
        grid.setRowStretch(len(CHECK_ROWS), 1)
        self.results: list[CheckResult] | None = None
        self._runner = _Runner()
        self._runner.done.connect(self._done)

    def initializePage(self) -> None:
        if self.results is None:
            self._runner.run(self.wiz.config)

    @Slot(object)
    def _done(self, results: list[CheckResult]) -> None:
        self.results = results
        theme = current_theme()
        words = {
            "ok": "✓ OK",
            "warn": tr("! Check"),
            "fail": tr("✗ Problem"),
            "skip": tr("– Skipped"),
        }
        levels = {"ok": "ok", "warn": "warn", "fail": "alarm", "skip": "idle"}
        for r in results:
            if r.id not in self.rows:
                continue
            mark, text = self.rows[r.id]
            mark.setText(words.get(r.status, r.status))
            mark.setStyleSheet(
                f"color: {level_color(levels.get(r.status, 'idle'), theme)}; font-weight: 700;"
            )
            text.setText(r.summary + (f"\n→ {r.hint}" if r.hint and r.status != "ok" else ""))
        self._fit()
        self.completeChanged.emit()

    def _fit(self) -> None:
        """Grow the wizard to show every result line: longer words (another language, a long
        hint) wrap to more lines, which the first size cut off at the bottom."""
        lay = self.layout()
        if lay is None:
            return
        lay.activate()
        need = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else 0
        extra = need - self.height()
        if extra > 0:
            screen = self.wiz.screen()
            room = screen.availableGeometry().height() - 40 if screen else self.wiz.height() + extra
            self.wiz.resize(self.wiz.width(), min(self.wiz.height() + extra, room))

    def isComplete(self) -> bool:
        return self.results is not None


class ProfilePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(tr("Picture quality"))
        lay = QVBoxLayout(self)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        lay.addWidget(self.reason)
        self.group = QButtonGroup(self)
        hd, fhd = CANVASES[Profile.HD_720P30], CANVASES[Profile.FHD_1080P30]
        self.r720 = QRadioButton(
            tr(
                "{title} at {fps} fps, {video_kbps} kb/s: sharp on phones, light on the computer"
            ).format(title=hd.title, fps=hd.fps, video_kbps=num(hd.video_kbps))
        )
        self.r1080 = QRadioButton(
            tr(
                "{title} at {fps} fps, {video_kbps} kb/s: sharper, needs more power and upload"
            ).format(title=fhd.title, fps=fhd.fps, video_kbps=num(fhd.video_kbps))
        )
        for b in (self.r720, self.r1080):
            self.group.addButton(b)
            lay.addWidget(b)
        lay.addWidget(muted_label(tr("You can change this any time in Settings → Video.")))
        lay.addStretch(1)

    def initializePage(self) -> None:
        s = suggest_profile(self.wiz.checks.results or [])
        self.wiz.suggestion = s
        self.reason.setText(
            tr("Suggested: {value}. {reason}").format(value=s.profile.value, reason=s.reason)
        )
        (self.r1080 if s.profile == Profile.FHD_1080P30 else self.r720).setChecked(True)

    def chosen(self) -> tuple[Profile, int]:
        c = CANVASES[Profile.FHD_1080P30 if self.r1080.isChecked() else Profile.HD_720P30]
        return c.profile, c.video_kbps


class FirstRunWizard(QWizard):
    """Returns the checked, suggested settings in `result_config` when finished."""

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Studio"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.config = config
        self.suggestion: Suggestion | None = None
        self.result_config: Config | None = None
        welcome = QWizardPage()
        welcome.setTitle(tr("Welcome to Studio"))
        wl = QVBoxLayout(welcome)
        wl.addWidget(
            muted_label(
                tr(
                    "Studio puts your camera, products, flash sales and live orders into one show. "
                    "First, a quick check of this computer: camera, microphone, video encoder and "
                    "connection. Nothing is sent anywhere yet."
                )
            )
        )
        wl.addStretch(1)
        self.addPage(welcome)
        self.checks = ChecksPage(self)
        self.addPage(self.checks)
        self.profile_page = ProfilePage(self)
        self.addPage(self.profile_page)
        done = QWizardPage()
        done.setTitle(tr("Ready"))
        dl = QVBoxLayout(done)
        dl.addWidget(
            muted_label(
                tr(
                    "That's it. Add your shop and stream destinations in Settings, then press "
                    "Go Live (Ctrl+Shift+L) when you are ready. Press Finish to open the studio."
                )
            )
        )
        dl.addStretch(1)
        self.addPage(done)

    def accept(self) -> None:
        profile, kbps = self.profile_page.chosen()
        video = self.config.video.model_copy(update={"profile": profile, "bitrate_kbps": kbps})
        devices = self.config.devices
        cams = next((r for r in self.checks.results or [] if r.id == "cameras"), None)
        if devices.camera is None and cams is not None and cams.details:
            found = cams.details.get("cameras") or []
            if found:
                devices = DeviceSettings(camera=found[0]["id"], microphone=devices.microphone)
            else:
                devices = DeviceSettings(camera="test", microphone=devices.microphone)
        self.result_config = self.config.model_copy(update={"video": video, "devices": devices})
        super().accept()
