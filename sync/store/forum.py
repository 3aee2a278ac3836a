"""Forum threads and posts as stored: the learner's own (written offline, waiting to send) and
everybody's from the hub. A thread or post and its outbox event are written together, and its
id is that event's UUID, so the hub's copy (acked or pulled back) lands on the same row.

Text is returned as stored; `sync.forum.Forum` cleans what it shows.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .base import stamp as device_time
from .courses import CoursesMixin
from .outbox import put_event


class PostState(str, Enum):
    PENDING = "pending"    # written here, waiting to send
    SENT = "sent"          # the hub acknowledged it
    SERVER = "server"      # somebody else's, from the hub
    REJECTED = "rejected"  # the hub refused it; the reason is in the outbox


@dataclass(frozen=True)
class ForumThread:
    id: str
    course_id: str
    item_id: str
    author: str
    title: str
    body: str
    created_at: str
    state: PostState
    replies: int
    last_activity: str


@dataclass(frozen=True)
class ForumPost:
    id: str
    thread_id: str
    parent_id: str | None
    author: str
    body: str
    created_at: str
    state: PostState


def _thread(r: dict[str, Any]) -> ForumThread:
    return ForumThread(r["id"], r["course_id"], r["item_id"], r["author"], r["title"], r["body"],
                       r["created_at"], PostState(r["state"]), r["replies"], r["last_activity"])


def _post(r: dict[str, Any]) -> ForumPost:
    return ForumPost(r["id"], r["thread_id"], r["parent_id"], r["author"], r["body"], r["created_at"],
                     PostState(r["state"]))


class ForumMixin(CoursesMixin):
    def add_thread(self, course_id: str, item_id: str, author: str, title: str, body: str) -> str:
        """A new thread, pending, with its outbox event; returns its id (the event's)."""
        now = device_time()
        thread_id = str(uuid.uuid4())
        with self.transaction() as conn:
            family = self._family(conn, course_id)
            conn.execute("INSERT INTO forum_threads(id, course_id, family, item_id, author, title, body,"
                         " created_at, state) VALUES (?,?,?,?,?,?,?,?, 'pending')",
                         [thread_id, course_id, family, item_id, author, title, body, now])
            put_event(conn, "thread", course_id, {"item": item_id, "title": title, "body": body}, now,
                      thread_id, ascii_only=False)
        return thread_id

    def add_post(self, thread_id: str, course_id: str, author: str, body: str,
                 parent_id: str | None = None) -> str:
        """A new post in a thread, pending, with its outbox event; returns its id (the event's)."""
        now = device_time()
        post_id = str(uuid.uuid4())
        with self.transaction() as conn:
            conn.execute("INSERT INTO forum_posts(id, thread_id, parent_id, author, body, created_at, state)"
                         " VALUES (?,?,?,?,?,?, 'pending')",
                         [post_id, thread_id, parent_id, author, body, now])
            put_event(conn, "post", course_id, {"thread": thread_id, "parent": parent_id, "body": body},
                      now, post_id, ascii_only=False)
        return post_id

    def _forum_threads(self, where: str, params: list[Any]) -> list[ForumThread]:
        rows = self.db.query(
            "SELECT t.*, (SELECT COUNT(*) FROM forum_posts p WHERE p.thread_id = t.id) AS replies,"
            " COALESCE((SELECT MAX(p.created_at) FROM forum_posts p WHERE p.thread_id = t.id),"
            " t.created_at) AS last_activity FROM forum_threads t WHERE " + where +
            " ORDER BY last_activity DESC, t.rowid DESC", params)
        return [_thread(r) for r in rows]

    def forum_thread(self, thread_id: str) -> ForumThread | None:
        rows = self._forum_threads("t.id = ?", [thread_id])
        return rows[0] if rows else None

    def forum_threads(self, course_id: str, item_id: str) -> list[ForumThread]:
        """The threads of a forum item, of every language version of the course, latest first."""
        family = self.get_course_family(course_id)
        return self._forum_threads("t.family = ? AND t.item_id = ?", [family, item_id])

    def forum_posts(self, thread_id: str) -> list[ForumPost]:
        return [_post(r) for r in self.db.query(
            "SELECT * FROM forum_posts WHERE thread_id = ? ORDER BY created_at, rowid", [thread_id])]

    def forum_post(self, post_id: str) -> ForumPost | None:
        row = self._one("SELECT * FROM forum_posts WHERE id = ?", [post_id])
        return None if row is None else _post(row)

    def pending_forum_count(self) -> int:
        """Threads and posts written here and not yet acknowledged by the hub."""
        row = self._one("SELECT (SELECT COUNT(*) FROM forum_threads WHERE state = 'pending') +"
                        " (SELECT COUNT(*) FROM forum_posts WHERE state = 'pending') AS n")
        return int(row["n"]) if row else 0
