"""The views of one course item (video, reading, quiz, forum prompt), shown beside the outline.

The shell builds an `ItemContext` and calls `create_item_view`; views report back only through
the context's callbacks and the `completed` / `progressed` signals. Each view module is imported
when its first item opens, so the library paints without loading QtMultimedia or QtPdf.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sync.manifest import ForumItem, QuizItem, ReadingFormat, ReadingItem, VideoItem

from ..item_context import ItemContext

log = logging.getLogger(__name__)

__all__ = ["ItemView", "create_item_view"]


class ItemView(QWidget):
    """Base of every item view: completion bookkeeping and the shell-facing signals.

    `completed` fires at most once per view, and never for an item that was already complete
    when it opened, so the outline and the store each hear of a completion exactly once.
    """

    completed = Signal(str)          # item id
    progressed = Signal(str, float)  # item id, fraction 0..1

    def __init__(self, ctx: ItemContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._completed = bool(ctx.progress and ctx.progress.completed)

    @property
    def item_id(self) -> str:
        return self.ctx.item.id

    @property
    def is_completed(self) -> bool:
        return self._completed

    def save_state(self) -> None:
        """Save what the learner would lose if the view closed now (called by the shell)."""

    def remote_changed(self) -> None:
        """A sync pass brought data from the hub (others' posts, acks): views showing such
        data reload it; the default shows nothing from the hub."""

    def _complete(self, *, save: bool = True, **progress: float) -> bool:
        """Mark the item complete once; True if this call completed it.

        `save=False` when the store already recorded the completion (a passed quiz attempt).
        """
        if self._completed:
            return False
        self._completed = True
        if save:
            self.ctx.save_progress(completed=True, **progress)
        log.info("item %s completed", self.item_id)
        self.completed.emit(self.item_id)
        return True


def create_item_view(ctx: ItemContext, parent: QWidget | None = None) -> ItemView:
    """The right view for `ctx.item`; view modules (and QtMultimedia, QtPdf) load on first use."""
    item = ctx.item
    if isinstance(item, VideoItem):
        from .video_view import VideoView
        return VideoView(ctx, parent)
    if isinstance(item, ReadingItem):
        if item.format is ReadingFormat.PDF:
            from .pdf_view import PdfReadingView
            return PdfReadingView(ctx, parent)
        from .reading_view import TextReadingView
        return TextReadingView(ctx, parent)
    if isinstance(item, QuizItem):
        from .quiz_view import QuizView
        return QuizView(ctx, parent)
    if isinstance(item, ForumItem):
        from .forum_item_view import ForumItemView
        return ForumItemView(ctx, parent)
    raise TypeError(f"no view for item kind {item.kind!r}")
