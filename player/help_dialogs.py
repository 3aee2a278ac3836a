"""Help ▸ Keyboard shortcuts, Help ▸ How Lectern works offline, and Help ▸ About.

Loaded only when one of them is opened. The shortcuts page is generated from the window's
menus, so it lists exactly the keys the menus have (in the learner's language and the
platform's notation); the keys item views handle themselves follow, and any `QShortcut` in
the window whose `whatsThis()` says what it does is listed too. About shows the version and
the data folder, which court IT asks for (they used to be in the status bar, where a long path
took the room the sync state needs).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from player.sizing import font_sized
from player.widgets import bold_font, heading_font

if TYPE_CHECKING:
    from sync.paths import DataPaths


def plain(text: str) -> str:
    """A menu text without its mnemonic and trailing dots: "&Import course…" -> "Import course"."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", "Close"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class ShortcutsDialog(QDialog):
    """Every key Lectern knows, grouped by where it works."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Every action is in a menu and can be reached with the keyboard: "
                               "Alt with the underlined letter opens a menu, Tab and Shift+Tab "
                               "move between controls."), self)
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About these keys"))
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Keys and what they do"))
        self.table.setColumnCount(2)
        self.table.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.rows: list[tuple[str, str, str]] = []  # (section, keys, what), for tests
        for section, entries in self.sections(window):
            if not entries:
                continue
            top = QTreeWidgetItem([section, ""])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold_font(top.font(0)))
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for keys, what in entries:
                row = QTreeWidgetItem([keys, what])
                row.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                            self.tr("%1: %2").replace("%1", keys).replace("%2", what))
                top.addChild(row)
                self.rows.append((section, keys, what))
            top.setExpanded(True)
        buttons = _close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(font_sized(self, 100, 42, 0.85))

    def sections(self, window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
        native = QKeySequence.SequenceFormat.NativeText

        def keys(*names: str) -> str:
            """Key names as Qt says them in the interface language ("Up" is "أعلى" in Arabic)."""
            return QLocale().createSeparatedList([QKeySequence(n).toString(native) for n in names])

        out: list[tuple[str, list[tuple[str, str]]]] = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()   # typed QObject (QtGui.pyi): a menu bar's are QMenus
            if not isinstance(menu, QMenu):
                continue
            entries = [(action.shortcut().toString(native), plain(action.text()))
                       for action in menu.actions()
                       if isinstance(action, QAction) and not action.shortcut().isEmpty()]
            out.append((self.tr("%1 menu").replace("%1", plain(menu_action.text())), entries))
        described = [(shortcut.key().toString(native), shortcut.whatsThis())
                     for shortcut in window.findChildren(QShortcut)
                     if shortcut.whatsThis() and not shortcut.key().isEmpty()]
        out.append((self.tr("In the open item"), described))
        out.append((self.tr("Course outline"), [
            (keys("Up", "Down"), self.tr("Move through the items")),
            (keys("Enter"), self.tr("Open the selected item")),
        ]))
        out.append((self.tr("Video (when the video has the focus)"), [
            (keys("Space"), self.tr("Play or pause")),
            (keys("Left", "Right"), self.tr("Back or forward 10 seconds")),
            (keys("Up", "Down"), self.tr("Volume up or down")),
            (keys("M"), self.tr("Mute or unmute")),
            (keys("C"), self.tr("Captions on or off")),
            (keys("F"), self.tr("Full screen on or off")),
            (keys("Esc"), self.tr("Leave full screen")),
        ]))
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(native)
        out.append((self.tr("PDF reading"), [
            (find, self.tr("Search in the document")),
            (keys("F3", "Shift+F3"), self.tr("Next or previous match")),
            (QKeySequence(QKeySequence.StandardKey.ZoomIn).toString(native)
             + ", " + QKeySequence(QKeySequence.StandardKey.ZoomOut).toString(native),
             self.tr("Zoom in or out")),
            (QKeySequence("Ctrl+0").toString(native), self.tr("Fit the page to the width")),
            (QKeySequence("Ctrl+PgDown").toString(native) + ", "
             + QKeySequence("Ctrl+PgUp").toString(native), self.tr("Next or previous page")),
        ]))
        out.append((self.tr("Discussion"), [
            (QKeySequence("Ctrl+Return").toString(native),
             self.tr("Send the post or reply you are writing")),
        ]))
        return out




class OfflineHelpDialog(QDialog):
    """How Lectern works offline, in plain words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How Lectern works offline"))
        self.setAccessibleName(self.tr("How Lectern works offline"))
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("How Lectern works offline"))
        self.text.setOpenLinks(False)
        self.text.setHtml(self.tr("""\
<h3>Everything you study is on this computer</h3>
<p>Videos, readings, quizzes and discussions of the courses in your library are stored on
this computer. You can study without any connection, for as long as you like.</p>
<h3>Your progress is saved at once</h3>
<p>Where you are in a video, the readings you finished, your quiz results and your forum
posts are saved on this computer the moment you make them, even if Lectern is closed or the
computer is shut down afterwards.</p>
<h3>Sending and receiving happens by itself</h3>
<p>When you are signed in to the course server and this computer is online, Lectern sends
your changes and fetches other learners' posts by itself, every few minutes and shortly after
you change something. You never have to press anything; “Sync now” (F5) only does it at
once. The bar at the bottom of the window says whether you are online and how many changes
are waiting.</p>
<h3>Nothing is lost while offline</h3>
<p>Changes made offline wait safely on this computer and are sent with the next sync. Posts
you write offline are marked “waiting to send” and reach the other learners after it.</p>
<h3>New courses and updates</h3>
<p>When online, Go ▸ Course catalog lists the courses the course server offers you to
download. Without a connection, court IT can give you a course file (.lectern), for example
on a USB stick: File ▸ Import course…</p>
"""))
        buttons = _close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(font_sized(self, 80, 34, 0.85))


class AboutDialog(QDialog):
    """Version, what Lectern is, and the data folder (selectable, copyable, openable)."""

    def __init__(self, paths: "DataPaths", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sync import __version__

        self.version = __version__
        self.data_folder = str(paths.root)
        self.setWindowTitle(self.tr("About Lectern"))
        self.setAccessibleName(self.tr("About Lectern"))

        title = QLabel(self.tr("Lectern %1").replace("%1", __version__), self)
        title.setFont(heading_font(title.font(), 1.3))
        title.setAccessibleName(self.tr("Version"))
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = title
        about = QLabel(self.tr(
            "Lectern plays courses fully offline: videos, readings and quizzes stay on this "
            "computer, and so does your progress. It sends your progress to the course "
            "server when this computer is online."), self)
        about.setWordWrap(True)
        about.setAccessibleName(self.tr("About"))

        folder_label = QLabel(self.tr("&Data folder (your courses and progress):"), self)
        folder_label.setWordWrap(True)
        self.folder = QLineEdit(self.data_folder, self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.folder.setCursorPosition(0)
        folder_label.setBuddy(self.folder)
        profile = QLabel(self.tr("Profile: %1").replace("%1", paths.profile), self)
        profile.setAccessibleName(self.tr("Profile"))
        profile.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy path"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the data folder's path"))
        self.copy_button.clicked.connect(self.copy_path)
        self.open_button = QPushButton(self.tr("&Open folder"), self)
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_folder)))
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.copy_button)
        folder_buttons.addWidget(self.open_button)
        folder_buttons.addStretch(1)

        buttons = _close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(folder_label)
        layout.addWidget(self.folder)
        layout.addLayout(folder_buttons)
        layout.addWidget(profile)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(font_sized(self, 70, 16, 0.85))

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.data_folder)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return font_sized(self, 70, 16, 0.85)
