"""The learner's settings and trusted publishers, under court IT's site configuration.

The interface language (issue #16) is one of them: the learner's choice, else court IT's
`language`, else the computer's own; a locked site language beats the learner's. The choice
is kept per profile in a one-line file beside the learner database (`LANGUAGE_FILE`), since
the window reads it before it opens, before the store is loaded.

Defaults < court IT's file < the learner's own values, except what court IT locked: a
change to a locked setting, or to a locked list of trusted publishers, is refused with a
ConfigError ("set by your administrator"), never accepted and ignored. The site file is
read again for every change, so a lock court IT added meanwhile is honoured.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from ..errors import ConfigError
from ..paths import DataPaths

if TYPE_CHECKING:
    from ..config import Settings
    from ..signing import PublicKey
    from ..site_config import SiteConfig
    from ..store import LearnerStore
    from ..trust import TrustedKey

#: The site file's name for the list of trusted publishers (a lock can cover it).
TRUSTED_KEYS = "trusted_keys"
#: The interface language's name, in the site file and in the Settings screen's changes.
LANGUAGE = "language"
#: The learner's interface language: one line in the profile's folder ("" or none: no choice).
LANGUAGE_FILE = "interface-language"
LANGUAGE_LOCKED = "The interface language is set by your administrator and cannot be changed here."


@dataclass(frozen=True)
class LanguageChoice:
    """The interface language and where it comes from."""

    #: the language the window uses ("" = the computer's own)
    code: str
    #: what the learner chose ("" = no choice)
    learner: str = ""
    #: court IT's `language` ("" = none)
    site: str = ""
    #: court IT locked it: the learner's choice does not count
    locked: bool = False
KEYS_LOCKED = ("The trusted publishers are set by your administrator and cannot be "
               "changed here.")


@dataclass(frozen=True)
class SettingsReport:
    """Settings as they apply (`names`: the ones asked about) and court IT's file."""

    settings: "Settings"
    site: "SiteConfig"
    names: tuple[str, ...]

    def value(self, name: str) -> Any:
        return getattr(self.settings, name)

    def locked(self, name: str) -> bool:
        return name in self.settings.locked


@dataclass(frozen=True)
class SettingsSnapshot:
    """What the settings screen shows: effective settings, and the publishers trusted and
    by whom."""

    settings: "Settings"
    site_path: Path | None
    site_keys: "tuple[PublicKey, ...]"
    user_keys: "tuple[PublicKey, ...]"
    keys_locked: bool
    #: the course server address in use: court IT's locked one, else the signed-in
    #: account's, else the setting ('' = none yet); what the address field shows.
    server_in_use: str = ""
    #: who is signed in to it ('' = nobody): then the address is the account's, not a setting.
    signed_in_as: str = ""
    #: the interface language as it applies, the learner's choice and court IT's
    language: LanguageChoice = LanguageChoice("")


class SettingRefused(ConfigError):
    """The engine refused one setting; carries which, so a screen can point at it."""

    def __init__(self, name: str, error: BaseException) -> None:
        super().__init__(f"{name}: {error}")
        self.name = name
        self.error = error


@dataclass(frozen=True)
class PublisherTrusted:
    """`lectern trust KEY.pub`: the key, and False when it was trusted already."""

    key: "PublicKey"
    added: bool


def setting_names() -> tuple[str, ...]:
    """Every setting there is, in the order listings show them."""
    from ..config import SETTING_NAMES

    return SETTING_NAMES


def check_setting_name(name: str) -> str:
    """`name` if there is such a setting, else a ConfigError. Cheap: a command line runs it
    before asking for a PIN; the functions below check again."""
    if name not in setting_names():
        raise ConfigError(f"There is no setting called '{name}'.")
    return name


def settings_report(paths: DataPaths, name: str | None = None) -> SettingsReport:
    """The settings that apply to this profile (one, or all) and court IT's file, read now."""
    from ..config import load_settings
    from ..site_config import load_site_config
    from ..store import LearnerStore

    names = (check_setting_name(name),) if name else setting_names()
    site = load_site_config()
    with LearnerStore.open(paths.ensure().db) as store:
        return SettingsReport(load_settings(store, site), site, names)


def change_setting(paths: DataPaths, name: str, value: Any) -> SettingsReport:
    """Set one of the learner's settings; refused (ConfigError) when it is unknown, of the
    wrong type or value, or locked by court IT. Returns the settings as they now apply."""
    from ..config import load_settings, set_setting
    from ..site_config import load_site_config
    from ..store import LearnerStore

    check_setting_name(name)
    site = load_site_config()
    with LearnerStore.open(paths.ensure().db) as store:
        set_setting(store, name, value, site)
        return SettingsReport(load_settings(store, site), site, (name,))


def read_snapshot(store: "LearnerStore", paths: DataPaths | None = None) -> SettingsSnapshot:
    """The settings screen's contents (store lane). `paths`: to show the signed-in
    account's course server."""
    from ..config import hub_url_for, load_settings, same_hub_url
    from ..credentials import load_credentials
    from ..site_config import load_site_config
    from ..trust import trusted_keys

    site = load_site_config()
    settings = load_settings(store, site)
    creds = load_credentials(paths) if paths is not None else None
    in_use = hub_url_for(settings, remembered=creds.hub_url if creds else None)
    signed_in = creds is not None and bool(creds.token) and same_hub_url(creds.hub_url, in_use)
    return SettingsSnapshot(settings, site.path, tuple(site.trusted_keys),
                            tuple(trusted_keys(store)), TRUSTED_KEYS in site.locked, in_use,
                            creds.username if signed_in and creds is not None else "",
                            language_choice(paths, site))


def _learner_language(paths: DataPaths | None) -> str:
    if paths is None:
        return ""
    from ..languages import interface_language

    try:
        text = (paths.profile_dir / LANGUAGE_FILE).read_text(encoding="utf-8")
        return interface_language(text)
    except (OSError, UnicodeDecodeError, ValueError):
        return ""  # no choice, or one this version does not ship: the next layer decides


def language_choice(paths: DataPaths | None, site: "SiteConfig | None" = None) -> LanguageChoice:
    """The interface language for this profile (`paths`; None: before one is chosen): cheap
    enough for the start, before the window (a file read and court IT's file)."""
    from ..site_config import LANGUAGE as SITE_LANGUAGE
    from ..site_config import load_site_config

    site = site if site is not None else load_site_config()
    from_site = str(site.values.get(SITE_LANGUAGE, ""))
    locked = SITE_LANGUAGE in site.locked
    learner = _learner_language(paths)
    code = from_site if locked else (learner or from_site)
    return LanguageChoice(code, learner, from_site, locked)


def choose_language(paths: DataPaths, code: str, site: "SiteConfig | None" = None) -> LanguageChoice:
    """The learner chooses the interface language ("" = the computer's own, or court IT's);
    refused (ConfigError) when court IT locked it or Lectern has no such language. It applies
    from the next start of the window."""
    from ..atomic_file import write_bytes
    from ..languages import interface_language
    from ..site_config import LANGUAGE as SITE_LANGUAGE
    from ..site_config import load_site_config

    site = site if site is not None else load_site_config()
    if SITE_LANGUAGE in site.locked:
        raise ConfigError(LANGUAGE_LOCKED)
    try:
        chosen = interface_language(code)
    except ValueError as exc:
        raise ConfigError(str(exc)[0].upper() + str(exc)[1:] + ".") from None
    file = paths.ensure().profile_dir / LANGUAGE_FILE
    if chosen:
        write_bytes(file, (chosen + "\n").encode("utf-8"))
    else:
        file.unlink(missing_ok=True)
    return language_choice(paths, site)


def write_changes(store: "LearnerStore", changes: dict[str, Any],
                  add_keys: "Iterable[PublicKey]" = (), remove_ids: Iterable[str] = (),
                  paths: DataPaths | None = None) -> None:
    """Store the settings screen's changes (store lane); the first refused one raises
    SettingRefused naming it. The site file is read again, so a lock court IT added while
    the screen was open is still honoured. `changes` may name the interface language
    (`LANGUAGE`); then `paths` says whose."""
    from ..config import set_setting
    from ..errors import LecternError
    from ..site_config import load_site_config
    from ..trust import add_trusted_key, remove_trusted_key

    add_keys, remove_ids = tuple(add_keys), tuple(remove_ids)
    site = load_site_config()
    changes = dict(changes)
    if LANGUAGE in changes:
        language = changes.pop(LANGUAGE)
        try:
            if paths is None:
                raise ConfigError("Whose interface language to change was not said.")
            choose_language(paths, str(language), site)
        except LecternError as exc:
            raise SettingRefused(LANGUAGE, exc) from exc
    for name, value in changes.items():
        try:
            set_setting(store, name, value, site)
        except LecternError as exc:
            raise SettingRefused(name, exc) from exc
    if (add_keys or remove_ids) and TRUSTED_KEYS in site.locked:
        raise SettingRefused(TRUSTED_KEYS, ConfigError(KEYS_LOCKED))
    for key in add_keys:
        add_trusted_key(store, key, site)
    for key_id in remove_ids:
        remove_trusted_key(store, key_id, site)


def read_key_file(path: Path | str) -> "PublicKey":
    """A publisher's public key file (KeyFileError, in plain words, when it is not one)."""
    from ..signing import load_public_key

    return load_public_key(Path(path))


def trusted_publishers(paths: DataPaths) -> "list[TrustedKey]":
    """Court IT's publisher keys, then the learner's (unless court IT locked the list)."""
    from ..site_config import load_site_config
    from ..store import LearnerStore
    from ..trust import keys_in_force

    site = load_site_config()
    with LearnerStore.open(paths.ensure().db) as store:
        return keys_in_force(store, site)


def trust_publisher(paths: DataPaths, key_file: Path | str) -> PublisherTrusted:
    """Trust the publisher whose public key is in `key_file`; refused when court IT locked
    the list (the key would be ignored)."""
    from ..site_config import load_site_config
    from ..store import LearnerStore
    from ..trust import add_trusted_key

    site = load_site_config()
    key = read_key_file(key_file)
    with LearnerStore.open(paths.ensure().db) as store:
        return PublisherTrusted(key, add_trusted_key(store, key, site))


def distrust_publisher(paths: DataPaths, key_id: str) -> bool:
    """Stop trusting a publisher key; False when it was not trusted. Refused when locked."""
    from ..site_config import load_site_config
    from ..store import LearnerStore
    from ..trust import remove_trusted_key

    site = load_site_config()
    with LearnerStore.open(paths.ensure().db) as store:
        return remove_trusted_key(store, key_id, site)


#: A screen's own preference (e.g. "video_playback_rate"): lower case, digits, underscores.
_PREFERENCE = re.compile(r"[a-z][a-z0-9_]{2,63}")


def _engine_keys() -> frozenset[str]:
    """Settings keys the engine keeps for itself: a preference never reads or writes them."""
    from ..demo import DEMO_OFFERED
    from ..machine_store import OFFERED
    from ..profile_gate import PIN_SETTING
    from ..store.settings import CATALOG_CACHE  # not .catalog: that loads the network stack

    return frozenset({*setting_names(), TRUSTED_KEYS, PIN_SETTING, CATALOG_CACHE,
                      DEMO_OFFERED, OFFERED, LANGUAGE})


def _preference_key(key: str) -> str:
    if not _PREFERENCE.fullmatch(key) or key in _engine_keys():
        raise ConfigError(f"'{key}' cannot be kept as a preference.")
    return key


def read_preference(store: "LearnerStore", key: str, default: Any = None) -> Any:
    """A screen's remembered choice for this profile (a captions language, a speed)."""
    return store.get_setting(_preference_key(key), default)


def save_preference(store: "LearnerStore", key: str, value: Any) -> None:
    """Remember a screen's choice for this profile. Never a setting (those go through
    `change_setting`, which honours court IT's locks), a PIN or another engine key."""
    store.set_setting(_preference_key(key), value)
