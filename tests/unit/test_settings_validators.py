"""The Settings dialog's checks, without a dialog (player/settings/validators.py)."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from player.settings.validators import (
    Found,
    Problem,
    ca_bundle_problem,
    changed_settings,
    check_changes,
    format_hours,
    parse_hours,
    url_problem,
)


@pytest.mark.parametrize("text, hours", [
    ("22:00-06:00", ((22, 0), (6, 0))),
    (" 8:30 - 17:05 ", ((8, 30), (17, 5))),
    ("22:00-24:00", ((22, 0), (0, 0))),     # 24:00 is midnight
    ("", None), ("any", None), ("22-06", None), ("22:00", None), (None, None),
])
def test_download_hours_are_read_like_the_engine_writes_them(text, hours):
    assert parse_hours(text) == hours


def test_hours_are_written_with_two_digits():
    assert format_hours((6, 0), (22, 5)) == "06:00-22:05"
    assert parse_hours(format_hours((7, 45), (9, 0))) == ((7, 45), (9, 0))


@pytest.mark.parametrize("text, found", [
    ("https://courses.example.org", None),
    ("http://10.0.0.5:8080/lectern", None),
    ("HTTPS://Courses.Example.org", None),
    ("https://courses example.org", Found(Problem.URL_SPACE)),
    ("courses.example.org", Found(Problem.URL_NO_SCHEME, "https")),
    ("ftp://courses.example.org", Found(Problem.URL_WRONG_SCHEME, "ftp")),
    ("https://", Found(Problem.URL_NO_HOST)),
    ("https:///path", Found(Problem.URL_NO_HOST)),
])
def test_a_course_server_address_must_be_an_absolute_web_address(text, found):
    assert url_problem(text, ("https", "http")) == found


def test_the_suggested_scheme_is_the_first_allowed():
    assert url_problem("proxy.court.local", ("http", "https")) == Found(
        Problem.URL_NO_SCHEME, "http")


def test_a_certificate_file_must_be_an_absolute_pem_file(tmp_path: Path):
    pem = tmp_path / "court.pem"
    pem.write_bytes(b"junk\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    assert ca_bundle_problem(pem) is None
    assert ca_bundle_problem(Path("court.pem")) == Found(Problem.CA_NOT_ABSOLUTE)
    missing = tmp_path / "none.pem"
    assert ca_bundle_problem(missing) == Found(Problem.CA_MISSING, str(missing))
    assert ca_bundle_problem(tmp_path) == Found(Problem.CA_MISSING, str(tmp_path))
    der = tmp_path / "court.der"
    der.write_bytes(b"\x30\x82\x01\x0a")
    assert ca_bundle_problem(der) == Found(Problem.CA_NOT_PEM, str(der))


def test_only_real_changes_to_settings_that_may_change_are_kept():
    current = SimpleNamespace(hub_url="https://a.example", proxy="", data_saver=False,
                              download_hours="22:00-6:00", bandwidth_cap_kbps=0)
    values = {"hub_url": "https://b.example", "proxy": "", "data_saver": True,
              "download_hours": "22:00-06:00", "bandwidth_cap_kbps": 0}
    assert changed_settings(values, current, lambda name: False) == {
        "hub_url": "https://b.example", "data_saver": True}
    assert changed_settings(values, current, lambda name: name == "hub_url") == {
        "data_saver": True}
    values["download_hours"] = ""
    assert changed_settings(values, current, lambda name: False)["download_hours"] == ""


def test_each_changed_setting_is_checked_and_empty_values_pass(tmp_path: Path):
    found = check_changes({"hub_url": "courses", "proxy": "http://proxy:3128",
                           "ca_bundle": "relative.pem", "download_hours": "06:00-06:00"})
    assert found == {"hub_url": Found(Problem.URL_NO_SCHEME, "https"),
                     "ca_bundle": Found(Problem.CA_NOT_ABSOLUTE),
                     "download_hours": Found(Problem.HOURS_SAME)}
    assert check_changes({"hub_url": "", "proxy": "", "ca_bundle": "",
                          "download_hours": ""}) == {}
    assert check_changes({"download_hours": "22:00-06:00", "data_saver": True}) == {}
