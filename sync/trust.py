"""Which publishers this learner's Lectern trusts: court IT's keys and the learner's own.

`trust_policy` is the one place that decides, for the player and every CLI command: when court
IT locked `trusted_keys` or `allow_unsigned_bundles`, an override (`--trust`, `--allow-unsigned`,
`lectern trust KEY`) is refused with a ConfigError rather than quietly ignored, so nothing says
"trusted" for a key that is not.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .bundle import TrustPolicy
from .errors import ConfigError, KeyFileError
from .signing import PublicKey
from .site_config import SiteConfig, load_site_config
from .store import LearnerStore

TRUSTED_KEYS = "trusted_keys"
ALLOW_UNSIGNED = "allow_unsigned_bundles"
KEYS_LOCKED = ("The trusted publishers are set by your administrator and cannot be "
               "changed here.")


@dataclass(frozen=True)
class TrustedKey:
    """A publisher key in force, and whether court IT's file gave it."""

    key: PublicKey
    by_administrator: bool


def trusted_keys(store: LearnerStore) -> list[PublicKey]:
    """The learner's own keys as stored (in force only while court IT has not locked the list)."""
    keys = []
    for text in store.get_setting(TRUSTED_KEYS, []) or []:
        try:
            keys.append(PublicKey.parse(text))
        except KeyFileError:
            continue
    return keys


def keys_in_force(store: LearnerStore, site: SiteConfig | None = None) -> list[TrustedKey]:
    """Court IT's keys, then the learner's (unless the list is locked), each once."""
    site = site if site is not None else load_site_config()
    found = [TrustedKey(k, True) for k in site.trusted_keys]
    if TRUSTED_KEYS not in site.locked:
        found += [TrustedKey(k, False) for k in trusted_keys(store)]
    seen: set[str] = set()
    unique = []
    for entry in found:
        if entry.key.key_id not in seen:
            seen.add(entry.key.key_id)
            unique.append(entry)
    return unique


def _check_unlocked(site: SiteConfig | None) -> None:
    site = site if site is not None else load_site_config()
    if TRUSTED_KEYS in site.locked:
        raise ConfigError(KEYS_LOCKED)


def add_trusted_key(store: LearnerStore, key: PublicKey, site: SiteConfig | None = None) -> bool:
    """Trust a publisher; refused when court IT locked the list (it would be ignored)."""
    _check_unlocked(site)
    added = False

    def add(texts: list[str] | None) -> list[str]:
        nonlocal added
        texts = texts or []
        if any(PublicKey.parse(t).key_id == key.key_id for t in texts):
            return texts
        added = True
        return [*texts, key.to_text().strip()]

    store.update_setting(TRUSTED_KEYS, add, [])  # read and written together: two adds both count
    return added


def remove_trusted_key(store: LearnerStore, key_id: str, site: SiteConfig | None = None) -> bool:
    _check_unlocked(site)
    removed = False

    def remove(texts: list[str] | None) -> list[str]:
        nonlocal removed
        texts = texts or []
        kept = [t for t in texts if PublicKey.parse(t).key_id != key_id]
        removed = len(kept) != len(texts)
        return kept

    store.update_setting(TRUSTED_KEYS, remove, [])
    return removed


def trust_policy(store: LearnerStore, extra_keys: Iterable[PublicKey] = (),
                 allow_unsigned: bool | None = None, site: SiteConfig | None = None) -> TrustPolicy:
    """Court IT's keys, the learner's keys (unless court IT locked the list), and any given
    here for one import; unsigned bundles only with an explicit option or setting.

    An extra key or `allow_unsigned=True` that a lock forbids raises ConfigError."""
    site = site if site is not None else load_site_config()
    keys = [entry.key for entry in keys_in_force(store, site)]
    extra = list(extra_keys)
    if TRUSTED_KEYS in site.locked:
        outside = [k for k in extra if k.key_id not in {s.key_id for s in site.trusted_keys}]
        if outside:
            raise ConfigError("The trusted publishers are set by your administrator; "
                              f"key {outside[0].key_id} cannot be trusted here.")
    locked_value = bool(site.values.get(ALLOW_UNSIGNED, False))
    if ALLOW_UNSIGNED in site.locked:
        if allow_unsigned and not locked_value:
            raise ConfigError("Whether unsigned courses are accepted is set by your "
                              "administrator; --allow-unsigned cannot change it here.")
        allow_unsigned = locked_value
    elif allow_unsigned is None:
        allow_unsigned = bool(store.get_setting(ALLOW_UNSIGNED, locked_value))
    seen = {k.key_id for k in keys}
    keys += [k for k in extra if k.key_id not in seen]
    return TrustPolicy(tuple(keys), bool(allow_unsigned))
