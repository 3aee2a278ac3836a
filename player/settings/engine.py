"""The Settings dialog's engine side: what it reads to show (`read_snapshot`) and how it
stores the learner's changes (`write_changes`). Both run on the bridge's store lane (a worker
thread) with a store the bridge opened there; the engine modules are imported on the UI
thread first (`warm_settings_engine`, see `player.bridge.warm_engine`).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from player.settings.validators import KEYS

if TYPE_CHECKING:
    from sync.config import Settings
    from sync.signing import PublicKey
    from sync.store import LearnerStore

#: Imported on the UI thread before the first task (see `player.bridge.warm_engine`).
_ENGINE = ("sync.config", "sync.site_config", "sync.trust", "sync.signing")


def warm_settings_engine() -> None:
    """Import the settings engine here, on the UI thread, never first in a worker."""
    for name in _ENGINE:
        importlib.import_module(name)


@dataclass(frozen=True)
class SettingsSnapshot:
    """What the dialog shows: effective settings, and the publishers trusted and by whom."""

    settings: "Settings"
    site_path: Path | None
    site_keys: tuple["PublicKey", ...]
    user_keys: tuple["PublicKey", ...]
    keys_locked: bool
    #: the course server address in use: court IT's locked one, else the signed-in
    #: account's, else the setting ('' = none yet); what the address field shows.
    server_in_use: str = ""
    #: who is signed in to it ('' = nobody): then the address is the account's, not a setting.
    signed_in_as: str = ""


class SettingRefused(Exception):
    """The engine refused one setting; carries which, so the dialog can point at it."""

    def __init__(self, name: str, error: BaseException) -> None:
        super().__init__(f"{name}: {error}")
        self.name = name
        self.error = error


def read_snapshot(store: "LearnerStore", paths: Any = None) -> SettingsSnapshot:
    """`paths` (the profile's `DataPaths`): to show the signed-in account's course server."""
    from sync.config import hub_url_for, load_settings, same_hub_url
    from sync.credentials import load_credentials
    from sync.site_config import load_site_config
    from sync.trust import trusted_keys

    site = load_site_config()
    settings = load_settings(store, site)
    creds = load_credentials(paths) if paths is not None else None
    in_use = hub_url_for(settings, remembered=creds.hub_url if creds else None)
    signed_in = creds is not None and creds.token and same_hub_url(creds.hub_url, in_use)
    return SettingsSnapshot(settings, site.path, tuple(site.trusted_keys),
                            tuple(trusted_keys(store)), KEYS in site.locked, in_use,
                            creds.username if signed_in and creds is not None else "")


def write_changes(store: "LearnerStore", changes: dict[str, Any],
                  add_keys: tuple["PublicKey", ...] = (), remove_ids: tuple[str, ...] = ()) -> None:
    """Store the learner's changes; the site file is read again so a lock court IT added
    while the dialog was open is still honoured."""
    from sync.config import set_setting
    from sync.errors import ConfigError, LecternError
    from sync.site_config import load_site_config
    from sync.trust import add_trusted_key, remove_trusted_key

    site = load_site_config()
    for name, value in changes.items():
        try:
            set_setting(store, name, value, site)
        except LecternError as exc:
            raise SettingRefused(name, exc) from exc
    if (add_keys or remove_ids) and KEYS in site.locked:
        raise SettingRefused(KEYS, ConfigError(
            "The trusted publishers are set by your administrator and cannot be changed here."))
    for key in add_keys:
        add_trusted_key(store, key)
    for key_id in remove_ids:
        remove_trusted_key(store, key_id)
