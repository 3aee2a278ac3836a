"""`lectern diagnostics OUT.zip`: one file court IT can attach to a support request.

It says what a helper asks first: which Lectern, Python, Qt and OS; the site file as Lectern
read it and what is wrong with it; each profile's effective settings (and which are locked),
store schema, installed courses and changes waiting or refused; the end of the log and its
last errors. It holds no secrets: no hub tokens (only whether a profile is signed in), no
passwords, no PINs or PIN hashes (only whether a profile has one), and addresses lose their
`user:password@`. Every text is scrubbed, and then searched for the secrets actually present
in the data dir, which are cut out should any have slipped through (an old log line, say).

Nothing is changed: profile databases are opened read-only and never migrated, so this works
on a data dir a newer or broken Lectern left behind, and needs no profile's PIN.
"""
from __future__ import annotations

import json
import locale
import os
import platform
import shutil
import sqlite3
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from . import __version__
from .logging_setup import last_lines, scrub
from .profile_gate import PIN_SETTING, profile_names
from .site_config import SiteConfig, load_site_config

LOG_LINES = 1000
ERROR_LINES = 50
REMOVED = "[removed]"
README = """Lectern diagnostics
===================

lectern.json          versions; the site file as read and its problems; each profile's
                      effective settings (locked ones marked), store schema, courses, and
                      changes waiting, refused or kept; disk space; the log's last errors
lectern-log-tail.txt  the last {lines} lines of the log ({log})

Not included: hub tokens, passwords, PINs and PIN hashes, learners' progress, quiz answers
and forum posts. Addresses are shown without any user:password@ part.
"""


@dataclass(frozen=True)
class DiagnosticsResult:
    path: Path
    members: tuple[str, ...]
    profiles: int


class _ReadOnlySettings:
    """Enough of LearnerStore for `sync.config.load_settings`, read-only and unmigrated."""

    def __init__(self, conn: sqlite3.Connection | None) -> None:
        self.conn = conn

    def get_setting(self, key: str, default: Any = None) -> Any:
        if self.conn is None:
            return default
        try:
            row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
            return default if row is None else json.loads(row[0])
        except (sqlite3.Error, ValueError):
            return default


def _open_ro(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def _one(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    try:
        row = conn.execute(sql, params).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else row[0]


def _url(value: Any) -> Any:
    return scrub(value) if isinstance(value, str) else value


def _versions() -> dict[str, Any]:
    # Read from the installed packages' metadata, never by importing Qt: sync/ runs without
    # it (a PySide6 wheel's version is the Qt version it carries).
    from importlib import metadata

    qt: dict[str, Any] = {"error": "PySide6 is not installed (or, in a packaged build, its "
                                   "metadata was left out)"}
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
        qt = {"pyside6": version, "qt": version}  # each wheel carries the Qt of its version
        break
    return {
        "lectern": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "python_build": " ".join(platform.python_build()),
        "qt": qt,
        "os": {"platform": platform.platform(), "system": platform.system(),
               "release": platform.release(), "machine": platform.machine()},
        "locale": locale.getlocale()[0],
        "filesystem_encoding": sys.getfilesystemencoding(),
    }


def _site(site: SiteConfig) -> dict[str, Any]:
    return {
        "file": str(site.path) if site.path else None,
        "looked_at": str(site.looked_at) if site.looked_at else None,
        "ignored_test_hook": site.ignored_hook,
        "values": {k: _url(v) for k, v in site.values.items()},
        "locked": sorted(site.locked),
        "locked_down": site.locked_down,
        "trusted_keys": [{"key_id": k.key_id, "comment": k.comment} for k in site.trusted_keys],
        "problems": [scrub(p) for p in site.problems],
    }


def _profile(root: Path, name: str, site: SiteConfig) -> dict[str, Any]:
    from .config import load_settings
    from .credentials import load_credentials
    from .paths import DataPaths

    paths = DataPaths(root, name)
    out: dict[str, Any] = {"name": name}
    creds = load_credentials(paths)
    out["signed_in"] = creds is not None
    out["signed_in_to"] = _url(creds.hub_url) if creds else None
    out["signed_in_as"] = creds.username if creds else None
    try:
        conn = _open_ro(paths.db)
    except sqlite3.Error as exc:
        out["error"] = f"cannot be opened: {exc}"
        conn = None
    try:
        if conn is not None:
            out["schema_version"] = _one(conn, "PRAGMA user_version")
            out["has_pin"] = bool(_ReadOnlySettings(conn).get_setting(PIN_SETTING, None))
            out["courses"] = _rows(conn, "SELECT id, version, language FROM courses ORDER BY id")
            out["pending"] = _one(conn, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'")
            out["refused"] = _one(conn, "SELECT COUNT(*) FROM outbox WHERE state = 'rejected'"
                                        " AND settled_at IS NULL") \
                if _has_column(conn, "outbox", "settled_at") else \
                _one(conn, "SELECT COUNT(*) FROM outbox WHERE state = 'rejected'")
            out["refused_reasons"] = [scrub(str(r["error"])) for r in _rows(
                conn, "SELECT error FROM outbox WHERE state = 'rejected' ORDER BY seq DESC LIMIT 10")]
            out["kept_for_other_accounts"] = _one(conn, "SELECT COUNT(*) FROM held_events")
            for key in ("last_sync_success", "last_sync_error", "last_sync_error_kind"):
                value = _one(conn, "SELECT value FROM sync_state WHERE key = ?", (key,))
                out[key] = scrub(value) if isinstance(value, str) else value
        settings = load_settings(_ReadOnlySettings(conn), site)  # type: ignore[arg-type]
        from .config import SETTING_NAMES

        out["settings"] = {n: {"value": _url(getattr(settings, n)), "locked": n in settings.locked}
                           for n in SETTING_NAMES}
    finally:
        if conn is not None:
            conn.close()
    return out


def _has_column(conn: sqlite3.Connection, table: str, column: str) -> bool:
    try:
        return any(r[1] == column for r in conn.execute(f"PRAGMA table_info({table})"))
    except sqlite3.Error:
        return False


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    try:
        cur = conn.execute(sql)
    except sqlite3.Error:
        return []
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _disk(root: Path) -> dict[str, Any]:
    blobs = root / "blobs"
    count = size = 0
    if blobs.is_dir():
        for sub in blobs.iterdir():
            if sub.is_dir():
                for f in sub.iterdir():
                    count += 1
                    try:
                        size += f.stat().st_size
                    except OSError:
                        pass
    free: int | None
    total: int | None
    try:
        usage = shutil.disk_usage(root)
        free, total = usage.free, usage.total
    except OSError:
        free = total = None
    return {"course_files": count, "course_bytes": size, "free_bytes": free, "total_bytes": total}


def _secrets(root: Path, site: SiteConfig) -> set[str]:
    """The secrets present in this data dir and site file, to be cut out if anything
    quoted one after all."""
    found: set[str] = set()

    def url_parts(value: Any) -> None:
        if isinstance(value, str) and "@" in value:
            try:
                parsed = urlparse(value.strip())
            except ValueError:
                return
            if parsed.password:
                found.add(parsed.password)

    for value in site.values.values():
        url_parts(value)
    base = root / "profiles"
    for creds in base.glob("*/hub-credentials.json") if base.is_dir() else []:
        try:
            data = json.loads(creds.read_text(encoding="utf-8"))
            found.update(str(data.get(k) or "") for k in ("token", "device_key"))
        except (OSError, ValueError, AttributeError):
            pass
    for name in profile_names(root):
        try:
            conn = _open_ro(base / name / "learner.db")
        except sqlite3.Error:
            continue
        try:
            settings = _ReadOnlySettings(conn)
            record = settings.get_setting(PIN_SETTING, None)
            if isinstance(record, dict):
                found.update(str(record.get(k) or "") for k in ("hash", "salt"))
            for key in ("proxy", "hub_url"):
                url_parts(settings.get_setting(key, None))
        finally:
            conn.close()
    return {s for s in found if len(s) >= 4}


def _clean(text: str, secrets: set[str]) -> str:
    text = scrub(text)
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, REMOVED)
    return text


def write_diagnostics(root: Path, out: Path, log_file: Path,
                      site: SiteConfig | None = None) -> DiagnosticsResult:
    """Write the diagnostics zip for the data dir `root` to `out` (replaced if it exists)."""
    root = Path(root)
    site = site if site is not None else load_site_config()
    names = profile_names(root)
    tail = last_lines(log_file, LOG_LINES)
    errors = [line for line in tail if any(f" {lvl} " in line
                                           for lvl in ("ERROR", "CRITICAL", "WARNING"))]
    versions = _versions()
    report: dict[str, Any] = {
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "versions": versions,
        "data_dir": str(root),
        "log_file": str(log_file),
        "site_config": _site(site),
        "profiles": [_profile(root, name, site) for name in names],
        "disk": _disk(root) if root.is_dir() else None,
        "last_errors": errors[-ERROR_LINES:],
    }
    try:
        from .migrations import LATEST

        versions["store_schema"] = LATEST
    except ImportError:  # pragma: no cover - part of the package
        pass
    secrets = _secrets(root, site)
    members = {
        "README.txt": README.format(lines=LOG_LINES, log=log_file),
        "lectern.json": json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n",
        "lectern-log-tail.txt": "\n".join(tail) + ("\n" if tail else ""),
    }
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    part = out.with_name(out.name + ".part")
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, _clean(text, secrets))
    os.replace(part, out)
    return DiagnosticsResult(out, tuple(members), len(names))
