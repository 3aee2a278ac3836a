"""Installed courses: their manifests, their files, and what the hub announced about them
(newer versions, certificates)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Collection

from ..errors import BundleError
from ..manifest import Manifest, parse_manifest
from .base import StoreBase, not_installed, stamp


@dataclass(frozen=True)
class InstalledCourse:
    id: str
    family: str
    version: int
    language: str
    title: str
    summary: str
    publisher: str
    size_bytes: int
    installed_at: str
    signature_status: str
    last_item_id: str | None
    last_studied_at: str | None
    required_done: int
    required_total: int


@dataclass(frozen=True)
class CourseFile:
    sha256: str
    size: int
    media_type: str
    role: str
    present: bool


@dataclass(frozen=True)
class CourseUpdate:
    course_id: str
    family: str
    version: int
    language: str
    title: str
    installed_version: int | None   # None: another language or course not installed here
    seen: bool


@dataclass(frozen=True)
class Certificate:
    family: str
    certificate_id: int
    course_id: str
    version: int
    issued_at: str


_WITH_SIZE = ("SELECT c.*, (SELECT COALESCE(SUM(size), 0) FROM course_files f"
              "  WHERE f.course_id = c.id AND f.present = 1) AS size_bytes FROM courses c")


class CoursesMixin(StoreBase):
    def install_course(self, manifest: Manifest, manifest_bytes: bytes, signature: bytes | None,
                       signature_status: str, key_id: str | None, present: Collection[str]) -> bool:
        """Record an installed (or updated) course in one transaction; True if it was new.

        Called by the importer only after every blob is in the content store.
        """
        roles = manifest.file_roles()
        now = stamp()
        with self.transaction() as conn:
            old = conn.execute("SELECT version FROM courses WHERE id = ?", [manifest.id]).fetchone()
            was_present = {r[0] for r in conn.execute(
                "SELECT sha256 FROM course_files WHERE course_id = ? AND present = 1", [manifest.id])}
            if old is None:
                conn.execute(
                    "INSERT INTO courses(id, family, version, language, title, summary, publisher,"
                    " manifest, signature, signature_status, key_id, installed_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [manifest.id, manifest.course_family, manifest.version, manifest.language,
                     manifest.title, manifest.summary, manifest.publisher, manifest_bytes,
                     signature, signature_status, key_id, now, now])
            else:
                conn.execute(
                    "UPDATE courses SET family=?, version=?, language=?, title=?, summary=?,"
                    " publisher=?, manifest=?, signature=?, signature_status=?, key_id=?,"
                    " updated_at=? WHERE id=?",
                    [manifest.course_family, manifest.version, manifest.language, manifest.title,
                     manifest.summary, manifest.publisher, manifest_bytes, signature,
                     signature_status, key_id, now, manifest.id])
                conn.execute("DELETE FROM course_files WHERE course_id = ?", [manifest.id])
            have = set(present) | (was_present if old is not None else set())
            conn.executemany(
                "INSERT INTO course_files(course_id, sha256, size, media_type, role, present)"
                " VALUES (?,?,?,?,?,?)",
                [(manifest.id, sha, f.size, f.media_type, roles[sha].value, int(sha in have))
                 for sha, f in manifest.files.items()])
        return old is None

    def list_courses(self) -> list[InstalledCourse]:
        rows = list(self.db.query(
            _WITH_SIZE + " ORDER BY COALESCE(c.last_studied_at, c.installed_at) DESC, c.title"))
        return [self._course(row) for row in rows]

    def installed_ids(self) -> set[str]:
        """The ids of the courses installed here (no manifest is parsed)."""
        return {r["id"] for r in self.db.query("SELECT id FROM courses")}

    def has_course(self, course_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM courses WHERE id = ?", [course_id]) is not None

    def get_course(self, course_id: str) -> InstalledCourse:
        row = self._one(_WITH_SIZE + " WHERE c.id = ?", [course_id])
        if row is None:
            raise not_installed(course_id)
        return self._course(row)

    def _course(self, row: dict[str, Any]) -> InstalledCourse:
        manifest = self._manifest_from_row(row)
        required = manifest.required_item_ids()
        done = self._completed_ids(row["family"])
        return InstalledCourse(
            id=row["id"], family=row["family"], version=row["version"], language=row["language"],
            title=row["title"], summary=row["summary"], publisher=row["publisher"],
            size_bytes=row["size_bytes"], installed_at=row["installed_at"],
            signature_status=row["signature_status"], last_item_id=row["last_item_id"],
            last_studied_at=row["last_studied_at"],
            required_done=sum(1 for i in required if i in done), required_total=len(required))

    def _completed_ids(self, family: str) -> set[str]:
        return {r["item_id"] for r in self.db.query(
            "SELECT item_id FROM progress WHERE family = ? AND completed_at IS NOT NULL", [family])}

    def _manifest_from_row(self, row: dict[str, Any]) -> Manifest:
        key = (row["id"], row["version"])
        if key not in self._manifests:
            self._manifests[key] = parse_manifest(bytes(row["manifest"]))
        return self._manifests[key]

    def manifest(self, course_id: str) -> Manifest:
        row = self._one("SELECT id, version, manifest FROM courses WHERE id = ?", [course_id])
        if row is None:
            raise not_installed(course_id)
        return self._manifest_from_row(row)

    def manifest_bytes(self, course_id: str) -> tuple[bytes, bytes | None]:
        row = self._one("SELECT manifest, signature FROM courses WHERE id = ?", [course_id])
        if row is None:
            raise not_installed(course_id)
        return bytes(row["manifest"]), (bytes(row["signature"]) if row["signature"] else None)

    def course_files(self, course_id: str) -> list[CourseFile]:
        return [CourseFile(r["sha256"], r["size"], r["media_type"], r["role"], bool(r["present"]))
                for r in self.db.query("SELECT * FROM course_files WHERE course_id = ? "
                                       "ORDER BY sha256", [course_id])]

    def present_files(self, course_id: str) -> frozenset[str]:
        return frozenset(r["sha256"] for r in self.db.query(
            "SELECT sha256 FROM course_files WHERE course_id = ? AND present = 1", [course_id]))

    def referenced_blobs(self) -> set[str]:
        """Blobs this profile needs: installed courses' and unfinished downloads'."""
        keep = {r["sha256"] for r in self.db.query(
            "SELECT DISTINCT sha256 FROM course_files WHERE present = 1")}
        for r in self.db.query("SELECT manifest FROM download_jobs WHERE manifest IS NOT NULL"
                               " AND state NOT IN ('complete', 'cancelled')"):
            try:
                keep |= set(parse_manifest(bytes(r["manifest"])).files)
            except BundleError:
                continue
        return keep

    def remove_course(self, course_id: str, keep_progress: bool = True) -> None:
        """Forget a course; its progress stays unless asked (it is the learner's record)."""
        with self.transaction() as conn:
            family = self._family(conn, course_id)
            conn.execute("DELETE FROM course_files WHERE course_id = ?", [course_id])
            conn.execute("DELETE FROM courses WHERE id = ?", [course_id])
            if not keep_progress:
                others = conn.execute("SELECT 1 FROM courses WHERE family = ?", [family]).fetchone()
                if others is None:
                    conn.execute("DELETE FROM progress WHERE family = ?", [family])
                    conn.execute("DELETE FROM quiz_attempts WHERE family = ?", [family])

    # ------------------------------------------------------------------ from the hub

    def course_updates(self, unseen_only: bool = False) -> list[CourseUpdate]:
        """New course versions the hub announced that are newer than what is installed."""
        rows = self.db.query(
            "SELECT u.*, c.version AS installed FROM course_updates u LEFT JOIN courses c"
            " ON c.id = u.course_id WHERE (c.version IS NULL OR u.version > c.version)"
            + (" AND u.seen = 0" if unseen_only else "") + " ORDER BY u.title")
        return [CourseUpdate(r["course_id"], r["course_family"], r["version"], r["language"],
                             r["title"], r["installed"], bool(r["seen"])) for r in rows]

    def mark_updates_seen(self) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE course_updates SET seen = 1 WHERE seen = 0")

    def certificates(self) -> list[Certificate]:
        return [Certificate(r["course_family"], r["certificate_id"], r["course_id"], r["version"],
                            r["issued_at"])
                for r in self.db.query("SELECT * FROM certificates ORDER BY issued_at")]
