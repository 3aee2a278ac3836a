"""Fonts relative to the system font, so every heading and help line grows with it.

The one place that scales, emboldens or shrinks a font: screens, dialogs and item views ask
for `heading_font(self.font(), 1.2)` instead of setting a size of their own.
"""
from __future__ import annotations

from PySide6.QtGui import QFont


def scaled_font(font: QFont, factor: float) -> QFont:
    """`font` made `factor` times larger, relative to the system font (never a fixed size)."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        scaled.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return scaled


def bold_font(base: QFont) -> QFont:
    """`base` in bold, at its own size (state words, badges, warnings)."""
    font = QFont(base)
    font.setBold(True)
    return font


def heading_font(base: QFont, scale: float = 1.3) -> QFont:
    """A bold font relative to the system font, so headings scale with it."""
    return bold_font(scaled_font(base, scale))


def small_font(base: QFont) -> QFont:
    """A little smaller than the system font, for help lines; scales with it."""
    return scaled_font(base, 0.9)


#: Interface fonts put first for their language, where the system font draws the script
#: poorly (DejaVu Sans has Arabic, but not an interface Arabic; Debian: fonts-noto-ui-core,
#: which the .deb depends on). Latin text falls back to the system font after them. Chinese
#: is not listed: the system font stays first so Latin punctuation (’ “ ”) keeps its Latin
#: shape, and fontconfig finds WenQuanYi Micro Hei (fonts-wqy-microhei) for the ideographs.
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "ar": ("Noto Sans Arabic UI",),
}


def with_script_fonts(font: QFont, language: str) -> QFont:
    """`font` with `language`'s interface fonts first, where they are installed."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    wanted = [f for f in SCRIPT_FONTS.get(language, ()) if f in installed]
    if not wanted:
        return font
    chosen = QFont(font)
    chosen.setFamilies([*wanted, *[f for f in font.families() if f not in wanted]])
    return chosen
