"""A course's discussions as the learner sees them offline: read and written in the local
copy (`sync.forum`), sent with the next sync.

Own posts carry the signed-in user name (the engine's "me" while nobody is signed in), so
every answer says who "me" is: a screen can write "you" beside the learner's own posts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..paths import DataPaths

if TYPE_CHECKING:
    from ..forum import Forum, ForumPost, ForumThread
    from ..store import LearnerStore


@dataclass(frozen=True)
class Discussions:
    """One forum item's threads, newest activity first, and the name own posts carry."""

    threads: "list[ForumThread]"
    me: str


@dataclass(frozen=True)
class Discussion:
    """One thread with its posts (oldest first), and the name own posts carry."""

    thread: "ForumThread"
    posts: "list[ForumPost]"
    me: str


def _forum(paths: DataPaths, store: "LearnerStore") -> "Forum":
    from ..credentials import load_credentials
    from ..forum import Forum

    creds = load_credentials(paths)
    return Forum(store, creds.username if creds else "")


def discussions(paths: DataPaths, store: "LearnerStore", course_id: str,
                item_id: str) -> Discussions:
    """The threads of one forum item of a course."""
    forum = _forum(paths, store)
    return Discussions(forum.threads(course_id, item_id), forum.author)


def discussion(paths: DataPaths, store: "LearnerStore", thread_id: str) -> Discussion:
    """One thread and its posts (StoreError when it is not on this computer)."""
    forum = _forum(paths, store)
    return Discussion(forum.thread(thread_id), forum.posts(thread_id), forum.author)


def start_thread(paths: DataPaths, store: "LearnerStore", course_id: str, item_id: str,
                 title: str, body: str) -> "ForumThread":
    """A new thread, stored at once as waiting to be sent (empty or too long: StoreError)."""
    return _forum(paths, store).create_thread(course_id, item_id, title, body)


def reply(paths: DataPaths, store: "LearnerStore", thread_id: str, body: str,
          parent_id: str | None = None) -> "ForumPost":
    """A reply (to the thread, or to one of its posts), stored at once as waiting to be sent."""
    return _forum(paths, store).create_post(thread_id, body, parent_id)


def is_local_only(store: "LearnerStore", course_id: str) -> bool:
    """A course whose posts stay on this computer now (the bundled demo, unless the course
    server offers it): never sent."""
    from .sync import is_local_only as local

    return local(store, course_id)
