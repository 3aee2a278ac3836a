"""Words every screen writes the same way: language names, byte sizes, secondary text."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


def language_name(tag: str) -> str:
    """A course's language in its own name, as language lists write them whatever the
    interface language (issue #16): "en" -> "English", "ar" -> "العربية", "fr-CA" ->
    "Français (Canada)". Other languages by Qt's (English) name.

    Qt's native names carry a region even for bare tags ("en" is "American English", "es"
    "español de España"), which would misdescribe a course, so they are not used.
    """
    from sync.languages import INTERFACE_LANGUAGES

    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    base = tag.replace("-", "_").split("_")[0].lower()
    name = "中文" if base == "zh" else INTERFACE_LANGUAGES.get(base) or QLocale.languageToString(
        locale.language())
    if "-" in tag or "_" in tag:
        region = locale.nativeTerritoryName() if base in INTERFACE_LANGUAGES or base == "zh" \
            else QLocale.territoryToString(locale.territory())
        return f"{name} ({region})"
    return name


def isolate(text: str) -> str:
    """Course or learner text to put inside a translated sentence: first cleaned of bidi
    controls (`sync.text_safety.clean_name`), then wrapped in FIRST STRONG ISOLATE ... POP
    DIRECTIONAL ISOLATE, so an English title in an Arabic sentence (or the reverse) keeps its
    own order and its punctuation stays on its side (issue #16)."""
    from sync.text_safety import clean_name

    cleaned = clean_name(text)
    return f"\u2068{cleaned}\u2069" if cleaned else cleaned


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
