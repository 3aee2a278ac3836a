"""Settings ▸ Language (issue #16): "System default" first, then each language in its own
name; the choice is stored for the profile and applies at the next start, which the dialog
offers at once ("Restart now" / "Later"); court IT's locked language cannot be changed."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from player.restart import RESTART_PROPERTY, restart_command
from sync.services.settings import language_choice

TIMEOUT = 10_000


def _open(qtbot, window):
    from player.settings_dialog import SettingsDialog

    window.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() and d.snapshot is not None
                                for d in window.findChildren(SettingsDialog)), timeout=TIMEOUT)
    return next(d for d in window.findChildren(SettingsDialog) if d.isVisible())


def _offer(window) -> QMessageBox | None:
    return next((b for b in window.findChildren(QMessageBox)
                 if b.objectName() == "lectern-restart-offer" and b.isVisible()), None)


def test_choosing_a_language_stores_it_and_offers_a_restart(qtbot, empty_paths, open_window):
    window = open_window(empty_paths)
    dialog = _open(qtbot, window)
    combo = dialog.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == \
        ["", "en", "ar", "zh_CN", "fr", "ru", "es", "pt"]
    assert combo.currentIndex() == 0 and combo.itemText(2) == "العربية"
    combo.setCurrentIndex(combo.findData("ar"))
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert language_choice(empty_paths).code == "ar"
    qtbot.waitUntil(lambda: _offer(window) is not None, timeout=TIMEOUT)
    offer = _offer(window)
    assert offer is not None
    later = next(b for b in offer.buttons() if offer.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    later.click()
    assert not QApplication.instance().property(RESTART_PROPERTY) and window.isVisible()
    # Opened again, the choice is shown; no restart is offered when nothing changed.
    dialog = _open(qtbot, window)
    assert dialog.language_combo.currentData() == "ar"
    assert restart_command()[0]


def test_a_locked_site_language_cannot_be_changed(qtbot, tmp_path, monkeypatch, empty_paths,
                                                  open_window):
    site = tmp_path / "lectern.toml"
    site.write_text('language = "fr"\nlocked = ["language"]\n', encoding="utf-8")
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(site))
    dialog = _open(qtbot, open_window(empty_paths))
    assert not dialog.language_combo.isEnabled()
    assert "Français" in dialog.language_combo.itemText(0)
    assert "language" not in dialog.changes()
