"""The forum as the learner sees it offline: threads and posts, local ones first.

A thread or post written offline is stored at once with state `pending` and its outbox event in
the same transaction; its id is that event's UUID, so the hub's copy (acked or pulled back)
lands on the same row and a post is never shown twice.
"""
from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from enum import Enum

from .errors import StoreError
from .manifest import ForumItem
from .store import LearnerStore, now_iso
from .text_safety import clean_body, clean_name

MAX_TITLE = 300
MAX_BODY = 20000


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


def clean_text(text: str, limit: int, what: str, *, one_line: bool = False) -> str:
    """Plain text only: no control characters and no bidi overrides (a title or name keeps no
    bidi control at all: text_safety.py says why); rendered as text or safe Markdown."""
    if one_line:
        text = clean_name(text)
    else:
        text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", clean_body(text)).strip()
    if not text:
        raise StoreError(f"The {what} is empty.")
    if len(text) > limit:
        raise StoreError(f"The {what} is too long ({len(text)} characters; at most {limit}).")
    return text


class Forum:
    def __init__(self, store: LearnerStore, author: str = "") -> None:
        self.store = store
        self.author = author or "me"

    def _forum_item(self, course_id: str, item_id: str) -> str:
        item = self.store.manifest(course_id).item(item_id)
        if not isinstance(item, ForumItem):
            raise StoreError(f"'{item_id}' is not a discussion.")
        return self.store.get_course_family(course_id)

    def create_thread(self, course_id: str, item_id: str, title: str, body: str) -> ForumThread:
        family = self._forum_item(course_id, item_id)
        title = clean_text(title, MAX_TITLE, "title", one_line=True)
        body = clean_text(body, MAX_BODY, "message")
        stamp = now_iso()
        thread_id = str(uuid.uuid4())
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO forum_threads(id, course_id, family, item_id, author, title, body,"
                         " created_at, state) VALUES (?,?,?,?,?,?,?,?, 'pending')",
                         [thread_id, course_id, family, item_id, self.author, title, body, stamp])
            conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at) VALUES (?,?,?,?,?)",
                         [thread_id, "thread", course_id,
                          _json({"item": item_id, "title": title, "body": body}), stamp])
        return self.thread(thread_id)

    def create_post(self, thread_id: str, body: str, parent_id: str | None = None) -> ForumPost:
        body = clean_text(body, MAX_BODY, "message")
        thread = self.thread(thread_id)
        if parent_id is not None and self._post_row(parent_id) is None:
            raise StoreError("The message you answer is not here.")
        stamp = now_iso()
        post_id = str(uuid.uuid4())
        with self.store.transaction() as conn:
            conn.execute("INSERT INTO forum_posts(id, thread_id, parent_id, author, body, created_at, state)"
                         " VALUES (?,?,?,?,?,?, 'pending')",
                         [post_id, thread_id, parent_id, self.author, body, stamp])
            conn.execute("INSERT INTO outbox(id, kind, course_id, payload, created_at) VALUES (?,?,?,?,?)",
                         [post_id, "post", thread.course_id,
                          _json({"thread": thread_id, "parent": parent_id, "body": body}), stamp])
        post = self._post_row(post_id)
        assert post is not None
        return post

    def thread(self, thread_id: str) -> ForumThread:
        rows = self._threads("t.id = ?", [thread_id])
        if not rows:
            raise StoreError("This discussion is not on this computer.")
        return rows[0]

    def threads(self, course_id: str, item_id: str) -> list[ForumThread]:
        family = self.store.get_course_family(course_id)
        return self._threads("t.family = ? AND t.item_id = ?", [family, item_id])

    def _threads(self, where: str, params: list) -> list[ForumThread]:
        rows = self.store.db.query(
            "SELECT t.*, (SELECT COUNT(*) FROM forum_posts p WHERE p.thread_id = t.id) AS replies,"
            " COALESCE((SELECT MAX(p.created_at) FROM forum_posts p WHERE p.thread_id = t.id),"
            " t.created_at) AS last_activity FROM forum_threads t WHERE " + where +
            " ORDER BY last_activity DESC, t.rowid DESC", params)
        # What others wrote is shown without bidi tricks, whatever hub it came through.
        return [ForumThread(r["id"], r["course_id"], r["item_id"], clean_name(r["author"]),
                            clean_name(r["title"]) or "…", clean_body(r["body"]),
                            r["created_at"], PostState(r["state"]), r["replies"], r["last_activity"])
                for r in rows]

    def posts(self, thread_id: str) -> list[ForumPost]:
        return [self._post(r) for r in self.store.db.query(
            "SELECT * FROM forum_posts WHERE thread_id = ? ORDER BY created_at, rowid", [thread_id])]

    def _post(self, r: dict) -> ForumPost:
        return ForumPost(r["id"], r["thread_id"], r["parent_id"], clean_name(r["author"]), clean_body(r["body"]),
                         r["created_at"], PostState(r["state"]))

    def _post_row(self, post_id: str) -> ForumPost | None:
        rows = list(self.store.db.query("SELECT * FROM forum_posts WHERE id = ?", [post_id]))
        return self._post(rows[0]) if rows else None

    def pending_count(self) -> int:
        rows = list(self.store.db.query(
            "SELECT (SELECT COUNT(*) FROM forum_threads WHERE state = 'pending') +"
            " (SELECT COUNT(*) FROM forum_posts WHERE state = 'pending') AS n"))
        return int(rows[0]["n"])


def _json(value: object) -> str:
    import json
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
