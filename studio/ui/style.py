"""Light and dark appearance: one palette per theme on the Fusion style, a little QSS on top.

Colours for states (live, warning, alarm) are chosen to keep WCAG AA contrast on both
backgrounds, so a health figure is readable from across the room in either theme.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from studio import paths

THEMES = ("studio-dark", "studio-light")


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    alt_base: str
    panel: str
    text: str
    muted: str
    border: str
    accent: str
    on_accent: str
    live: str
    ok: str
    warn: str
    alarm: str
    preview_bg: str


DARK = Colors(
    window="#1c1d21",
    base="#25272c",
    alt_base="#2c2e34",
    panel="#22242a",
    text="#eceef2",
    muted="#a4a9b4",
    border="#3a3d45",
    accent="#4c8dff",
    on_accent="#ffffff",
    live="#d92d33",
    ok="#3fb950",
    warn="#e3b341",
    alarm="#ff6b6b",
    preview_bg="#0e0f11",
)

LIGHT = Colors(
    window="#f3f4f6",
    base="#ffffff",
    alt_base="#f6f7f9",
    panel="#ffffff",
    text="#16181d",
    muted="#5b616e",
    border="#d4d7dd",
    accent="#1f63e0",
    on_accent="#ffffff",
    live="#d0242b",
    ok="#1a7f37",
    warn="#9a6700",
    alarm="#cf222e",
    preview_bg="#202226",
)


def colors(theme: str) -> Colors:
    return LIGHT if theme == "studio-light" else DARK


def text_on(background: str) -> str:
    """Black or white text, whichever reads better on `background` (#rrggbb)."""
    c = QColor(background)

    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())
    # Contrast against white vs against near-black (#1b1b1b, luminance ~0.011).
    return "#ffffff" if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.061) else "#1b1b1b"


def level_color(level: str, theme: str) -> str:
    c = colors(theme)
    return {"ok": c.ok, "warn": c.warn, "alarm": c.alarm}.get(level, c.muted)


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole app's look; widgets re-read `colors()` on their next paint."""
    c = colors(theme)
    app.setStyle("Fusion")
    pal = QPalette()
    role = QPalette.ColorRole
    pal.setColor(role.Window, QColor(c.window))
    pal.setColor(role.WindowText, QColor(c.text))
    pal.setColor(role.Base, QColor(c.base))
    pal.setColor(role.AlternateBase, QColor(c.alt_base))
    pal.setColor(role.Text, QColor(c.text))
    pal.setColor(role.Button, QColor(c.alt_base))
    pal.setColor(role.ButtonText, QColor(c.text))
    pal.setColor(role.ToolTipBase, QColor(c.base))
    pal.setColor(role.ToolTipText, QColor(c.text))
    pal.setColor(role.Highlight, QColor(c.accent))
    pal.setColor(role.HighlightedText, QColor(c.on_accent))
    pal.setColor(role.PlaceholderText, QColor(c.muted))
    pal.setColor(role.Link, QColor(c.accent))
    pal.setColor(role.Mid, QColor(c.border))
    pal.setColor(role.Dark, QColor(c.border))
    for group in (QPalette.ColorGroup.Disabled,):
        pal.setColor(group, role.Text, QColor(c.muted))
        pal.setColor(group, role.ButtonText, QColor(c.muted))
        pal.setColor(group, role.WindowText, QColor(c.muted))
    app.setPalette(pal)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(stylesheet(c, "light" if theme == "studio-light" else "dark"))
    app.setProperty("studio_theme", theme)


def current_theme() -> str:
    app = QApplication.instance()
    value = app.property("studio_theme") if app is not None else None
    return str(value) if value else "studio-dark"


def _icon(name: str) -> str:
    """A bundled icon's path as a style sheet url() takes it (forward slashes, quoted)."""
    return '"' + (paths.icons_dir() / name).as_posix() + '"'


def stylesheet(c: Colors, variant: str = "dark") -> str:
    """The app's QSS for `c`; `variant` (dark | light) picks the spin-box arrow glyphs, which
    Fusion stops drawing once a spin box is styled."""
    up, down = _icon(f"arrow-up-{variant}.svg"), _icon(f"arrow-down-{variant}.svg")
    up_off = _icon(f"arrow-up-{variant}-disabled.svg")
    down_off = _icon(f"arrow-down-{variant}-disabled.svg")
    return f"""
QMainWindow::separator {{ background: {c.border}; width: 1px; height: 1px; }}
QDockWidget {{ font-weight: 600; }}
QDockWidget::title {{ padding: 4px 8px; background: {c.window}; }}
QToolTip {{ border: 1px solid {c.border}; padding: 4px; }}
QListView, QTreeView, QTableView {{ border: 1px solid {c.border}; border-radius: 4px; }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox, QKeySequenceEdit {{
    padding: 3px 6px; border: 1px solid {c.border}; border-radius: 4px; background: {c.base};
}}
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus {{
    border: 1px solid {c.accent};
}}
QSpinBox, QDoubleSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button,
QDoubleSpinBox::down-button {{
    subcontrol-origin: padding; width: 20px; border-left: 1px solid {c.border};
    background: {c.alt_base};
}}
QSpinBox::up-button, QDoubleSpinBox::up-button {{
    subcontrol-position: top right; border-top-right-radius: 3px;
}}
QSpinBox::down-button, QDoubleSpinBox::down-button {{
    subcontrol-position: bottom right; border-bottom-right-radius: 3px;
}}
QSpinBox::up-button:hover, QDoubleSpinBox::up-button:hover, QSpinBox::down-button:hover,
QDoubleSpinBox::down-button:hover {{ background: {c.border}; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({up}); width: 10px; height: 6px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
    image: url({down}); width: 10px; height: 6px;
}}
QSpinBox::up-arrow:disabled, QDoubleSpinBox::up-arrow:disabled {{ image: url({up_off}); }}
QSpinBox::down-arrow:disabled, QDoubleSpinBox::down-arrow:disabled {{ image: url({down_off}); }}
QPushButton {{
    padding: 5px 12px; border: 1px solid {c.border}; border-radius: 5px; background: {c.alt_base};
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.muted}; }}
QPushButton:checked {{ background: {c.accent}; color: {c.on_accent}; }}
QPushButton#goLive {{
    background: {c.live}; color: white; font-weight: 700; font-size: 11pt;
    border: none; padding: 7px 18px; min-width: 9em;
}}
QPushButton#goLive:focus {{ border: 2px solid {c.text}; }}
QPushButton#goLive[live="true"] {{ background: {c.alt_base}; color: {c.live};
    border: 2px solid {c.live}; }}
QPushButton#goLive:disabled {{ background: {c.border}; color: {c.muted}; }}
QPushButton#record:checked {{ background: {c.live}; color: white; border: none; }}
QPushButton#mute:checked {{ background: {c.live}; color: white; border: none;
    font-weight: 700; }}
QFrame#soldOut {{ background: {c.live}; border-radius: 5px; }}
QLabel#soldOutText {{ color: white; font-weight: 700; }}
QPushButton#soldOutAction {{ background: white; color: {c.live}; border: none;
    font-weight: 700; padding: 6px 14px; }}
QPushButton#soldOutAction:focus {{ border: 2px solid {c.text}; }}
QPushButton#primary {{ background: {c.accent}; color: {c.on_accent}; border: none;
    font-weight: 600; }}
QPushButton#primary:disabled {{ background: {c.border}; color: {c.muted}; }}
QLabel#elapsed {{ font-family: "DejaVu Sans Mono", monospace; font-size: 14pt;
    font-weight: 600; }}
QLabel#muted, QLabel[muted="true"] {{ color: {c.muted}; }}
QLabel#bigNumber {{ font-size: 16pt; font-weight: 700; }}
QLabel#sectionTitle {{ font-weight: 700; color: {c.muted}; text-transform: uppercase; }}
QFrame#healthBar, QFrame#controlBar {{ background: {c.panel}; border: 1px solid {c.border};
    border-radius: 6px; }}
QFrame#warning {{ background: {c.alt_base}; border-left: 4px solid {c.warn};
    border-radius: 3px; }}
QFrame#banner {{ background: {c.alt_base}; border: 1px solid {c.border}; border-radius: 4px; }}
QTabBar::tab {{ padding: 5px 12px; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: 3px; text-align: center;
    max-height: 14px; background: {c.base}; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 2px; }}
"""
