"""Small pieces the item views share: notices, the "Mark as read" row, what both readings
(text and PDF) do, time formatting (`format_clock`, from `sync.clock_format`: the one clock
rule)."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from player.widgets.fonts import scaled_font  # the one font helper, for the views
from sync.clock_format import format_clock

from . import ItemView

__all__ = ["MarkReadBar", "Notice", "ReadingItemView", "format_clock", "missing_file_text",
           "read_blob", "scaled_font"]

log = logging.getLogger(__name__)


def missing_file_text(what: str) -> str:
    """The one plain-words explanation of a course file that is not on this computer."""
    return QCoreApplication.translate(
        "ItemViews",
        "{what} is not on this computer. A reduced copy of the course (for example a "
        "low-bandwidth download or USB copy) can leave it out. Ask court IT for the full "
        "course, or download it when this computer is online.").format(what=what)


def read_blob(path: Path | None, limit: int = 64 * 1024 * 1024) -> bytes | None:
    """A course file's bytes, or None if absent, unreadable or absurdly large (logged)."""
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        log.warning("cannot read course file %s: %s", path, exc)
        return None
    if len(data) > limit:
        log.warning("course file %s is larger than %d bytes; not shown", path, limit)
        return None
    return data


class Notice(QLabel):
    """A framed, wrapping, plain-text message (missing file, cannot play, ...)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        margin = self.fontMetrics().height() // 2
        self.setContentsMargins(margin, margin, margin, margin)
        self.setAccessibleName(self.tr("Notice"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        self.setAccessibleDescription(text)


class MarkReadBar(QWidget):
    """A status line (link targets, page info) and the "Mark as read" button, in a layout so
    that right-to-left languages mirror it."""

    mark_requested = Signal()

    def __init__(self, completed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Reading status"))
        self.button = QPushButton(self)
        self.button.setAccessibleName(self.tr("Mark as read"))
        self.button.clicked.connect(self.mark_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.button)
        self.set_completed(completed)

    def set_completed(self, completed: bool) -> None:
        if completed:
            self.button.setText(self.tr("Read ✓"))
            self.button.setToolTip(self.tr("You have finished this reading."))
            self.button.setAccessibleDescription(self.tr("This reading is complete."))
            self.button.setEnabled(False)
        else:
            self.button.setText(self.tr("&Mark as read"))
            self.button.setToolTip(self.tr("Count this reading as done (it also counts "
                                           "once you have scrolled through all of it)."))
            self.button.setAccessibleDescription(self.tr("Counts this reading as done."))
            self.button.setEnabled(True)


class ReadingItemView(ItemView):
    """What a text and a PDF reading share: a notice when the reading cannot be shown (it can
    still be marked as read, so a required reading never blocks the course), "Mark as read",
    and how completing it is recorded. A subclass makes `notice` and `bar`, keeps `_saved`
    (last saved position and fraction) and implements `_finish`."""

    notice: Notice
    bar: MarkReadBar
    _saved: tuple[float | None, float]

    def _fail(self, message: str, *content: QWidget) -> bool:
        """Say why the reading cannot be shown instead of the `content` widgets; False."""
        if not self.is_completed:
            message += " " + QCoreApplication.translate(
                "ReadingItemView", "Meanwhile you can mark it as read to go on with the course.")
        self.notice.setText(message)
        self.notice.show()
        for widget in content:
            widget.hide()
        self.bar.set_completed(self.is_completed)
        self.setFocusProxy(self.bar.button if self.bar.button.isEnabled() else self.notice)
        return False

    def mark_read(self) -> None:
        """The learner says they have read it (the button or Alt+M), also when it cannot open."""
        self._finish()

    def _finish(self) -> None:
        raise NotImplementedError

    def _complete_reading(self, position: float | None) -> bool:
        """Record the reading as read at `position` (None: it never opened); True if this call
        completed it."""
        completed = (self._complete(fraction=1.0) if position is None
                     else self._complete(fraction=1.0, position=position))
        if not completed:
            return False
        self._saved = (position, 1.0)
        self.progressed.emit(self.item_id, 1.0)
        self.bar.set_completed(True)
        self.bar.status.setText(QCoreApplication.translate("ReadingItemView", "Reading complete."))
        return True
