"""What the Settings dialog checks before it stores anything, without widgets: the download
hours, the course server and proxy addresses, the certificate file, and which settings the
learner really changed.

Problems come back as `Problem` codes; the dialog puts them into words (translated) next to
the field concerned. Only the address check uses Qt (QtCore's `QUrl` in strict mode, the
same parser the network code's addresses are judged by); nothing here needs an application.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Callable, Mapping

#: the trusted publishers are a row of the dialog, not a setting of `sync.config`.
KEYS = "trusted_keys"
#: the interface language (not a `sync.config` setting: `sync.services.settings.LANGUAGE`)
LANGUAGE = "language"
#: the largest download speed limit the dialog offers, in kbit/s.
MAX_KBPS = 1_000_000
#: a certificate file shows its first certificate within this many bytes.
PEM_HEAD_BYTES = 256 * 1024

_HOURS = re.compile(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*")

Time = tuple[int, int]


class Problem(Enum):
    """Why a value cannot be saved (the dialog words each one)."""

    URL_SPACE = "url-space"              # an address with a space in it
    URL_NO_SCHEME = "url-no-scheme"      # not absolute: no "https://"
    URL_WRONG_SCHEME = "url-wrong-scheme"  # "ftp://…" where http(s) is wanted
    URL_NO_HOST = "url-no-host"          # "https://" and nothing after it
    CA_NOT_ABSOLUTE = "ca-not-absolute"  # a relative path
    CA_MISSING = "ca-missing"            # no file there
    CA_UNREADABLE = "ca-unreadable"      # the file cannot be read
    CA_NOT_PEM = "ca-not-pem"            # no "-----BEGIN CERTIFICATE-----"
    HOURS_SAME = "hours-same"            # start and end at the same minute


@dataclass(frozen=True)
class Found:
    """A problem with one setting; `detail` is what the words name (a scheme, a path)."""

    problem: Problem
    detail: str = ""


def parse_hours(text: str | None) -> tuple[Time, Time] | None:
    """`22:00-06:00` as ((22, 0), (6, 0)) (24:00 as midnight); None for "any time" or
    nonsense."""
    m = _HOURS.fullmatch(text or "")
    if not m:
        return None
    ha, ma, hb, mb = (int(g) for g in m.groups())
    return (ha % 24, ma), (hb % 24, mb)


def format_hours(start: Time, end: Time) -> str:
    """Two times as the engine's `HH:MM-HH:MM`."""
    return f"{start[0]:02d}:{start[1]:02d}-{end[0]:02d}:{end[1]:02d}"


def url_problem(text: str, schemes: tuple[str, ...]) -> Found | None:
    """Why `text` is not an absolute URL with one of `schemes` (the first is the one to
    suggest); None when it is fine."""
    from PySide6.QtCore import QUrl  # QtCore only: the strict parser the network code shares

    if any(ch.isspace() for ch in text):
        return Found(Problem.URL_SPACE)
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or not url.scheme():
        return Found(Problem.URL_NO_SCHEME, schemes[0])
    if url.scheme().lower() not in schemes:
        return Found(Problem.URL_WRONG_SCHEME, url.scheme())
    if not url.host():
        return Found(Problem.URL_NO_HOST)
    return None


def ca_bundle_problem(path: Path) -> Found | None:
    """Why `path` is not a PEM certificate file Lectern can read; None when it is one."""
    if not path.is_absolute():
        return Found(Problem.CA_NOT_ABSOLUTE)
    if not path.is_file():
        return Found(Problem.CA_MISSING, str(path))
    try:
        with path.open("rb") as f:
            head = f.read(PEM_HEAD_BYTES)
    except OSError:
        return Found(Problem.CA_UNREADABLE, str(path))
    if b"-----BEGIN CERTIFICATE-----" not in head:
        return Found(Problem.CA_NOT_PEM, str(path))
    return None


def changed_settings(values: Mapping[str, Any], current: Any,
                     skip: Callable[[str], bool]) -> dict[str, Any]:
    """The `values` that differ from the `current` settings' attributes, leaving out the
    names `skip` says (locked, or only shown). Download hours that name the same times
    ("22:00-6:00" and "22:00-06:00") are no change."""
    out = {}
    for name, value in values.items():
        if skip(name):
            continue
        old = getattr(current, name)
        if name == "download_hours":
            old_times, new_times = parse_hours(old), parse_hours(value)
            if old_times is not None and old_times == new_times:
                continue
        if value != old:
            out[name] = value
    return out


def check_changes(changes: Mapping[str, Any]) -> dict[str, Found]:
    """The problems in the learner's changes, by setting name (empty: all can be saved)."""
    found: dict[str, Found] = {}
    if changes.get("hub_url"):
        problem = url_problem(changes["hub_url"], ("https", "http"))
        if problem:
            found["hub_url"] = problem
    if changes.get("proxy"):
        problem = url_problem(changes["proxy"], ("http", "https"))
        if problem:
            found["proxy"] = problem
    if changes.get("ca_bundle"):
        problem = ca_bundle_problem(Path(changes["ca_bundle"]))
        if problem:
            found["ca_bundle"] = problem
    if changes.get("download_hours"):
        times = parse_hours(changes["download_hours"])
        if times is not None and times[0] == times[1]:
            found["download_hours"] = Found(Problem.HOURS_SAME)
    return found
