"""Court IT's site configuration: one TOML file for every user of a PC.

`/etc/xdg/lectern/lectern.toml` on Linux (the platformdirs site config dir), `%PROGRAMDATA%\\
Lectern\\lectern.toml` on Windows; `LECTERN_SITE_CONFIG` names another file. A broken file
never stops Lectern: the problems are reported (file and line) and the defaults apply.
"""
from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from .errors import KeyFileError
from .signing import PublicKey

# name -> expected type; the same names as the user settings (sync/config.py).
KNOWN: dict[str, type | tuple[type, ...]] = {
    "hub_url": str, "proxy": str, "ca_bundle": str, "bandwidth_cap_kbps": int,
    "download_hours": str, "allow_unsigned_bundles": bool, "data_saver": bool,
    "trusted_keys": list, "locked": list,
}


@dataclass(frozen=True)
class SiteConfig:
    path: Path | None
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    trusted_keys: tuple[PublicKey, ...] = ()
    problems: tuple[str, ...] = ()


def site_config_path() -> Path:
    env = os.environ.get("LECTERN_SITE_CONFIG")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / "Lectern" / "lectern.toml"
    return Path(platformdirs.site_config_dir("lectern", appauthor=False)) / "lectern.toml"


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def load_site_config(path: Path | None = None) -> SiteConfig:
    path = path or site_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return SiteConfig(None)
    except (OSError, UnicodeDecodeError) as exc:
        return SiteConfig(path, problems=(f"{path}: cannot be read ({exc}); using defaults.",))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "... (at line 3, column 7)": keep its words, lead with the file.
        return SiteConfig(path, problems=(f"{path}: {exc}. Lectern uses its defaults until "
                                          "the file is fixed.",))
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key, value in raw.items():
        line = _line_of(text, key)
        where = f"{path}, line {line}" if line else str(path)
        expected = KNOWN.get(key)
        if expected is None:
            problems.append(f"{where}: unknown setting '{key}' (ignored).")
            continue
        if isinstance(value, bool) and expected is not bool or not isinstance(value, expected):
            problems.append(f"{where}: '{key}' should be a {getattr(expected, '__name__', expected)}"
                            " (ignored).")
            continue
        values[key] = value
    keys: list[PublicKey] = []
    for n, text_key in enumerate(values.pop("trusted_keys", [])):
        try:
            keys.append(PublicKey.parse(str(text_key), f"trusted key {n + 1} in {path}"))
        except KeyFileError as exc:
            problems.append(f"{exc.message} (ignored)")
    locked = values.pop("locked", [])
    unknown_locks = [k for k in locked if k not in KNOWN]
    if unknown_locks:
        problems.append(f"{path}: 'locked' names unknown settings {unknown_locks} (ignored).")
    return SiteConfig(path, values, frozenset(k for k in locked if k in KNOWN), tuple(keys),
                      tuple(problems))
