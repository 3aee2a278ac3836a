"""Small SVG icons for item kinds and completion states, drawn in the palette's text colour.

The SVGs in `player/icons/` are drawn in one neutral ink (#3b4a5a); at load time that ink is
swapped for the palette's window-text colour so the icons stay visible on dark and
high-contrast themes, which court PCs configured for low vision often use. Rendering goes
through the SVG image plugin at each requested size, so icons stay sharp at large fonts.
"""
from __future__ import annotations

import logging
from enum import Enum
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

from sync.manifest import ItemKind

log = logging.getLogger(__name__)

ICON_DIR = Path(__file__).resolve().parent / "icons"
_INK = "#3b4a5a"
_SIZES = (16, 20, 24, 32, 48, 64)


class Mark(Enum):
    """Completion state of an item as the outline shows it."""

    TODO = "todo"
    STARTED = "started"
    DONE = "done"


def _ink() -> str:
    app = QGuiApplication.instance()
    if app is None:
        return _INK
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def _render(svg: bytes, size: int) -> QPixmap:
    data = QByteArray(svg)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        log.warning("icon could not be rendered: %s", reader.errorString())
    return QPixmap.fromImage(image)


@lru_cache(maxsize=64)
def _icon(name: str, ink: str) -> QIcon:
    svg = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8").replace(_INK, ink)
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_render(svg.encode("utf-8"), size))
    return icon


def kind_icon(kind: ItemKind) -> QIcon:
    """The icon for a video, reading, quiz or forum item."""
    return _icon(kind.value, _ink())


def mark_icon(mark: Mark) -> QIcon:
    """The completion mark: an empty ring, a half-filled ring, or a green tick."""
    return _icon(mark.value, _ink())


def ink_color() -> QColor:
    """The colour the icons are drawn in (the palette's text colour)."""
    return QColor(_ink())


def lock_icon() -> QIcon:
    """A padlock: a module (and its items) not open yet in a course run."""
    return _icon("locked", _ink())
