"""Words every screen writes the same way: language names, byte sizes, secondary text."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def language_name(tag: str) -> str:
    """A BCP 47 tag as a language name: "en" -> "English", "fr-CA" -> "French (Canada)".

    Qt's native names carry a region even for bare tags ("en" is "American English", "es"
    "español de España"), which would misdescribe a course, so the plain names are used.
    """
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    name = QLocale.languageToString(locale.language())
    if "-" in tag or "_" in tag:
        return f"{name} ({QLocale.territoryToString(locale.territory())})"
    return name


def format_size(size: int, locale: QLocale | None = None) -> str:
    """A byte count the way every screen (and the CLI) writes it: SI units, 1000-based
    ("3.9 MB", "1.2 GB"), one decimal, in the UI language's number format."""
    return (locale or QLocale()).formattedDataSize(int(size), 1,
                                                   QLocale.DataSizeFormat.DataSizeSIFormat)


def quiet(label: QLabel) -> None:
    """Secondary text: the theme's text colour, a third of the way to the background, so
    it reads as secondary and still has enough contrast (the "disabled" grey has too little)."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor(round(text.red() * 0.65 + back.red() * 0.35),
                   round(text.green() * 0.65 + back.green() * 0.35),
                   round(text.blue() * 0.65 + back.blue() * 0.35))
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
