"""The main window: the library and the course screen in a stack, menus, shortcuts, status.

Every action lives in a menu with a shortcut, so everything can be done from the keyboard:
Ctrl+O import, Ctrl+L library, Ctrl+K catalog, Ctrl+J downloads, F5 sync now, Alt+Left /
Alt+Right previous / next item, Ctrl+Q quit, F1 the list of keys (Help ▸ Keyboard shortcuts,
generated from these actions). The item views own the playback keys (Space, arrows, F, C)
while they have focus. The course server side (sign-in, automatic sync, downloads) is owned by
a `SyncController` and a `DownloadManager`; this window only wires them to screens.

The window always fits its screen: it opens at a size from the font, capped to the screen's
available area, or where it was last closed (clamped to the screen it is on now), and every
screen sits in a scroll area that scrolls only if a screen cannot shrink enough (very large
fonts on a small laptop), so no minimum size can push the window past the screen's edge.

Only the library is built at start: the course, catalog and downloads screens (and their
modules, the item icons with QtSvg among them) are built the first time they are shown, so
the first screen costs no more memory than it needs.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDir, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QFrame, QMainWindow, QMenu, QScrollArea, QStackedWidget, QWidget

from player.bridge import Lane, Task, TaskManager
from player.download_manager import DownloadManager
from player.library_view import LibraryView
from player.sizing import FillHost, FitWhenShown, SavedGeometry, available_area, center_on_screen, font_sized
from player.status_bar import StatusBar
from player.sync_controller import SyncController, SyncTimings
from player.update_banner import UpdateBanner
from player.widgets import OneOfEach

if TYPE_CHECKING:
    from player.catalog_view import CatalogView
    from player.course_view import CourseView
    from player.downloads_view import DownloadsView
    from player.import_dialog import ImportDialog
    from sync.services.account import Account

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Library and course screens; the only place that wires them to each other."""

    #: the import dialog was opened (for tests and scripted runs).
    import_dialog_opened = Signal(object)
    #: the sign-in dialog was opened (for tests and scripted runs).
    sign_in_dialog_opened = Signal(object)

    def __init__(self, bridge: TaskManager, caption_language: str = "en",
                 parent: QWidget | None = None, *,
                 sync_timings: SyncTimings | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.caption_language = caption_language
        self.sync_timings = sync_timings or SyncTimings()
        self.import_dialog: ImportDialog | None = None
        self.sign_in_dialog: Any = None
        self.demo_task: Task[Any] | None = None
        self.file_dialog: QFileDialog | None = None
        self._help = OneOfEach()
        #: the help dialogs open now, by kind (tests look them up)
        self._help_dialogs = self._help.dialogs
        self._last_dir = QDir.homePath()
        self._closed = False
        self.setObjectName("lectern-main-window")
        self.setAccessibleName(self.tr("Lectern"))
        self.setWindowTitle(self.tr("Lectern"))

        network = self.sync_timings.network
        self.downloads = DownloadManager(bridge, network, self)
        self.sync = SyncController(bridge, self.downloads, self.sync_timings, self)
        self.library = LibraryView(bridge, self)
        self.update_banner = UpdateBanner(self)
        self.library.insert_banner(self.update_banner)
        # The course, catalog and downloads screens are built when first shown: the first
        # paint stays fast and the library screen small (see the module docstring).
        self._course: CourseView | None = None
        self._catalog: CatalogView | None = None
        self._downloads_view: DownloadsView | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.library)
        # A safety net, not a look: it scrolls only when a screen's minimum size is larger
        # than the window can be on this screen (see the module docstring).
        self.screens = QScrollArea(self)
        self.screens.setObjectName("screens")
        self.screens.setWidgetResizable(True)
        self.screens.setFrameShape(QFrame.Shape.NoFrame)
        self.screens.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screens.setAccessibleName(self.tr("Lectern"))
        host = FillHost()
        host.set_content(self.stack)
        self.screens.setWidget(host)
        self.setCentralWidget(self.screens)

        self.status = StatusBar(bridge, self)
        self.setStatusBar(self.status)
        self.status.attach(self.sync)

        self._make_actions()
        self.library.open_requested.connect(self.open_course)
        self.library.review_requested.connect(
            lambda cid: self.open_course(cid, None, from_start=True))
        self.library.import_requested.connect(self.choose_bundle)
        self.stack.currentChanged.connect(lambda _i: self._update_actions())
        self._wire_network()
        self._update_actions()

        self.resize(self._initial_size())
        self._geometry = SavedGeometry(bridge.paths.profile_dir / "window.ini")
        FitWhenShown(self)
        if not self._geometry.restore(self):
            center_on_screen(self)

    def _initial_size(self) -> QSize:
        """Room for the outline and a video, from the font, within 90% of the screen; on a
        small screen (or a large scale: 2x on 1366x768 leaves 683x384) all of it."""
        avail = available_area(self)
        small = avail is not None and (avail.width() < 1000 or avail.height() < 600)
        return font_sized(self, 175, 50, 1.0 if small else 0.9)

    # ------------------------------------------------------------------ actions

    def _add_action(self, menu: QMenu, text: str, triggered: Callable[..., object], *,
                    shortcut: str = "", tip: str = "",
                    role: QAction.MenuRole | None = None) -> QAction:
        """An action in `menu` (every action has a menu, so the keyboard reaches it)."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if role is not None:
            action.setMenuRole(role)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(triggered)
        menu.addAction(action)
        return action

    def _make_actions(self) -> None:
        add = self._add_action
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = add(file_menu, self.tr("&Import course…"), self.choose_bundle,
                                 shortcut=self.tr("Ctrl+O"),
                                 tip=self.tr("Add a course from a .lectern file"))

        def open_settings() -> None:
            from player.settings import open_settings as show  # loads sync.config

            show(self, self.bridge)

        self.settings_action = add(file_menu, self.tr("&Settings…"), open_settings,
                                   shortcut=self.tr("Ctrl+,"),
                                   role=QAction.MenuRole.PreferencesRole,
                                   tip=self.tr("Course server, downloads and trusted publishers"))
        file_menu.addSeparator()
        self.quit_action = add(file_menu, self.tr("&Quit"), self.close, shortcut=self.tr("Ctrl+Q"),
                               role=QAction.MenuRole.QuitRole)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.library_action = add(go_menu, self.tr("&Library"), self.show_library,
                                  shortcut=self.tr("Ctrl+L"))
        self.previous_action = add(go_menu, self.tr("&Previous item"),
                                   lambda: self.course.previous_item(),
                                   shortcut=self.tr("Alt+Left"))
        self.next_action = add(go_menu, self.tr("&Next item"), lambda: self.course.next_item(),
                               shortcut=self.tr("Alt+Right"))
        self.outline_action = add(
            go_menu, self.tr("Course &outline"),
            lambda: self.course.outline.setFocus(Qt.FocusReason.ShortcutFocusReason),
            shortcut=self.tr("Ctrl+T"))
        go_menu.addSeparator()
        self.catalog_action = add(go_menu, self.tr("Course &catalog"), self.show_catalog,
                                  shortcut=self.tr("Ctrl+K"),
                                  tip=self.tr("Courses the course server offers you, to download"))
        self.downloads_action = add(go_menu, self.tr("&Downloads"), self.show_downloads,
                                    shortcut=self.tr("Ctrl+J"),
                                    tip=self.tr("Progress of your downloads"))

        hub_menu = self.menuBar().addMenu(self.tr("Course &server"))
        self.sign_in_action = add(hub_menu, self.tr("&Sign in…"), lambda: self.ask_sign_in(),
                                  tip=self.tr("Sign in to the course server"))
        self.sync_action = add(hub_menu, self.tr("Sync &now"), self.sync.sync_now,
                               shortcut=self.tr("F5"),
                               tip=self.tr("Send your changes and fetch others' posts now"))
        hub_menu.addSeparator()
        self.sign_out_action = add(hub_menu, self.tr("Sign &out"), self.sign_out,
                                   tip=self.tr("Forget the sign-in on this computer; changes "
                                               "not yet sent are kept"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = add(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                    shortcut=self.tr("F1"),
                                    tip=self.tr("Every key Lectern knows, on one page"))
        self.offline_action = add(help_menu, self.tr("How Lectern works &offline"),
                                  self.show_offline_help,
                                  tip=self.tr("What is kept on this computer, and when it is "
                                              "sent to the course server"))
        help_menu.addSeparator()
        self.about_action = add(help_menu, self.tr("&About Lectern"), self.show_about,
                                role=QAction.MenuRole.AboutRole,
                                tip=self.tr("Version, and where your data is kept"))

    def _update_actions(self) -> None:
        course = self._course if self.stack.currentWidget() is self._course else None
        in_course = course is not None
        self.previous_action.setEnabled(course is not None and course.previous_button.isEnabled())
        self.next_action.setEnabled(course is not None and course.next_button.isEnabled())
        self.outline_action.setEnabled(in_course)
        self.library_action.setEnabled(self.stack.currentWidget() is not self.library)
        # Others' replies arrive sooner while a discussion is on screen.
        self.sync.set_forum_open(course is not None and course.showing_forum())
        signed_in = self.sync.signed_in
        self.sign_out_action.setEnabled(signed_in)
        self.sign_in_action.setText(self.tr("&Sign in again…") if signed_in
                                    else self.tr("&Sign in…"))

    # ------------------------------------------------------------------ screens

    def _close_item(self) -> None:
        """The open item (if a course was ever shown) saves its state and stops."""
        if self._course is not None:
            self._course.close_item()

    def show_library(self) -> None:
        """Back to the library: the open item saves its state and stops (e.g. the video)."""
        self._close_item()
        self.stack.setCurrentWidget(self.library)
        self.setWindowTitle(self.tr("Lectern"))
        self.library.refresh()
        self.library.focus_first_course()

    @property
    def course(self) -> CourseView:
        """The course screen, built on first use (with the outline's icons and QtSvg)."""
        if self._course is None:
            from player.course_view import CourseView

            course = CourseView(self.bridge, self.caption_language, self)
            course.library_requested.connect(self.show_library)
            course.title_changed.connect(self._course_title_changed)
            course.course_completed.connect(self._course_completed)
            course.standard_quality_requested.connect(self._get_standard_quality)
            course.item_opened.connect(lambda _c, _i: self._update_actions())
            self._course = course
            self.stack.addWidget(course)
        return self._course

    @property
    def catalog(self) -> CatalogView:
        """The catalog screen, built on first use."""
        if self._catalog is None:
            from player.catalog_view import CatalogView

            self._catalog = CatalogView(self.bridge, self.downloads, self.sync_timings.network,
                                        self)
            self._catalog.sign_in_requested.connect(lambda: self.ask_sign_in())
            self._catalog.downloads_requested.connect(self.show_downloads)
            self._catalog.set_account(self.sync.account)
            self.stack.addWidget(self._catalog)
        return self._catalog

    @property
    def downloads_view(self) -> DownloadsView:
        """The downloads screen, built on first use."""
        if self._downloads_view is None:
            from player.downloads_view import DownloadsView

            self._downloads_view = DownloadsView(self.bridge, self.downloads, self)
            self._downloads_view.catalog_requested.connect(self.show_catalog)
            self._downloads_view.open_course_requested.connect(
                lambda cid: self.open_course(cid))
            self.stack.addWidget(self._downloads_view)
        return self._downloads_view

    def show_catalog(self) -> None:
        """The hub's courses (Ctrl+K); asks the hub again each time it is opened."""
        self._close_item()
        self.stack.setCurrentWidget(self.catalog)
        self.setWindowTitle(self.tr("Course catalog — Lectern"))
        self.catalog.set_account(self.sync.account)
        self.catalog.refresh()
        self.catalog.focus_first()

    def show_downloads(self) -> None:
        """The download queue (Ctrl+J), restored from the store."""
        self._close_item()
        self.stack.setCurrentWidget(self.downloads_view)
        self.setWindowTitle(self.tr("Downloads — Lectern"))
        self.downloads_view.refresh()
        self.downloads_view.focus_first()

    def open_course(self, course_id: str, item_id: str | None = None, *,
                    from_start: bool = False) -> None:
        """Show a course; with `item_id` (from "Continue") open that item at its saved place;
        `from_start` (a completed course's "Review") opens its first item."""
        self.stack.setCurrentWidget(self.course)
        self.course.open_course(course_id, item_id, from_start=from_start)

    def _course_completed(self, course_id: str) -> None:
        """The last required item was just completed: say so, and what happens next."""
        self.course.show_completion(self.completion_next_step(course_id))

    def completion_next_step(self, course_id: str) -> str:
        """What happens to a completion now, in plain words, by where the course came from
        and whether this computer is signed in."""
        from sync import sync_engine  # loaded with the sync controller by now

        if course_id in getattr(sync_engine, "LOCAL_ONLY_COURSES", frozenset()):
            return self.tr("This is a demo course: your progress stays on this computer and "
                           "is not sent to the course server. You can review any item at any "
                           "time.")
        if self.sync.signed_in:
            return self.tr("Your completion is sent to the course server with your next "
                           "sync, which happens by itself when this computer is online. You "
                           "can review any item at any time.")
        return self.tr("Your completion is kept on this computer. Sign in to the course "
                       "server (Course server ▸ Sign in…) to send it. You can review any item "
                       "at any time.")

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
        from player.import_dialog import ImportDialog

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

    # ------------------------------------------------------------------ hub

    def _wire_network(self) -> None:
        self.sync.sign_in_needed.connect(self.ask_sign_in)
        self.sync.changed.connect(self._sync_changed)
        self.sync.synced.connect(self._synced)
        self.sync.updates_arrived.connect(self._updates_arrived)
        self.downloads.course_installed.connect(self._course_installed)
        self.update_banner.update_requested.connect(self._update_courses)
        self.update_banner.dismissed.connect(self._updates_dismissed)
        notice = getattr(self.sync, "notice", None)  # passing sentences, e.g. offline F5
        if notice is not None:
            notice.connect(lambda text: self.status.showMessage(text, 10000))

    def start_network(self) -> None:
        """Begin the connectivity watch and restore downloads (after the first paint)."""
        self.sync.start()

    def _sync_changed(self) -> None:
        if self._catalog is not None:
            self._catalog.set_account(self.sync.account)
        self._update_actions()

    def _synced(self, summary: Any) -> None:
        """Others' posts, own progress from other devices: the open screens show them."""
        if self._course is not None:
            self._course.remote_changed()
        if summary.pulled and self.stack.currentWidget() is self.library:
            self.library.refresh()

    def _updates_arrived(self, updates: list[Any]) -> None:
        self.update_banner.show_updates(updates)
        if len(updates) == 1:
            text = self.tr("A new version of “%1” is on the course server.").replace(
                "%1", updates[0].title)
        else:
            text = self.tr("New versions of %n course(s) are on the course server.", "",
                           len(updates))
        self.status.showMessage(text, 8000)

    def _get_standard_quality(self, course_id: str) -> None:
        """The video asked for the better copies a low-bandwidth install left out: only the
        missing files are fetched; the Downloads screen shows the progress."""
        def queued(_job: Any, error: BaseException | None) -> None:
            from player.error_messages import message_for

            if error is not None:
                self.status.showMessage(message_for(error).text, 10000)
            else:
                self.status.showMessage(self.tr("The standard quality videos are being "
                                                "downloaded (Ctrl+J shows them)."), 10000)

        self.downloads.upgrade(course_id, "standard", queued)

    def _update_courses(self, wanted: list[tuple[str, int]]) -> None:
        """The banner's one click: queue each update, then mark the notices as seen."""
        for course_id, version in wanted:
            self.downloads.enqueue_update(course_id, version, self._update_queued)
        self.update_banner.set_queued()

    def _update_queued(self, _job: Any, error: BaseException | None) -> None:
        from player.error_messages import message_for

        if error is not None:
            self.library.show_notice(message_for(error).full_text())
            return
        self._updates_dismissed()

    def _updates_dismissed(self) -> None:
        from sync.services.sync import dismiss_updates

        self.bridge.call_service(dismiss_updates)

    def _course_installed(self, course_id: str) -> None:
        self.update_banner.course_installed(course_id)
        self.status.showMessage(self.tr("A course finished downloading and is in your "
                                        "library."), 10000)
        self.library.refresh()

    def ask_sign_in(self, reason: str = "") -> None:
        """Open the sign-in dialog (once); on success the controller syncs at once."""
        from player.sign_in_dialog import SignInDialog

        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()
            return
        dialog = SignInDialog(self.bridge, self.sync.account, reason=reason,
                              timings=self.sync_timings.network, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(lambda _r: setattr(self, "sign_in_dialog", None))
        self.sign_in_dialog = dialog
        dialog.open()
        self.sign_in_dialog_opened.emit(dialog)

    def _signed_in(self, account: Any) -> None:
        self.status.showMessage(self.tr("Signed in to %1 as %2.").replace(
            "%1", account.hub_url).replace("%2", account.username), 8000)
        self.sync.account_signed_in(account)
        if self._catalog is not None:
            self._catalog.set_account(account)
            if self.stack.currentWidget() is self._catalog:
                self._catalog.refresh()

    def sign_out(self) -> None:
        """Forget the token here (and revoke it on the hub when reachable); pending changes
        stay in the outbox for the next sign-in."""
        from sync.services.account import read_account, sign_out

        paths = self.bridge.paths

        def done(_result: Any, error: BaseException | None) -> None:
            if error is None:
                self.status.showMessage(self.tr("Signed out. Changes not yet sent are kept "
                                                "on this computer."), 8000)
            self.bridge.call_service(read_account, reread, context=self, paths=paths)

        def reread(account: "Account | None", error: BaseException | None) -> None:
            if error is None and account is not None:
                self.sync.signed_out(account)

        self.bridge.submit(lambda: sign_out(paths), done, lane=Lane.NETWORK, context=self)

    # ------------------------------------------------------------------ help

    def show_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts (F1): generated from this window's actions."""
        from player.help_dialogs import ShortcutsDialog

        return self._help.show("shortcuts", lambda: ShortcutsDialog(self))

    def show_offline_help(self) -> QWidget:
        """Help ▸ How Lectern works offline."""
        from player.help_dialogs import OfflineHelpDialog

        return self._help.show("offline", lambda: OfflineHelpDialog(self))

    def show_about(self) -> QWidget:
        """Help ▸ About: the version and the data folder (court IT asks for both)."""
        from player.help_dialogs import AboutDialog

        return self._help.show("about", lambda: AboutDialog(self.bridge.paths, self))

    # ------------------------------------------------------------------ lifecycle

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save the open item (its video position) and let queued writes reach the disk."""
        if not self._closed:
            self._closed = True
            self._geometry.save(self)
            self._close_item()
            self.sync.stop()
            self.bridge.shutdown()
        super().closeEvent(event)
