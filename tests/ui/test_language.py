"""The window speaks the language setting: chosen at start-up (a change applies at the next
start, and the settings dialog says so), with Qt's own dialogs and the number formats along."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWizard,
)

from studio import i18n
from studio.config import Config, UiSettings
from studio.ui import i18n as ui_i18n
from studio.ui.settings_dialog import SettingsDialog
from studio.ui.show_vm import orders_text
from tests.ui.conftest import Rig, test_config


@pytest.fixture
def english() -> Iterator[None]:
    """Every test here leaves the window's language as the rest of the suite expects."""
    yield
    ui_i18n.install("en")


def _texts(w: object) -> set[str]:
    return {lab.text() for lab in w.findChildren(QLabel) if lab.text()}  # type: ignore[attr-defined]


def test_a_restart_in_another_language_shows_translated_widgets(rig: Rig, english: None) -> None:
    """The same window, built after the language changed (the next start), shows other words:
    the Go Live button, the menus, the health bar, plural counts and local number formats."""
    ui_i18n.install("en")
    en = rig.window(rig.studio(attach=False))
    en_texts = _texts(en)
    assert en.controls.go_live.text() == "Go Live"
    assert [a.text() for a in en.menuBar().actions()][:2] == ["&Studio", "&Edit"]
    assert orders_text(1) == "1 order" and orders_text(1204) == "1,204 orders"

    assert ui_i18n.install("zh-TW")
    zh = rig.window(rig.studio(attach=False, home="zh"))
    assert zh.controls.go_live.text() == "開播"
    assert [a.text() for a in zh.menuBar().actions()][:2] == ["Studio(&S)", "編輯(&E)"]
    assert "未開播" in _texts(zh) and "Not live" not in _texts(zh)
    assert not (_texts(zh) & {t for t in en_texts if any(c.isalpha() for c in t) and " " in t})
    assert orders_text(1204) == "1,204 筆訂單"
    assert i18n.language() == "zh-TW"  # errors and other gettext strings follow
    assert QLocale().name() == "zh_TW"

    assert ui_i18n.install("pt-BR")
    pt = rig.window(rig.studio(attach=False, home="pt"))
    assert pt.controls.go_live.text() == "Entrar ao vivo"
    assert orders_text(1) == "1 pedido" and orders_text(1204) == "1.204 pedidos"
    assert QLocale().decimalPoint() == ","

    assert ui_i18n.install("zh-Hans")
    cn = rig.window(rig.studio(attach=False, home="cn"))
    assert cn.controls.go_live.text() == "开播"


def test_the_settings_dialog_offers_the_languages_and_says_when_they_apply(
    rig: Rig, english: None
) -> None:
    ui_i18n.install("zh-TW")
    cfg = Config(**{**test_config().model_dump(), "ui": UiSettings(language="zh-TW")})
    dlg = SettingsDialog(cfg, "default")
    rig.qtbot.addWidget(dlg)
    tags = [dlg.language.itemData(i) for i in range(dlg.language.count())]
    assert tags[:6] == ["en", "zh-TW", "zh-Hans", "es", "pt-BR", "id"]
    assert dlg.language.currentData() == "zh-TW"
    assert any("重新啟動" in t for t in _texts(dlg)), "the dialog says a restart applies it"
    # Qt's own buttons come from qtbase_zh_TW.qm
    cancel = dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "取消"


# Qt's standard buttons per language: Qt's own qtbase_<lang>.qm for four of them, Studio's
# studio/i18n/ts/qtbase_id.ts for Indonesian (Qt ships none).
STANDARD = {
    "en": {"Ok": "OK", "Cancel": "Cancel", "Yes": "&Yes", "No": "&No", "Apply": "Apply",
           "Save": "Save", "Close": "Close", "Finish": "&Finish"},
    "zh-TW": {"Cancel": "取消", "Apply": "套用", "Close": "關閉", "Finish": "完成(&F)"},
    "zh-Hans": {"Cancel": "取消", "Apply": "应用", "Close": "关闭", "Finish": "完成(&F)"},
    "es": {"Cancel": "Cancelar", "Apply": "Aplicar", "Close": "Cerrar", "Finish": "&Finalizar"},
    "pt-BR": {"Cancel": "Cancelar", "Apply": "Aplicar", "Close": "Fechar", "Finish": "C&oncluir"},
    "id": {"Ok": "OK", "Cancel": "Batal", "Yes": "&Ya", "No": "&Tidak", "Apply": "Terapkan",
           "Save": "Simpan", "Close": "Tutup", "Finish": "&Selesai"},
}  # fmt: skip


@pytest.mark.parametrize("tag", list(STANDARD))
def test_qts_standard_buttons_speak_every_shipped_language(
    rig: Rig, english: None, tag: str
) -> None:
    """QDialogButtonBox, QMessageBox and QWizard buttons in the window's language: from Qt's
    own catalogues, and for Indonesian (which Qt does not ship) from Studio's own."""
    ui_i18n.install(tag)
    sb = QDialogButtonBox.StandardButton
    box = QDialogButtonBox()
    rig.qtbot.addWidget(box)
    msg = QMessageBox()
    rig.qtbot.addWidget(msg)
    want = STANDARD[tag]
    for name, text in want.items():
        if name == "Finish":
            continue
        button = box.addButton(getattr(sb, name))
        assert button is not None and button.text() == text, (tag, name, button.text())
        mb = msg.addButton(getattr(QMessageBox.StandardButton, name))
        assert mb is not None and mb.text() == text, (tag, name, mb.text())
    wizard = QWizard()
    rig.qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == want["Finish"]
    if tag != "en":  # nothing left in English: every one of these came from a catalogue
        english = STANDARD["en"]
        assert all(want[k] != english[k] for k in want if k not in ("Ok",)), want


def _every_standard_button() -> dict[str, str]:
    sb = QDialogButtonBox.StandardButton
    out = {}
    for button in sb:
        if button not in (sb.NoButton, sb.FirstButton, sb.LastButton):
            box = QDialogButtonBox(button)
            out[button.name] = box.buttons()[0].text()
    return out


def test_studios_indonesian_catalogue_covers_every_standard_button(rig: Rig, english: None) -> None:
    ui_i18n.install("en")
    english = _every_standard_button()
    ui_i18n.install("id")
    indonesian = _every_standard_button()
    same = {k for k in english if indonesian[k] == english[k]}
    assert len(english) >= 16 and same <= {"Ok"}, {k: indonesian[k] for k in same}
    # Qt's own file dialog (where the platform has no native one): its words too.
    dialog = QFileDialog()
    rig.qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {lab.text() for lab in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama file:", "&Jenis file:"} <= labels, labels
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"&Buka", "Batal"} <= buttons, buttons


def test_a_language_set_by_hand_is_kept(rig: Rig, english: None) -> None:
    cfg = Config(**{**test_config().model_dump(), "ui": UiSettings(language="es-MX")})
    dlg = SettingsDialog(cfg, "default")
    rig.qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "es-MX"


def test_long_translated_check_results_are_not_cut_off(rig: Rig, english: None) -> None:
    """Longer words wrap the first-run results to more lines: the wizard grows to show them
    (seen in pt-BR, where the last line of the canvas advice was cut off)."""
    from studio.ui.wizard import CheckResult, ChecksPage, FirstRunWizard

    ui_i18n.install("pt-BR")
    wiz = FirstRunWizard(test_config())
    rig.qtbot.addWidget(wiz)
    wiz.resize(640, 460)
    wiz.show()
    page = next(p for p in map(wiz.page, wiz.pageIds()) if isinstance(p, ChecksPage))
    wiz.setStartId(wiz.pageIds()[0])
    wiz.next()
    long = " ".join(["Codificar os dois quadros usa cerca de 73% deste computador."] * 6)
    results = [CheckResult(cid, "warn", long, "Envie um quadro só.") for cid in page.rows]
    page._done(results)
    rig.qtbot.wait(50)
    for _mark, text in page.rows.values():
        bottom = text.mapTo(page, text.rect().bottomLeft()).y()
        assert text.height() >= text.heightForWidth(text.width()) - 1
        assert bottom <= page.height(), "a result's last lines are cut off"
