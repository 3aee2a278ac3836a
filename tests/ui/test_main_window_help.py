"""Help: Keyboard shortcuts (generated from the real actions), How Lectern works offline, and
About with the version and the data folder (issue #12 items 20 and 22)."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

import sync
from player.help_dialogs import plain


def _help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")


def test_help_menu_has_shortcuts_offline_and_about(open_window, demo_paths):
    window = open_window(demo_paths)
    texts = [plain(a.text()) for a in _help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["Keyboard shortcuts", "How Lectern works offline", "About Lectern"]
    assert window.shortcuts_action.shortcut() == QKeySequence("F1")
    # The course server is called that in the menus, not "hub".
    menus = [plain(a.text()) for a in window.menuBar().actions()]
    assert "Course server" in menus and not any("hub" in m.lower() for m in menus)


def test_shortcuts_are_generated_from_the_window_actions(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.shortcuts_action.trigger()
    dialog = window._help_dialogs["shortcuts"]
    assert dialog.isVisible()
    native = QKeySequence.SequenceFormat.NativeText
    listed = {(keys, what) for _section, keys, what in dialog.rows}
    actions = [a for m in window.menuBar().actions() if m.menu() is not None
               for a in m.menu().actions() if not a.shortcut().isEmpty()]
    assert len(actions) >= 10
    for action in actions:
        assert (action.shortcut().toString(native), plain(action.text())) in listed, action.text()
    # A shortcut added later (as an item view may) shows up too.
    from PySide6.QtGui import QShortcut

    extra = QShortcut(QKeySequence("Ctrl+Shift+Y"), window)
    extra.setWhatsThis("Do something new")
    window.shortcuts_action.trigger()  # raises the open one
    assert window._help_dialogs["shortcuts"] is dialog
    dialog.reject()
    qtbot.waitUntil(lambda: "shortcuts" not in window._help_dialogs)
    window.shortcuts_action.trigger()
    again = window._help_dialogs["shortcuts"]
    assert ("In the open item", "Ctrl+Shift+Y", "Do something new") in again.rows
    assert any(section.startswith("Video") and keys == "Space" for section, keys, _ in again.rows)
    again.reject()


def test_offline_help_in_plain_words(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.offline_action.trigger()
    dialog = window._help_dialogs["offline"]
    text = dialog.text.toPlainText()
    assert "Nothing is lost while offline" in text and "course server" in text
    assert "hub" not in text.lower()
    dialog.reject()


def test_about_shows_the_version_and_the_data_folder(qtbot, open_window, demo_paths):
    window = open_window(demo_paths)
    window.about_action.trigger()
    about = window._help_dialogs["about"]
    assert sync.__version__ in about.title.text()
    assert about.folder.text() == str(demo_paths.root)
    about.copy_button.click()
    assert QApplication.clipboard().text() == str(demo_paths.root)
    for button in (about.copy_button, about.open_button):
        assert button.accessibleName()
    about.reject()
