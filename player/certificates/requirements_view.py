"""A course's Requirements view: what earns its certificate, each requirement done or not with
what is left ("1 more post to go"), and where the certificate stands (not yet earned / earned,
waiting to sync / issued / revoked). Offline: it shows what this computer knows, the same rule
the course server applies (`sync.requirements`), so the list matches what the server decides.

The view takes a plain `RequirementsPage`; the dialog that the course screen opens (Ctrl+R, or
its Requirements button) reads one through the bridge from `sync.services.certificates`.
Each requirement is a row of a list (Tab reaches it, arrows go through it, screen readers read
"Done" or what is left with it); done is said in words and a mark, never by colour alone.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from player.certificates.paper import long_date
from player.certificates.records import CertificateState, RequirementsPage
from player.error_messages import message_for
from player.widgets import NoticeLabel, bold_font, heading_font, make_label
from sync.requirements import RequirementKind, RequirementStatus

if TYPE_CHECKING:
    from player.bridge import TaskManager

__all__ = ["RequirementsDialog", "RequirementsView"]

#: the list row's data role holding "done" or "left" (tests, scripts)
DONE_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class RequirementsView(QWidget):
    """The checklist and the certificate's state for one course."""

    #: the learner asked for the Certificates screen (from an issued certificate's line)
    certificates_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Requirements for the certificate"))
        self.page: RequirementsPage | None = None
        self.heading = make_label(self, self.tr("Requirements for the certificate"),
                                  self.tr("Heading"), font=heading_font(self.font(), 1.3))
        self.course_label = make_label(self, "", self.tr("Course"), plain=True,
                                       font=bold_font(self.font()))
        self.state_label = make_label(self, "", self.tr("Certificate"), plain=True,
                                      selectable=True)
        self.state_label.setFont(bold_font(self.font()))
        self.summary_label = make_label(self, "", self.tr("Requirements done"), plain=True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Requirements"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        side = self.fontMetrics().height()
        self.list.setIconSize(QSize(side, side))
        self.notice = NoticeLabel(self.tr("Message"), self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.course_label)
        layout.addWidget(self.state_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.notice)

    # ------------------------------------------------------------------ words

    def _title(self, item_id: str) -> str:
        title = self.page.titles.get(item_id, item_id) if self.page else item_id
        return self.tr("“%1”").replace("%1", title)

    def _titles(self, item_ids: tuple[str, ...]) -> str:
        """“Forum 1”, or “Forum 1” or “Forum 2” (posts in any of them count)."""
        names = [self._title(i) for i in item_ids]
        if len(names) <= 1:
            return "".join(names)
        return self.tr("%1 or %2").replace("%1", self.tr(", ").join(names[:-1])).replace(
            "%2", names[-1])

    def requirement_words(self, status: RequirementStatus) -> tuple[str, str]:
        """What the requirement asks, and "Done" or what is left, in the interface language."""
        kind = status.kind
        if kind is RequirementKind.ITEM:
            what = self.tr("Complete %1").replace("%1", self._title(status.item_ids[0]))
            left = self.tr("Not done yet")
        elif kind is RequirementKind.QUIZ:
            what = self.tr("Pass %1").replace("%1", self._title(status.item_ids[0]))
            left = self.tr("Not passed yet")
        elif kind is RequirementKind.FORUM:
            what = self.tr("Post at least %n time(s) in %1", "", status.need).replace(
                "%1", self._titles(status.item_ids))
            left = self.tr("%n more post(s) to go", "", status.left)
        elif kind is RequirementKind.REPLY:
            what = self.tr("Reply to at least one colleague in the discussions")
            left = self.tr("No reply to a colleague yet")
        else:  # RUN_END
            ends = self.page.ends if self.page else None
            what = (self.tr("Before %1").replace("%1", long_date(ends, QLocale())) if ends
                    else self.tr("Before the course's end"))
            left = self.tr("The course ended before every requirement was done")
        return what, (self.tr("Done") if status.done else left)

    def state_words(self, page: RequirementsPage) -> str:
        if page.no_certificate:
            return self.tr("This course does not award a certificate.")
        if page.state is CertificateState.ISSUED:
            return self.tr("Certificate: issued. It is in Go ▸ Certificates, to save as a "
                           "PDF or print.")
        if page.state is CertificateState.REVOKED:
            return self.tr("Certificate: revoked. The course server withdrew it; ask the "
                           "course's organisers why.")
        if page.state is CertificateState.WAITING or page.checklist.earned:
            return self.tr("Certificate: earned, waiting to sync. The course server issues it "
                           "after this computer's next sync.")
        if page.checklist.ended:
            return self.tr("Certificate: not earned. The course ended before every "
                           "requirement was done.")
        return self.tr("Certificate: not yet earned. %n requirement(s) left.", "",
                       len(page.checklist.left))

    # ------------------------------------------------------------------ showing

    def show_page(self, page: RequirementsPage) -> None:
        """Show one course's requirements (replacing what was shown)."""
        from player.icons import Mark, mark_icon

        self.page = page
        self.notice.say("")
        self.course_label.setText(page.course_title)
        state = self.state_words(page)
        self.state_label.setText(state)
        self.state_label.setAccessibleDescription(state)
        statuses = list(page.checklist.statuses)
        shows_end = any(s.kind is RequirementKind.RUN_END for s in statuses)
        if page.ends is not None and not shows_end:
            # the run's end is still ahead: said as a requirement, nothing missed yet
            statuses.append(RequirementStatus(RequirementKind.RUN_END, (), 0, 0))
        self.summary_label.setText(self.tr("%1 of %2 requirements done").replace(
            "%1", QLocale().toString(page.checklist.done_count)).replace(
            "%2", QLocale().toString(len(page.checklist.statuses))))
        self.summary_label.setVisible(bool(page.checklist.statuses))
        self.list.clear()
        for status in statuses:
            what, left = self.requirement_words(status)
            upcoming = status.kind is RequirementKind.RUN_END and status.need == 0
            text = what if upcoming else self.tr("%1 — %2").replace("%1", what).replace(
                "%2", left)
            row = QListWidgetItem(text, self.list)
            row.setIcon(mark_icon(Mark.DONE if status.done and not upcoming else Mark.TODO))
            row.setData(DONE_ROLE, "done" if status.done else "left")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if self.list.count():
            self.list.setCurrentRow(0)

    def show_error(self, text: str) -> None:
        self.notice.say(text)

    def rows(self) -> list[str]:
        """The list's lines as shown (tests, scripts)."""
        return [self.list.item(i).text() for i in range(self.list.count())]


class RequirementsDialog(QDialog):
    """The Requirements view in a window of its own, beside the course (non-modal: a video
    keeps playing behind it); Escape or Close puts it away."""

    #: the page was shown (tests and scripts wait on it)
    loaded = Signal()

    def __init__(self, bridge: "TaskManager | None", course_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.course_id = course_id
        self.setWindowTitle(self.tr("Requirements — Lectern"))
        self.setAccessibleName(self.tr("Requirements for the certificate"))
        self.view = RequirementsView(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 80, fm.height() * 26)

    def refresh(self, service: Callable[..., Any] | None = None) -> None:
        """Read the course's checklist (store lane) and show it."""
        if self._bridge is None:
            return
        if service is None:
            from sync.services import certificates

            service = certificates.requirements_checklist
        from player.certificates.records import page_from_service

        def loaded(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.view.show_error(message_for(error).full_text())
            else:
                self.view.show_page(page_from_service(result))
            self.loaded.emit()

        self._bridge.call_service(service, loaded, context=self, course_id=self.course_id)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.view.list.setFocus(Qt.FocusReason.OtherFocusReason)
