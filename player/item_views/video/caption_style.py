"""How captions look (issue #16, WCAG 2.2 AA as WCAG2ICT applies it): their size and their
background are the learner's choice, kept per profile as preferences (`caption_size`, a
percentage of the standard captions size; `caption_background`), chosen in Settings ▸
Accessibility and applied at once to a video on screen and to every later one.

Every background keeps white text above 4.5:1 against it (the translucent one over a white
picture too: 75% black over white is #404040, 10:1).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from player.widgets.fonts import scaled_font

CAPTION_SIZE_SETTING = "caption_size"
CAPTION_BACKGROUND_SETTING = "caption_background"
#: the standard captions font, relative to the window's font
BASE_SCALE = 1.25
#: the sizes offered, percent of the standard captions size
SIZES = (75, 100, 125, 150, 200)
DEFAULT_SIZE = 100
#: background name -> (colour, alpha 0-255), and its words
BACKGROUNDS: dict[str, tuple[str, int]] = {
    "black": ("#000000", 255), "translucent": ("#000000", 191), "grey": ("#333333", 255),
}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a message for lupdate; translated where it is shown."""
    return source


BACKGROUND_WORDS: dict[str, str] = {
    "black": QT_TRANSLATE_NOOP("CaptionStyle", "Black"),
    "translucent": QT_TRANSLATE_NOOP("CaptionStyle", "Black, see-through"),
    "grey": QT_TRANSLATE_NOOP("CaptionStyle", "Dark grey"),
}
DEFAULT_BACKGROUND = "black"
#: the dynamic property that marks a captions label (so a change reaches the one on screen)
CAPTIONS_PROPERTY = "lecternCaptions"


def background_words(name: str) -> str:
    return QCoreApplication.translate("CaptionStyle", BACKGROUND_WORDS[name])


def style_captions(label: QLabel, size: object = None, background: object = None) -> None:
    """Give a captions label the chosen size (percent) and background; unknown values
    (None, or a preference from a later version) keep what it has."""
    label.setProperty(CAPTIONS_PROPERTY, True)
    base = label.property("lecternCaptionBaseFont")
    if base is None:
        base = QApplication.font(label)
        label.setProperty("lecternCaptionBaseFont", base)
    if isinstance(size, int) and not isinstance(size, bool) and size in SIZES:
        label.setFont(scaled_font(base, BASE_SCALE * size / 100))
        label.setProperty("lecternCaptionSize", size)
        fm = label.fontMetrics()
        label.setContentsMargins(fm.averageCharWidth(), fm.descent(), fm.averageCharWidth(),
                                 fm.descent())
        label.setMinimumHeight(fm.lineSpacing() * 2 + fm.descent() * 2)
    if isinstance(background, str) and background in BACKGROUNDS:
        colour, alpha = BACKGROUNDS[background]
        fill = QColor(colour)
        fill.setAlpha(alpha)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.Window, fill)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
        label.setPalette(palette)
        label.setProperty("lecternCaptionBackground", background)


def restyle_shown_captions(size: object = None, background: object = None) -> None:
    """Apply a new choice to the captions on screen now (Settings changes it at once)."""
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.property(CAPTIONS_PROPERTY):
            style_captions(widget, size, background)
