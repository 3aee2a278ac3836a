"""Where the learner writes: the box a post is written in, the button (and Ctrl+Return) that
keeps it for the next sync, and the page that starts a new thread.

What is written is stored at once, marked "waiting to send", and sent with the next sync; the
forum view does the storing (`ForumItemView.submit_thread`, `submit_reply`).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from player.widgets import bold_font

__all__ = ["ThreadComposer", "send_button", "writing_box"]


def writing_box(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
    """Where the learner writes a post (Tab leaves it: a post needs no tab characters)."""
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    return edit


def send_button(parent: QWidget, text: str, name: str, edit: QPlainTextEdit,
                send: Callable[[], None]) -> QPushButton:
    """The button that saves what `edit` holds for the next sync; Ctrl+Return in `edit` does
    the same."""
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setToolTip(QCoreApplication.translate(
        "ForumItemView", "Saved now and sent with the next sync (Ctrl+Return)"))
    button.clicked.connect(send)
    QShortcut(QKeySequence("Ctrl+Return"), edit, send, context=Qt.ShortcutContext.WidgetShortcut)
    return button


class ThreadComposer(QWidget):
    """A new thread: its title and message, Post thread and Cancel."""

    def __init__(self, post: Callable[[], None], cancel: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading = QLabel(self.tr("New thread"), self)
        heading.setFont(bold_font(heading.font()))
        heading.setWordWrap(True)
        #: an instructor's discussion question (pinned for everyone) rather than a thread
        self.question = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Thread title"))
        self.title_edit.setPlaceholderText(self.tr("A short title"))
        self.title_edit.setMaxLength(300)
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title_edit)
        self.body_edit = writing_box(
            self, self.tr("Thread message"),
            self.tr("Your message (plain text; Markdown such as *emphasis* and lists works)"))
        body_label = QLabel(self.tr("&Message:"), self)
        body_label.setBuddy(self.body_edit)
        self.post_button = send_button(self, self.tr("&Post thread"), self.tr("Post thread"),
                                       self.body_edit, post)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the new thread"))
        self.cancel_button.clicked.connect(cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.post_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(heading)
        box.addWidget(title_label)
        box.addWidget(self.title_edit)
        box.addWidget(body_label)
        box.addWidget(self.body_edit, 1)
        box.addLayout(buttons)

    def set_question(self, question: bool) -> None:
        """An instructor's pinned discussion question or a thread; both are kept at once and
        sent with the next sync."""
        self.question = question
        if question:
            self.heading.setText(self.tr("New discussion question (pinned at the top for everyone; "
                                         "kept on this computer and sent with the next sync)"))
            self.post_button.setText(self.tr("&Post pinned question"))
            self.post_button.setAccessibleName(self.tr("Post the pinned question"))
        else:
            self.heading.setText(self.tr("New thread"))
            self.post_button.setText(self.tr("&Post thread"))
            self.post_button.setAccessibleName(self.tr("Post thread"))

    def clear(self) -> None:
        self.title_edit.clear()
        self.body_edit.clear()
