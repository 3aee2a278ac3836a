"""Others' posts, shown safely, and the words for where a post stands in the outbox.

Bodies are untrusted text from other learners: they are rendered as Markdown with raw HTML
disabled, images replaced by a word and links inert, and the browser loads nothing from disk or
network. A post's state ("waiting to send", "sent", "not accepted") is the outbox's, in the
learner's words.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from player.dates import format_timestamp

__all__ = ["MARKDOWN", "PostExtra", "PostsBrowser", "insert_safe_markdown", "state_text"]

#: the scheme of the browser's own action links (Report…, Hide…); each rendering adds a fresh
#: secret to them, so a link written in a post's Markdown can never pass for one
ACTION_SCHEME = "lectern-action"


@dataclass(frozen=True)
class PostExtra:
    """What the browser shows of a post besides its author, time and body: the author's role
    ("Instructor"), a note ("Hidden by a moderator: …"), and action links (action, words),
    e.g. ("report", "Report…")."""

    role: str = ""
    note: str = ""
    actions: tuple[tuple[str, str], ...] = field(default_factory=tuple)

MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML)


def state_text(state: Any, local_only: bool = False) -> str:
    """The learner-facing word for a post's state ('' for others' posts from the server).
    A practice course's posts are never sent: saying "waiting to send" would be untrue."""
    value = getattr(state, "value", state)
    if local_only and value == "pending":
        return QCoreApplication.translate("ForumItemView", "kept on this computer (practice course)")
    texts = {
        "pending": QCoreApplication.translate("ForumItemView", "waiting to send"),
        "sent": QCoreApplication.translate("ForumItemView", "sent"),
        "rejected": QCoreApplication.translate("ForumItemView", "not accepted by the course server"),
    }
    return texts.get(value, "")


def insert_safe_markdown(cursor: QTextCursor, text: str) -> None:
    """Untrusted Markdown at the cursor: raw HTML shown as text, images replaced by a word."""
    doc = cursor.document()
    start = cursor.position()
    cursor.insertMarkdown(text, MARKDOWN)
    end = cursor.position()
    images: list[tuple[int, int]] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat() \
                    and start <= fragment.position() < end:
                images.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    word = QCoreApplication.translate("ForumItemView", "[picture not shown]")
    for position, length in reversed(images):
        edit = QTextCursor(doc)
        edit.setPosition(position)
        edit.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(word, QTextCharFormat())
    cursor.movePosition(QTextCursor.MoveOperation.End)


class PostsBrowser(QTextBrowser):
    """The posts of one thread. Loads no resources at all: a post cannot make this computer
    read a file or reach a server, and links are not followed.

    Its own action links (Report…, Hide…, Restore…) are reached with Tab like any link and
    activated with Enter; `action_requested(action, index)` says which, for the post at
    `index` (0: the thread's opening post)."""

    action_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._secret = secrets.token_hex(8)
        self.anchorClicked.connect(self._anchor)

    def _anchor(self, url: QUrl) -> None:
        """One of this rendering's action links (a post's own links do nothing)."""
        if url.scheme() != ACTION_SCHEME or url.host() != self._secret:
            return
        parts = url.path().strip("/").split("/")
        if len(parts) == 2 and parts[1].isdigit():
            self.action_requested.emit(parts[0], int(parts[1]))

    def action_links(self) -> list[str]:
        """This rendering's action hrefs, in order (tests)."""
        out = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isAnchor() and fmt.anchorHref().startswith(ACTION_SCHEME + ":"):
                    out.append(fmt.anchorHref().split("/", 3)[-1])
                it += 1
            block = block.next()
        return out

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return None

    def show_posts(self, entries: list[tuple[str, str, Any, str]], name: Callable[[str], str],
                   local_only: bool, spacing: int, extras: list[PostExtra] | None = None) -> None:
        """Show a thread's posts, first to last: (author, created at, state, body) each, the
        author as `name` gives it, `spacing` pixels between posts; `extras`, one per entry:
        the author's role, a note and action links."""
        self.clear()
        self._secret = secrets.token_hex(8)
        cursor = QTextCursor(self.document())
        for index, (author, created, state, body) in enumerate(entries):
            header = QTextBlockFormat()
            header.setTopMargin(0 if index == 0 else spacing)
            if index:
                cursor.insertBlock(header, QTextCharFormat())
            else:
                cursor.setBlockFormat(header)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.insertText(name(author), bold)
            extra = extras[index] if extras is not None and index < len(extras) else PostExtra()
            if extra.role:
                cursor.insertText(" (" + extra.role + ")", bold)
            meta = [format_timestamp(created)]
            word = state_text(state, local_only)
            if word:
                meta.append(word)
            italic = QTextCharFormat()
            italic.setFontItalic(True)
            cursor.insertText(" · " + " · ".join(m for m in meta if m), italic)
            for action, words in extra.actions:
                link = QTextCharFormat()
                link.setAnchor(True)
                link.setAnchorHref(f"{ACTION_SCHEME}://{self._secret}/{action}/{index}")
                link.setFontUnderline(True)
                link.setForeground(self.palette().link())
                cursor.insertText(" · ", italic)
                cursor.insertText(words, link)
            if extra.note:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
                cursor.insertText(extra.note, italic)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            insert_safe_markdown(cursor, body)
        self.moveCursor(QTextCursor.MoveOperation.Start)
