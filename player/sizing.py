"""Window sizes from the font, so text scales with the system font size, always within the
screen: a window never opens larger than its screen's available area (issue #12 items 1, 11).
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen the widget is (or will be) shown on; the primary screen otherwise."""
    screen = widget.screen() if widget is not None else None
    return screen or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect | None:
    """The widget's screen minus task bars and docks (None without a screen)."""
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else None


#: a zero-width space: an invisible place where a line may break
ZWSP = "\u200b"
_LONG_WORDS: dict[int, re.Pattern[str]] = {}


def breakable(text: str, longest: int = 24) -> str:
    """`text` with invisible break opportunities inside words longer than `longest`
    characters (a path, an address, a title without spaces), so a wrapping label never
    needs more than about `longest` characters of width."""
    if len(text) <= longest:
        return text

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return ZWSP.join(word[i:i + longest] for i in range(0, len(word), longest))

    pattern = _LONG_WORDS.get(longest)
    if pattern is None:
        pattern = _LONG_WORDS[longest] = re.compile(r"[^\s\u200b]{%d,}" % (longest + 1))
    return pattern.sub(split, text)


def font_sized(widget: QWidget, chars: int, lines: int, screen_share: float = 0.9) -> QSize:
    """`chars` average characters by `lines` lines of the widget's font, kept within
    `screen_share` of its screen's available area."""
    fm = widget.fontMetrics()
    want = QSize(fm.averageCharWidth() * chars, fm.height() * lines)
    avail = available_area(widget)
    if avail is None:
        return want
    return QSize(min(want.width(), int(avail.width() * screen_share)),
                 min(want.height(), int(avail.height() * screen_share)))


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move a top-level window so its frame lies within its screen's available
    area (a restored geometry from a larger screen, a size wanted by large fonts)."""
    avail = available_area(window)
    if avail is None or avail.isEmpty():
        return
    frame = window.frameGeometry()
    inner = window.geometry()
    # Before the first show there is no frame yet; window managers add a few pixels.
    extra_w = max(frame.width() - inner.width(), 0)
    extra_h = max(frame.height() - inner.height(), 0)
    minimum = window.minimumSize()
    width = max(min(inner.width(), avail.width() - extra_w), minimum.width())
    height = max(min(inner.height(), avail.height() - extra_h), minimum.height())
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    outer_w, outer_h = width + extra_w, height + extra_h
    x = min(max(frame.x(), avail.x()), avail.x() + max(avail.width() - outer_w, 0))
    y = min(max(frame.y(), avail.y()), avail.y() + max(avail.height() - outer_h, 0))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def center_on_screen(window: QWidget) -> None:
    """Put a window (not yet shown) in the middle of its screen's available area."""
    avail = available_area(window)
    if avail is None:
        return
    size = window.frameGeometry().size()
    window.move(avail.x() + max((avail.width() - size.width()) // 2, 0),
                avail.y() + max((avail.height() - size.height()) // 2, 0))


def _maximized(window: QWidget) -> bool:
    return bool(window.windowState() & (Qt.WindowState.WindowMaximized
                                         | Qt.WindowState.WindowFullScreen))


class SavedGeometry:
    """Where a window was last closed, in an INI file of its own (`QSettings`)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def restore(self, window: QWidget) -> bool:
        """Put the window where it was last closed, clamped to the screen's available area
        now (a laptop taken from a large monitor, a taskbar that moved). False if never
        saved or unreadable."""
        if not self.path.is_file():
            return False
        try:
            saved = QSettings(str(self.path), QSettings.Format.IniFormat).value("geometry")
            restored = bool(saved) and window.restoreGeometry(saved)
        except (TypeError, ValueError):  # a damaged file: the first-open size stands
            log.warning("could not read the saved window geometry", exc_info=True)
            return False
        if restored and not _maximized(window):
            fit_on_screen(window)
        return restored

    def save(self, window: QWidget) -> None:
        try:
            settings = QSettings(str(self.path), QSettings.Format.IniFormat)
            settings.setValue("geometry", window.saveGeometry())
            settings.sync()
        except OSError:
            log.warning("could not save the window geometry", exc_info=True)


class FitWhenShown(QObject):
    """Fits a top-level window on its screen again once it is first shown: the window
    manager's frame is known only then (and a moment later, once it has placed it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._fit)
            QTimer.singleShot(300, self._fit)
        return False

    def _fit(self) -> None:
        if self._window.isVisible() and not _maximized(self._window):
            fit_on_screen(self._window)


class FillHost(QWidget):
    """Holds one widget inside a scroll area and makes it fill the host, asking the scroll
    area only for the widget's minimum size.

    No layout on purpose: a scroll area takes a layout's height-for-width (the whole
    preferred height of anything with wrapped text) as the least height it needs, and would
    scroll a screen that could well shrink to fit. So the scroll area scrolls only when the
    widget truly cannot get smaller (very large fonts on a small screen).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content: QWidget | None = None

    def set_content(self, widget: QWidget | None) -> None:
        if self.content is not None:
            try:
                self.content.removeEventFilter(self)
            except RuntimeError:  # already deleted
                pass
        self.content = widget
        if widget is not None:
            widget.setParent(self)
            widget.installEventFilter(self)
            widget.setGeometry(self.rect())
            widget.show()
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if self.content is None:
            return QSize(0, 0)
        return self.content.minimumSizeHint().expandedTo(self.content.minimumSize())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        if self.content is None:
            return QSize(0, 0)
        return self.content.sizeHint().expandedTo(self.minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        if self.content is not None:
            self.content.setGeometry(self.rect())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum may have changed
        return False
