"""A broken site configuration never stops Lectern: the main window opens with a notice that
names the file and the line. A bad value falls back to its default; a file that is not valid
TOML locks every setting (at what its other lines say, else the default) until it is fixed."""
from __future__ import annotations

from pathlib import Path

from player.site_notice import SiteNotice

TIMEOUT = 10_000


def broken(tmp_path: Path, monkeypatch, text: str) -> Path:
    path = tmp_path / "etc" / "lectern.toml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(path))
    return path


def test_malformed_toml_still_starts_the_main_window_with_a_notice(
        qtbot, tmp_path, monkeypatch, demo_paths, open_window):
    site = broken(tmp_path, monkeypatch, '# court IT\nhub_url = "https://relay"\n'
                                         'proxy = http://proxy:3128\n')
    window = open_window(demo_paths)
    qtbot.waitUntil(lambda: getattr(window, "site_notice", None) is not None, timeout=TIMEOUT)
    notice: SiteNotice = window.site_notice
    assert notice.isVisible()
    text = notice.full_text()
    assert str(site) in text and "line 3" in text, text
    assert "Court IT's settings file has a problem" in text
    assert "every setting is locked" in text
    # The app works: the library lists the demo course, nothing blocks the window.
    qtbot.waitUntil(lambda: bool(window.library.cards), timeout=TIMEOUT)
    assert window.isVisible() and window.isEnabled()
    from PySide6.QtWidgets import QApplication

    assert QApplication.activeModalWidget() is None
    # As tall as its wrapped text at the window's width: no empty amber band under it.
    qtbot.waitUntil(lambda: notice.height() <= notice.layout().totalHeightForWidth(notice.width())
                    + notice.fontMetrics().height(), timeout=TIMEOUT)
    # It can be hidden from the keyboard, and says how.
    assert notice.dismiss_button is not None and notice.dismiss_button.accessibleName()
    notice.dismiss_button.click()
    assert not notice.isVisible()


def test_a_wrong_value_names_its_line_and_the_rest_of_the_file_applies(
        qtbot, tmp_path, monkeypatch, empty_paths, open_window):
    site = broken(tmp_path, monkeypatch, 'hub_url = "https://relay.court.local"\n'
                                         'bandwidth_cap_kbps = "fast"\n')
    window = open_window(empty_paths)
    qtbot.waitUntil(lambda: getattr(window, "site_notice", None) is not None, timeout=TIMEOUT)
    assert f"{site}, line 2: 'bandwidth_cap_kbps'" in window.site_notice.full_text()


def test_a_correct_site_config_shows_no_notice(qtbot, tmp_path, monkeypatch, empty_paths,
                                                open_window):
    broken(tmp_path, monkeypatch, 'hub_url = "https://relay.court.local"\n')
    window = open_window(empty_paths)
    qtbot.waitUntil(lambda: not window.bridge.busy, timeout=TIMEOUT)
    qtbot.wait(50)
    assert getattr(window, "site_notice", None) is None


def test_a_toml_syntax_error_shows_every_setting_locked_in_settings(
        qtbot, tmp_path, monkeypatch, empty_paths, open_window):
    """Issue #13.5: a syntax error used to drop every lock; now Settings shows them all
    locked, with the value the file's readable lines give."""
    from player.settings_dialog import SettingsDialog

    site = broken(tmp_path, monkeypatch, 'hub_url = "https://relay.court.local"\n'
                                         'proxy = http://proxy:3128\n')
    window = open_window(empty_paths)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() and d.snapshot is not None
                                for d in window.findChildren(SettingsDialog)), timeout=TIMEOUT)
    dialog = next(d for d in window.findChildren(SettingsDialog) if d.isVisible())
    assert dialog.notice is not None and f"{site}, line 2" in dialog.notice.full_text()
    assert dialog.rows and all(dialog.is_locked(name) for name in dialog.rows)
    assert all(not w.isEnabled() for row in dialog.rows.values() for w in row.controls)
    assert dialog.hub_url_edit.text() == "https://relay.court.local"
    dialog.reject()
