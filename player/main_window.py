"""The main window: the library and the course screen in a stack, menus, shortcuts, status.

Every action lives in a menu with a shortcut, so everything can be done from the keyboard:
Ctrl+O import, Ctrl+L library, Ctrl+K catalog, Ctrl+J downloads, F5 sync now, Alt+Left /
Alt+Right previous / next item, Ctrl+Q quit, F1 the list of keys (Help ▸ Keyboard shortcuts,
generated from these actions). The item views own the playback keys (Space, arrows, F, C)
while they have focus. The course server side (sign-in, automatic sync, downloads) is owned by
a `SyncController` and a `DownloadManager`; `player.window_hub.HubWiring` wires them to the
screens and the status bar.

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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDir, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from player.announcements import AnnouncementBanner, Inbox
from player.bridge import Task, TaskManager
from player.download_manager import DownloadManager
from player.library_view import LibraryView
from player.sizing import FillHost, FitWhenShown, SavedGeometry, available_area, center_on_screen, font_sized
from player.status_bar import StatusBar
from player.sync_controller import SyncController, SyncTimings
from player.update_banner import UpdateBanner
from player.widgets import OneOfEach
from player.widgets.palette import follow_contrast_preference
from player.window_hub import HubWiring
from player.window_menus import WindowMenus

if TYPE_CHECKING:
    from player.announcements import AnnouncementInbox
    from player.catalog_view import CatalogView
    from player.certificates.screen import CertificatesScreen
    from player.course_view import CourseView
    from player.downloads_view import DownloadsView
    from player.import_dialog import ImportDialog
    from player.sign_in_dialog import SignInDialog

log = logging.getLogger(__name__)

#: how often the hub-clock estimate is kept (ms), so a reboot resumes from there (#17)
CLOCK_CHECKPOINT_MS = 5 * 60 * 1000


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
        self.demo_task: Task[Any] | None = None
        self.file_dialog: QFileDialog | None = None
        self._help = OneOfEach()
        #: the help dialogs open now, by kind (tests look them up)
        self._help_dialogs = self._help.dialogs
        self._last_dir = QDir.homePath()
        self._closed = False
        # WCAG contrast: Lectern's palette, high-contrast when the profile or the OS asks.
        follow_contrast_preference(bridge, self)
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
        self._certificates: CertificatesScreen | None = None
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
        # Announcements of the learner's course runs (#17): the newest unread one in a banner
        # above every screen; the inbox from Go ▸ Announcements and the status bar.
        self.inbox = Inbox(bridge, self)
        self.announcement_dialog: AnnouncementInbox | None = None
        self.announcement_banner = AnnouncementBanner(self)
        self.announcement_banner.open_requested.connect(self.show_announcements)
        self.announcement_banner.read_requested.connect(lambda aid: self.inbox.mark_read(aid))
        central = QWidget(self)
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.announcement_banner)
        column.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.status = StatusBar(bridge, self)
        self.setStatusBar(self.status)
        self.status.attach(self.sync)
        self.status.announcements_requested.connect(self.show_announcements)
        self.inbox.changed.connect(self._announcements_changed)
        # The hub-clock estimate is kept every few minutes and at exit (sync.hub_clock).
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_CHECKPOINT_MS)
        self._clock_timer.timeout.connect(self.checkpoint_clock)
        self._clock_timer.start()

        self._make_actions()
        #: the course server's side: sign-in, sync results, updates, finished downloads
        self.hub = HubWiring(self)
        self.library.open_requested.connect(self.open_course)
        self.library.review_requested.connect(
            lambda cid: self.open_course(cid, None, from_start=True))
        self.library.import_requested.connect(self.choose_bundle)
        self.stack.currentChanged.connect(self.update_actions)
        self.update_actions()

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

    def _make_actions(self) -> None:
        """The menus (`player.window_menus`); their actions stay reachable as the window's."""
        self.menus = m = WindowMenus(self)
        self.import_action = m.import_action
        self.settings_action = m.settings_action
        self.quit_action = m.quit_action
        self.library_action = m.library_action
        self.previous_action = m.previous_action
        self.next_action = m.next_action
        self.outline_action = m.outline_action
        self.catalog_action = m.catalog_action
        self.downloads_action = m.downloads_action
        self.certificates_action = m.certificates_action
        self.announcements_action = m.announcements_action
        self.sign_in_action = m.sign_in_action
        self.sync_action = m.sync_action
        self.sign_out_action = m.sign_out_action
        self.shortcuts_action = m.shortcuts_action
        self.offline_action = m.offline_action
        self.about_action = m.about_action

    def update_actions(self, *_args: object) -> None:
        """Enable what applies to the screen shown (and the sign-in state)."""
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
        self.menus.show_signed_in(signed_in)

    # ------------------------------------------------------------------ screens
    # A screen is registered in four places, all in this class: its slot in __init__ (None
    # until shown), a property that builds it, wires it and adds it to `self.stack`, a
    # `show_…` that closes the open item and makes it current, and its Go-menu action.

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
            course.standard_quality_requested.connect(self.hub.get_standard_quality)
            course.language_download_requested.connect(self._download_language)
            course.item_opened.connect(self.update_actions)
            course.requirements.certificates_requested.connect(self.show_certificates)
            self._course = course
            self.stack.addWidget(course)
        return self._course

    @property
    def built_course(self) -> CourseView | None:
        """The course screen if it was ever shown (building it is not worth a sync)."""
        return self._course

    @property
    def built_catalog(self) -> CatalogView | None:
        """The catalog screen if it was ever shown."""
        return self._catalog

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

    @property
    def certificates_view(self) -> CertificatesScreen:
        """The certificates screen, built on first use."""
        if self._certificates is None:
            from player.certificates.screen import CertificatesScreen

            self._certificates = CertificatesScreen(self.bridge, self)
            self.stack.addWidget(self._certificates)
        return self._certificates

    @property
    def built_certificates(self) -> CertificatesScreen | None:
        """The certificates screen if it was ever shown."""
        return self._certificates

    def show_certificates(self) -> None:
        """Every certificate this learner holds (Ctrl+Shift+C), to open, print or save."""
        self._close_item()
        self.stack.setCurrentWidget(self.certificates_view)
        self.setWindowTitle(self.tr("Certificates — Lectern"))
        self.certificates_view.refresh()
        self.certificates_view.focus_first()

    def _download_language(self, course_id: str, version: int) -> None:
        """A language version chosen on the course screen that is not on this computer: it
        joins the download queue (only the files the installed versions lack are fetched)."""
        self.downloads.enqueue(course_id, version, "standard")
        self.status.showMessage(self.tr("The other language of this course is downloading; see "
                                        "Downloads (Ctrl+J). You can keep studying meanwhile."), 15000)

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

    # ------------------------------------------------------------------ announcements (#17)

    def show_announcements(self) -> QWidget:
        """Go ▸ Announcements (Ctrl+Shift+A): the inbox, one dialog at a time."""
        from player.announcements import AnnouncementInbox

        if self.announcement_dialog is None:
            dialog = AnnouncementInbox(self.inbox, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _r: setattr(self, "announcement_dialog", None))
            self.announcement_dialog = dialog
            dialog.open()
        else:
            self.announcement_dialog.raise_()
            self.announcement_dialog.activateWindow()
        self.inbox.refresh()
        return self.announcement_dialog

    def _announcements_changed(self) -> None:
        unread = self.inbox.unread
        self.announcements_action.setText(
            self.tr("&Announcements") if not unread
            else self.tr("&Announcements (%n unread)", "", unread))
        self.status.show_announcements(unread)
        state = self.inbox.state
        self.announcement_banner.show_announcement(state.newest_unread if state else None, unread)

    def checkpoint_clock(self) -> None:
        """Keep the hub-clock estimate (sync.hub_clock): after a reboot it resumes from here."""
        from sync.services.runs import checkpoint_clock

        if not self.bridge.closing:
            self.bridge.call_service(checkpoint_clock, None)

    def open_course(self, course_id: str, item_id: str | None = None, *,
                    from_start: bool = False) -> None:
        """Show a course; with `item_id` (from "Continue") open that item at its saved place;
        `from_start` (a completed course's "Review") opens its first item."""
        self.stack.setCurrentWidget(self.course)
        self.course.open_course(course_id, item_id, from_start=from_start)
        # The button that opened it (Start, Continue) went with the library: the keyboard
        # lands on the outline rather than nowhere (WCAG 2.4.3, focus order).
        focus = QApplication.focusWidget()
        if focus is None or not focus.isVisible() or not self.course.isAncestorOf(focus):
            self.course.outline.setFocus(Qt.FocusReason.OtherFocusReason)

    def _course_completed(self, course_id: str) -> None:
        """The last required item was just completed: say so, and what happens next."""
        self.course.show_completion(self.completion_next_step(course_id))

    def completion_next_step(self, course_id: str) -> str:
        """What happens to a completion now, in plain words (see `HubWiring`)."""
        return self.hub.completion_next_step(course_id)

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

    def start_network(self) -> None:
        """Begin the connectivity watch and restore downloads (after the first paint); read
        the announcements kept here."""
        self.sync.start()
        self.inbox.refresh()

    @property
    def sign_in_dialog(self) -> SignInDialog | None:
        """The sign-in dialog while it is open."""
        return self.hub.sign_in_dialog

    def ask_sign_in(self, reason: str = "") -> None:
        """Open the sign-in dialog (once); on success the controller syncs at once."""
        self.hub.ask_sign_in(reason)

    def sign_out(self) -> None:
        """Forget the sign-in here; changes not yet sent are kept (see `HubWiring`)."""
        self.hub.sign_out()

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
            self._clock_timer.stop()
            self.checkpoint_clock()      # queued before shutdown, which waits for it
            self.bridge.shutdown()
        super().closeEvent(event)
