"""The forum view's thread list: its heading (with how many threads have news), the buttons
that start a thread or, for instructors (#17), a pinned discussion question, and the list."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from player.widgets import bold_font


class ThreadListPanel(QWidget):
    """Heading, New question… / New thread…, and the threads (one wrapped line block each)."""

    def __init__(self, can_teach: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.threads_heading = QLabel(self.tr("Threads"), self)
        self.threads_heading.setFont(bold_font(self.threads_heading.font()))
        self.new_thread_button = QPushButton(self.tr("&New thread…"), self)
        self.new_thread_button.setAccessibleName(self.tr("Start a new thread"))
        self.new_thread_button.setToolTip(self.tr("Start a new discussion about this prompt"))
        # Instructors (course runs, #17): a discussion question pinned at the top for everyone.
        self.question_button = QPushButton(self.tr("New &question…"), self)
        self.question_button.setAccessibleName(self.tr("Start a pinned discussion question"))
        self.question_button.setToolTip(self.tr(
            "Instructors: a question pinned at the top of this discussion for every learner "
            "(kept on this computer at once and sent with the next sync, like any thread)"))
        self.question_button.setVisible(can_teach)
        top = QHBoxLayout()
        top.addWidget(self.threads_heading, 1)
        top.addWidget(self.question_button)
        top.addWidget(self.new_thread_button)
        self.thread_list = QListWidget(self)
        self.thread_list.setAccessibleName(self.tr("Threads in this discussion"))
        self.thread_list.setWordWrap(True)
        self.thread_list.setUniformItemSizes(False)
        self.thread_list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.thread_list, 1)

    def show_unread(self, threads: int) -> None:
        """"Threads", or "Threads · 2 new" when threads have posts of others not read yet."""
        self.threads_heading.setText(self.tr("Threads") if not threads else self.tr(
            "Threads · %n new", "", threads))
