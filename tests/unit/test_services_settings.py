"""sync.services.settings: unknown settings and court IT's locks are refused in plain
words; the report says what applies and what is locked."""
from __future__ import annotations

import pytest

from sync.errors import ConfigError, KeyFileError
from sync.services import settings


def test_an_unknown_setting_is_refused(data_paths):
    with pytest.raises(ConfigError, match="There is no setting called 'colour'"):
        settings.check_setting_name("colour")
    with pytest.raises(ConfigError):
        settings.change_setting(data_paths, "colour", "blue")


def test_a_change_is_reported_as_it_now_applies(data_paths):
    report = settings.change_setting(data_paths, "bandwidth_cap_kbps", 256)
    assert report.names == ("bandwidth_cap_kbps",) and report.value("bandwidth_cap_kbps") == 256
    everything = settings.settings_report(data_paths)
    assert everything.names == settings.setting_names()
    assert everything.value("bandwidth_cap_kbps") == 256 and not everything.locked("hub_url")
    with pytest.raises(ConfigError, match="needs a int"):
        settings.change_setting(data_paths, "bandwidth_cap_kbps", "fast")


def test_a_locked_setting_is_set_by_the_administrator(data_paths, site):
    site('hub_url = "https://courses.example.org"\nlocked = ["hub_url"]\n')
    with pytest.raises(ConfigError, match="set by your administrator"):
        settings.change_setting(data_paths, "hub_url", "https://elsewhere.example.org")
    report = settings.settings_report(data_paths, "hub_url")
    assert report.locked("hub_url") and report.value("hub_url") == "https://courses.example.org"


def test_publishers_are_trusted_and_distrusted(data_paths, tmp_path):
    from sync.signing import generate_keypair

    key = generate_keypair(tmp_path / "pub.key", "Training unit")
    added = settings.trust_publisher(data_paths, tmp_path / "pub.key.pub")
    assert added.added and added.key.key_id == key.key_id
    assert settings.trust_publisher(data_paths, tmp_path / "pub.key.pub").added is False
    assert [(e.key.key_id, e.by_administrator)
            for e in settings.trusted_publishers(data_paths)] == [(key.key_id, False)]
    assert settings.distrust_publisher(data_paths, key.key_id) is True
    assert settings.distrust_publisher(data_paths, key.key_id) is False
    with pytest.raises(KeyFileError):
        settings.trust_publisher(data_paths, tmp_path / "missing.pub")


def test_a_locked_list_of_publishers_cannot_change(data_paths, tmp_path, site):
    from sync.signing import generate_keypair

    generate_keypair(tmp_path / "pub.key")
    site('locked = ["trusted_keys"]\n')
    with pytest.raises(ConfigError, match="set by your administrator"):
        settings.trust_publisher(data_paths, tmp_path / "pub.key.pub")
    from sync.store import LearnerStore

    with LearnerStore.open(data_paths.db) as store:
        snapshot = settings.read_snapshot(store, data_paths)
        assert snapshot.keys_locked and snapshot.server_in_use == "" and snapshot.signed_in_as == ""
        with pytest.raises(settings.SettingRefused) as refused:
            settings.write_changes(store, {"data_saver": True}, remove_ids=("abc",))
    assert refused.value.name == "trusted_keys"


def test_a_preference_never_touches_a_setting_or_an_engine_key(data_paths):
    from sync.store import LearnerStore

    with LearnerStore.open(data_paths.db) as store:
        settings.save_preference(store, "video_playback_rate", 1.5)
        assert settings.read_preference(store, "video_playback_rate") == 1.5
        assert settings.read_preference(store, "video_caption_language", "") == ""
        for key in ("hub_url", "trusted_keys", "profile_pin", "hub_catalog_cache", "Bad Key"):
            with pytest.raises(ConfigError, match="cannot be kept as a preference"):
                settings.save_preference(store, key, "x")
