"""Named learner profiles inside one OS account (shared court PCs), each with its own store.

A PIN keeps colleagues from studying (or posting) as each other by mistake on a shared
account; it is not encryption, and the docs say so.

Which profile exists is the learner's (or court IT's) explicit choice: only `--add` (or the
player's "New profile") creates one, so a mistyped `--profile` name is an error instead of
a fresh, unprotected profile. The one exception keeps a first start working: while a data
dir has no profile at all, `default` is created by whatever needs it first (the player, or
any CLI command). Renaming, deleting and changing a PIN need the profile's PIN; a forgotten
PIN is reset by an administrator (`reset_pin`), which keeps the learner's data.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import StoreError
from .paths import DataPaths, check_profile_name
from .profile_gate import (
    DEFAULT_PROFILE,
    PIN_SETTING,
    NoSuchProfileError,
    check_exists,
    last_used_name,
    pin_set,
    profile_names,
    remember_last_used,
    similar_name,
)
from .store import LearnerStore

__all__ = ["check_profile_name", "check_pin_format", "list_profiles", "create_profile", "set_pin",
           "has_pin", "check_pin", "resolve_profile", "profile_has_pin", "unlock",
           "change_pin", "rename_profile", "delete_profile", "reset_pin", "is_administrator",
           "NoSuchProfileError", "WrongPinError", "PinNeededError", "NotAdministratorError"]
log = logging.getLogger(__name__)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class WrongPinError(StoreError):
    """The PIN given for a profile is not its PIN."""


class PinNeededError(StoreError):
    """The profile has a PIN and none could be asked for (a script without --pin-stdin)."""


class NotAdministratorError(StoreError):
    """Resetting a forgotten PIN is court IT's job: it needs administrator rights."""


@dataclass(frozen=True)
class DeletedProfile:
    name: str
    unsent: int          # changes that never reached the hub, gone with the profile


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
    same = similar_name(root, paths.profile)
    if same is not None:  # "clerk ana" beside "Clerk Ana": one folder on Windows and macOS
        raise StoreError(f"There is already a profile called “{same}”.")
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


# --------------------------------------------------------------------------- which profile


def resolve_profile(root: Path, name: str | None) -> DataPaths:
    """The profile to use: `name` (from --profile or LECTERN_PROFILE) or, when None, the
    default. It must exist, except `default` while the data dir has no profile at all (a
    first start: the first command that writes creates it)."""
    chosen = check_profile_name(name) if name is not None else DEFAULT_PROFILE
    check_exists(Path(root), chosen, named=name is not None)
    return DataPaths(Path(root), chosen)


def _existing(root: Path, name: str) -> DataPaths:
    """A profile that exists now (never the first-start `default`, which is not there yet)."""
    paths = DataPaths(Path(root), check_profile_name(name))
    if not paths.db.is_file():
        similar = similar_name(root, paths.profile)
        hint = f" Did you mean “{similar}”?" if similar else ""
        raise NoSuchProfileError(f"There is no profile called “{paths.profile}”.{hint}")
    return paths


def profile_has_pin(root: Path, name: str) -> bool:
    paths = _existing(root, name)
    cheap = pin_set(paths.db)
    if cheap is not None:
        return cheap
    with LearnerStore.open(paths.db) as store:
        return has_pin(store)


def _verify(store: LearnerStore, name: str, pin: str | None) -> None:
    if not has_pin(store):
        return
    if not pin:
        raise PinNeededError(f"The profile “{name}” has a PIN; it is needed for this.")
    if not check_pin(store, pin):
        log.info("wrong PIN given for profile %s", name)
        raise WrongPinError(f"That PIN is not right for the profile “{name}”.")


def unlock(root: Path, name: str, pin: str | None) -> None:
    """Raise WrongPinError/PinNeededError unless `pin` opens the profile (or it has none)."""
    with LearnerStore.open(_existing(root, name).db) as store:
        _verify(store, name, pin)


# --------------------------------------------------------------------------- changing


def change_pin(root: Path, name: str, old_pin: str | None, new_pin: str | None) -> None:
    """Set, change or (with an empty `new_pin`) remove a profile's PIN; the current PIN is
    needed when there is one."""
    if new_pin:
        check_pin_format(new_pin)
    with LearnerStore.open(_existing(root, name).db) as store:
        _verify(store, name, old_pin)
        set_pin(store, new_pin or None)
    log.info("PIN of profile %s %s", name, "set" if new_pin else "removed")


def rename_profile(root: Path, old: str, new: str, pin: str | None) -> DataPaths:
    """Rename a profile (its folder); its PIN is needed when it has one. Close Lectern for
    that profile first: an open window keeps writing under the old name."""
    source = _existing(root, old)
    target = DataPaths(Path(root), check_profile_name(new))
    if target.profile == source.profile:
        return source
    same = similar_name(root, target.profile, besides=source.profile)
    if same is not None or target.profile_dir.exists() and \
            target.profile.casefold() != source.profile.casefold():
        raise StoreError(f"There is already a profile called “{same or target.profile}”.")
    with LearnerStore.open(source.db) as store:
        _verify(store, source.profile, pin)
    # Through a temporary name, so a change of letter case also works where the file
    # system ignores case (Windows, macOS).
    step = source.profile_dir.with_name(f".rename-{os.getpid()}-{target.profile}")
    try:
        os.replace(source.profile_dir, step)
        os.replace(step, target.profile_dir)
    except OSError as exc:
        if step.exists() and not source.profile_dir.exists():
            os.replace(step, source.profile_dir)  # put it back under its old name
        raise StoreError(f"The profile “{source.profile}” could not be renamed "
                         f"({exc.strerror or exc}). Close Lectern for it and try again.") from None
    if last_used_name(root) == source.profile:
        remember_last_used(root, target.profile)
    log.info("profile %s renamed to %s", source.profile, target.profile)
    return target


def delete_profile(root: Path, name: str, pin: str | None) -> DeletedProfile:
    """Delete a profile and everything in its folder (progress, posts not yet sent, its
    hub sign-in); its PIN is needed when it has one. Course files stay for the other
    profiles (`lectern gc` removes those no profile uses)."""
    paths = _existing(root, name)
    with LearnerStore.open(paths.db) as store:
        _verify(store, paths.profile, pin)
        unsent = store.pending_count() + store.held_count()
    trash = paths.profile_dir.with_name(f".deleting-{os.getpid()}-{paths.profile}")
    try:
        os.replace(paths.profile_dir, trash)  # gone from every listing at once, even if rmtree stops
    except OSError as exc:
        raise StoreError(f"The profile “{paths.profile}” could not be deleted "
                         f"({exc.strerror or exc}). Close Lectern for it and try again.") from None
    shutil.rmtree(trash, ignore_errors=True)
    if last_used_name(root) == paths.profile:
        remember_last_used(root, None)
    log.info("profile %s deleted (%d unsent changes)", paths.profile, unsent)
    return DeletedProfile(paths.profile, unsent)


# --------------------------------------------------------------------------- court IT


def is_administrator() -> bool:
    """root on Linux and macOS; an elevated Administrator on Windows."""
    if sys.platform == "win32":
        try:
            import ctypes

            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except (OSError, AttributeError):
            return False
    return os.geteuid() == 0


def reset_pin(root: Path, name: str) -> None:
    """Court IT's reset of a forgotten PIN: the PIN is removed, the learner's data stays.

    Administrators only. Everyone who shares an OS account owns its data dir, so "the
    owner may reset" would let any colleague take over a protected profile; administrator
    rights are what a court's learners do not have. Files the reset writes (as root) are
    handed back to the owner of the profile folder, so the learner's Lectern can still
    write them.
    """
    if not is_administrator():
        raise NotAdministratorError(
            "Resetting a forgotten PIN needs administrator rights: court IT runs "
            f"`sudo lectern --data-dir DIR profiles --reset-pin \"{name}\"` (on Windows: "
            "from an administrator command prompt).")
    paths = _existing(root, name)
    with LearnerStore.open(paths.db) as store:
        set_pin(store, None)
    _give_back(paths.profile_dir)
    log.info("PIN of profile %s reset by an administrator (its data is kept)", paths.profile)


def _give_back(folder: Path) -> None:
    """Root wrote in a learner's folder: files it created there become the folder owner's."""
    if os.name != "posix":
        return
    owner = folder.stat()
    for entry in folder.iterdir():
        st = entry.lstat()
        if (st.st_uid, st.st_gid) != (owner.st_uid, owner.st_gid):
            os.lchown(entry, owner.st_uid, owner.st_gid)
