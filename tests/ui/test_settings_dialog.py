"""Settings, driven like a learner does: the real dialog on a real window and store, court
IT's site configuration from a real TOML file (LECTERN_SITE_CONFIG)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from player.settings_dialog import SettingsDialog
from sync.config import load_settings
from sync.signing import generate_keypair
from sync.site_config import load_site_config
from sync.store import LearnerStore
from sync.trust import add_trusted_key, trusted_keys

TIMEOUT = 10_000


def site_file(tmp_path: Path, monkeypatch, text: str) -> Path:
    path = tmp_path / "site" / "lectern.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(path))
    return path


def open_settings(qtbot, window) -> SettingsDialog:
    """Open Settings the way the learner does: the menu action's shortcut, Ctrl+,."""
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() and d.snapshot is not None
                                for d in window.findChildren(SettingsDialog)), timeout=TIMEOUT)
    return next(d for d in window.findChildren(SettingsDialog) if d.isVisible())


def save(qtbot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted


def stored(paths, name: str):
    with LearnerStore.open(paths.db) as store:
        return store.get_setting(name, None)


def test_locked_settings_are_disabled_and_labelled(qtbot, tmp_path, monkeypatch, empty_paths,
                                                   open_window):
    key = generate_keypair(tmp_path / "ministry", "Ministry of Justice training unit")
    site = site_file(tmp_path, monkeypatch, f"""
hub_url = "https://lectern-relay.court.local"
bandwidth_cap_kbps = 256
allow_unsigned_bundles = false
trusted_keys = ["{key.to_text().strip()}"]
locked = ["hub_url", "bandwidth_cap_kbps", "allow_unsigned_bundles", "trusted_keys"]
""")
    dialog = open_settings(qtbot, open_window(empty_paths))

    assert dialog.notice is None  # a correct file: no problem notice
    for name, controls in {"hub_url": [dialog.hub_url_edit],
                           "bandwidth_cap_kbps": [dialog.no_limit_check, dialog.bandwidth_spin],
                           "allow_unsigned_bundles": [dialog.unsigned_check],
                           "trusted_keys": [dialog.add_key_button, dialog.remove_key_button]
                           }.items():
        row = dialog.rows[name]
        assert row.locked_label.isVisibleTo(dialog), name
        assert row.locked_label.text() == "set by your administrator"
        assert str(site) in row.locked_label.toolTip(), name
        for control in controls:
            assert not control.isEnabled(), (name, control.accessibleName())
            assert str(site) in control.toolTip(), name
    # The site's values are what is shown.
    assert dialog.hub_url_edit.text() == "https://lectern-relay.court.local"
    assert not dialog.no_limit_check.isChecked() and dialog.bandwidth_spin.value() == 256
    assert "Ministry of Justice training unit" in dialog.keys_list.item(0).text()
    assert "court IT" in dialog.keys_list.item(0).text()
    # What court IT left open stays open, without the note.
    for name, control in (("proxy", dialog.proxy_edit), ("data_saver", dialog.data_saver_check),
                          ("download_hours", dialog.any_time_check)):
        assert control.isEnabled(), name
        assert not dialog.rows[name].locked_label.isVisibleTo(dialog), name
    # Every control can be reached and named.
    for row in dialog.rows.values():
        for control in row.controls:
            assert control.accessibleName(), control


def test_unlocked_settings_save_and_survive_reopening(qtbot, tmp_path, monkeypatch, empty_paths,
                                                      open_window):
    site_file(tmp_path, monkeypatch, 'hub_url = "https://relay.court.local"\n'
                                     'locked = ["hub_url"]\n')
    window = open_window(empty_paths)
    dialog = open_settings(qtbot, window)
    dialog.proxy_edit.clear()
    qtbot.keyClicks(dialog.proxy_edit, "http://proxy.court.local:3128")
    dialog.no_limit_check.setChecked(False)
    dialog.bandwidth_spin.setValue(512)
    dialog.any_time_check.setChecked(False)
    dialog.from_edit.setTime(QTime(21, 30))
    dialog.to_edit.setTime(QTime(6, 0))
    qtbot.mouseClick(dialog.data_saver_check, Qt.MouseButton.LeftButton)
    assert dialog.data_saver_check.isChecked()
    with qtbot.waitSignal(window.bridge.changed, timeout=TIMEOUT):
        save(qtbot, dialog)

    settings = load_settings(LearnerStore.open(empty_paths.db), load_site_config())
    assert settings.proxy == "http://proxy.court.local:3128"
    assert settings.bandwidth_cap_kbps == 512
    assert settings.download_hours == "21:30-06:00"
    assert settings.data_saver is True
    # Only what the learner changed is stored: court IT's values keep applying to the rest.
    assert stored(empty_paths, "hub_url") is None
    assert stored(empty_paths, "allow_unsigned_bundles") is None

    again = open_settings(qtbot, window)
    assert again is not dialog
    assert again.proxy_edit.text() == "http://proxy.court.local:3128"
    assert not again.no_limit_check.isChecked() and again.bandwidth_spin.value() == 512
    assert not again.any_time_check.isChecked()
    assert again.from_edit.time() == QTime(21, 30) and again.to_edit.time() == QTime(6, 0)
    assert again.data_saver_check.isChecked()
    assert again.hub_url_edit.text() == "https://relay.court.local"
    # Back to "no limit" and "any time".
    again.no_limit_check.setChecked(True)
    again.any_time_check.setChecked(True)
    assert not again.bandwidth_spin.isEnabled() and not again.from_edit.isEnabled()
    save(qtbot, again)
    qtbot.waitUntil(lambda: stored(empty_paths, "download_hours") == "", timeout=TIMEOUT)
    assert stored(empty_paths, "bandwidth_cap_kbps") == 0


def test_invalid_input_is_explained_in_plain_words_and_nothing_is_saved(
        qtbot, tmp_path, empty_paths, open_window):
    dialog = open_settings(qtbot, open_window(empty_paths))
    dialog.hub_url_edit.setText("relay.court.local")
    dialog.proxy_edit.setText("ftp://proxy.court.local")
    dialog.ca_bundle_edit.setText(str(tmp_path / "missing.pem"))
    dialog.any_time_check.setChecked(False)
    dialog.from_edit.setTime(QTime(8, 0))
    dialog.to_edit.setTime(QTime(8, 0))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    errors = {name: row.error_label for name, row in dialog.rows.items()
              if row.error_label.isVisibleTo(dialog)}
    assert set(errors) == {"hub_url", "proxy", "ca_bundle", "download_hours"}
    assert "https://" in errors["hub_url"].text()
    assert "“ftp://”" in errors["proxy"].text()
    assert f"There is no file at {tmp_path / 'missing.pem'}" in errors["ca_bundle"].text()
    assert "same time" in errors["download_hours"].text()
    assert dialog.isVisible()
    assert dialog.hub_url_edit.hasFocus()  # the first problem has the focus
    assert "Nothing was saved" in dialog.status_label.text()

    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("hello")
    dialog.ca_bundle_edit.setText(str(not_pem))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "not a certificate file" in dialog.rows["ca_bundle"].error_label.text()
    qtbot.wait(100)
    assert all(stored(empty_paths, name) is None
               for name in ("hub_url", "proxy", "ca_bundle", "download_hours"))

    # Corrected, it saves (and the errors go away).
    pem = tmp_path / "court-ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    dialog.hub_url_edit.setText("https://relay.court.local")
    dialog.proxy_edit.setText("")
    dialog.ca_bundle_edit.setText(str(pem))
    dialog.to_edit.setTime(QTime(17, 0))
    save(qtbot, dialog)
    assert stored(empty_paths, "hub_url") == "https://relay.court.local"
    assert stored(empty_paths, "ca_bundle") == str(pem)
    assert stored(empty_paths, "download_hours") == "08:00-17:00"


def test_a_lock_added_while_the_dialog_is_open_is_refused_at_the_field(
        qtbot, tmp_path, monkeypatch, empty_paths, open_window):
    site = site_file(tmp_path, monkeypatch, "data_saver = false\n")
    dialog = open_settings(qtbot, open_window(empty_paths))
    site.write_text('proxy = "http://court-proxy:8080"\nlocked = ["proxy"]\n')
    dialog.proxy_edit.setText("http://my-proxy:3128")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    error = dialog.rows["proxy"].error_label
    qtbot.waitUntil(lambda: error.isVisibleTo(dialog), timeout=TIMEOUT)
    assert "administrator" in error.text()
    assert dialog.isVisible()
    assert stored(empty_paths, "proxy") is None


def test_site_config_problems_are_shown_at_the_top(qtbot, tmp_path, monkeypatch, empty_paths,
                                                   open_window):
    site = site_file(tmp_path, monkeypatch,
                     'hub_url = "https://relay.court.local"\nproxy = 3128\n')
    dialog = open_settings(qtbot, open_window(empty_paths))
    assert dialog.notice is not None and dialog.notice.isVisibleTo(dialog)
    assert f"{site}, line 2" in dialog.notice.problems_label.text()
    assert "'proxy'" in dialog.notice.problems_label.text()
    assert dialog.notice.dismiss_button is None  # in Settings it stays
    # The good line still applies.
    assert dialog.hub_url_edit.text() == "https://relay.court.local"


def test_unsigned_courses_come_with_a_warning(qtbot, empty_paths, open_window):
    dialog = open_settings(qtbot, open_window(empty_paths))
    assert not dialog.unsigned_warning.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.unsigned_check, Qt.MouseButton.LeftButton)
    assert dialog.unsigned_warning.isVisibleTo(dialog)
    assert "ask court IT" in dialog.unsigned_warning.text()
    save(qtbot, dialog)
    assert stored(empty_paths, "allow_unsigned_bundles") is True


def test_trusted_publishers_add_from_a_pub_file_and_remove(qtbot, tmp_path, monkeypatch,
                                                           empty_paths, open_window):
    ministry = generate_keypair(tmp_path / "ministry", "Ministry of Justice training unit")
    site_file(tmp_path, monkeypatch, f'trusted_keys = ["{ministry.to_text().strip()}"]\n')
    academy = generate_keypair(tmp_path / "academy", "Judicial Academy")
    window = open_window(empty_paths)
    dialog = open_settings(qtbot, window)

    # Court IT's key: listed, cannot be removed.
    dialog.keys_list.setCurrentRow(0)
    assert "Ministry" in dialog.keys_list.currentItem().text()
    assert not dialog.remove_key_button.isEnabled()

    # Add through the file chooser.
    qtbot.mouseClick(dialog.add_key_button, Qt.MouseButton.LeftButton)
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    chooser.selectFile(str(tmp_path / "academy.pub"))
    chooser.accept()
    qtbot.waitUntil(lambda: dialog.keys_list.count() == 2, timeout=TIMEOUT)
    assert "Judicial Academy" in dialog.keys_list.currentItem().text()
    assert dialog.remove_key_button.isEnabled()

    # The same key again, and a damaged file: explained, not added.
    dialog.add_key_file(tmp_path / "academy.pub")
    error = dialog.rows["trusted_keys"].error_label
    qtbot.waitUntil(lambda: error.isVisibleTo(dialog), timeout=TIMEOUT)
    assert "already trusted" in error.text()
    broken = tmp_path / "broken.pub"
    broken.write_text("lectern-ed25519 not-base64!!\n")
    dialog.add_key_file(broken)
    qtbot.waitUntil(lambda: "damaged" in error.text(), timeout=TIMEOUT)
    assert dialog.keys_list.count() == 2

    save(qtbot, dialog)
    with LearnerStore.open(empty_paths.db) as store:
        assert [k.key_id for k in trusted_keys(store)] == [academy.key_id]

    again = open_settings(qtbot, window)
    assert again.keys_list.count() == 2
    again.keys_list.setCurrentRow(1)
    qtbot.mouseClick(again.remove_key_button, Qt.MouseButton.LeftButton)
    assert again.keys_list.count() == 1
    save(qtbot, again)
    qtbot.waitUntil(lambda: not trusted_keys(LearnerStore.open(empty_paths.db)), timeout=TIMEOUT)


def test_cancel_keeps_everything(qtbot, empty_paths, open_window):
    with LearnerStore.open(empty_paths.db) as store:
        key = generate_keypair(empty_paths.root / "k", "Academy")
        add_trusted_key(store, key)
    dialog = open_settings(qtbot, open_window(empty_paths))
    dialog.proxy_edit.setText("http://proxy:1")
    dialog.keys_list.setCurrentRow(0)
    dialog.remove_selected_key()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.wait(100)
    assert stored(empty_paths, "proxy") is None
    with LearnerStore.open(empty_paths.db) as store:
        assert [k.key_id for k in trusted_keys(store)] == [key.key_id]


def test_settings_lay_out_right_to_left(qtbot, qapp, empty_paths, open_window):
    from PySide6.QtWidgets import QLabel

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window(empty_paths)
        dialog = open_settings(qtbot, window)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        label = next(lb for lb in dialog.findChildren(QLabel)
                     if lb.buddy() is dialog.hub_url_edit)

        def x(widget) -> int:
            return widget.mapTo(dialog, widget.rect().center()).x()

        assert x(label) > x(dialog.hub_url_edit)  # the label on the right, the field left
        assert x(dialog.ca_browse_button) < x(dialog.ca_bundle_edit)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_course_server_in_use_is_shown_while_signed_in(qtbot, empty_paths, open_window):
    """#12.13: signed in, the address field showed nothing. It shows the account's course
    server, read-only (the sign-in decides it), says who is signed in, and saves nothing."""
    from PySide6.QtWidgets import QLabel

    from sync.credentials import Credentials, save_credentials

    save_credentials(empty_paths, Credentials("https://courses.court.example", "judge.a",
                                              "token", "Courtroom 3 PC"))
    dialog = open_settings(qtbot, open_window(empty_paths))
    assert dialog.hub_url_edit.text() == "https://courses.court.example"
    assert dialog.hub_url_edit.isReadOnly()
    assert dialog.signed_in_note.isVisibleTo(dialog)
    assert "judge.a" in dialog.signed_in_note.text()
    assert "sign out" in dialog.hub_url_edit.accessibleDescription()
    label = next(lb for lb in dialog.findChildren(QLabel) if lb.buddy() is dialog.hub_url_edit)
    assert label.text().replace("&", "") == "Course server address:"
    assert dialog.changes() == {}
    dialog.data_saver_check.setChecked(True)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: stored(empty_paths, "data_saver") is True, timeout=TIMEOUT)
    assert stored(empty_paths, "hub_url") is None


def test_court_it_locked_course_server_is_shown_over_an_earlier_sign_in(
        qtbot, tmp_path, monkeypatch, empty_paths, open_window):
    from sync.credentials import Credentials, save_credentials

    site_file(tmp_path, monkeypatch, 'hub_url = "https://relay.court.local"\n'
                                     'locked = ["hub_url"]\n')
    save_credentials(empty_paths, Credentials("https://old.example.org", "judge.a", "token",
                                              "PC"))
    dialog = open_settings(qtbot, open_window(empty_paths))
    assert dialog.hub_url_edit.text() == "https://relay.court.local"
    assert not dialog.hub_url_edit.isEnabled()
    assert dialog.rows["hub_url"].locked_label.isVisibleTo(dialog)
    # The earlier sign-in was to another server: nobody is signed in to this one.
    assert not dialog.signed_in_note.isVisibleTo(dialog)
    dialog.reject()
