"""Courses on the hub: trusted publisher keys, publishing bundles, the catalog, enrolment.

A course id names one language version; its `course_family` groups the language versions
that share item ids. Enrolment, progress and the forum are per family, so a judge who
switches language keeps one progress record and one discussion.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection

from sync.bundle import SignatureStatus, TrustPolicy, open_bundle
from sync.content_store import ContentStore
from sync.errors import BundleError
from sync.manifest import Item, Manifest, parse_manifest
from sync.signing import PublicKey, load_public_key

from . import db, feed
from .errors import HubError, HubErrorKind
from .prepared import Prepared

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CourseRow:
    pk: int
    course_id: str
    version: int
    course_family: str
    language: str
    title: str
    summary: str
    publisher: str
    key_id: str | None
    has_signature: bool
    full_size: int
    low_size: int
    published_at: str


_ROW_COLUMNS = (db.courses.c.pk, db.courses.c.course_id, db.courses.c.version,
                db.courses.c.course_family, db.courses.c.language, db.courses.c.title,
                db.courses.c.summary, db.courses.c.publisher, db.courses.c.key_id,
                db.courses.c.signature.is_not(None), db.courses.c.full_size,
                db.courses.c.low_size, db.courses.c.published_at)


_ROWS_BY_FAMILY = Prepared(select(*_ROW_COLUMNS).where(
    db.courses.c.course_family == bindparam("fam")).order_by(db.courses.c.pk))
_ROWS_BY_COURSE = Prepared(select(*_ROW_COLUMNS).where(
    db.courses.c.course_id == bindparam("id")).order_by(db.courses.c.pk))
_ENROLLED = Prepared(select(db.enrolments.c.course_family).where(
    db.enrolments.c.user_id == bindparam("u")).order_by(db.enrolments.c.course_family))
_BLOB_ALLOWED = select(db.course_files.c.media_type).select_from(
    db.course_files.join(db.courses, db.courses.c.pk == db.course_files.c.course_pk)
    .join(db.enrolments, db.enrolments.c.course_family == db.courses.c.course_family)).where(
    db.course_files.c.sha256 == bindparam("sha"), db.enrolments.c.user_id == bindparam("u")).limit(1)


def _row(r: tuple[Any, ...]) -> CourseRow:
    pk, course_id, version, family, language, title, summary, publisher, key_id, signed, full, low, at = r
    return CourseRow(pk, course_id, version, family, language, title, summary, publisher, key_id, bool(signed),
                     full, low, at)


def latest_versions(rows: list[CourseRow]) -> dict[str, CourseRow]:
    """Course id -> its newest published version."""
    out: dict[str, CourseRow] = {}
    for r in rows:
        if r.course_id not in out or r.version > out[r.course_id].version:
            out[r.course_id] = r
    return out


class CourseIndex:
    """Reads course rows; caches parsed manifests by row (a published version never changes)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._manifests: dict[int, Manifest] = {}
        self._family_items: dict[tuple[str, tuple[int, ...]], dict[str, Item]] = {}

    def rows(self, conn: Connection, *, families: list[str] | None = None,
             course_ids: list[str] | None = None) -> list[CourseRow]:
        if families is not None and course_ids is None:
            found = [_row(r) for fam in dict.fromkeys(families) for r in _ROWS_BY_FAMILY.rows(conn, {"fam": fam})]
            return sorted(found, key=lambda r: r.pk)
        if course_ids is not None and families is None:
            found = [_row(r) for cid in dict.fromkeys(course_ids) for r in _ROWS_BY_COURSE.rows(conn, {"id": cid})]
            return sorted(found, key=lambda r: r.pk)
        q = select(*_ROW_COLUMNS)
        if families is not None:
            q = q.where(db.courses.c.course_family.in_(families))
        if course_ids is not None:
            q = q.where(db.courses.c.course_id.in_(course_ids))
        return [_row(r) for r in conn.execute(q.order_by(db.courses.c.pk))]

    def find(self, conn: Connection, course_id: str, version: int | None = None) -> CourseRow | None:
        rows = self.rows(conn, course_ids=[course_id])
        if version is None:
            return latest_versions(rows).get(course_id)
        return next((r for r in rows if r.version == version), None)

    def manifest(self, conn: Connection, pk: int) -> Manifest:
        with self._lock:
            cached = self._manifests.get(pk)
        if cached is not None:
            return cached
        data = conn.execute(select(db.courses.c.manifest).where(db.courses.c.pk == pk)).scalar_one()
        manifest = parse_manifest(data)
        with self._lock:
            self._manifests[pk] = manifest
        return manifest

    def family_items(self, conn: Connection, family: str, rows: list[CourseRow]) -> dict[str, Item]:
        """Every item id known in a family, across its languages and versions (newest wins),
        so that a device still on an older version can report progress on it."""
        mine = sorted((r for r in rows if r.course_family == family), key=lambda r: (r.version, r.pk))
        key = (family, tuple(r.pk for r in mine))
        with self._lock:
            cached = self._family_items.get(key)
        if cached is not None:
            return cached
        items: dict[str, Item] = {}
        for r in mine:
            for it in self.manifest(conn, r.pk).items():
                items[it.id] = it
        with self._lock:
            self._family_items[key] = items
        return items


# --------------------------------------------------------------------------- keys


def trust_key(database: db.Database, key_path: Path) -> PublicKey:
    """Add a publisher key the hub accepts bundles from (idempotent)."""
    key = load_public_key(key_path)
    with database.write() as conn:
        exists = conn.execute(select(db.trusted_keys.c.key_id)
                              .where(db.trusted_keys.c.key_id == key.key_id)).first()
        if exists is None:
            conn.execute(db.trusted_keys.insert().values(key_id=key.key_id, public_key=key.raw,
                                                         comment=key.comment[:500], added_at=db.hub_now()))
    log.info("trusted publisher key %s", key.key_id)
    return key


def trusted_keys(conn: Connection) -> tuple[PublicKey, ...]:
    rows = conn.execute(select(db.trusted_keys.c.key_id, db.trusted_keys.c.public_key,
                               db.trusted_keys.c.comment).order_by(db.trusted_keys.c.added_at))
    return tuple(PublicKey(key_id=r[0], raw=bytes(r[1]), comment=r[2]) for r in rows)


# --------------------------------------------------------------------------- publishing


@dataclass(frozen=True)
class PublishResult:
    course_id: str
    version: int
    course_family: str
    new_blobs: int
    already_published: bool


def publish_bundle(database: db.Database, store: ContentStore, bundle_path: Path) -> PublishResult:
    """Verify a `.lectern` against the trusted keys, store its blobs, then list it.

    Blobs go in first (each hash-checked by the content store), the catalog row last, in
    one transaction: a learner never sees a course whose files are not all there."""
    with database.read() as conn:
        policy = TrustPolicy(trusted_keys=trusted_keys(conn), allow_unsigned=False)
    if not policy.trusted_keys:
        raise HubError(HubErrorKind.UNTRUSTED,
                       "The hub trusts no publisher key yet; add one with `lectern-hub trust KEY.pub`.")
    try:
        with open_bundle(bundle_path, policy) as bundle:
            if bundle.signature_status is not SignatureStatus.TRUSTED:
                raise HubError(HubErrorKind.UNTRUSTED,
                               "The hub publishes only courses signed by a trusted publisher key.")
            manifest = bundle.manifest
            manifest_sha = hashlib.sha256(bundle.manifest_bytes).hexdigest()
            with database.read() as conn:
                existing = _check_publishable(conn, manifest, manifest_sha)
            if existing:
                return PublishResult(manifest.id, manifest.version, manifest.course_family, 0, True)
            missing = [sha for sha in manifest.files if sha not in bundle.present and not store.has(sha)]
            if missing:
                raise HubError(HubErrorKind.INVALID,
                               f"This bundle lacks {len(missing)} of the course's files (a low-bandwidth "
                               "export?); the hub needs the full course to publish it.")
            new_blobs = 0
            for sha in sorted(bundle.present):
                if store.has(sha):
                    continue
                with bundle.open_blob(sha) as stream:
                    if store.add_stream(sha, manifest.files[sha].size, stream, name=manifest.files[sha].name):
                        new_blobs += 1
            signature = bundle.signature_bytes
            key_id = bundle.key_id
            manifest_bytes = bundle.manifest_bytes
    except BundleError as exc:
        raise HubError(HubErrorKind.UNTRUSTED if exc.kind.name in ("UNSIGNED", "UNTRUSTED_KEY",
                                                                   "BAD_SIGNATURE")
                       else HubErrorKind.INVALID, exc.message) from None

    low = manifest.low_bandwidth_files()
    with database.write() as conn:
        if _check_publishable(conn, manifest, manifest_sha):  # a concurrent publish won
            return PublishResult(manifest.id, manifest.version, manifest.course_family, new_blobs, True)
        now = db.hub_now()
        pk = db.inserted_pk(conn.execute(db.courses.insert().values(
            course_id=manifest.id, version=manifest.version, course_family=manifest.course_family,
            language=manifest.language, title=manifest.title, summary=manifest.summary,
            publisher=manifest.publisher, manifest=manifest_bytes, manifest_sha256=manifest_sha,
            signature=signature, key_id=key_id, full_size=manifest.total_size(),
            low_size=sum(manifest.files[s].size for s in low), published_at=now,
        )))
        conn.execute(db.course_files.insert(), [
            {"course_pk": pk, "sha256": sha, "size": f.size, "media_type": f.media_type}
            for sha, f in manifest.files.items()])
        feed.append(conn, family=manifest.course_family, kind="course_update", payload={
            "course_id": manifest.id, "course_family": manifest.course_family,
            "version": manifest.version, "language": manifest.language, "title": manifest.title})
    log.info("published %s version %d (%d new blobs)", manifest.id, manifest.version, new_blobs)
    return PublishResult(manifest.id, manifest.version, manifest.course_family, new_blobs, False)


def _check_publishable(conn: Connection, manifest: Manifest, manifest_sha: str) -> bool:
    """True if exactly this manifest is already published; raise if it conflicts."""
    rows = conn.execute(select(db.courses.c.version, db.courses.c.course_family,
                               db.courses.c.manifest_sha256)
                        .where(db.courses.c.course_id == manifest.id)).all()
    for version, family, sha in rows:
        if version == manifest.version:
            if sha == manifest_sha:
                return True
            raise HubError(HubErrorKind.CONFLICT,
                           f"Version {version} of '{manifest.id}' is already published with other "
                           "content; publish it with a higher version number.")
        if family != manifest.course_family:
            raise HubError(HubErrorKind.CONFLICT,
                           f"'{manifest.id}' belongs to course family '{family}' on this hub, not "
                           f"'{manifest.course_family}'.")
    newest = max((r[0] for r in rows), default=0)
    if newest > manifest.version:
        raise HubError(HubErrorKind.CONFLICT,
                       f"The hub already has version {newest} of '{manifest.id}', newer than this "
                       f"bundle's version {manifest.version}.")
    return False


# --------------------------------------------------------------------------- enrolment


def enrolled_families(conn: Connection, user_id: int) -> list[str]:
    return [r[0] for r in _ENROLLED.rows(conn, {"u": user_id})]


def resolve_family(conn: Connection, course_ref: str) -> str:
    """A course id (or a family name) -> its family; the course must be published."""
    family = conn.execute(select(db.courses.c.course_family)
                          .where(db.courses.c.course_id == course_ref).limit(1)).scalar()
    if family is None:
        family = conn.execute(select(db.courses.c.course_family)
                              .where(db.courses.c.course_family == course_ref).limit(1)).scalar()
    if family is None:
        raise HubError(HubErrorKind.NOT_FOUND,
                       f"No course '{course_ref}' is published on this hub; publish it first.")
    return str(family)


def blob_allowed(conn: Connection, user_id: int, sha: str) -> str | None:
    """The media type of a blob if it belongs to a course the user is enrolled in."""
    row = conn.execute(_BLOB_ALLOWED, {"sha": sha, "u": user_id}).first()
    return None if row is None else row[0]


def course_count(conn: Connection) -> int:
    return conn.execute(select(func.count()).select_from(db.courses)).scalar_one()
