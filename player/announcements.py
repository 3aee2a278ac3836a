"""Announcements from the instructors of the learner's course runs (issue #17): an inbox (Go ▸
Announcements, and the status bar's "n new announcements"), and a banner above every screen
for the newest one not read yet.

They arrive with sync (`sync.services.runs.announcements`); whether one was read is kept on
this computer only. Opening one in the inbox marks it read; the banner's "Mark as read" does
the same for the one it shows. Their words are the instructors' own: shown as plain text
(Markdown such as lists works, with nothing loaded from anywhere, as forum posts).
"""
from __future__ import annotations

from datetime import timezone
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from player.dates import format_datetime
from player.widgets import heading_font
from player.widgets.banner import Banner

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from sync.services.runs import Announcement, Announcements

__all__ = ["AnnouncementBanner", "AnnouncementInbox", "Inbox", "published"]

ANNOUNCEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def published(announcement: "Announcement") -> str:
    """When it was published (the hub's time), in the learner's locale."""
    moment = announcement.published_at.astimezone(timezone.utc)
    return format_datetime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))


class Inbox(QObject):
    """The announcements as last read from the store, for the window's inbox, banner, Go menu
    and status bar; `changed` after each read."""

    changed = Signal()

    def __init__(self, bridge: "TaskManager", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.state: Announcements | None = None
        #: how many times they were read (tests wait on it)
        self.loads = 0

    @property
    def unread(self) -> int:
        return self.state.unread if self.state is not None else 0

    @property
    def items(self) -> "tuple[Announcement, ...]":
        return self.state.items if self.state is not None else ()

    def refresh(self) -> None:
        """Read them again (after a sync, or a mark as read)."""
        import sync.schedule  # noqa: F401 - imported here, never first in a worker
        from sync.services.runs import announcements

        self._bridge.call_service(announcements, self._loaded, context=self)

    def _loaded(self, state: Any, error: BaseException | None) -> None:
        self.loads += 1
        if error is None:
            self.state = state
        self.changed.emit()

    def mark_read(self, announcement_id: str, then: Callable[[], None] | None = None) -> None:
        """One announcement read (kept on this computer)."""
        from sync.services.runs import mark_announcement_read

        def done(_result: Any, error: BaseException | None) -> None:
            if error is None:
                self.refresh()
                if then is not None:
                    then()

        self._bridge.call_service(mark_announcement_read, done, context=self,
                                  announcement_id=announcement_id)

    def mark_all_read(self) -> None:
        from sync.services.runs import mark_all_announcements_read

        def done(_result: Any, error: BaseException | None) -> None:
            if error is None:
                self.refresh()

        self._bridge.call_service(mark_all_announcements_read, done, context=self)


class AnnouncementBanner(Banner):
    """The newest announcement not read yet, above every screen: its title and first lines,
    "Open announcements" and "Mark as read"."""

    open_requested = Signal()
    read_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("announcement-banner", self.tr("Announcement"),
                         self.tr("Announcement text"), parent=parent)
        self.announcement_id: str | None = None
        self.add_heading("", self.tr("Announcement title"))
        self.open_button = self.add_button(self.tr("&Open announcements"),
                                           self.tr("Open the announcements"), self.open_requested.emit)
        self.read_button = self.add_dismiss_button(self.tr("Mark as &read"),
                                                   self.tr("Hide this announcement: it is read"))

    def show_announcement(self, announcement: "Announcement | None", unread: int) -> None:
        """Show the newest unread announcement (None: hide the banner)."""
        if announcement is None:
            self.announcement_id = None
            self.clear_message()
            return
        self.announcement_id = announcement.id
        assert self.heading is not None
        title = self.tr("Announcement: %1").replace("%1", announcement.title)
        if unread > 1:
            title = self.tr("%1 (and %n more)", "", unread - 1).replace("%1", title)
        self.heading.setText(title)
        body = " ".join(announcement.body.split())
        if len(body) > 280:
            body = body[:277].rstrip() + "…"
        self.set_message(self.tr("%1 · %2").replace("%1", announcement.author)
                         .replace("%2", published(announcement)) + "\n" + body)

    def dismiss(self) -> None:
        super().dismiss()
        if self.announcement_id is not None:
            self.read_requested.emit(self.announcement_id)


class AnnouncementInbox(QDialog):
    """Every announcement, newest first, unread ones in bold; the one chosen is shown beside
    the list and marked read."""

    def __init__(self, inbox: Inbox, parent: QWidget | None = None) -> None:
        # The forum's safe text browser: with the inbox, not with the window (the library
        # screen loads no item view).
        from player.item_views.forum.posts import PostsBrowser

        super().__init__(parent)
        self.inbox = inbox
        self.setWindowTitle(self.tr("Announcements"))
        self.setAccessibleName(self.tr("Announcements"))
        self.heading = QLabel(self)
        self.heading.setFont(heading_font(self.font(), 1.2))
        self.heading.setAccessibleName(self.tr("Announcements"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Announcements, newest first"))
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._chosen)
        self.empty = QLabel(self.tr(
            "No announcements yet. Your instructors' announcements arrive when this computer "
            "syncs with the course server."), self)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("No announcements"))
        self.title = QLabel(self)
        self.title.setFont(heading_font(self.font(), 1.1))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Announcement title"))
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName(self.tr("From and when"))
        self.body = PostsBrowser(self)
        self.body.setAccessibleName(self.tr("Announcement text"))
        reader = QWidget(self)
        column = QVBoxLayout(reader)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.meta)
        column.addWidget(self.body, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(reader)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.all_read_button = QPushButton(self.tr("Mark &all as read"), self)
        self.all_read_button.setAccessibleName(self.tr("Mark all announcements as read"))
        self.all_read_button.clicked.connect(inbox.mark_all_read)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the announcements"))
        row = QHBoxLayout()
        row.addWidget(self.all_read_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(row)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 110, fm.height() * 30)
        inbox.changed.connect(self.show_items)
        self.show_items()

    def show_items(self) -> None:
        """The list from the inbox's last read (keeping the one chosen)."""
        keep = self.list.currentItem().data(ANNOUNCEMENT_ID_ROLE) if self.list.currentItem() else None
        items = self.inbox.items
        unread = self.inbox.unread
        self.heading.setText(self.tr("Announcements") if not unread
                             else self.tr("Announcements · %n unread", "", unread))
        blocked = self.list.blockSignals(True)
        self.list.clear()
        chosen: QListWidgetItem | None = None
        for a in items:
            row = QListWidgetItem(f"{a.title}\n{a.author} · {published(a)}"
                                  + ("" if a.read else " · " + self.tr("unread")))
            row.setData(ANNOUNCEMENT_ID_ROLE, a.id)
            if not a.read:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self.list.addItem(row)
            if a.id == keep:
                chosen = row
        self.list.blockSignals(blocked)
        self.empty.setVisible(not items)
        self.splitter.setVisible(bool(items))
        self.all_read_button.setEnabled(unread > 0)
        if chosen is not None:
            blocked = self.list.blockSignals(True)
            self.list.setCurrentItem(chosen)
            self.list.blockSignals(blocked)
        elif items and keep is None:
            self.list.setCurrentRow(0)

    def _chosen(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is None:
            return
        found = next((a for a in self.inbox.items if a.id == current.data(ANNOUNCEMENT_ID_ROLE)), None)
        if found is None:
            return
        self.title.setText(found.title)
        self.meta.setText(self.tr("From %1, %2").replace("%1", found.author)
                          .replace("%2", published(found)))
        from player.item_views.forum.posts import insert_safe_markdown

        self.body.clear()
        insert_safe_markdown(QTextCursor(self.body.document()), found.body)
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        if not found.read:
            self.inbox.mark_read(found.id)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
