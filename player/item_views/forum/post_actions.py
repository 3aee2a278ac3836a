"""Report…, Hide… and Restore… on a post of the forum view.

Report… (anyone, on what others wrote once it is on the course server) asks why, keeps the
report on this computer and sends it with the next sync. Hide… and Restore… (moderators, #17)
ask why, then the course server does it at once; a refusal says the server's own reason.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from .reason import ReasonDialog

if TYPE_CHECKING:
    from player.item_views.forum_item_view import ForumItemView


class PostActions(QObject):
    """The actions a post offers in the forum view, and the reason each one asks for."""

    def __init__(self, view: "ForumItemView") -> None:
        super().__init__(view)
        self._view = view
        #: the reason dialog while it is open (report, hide, restore)
        self.reason_dialog: ReasonDialog | None = None

    def run(self, action: str, index: int) -> None:
        """A post's action link was followed (index 0: the thread's opening post)."""
        view = self._view
        if view.current_thread is None or not 0 <= index <= len(view.posts):
            return
        entry = view.entry_at(index)
        if action == "report":
            self.ask_report(entry.id)
        elif action in ("hide", "restore"):
            self.ask_moderate(entry.id, action == "hide")

    def _ask_reason(self, title: str, explanation: str, action: str,
                    then: Callable[[str], None]) -> ReasonDialog:
        if self.reason_dialog is not None:
            self.reason_dialog.close()
        dialog = ReasonDialog(title, explanation, action, self._view)

        def finished(result: int) -> None:
            self.reason_dialog = None
            if result == ReasonDialog.DialogCode.Accepted and dialog.reason():
                then(dialog.reason())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def ask_report(self, target_id: str) -> ReasonDialog:
        """Report… : why, then the report is kept here and sent with the next sync."""
        forum = self._view.ctx.forum
        assert forum is not None and forum.report is not None
        report = forum.report

        def send(reason: str) -> None:
            report(target_id, reason, self._view.guard(self._reported))

        return self._ask_reason(
            self.tr("Report a message"),
            self.tr("The moderators of this course will read your report and decide. The "
                    "author is not told who reported it. Your report is sent with the next sync."),
            self.tr("&Report"), send)

    def _reported(self, _report: Any, error: BaseException | None) -> None:
        if error is not None:
            self._view.show_error(error)
            return
        self._view.show_message(self.tr("Thank you. Your report is kept on this computer and "
                                        "reaches the moderators with the next sync."))

    def ask_moderate(self, target_id: str, hide: bool) -> ReasonDialog:
        """Hide… or Restore… (moderators): why, then the course server does it at once."""
        forum = self._view.ctx.forum
        assert forum is not None and forum.moderate is not None
        moderate = forum.moderate

        def send(reason: str) -> None:
            self._view.show_message(self.tr("Asking the course server…"))
            moderate(target_id, hide, reason, self._view.guard(self._moderated))

        if hide:
            return self._ask_reason(
                self.tr("Hide a message"),
                self.tr("Learners no longer see it after their next sync; its author sees that "
                        "a moderator hid it, with your reason. Nothing is deleted, and the course "
                        "server's audit log keeps who hid it and why."),
                self.tr("&Hide"), send)
        return self._ask_reason(
            self.tr("Restore a message"),
            self.tr("Learners see it again after their next sync. The audit log keeps your reason."),
            self.tr("&Restore"), send)

    def _moderated(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self._staff_error(error)
            return
        self._view.show_message(
            self.tr("Hidden. Learners no longer see it after their next sync.") if result.hidden
            else self.tr("Restored. Learners see it again after their next sync."))
        self._view.reload()

    def _staff_error(self, error: BaseException) -> None:
        """A refusal of a staff action says the course server's own reason."""
        from sync.errors import HubError, HubErrorKind

        if isinstance(error, HubError) and error.kind is HubErrorKind.FORBIDDEN:
            self._view.show_message(
                self.tr("The course server refused: %1").replace("%1", str(error)))
            return
        self._view.show_error(error)
