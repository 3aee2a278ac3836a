"""Settings (see `player.settings`): the names this module had, for the modules and tests
that import them from here."""
from __future__ import annotations

from player.settings.dialog import SettingsDialog, open_settings
from player.settings.engine import SettingRefused, SettingsSnapshot, read_snapshot, warm_settings_engine, write_changes
from player.settings.form import SettingRow, lock_pixmap
from player.settings.pages import hours_text, key_label, parse_hours_text
from player.settings.validators import KEYS, MAX_KBPS
from player.widgets import quiet, small_font

__all__ = ["KEYS", "MAX_KBPS", "SettingRefused", "SettingRow", "SettingsDialog",
           "SettingsSnapshot", "hours_text", "key_label", "lock_pixmap", "open_settings",
           "parse_hours_text", "quiet", "read_snapshot", "small_font", "warm_settings_engine",
           "write_changes"]
