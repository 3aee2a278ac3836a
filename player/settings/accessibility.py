"""Settings ▸ Accessibility (issue #16): high contrast, and the captions' size and
background. These are the learner's own preferences (per profile, never locked by court IT),
applied and kept at once, not on Save: a learner who cannot read the dialog must not first
have to find its Save button.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from player.item_views.video.caption_style import (
    BACKGROUNDS,
    CAPTION_BACKGROUND_SETTING,
    CAPTION_SIZE_SETTING,
    DEFAULT_BACKGROUND,
    DEFAULT_SIZE,
    SIZES,
    background_words,
    restyle_shown_captions,
)
from player.widgets.palette import HIGH_CONTRAST_SETTING, apply_palette, high_contrast_on

if TYPE_CHECKING:
    from player.bridge import TaskManager
    from player.settings.form import SettingsForm


class AccessibilityPage(QWidget):
    """High contrast, captions size and captions background, kept as they change."""

    def __init__(self, bridge: "TaskManager", form: "SettingsForm",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lectern-settings-accessibility")
        self._bridge = bridge
        self._loading = True
        rows = form.section(self, self.tr("Accessibility"))
        self.high_contrast_check = QCheckBox(self.tr("&High contrast"), self)
        self.high_contrast_check.setAccessibleName(self.tr("High contrast colours"))
        self.high_contrast_check.setChecked(high_contrast_on())
        rows.addRow(self.high_contrast_check)
        self.caption_size_combo = QComboBox(self)
        self.caption_size_combo.setAccessibleName(self.tr("Caption size"))
        for size in SIZES:
            self.caption_size_combo.addItem(self.tr("%1%").replace("%1", str(size)), size)
        self.caption_size_combo.setCurrentIndex(SIZES.index(DEFAULT_SIZE))
        size_label = QLabel(self.tr("Caption si&ze:"), self)
        size_label.setBuddy(self.caption_size_combo)
        rows.addRow(size_label, self.caption_size_combo)
        self.caption_background_combo = QComboBox(self)
        self.caption_background_combo.setAccessibleName(self.tr("Caption background"))
        for name in BACKGROUNDS:
            self.caption_background_combo.addItem(background_words(name), name)
        background_label = QLabel(self.tr("Caption bac&kground:"), self)
        background_label.setBuddy(self.caption_background_combo)
        rows.addRow(background_label, self.caption_background_combo)
        note = QLabel(self.tr("These apply at once and are kept for your profile."), self)
        note.setWordWrap(True)
        note.setAccessibleName(self.tr("About these settings"))
        rows.addRow(note)
        self.high_contrast_check.toggled.connect(self._contrast_changed)
        self.caption_size_combo.currentIndexChanged.connect(self._size_changed)
        self.caption_background_combo.currentIndexChanged.connect(self._background_changed)
        self._read()

    # ------------------------------------------------------------------ store

    def _read(self) -> None:
        from sync.services.settings import read_preference

        pending = {HIGH_CONTRAST_SETTING, CAPTION_SIZE_SETTING, CAPTION_BACKGROUND_SETTING}

        def reader(key: str) -> Any:
            def done(value: Any, error: BaseException | None) -> None:
                if not shiboken6.isValid(self):
                    return
                if error is None and value is not None:
                    self._show(key, value)
                pending.discard(key)
                if not pending:
                    self._loading = False
            return done

        for key in sorted(pending):
            self._bridge.call_service(read_preference, reader(key), key=key, context=self)

    def _show(self, key: str, value: Any) -> None:
        if key == HIGH_CONTRAST_SETTING and isinstance(value, bool):
            self.high_contrast_check.setChecked(value)
        elif key == CAPTION_SIZE_SETTING and value in SIZES:
            self.caption_size_combo.setCurrentIndex(SIZES.index(value))
        elif key == CAPTION_BACKGROUND_SETTING and value in BACKGROUNDS:
            self.caption_background_combo.setCurrentIndex(list(BACKGROUNDS).index(value))

    def _keep(self, key: str, value: Any) -> None:
        from sync.services.settings import save_preference

        if not self._loading:
            self._bridge.call_service(save_preference, None, key=key, value=value)

    # ------------------------------------------------------------------ changes

    def _contrast_changed(self, on: bool) -> None:
        apply_palette(on)
        self._keep(HIGH_CONTRAST_SETTING, on)

    def _size_changed(self, _index: int) -> None:
        size = self.caption_size_combo.currentData()
        restyle_shown_captions(size=size)
        self._keep(CAPTION_SIZE_SETTING, size)

    def _background_changed(self, _index: int) -> None:
        background = self.caption_background_combo.currentData() or DEFAULT_BACKGROUND
        restyle_shown_captions(background=background)
        self._keep(CAPTION_BACKGROUND_SETTING, background)
