"""Court IT's site configuration: one TOML file for every user of a PC, and its locks.

Where it is read from is fixed, whatever the environment says: `/etc/xdg/lectern/lectern.toml`
on Linux, `<ProgramData>\\Lectern\\lectern.toml` on Windows (the folder asked of Windows, not
the `%PROGRAMDATA%` variable a user can change), `/Library/Application Support/lectern/
lectern.toml` on macOS. Not `XDG_CONFIG_DIRS`: a GNOME session puts `/etc/xdg/xdg-ubuntu` first
(the site file vanished) and a user can put a folder of their own first (a "site" file of their
own). The learner's account must not be able to change the file or its folders; if it can, the
file is still read and the problem reported (it is the only file court IT wrote).

`LECTERN_SITE_CONFIG` is a test hook: it names another file only when no system file exists,
so it can add a configuration to a PC that has none but never replace or weaken court IT's.

A broken file fails closed: a bad value is reported with the file and line and replaced by the
default (still locked when `locked` names it); a file that cannot be read as TOML at all locks
every setting, at the value Lectern could still read from its other lines or else the default,
until court IT fixes it. Lectern always starts; the player and `lectern config` show why.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlparse

from .errors import ConfigError, KeyFileError
from .signing import PublicKey

#: The environment variable for tests (see the module docstring): never beats a system file.
TEST_HOOK = "LECTERN_SITE_CONFIG"
MAX_KBPS = 1_000_000
TRUSTED_KEYS = "trusted_keys"
TRUSTED_ISSUERS = "trusted_issuers"
LANGUAGE = "language"
LOCKED = "locked"


def _windows_program_data() -> Path:
    """ProgramData as Windows itself names it (CSIDL_COMMON_APPDATA), not from the
    environment, which the user controls."""
    try:
        import ctypes

        buf = ctypes.create_unicode_buffer(1024)
        if ctypes.windll.shell32.SHGetFolderPathW(None, 35, None, 0, buf) == 0 and buf.value:  # type: ignore[attr-defined]
            return Path(buf.value)
    except (OSError, AttributeError, ImportError):
        pass
    return Path(r"C:\ProgramData")


def _system_site_config() -> Path:
    if sys.platform == "win32":
        return _windows_program_data() / "Lectern" / "lectern.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/lectern/lectern.toml")
    return Path("/etc/xdg/lectern/lectern.toml")


#: Court IT's file. Tests replace this constant in-process (the one seam besides TEST_HOOK).
SYSTEM_SITE_CONFIG: Path = _system_site_config()


# --------------------------------------------------------------------------- validation


def _url(value: str, what: str, schemes: tuple[str, ...], example: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parsed = urlparse(value)
    try:
        parsed.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise ValueError(f"{what} “{value}” has a port that is not a number") from None
    if parsed.scheme.lower() not in schemes or not parsed.hostname or any(c.isspace() for c in value):
        raise ValueError(f"{what} “{value}” is not a full address such as {example}")
    return value


def check_hub_url(value: str) -> str:
    return _url(value, "the hub address", ("http", "https"), "https://courses.example.org")


def check_proxy(value: str) -> str:
    if urlparse(value.strip()).scheme.lower().startswith("socks"):
        raise ValueError(f"the proxy “{value}” is a SOCKS proxy; Lectern supports HTTP proxies only")
    return _url(value, "the proxy", ("http", "https"), "http://proxy.court.local:3128")


def check_ca_bundle(value: str) -> str:
    """A PEM file that exists and says it holds certificates (as the Settings dialog checks)."""
    value = value.strip()
    if not value:
        return ""
    path = Path(value)
    if not path.is_absolute():
        raise ValueError(f"the CA bundle “{value}” must be a full path, such as "
                         "/etc/ssl/certs/court-proxy-ca.pem")
    if not path.is_file():
        raise ValueError(f"the CA bundle {value} does not exist")
    try:
        with path.open("rb") as f:
            head = f.read(256 * 1024)
    except OSError as exc:
        raise ValueError(f"the CA bundle {value} cannot be read ({exc.strerror or exc})") from None
    if b"-----BEGIN CERTIFICATE-----" not in head:
        raise ValueError(f"the CA bundle {value} holds no PEM certificate")
    return value


def check_ca_bundle_fully(value: str) -> str:
    """Court IT's file gets the full check: OpenSSL must load every certificate."""
    value = check_ca_bundle(value)
    if value:
        import ssl  # here: only a site file with a CA bundle pays for OpenSSL at start

        try:
            ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=value)
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise ValueError(f"the CA bundle {value} cannot be used as PEM certificates "
                             f"({getattr(exc, 'reason', None) or exc})") from None
    return value


def check_store_folder(value: str) -> str:
    """The machine-wide course store's folder (site file only): a full path; it need not
    exist yet (`lectern --system import` makes it)."""
    value = value.strip()
    if value and not Path(value).is_absolute():
        raise ValueError(f"the shared course store “{value}” must be a full path, such as "
                         "/srv/lectern-courses")
    return value


def check_language(value: str) -> str:
    """An interface language code (`sync.languages`): "fr", "zh_CN", "ar"..."""
    from .languages import interface_language

    return interface_language(value)


def check_kbps(value: int) -> int:
    if not 0 <= value <= MAX_KBPS:
        raise ValueError(f"the bandwidth cap {value} is not between 0 (no cap) and {MAX_KBPS}")
    return value


def check_hours(value: str) -> str:
    from .downloader import parse_hours  # here: downloader imports trust, which imports us
    from .errors import DownloadError
    try:
        parse_hours(value)
    except DownloadError:
        raise ValueError(f"the download hours “{value}” are not like 22:00-06:00") from None
    return value


@dataclass(frozen=True)
class Rule:
    """What one setting must be: its type, and a check of its value."""

    type: type
    check: Callable[[Any], Any] | None = None


#: Every setting a site file may give, with the rule it must follow. The user settings in
#: sync/config.py have the same names (and the learner's values the same checks); the
#: defaults are declared there.
RULES: dict[str, Rule] = {
    "hub_url": Rule(str, check_hub_url),
    "proxy": Rule(str, check_proxy),
    "ca_bundle": Rule(str, check_ca_bundle),
    "bandwidth_cap_kbps": Rule(int, check_kbps),
    "download_hours": Rule(str, check_hours),
    "allow_unsigned_bundles": Rule(bool),
    "data_saver": Rule(bool),
    "demo_course": Rule(bool),
    TRUSTED_KEYS: Rule(list),
    # Certificate issuers (course servers' did:key) whose certificates this PC accepts.
    TRUSTED_ISSUERS: Rule(list),
    # Site file only (no learner setting): where every account's shared courses are.
    "shared_course_store": Rule(str, check_store_folder),
    # The interface language for this PC's learners ("" or absent: each computer's own);
    # a learner's choice in Settings beats it unless it is locked (sync.services.settings).
    LANGUAGE: Rule(str, check_language),
}
#: Every name a site file may hold; KNOWN[name] is its type (kept for older callers).
KNOWN: dict[str, type] = {**{name: rule.type for name, rule in RULES.items()}, LOCKED: list}
LOCKABLE = frozenset(RULES)
_TYPE_WORDS = {str: "text in quotes", int: "a whole number", bool: "true or false",
               list: "a list in [brackets]"}


def check_value(name: str, value: Any, site: bool = False) -> Any:
    """The value, cleaned, if setting `name` may have it; a ConfigError saying why not.
    `site`: court IT's file, checked more deeply where that is slow (the CA bundle)."""
    rule = RULES.get(name)
    if rule is None:
        raise ConfigError(f"There is no setting called '{name}'.")
    if not isinstance(value, rule.type) or (isinstance(value, bool) and rule.type is not bool):
        raise ConfigError(f"'{name}' should be {_TYPE_WORDS[rule.type]}.")
    check: Callable[[Any], Any] | None = (check_ca_bundle_fully if site and rule.check is check_ca_bundle
                                          else rule.check)
    if check is None:
        return value
    try:
        return check(value)
    except ValueError as exc:
        text = str(exc)
        raise ConfigError(text[0].upper() + text[1:] + ".") from None


# --------------------------------------------------------------------------- the file


@dataclass(frozen=True)
class SiteConfig:
    path: Path | None                        # the file read; None when there is none
    values: dict[str, Any] = field(default_factory=dict)   # valid values only
    locked: frozenset[str] = frozenset()
    trusted_keys: tuple[PublicKey, ...] = ()
    #: certificate issuers court IT pins, each as a did:key (`lectern-hub issuer` prints it)
    trusted_issuers: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()           # each names the file (and line when known)
    locked_down: bool = False                # not readable as TOML: every setting is locked
    looked_at: Path | None = None            # where Lectern looked (also when nothing was there)
    ignored_hook: str | None = None          # LECTERN_SITE_CONFIG, ignored for a system file


def site_config_location() -> tuple[Path, bool]:
    """The file to read, and whether it is court IT's system file (else the test hook's)."""
    hook = os.environ.get(TEST_HOOK)
    if not hook or _present(SYSTEM_SITE_CONFIG):
        return SYSTEM_SITE_CONFIG, True
    return Path(hook), False


def site_config_path() -> Path:
    return site_config_location()[0]


def _present(path: Path) -> bool:
    """Fail closed: anything at the path, even one Lectern cannot look at, counts as there."""
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return True


def load_site_config(path: Path | None = None) -> SiteConfig:
    """Court IT's configuration (or the file given, for tests and checks), never raising."""
    if path is not None:
        return read_site_config(path)
    path, system = site_config_location()
    site = read_site_config(path)
    hook = os.environ.get(TEST_HOOK)
    extra: list[str] = []
    if system and site.path is not None:
        weak = changeable_by_user(path)
        if weak is not None:
            extra.append(f"{path}: this user account can change {weak}, so court IT's locks "
                         "do not hold; make the file and its folders owned by root and "
                         "writable by no one else.")
    return SiteConfig(site.path, site.values, site.locked, site.trusted_keys, site.trusted_issuers,
                      site.problems + tuple(extra), site.locked_down, path,
                      hook if system and hook else None)


def _line_of(text: str, key: str) -> int | None:
    m = re.search(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else None


def _where(path: Path, text: str, needle: str, key: bool = True) -> str:
    if key:
        line = _line_of(text, needle)
    else:
        at = text.find(needle)
        line = text.count("\n", 0, at) + 1 if at >= 0 else None
    return f"{path}, line {line}" if line else str(path)


def _salvage(text: str) -> dict[str, Any]:
    """What the lines of a file with a TOML syntax error still say: each `key = value`
    statement (with its continuation lines) parsed on its own; the broken ones left out."""
    chunks: list[list[str]] = []
    for line in text.splitlines():
        if re.match(r"""\s*(["']?[A-Za-z0-9_.-]+["']?\s*=|\[)""", line) or not chunks:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    found: dict[str, Any] = {}
    for chunk in chunks:
        try:
            parsed = tomllib.loads("\n".join(chunk))
        except tomllib.TOMLDecodeError:
            continue
        for key, value in parsed.items():
            found.setdefault(key, value)
    return found


def read_site_config(path: Path) -> SiteConfig:
    """Read and check one site file; every problem names the file and line."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return SiteConfig(None, looked_at=path)
    except OSError as exc:
        return SiteConfig(path, locked=LOCKABLE, locked_down=True, looked_at=path, problems=(
            f"{path} cannot be read ({exc.strerror or exc}). Until court IT fixes this, every "
            "setting is locked at its default.",))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return SiteConfig(path, locked=LOCKABLE, locked_down=True, looked_at=path, problems=(
            f"{path}, line {line}: not UTF-8 text. Until court IT fixes this, every setting is "
            "locked at its default.",))
    problems: list[str] = []
    locked_down = False
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "Invalid value (at line 3, column 7)": lead with the file and line.
        m = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", str(exc), re.S)
        said = f"{path}, line {m[2]}: {m[1]} (column {m[3]})" if m else f"{path}: {exc}"
        problems.append(f"{said}. Until court IT fixes this, every setting is locked: at the "
                        "value the file's other lines give, or else at its default.")
        raw = _salvage(text)
        raw.pop(LOCKED, None)
        locked_down = True
    locked: set[str] = set()
    if locked_down:
        locked = set(LOCKABLE)
    elif LOCKED in raw:
        where = _where(path, text, LOCKED)
        names = raw[LOCKED]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            # Unknown intent: lock everything rather than nothing.
            problems.append(f"{where}: 'locked' should be a list of setting names in quotes; "
                            "until it is, every setting is locked.")
            locked = set(LOCKABLE)
        else:
            unknown = [n for n in names if n not in LOCKABLE]
            if unknown:
                problems.append(f"{where}: 'locked' names settings that do not exist: "
                                f"{', '.join(unknown)} (ignored).")
            locked = {n for n in names if n in LOCKABLE}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        where = _where(path, text, key)
        if key == LOCKED:
            continue
        if key not in RULES:
            problems.append(f"{where}: there is no setting called '{key}' (ignored).")
            continue
        try:
            values[key] = check_value(key, value, site=True)
        except ConfigError as exc:
            after = ", and it stays locked" if key in locked else ""
            problems.append(f"{where}: {exc.message} Lectern uses the default instead{after}.")
    keys: list[PublicKey] = []
    for n, item in enumerate(values.pop(TRUSTED_KEYS, []), start=1):
        where = _where(path, text, str(item).strip(), key=False) if isinstance(item, str) else \
            _where(path, text, TRUSTED_KEYS)
        try:
            if not isinstance(item, str):
                raise KeyFileError(f"trusted key {n} is not text in quotes")
            keys.append(PublicKey.parse(item, f"trusted key {n}"))
        except KeyFileError as exc:
            problems.append(f"{where}: {exc.message.rstrip('.')}; this key is not trusted.")
    issuers: list[str] = []
    for n, item in enumerate(values.get(TRUSTED_ISSUERS, []), start=1):
        where = _where(path, text, str(item).strip(), key=False) if isinstance(item, str) else \
            _where(path, text, TRUSTED_ISSUERS)
        try:
            issuers.append(issuer_did(item, f"trusted issuer {n}"))
        except KeyFileError as exc:
            problems.append(f"{where}: {exc.message.rstrip('.')}; this issuer is not trusted.")
    if TRUSTED_ISSUERS in values:  # kept as did:key, in `values` too (a setting like the others)
        values[TRUSTED_ISSUERS] = list(dict.fromkeys(issuers))
    return SiteConfig(path, values, frozenset(locked), tuple(keys), tuple(dict.fromkeys(issuers)),
                      tuple(problems), locked_down, path)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_ED25519_MULTICODEC = b"\xed\x01"


def _b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _b58decode(text: str) -> bytes:
    number = 0
    for ch in text:
        digit = _B58.find(ch)
        if digit < 0:
            raise ValueError(ch)
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def issuer_did(item: object, source: str = "the issuer") -> str:
    """A certificate issuer as a did:key: given as one (`did:key:z6Mk...`, what `lectern-hub
    issuer` prints) or as the issuer's Lectern public key line. Checked here, without the
    certificate code (which loads JSON-LD machinery the site file must not wait for);
    KeyFileError says what is wrong."""
    if not isinstance(item, str):
        raise KeyFileError(f"{source} is not text in quotes")
    text = item.strip()
    if text.startswith("did:key:"):
        value = text[len("did:key:"):].partition("#")[0]
        try:
            raw = _b58decode(value[1:]) if value.startswith("z") else b""
        except ValueError:
            raw = b""
        if len(raw) != 34 or not raw.startswith(_ED25519_MULTICODEC):
            raise KeyFileError(f"{source} is not an Ed25519 did:key such as the one `lectern-hub issuer` prints")
        return "did:key:" + value
    key = PublicKey.parse(text, source)
    return "did:key:z" + _b58encode(_ED25519_MULTICODEC + key.raw)


def changeable_by_user(path: Path, uid: int | None = None,
                       groups: set[int] | None = None) -> Path | None:
    """The file, or the first of its folders, that this (non-root) account could change or
    replace; None when it can change none of them. POSIX only: on Windows, ProgramData's
    ACLs (set by the installer) decide."""
    if os.name != "posix":
        return None
    uid = os.geteuid() if uid is None else uid
    if uid == 0:
        return None
    groups = (set(os.getgroups()) | {os.getegid()}) if groups is None else groups

    def writable(st: os.stat_result) -> bool:
        return (st.st_uid == uid or bool(st.st_mode & stat.S_IWOTH)
                or bool(st.st_mode & stat.S_IWGRP and st.st_gid in groups))

    chains = [Path(os.path.abspath(path))]
    real = Path(os.path.realpath(path))
    if real != chains[0]:
        chains.append(real)
    for start in chains:
        try:
            child = os.lstat(start) if start == chains[0] else os.stat(start)
            if writable(os.stat(start)):
                return start
            for parent in start.parents:
                st = os.stat(parent)
                sticky_protects = bool(st.st_mode & stat.S_ISVTX) and child.st_uid != uid \
                    and st.st_uid != uid
                if writable(st) and not sticky_protects:
                    return parent
                child = st
        except OSError:
            continue
    return None
