"""Where the learner is in each item: one record per course family and item (language
versions share item ids), merged by `sync.progress_rules`, each change with its outbox events."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from ..progress_rules import LocalProgress, record_local
from .base import stamp as device_time
from .courses import CoursesMixin
from .outbox import put_event


@dataclass(frozen=True)
class ItemProgress:
    course_id: str
    item_id: str
    position: float | None
    fraction: float
    completed: bool
    completed_at: str | None
    updated_at: str


@dataclass(frozen=True)
class ModuleProgress:
    module_id: str
    title: str
    done: int
    total: int


@dataclass(frozen=True)
class CourseProgress:
    required_done: int
    required_total: int
    modules: tuple[ModuleProgress, ...]
    last_item_id: str | None
    last_studied_at: str | None


def local_progress(conn: sqlite3.Connection, family: str, item_id: str) -> LocalProgress | None:
    row = conn.execute("SELECT position, fraction, completed_at FROM progress"
                       " WHERE family = ? AND item_id = ?", [family, item_id]).fetchone()
    return None if row is None else LocalProgress(row[0], row[1], row[2])


class ProgressMixin(CoursesMixin):
    def _progress_row(self, course_id: str, row: dict[str, Any] | sqlite3.Row) -> ItemProgress:
        return ItemProgress(course_id=course_id, item_id=row["item_id"], position=row["position"],
                            fraction=row["fraction"], completed=row["completed_at"] is not None,
                            completed_at=row["completed_at"], updated_at=row["updated_at"])

    def progress(self, course_id: str) -> dict[str, ItemProgress]:
        family = self.get_course_family(course_id)
        return {r["item_id"]: self._progress_row(course_id, r) for r in self.db.query(
            "SELECT * FROM progress WHERE family = ?", [family])}

    def item_progress(self, course_id: str, item_id: str) -> ItemProgress | None:
        return self.progress(course_id).get(item_id)

    def record_progress(self, course_id: str, item_id: str, *, position: float | None = None,
                        fraction: float | None = None, completed: bool = False) -> ItemProgress:
        """Save where the learner is; fraction and completion only grow (`record_local`)."""
        manifest = self.manifest(course_id)
        manifest.item(item_id)  # KeyError for an unknown item: a programming error
        now = device_time()
        with self.transaction() as conn:
            return self._record_progress(conn, course_id, item_id, now, position=position,
                                         fraction=fraction, completed=completed)

    def _record_progress(self, conn: sqlite3.Connection, course_id: str, item_id: str, now: str, *,
                         position: float | None, fraction: float | None,
                         completed: bool) -> ItemProgress:
        """The learner's step and its outbox events, inside the caller's transaction."""
        family = self._family(conn, course_id)
        old = local_progress(conn, family, item_id)
        new = record_local(old, position=position, fraction=fraction, completed=completed, stamp=now)
        old_fraction = old.fraction if old else 0.0
        old_completed = old.completed_at if old else None
        conn.execute(
            "INSERT INTO progress(family, item_id, course_id, position, fraction, completed_at,"
            " updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT(family, item_id) DO UPDATE SET"
            " course_id=excluded.course_id, position=excluded.position,"
            " fraction=excluded.fraction, completed_at=excluded.completed_at,"
            " updated_at=excluded.updated_at",
            [family, item_id, course_id, new.position, new.fraction, new.completed_at, now])
        conn.execute("UPDATE courses SET last_item_id = ?, last_studied_at = ? WHERE id = ?",
                     [item_id, now, course_id])
        if position is not None or new.fraction != old_fraction:
            # Only the newest unsent position of an item matters: replace, do not pile up.
            conn.execute("DELETE FROM outbox WHERE state = 'pending' AND kind = 'progress'"
                         " AND course_id = ? AND json_extract(payload, '$.item') = ?",
                         [course_id, item_id])
            payload: dict[str, Any] = {"item": item_id, "fraction": round(new.fraction, 4)}
            if new.position is not None:
                payload["position"] = round(new.position, 1)
            put_event(conn, "progress", course_id, payload, now)
        if new.completed_at and not old_completed:
            put_event(conn, "completed", course_id, {"item": item_id}, now)
        row = conn.execute("SELECT item_id, position, fraction, completed_at, updated_at"
                           " FROM progress WHERE family = ? AND item_id = ?",
                           [family, item_id]).fetchone()
        return ItemProgress(course_id, row[0], row[1], row[2], row[3] is not None, row[3], row[4])

    def course_progress(self, course_id: str) -> CourseProgress:
        manifest = self.manifest(course_id)
        course = self.get_course(course_id)
        done = self._completed_ids(manifest.course_family)
        modules = []
        for module in manifest.modules:
            counted = [it for it in module.items if it.required] or list(module.items)
            modules.append(ModuleProgress(module.id, module.title,
                                          sum(1 for it in counted if it.id in done), len(counted)))
        return CourseProgress(course.required_done, course.required_total, tuple(modules),
                              course.last_item_id, course.last_studied_at)
