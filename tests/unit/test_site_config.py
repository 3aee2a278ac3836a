"""Court IT's site configuration: layering, locks, trusted keys, broken files."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import sync.site_config as site_config
from sync.bundle import TrustPolicy
from sync.config import hub_url_for, load_settings, set_setting
from sync.errors import ConfigError, StoreError
from sync.profiles import check_pin, create_profile, has_pin, list_profiles, set_pin
from sync.signing import generate_keypair
from sync.site_config import RULES, SiteConfig, changeable_by_user, load_site_config
from sync.store import LearnerStore
from sync.trust import add_trusted_key, keys_in_force, remove_trusted_key, trust_policy


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


def test_a_toml_syntax_error_locks_everything_at_what_can_still_be_read(tmp_path, store):
    """Issue #13.5: a syntax error used to drop the whole file, locks included."""
    key = generate_keypair(tmp_path / "ministry.key")
    path = write(tmp_path, f'hub_url = "https://relay.court.local"\nproxy = "unterminated\n'
                           f'trusted_keys = [\n  "{key.to_text().strip()}",\n]\n'
                           'locked = ["data_saver"]\n')
    site = load_site_config(path)
    assert site.locked_down and site.locked == set(RULES)
    assert len(site.problems) == 1, site.problems
    assert site.problems[0].startswith(f"{path}, line 2: ") and "every setting is locked" in site.problems[0]
    assert [k.key_id for k in site.trusted_keys] == [key.key_id]
    store.set_setting("hub_url", "https://elsewhere.example")
    store.set_setting("allow_unsigned_bundles", True)
    s = load_settings(store, site)
    assert s.hub_url == "https://relay.court.local" and s.proxy == ""
    assert s.allow_unsigned_bundles is False and s.locked == set(RULES)
    with pytest.raises(ConfigError, match="set by your administrator"):
        set_setting(store, "bandwidth_cap_kbps", 9, site)
    assert trust_policy(store, site=site) == TrustPolicy((key,), allow_unsigned=False)


def test_an_unreadable_file_locks_everything_at_its_default(tmp_path, store):
    path = tmp_path / "lectern.toml"
    path.write_bytes(b'hub_url = "https://relay"\n\xff\xfe\n')
    site = load_site_config(path)
    assert site.locked_down and site.locked == set(RULES) and site.values == {}
    assert site.problems == (f"{path}, line 2: not UTF-8 text. Until court IT fixes this, every "
                             "setting is locked at its default.",)
    folder = tmp_path / "a-folder.toml"
    folder.mkdir()
    assert load_site_config(folder).locked_down  # not a file: also fails closed


@pytest.mark.parametrize(("line", "says"), [
    ('hub_url = "relay.court.local"', "“relay.court.local” is not a full address"),
    ('hub_url = "https://"', "is not a full address"),
    ('proxy = "proxy.court.local:3128"', "is not a full address such as http://proxy"),
    ('proxy = "socks5://proxy:1080"', "SOCKS proxy"),
    ('proxy = "http://proxy:port"', "port that is not a number"),
    ('download_hours = "22-06"', "“22-06” are not like 22:00-06:00"),
    ('download_hours = "25:00-06:00"', "are not like 22:00-06:00"),
    ('ca_bundle = "/nonexistent/court-ca.pem"', "/nonexistent/court-ca.pem does not exist"),
    ('ca_bundle = "court-ca.pem"', "must be a full path"),
    ('bandwidth_cap_kbps = -5', "-5 is not between 0"),
    ('bandwidth_cap_kbps = "fast"', "should be a whole number"),
    ('data_saver = "yes"', "should be true or false"),
    ('allow_unsigned_bundles = 1', "should be true or false"),
    ('trusted_keys = "lectern-ed25519 AAAA"', "should be a list"),
])
def test_every_value_is_checked_and_named_with_file_and_line(tmp_path, store, line, says):
    """Issue #13.5: these passed and failed later without naming the file."""
    path = write(tmp_path, f'# court IT\n{line}\ndata_saver = false\n' if not
                 line.startswith("data_saver") else f"# court IT\n{line}\n")
    site = load_site_config(path)
    name = line.split(" =")[0]
    assert name not in site.values and len(site.problems) == 1, site.problems
    assert site.problems[0].startswith(f"{path}, line 2: ") and says in site.problems[0], site.problems
    assert "default" in site.problems[0]


def test_a_ca_bundle_must_hold_certificates(tmp_path):
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    site = load_site_config(write(tmp_path, f'ca_bundle = "{junk}"\n'))
    assert "holds no PEM certificate" in site.problems[0] and not site.values
    # Court IT's file gets OpenSSL's full check, not just the PEM marker.
    junk.write_text("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    site = load_site_config(write(tmp_path, f'ca_bundle = "{junk}"\n'))
    assert "cannot be used as PEM certificates" in site.problems[0] and not site.values


def test_a_bad_locked_value_stays_locked_at_the_default(tmp_path, store):
    site = load_site_config(write(tmp_path, 'hub_url = "relay.court.local"\nlocked = ["hub_url"]\n'))
    assert "stays locked" in site.problems[0]
    store.set_setting("hub_url", "https://learners-own.example")
    s = load_settings(store, site)
    assert s.hub_url == "" and "hub_url" in s.locked
    with pytest.raises(ConfigError, match="set by your administrator"):
        hub_url_for(s, "https://learners-own.example")


def test_a_malformed_locked_list_locks_everything(tmp_path):
    site = load_site_config(write(tmp_path, 'data_saver = true\nlocked = "hub_url"\n'))
    assert site.locked == set(RULES) and "line 2" in site.problems[0]
    site = load_site_config(write(tmp_path, 'locked = ["hub_url", "colour"]\n'))
    assert site.locked == {"hub_url"} and "colour" in site.problems[0]


def test_the_learner_s_values_get_the_same_checks(store):
    for name, value in (("hub_url", "relay.court.local"), ("download_hours", "22-06"),
                        ("ca_bundle", "/nonexistent.pem"), ("bandwidth_cap_kbps", -5)):
        with pytest.raises(ConfigError):
            set_setting(store, name, value, SiteConfig(None))
        assert store.get_setting(name, None) is None


def test_wrong_types_and_unknown_keys_are_reported_not_fatal(tmp_path, store):
    site = load_site_config(write(tmp_path, 'hub_url = 5\ncolour = "red"\ndata_saver = true\n'))
    assert not site.locked_down
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


# --------------------------------------------------------------------------- where it is read


@pytest.fixture
def system_file(tmp_path, monkeypatch):
    """Court IT's file at a stand-in for /etc/xdg/lectern/lectern.toml."""
    path = tmp_path / "etc" / "xdg" / "lectern" / "lectern.toml"
    path.parent.mkdir(parents=True)
    monkeypatch.setattr(site_config, "SYSTEM_SITE_CONFIG", path)
    return path


def test_the_system_path_is_fixed_whatever_xdg_config_dirs_says(monkeypatch, tmp_path):
    """Issue #13.1: platformdirs took the first entry of XDG_CONFIG_DIRS."""
    if not os.sys.platform.startswith("linux"):
        pytest.skip("the Linux path")
    for value in ("/etc/xdg/xdg-ubuntu:/etc/xdg", f"{tmp_path}:/etc/xdg", ""):
        monkeypatch.setenv("XDG_CONFIG_DIRS", value)
        assert site_config._system_site_config() == Path("/etc/xdg/lectern/lectern.toml")


def test_a_site_file_in_a_user_folder_on_xdg_config_dirs_is_never_read(tmp_path, monkeypatch,
                                                                        system_file):
    own = tmp_path / "mine" / "lectern" / "lectern.toml"
    own.parent.mkdir(parents=True)
    own.write_text('hub_url = "https://rogue.example"\n')
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'mine'}:/etc/xdg")
    monkeypatch.delenv("LECTERN_SITE_CONFIG", raising=False)
    site = load_site_config()
    assert site.path is None and site.values == {} and site.looked_at == system_file


def test_the_system_file_beats_the_test_hook_and_xdg(tmp_path, monkeypatch, system_file):
    system_file.write_text('hub_url = "https://relay.court.local"\nlocked = ["hub_url"]\n')
    permissive = write(tmp_path, 'hub_url = "https://rogue.example"\n')
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(permissive))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path))
    site = load_site_config()
    assert site.path == system_file and site.locked == {"hub_url"}
    assert site.values["hub_url"] == "https://relay.court.local"
    assert site.ignored_hook == str(permissive) and site.problems == ()
    # Without a system file the hook may add a configuration (it has nothing to weaken).
    system_file.unlink()
    assert load_site_config().path == permissive


def test_a_system_path_that_cannot_be_looked_at_fails_closed(tmp_path, monkeypatch, system_file):
    """A file Lectern may not read still counts: every setting locked, the hook ignored."""
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(write(tmp_path, "data_saver = true\n")))
    system_file.write_text("data_saver = false\n")
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")))
    site = load_site_config()
    assert site.path == system_file and site.locked_down and "Permission denied" in site.problems[0]


def test_a_site_file_this_account_can_change_is_reported(tmp_path, monkeypatch, system_file):
    system_file.write_text('data_saver = true\nlocked = ["data_saver"]\n')
    for p in (system_file, *list(system_file.parents)[:3]):
        p.chmod(0o644 if p == system_file else 0o755)
    learner = 54321
    assert changeable_by_user(system_file, uid=learner, groups={learner}) is None
    system_file.chmod(0o666)
    assert changeable_by_user(system_file, uid=learner, groups={learner}) == system_file
    system_file.chmod(0o644)
    system_file.parent.chmod(0o777)
    assert changeable_by_user(system_file, uid=learner, groups={learner}) == system_file.parent
    system_file.parent.chmod(0o755)
    os.chown(system_file.parent.parent, learner, learner)
    assert changeable_by_user(system_file, uid=learner, groups={learner}) == system_file.parent.parent
    # The file is still read (it is court IT's), and the problem is said.
    monkeypatch.setattr(os, "geteuid", lambda: learner)
    monkeypatch.setattr(os, "getegid", lambda: learner)
    monkeypatch.setattr(os, "getgroups", lambda: [learner])
    site = load_site_config()
    assert site.locked == {"data_saver"} and site.values == {"data_saver": True}
    assert len(site.problems) == 1 and "this user account can change" in site.problems[0]


# --------------------------------------------------------------------------- one policy


def test_locked_trust_refuses_overrides_instead_of_ignoring_them(tmp_path, store):
    """Issue #13.2: --trust and --allow-unsigned won over the locks."""
    ministry = generate_keypair(tmp_path / "ministry.key")
    rogue = generate_keypair(tmp_path / "rogue.key")
    site = load_site_config(write(tmp_path, f'trusted_keys = ["{ministry.to_text().strip()}"]\n'
                                            'locked = ["trusted_keys", "allow_unsigned_bundles"]\n'))
    with pytest.raises(ConfigError, match="set by your administrator"):
        trust_policy(store, [rogue], site=site)
    with pytest.raises(ConfigError, match="set by your administrator"):
        trust_policy(store, allow_unsigned=True, site=site)
    with pytest.raises(ConfigError, match="set by your administrator"):
        add_trusted_key(store, rogue, site)
    with pytest.raises(ConfigError, match="set by your administrator"):
        remove_trusted_key(store, ministry.key_id, site)
    assert store.get_setting("trusted_keys", None) is None
    assert trust_policy(store, [ministry], site=site) == TrustPolicy((ministry,), False)
    assert [(e.key.key_id, e.by_administrator) for e in keys_in_force(store, site)] == [
        (ministry.key_id, True)]
    # Unlocked, the same calls work, and court IT's keys still come first.
    open_site = load_site_config(write(tmp_path, f'trusted_keys = ["{ministry.to_text().strip()}"]\n'))
    assert add_trusted_key(store, rogue, open_site)
    assert [(e.key.key_id, e.by_administrator) for e in keys_in_force(store, open_site)] == [
        (ministry.key_id, True), (rogue.key_id, False)]
    assert trust_policy(store, allow_unsigned=True, site=open_site).allow_unsigned


def test_a_locked_hub_address_wins_over_sign_in_and_flags(tmp_path, store):
    site = load_site_config(write(tmp_path, 'hub_url = "https://relay.court.local/"\n'
                                            'locked = ["hub_url"]\n'))
    s = load_settings(store, site)
    assert hub_url_for(s) == "https://relay.court.local/"
    assert hub_url_for(s, remembered="https://other.example") == "https://relay.court.local/"
    assert hub_url_for(s, "https://relay.court.local") == "https://relay.court.local/"
    with pytest.raises(ConfigError, match="set by your administrator"):
        hub_url_for(s, "https://other.example")
    free = load_settings(store, SiteConfig(None))
    assert hub_url_for(free, "https://a.example", "https://b.example") == "https://a.example"
    assert hub_url_for(free, None, "https://b.example") == "https://b.example"


def test_the_player_talks_to_the_locked_hub_whatever_it_signed_in_to(tmp_path, data_paths,
                                                                      monkeypatch):
    """Issue #13.2, the player's side: a sign-in (or queued download) for another hub is not
    used once court IT locks the address; the token stays with the hub it was made for."""
    from sync.credentials import Credentials, save_credentials
    from sync.services.account import read_account
    from sync.services.connection import NetworkTimings, signed_in_client

    save_credentials(data_paths, Credentials("https://elsewhere.example", "ana", "t0ken", "PC"))
    monkeypatch.setenv("LECTERN_SITE_CONFIG", str(write(
        tmp_path, 'hub_url = "https://relay.court.local"\nlocked = ["hub_url"]\n')))
    _, client = signed_in_client(data_paths, NetworkTimings(), url="https://elsewhere.example")
    with client:
        assert client.base == "https://relay.court.local" and client.token is None
    with LearnerStore.open(data_paths.db) as s:
        account = read_account(data_paths, s)
    assert account.url_locked and not account.signed_in
    assert account.hub_url == "https://relay.court.local"
