"""Named learner profiles inside one OS account (shared court PCs), each with its own store.

A PIN keeps colleagues from studying (or posting) as each other by mistake on a shared
account; it is not encryption, and the docs say so.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import re
from pathlib import Path

from .errors import StoreError
from .paths import DataPaths, check_profile_name
from .profile_gate import PIN_SETTING, profile_names
from .store import LearnerStore

__all__ = ["check_profile_name", "check_pin_format", "list_profiles", "create_profile", "set_pin",
           "has_pin", "check_pin"]
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def list_profiles(root: Path) -> list[str]:
    return profile_names(root)


def check_pin_format(pin: str) -> str:
    if not re.fullmatch(r"\d{4,12}", pin):
        raise StoreError("A PIN has 4 to 12 digits.")
    return pin


def create_profile(root: Path, name: str, pin: str | None = None) -> DataPaths:
    paths = DataPaths(Path(root), check_profile_name(name))
    if pin:
        check_pin_format(pin)  # before anything is created: a bad PIN leaves no profile behind
    if paths.db.exists():
        raise StoreError(f"There is already a profile called “{name}”.")
    paths.ensure()
    with LearnerStore.open(paths.db) as store:
        if pin:
            set_pin(store, pin)
    return paths


def set_pin(store: LearnerStore, pin: str | None) -> None:
    if not pin:
        store.set_setting(PIN_SETTING, None)
        return
    check_pin_format(pin)
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, dklen=32, **_SCRYPT)
    store.set_setting(PIN_SETTING, {"salt": salt.hex(), "hash": digest.hex(), **_SCRYPT})


def has_pin(store: LearnerStore) -> bool:
    return bool(store.get_setting(PIN_SETTING, None))


def check_pin(store: LearnerStore, pin: str) -> bool:
    rec = store.get_setting(PIN_SETTING, None)
    if not rec:
        return True
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(rec["salt"]), dklen=32,
                            n=rec["n"], r=rec["r"], p=rec["p"])
    return hmac.compare_digest(digest.hex(), rec["hash"])
