"""sync.services.profiles: a PIN is asked only of a profile that has one, checked once, and
a mistyped name never becomes a new profile."""
from __future__ import annotations

import pytest

from sync.errors import StoreError
from sync.services import profiles


class Asker:
    """A PinSource that counts how often it was asked."""

    def __init__(self, answer: str | None) -> None:
        self.answer, self.asked = answer, []

    def __call__(self, name: str) -> str | None:
        self.asked.append(name)
        return self.answer


def test_a_first_start_opens_default_without_asking(tmp_path):
    ask = Asker("1234")
    paths = profiles.open_profile(tmp_path, None, ask)
    assert paths.profile == "default" and ask.asked == []


def test_a_mistyped_profile_is_an_error_not_a_new_profile(tmp_path):
    profiles.add_profile(tmp_path, "Clerk Ana")
    with pytest.raises(profiles.NoSuchProfileError, match="Did you mean “Clerk Ana”"):
        profiles.open_profile(tmp_path, "clerk ana")
    assert [r.name for r in profiles.list_profiles(tmp_path)] == ["Clerk Ana"]
    # The player's unnamed start only checks the name: it asks who is studying.
    assert profiles.find_profile(tmp_path, None, must_exist=False).profile == "default"


def test_the_pin_is_asked_only_when_the_profile_has_one(tmp_path):
    profiles.add_profile(tmp_path, "open")
    record = profiles.add_profile(tmp_path, "locked", Asker(" 2468 "))
    assert record == profiles.ProfileRecord("locked", True)
    ask = Asker("2468")
    profiles.open_profile(tmp_path, "open", ask)
    assert ask.asked == []
    profiles.open_profile(tmp_path, "locked", ask)
    assert ask.asked == ["locked"]
    with pytest.raises(profiles.WrongPinError):
        profiles.open_profile(tmp_path, "locked", "1111")
    with pytest.raises(profiles.PinNeededError):
        profiles.open_profile(tmp_path, "locked", None)
    assert profiles.list_profiles(tmp_path) == [profiles.ProfileRecord("locked", True),
                                               profiles.ProfileRecord("open", False)]


def test_a_bad_new_pin_creates_nothing(tmp_path):
    with pytest.raises(StoreError, match="4 to 12 digits"):
        profiles.add_profile(tmp_path, "Sam", "12")
    assert profiles.list_profiles(tmp_path) == []


def test_change_rename_and_delete_need_the_pin(tmp_path):
    profiles.add_profile(tmp_path, "Sam", "1234")
    with pytest.raises(profiles.WrongPinError):
        profiles.change_pin(tmp_path, "Sam", "9999", "5678")
    assert profiles.change_pin(tmp_path, "Sam", Asker("1234"), Asker("5678")) is True
    assert profiles.check_pin(tmp_path, "Sam", "5678") and not profiles.check_pin(
        tmp_path, "Sam", "1234")
    renamed = profiles.rename_profile(tmp_path, "Sam", "Samira", "5678")
    assert renamed == profiles.ProfileRecord("Samira", True)
    assert profiles.delete_profile(tmp_path, "Samira", "5678", confirm=lambda: False) is None
    assert [r.name for r in profiles.list_profiles(tmp_path)] == ["Samira"]
    gone = profiles.delete_profile(tmp_path, "Samira", "5678", confirm=lambda: True)
    assert gone is not None and gone.name == "Samira" and gone.unsent == 0
    assert profiles.list_profiles(tmp_path) == []


def test_an_empty_new_pin_removes_it(tmp_path):
    profiles.add_profile(tmp_path, "Sam", "1234")
    assert profiles.change_pin(tmp_path, "Sam", "1234", "") is False
    assert profiles.has_pin(tmp_path, "Sam") is False
