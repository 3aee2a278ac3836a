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
    # Course runs (issue #17): an instructor's question is pinned and marked with the role;
    # `read` is this PC's mark; a moderator's hide is shown to the author with the reason.
    # A thread the hub refused is never shown pinned (a learner's pinned thread: `forbidden`).
    pinned: bool = False
    author_role: str = "learner"
    read: bool = True
    hidden: bool = False
    hidden_reason: str | None = None
    #: how many of its posts (the opening one included) by others are not read on this PC,
    #: leaving out what the viewer may not see
    unread: int = 0
    #: the hub's reason when it refused the thread (state REJECTED), else None
    refusal: str | None = None


@dataclass(frozen=True)
class ForumPost:
    id: str
    thread_id: str
    parent_id: str | None
    author: str
    body: str
    created_at: str
    state: PostState
    author_role: str = "learner"
    read: bool = True
    hidden: bool = False
    hidden_reason: str | None = None


def _thread(r: dict[str, Any]) -> ForumThread:
    state = PostState(r["state"])
    refused = state is PostState.REJECTED
    return ForumThread(r["id"], r["course_id"], r["item_id"], r["author"], r["title"], r["body"],
                       r["created_at"], state, r["replies"], r["last_activity"],
                       bool(r["pinned"]) and not refused, r["author_role"], bool(r["read"]),
                       bool(r["hidden"]), r["hidden_reason"] if r["hidden"] else None,
                       int(r["unread"]), (r["refusal"] or "") if refused else None)


def _post(r: dict[str, Any]) -> ForumPost:
    return ForumPost(r["id"], r["thread_id"], r["parent_id"], r["author"], r["body"], r["created_at"],
                     PostState(r["state"]), r["author_role"], bool(r["read"]), bool(r["hidden"]),
                     r["hidden_reason"] if r["hidden"] else None)


#: the moderators' latest hide or restore of a row (sync.store.runs.apply_moderation)
_HIDDEN = ("COALESCE((SELECT m.hidden FROM moderation m WHERE m.target_id = {t}.id), 0) AS hidden,"
           " (SELECT m.reason FROM moderation m WHERE m.target_id = {t}.id) AS hidden_reason")


def _visible(table: str, viewer: str | None, staff: bool) -> str:
    """What a viewer sees of hidden rows: staff all of them, an author their own (with the
    reason), anyone else none. `viewer` None: nobody's hidden rows. (Named parameter `:viewer`.)"""
    if staff:
        return ""
    own = f" OR {table}.author = :viewer" if viewer is not None else ""
    return (f" AND ({table}.id NOT IN (SELECT target_id FROM moderation WHERE hidden = 1){own})")


def _unread(table: str, viewer: str | None) -> str:
    """A row of others not read here and not hidden by a moderator (the outline's unread
    counts, `RunsMixin.unread_by_discussion`, count the same)."""
    others = f" AND {table}.author != :viewer" if viewer is not None else ""
    return (f"{table}.read = 0{others}"
            f" AND {table}.id NOT IN (SELECT target_id FROM moderation WHERE hidden = 1)")


class ForumMixin(CoursesMixin):
    def add_thread(self, course_id: str, item_id: str, author: str, title: str, body: str, *,
                   pinned: bool = False, author_role: str = "learner") -> str:
        """A new thread, pending, with its outbox event; returns its id (the event's).

        `pinned`: an instructor's discussion question, pinned here at once and sent pinned
        (the hub refuses it, `forbidden`, from anyone else: the row then shows unpinned);
        `author_role` marks it here until the hub's own mark (`forum_meta`) arrives."""
        now = device_time()
        thread_id = str(uuid.uuid4())
        payload: dict[str, Any] = {"item": item_id, "title": title, "body": body}
        if pinned:
            payload["pinned"] = True
        with self.transaction() as conn:
            family = self._family(conn, course_id)
            conn.execute("INSERT INTO forum_threads(id, course_id, family, item_id, author, title, body,"
                         " created_at, state, pinned, author_role) VALUES (?,?,?,?,?,?,?,?, 'pending',?,?)",
                         [thread_id, course_id, family, item_id, author, title, body, now, int(pinned),
                          author_role])
            put_event(conn, "thread", course_id, payload, now, thread_id, ascii_only=False)
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

    def _forum_threads(self, where: str, params: dict[str, Any], viewer: str | None = None,
                       staff: bool = True) -> list[ForumThread]:
        """Threads matching `where` (named parameters), with their replies, latest activity,
        unread posts (the opening one included) and, when refused, the hub's reason."""
        visible = _visible("t", viewer, staff)
        counted = _visible("p", viewer, staff)
        rows = self.db.query(
            "SELECT t.*, " + _HIDDEN.format(t="t") + ","
            " (SELECT COUNT(*) FROM forum_posts p WHERE p.thread_id = t.id" + counted + ") AS replies,"
            " COALESCE((SELECT MAX(p.created_at) FROM forum_posts p WHERE p.thread_id = t.id" + counted + "),"
            " t.created_at) AS last_activity,"
            " (CASE WHEN " + _unread("t", viewer) + " THEN 1 ELSE 0 END) + (SELECT COUNT(*) FROM"
            " forum_posts p WHERE p.thread_id = t.id AND " + _unread("p", viewer) + ") AS unread,"
            " (SELECT o.error FROM outbox o WHERE o.id = t.id AND o.state = 'rejected') AS refusal"
            " FROM forum_threads t WHERE " + where + visible +
            " ORDER BY (t.pinned AND t.state != 'rejected') DESC, last_activity DESC, t.rowid DESC",
            {**params, "viewer": viewer})
        return [_thread(r) for r in rows]

    def forum_thread(self, thread_id: str, viewer: str | None = None) -> ForumThread | None:
        """One thread, hidden or not (the caller decides what to show: `ForumThread.hidden`);
        its unread count leaves out the `viewer`'s own posts."""
        rows = self._forum_threads("t.id = :thread_id", {"thread_id": thread_id}, viewer)
        return rows[0] if rows else None

    def forum_threads(self, course_id: str, item_id: str, viewer: str | None = None,
                      staff: bool = False) -> list[ForumThread]:
        """The threads of a forum item, of every language version of the course, pinned ones
        first, then latest activity first. A moderator's hidden ones only for their author
        (`viewer`) or for staff (see `_visible`). A refused thread is not pinned."""
        family = self.get_course_family(course_id)
        return self._forum_threads("t.family = :family AND t.item_id = :item_id",
                                   {"family": family, "item_id": item_id}, viewer, staff)

    def forum_posts(self, thread_id: str, viewer: str | None = None, staff: bool = False) -> list[ForumPost]:
        """A thread's posts, oldest first; hidden ones as for `forum_threads`."""
        visible = _visible("p", viewer, staff)
        return [_post(r) for r in self.db.query(
            "SELECT p.*, " + _HIDDEN.format(t="p") + " FROM forum_posts p WHERE p.thread_id = :thread_id"
            + visible + " ORDER BY p.created_at, p.rowid", {"thread_id": thread_id, "viewer": viewer})]

    def forum_post(self, post_id: str) -> ForumPost | None:
        row = self._one("SELECT p.*, " + _HIDDEN.format(t="p") + " FROM forum_posts p WHERE p.id = ?",
                        [post_id])
        return None if row is None else _post(row)

    def pending_forum_count(self) -> int:
        """Threads and posts written here and not yet acknowledged by the hub."""
        row = self._one("SELECT (SELECT COUNT(*) FROM forum_threads WHERE state = 'pending') +"
                        " (SELECT COUNT(*) FROM forum_posts WHERE state = 'pending') AS n")
        return int(row["n"]) if row else 0
