"""The main window's course-server side: sign-in and sign-out, what a sync brings to the open
screens, course updates (the update banner), finished downloads and "Get standard quality".

The `SyncController` and the `DownloadManager` do the work; this wires their signals to the
window's screens and says what happened in the status bar. Kept apart from
`player.main_window`, which builds the screens and menus, so each stays short. The words use
the "MainWindow" translation context, where they have always been.
"""
from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from player.bridge import Lane

if TYPE_CHECKING:
    from player.certificates.screen import CertificateAnnouncer
    from player.main_window import MainWindow
    from player.sign_in_dialog import SignInDialog
    from sync.services.account import Account

__all__ = ["HubWiring"]


class HubWiring(QObject):
    """Connects the window's sync controller, download manager and update banner to its
    screens and status bar (one per window, its child)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        #: the sign-in dialog while it is open (one at a time)
        self.sign_in_dialog: SignInDialog | None = None
        self._announcer: CertificateAnnouncer | None = None
        sync, banner = window.sync, window.update_banner
        sync.sign_in_needed.connect(self.ask_sign_in)
        sync.changed.connect(self._sync_changed)
        sync.synced.connect(self._synced)
        sync.updates_arrived.connect(self._updates_arrived)
        window.downloads.course_installed.connect(self._course_installed)
        banner.update_requested.connect(self._update_courses)
        banner.dismissed.connect(self._updates_dismissed)
        notice = getattr(sync, "notice", None)  # passing sentences, e.g. offline F5
        if notice is not None:
            notice.connect(self._notice)

    def _notice(self, text: str) -> None:
        self._window.status.showMessage(text, 10000)

    # ------------------------------------------------------------------ sync

    def _sync_changed(self) -> None:
        catalog = self._window.built_catalog
        if catalog is not None:
            catalog.set_account(self._window.sync.account)
        self._window.update_actions()

    def _synced(self, summary: Any) -> None:
        """Others' posts, own progress from other devices: the open screens show them."""
        window = self._window
        course = window.built_course
        if course is not None:
            course.remote_changed()
        if summary.pulled:
            self._check_certificates()
            window.inbox.refresh()      # announcements come with sync (#17)
            if window.stack.currentWidget() is window.library:
                window.library.refresh()

    def _check_certificates(self) -> None:
        """A certificate that came with this sync is said once, in the status bar (never a
        popup over a video); an open Certificates screen shows it."""
        if self._announcer is None:
            from player.certificates.screen import CertificateAnnouncer

            self._announcer = CertificateAnnouncer(
                self._window.bridge, lambda text: self._window.status.showMessage(text, 15000), self)
        self._announcer.check()
        screen = self._window.built_certificates
        if screen is not None and self._window.stack.currentWidget() is screen:
            screen.refresh()

    def completion_next_step(self, course_id: str) -> str:
        """What happens to a completion now, in plain words, by where the course came from
        and whether this computer is signed in."""
        course = self._window.built_course
        opened = course.data if course is not None else None
        if opened is not None and opened.course.id == course_id and opened.local_only:
            return QCoreApplication.translate(
                "MainWindow", "This is a demo course: your progress stays on this computer and "
                "is not sent to the course server. You can review any item at any time.")
        if self._window.sync.signed_in:
            return QCoreApplication.translate(
                "MainWindow", "Your completion is sent to the course server with your next "
                "sync, which happens by itself when this computer is online. You can review "
                "any item at any time.")
        return QCoreApplication.translate(
            "MainWindow", "Your completion is kept on this computer. Sign in to the course "
            "server (Course server ▸ Sign in…) to send it. You can review any item at any "
            "time.")

    # ------------------------------------------------------------------ updates and downloads

    def _updates_arrived(self, updates: list[Any]) -> None:
        self._window.update_banner.show_updates(updates)
        if len(updates) == 1:
            text = QCoreApplication.translate(
                "MainWindow", "A new version of “%1” is on the course server.").replace(
                "%1", updates[0].title)
        else:
            # self.tr: lupdate marks a plural only there (context "HubWiring").
            text = self.tr("New versions of %n course(s) are on the course server.", "",
                           len(updates))
        self._window.status.showMessage(text, 8000)

    def get_standard_quality(self, course_id: str) -> None:
        """The video asked for the better copies a low-bandwidth install left out: only the
        missing files are fetched; the Downloads screen shows the progress."""
        self._window.downloads.upgrade(course_id, "standard", self._upgrade_queued)

    def _upgrade_queued(self, _job: Any, error: BaseException | None) -> None:
        from player.error_messages import message_for

        if error is not None:
            self._window.status.showMessage(message_for(error).text, 10000)
        else:
            self._window.status.showMessage(QCoreApplication.translate(
                "MainWindow", "The standard quality videos are being downloaded (Ctrl+J shows "
                "them)."), 10000)

    def _update_courses(self, wanted: list[tuple[str, int]]) -> None:
        """The banner's one click: queue each update, then mark the notices as seen."""
        for course_id, version in wanted:
            self._window.downloads.enqueue_update(course_id, version, self._update_queued)
        self._window.update_banner.set_queued()

    def _update_queued(self, _job: Any, error: BaseException | None) -> None:
        from player.error_messages import message_for

        if error is not None:
            self._window.library.show_notice(message_for(error).full_text())
            return
        self._updates_dismissed()

    def _updates_dismissed(self) -> None:
        from sync.services.sync import dismiss_updates

        self._window.bridge.call_service(dismiss_updates)

    def _course_installed(self, course_id: str) -> None:
        window = self._window
        window.update_banner.course_installed(course_id)
        window.status.showMessage(QCoreApplication.translate(
            "MainWindow", "A course finished downloading and is in your library."), 10000)
        window.library.refresh()

    # ------------------------------------------------------------------ account

    def ask_sign_in(self, reason: str = "") -> None:
        """Open the sign-in dialog (once); on success the controller syncs at once."""
        from player.sign_in_dialog import SignInDialog

        if self.sign_in_dialog is not None:
            self.sign_in_dialog.raise_()
            self.sign_in_dialog.activateWindow()
            return
        window = self._window
        dialog = SignInDialog(window.bridge, window.sync.account, reason=reason,
                              timings=window.sync_timings.network, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(self._signed_in)
        dialog.finished.connect(self._sign_in_closed)
        self.sign_in_dialog = dialog
        dialog.open()
        window.sign_in_dialog_opened.emit(dialog)

    def _sign_in_closed(self, _result: int) -> None:
        self.sign_in_dialog = None

    def _signed_in(self, account: Any) -> None:
        window = self._window
        window.status.showMessage(QCoreApplication.translate(
            "MainWindow", "Signed in to %1 as %2.").replace(
            "%1", account.hub_url).replace("%2", account.username), 8000)
        window.sync.account_signed_in(account)
        catalog = window.built_catalog
        if catalog is not None:
            catalog.set_account(account)
            if window.stack.currentWidget() is catalog:
                catalog.refresh()

    def sign_out(self) -> None:
        """Forget the token here (and revoke it on the hub when reachable); pending changes
        stay in the outbox for the next sign-in."""
        from sync.services.account import read_account, sign_out

        window = self._window
        paths = window.bridge.paths

        def done(_result: Any, error: BaseException | None) -> None:
            if error is None:
                window.status.showMessage(QCoreApplication.translate(
                    "MainWindow", "Signed out. Changes not yet sent are kept on this "
                    "computer."), 8000)
            window.bridge.call_service(read_account, reread, context=self, paths=paths)

        def reread(account: Account | None, error: BaseException | None) -> None:
            if error is None and account is not None:
                window.sync.signed_out(account)

        def revoke() -> None:
            sign_out(paths)

        window.bridge.submit(revoke, done, lane=Lane.NETWORK, context=self)

    # ------------------------------------------------------------------ sync files (USB)

    def _show_sync_file_message(self, text: str, *, problem: bool = False) -> None:
        """The outcome of a sync file, in a window-modal box (kept as `sync_file_message`)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information,
                          self.tr("Sync by file"), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("syncFileMessage")
        box.setAccessibleName(self.tr("Sync by file"))
        box.setAccessibleDescription(text)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sync_file_message = box
        box.open()

    def _sync_file_error(self, error: BaseException) -> None:
        from sync.errors import LecternError

        if isinstance(error, LecternError):
            text = error.message  # the service's plain words (a refused file says why in one line)
        else:
            text = self.tr("Something went wrong with the sync file; nothing was changed. The log "
                           "has the details.")
        self._show_sync_file_message(text, problem=True)

    def save_changes_to_file(self) -> None:
        """Hub ▸ Save changes to a file…: everything waiting, signed, for court IT to import
        where this computer has no network (sync.services.sync_files.export_file)."""
        from datetime import date
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from sync.services.sync_files import export_file

        window = self._window
        suggested = str(Path.home() / f"lectern-changes-{date.today().isoformat()}.lectern-sync")
        name, _filter = QFileDialog.getSaveFileName(
            window, self.tr("Save changes to a file"), suggested,
            self.tr("Lectern sync files (*.lectern-sync)"))
        if not name:
            return
        if not name.endswith(".lectern-sync"):
            name += ".lectern-sync"

        def done(saved: Any, error: BaseException | None) -> None:
            if error is not None:
                self._sync_file_error(error)
                return
            text = self.tr("Saved %n change(s) to %1. Take the file to court IT; they give you a reply "
                           "file to load with “Load a reply file…”.", "",
                           saved.changes).replace("%1", str(saved.path))
            if saved.left_out:
                text += " " + self.tr("%n more change(s) wait for the next file.", "", saved.left_out)
            self._show_sync_file_message(text)

        window.bridge.call_service(export_file, done, context=self, paths=window.bridge.paths, out=Path(name))

    def load_reply_file(self) -> None:
        """Hub ▸ Load a reply file…: the course server's signed answer to a saved file
        (sync.services.sync_files.import_reply): acks, refusals, others' posts, certificates."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from sync.services.sync_files import import_reply

        window = self._window
        name, _filter = QFileDialog.getOpenFileName(
            window, self.tr("Load a reply file"), str(Path.home()),
            self.tr("Replies from the course server (*.lectern-reply);;All files (*)"))
        if not name:
            return

        def done(loaded: Any, error: BaseException | None) -> None:
            window.sync.refresh_overview()
            if error is not None:
                self._sync_file_error(error)
                return
            parts = [self.tr("The course server accepted %n change(s).", "", loaded.accepted)]
            if loaded.refused:
                parts.append(self.tr("It refused %n of them; the course pages show why.", "", loaded.refused))
            if loaded.posts:
                parts.append(self.tr("%n new discussion(s) or message(s) arrived.", "", loaded.posts))
            if loaded.certificates:
                parts.append(self.tr("%n certificate(s) arrived.", "", loaded.certificates))
            if loaded.course_updates + loaded.other:
                parts.append(self.tr("%n other update(s) arrived.", "", loaded.course_updates + loaded.other))
            if not loaded.arrived:
                parts.append(self.tr("Nothing new arrived."))
            if loaded.more:
                parts.append(self.tr("The course server has more for you: save your changes to a file "
                                     "and take it to court IT again."))
            self._show_sync_file_message(" ".join(parts))
            if loaded.arrived:
                self._synced(SimpleNamespace(pulled=loaded.arrived))

        window.bridge.call_service(import_reply, done, writes=True, context=self,
                                   paths=window.bridge.paths, source=Path(name))
