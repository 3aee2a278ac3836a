"""Which publishers this learner's Lectern trusts: keys in settings (and, later, site config)."""
from __future__ import annotations

from typing import Iterable

from .bundle import TrustPolicy
from .errors import KeyFileError
from .signing import PublicKey
from .site_config import SiteConfig, load_site_config
from .store import LearnerStore

TRUSTED_KEYS = "trusted_keys"
ALLOW_UNSIGNED = "allow_unsigned_bundles"


def trusted_keys(store: LearnerStore) -> list[PublicKey]:
    keys = []
    for text in store.get_setting(TRUSTED_KEYS, []) or []:
        try:
            keys.append(PublicKey.parse(text))
        except KeyFileError:
            continue
    return keys


def add_trusted_key(store: LearnerStore, key: PublicKey) -> bool:
    texts = store.get_setting(TRUSTED_KEYS, []) or []
    if any(PublicKey.parse(t).key_id == key.key_id for t in texts):
        return False
    store.set_setting(TRUSTED_KEYS, [*texts, key.to_text().strip()])
    return True


def remove_trusted_key(store: LearnerStore, key_id: str) -> bool:
    texts = store.get_setting(TRUSTED_KEYS, []) or []
    kept = [t for t in texts if PublicKey.parse(t).key_id != key_id]
    store.set_setting(TRUSTED_KEYS, kept)
    return len(kept) != len(texts)


def trust_policy(store: LearnerStore, extra_keys: Iterable[PublicKey] = (),
                 allow_unsigned: bool | None = None, site: SiteConfig | None = None) -> TrustPolicy:
    """Court IT's keys, the learner's keys (unless court IT locked the list), and any given
    here; unsigned bundles only with an explicit option or setting."""
    site = site if site is not None else load_site_config()
    keys = list(site.trusted_keys)
    if TRUSTED_KEYS not in site.locked:
        keys += trusted_keys(store)
    if allow_unsigned is None:
        if ALLOW_UNSIGNED in site.locked:
            allow_unsigned = bool(site.values.get(ALLOW_UNSIGNED, False))
        else:
            allow_unsigned = bool(store.get_setting(ALLOW_UNSIGNED, site.values.get(ALLOW_UNSIGNED, False)))
    return TrustPolicy(tuple(keys) + tuple(extra_keys), allow_unsigned)
