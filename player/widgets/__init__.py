"""Widgets and helpers every screen shares: fonts from the system font, language names and
byte sizes, and the header, card list and card the card screens are built from.

Light on purpose: only QtWidgets, so the library screen loads nothing more through it.
"""
from __future__ import annotations

from player.widgets.fonts import bold_font, heading_font, scaled_font, small_font
from player.widgets.screen import (
    Card,
    CardList,
    CardScreen,
    NoticeLabel,
    OneOfEach,
    ScreenHeader,
    make_button,
    make_label,
    tab_path,
)
from player.widgets.text import format_size, language_name, quiet

__all__ = ["Card", "CardList", "CardScreen", "NoticeLabel", "OneOfEach", "ScreenHeader",
           "bold_font", "format_size", "heading_font", "language_name", "make_button",
           "make_label", "quiet", "scaled_font", "small_font", "tab_path"]
