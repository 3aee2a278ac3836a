"""`lectern-hub backup` and `lectern-hub restore`: one file holding everything a hub needs to
come back after its disk, its database server or its machine is lost.

A hub is its database (the SQLite file, or a PostgreSQL database), the blobs its courses
reference (content-addressed files in the blob store) and its certificate issuer's key (the
credentials it signed must stay verifiable, and new ones be signed by the same key). A
backup is a plain tar of them:

    database/hub.sqlite3   SQLite: a copy made by SQLite's online backup API
    database/hub.pgdump    PostgreSQL: pg_dump's custom format
    blobs/ab/<sha256>      every blob the database's courses reference at the time of the dump
    keys/issuer.key        the issuer's key, when the hub has one
    manifest.json          last: format, versions, database kind, each member's sha256 and size

Consistent while the hub serves: the SQLite copy is one read transaction (WAL: writers go
on meanwhile); pg_dump reads a snapshot exported by a transaction that also lists the blobs,
so the blob list is the dump's own. Blobs never change and are never deleted, so copying
them after the dump is safe (blobs published later are simply not in this backup). The file
is written beside OUT and renamed into place once complete: OUT is whole or absent.

A restore checks every member's sha256 before it touches anything, refuses a backup from a
newer lectern-hub and a target that already holds a hub (unless forced), and migrates a
backup from an older one. What it restores is what it checked: it reads the file once more,
writing each member to a temporary file beside its destination while hashing it, and renames
them into place only when every member matches the checked manifest (a file replaced in the
meantime, say on a share others can write, is refused with the target left as it was).

A restored hub is a hub gone back in time: events learners pushed after the backup are not
in it, and their players' cursors point past its feed. So restore gives the database a new
instance id (`meta.instance_id`); the hub writes it into the cursors it makes and refuses a
cursor made by another instance (hub.syncing), and a player told so starts its pull over and
sends again what it had sent (sync.sync_engine): the hub acks again what it has,
idempotently, and applies the rest. Nothing is lost, nothing doubled.
"""
from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Callable

from sqlalchemy import MetaData, delete, select
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.engine.url import URL

from sync.atomic_file import fsync_dir
from sync.content_store import ContentStore

from . import __version__, db
from .errors import HubError, HubErrorKind
from .settings import HubSettings

log = logging.getLogger(__name__)

#: the layout above; a restore refuses a newer one
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SQLITE_MEMBER = "database/hub.sqlite3"
PG_MEMBER = "database/hub.pgdump"
KEY_MEMBER = "keys/issuer.key"
_MEMBER_RE = re.compile(r"^(database/hub\.sqlite3|database/hub\.pgdump|keys/issuer\.key|"
                        r"blobs/([0-9a-f]{2})/(\2[0-9a-f]{62}))$")
#: the `meta` key of the database's instance id: set by every restore (None: never restored)
INSTANCE_KEY = "instance_id"
_CHUNK = 1024 * 1024
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_PG_TIMEOUT = 6 * 3600.0
_SQLITE_FULL = 13  # SQLITE_FULL: "database or disk is full"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    database: str          # "sqlite" or "postgresql"
    revision: str | None   # the database's Alembic revision
    blobs: int
    issuer_key: bool
    size: int

    def summary(self) -> str:
        key = ", the issuer key" if self.issuer_key else ""
        return (f"Backed up the hub ({self.database} database at revision {self.revision}, "
                f"{self.blobs} blob{'s' if self.blobs != 1 else ''}{key}) to {self.path} ({_size(self.size)}).")


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    database: str
    created: str
    hub_version: str
    blobs: int
    issuer_key: bool
    migrated: list[str] = field(default_factory=list)

    def summary(self) -> str:
        key = ", the issuer key" if self.issuer_key else ""
        upgraded = f"; upgraded its database ({', '.join(self.migrated)})" if self.migrated else ""
        return (f"Restored the hub from {self.source} (made {self.created} by lectern-hub {self.hub_version}: "
                f"{self.database} database, {self.blobs} blob{'s' if self.blobs != 1 else ''}{key}){upgraded}. "
                "Players send again what the backup is missing when they next sync.")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} bytes"  # pragma: no cover


def database_kind(url: str) -> str:
    """"sqlite" or "postgresql" (another database is refused: the hub runs on these two)."""
    try:
        backend = make_url(url).get_backend_name()
    except Exception:  # noqa: BLE001 - sqlalchemy's ArgumentError and friends
        raise HubError(HubErrorKind.BAD_REQUEST, "The database URL is not valid.") from None
    if backend not in ("sqlite", "postgresql"):
        raise HubError(HubErrorKind.BAD_REQUEST, f"Backups cover SQLite and PostgreSQL databases, not {backend}.")
    return backend


# --------------------------------------------------------------------------- instance id


def read_instance(conn: Connection) -> str | None:
    """The database's instance id (`meta.instance_id`): None until a restore sets one."""
    value = conn.execute(select(db.meta.c.value).where(db.meta.c.key == INSTANCE_KEY)).scalar()
    return None if value is None else str(value)


def new_instance(database: db.Database) -> str:
    """Give the database a new instance id: the hub it serves is not the one whose cursors
    players hold (see the module docstring)."""
    instance = str(uuid.uuid4())
    with database.write() as conn:
        conn.execute(delete(db.meta).where(db.meta.c.key == INSTANCE_KEY))
        conn.execute(db.meta.insert().values(key=INSTANCE_KEY, value=instance))
    return instance


# --------------------------------------------------------------------------- backup


def probe(settings: HubSettings, *, existing: bool) -> None:
    """Reach the database once (raising what hub.cli turns into its one-line "cannot open"
    error), without creating anything: a SQLite file that is not there is left so, and
    said so when `existing` (a backup) needs it."""
    kind = database_kind(settings.database_url)
    if kind == "sqlite":
        path = Path(_sqlite_file(settings.database_url))
        if not path.is_file():
            if existing:
                raise HubError(HubErrorKind.BAD_REQUEST, f"There is no hub database at {path}: nothing to "
                                                         "back up (check --data and --db).")
            return
    database = db.Database(settings.database_url, create=False)
    try:
        database.schema_state()
    finally:
        database.close()


def backup(settings: HubSettings, out: Path, *, force: bool = False) -> BackupResult:
    """Write the backup file `out` while the hub may be serving (see the module docstring)."""
    if out.is_dir():
        raise HubError(HubErrorKind.BAD_REQUEST, f"{out} is a folder; give the backup file's name.")
    if not force and (out.exists() or out.is_symlink()):
        raise HubError(HubErrorKind.CONFLICT, f"{out} already exists; choose another name, or add --force "
                                              "to replace it.")
    if not out.parent.is_dir():
        raise HubError(HubErrorKind.BAD_REQUEST, f"The folder {out.parent} does not exist.")
    kind = database_kind(settings.database_url)
    probe(settings, existing=True)
    database = db.Database(settings.database_url, create=False)
    try:
        state = database.schema_state()
        if state.empty:
            raise HubError(HubErrorKind.BAD_REQUEST, "The hub database is empty: nothing to back up.")
        try:
            staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
        except OSError as exc:
            raise _write_error(exc, out) from None
        try:
            return _write_backup(settings, database, kind, out, staging, force)
        except OSError as exc:
            raise _write_error(exc, out) from None
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        database.close()


def _write_error(exc: OSError, out: Path) -> HubError:
    if exc.errno in _FULL:
        return HubError(HubErrorKind.STORAGE, f"There is not enough space for the backup in {out.parent}; "
                                              f"nothing was written.")
    where = exc.filename or out
    return HubError(HubErrorKind.STORAGE, f"Cannot write the backup ({where}: {exc.strerror or exc}); "
                                          "nothing was written.")


def _write_backup(settings: HubSettings, database: db.Database, kind: str, out: Path, staging: Path,
                  force: bool) -> BackupResult:
    if kind == "sqlite":
        dump, member = staging / "hub.sqlite3", SQLITE_MEMBER
        revision, shas = _sqlite_dump(_sqlite_file(settings.database_url), dump)
    else:
        dump, member = staging / "hub.pgdump", PG_MEMBER
        revision, shas = _pg_dump(database, dump)
    store = ContentStore(settings.blob_dir)
    key_path = settings.issuer_key_path
    has_key = key_path.is_file()
    created = datetime.now(timezone.utc).isoformat(timespec="seconds")
    members: dict[str, dict[str, Any]] = {}
    partial = staging / "backup.tar"
    with open(partial, "wb") as raw:
        os.fchmod(raw.fileno(), 0o600)  # it holds the issuer's private key and password hashes
        with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
            _add_file(tar, member, dump, members)
            for sha in shas:
                path = store.path(sha)
                if not path.is_file():
                    raise HubError(HubErrorKind.STORAGE, f"The blob {sha} of a published course is missing from "
                                                         f"{settings.blob_dir}; no backup was written.")
                if _add_file(tar, f"blobs/{sha[:2]}/{sha}", path, members) != sha:
                    raise HubError(HubErrorKind.STORAGE, f"The blob {sha} in {settings.blob_dir} is damaged (its "
                                                         "bytes do not match its name); no backup was written.")
            if has_key:
                _add_file(tar, KEY_MEMBER, key_path, members)
            manifest = {"format": FORMAT_VERSION, "hub_version": __version__, "database": kind,
                        "schema_revision": revision, "created": created, "members": members}
            data = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
            info = _info(MANIFEST_NAME, len(data))
            tar.addfile(info, _Reader(_bytes_io(data)))
        raw.flush()
        os.fsync(raw.fileno())
    size = partial.stat().st_size
    _place(partial, out, force)
    return BackupResult(path=out, database=kind, revision=revision, blobs=len(shas), issuer_key=has_key, size=size)


def _bytes_io(data: bytes) -> IO[bytes]:
    import io
    return io.BytesIO(data)


def _info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = int(datetime.now(timezone.utc).timestamp())
    return info


class _Reader:
    """A file read through once, hashed on the way (tarfile reads exactly the size given)."""

    def __init__(self, f: IO[bytes]) -> None:
        self.f = f
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.f.read(size)
        self.digest.update(data)
        return data


def _add_file(tar: tarfile.TarFile, name: str, path: Path, members: dict[str, dict[str, Any]]) -> str:
    """Add `path` as `name`; its sha256 (also noted in `members`)."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        reader = _Reader(f)
        tar.addfile(_info(name, size), reader)
    sha = reader.digest.hexdigest()
    members[name] = {"sha256": sha, "size": size}
    return sha


def _place(partial: Path, out: Path, force: bool) -> None:
    """Move the finished file to `out`: over an existing one only when forced (a link is
    refused if `out` appeared meanwhile; a file system without links gets a plain rename)."""
    if force:
        os.replace(partial, out)
    else:
        try:
            os.link(partial, out)
        except FileExistsError:
            raise HubError(HubErrorKind.CONFLICT, f"{out} already exists; choose another name, or add --force "
                                                  "to replace it.") from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            if out.exists():
                raise HubError(HubErrorKind.CONFLICT, f"{out} already exists; choose another name, or add "
                                                      "--force to replace it.") from None
            os.replace(partial, out)
    fsync_dir(out.parent)



def _sqlite_file(url: str) -> str:
    name = make_url(url).database
    if not name or name == ":memory:":
        raise HubError(HubErrorKind.BAD_REQUEST, "The database URL names no SQLite file.")
    return name


def _sqlite_dump(source: str, dest: Path) -> tuple[str | None, list[str]]:
    """Copy the live SQLite database with its online backup API (one step: one read
    transaction, so a consistent copy while writers go on); its revision and blobs."""
    src = sqlite3.connect(source, timeout=db.BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            if (dst.execute("PRAGMA quick_check").fetchone() or ["?"])[0] != "ok":
                raise HubError(HubErrorKind.STORAGE, "The hub database's copy fails SQLite's integrity check; "
                                                     "no backup was written.")
            revision = _scalar(dst, "SELECT version_num FROM alembic_version")
            shas = [str(r[0]) for r in dst.execute("SELECT DISTINCT sha256 FROM course_files ORDER BY 1")]
        finally:
            dst.close()
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL:
            raise OSError(errno.ENOSPC, "No space left on device", str(dest)) from None
        raise HubError(HubErrorKind.STORAGE, f"Cannot copy the hub database: {exc}; no backup was written.") from None
    finally:
        src.close()
    return revision, shas


def _scalar(conn: sqlite3.Connection, sql: str) -> str | None:
    try:
        row = conn.execute(sql).fetchone()
    except sqlite3.OperationalError:  # no such table: a database from before Alembic
        return None
    return None if row is None else str(row[0])


# --------------------------------------------------------------------------- PostgreSQL


def pg_program(name: str) -> str:
    """Debian's newest `pg_dump`/`pg_restore` (a newer one reads older servers), else PATH's."""
    root = Path("/usr/lib/postgresql")
    versions = sorted((p for p in root.glob("*") if (p / "bin" / name).is_file()),
                      key=lambda p: int(p.name) if p.name.isdigit() else 0) if root.is_dir() else []
    if versions:
        return str(versions[-1] / "bin" / name)
    found = shutil.which(name)
    if found is None:
        raise HubError(HubErrorKind.BAD_REQUEST, f"{name} is not installed; install PostgreSQL's client "
                                                 "programs (Debian: apt-get install postgresql-client).")
    return found


def _conninfo(url: URL) -> tuple[str, dict[str, str]]:
    """libpq's connection string for `url` without its password, and the environment that
    carries the password (never on a command line, where `ps` shows it): the URL's
    `user:password@`, else its `?password=`. An `sslpassword` (the client key's passphrase)
    has no environment variable in libpq, so it is refused rather than shown."""
    parts: dict[str, str] = {}
    password = None if url.password is None else str(url.password)
    if url.host:
        parts["host"] = url.host
    if url.port:
        parts["port"] = str(url.port)
    if url.username:
        parts["user"] = url.username
    if url.database:
        parts["dbname"] = url.database
    for key, value in url.query.items():
        value = value if isinstance(value, str) else value[-1]
        if key == "password":
            password = password if password is not None else value
        elif key == "sslpassword":
            raise HubError(HubErrorKind.BAD_REQUEST, "pg_dump and pg_restore cannot be given the database URL's "
                                                     "sslpassword without showing it to every account (ps); use a "
                                                     "client key without a passphrase for backups.")
        else:
            parts[key] = value

    def quoted(value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

    env = dict(os.environ)
    env.pop("PGPASSWORD", None)
    if password:
        env["PGPASSWORD"] = password
    return " ".join(f"{k}={quoted(v)}" for k, v in parts.items()), env


def _run_pg(args: list[str], env: dict[str, str], what: str) -> None:
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=_PG_TIMEOUT)
    except OSError as exc:
        raise HubError(HubErrorKind.STORAGE, f"Cannot run {args[0]}: {exc.strerror or exc}.") from None
    except subprocess.TimeoutExpired:
        raise HubError(HubErrorKind.STORAGE, f"{what} took more than {_PG_TIMEOUT / 3600:g} hours; "
                                             "stopped.") from None
    if done.returncode != 0:
        lines = [line.strip() for line in done.stderr.splitlines() if line.strip()]
        full = next((line for line in lines if "No space left" in line or "could not write" in line), None)
        if full is not None and "No space left" in full:
            raise OSError(errno.ENOSPC, "No space left on device")
        reason = (lines[0] if lines else f"exit status {done.returncode}")[:300]
        raise HubError(HubErrorKind.STORAGE, f"{what} failed: {reason}")


def _pg_dump(database: db.Database, dest: Path) -> tuple[str | None, list[str]]:
    """pg_dump (custom format) of a snapshot that this transaction exports and also reads
    the blob list from: the two describe one moment."""
    conninfo, env = _conninfo(database.engine.url)
    program = pg_program("pg_dump")
    with database.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
            _run_pg([program, "--format=custom", f"--snapshot={snapshot}", "--no-password",
                     f"--file={dest}", f"--dbname={conninfo}"], env, "pg_dump")
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            shas = [str(r[0]) for r in conn.exec_driver_sql(
                "SELECT DISTINCT sha256 FROM course_files ORDER BY 1")]
    return None if revision is None else str(revision), shas


# --------------------------------------------------------------------------- restore


@dataclass(frozen=True)
class _Archive:
    manifest: dict[str, Any]
    members: dict[str, dict[str, Any]]


def read_backup(source: Path) -> _Archive:
    """Open a backup and check every member against the manifest (sha256 and size) without
    writing anything; a damaged, truncated or foreign file is a one-line refusal."""
    if not source.is_file():
        raise HubError(HubErrorKind.BAD_REQUEST, f"{source} is not a file.")
    try:
        with tarfile.open(source, mode="r:") as tar:
            names = tar.getnames()
            if MANIFEST_NAME not in names:
                raise _damaged(source, "it has no manifest")
            manifest = _manifest(source, tar)
            members: dict[str, dict[str, Any]] = manifest["members"]
            _read_members(source, tar, members, lambda _name: None)
    except (tarfile.TarError, EOFError) as exc:
        raise _damaged(source, str(exc) or type(exc).__name__) from None
    except OSError as exc:
        raise HubError(HubErrorKind.BAD_REQUEST, f"Cannot read {source}: {exc.strerror or exc}.") from None
    return _Archive(manifest, members)


def _read_members(source: Path, tar: tarfile.TarFile, members: dict[str, dict[str, Any]],
                  sink: Callable[[str], IO[bytes] | None], mismatch: str = "does not match its checksum") -> None:
    """Read every member once, checking its size and sha256 against `members`, and write
    its bytes to `sink(name)` (None: check only) as they are read: what a restore writes is
    what was checked (the file may change meanwhile). Each sink is flushed to the disk and
    closed here; a member the manifest does not list, twice or missing is a damaged backup."""
    seen: set[str] = set()
    for info in tar:
        if info.name == MANIFEST_NAME:
            continue
        want = members.get(info.name)
        if want is None or not info.isfile() or info.name in seen:
            raise _damaged(source, f"it holds {info.name[:100]!r}, which its manifest does not list")
        seen.add(info.name)
        f = tar.extractfile(info)
        assert f is not None  # a regular file
        out = sink(info.name)
        try:
            digest, size = hashlib.sha256(), 0
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                if size > want["size"]:
                    break
                if out is not None:
                    out.write(chunk)
            if out is not None:
                out.flush()
                os.fsync(out.fileno())
        finally:
            if out is not None:
                out.close()
        if size != want["size"] or digest.hexdigest() != want["sha256"]:
            raise _damaged(source, f"{info.name} {mismatch}")
    missing = sorted(set(members) - seen)
    if missing:
        raise _damaged(source, f"{missing[0]} is missing")


def _damaged(source: Path, why: str) -> HubError:
    return HubError(HubErrorKind.BAD_REQUEST, f"{source} is not a complete lectern-hub backup ({why}); "
                                              "nothing was restored.")


def _manifest(source: Path, tar: tarfile.TarFile) -> dict[str, Any]:
    f = tar.extractfile(MANIFEST_NAME)
    try:
        doc = json.loads(f.read(1024 * 1024 * 256)) if f is not None else None
    except ValueError:
        doc = None
    if not isinstance(doc, dict) or not isinstance(doc.get("format"), int):
        raise _damaged(source, "its manifest is unreadable")
    if doc["format"] > FORMAT_VERSION:
        raise HubError(HubErrorKind.BAD_REQUEST, f"{source} was made by a newer lectern-hub "
                                                 f"({doc.get('hub_version', '?')}, backup format {doc['format']}); "
                                                 "update lectern-hub to restore it.")
    members = doc.get("members")
    kind = doc.get("database")
    if not isinstance(members, dict) or kind not in ("sqlite", "postgresql") or \
            not isinstance(doc.get("schema_revision"), (str, type(None))):
        raise _damaged(source, "its manifest is incomplete")
    for name, want in members.items():
        if not _MEMBER_RE.match(name) or not isinstance(want, dict) or \
                not isinstance(want.get("size"), int) or not isinstance(want.get("sha256"), str):
            raise _damaged(source, f"its manifest lists {str(name)[:100]!r}")
        blob = _MEMBER_RE.match(name)
        if blob and blob.group(3) and blob.group(3) != want["sha256"]:
            raise _damaged(source, f"its manifest gives {name} another checksum than its name")
    if (SQLITE_MEMBER if kind == "sqlite" else PG_MEMBER) not in members:
        raise _damaged(source, "it holds no database")
    return doc


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(db._alembic_config())
    return {r.revision for r in script.walk_revisions()}


def _target_contents(settings: HubSettings, kind: str, archive: _Archive) -> tuple[list[str], db.Database | None]:
    """What the target already holds that a restore would replace (empty: nothing), and its
    database when it exists. Blobs are not in the list: a blob's name is its content, so
    those already there (a shared blob folder that outlived the database) are kept and only
    the missing ones written."""
    found: list[str] = []
    database: db.Database | None = None
    if kind == "postgresql" or Path(_sqlite_file(settings.database_url)).exists():
        database = db.Database(settings.database_url, create=False)
        if not database.schema_state().empty:
            found.append("its database holds a hub")
    key = settings.issuer_key_path
    if key.exists():
        want = archive.members.get(KEY_MEMBER, {}).get("sha256")
        if want is None or hashlib.sha256(key.read_bytes()).hexdigest() != want:
            found.append(f"it has another issuer key ({key})")
    return found, database


def check_backup(settings: HubSettings, source: Path) -> _Archive:
    """Everything a restore checks before it looks at the target: every member's checksum,
    a backup this lectern-hub can read (not a newer one's), the same kind of database."""
    archive = read_backup(source)
    manifest = archive.manifest
    kind = database_kind(settings.database_url)
    revision = manifest["schema_revision"]
    if revision is not None and revision not in _known_revisions():
        raise HubError(HubErrorKind.BAD_REQUEST, f"{source} is from a newer lectern-hub "
                                                 f"({manifest.get('hub_version', '?')}, database revision {revision}); "
                                                 "update lectern-hub to restore it.")
    if manifest["database"] != kind:
        raise HubError(HubErrorKind.BAD_REQUEST, f"{source} holds a {_named(manifest['database'])} database and this "
                                                 f"hub's is {_named(kind)}: a backup is restored into the same kind "
                                                 "of database (set --db or LECTERN_HUB_DB accordingly).")
    return archive


def restore(settings: HubSettings, source: Path, *, force: bool = False,
            checked: _Archive | None = None) -> RestoreResult:
    """Restore `source` into the hub of `settings` (stopped; see the module docstring).
    `checked`: what `check_backup` returned for it, when the caller already ran it.

    The backup is read once more, each member written to a temporary file in its
    destination's file system while it is hashed, and compared with the checked manifest:
    only when every member matches is anything of the target replaced (a file changed since
    `check_backup` read it is refused, the target as it was)."""
    archive = checked or check_backup(settings, source)
    manifest = archive.manifest
    kind = database_kind(settings.database_url)
    # PostgreSQL's programs and connection are settled before anything is written
    pg = (pg_program("pg_restore"), *_conninfo(make_url(settings.database_url))) if kind == "postgresql" else None
    found, database = _target_contents(settings, kind, archive)
    staging = _Staging()
    placing = False
    try:
        if found and not force:
            raise HubError(HubErrorKind.BAD_REQUEST, f"The target is not empty ({'; '.join(found)}). Restore into an "
                                                     "empty data folder and database, or add --force to replace "
                                                     "what is there.")
        if database is not None:
            database.close()
            database = None
        staged = _stage(settings, kind, source, archive, staging)
        placing = True
        blobs = _place_blobs(staged, settings)
        has_key = staged.key is not None
        if staged.key is not None:
            os.replace(staged.key, settings.issuer_key_path)
            fsync_dir(settings.issuer_key_path.parent)
        if kind == "sqlite":
            _place_sqlite(staged.database, settings)
        else:
            assert pg is not None
            _restore_pg(staged.database, settings, force and bool(found), pg)
        database = db.Database(settings.database_url, create=False)
        steps = database.migrate()
        new_instance(database)
    except OSError as exc:
        if not placing:
            if exc.errno in _FULL:
                raise HubError(HubErrorKind.STORAGE, "There is not enough space to restore the backup; "
                                                     "nothing was restored.") from None
            raise HubError(HubErrorKind.STORAGE, f"Cannot restore ({exc.filename or ''}: {exc.strerror or exc}); "
                                                 "nothing was restored.") from None
        if exc.errno in _FULL:
            raise HubError(HubErrorKind.STORAGE, "There is not enough space to restore the backup; "
                                                 "the target is incomplete: free space, then restore with --force.") \
                from None
        raise HubError(HubErrorKind.STORAGE, f"Cannot restore ({exc.filename or ''}: {exc.strerror or exc}); "
                                             "the target is incomplete: restore again with --force.") from None
    finally:
        staging.clean(placing)
        if database is not None:
            database.close()
    return RestoreResult(source=source, database=kind, created=str(manifest.get("created", "?")),
                         hub_version=str(manifest.get("hub_version", "?")), blobs=blobs, issuer_key=has_key,
                         migrated=steps)


def _named(kind: str) -> str:
    return "SQLite" if kind == "sqlite" else "PostgreSQL"


class _Staging:
    """The temporary files and folders of one restore, in the target's file systems (a
    rename puts each in place). `clean` removes what is left of them, and, when nothing was
    placed, the folders the restore created: the target is then as it was."""

    def __init__(self) -> None:
        self.folders: list[Path] = []   # created by this restore, parents first
        self.temps: list[Path] = []     # temporary files and folders

    def folder(self, path: Path, mode: int = 0o777) -> Path:
        """`path`, created (with its missing parents) if needed; `mode` for `path` itself."""
        missing: list[Path] = []
        here = path
        while not here.is_dir() and here != here.parent:
            missing.append(here)
            here = here.parent
        for folder in reversed(missing):
            try:
                folder.mkdir(mode=mode if folder == path else 0o777)
            except FileExistsError:
                continue
            self.folders.append(folder)
        return path

    def file(self, dest: Path) -> tuple[Path, IO[bytes]]:
        """A new private temporary file beside `dest`, open for writing."""
        fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".restore", dir=self.folder(dest.parent))
        self.temps.append(Path(name))
        return Path(name), os.fdopen(fd, "wb")

    def temp_folder(self, parent: Path) -> Path:
        folder = Path(tempfile.mkdtemp(prefix=".lectern-restore-", dir=self.folder(parent)))
        self.temps.append(folder)
        return folder

    def clean(self, placed: bool) -> None:
        for temp in reversed(self.temps):
            if temp.is_dir():
                shutil.rmtree(temp, ignore_errors=True)
            else:
                temp.unlink(missing_ok=True)
        if not placed:
            for folder in reversed(self.folders):
                try:
                    folder.rmdir()
                except OSError:
                    pass


@dataclass
class _Staged:
    database: Path
    key: Path | None = None
    blobs: dict[str, Path | None] = field(default_factory=dict)   # sha: staged file (None: the target has it)


def _stage(settings: HubSettings, kind: str, source: Path, archive: _Archive, staging: _Staging) -> _Staged:
    """Read the backup once, writing each member into a temporary file beside its
    destination while checking it against `archive` (what check_backup approved)."""
    staging.folder(settings.data_dir, db.data_dir_mode(settings))
    store = ContentStore(settings.blob_dir, shared=(), readable_by_all=settings.blobs_readable_by_all)
    blob_folder: Path | None = None
    paths: dict[str, Path] = {}
    staged = _Staged(database=Path())

    def sink(name: str) -> IO[bytes] | None:
        nonlocal blob_folder
        if name.startswith("blobs/"):
            sha = name.rsplit("/", 1)[-1]
            if store.has_own(sha):   # a blob's name is its content: the one there is kept
                staged.blobs[sha] = None
                return None
            if blob_folder is None:
                blob_folder = staging.temp_folder(settings.blob_dir)
            path = blob_folder / sha
            staged.blobs[sha] = path
            return open(path, "xb")
        if name == KEY_MEMBER:
            path, out = staging.file(settings.issuer_key_path)
        elif name == SQLITE_MEMBER:
            path, out = staging.file(Path(_sqlite_file(settings.database_url)))
        else:
            path, out = staging.file(settings.data_dir / "hub.pgdump")
        paths[name] = path
        return out

    try:
        with tarfile.open(source, mode="r:") as tar:
            if MANIFEST_NAME not in tar.getnames() or _manifest(source, tar) != archive.manifest:
                raise _damaged(source, "it changed after it was checked")
            _read_members(source, tar, archive.members, sink, "changed after it was checked")
    except (tarfile.TarError, EOFError) as exc:
        raise _damaged(source, str(exc) or type(exc).__name__) from None
    staged.database = paths[SQLITE_MEMBER if kind == "sqlite" else PG_MEMBER]
    staged.key = paths.get(KEY_MEMBER)
    return staged


def _place_blobs(staged: _Staged, settings: HubSettings) -> int:
    """Move the staged blobs into the blob folder (each already checked against its name)."""
    store = ContentStore(settings.blob_dir, shared=(), readable_by_all=settings.blobs_readable_by_all)
    folders: set[Path] = set()
    for sha, path in staged.blobs.items():
        if path is None:
            continue
        final = settings.blob_dir / sha[:2] / sha
        if final.parent not in folders:
            if not final.parent.is_dir():
                final.parent.mkdir(mode=store.dir_mode, parents=True, exist_ok=True)
                if store.readable_by_all:
                    os.chmod(final.parent, store.dir_mode)  # an administrator's umask 077 must not hide it
            folders.add(final.parent)
        os.chmod(path, store.file_mode)
        os.replace(path, final)
    for folder in folders:
        fsync_dir(folder)
    return len(staged.blobs)


def _place_sqlite(staged: Path, settings: HubSettings) -> None:
    path = Path(_sqlite_file(settings.database_url))
    for suffix in ("-wal", "-shm"):  # a replaced database's log must not be replayed into the new one
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, path)
    fsync_dir(path.parent)


def _restore_pg(dump: Path, settings: HubSettings, replace: bool, pg: tuple[str, str, dict[str, str]]) -> None:
    program, conninfo, env = pg
    if replace:
        database = db.Database(settings.database_url, create=False)
        try:
            with database.write() as conn:
                old = MetaData()
                old.reflect(conn)
                old.drop_all(conn)
        finally:
            database.close()
    _run_pg([program, "--no-owner", "--no-privileges", "--single-transaction",
             "--exit-on-error", "--no-password", f"--dbname={conninfo}", str(dump)], env, "pg_restore")


__all__ = ["BackupResult", "FORMAT_VERSION", "INSTANCE_KEY", "RestoreResult", "backup", "check_backup",
           "database_kind", "new_instance", "pg_program", "probe", "read_backup", "read_instance", "restore"]
