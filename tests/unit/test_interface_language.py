"""The interface language (issue #16): the learner's choice, else court IT's `language`, else
the computer's; a locked site language is refused in plain words; unknown languages too."""
from __future__ import annotations

import pytest

from sync.errors import ConfigError
from sync.languages import INTERFACE_LANGUAGES, interface_language
from sync.services import settings
from sync.site_config import read_site_config


def test_language_codes_are_the_seven_and_their_spellings():
    assert list(INTERFACE_LANGUAGES) == ["en", "ar", "zh_CN", "fr", "ru", "es", "pt"]
    assert interface_language("zh-CN") == "zh_CN" == interface_language("zh")
    assert interface_language("fr_CA") == "fr" and interface_language("pt-BR") == "pt"
    assert interface_language(" ") == ""
    with pytest.raises(ValueError, match="not one of Lectern's interface languages"):
        interface_language("de")


def test_the_learner_choice_beats_the_site_unless_locked(data_paths, site):
    assert settings.language_choice(data_paths).code == ""  # the computer's own
    site('language = "fr"\n')
    assert settings.language_choice(data_paths).code == "fr"
    choice = settings.choose_language(data_paths, "ar")
    assert (choice.code, choice.learner, choice.site, choice.locked) == ("ar", "ar", "fr", False)
    assert settings.language_choice(None).code == "fr"  # before a profile is chosen
    site('language = "fr"\nlocked = ["language"]\n')
    assert settings.language_choice(data_paths).code == "fr"
    with pytest.raises(ConfigError, match="set by your administrator"):
        settings.choose_language(data_paths, "ru")


def test_back_to_the_default_and_unknown_languages(data_paths):
    settings.choose_language(data_paths, "ru")
    assert settings.language_choice(data_paths).code == "ru"
    settings.choose_language(data_paths, "")
    assert settings.language_choice(data_paths).learner == ""
    with pytest.raises(ConfigError, match="is not one of"):
        settings.choose_language(data_paths, "klingon")


def test_the_settings_screen_saves_the_language_through_write_changes(data_paths, site):
    from sync.store import LearnerStore

    with LearnerStore.open(data_paths.db) as store:
        settings.write_changes(store, {"language": "zh_CN", "data_saver": True}, paths=data_paths)
        snapshot = settings.read_snapshot(store, data_paths)
    assert snapshot.language.learner == "zh_CN" and snapshot.settings.data_saver
    site('locked = ["language"]\n')
    with LearnerStore.open(data_paths.db) as store, \
            pytest.raises(settings.SettingRefused) as refused:
        settings.write_changes(store, {"language": "en"}, paths=data_paths)
    assert refused.value.name == "language"


def test_a_bad_site_language_is_reported_and_ignored(tmp_path):
    path = tmp_path / "lectern.toml"
    path.write_text('language = "Klingon"\n', encoding="utf-8")
    read = read_site_config(path)
    assert "language" not in read.values and "line 1" in read.problems[0]


def test_a_chosen_language_keeps_the_computers_country_for_dates(monkeypatch):
    """A British judge who picks English sees 8 May 2026, not May 8, 2026; a French choice on
    that computer is plain French; Arabic is always Modern Standard Arabic (ar_001)."""
    from PySide6.QtCore import QLocale

    from player.app import interface_locale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    assert interface_locale("en").name() == "en_GB"
    assert interface_locale("fr").language() == QLocale.Language.French
    assert interface_locale("ar").name() == "ar_001"
    assert interface_locale("").name() == "en_GB"
