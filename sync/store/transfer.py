"""Moving a learner's record between PCs: a consistent snapshot of the database, and the merge
of another PC's snapshot into this one without losing or doubling anything (rows are matched by
the ids they got where they were made; progress merges by `sync.progress_rules.merge_copies`)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..progress_rules import LocalProgress, merge_copies
from .base import StoreBase


@dataclass(frozen=True)
class ProfileMerge:
    """What a merged snapshot held (counted in the snapshot, whether new here or not)."""

    progress_items: int
    quiz_attempts: int
    posts: int
    pending_events: int
    installed: frozenset[str]   # the courses installed here after the merge


class TransferMixin(StoreBase):
    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole database at `target` (SQLite's backup API), taken
        while other connections may be writing."""
        out = sqlite3.connect(target)
        try:
            self.db.conn.backup(out)
        finally:
            out.close()

    def merge_profile(self, snapshot: Path) -> ProfileMerge:
        """Merge another PC's snapshot (already migrated to this schema) in one transaction.

        Progress: completion and fraction only grow, the moved-in position wins; the hub's
        revision starts over (the next sync brings the merged record back). Attempts, forum
        rows, certificates and settings are added when new. Outbox events keep their UUIDs, so
        the hub accepts each once even if the old PC syncs too."""
        conn = self.db.conn
        conn.execute("ATTACH DATABASE ? AS src", [str(snapshot)])
        try:
            with self.transaction():
                counts = {t: conn.execute(f"SELECT COUNT(*) FROM src.{t}").fetchone()[0]
                          for t in ("progress", "quiz_attempts", "forum_posts")}
                for family, item, course, position, fraction, completed_at, updated_at in conn.execute(
                        "SELECT family, item_id, course_id, position, fraction, completed_at, updated_at"
                        " FROM src.progress").fetchall():
                    other = LocalProgress(position, fraction, completed_at)
                    row = conn.execute("SELECT position, fraction, completed_at FROM main.progress"
                                       " WHERE family = ? AND item_id = ?", [family, item]).fetchone()
                    if row is None:
                        conn.execute("INSERT INTO main.progress(family, item_id, course_id, position,"
                                     " fraction, completed_at, updated_at, server_revision)"
                                     " VALUES (?,?,?,?,?,?,?,0)",
                                     [family, item, course, position, fraction, completed_at, updated_at])
                        continue
                    new = merge_copies(LocalProgress(row[0], row[1], row[2]), other)
                    conn.execute("UPDATE main.progress SET position = ?, fraction = ?, completed_at = ?"
                                 " WHERE family = ? AND item_id = ?",
                                 [new.position, new.fraction, new.completed_at, family, item])
                conn.execute("INSERT OR IGNORE INTO main.quiz_attempts SELECT * FROM src.quiz_attempts")
                conn.execute("INSERT OR IGNORE INTO main.forum_threads SELECT * FROM src.forum_threads")
                conn.execute("INSERT OR IGNORE INTO main.forum_posts SELECT * FROM src.forum_posts")
                conn.execute(
                    "INSERT OR IGNORE INTO main.outbox(id, kind, course_id, payload, created_at, state,"
                    " error, sent_at) SELECT id, kind, course_id, payload, created_at, state, error,"
                    " sent_at FROM src.outbox ORDER BY seq")
                pending = conn.execute("SELECT COUNT(*) FROM src.outbox WHERE state = 'pending'").fetchone()[0]
                conn.execute("INSERT OR IGNORE INTO main.certificates SELECT * FROM src.certificates")
                conn.execute("INSERT INTO main.status_lists SELECT * FROM src.status_lists WHERE true"
                             " ON CONFLICT(issuer) DO UPDATE SET url = excluded.url, updated_at ="
                             " excluded.updated_at, credential = excluded.credential, received_at ="
                             " excluded.received_at WHERE excluded.updated_at > status_lists.updated_at")
                conn.execute("INSERT OR IGNORE INTO main.settings SELECT * FROM src.settings")
            installed = frozenset(r[0] for r in conn.execute("SELECT id FROM main.courses"))
        finally:
            conn.execute("DETACH DATABASE src")
        return ProfileMerge(counts["progress"], counts["quiz_attempts"], counts["forum_posts"],
                            pending, installed)
