"""The main window's menu bar: File, Go, Course server and Help, every action with its
shortcut and status tip (every action has a menu, so the keyboard reaches all of them). The
window keeps its actions under the same names (`window.library_action`, ...) and enables them
for the screen shown (`MainWindow.update_actions`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from player.main_window import MainWindow


class WindowMenus(QObject):
    """Builds the menus of a main window; the actions are the window's children."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self._window = window
        self._build()

    def _add(self, menu: QMenu, text: str, triggered: Callable[..., object], *,
             shortcut: str = "", tip: str = "",
             role: QAction.MenuRole | None = None) -> QAction:
        """An action in `menu` (every action has a menu, so the keyboard reaches it)."""
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(triggered)
        menu.addAction(action)
        return action

    def _build(self) -> None:
        add = self._add
        window = self._window
        file_menu = window.menuBar().addMenu(self.tr("&File"))
        self.import_action = add(file_menu, self.tr("&Import course…"), window.choose_bundle,
                                 shortcut=self.tr("Ctrl+O"),
                                 tip=self.tr("Add a course from a .lectern file"))

        def open_settings() -> None:
            from player.settings import open_settings as show  # loads sync.config

            show(window, window.bridge)

        self.settings_action = add(file_menu, self.tr("&Settings…"), open_settings,
                                   shortcut=self.tr("Ctrl+,"),
                                   role=QAction.MenuRole.PreferencesRole,
                                   tip=self.tr("Course server, downloads and trusted publishers"))
        file_menu.addSeparator()
        self.quit_action = add(file_menu, self.tr("&Quit"), window.close, shortcut=self.tr("Ctrl+Q"),
                               role=QAction.MenuRole.QuitRole)

        go_menu = window.menuBar().addMenu(self.tr("&Go"))
        self.library_action = add(go_menu, self.tr("&Library"), window.show_library,
                                  shortcut=self.tr("Ctrl+L"))
        self.previous_action = add(go_menu, self.tr("&Previous item"),
                                   lambda: window.course.previous_item(),
                                   shortcut=self.tr("Alt+Left"))
        self.next_action = add(go_menu, self.tr("&Next item"), lambda: window.course.next_item(),
                               shortcut=self.tr("Alt+Right"))
        self.outline_action = add(
            go_menu, self.tr("Course &outline"),
            lambda: window.course.outline.setFocus(Qt.FocusReason.ShortcutFocusReason),
            shortcut=self.tr("Ctrl+T"))
        go_menu.addSeparator()
        self.catalog_action = add(go_menu, self.tr("Course &catalog"), window.show_catalog,
                                  shortcut=self.tr("Ctrl+K"),
                                  tip=self.tr("Courses the course server offers you, to download"))
        self.downloads_action = add(go_menu, self.tr("&Downloads"), window.show_downloads,
                                    shortcut=self.tr("Ctrl+J"),
                                    tip=self.tr("Progress of your downloads"))
        self.certificates_action = add(
            go_menu, self.tr("C&ertificates"), window.show_certificates,
            shortcut=self.tr("Ctrl+Shift+C"),
            tip=self.tr("Your certificates, to save as a PDF or a signed credential"))
        self.announcements_action = add(
            go_menu, self.tr("&Announcements"), window.show_announcements,
            shortcut=self.tr("Ctrl+Shift+A"),
            tip=self.tr("What the instructors of your courses announced"))

        hub_menu = window.menuBar().addMenu(self.tr("Course &server"))
        self.sign_in_action = add(hub_menu, self.tr("&Sign in…"), lambda: window.ask_sign_in(),
                                  tip=self.tr("Sign in to the course server"))
        self.sync_action = add(hub_menu, self.tr("Sync &now"), window.sync.sync_now,
                               shortcut=self.tr("F5"),
                               tip=self.tr("Send your changes and fetch others' posts now"))
        hub_menu.addSeparator()
        # Sync by USB stick where no network reaches (player.window_hub, #20).
        self.save_changes_action = add(
            hub_menu, self.tr("Save changes to a &file…"), lambda: window.hub.save_changes_to_file(),
            tip=self.tr("Save the changes waiting to a signed file, for court IT to take to the "
                        "course server"))
        self.load_reply_action = add(
            hub_menu, self.tr("&Load a reply file…"), lambda: window.hub.load_reply_file(),
            tip=self.tr("Load the course server's reply to a saved file: others' posts, "
                        "certificates and updates"))
        hub_menu.addSeparator()
        self.sign_out_action = add(hub_menu, self.tr("Sign &out"), window.sign_out,
                                   tip=self.tr("Forget the sign-in on this computer; changes "
                                               "not yet sent are kept"))

        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = add(help_menu, self.tr("&Keyboard shortcuts"), window.show_shortcuts,
                                    shortcut=self.tr("F1"),
                                    tip=self.tr("Every key Lectern knows, on one page"))
        self.offline_action = add(help_menu, self.tr("How Lectern works &offline"),
                                  window.show_offline_help,
                                  tip=self.tr("What is kept on this computer, and when it is "
                                              "sent to the course server"))
        help_menu.addSeparator()
        self.about_action = add(help_menu, self.tr("&About Lectern"), window.show_about,
                                role=QAction.MenuRole.AboutRole,
                                tip=self.tr("Version, and where your data is kept"))

    def show_signed_in(self, signed_in: bool) -> None:
        """Sign in… becomes Sign in again… once signed in."""
        self.sign_in_action.setText(self.tr("&Sign in again…") if signed_in
                                    else self.tr("&Sign in…"))
