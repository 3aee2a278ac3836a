"""Moving a learner to a new PC: a profile file with their progress, posts and pending changes.

The export is a consistent snapshot (SQLite's backup API) in a small zip. Importing merges it
into the profile here without losing or doubling anything: rows are matched by the ids they
got where they were made (event and post UUIDs), completion and fractions only grow, and
pending changes keep their UUIDs, so the hub accepts each once even if the old PC syncs too.
Courses themselves are not in the file: import or download them as usual. The snapshot and
the merge are the store's (sync/store/transfer.py); the file format is here.
"""
from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import StoreError
from .paths import DataPaths
from .store import LATEST, LearnerStore, now_iso

FORMAT = "lectern-profile/1"
DB_NAME = "learner.db"
META_NAME = "profile.json"
MAX_DB_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class ProfileImportResult:
    progress_items: int
    quiz_attempts: int
    posts: int
    pending_events: int
    missing_courses: list[str]


def export_profile(paths: DataPaths, out_path: Path) -> Path:
    out_path = Path(out_path)
    with tempfile.TemporaryDirectory(dir=paths.ensure().tmp) as tmp:
        snapshot = Path(tmp) / DB_NAME
        with LearnerStore.open(paths.db) as store:
            courses = [c.id for c in store.list_courses()]
            store.backup_to(snapshot)
        meta = {"format": FORMAT, "profile": paths.profile, "exported_at": now_iso(),
                "schema": LATEST, "courses": courses}
        part = out_path.with_name(out_path.name + ".part")
        try:
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(META_NAME, json.dumps(meta, indent=1))
                zf.write(snapshot, DB_NAME)
            part.replace(out_path)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise StoreError(f"Cannot write {out_path}: {exc.strerror or exc}.") from None
    return out_path


def _read_export(path: Path, tmp: Path) -> tuple[dict[str, Any], Path]:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if names != {META_NAME, DB_NAME}:
                raise StoreError(f"{path} is not a Lectern profile file.")
            meta = json.loads(zf.read(META_NAME))
            info = zf.getinfo(DB_NAME)
            if info.file_size > MAX_DB_BYTES:
                raise StoreError(f"{path} is far too large for a profile file.")
            db = tmp / DB_NAME
            with zf.open(info) as src, open(db, "wb") as out:
                while chunk := src.read(1024 * 1024):
                    out.write(chunk)
    except (zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:
        raise StoreError(f"{path} is damaged or not a Lectern profile file ({exc}).") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise StoreError(f"{path} is not a profile file this Lectern understands.")
    return meta, db


def import_profile(paths: DataPaths, in_path: Path) -> ProfileImportResult:
    with tempfile.TemporaryDirectory(dir=paths.ensure().tmp) as tmp:
        meta, db = _read_export(Path(in_path), Path(tmp))
        try:
            LearnerStore.open(db).close()  # migrates an export made by an older Lectern
        except StoreError as exc:
            raise StoreError(f"{in_path}: {exc.message}") from None
        with LearnerStore.open(paths.db) as store:
            return _merge(store, db, meta)


def _merge(store: LearnerStore, db: Path, meta: dict[str, Any]) -> ProfileImportResult:
    merged = store.merge_profile(db)
    missing = [c for c in meta.get("courses", []) if isinstance(c, str) and c not in merged.installed]
    return ProfileImportResult(merged.progress_items, merged.quiz_attempts, merged.posts,
                               merged.pending_events, missing)
