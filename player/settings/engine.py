"""The Settings dialog's engine side. Its use cases (`read_snapshot`, `write_changes`) live in
`sync.services.settings`, shared with the command line; they run on the bridge's store lane,
and the engine modules they need are imported on the UI thread first
(`warm_settings_engine`, see `player.bridge.warm_engine`).
"""
from __future__ import annotations

import importlib

from sync.services.settings import SettingRefused, SettingsSnapshot, read_snapshot, write_changes

__all__ = ["SettingRefused", "SettingsSnapshot", "read_snapshot", "warm_settings_engine",
           "write_changes"]

#: Imported on the UI thread before the first task (see `player.bridge.warm_engine`).
_ENGINE = ("sync.config", "sync.site_config", "sync.trust", "sync.signing")


def warm_settings_engine() -> None:
    """Import the settings engine here, on the UI thread, never first in a worker."""
    for name in _ENGINE:
        importlib.import_module(name)
