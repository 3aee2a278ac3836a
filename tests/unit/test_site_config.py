"""Court IT's site configuration: layering, locks, trusted keys, broken files."""
from __future__ import annotations

import pytest

from sync.bundle import TrustPolicy
from sync.config import load_settings, set_setting
from sync.errors import ConfigError, StoreError
from sync.profiles import check_pin, create_profile, has_pin, list_profiles, set_pin
from sync.signing import generate_keypair
from sync.site_config import load_site_config
from sync.store import LearnerStore
from sync.trust import add_trusted_key, trust_policy


@pytest.fixture
def store(data_paths):
    s = LearnerStore.open(data_paths.db)
    yield s
    s.close()


def write(tmp_path, text):
    path = tmp_path / "lectern.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_site_and_user_layers(tmp_path, store):
    site = load_site_config(write(tmp_path, 'hub_url = "https://relay.court.local"\n'
                                            'bandwidth_cap_kbps = 256\nlocked = ["hub_url"]\n'))
    assert site.problems == ()
    set_setting(store, "bandwidth_cap_kbps", 512, site)
    s = load_settings(store, site)
    assert s.hub_url == "https://relay.court.local" and s.bandwidth_cap_kbps == 512
    assert s.locked == {"hub_url"}
    assert s.download_limits().max_rate == 64_000
    with pytest.raises(ConfigError, match="set by your administrator"):
        set_setting(store, "hub_url", "https://elsewhere", site)
    store.set_setting("hub_url", "https://sneaky")  # even written behind its back, the lock holds
    assert load_settings(store, site).hub_url == "https://relay.court.local"


def test_broken_file_names_file_and_line_and_defaults_apply(tmp_path, store):
    path = write(tmp_path, 'hub_url = "https://ok"\nproxy = "unterminated\n')
    site = load_site_config(path)
    assert len(site.problems) == 1 and str(path) in site.problems[0] and "line 2" in site.problems[0]
    assert load_settings(store, site).hub_url == ""


def test_wrong_types_and_unknown_keys_are_reported_not_fatal(tmp_path, store):
    site = load_site_config(write(tmp_path, 'hub_url = 5\ncolour = "red"\ndata_saver = true\n'))
    assert any("line 1" in p and "hub_url" in p for p in site.problems)
    assert any("line 2" in p and "colour" in p for p in site.problems)
    assert load_settings(store, site).data_saver is True


def test_missing_file_is_fine():
    from pathlib import Path
    assert load_site_config(Path("/nonexistent/lectern.toml")).problems == ()


def test_site_trusted_keys_and_lock(tmp_path, store):
    site_key = generate_keypair(tmp_path / "ministry.key")
    user_key = generate_keypair(tmp_path / "mine.key")
    add_trusted_key(store, user_key)
    text = f'trusted_keys = ["{site_key.to_text().strip()}"]\n'
    policy = trust_policy(store, site=load_site_config(write(tmp_path, text)))
    assert {k.key_id for k in policy.trusted_keys} == {site_key.key_id, user_key.key_id}
    locked = load_site_config(write(tmp_path, text + 'locked = ["trusted_keys", "allow_unsigned_bundles"]\n'))
    store.set_setting("allow_unsigned_bundles", True)
    policy = trust_policy(store, site=locked)
    assert [k.key_id for k in policy.trusted_keys] == [site_key.key_id]
    assert policy == TrustPolicy((site_key,), allow_unsigned=False)


def test_bad_key_in_site_config_is_reported(tmp_path):
    site = load_site_config(write(tmp_path, 'trusted_keys = ["not a key"]\n'))
    assert site.trusted_keys == () and "trusted key 1" in site.problems[0]


def test_profiles_and_pins(tmp_path):
    root = tmp_path / "data"
    create_profile(root, "default")
    paths = create_profile(root, "Clerk Ana", pin="4321")
    assert list_profiles(root) == ["default", "Clerk Ana"]
    with LearnerStore.open(paths.db) as s:
        assert has_pin(s) and check_pin(s, "4321") and not check_pin(s, "1234")
        with pytest.raises(StoreError, match="4 to 12 digits"):
            set_pin(s, "12")
    with pytest.raises(StoreError):
        create_profile(root, "../escape")
    with pytest.raises(StoreError, match="already"):
        create_profile(root, "Clerk Ana")
