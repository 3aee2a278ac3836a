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
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from player.widgets import heading_font
from sync.manifest import ForumItem

from ..item_context import ItemContext
from . import ItemView
from .forum.compose import ThreadComposer, send_button, writing_box
from .forum.post_actions import PostActions
from .forum.posts import MARKDOWN, PostExtra, PostsBrowser, insert_safe_markdown, state_text
from .forum.reason import ReasonDialog
from .forum.thread_list import ThreadListPanel

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
        #: Report…, Hide…, Restore… on a post, and the reason dialog each opens
        self.post_actions = PostActions(self)
        #: how many times the thread list / the open thread were loaded (tests wait on these).
        self.list_loads = 0
        self.thread_loads = 0
        #: threads with posts of others not read yet, as last listed
        self.unread_threads = 0

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
        forum = self.ctx.forum
        panel = ThreadListPanel(forum is not None and forum.can_teach, self)
        self.threads_heading, self.thread_list = panel.threads_heading, panel.thread_list
        self.new_thread_button, self.question_button = panel.new_thread_button, panel.question_button
        self.new_thread_button.clicked.connect(self.start_new_thread)
        self.question_button.clicked.connect(self.start_new_question)
        self.thread_list.currentItemChanged.connect(self._thread_chosen)
        self._thread_panel = panel
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
        self.posts_view.action_requested.connect(self.post_actions.run)
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

    def guard(self, fn: Callable[[Any, BaseException | None], None]
               ) -> Callable[[Any, BaseException | None], None]:
        """A callback that is dropped if this view was closed before the answer came."""

        def call(result: Any, error: BaseException | None) -> None:
            if shiboken6.isValid(self):
                fn(result, error)

        return call

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.setVisible(bool(text))

    def show_error(self, error: BaseException) -> None:
        from player.error_messages import message_for

        self.show_message(message_for(error).full_text())

    def _name(self, author: str) -> str:
        return self.tr("You") if self.me and author == self.me else author

    def role_name(self, role: str) -> str:
        """"Instructor", "Moderator" beside a staff author's name ("" for a learner)."""
        return {"instructor": self.tr("Instructor"), "moderator": self.tr("Moderator")}.get(role, "")

    def hidden_note(self, reason: str | None, mine: bool) -> str:
        """What the author of hidden content reads (others do not see it at all); staff see
        it marked as hidden from learners."""
        if mine:
            return (self.tr("Hidden by a moderator: %1").replace("%1", reason) if reason
                    else self.tr("Hidden by a moderator"))
        return (self.tr("Hidden from learners: %1").replace("%1", reason) if reason
                else self.tr("Hidden from learners"))

    def _mine(self, author: str) -> bool:
        return bool(self.me) and author == self.me

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Re-read the thread list (and the open thread) from the local copy."""
        assert self.ctx.forum is not None
        self.ctx.forum.threads(self.guard(self._threads_loaded))

    def remote_changed(self) -> None:
        if self.ctx.forum is not None:
            self.reload()

    def _threads_loaded(self, result: Any, error: BaseException | None) -> None:
        self.list_loads += 1
        if error is not None:
            self.show_error(error)
            return
        self.threads, self.me = result
        keep = self.current_thread.id if self.current_thread is not None else None
        blocked = self.thread_list.blockSignals(True)
        self.thread_list.clear()
        selected: QListWidgetItem | None = None
        unread = 0
        for thread in self.threads:
            item = QListWidgetItem(self._thread_line(thread))
            item.setData(THREAD_ID_ROLE, thread.id)
            item.setToolTip(thread.title)
            if self._new_posts(thread):
                unread += 1
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.thread_list.addItem(item)
            if thread.id == keep:
                selected = item
        self.unread_threads = unread
        self._thread_panel.show_unread(unread)
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

    def _is_new(self, thread: Any) -> bool:
        return not getattr(thread, "read", True) and not self._mine(thread.author)

    def _new_posts(self, thread: Any) -> int:
        """How many posts of others in a thread are unread here (the store counts them,
        `ForumThread.unread`; the opening post included)."""
        count = getattr(thread, "unread", None)
        if count is None:
            return 1 if self._is_new(thread) else 0
        return int(count)

    def _thread_line(self, thread: Any) -> str:
        author = self._name(thread.author)
        role = self.role_name(getattr(thread, "author_role", "learner"))
        if role:
            author = self.tr("%1 (%2)").replace("%1", author).replace("%2", role)
        parts = [author, self.tr("%n reply(ies)", "", int(thread.replies))]
        state = state_text(thread.state, self._local_only())
        if state:
            parts.append(state)
        new = self._new_posts(thread)
        if new:
            parts.append(self.tr("%n new", "posts of others not read yet in a thread", new))
        if getattr(thread, "hidden", False):
            parts.append(self.hidden_note(thread.hidden_reason, self._mine(thread.author)))
        title = thread.title
        if getattr(thread, "pinned", False):
            title = self.tr("Pinned: %1").replace("%1", title)
        return f"{title}\n{' · '.join(parts)}"

    def _thread_chosen(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            self.open_thread(current.data(THREAD_ID_ROLE))

    def open_thread(self, thread_id: str) -> None:
        """Show one thread with its replies (read from the local copy)."""
        assert self.ctx.forum is not None
        self.ctx.forum.thread(thread_id, self.guard(self._thread_loaded))

    def _thread_loaded(self, result: Any, error: BaseException | None) -> None:
        self.thread_loads += 1
        if error is not None:
            self.show_error(error)
            return
        thread, posts, self.me = result
        self.current_thread, self.posts = thread, list(posts)
        self.thread_title.setText(thread.title)
        self._render_posts()
        forum = self.ctx.forum
        if forum is not None and forum.mark_read is not None and (
                not getattr(thread, "read", True) or any(not getattr(p, "read", True) for p in posts)):
            forum.mark_read(thread.id)   # seen: the unread counts follow
            self._shown_read(thread.id)

    def _shown_read(self, thread_id: str) -> None:
        """The list says a thread is read as soon as it is opened."""
        from dataclasses import is_dataclass, replace

        for row in range(self.thread_list.count()):
            item = self.thread_list.item(row)
            if item.data(THREAD_ID_ROLE) != thread_id:
                continue
            for i, thread in enumerate(self.threads):
                if thread.id == thread_id and self._new_posts(thread) \
                        and is_dataclass(thread) and not isinstance(thread, type):
                    self.threads[i] = replace(thread, read=True, unread=0) \
                        if hasattr(thread, "unread") else replace(thread, read=True)
                    item.setText(self._thread_line(self.threads[i]))
            font = item.font()
            font.setBold(False)
            item.setFont(font)
        self.unread_threads = sum(1 for t in self.threads if self._new_posts(t))
        self._thread_panel.show_unread(self.unread_threads)
        if self.pages.currentIndex() != 2:
            self.pages.setCurrentIndex(1)

    def _render_posts(self) -> None:
        thread = self.current_thread
        entries = [(thread.author, thread.created_at, thread.state, thread.body)]
        entries += [(p.author, p.created_at, p.state, p.body) for p in self.posts]
        extras = [self._extra(thread)] + [self._extra(p) for p in self.posts]
        self.posts_view.show_posts(entries, self._name, self._local_only(),
                                   self.fontMetrics().height(), extras)
        self.posts_view.setAccessibleDescription(self.tr("%n post(s)", "", len(entries)))

    def _extra(self, entry: Any) -> PostExtra:
        """A post's (or the thread's) role, hidden note and actions: Report… on what others
        wrote (once it is on the course server), Hide…/Restore… for moderators."""
        forum = self.ctx.forum
        mine = self._mine(entry.author)
        hidden = bool(getattr(entry, "hidden", False))
        actions: list[tuple[str, str]] = []
        sent = getattr(getattr(entry, "state", None), "value", "") == "server"
        if forum is not None and forum.report is not None and not mine and sent \
                and not self._local_only():
            actions.append(("report", self.tr("Report…")))
        if forum is not None and forum.can_moderate and sent:
            actions.append(("restore", self.tr("Restore…")) if hidden else ("hide", self.tr("Hide…")))
        note = self.hidden_note(getattr(entry, "hidden_reason", None), mine) if hidden else ""
        refusal = getattr(entry, "refusal", None)
        if refusal is not None and not note:
            # The hub's own words, e.g. a pinned thread from someone who is not an instructor.
            note = (self.tr("The course server did not accept it: %1").replace("%1", refusal)
                    if refusal else self.tr("The course server did not accept it."))
        return PostExtra(self.role_name(getattr(entry, "author_role", "learner")), note, tuple(actions))

    def entry_at(self, index: int) -> Any:
        """The open thread's opening post (0) or one of its replies."""
        return self.current_thread if index == 0 else self.posts[index - 1]

    @property
    def reason_dialog(self) -> ReasonDialog | None:
        """The reason dialog while it is open (report, hide, restore)."""
        return self.post_actions.reason_dialog

    def ask_report(self, target_id: str) -> ReasonDialog:
        """Report… : why, then the report is kept here and sent with the next sync."""
        return self.post_actions.ask_report(target_id)

    def ask_moderate(self, target_id: str, hide: bool) -> ReasonDialog:
        """Hide… or Restore… (moderators): why, then the course server does it at once."""
        return self.post_actions.ask_moderate(target_id, hide)

    # ------------------------------------------------------------------ writing

    def start_new_question(self) -> None:
        """The composer, for an instructor's pinned discussion question."""
        self.composer.set_question(True)
        self.pages.setCurrentIndex(2)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new_thread(self) -> None:
        """Show the composer for a new thread."""
        self.composer.set_question(False)
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
            self.show_message(self.tr("Give the thread a title and a message."))
            (self.title_edit if not title else self.body_edit).setFocus(
                Qt.FocusReason.OtherFocusReason)
            return
        self.post_button.setEnabled(False)
        if self.composer.question and self.ctx.forum.start_question is not None:
            # Offline-first like any thread: kept here pinned at once, sent with the next sync.
            self.ctx.forum.start_question(title, body, self.guard(self._question_started))
            return
        self.ctx.forum.new_thread(title, body, self.guard(self._thread_created))

    def _question_started(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.post_button.setEnabled(True)
            self.show_error(error)     # nothing was written: the question stays in the boxes
            return
        self._thread_created(result.thread, None)
        self.composer.set_question(False)
        self.show_message(self.question_note())

    def question_note(self) -> str:
        """What an instructor is told after posting a question (offline-first)."""
        if self._local_only():
            return self.tr("Your question is pinned at the top of this discussion. This is a "
                           "practice course: it stays on this computer.")
        return self.tr("Your question is pinned at the top of this discussion and kept on this "
                       "computer. It is sent with the next sync; learners get it at theirs. If the "
                       "course server does not accept it, it says why here.")

    def _written(self, button: QPushButton, error: BaseException | None,
                 *edits: QLineEdit | QPlainTextEdit) -> bool:
        """After a post was stored (or not): its button works again; stored, the boxes it was
        written in empty. True if it was stored."""
        button.setEnabled(True)
        if error is not None:
            self.show_error(error)
            return False
        self.show_message("")
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
                self.show_message(self.tr("Write your reply first."))
            return
        self.reply_button.setEnabled(False)
        self.ctx.forum.reply(self.current_thread.id, body, None,
                             self.guard(self._reply_created))

    def _reply_created(self, _post: Any, error: BaseException | None) -> None:
        if self._written(self.reply_button, error, self.reply_edit):
            self.reload()
