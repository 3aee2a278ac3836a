"""Learner profiles on a shared PC: which exist, opening one (its PIN checked), creating,
renaming, deleting, PINs, and carrying a profile's learning to another PC.

A PIN is asked only of a profile that has one: every function here takes a `PinSource`,
the PIN itself or a function that asks for it (a terminal prompt, a line of stdin), called
at most once and only when it is needed. A wrong PIN is a `WrongPinError`, a missing one a
`PinNeededError` (both `StoreError`s, plain words); the caller decides how long a wrong
guess waits.

This module loads only the standard library until a function needs the store: the player
asks it about profiles before its first paint.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..paths import DataPaths, check_profile_name
from ..profile_gate import DEFAULT_PROFILE, NoSuchProfileError, check_exists, pin_set

if TYPE_CHECKING:
    from ..errors import StoreError
    from ..profile_transfer import ProfileImportResult
    from ..profiles import DeletedProfile

#: A PIN, None (no PIN given), or a function that asks for it (given the profile's name)
#: when the profile has one.
PinSource = str | None | Callable[[str], "str | None"]

__all__ = ["DEFAULT_PROFILE", "NoSuchProfileError", "PinNeededError", "PinSource",  # noqa: F822 - loaded on first use (__getattr__)
           "ProfileRecord", "WrongPinError", "add_profile", "change_pin", "check_pin", "data_root",  # noqa: F822
           "delete_profile", "export_learning", "find_profile", "has_pin", "import_learning",
           "last_used", "list_profiles", "open_profile", "remember_last_used", "rename_profile",
           "reset_pin"]


def __getattr__(name: str) -> "type[StoreError]":
    """`WrongPinError` and `PinNeededError` without loading the store at import time."""
    if name in ("WrongPinError", "PinNeededError", "NotAdministratorError"):
        from .. import profiles

        error: type[StoreError] = getattr(profiles, name)
        return error
    raise AttributeError(name)


@dataclass(frozen=True)
class ProfileRecord:
    """One profile as a listing shows it."""

    name: str
    has_pin: bool


def _given(pin: PinSource, name: str) -> str | None:
    return pin(name) if callable(pin) else pin


def data_root(data_dir: str | Path | None = None) -> Path:
    """The data dir: `data_dir` (portable installs, --data-dir), else the platform's."""
    return DataPaths.resolve(data_dir).root


def has_pin(root: Path, name: str) -> bool:
    """Whether the existing profile `name` has a PIN (NoSuchProfileError if it is not there):
    the cheap answer when it is sure, else the store's."""
    from ..profiles import profile_has_pin

    return profile_has_pin(Path(root), name)


def _pin_for(root: Path, name: str, pin: PinSource) -> str | None:
    """The PIN to check for profile `name`: asked only when it has one."""
    return _given(pin, name) if has_pin(root, name) else None


def find_profile(root: Path, name: str | None, must_exist: bool = True) -> DataPaths:
    """The profile `name` (None: the default nobody named), without its PIN: it must exist,
    except `default` while the data dir has no profile at all (a first start). A mistyped
    name is an error, never a new, unprotected profile. `must_exist=False`: only the name
    is checked (the player asks who is studying when nobody named a profile)."""
    paths = DataPaths(Path(root), check_profile_name(name) if name else DEFAULT_PROFILE)
    if must_exist:
        check_exists(paths.root, paths.profile, named=name is not None)
    return paths


def open_profile(root: Path, name: str | None, pin: PinSource = None) -> DataPaths:
    """`find_profile`, and the profile's PIN checked when it has one (a first-start
    `default` has none)."""
    paths = find_profile(root, name)
    if not paths.db.is_file() or pin_set(paths.db) is False:
        return paths
    if has_pin(paths.root, paths.profile):
        from ..profiles import unlock

        unlock(paths.root, paths.profile, _given(pin, paths.profile))
    return paths


def _record(root: Path, name: str) -> ProfileRecord:
    cheap = pin_set(DataPaths(Path(root), name).db)
    return ProfileRecord(name, cheap if cheap is not None else has_pin(root, name))


def list_profiles(root: Path) -> list[ProfileRecord]:
    """The profiles of a data dir, "default" first, each with whether it has a PIN."""
    from ..profile_gate import profile_names

    return [_record(root, name) for name in profile_names(Path(root))]


def add_profile(root: Path, name: str, pin: PinSource = None) -> ProfileRecord:
    """Create a profile (only ever on purpose), with a PIN of 4 to 12 digits or none."""
    from ..profiles import check_pin_format, create_profile

    check_profile_name(name)
    given = (_given(pin, name) or "").strip() or None
    if given is not None:
        check_pin_format(given)
    paths = create_profile(Path(root), name, given)
    return ProfileRecord(paths.profile, given is not None)


def check_pin(root: Path, name: str, pin: str) -> bool:
    """Whether `pin` opens profile `name` (the chooser's unlock; True when it has none)."""
    from ..profiles import check_pin as matches
    from ..store import LearnerStore

    with LearnerStore.open(DataPaths(Path(root), check_profile_name(name)).db) as store:
        return matches(store, pin)


def rename_profile(root: Path, old: str, new: str, pin: PinSource = None) -> ProfileRecord:
    """Rename a profile; its PIN is needed when it has one."""
    from ..profiles import rename_profile as rename

    paths = rename(Path(root), old, new, _pin_for(Path(root), old, pin))
    return _record(root, paths.profile)


def change_pin(root: Path, name: str, old_pin: PinSource, new_pin: PinSource) -> bool:
    """Set, change or (empty new PIN) remove a profile's PIN; the current one is needed
    when there is one (asked first). True when the profile has a PIN now."""
    from ..profiles import change_pin as change
    from ..profiles import check_pin_format

    old = _pin_for(Path(root), name, old_pin)
    new = (_given(new_pin, name) or "").strip() or None
    if new is not None:
        check_pin_format(new)
    change(Path(root), name, old, new)
    return new is not None


def delete_profile(root: Path, name: str, pin: PinSource = None,
                   confirm: Callable[[], bool] | None = None) -> "DeletedProfile | None":
    """Delete a profile and its learning on this computer (its PIN is needed when it has
    one). `confirm`: asked after the PIN, before anything goes; False keeps the profile
    (None is returned)."""
    from ..profiles import delete_profile as delete

    given = _pin_for(Path(root), name, pin)
    if confirm is not None and not confirm():
        return None
    return delete(Path(root), name, given)


def reset_pin(root: Path, name: str) -> None:
    """Court IT's reset of a forgotten PIN (administrators only); the learning is kept."""
    from ..profiles import reset_pin as reset

    reset(Path(root), name)


def last_used(root: Path) -> str | None:
    """The profile the chooser opened last, if it still exists."""
    from ..profile_gate import last_used as last

    return last(Path(root))


def remember_last_used(root: Path, name: str | None) -> None:
    """Note (None: forget) the profile opened last, for the chooser's preselection."""
    from ..profile_gate import remember_last_used as remember

    remember(Path(root), name)


def export_learning(paths: DataPaths, out: Path | str) -> Path:
    """Save this profile's learning (progress, quiz attempts, posts, changes waiting) to a
    file for another PC; courses are not included."""
    from ..profile_transfer import export_profile

    return export_profile(paths, Path(out))


def import_learning(paths: DataPaths, source: Path | str) -> "ProfileImportResult":
    """Bring a profile file's learning into this profile; the changes go at the next sync."""
    from ..profile_transfer import import_profile

    return import_profile(paths.ensure(), Path(source))
