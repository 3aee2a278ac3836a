"""A forum item: the discussion prompt, its threads and posts, readable and writable offline.

Everything shown comes from the learner's local copy (`sync.forum` through the shell's store
lane, `ItemContext.forum`): the threads and posts the last sync brought, and the learner's own,
which appear the moment they are written, marked "waiting to send", and become "sent" after the
next pass. Others' posts appear after a pass (`remote_changed`). Bodies are untrusted text from
other learners: they are rendered as Markdown with raw HTML disabled, images and links inert,
and the browser loads nothing from disk or network. Forum items are optional and never
complete by themselves.
"""
from __future__ import annotations

import logging
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from player.widgets import bold_font, heading_font
from sync.manifest import ForumItem

from ..item_context import ItemContext
from . import ItemView
from .forum.compose import ThreadComposer, send_button, writing_box
from .forum.posts import MARKDOWN, PostsBrowser, insert_safe_markdown, state_text

__all__ = ["MARKDOWN", "THREAD_ID_ROLE", "ForumItemView", "PostsBrowser", "insert_safe_markdown",
           "state_text"]

log = logging.getLogger(__name__)

THREAD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ForumItemView(ItemView):
    """The prompt, the thread list, a thread with its replies, and the composers."""

    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        item = ctx.item
        assert isinstance(item, ForumItem)
        self.setAccessibleName(self.tr("Discussion"))
        self.threads: list[Any] = []
        self.me = ""
        self.current_thread: Any = None
        self.posts: list[Any] = []
        #: how many times the thread list / the open thread were loaded (tests wait on these).
        self.list_loads = 0
        self.thread_loads = 0

        heading = QLabel(self.tr("Discussion prompt"), self)
        heading.setFont(heading_font(heading.font(), 1.15))
        heading.setAccessibleName(self.tr("Discussion prompt"))

        self.prompt_label = QLabel(item.prompt, self)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.prompt_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.prompt_label.setAccessibleDescription(item.prompt)
        self.prompt_label.setFrameShape(QFrame.Shape.StyledPanel)
        margin = self.fontMetrics().height() // 2
        self.prompt_label.setContentsMargins(margin, margin, margin, margin)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.prompt_label)
        self.setFocusProxy(self.prompt_label)

        if ctx.forum is None:
            # Shown without the shell (e.g. a preview): only what is really here.
            self.sync_note = QLabel(self.tr(
                "The discussion for this item is not on this computer yet. Other learners' "
                "posts arrive when this computer syncs with the course server; you can think "
                "about the prompt now and join the discussion then. This item is optional."),
                self)
            self.sync_note.setWordWrap(True)
            self.sync_note.setTextFormat(Qt.TextFormat.PlainText)
            self.sync_note.setAccessibleName(self.tr("About the discussion"))
            layout.addWidget(self.sync_note)
            layout.addStretch(1)
            return

        if self._local_only():
            note = self.tr("This is a practice course: what you write here stays on this "
                           "computer and is not sent to anyone. This item is optional.")
        else:
            note = self.tr(
                "You can read and write here while offline. What you write is shown at once, "
                "marked “waiting to send”, and reaches the other learners when this computer "
                "next syncs. Others' posts arrive with each sync. This item is optional.")
        self.sync_note = QLabel(note, self)
        self.sync_note.setWordWrap(True)
        self.sync_note.setTextFormat(Qt.TextFormat.PlainText)
        self.sync_note.setAccessibleName(self.tr("About the discussion"))
        layout.addWidget(self.sync_note)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Discussion message"))
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_thread_list())
        self.pages = QStackedWidget(self)
        self.pages.setAccessibleName(self.tr("Thread"))
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self._build_thread_page())
        self.pages.addWidget(self._build_compose_page())
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        layout.addWidget(self.splitter, 1)
        self.reload()

    # ------------------------------------------------------------------ building

    def _build_thread_list(self) -> QWidget:
        panel = QWidget(self)
        self.threads_heading = QLabel(self.tr("Threads"), panel)
        self.threads_heading.setFont(bold_font(self.threads_heading.font()))
        self.new_thread_button = QPushButton(self.tr("&New thread…"), panel)
        self.new_thread_button.setAccessibleName(self.tr("Start a new thread"))
        self.new_thread_button.setToolTip(self.tr("Start a new discussion about this prompt"))
        self.new_thread_button.clicked.connect(self.start_new_thread)
        top = QHBoxLayout()
        top.addWidget(self.threads_heading, 1)
        top.addWidget(self.new_thread_button)
        self.thread_list = QListWidget(panel)
        self.thread_list.setAccessibleName(self.tr("Threads in this discussion"))
        self.thread_list.setWordWrap(True)
        self.thread_list.setUniformItemSizes(False)
        self.thread_list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.thread_list.currentItemChanged.connect(self._thread_chosen)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.thread_list, 1)
        return panel

    def _build_empty_page(self) -> QWidget:
        self.empty_label = QLabel(self.tr(
            "No threads here yet. Start one with “New thread…”: you can write it now, even "
            "offline. Threads by others arrive when this computer syncs."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_label.setAccessibleName(self.tr("No threads"))
        return self.empty_label

    def _build_thread_page(self) -> QWidget:
        page = QWidget(self)
        self.thread_title = QLabel(page)
        self.thread_title.setFont(heading_font(self.thread_title.font(), 1.1))
        self.thread_title.setWordWrap(True)
        self.thread_title.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_title.setAccessibleName(self.tr("Thread title"))
        self.posts_view = PostsBrowser(page)
        self.posts_view.setAccessibleName(self.tr("Posts in this thread"))
        self.reply_edit = writing_box(
            page, self.tr("Your reply"),
            self.tr("Write a reply… (plain text; Markdown such as *emphasis* and lists works)"))
        self.reply_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.reply_button = send_button(page, self.tr("Send &reply"), self.tr("Send reply"),
                                        self.reply_edit, self.submit_reply)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reply_button)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.thread_title)
        box.addWidget(self.posts_view, 1)
        box.addWidget(self.reply_edit)
        box.addLayout(row)
        return page

    def _build_compose_page(self) -> QWidget:
        self.composer = ThreadComposer(self.submit_thread, self.cancel_compose, self)
        self.title_edit = self.composer.title_edit
        self.body_edit = self.composer.body_edit
        self.post_button = self.composer.post_button
        self.cancel_compose_button = self.composer.cancel_button
        return self.composer

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        fm = self.fontMetrics()
        return QSize(fm.averageCharWidth() * 90, fm.height() * 36)

    # ------------------------------------------------------------------ plumbing

    def _guard(self, fn: Callable[[Any, BaseException | None], None]
               ) -> Callable[[Any, BaseException | None], None]:
        """A callback that is dropped if this view was closed before the answer came."""

        def call(result: Any, error: BaseException | None) -> None:
            if shiboken6.isValid(self):
                fn(result, error)

        return call

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def _error(self, error: BaseException) -> None:
        from player.error_messages import message_for

        self._show_message(message_for(error).full_text())

    def _name(self, author: str) -> str:
        return self.tr("You") if self.me and author == self.me else author

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Re-read the thread list (and the open thread) from the local copy."""
        assert self.ctx.forum is not None
        self.ctx.forum.threads(self._guard(self._threads_loaded))

    def remote_changed(self) -> None:
        if self.ctx.forum is not None:
            self.reload()

    def _threads_loaded(self, result: Any, error: BaseException | None) -> None:
        self.list_loads += 1
        if error is not None:
            self._error(error)
            return
        self.threads, self.me = result
        keep = self.current_thread.id if self.current_thread is not None else None
        blocked = self.thread_list.blockSignals(True)
        self.thread_list.clear()
        selected: QListWidgetItem | None = None
        for thread in self.threads:
            item = QListWidgetItem(self._thread_line(thread))
            item.setData(THREAD_ID_ROLE, thread.id)
            item.setToolTip(thread.title)
            self.thread_list.addItem(item)
            if thread.id == keep:
                selected = item
        self.thread_list.blockSignals(blocked)
        if not self.threads:
            if self.pages.currentIndex() != 2:
                self.pages.setCurrentIndex(0)
            return
        if selected is None and self.pages.currentIndex() != 2:
            selected = self.thread_list.item(0)
        if selected is not None:
            blocked = self.thread_list.blockSignals(True)
            self.thread_list.setCurrentItem(selected)
            self.thread_list.blockSignals(blocked)
            self.open_thread(selected.data(THREAD_ID_ROLE))

    def _local_only(self) -> bool:
        return self.ctx.local_only

    def _thread_line(self, thread: Any) -> str:
        parts = [self._name(thread.author),
                 self.tr("%n reply(ies)", "", int(thread.replies))]
        state = state_text(thread.state, self._local_only())
        if state:
            parts.append(state)
        return f"{thread.title}\n{' · '.join(parts)}"

    def _thread_chosen(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self.open_thread(current.data(THREAD_ID_ROLE))

    def open_thread(self, thread_id: str) -> None:
        """Show one thread with its replies (read from the local copy)."""
        assert self.ctx.forum is not None
        self.ctx.forum.thread(thread_id, self._guard(self._thread_loaded))

    def _thread_loaded(self, result: Any, error: BaseException | None) -> None:
        self.thread_loads += 1
        if error is not None:
            self._error(error)
            return
        thread, posts, self.me = result
        self.current_thread, self.posts = thread, list(posts)
        self.thread_title.setText(thread.title)
        self._render_posts()
        if self.pages.currentIndex() != 2:
            self.pages.setCurrentIndex(1)

    def _render_posts(self) -> None:
        thread = self.current_thread
        entries = [(thread.author, thread.created_at, thread.state, thread.body)]
        entries += [(p.author, p.created_at, p.state, p.body) for p in self.posts]
        self.posts_view.show_posts(entries, self._name, self._local_only(),
                                   self.fontMetrics().height())
        self.posts_view.setAccessibleDescription(self.tr("%n post(s)", "", len(entries)))

    # ------------------------------------------------------------------ writing

    def start_new_thread(self) -> None:
        """Show the composer for a new thread."""
        self.pages.setCurrentIndex(2)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_compose(self) -> None:
        self.composer.clear()
        self.pages.setCurrentIndex(1 if self.current_thread is not None else 0)

    def submit_thread(self) -> None:
        """Store the new thread now (pending); the next sync sends it."""
        assert self.ctx.forum is not None
        title, body = self.title_edit.text().strip(), self.body_edit.toPlainText().strip()
        if not title or not body:
            self._show_message(self.tr("Give the thread a title and a message."))
            (self.title_edit if not title else self.body_edit).setFocus(
                Qt.FocusReason.OtherFocusReason)
            return
        self.post_button.setEnabled(False)
        self.ctx.forum.new_thread(title, body, self._guard(self._thread_created))

    def _written(self, button: QPushButton, error: BaseException | None,
                 *edits: QLineEdit | QPlainTextEdit) -> bool:
        """After a post was stored (or not): its button works again; stored, the boxes it was
        written in empty. True if it was stored."""
        button.setEnabled(True)
        if error is not None:
            self._error(error)
            return False
        self._show_message("")
        for edit in edits:
            edit.clear()
        return True

    def _thread_created(self, thread: Any, error: BaseException | None) -> None:
        if not self._written(self.post_button, error, self.title_edit, self.body_edit):
            return
        self.current_thread = thread
        self.pages.setCurrentIndex(1)
        self.reload()
        self.reply_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit_reply(self) -> None:
        """Store the reply now (pending), shown at once; the next sync sends it."""
        assert self.ctx.forum is not None
        body = self.reply_edit.toPlainText().strip()
        if self.current_thread is None or not body:
            if not body:
                self._show_message(self.tr("Write your reply first."))
            return
        self.reply_button.setEnabled(False)
        self.ctx.forum.reply(self.current_thread.id, body, None,
                             self._guard(self._reply_created))

    def _reply_created(self, _post: Any, error: BaseException | None) -> None:
        if self._written(self.reply_button, error, self.reply_edit):
            self.reload()
