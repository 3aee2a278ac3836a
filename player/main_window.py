"""The main window: the library and the course screen in a stack, menus, shortcuts, status.

Every action lives in a menu with a shortcut, so everything can be done from the keyboard:
Ctrl+O import, Ctrl+L library, Alt+Left / Alt+Right previous / next item, Ctrl+Q quit. The
item views own the playback keys (Space, arrows, F, C) while they have focus.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from player.bridge import Task, TaskManager
from player.course_view import CourseView
from player.import_dialog import ImportDialog
from player.library_view import LibraryView
from player.status_bar import StatusBar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Library and course screens; the only place that wires them to each other."""

    #: the import dialog was opened (for tests and scripted runs).
    import_dialog_opened = Signal(object)

    def __init__(self, bridge: TaskManager, caption_language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.import_dialog: ImportDialog | None = None
        self.demo_task: Task[Any] | None = None
        self.file_dialog: QFileDialog | None = None
        self._last_dir = QDir.homePath()
        self._closed = False
        self.setObjectName("lectern-main-window")
        self.setAccessibleName(self.tr("Lectern"))
        self.setWindowTitle(self.tr("Lectern"))

        self.library = LibraryView(bridge, self)
        self.course = CourseView(bridge, caption_language, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.library)
        self.stack.addWidget(self.course)
        self.setCentralWidget(self.stack)

        self.status = StatusBar(bridge, self)
        self.setStatusBar(self.status)

        self._make_actions()
        self.library.open_requested.connect(self.open_course)
        self.library.import_requested.connect(self.choose_bundle)
        self.course.library_requested.connect(self.show_library)
        self.course.title_changed.connect(self._course_title_changed)
        self.course.item_opened.connect(lambda _c, _i: self._update_actions())
        self.stack.currentChanged.connect(lambda _i: self._update_actions())
        self._update_actions()

        self.resize(self._initial_size())

    def _initial_size(self) -> QSize:
        """Room for the outline and a video, from the font, within 90% of the screen."""
        fm = self.fontMetrics()
        want = QSize(fm.averageCharWidth() * 175, fm.height() * 50)
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return want
        avail = screen.availableGeometry().size()
        return QSize(min(want.width(), int(avail.width() * 0.9)),
                     min(want.height(), int(avail.height() * 0.9)))

    # ------------------------------------------------------------------ actions

    def _make_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import course…"), self)
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+O")))
        self.import_action.setStatusTip(self.tr("Add a course from a .lectern file"))
        self.import_action.triggered.connect(self.choose_bundle)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.library_action = QAction(self.tr("&Library"), self)
        self.library_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.library_action.triggered.connect(self.show_library)
        go_menu.addAction(self.library_action)
        self.previous_action = QAction(self.tr("&Previous item"), self)
        self.previous_action.setShortcut(QKeySequence(self.tr("Alt+Left")))
        self.previous_action.triggered.connect(self.course.previous_item)
        go_menu.addAction(self.previous_action)
        self.next_action = QAction(self.tr("&Next item"), self)
        self.next_action.setShortcut(QKeySequence(self.tr("Alt+Right")))
        self.next_action.triggered.connect(self.course.next_item)
        go_menu.addAction(self.next_action)
        self.outline_action = QAction(self.tr("Course &outline"), self)
        self.outline_action.setShortcut(QKeySequence(self.tr("Ctrl+T")))
        self.outline_action.triggered.connect(
            lambda: self.course.outline.setFocus(Qt.FocusReason.ShortcutFocusReason))
        go_menu.addAction(self.outline_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Lectern"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _update_actions(self) -> None:
        in_course = self.stack.currentWidget() is self.course
        self.previous_action.setEnabled(in_course and self.course.previous_button.isEnabled())
        self.next_action.setEnabled(in_course and self.course.next_button.isEnabled())
        self.outline_action.setEnabled(in_course)
        self.library_action.setEnabled(in_course)

    # ------------------------------------------------------------------ screens

    def show_library(self) -> None:
        """Back to the library: the open item saves its state and stops (e.g. the video)."""
        self.course.close_item()
        self.stack.setCurrentWidget(self.library)
        self.setWindowTitle(self.tr("Lectern"))
        self.library.refresh()
        self.library.focus_first_course()

    def open_course(self, course_id: str, item_id: str | None = None) -> None:
        """Show a course; with `item_id` (from "Continue") open that item at its saved place."""
        self.stack.setCurrentWidget(self.course)
        self.course.open_course(course_id, item_id)

    def _course_title_changed(self, title: str) -> None:
        self.setWindowTitle(self.tr("%1 — Lectern").replace("%1", title) if title
                            else self.tr("Lectern"))

    # ------------------------------------------------------------------ import

    def choose_bundle(self) -> None:
        """Ask for a `.lectern` file (a non-blocking dialog), then import it."""
        dialog = QFileDialog(self, self.tr("Import course"), self._last_dir,
                             self.tr("Lectern courses (*.lectern);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setAccessibleName(self.tr("Choose a course file"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.start_import(Path(path)))
        dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog = dialog
        dialog.open()

    def start_import(self, bundle_path: Path, policy: Any = None) -> ImportDialog:
        """Import one file with a progress dialog; the library refreshes when it is done."""
        self._last_dir = str(Path(bundle_path).parent)
        dialog = ImportDialog(self.bridge, bundle_path, policy=policy, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _r: self.library.refresh())
        dialog.open_course_requested.connect(lambda cid: self.open_course(cid, None))
        dialog.finished.connect(lambda _r: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        dialog.start()
        self.import_dialog_opened.emit(dialog)
        return dialog

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Lectern"), self.tr(
            "Lectern plays courses fully offline: videos, readings and quizzes stay on this "
            "computer, and so does your progress."), QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # ------------------------------------------------------------------ lifecycle

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save the open item (its video position) and let queued writes reach the disk."""
        if not self._closed:
            self._closed = True
            self.course.close_item()
            self.bridge.shutdown()
        super().closeEvent(event)
