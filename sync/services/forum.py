"""A course's discussions as the learner sees them offline: read and written in the local
copy (`sync.forum`), sent with the next sync.

Own posts carry the signed-in user name (the engine's "me" while nobody is signed in), so
every answer says who "me" is: a screen can write "you" beside the learner's own posts.

Course runs (issue #17): instructors' pinned questions come first and carry the author's
role; what a moderator hid is not shown, except to its author (`hidden`, `hidden_reason`:
"hidden by a moderator: <reason>") and to the family's staff; `staff` says whether the
viewer may see the staff actions. Each thread says how many of its posts by others are
unread here (`ForumThread.unread`). Opening a discussion does not mark it read: the screen
calls `sync.services.runs.mark_thread_read` when the learner has seen it. An instructor's
question (`start_question`) is written like any thread, pinned at once, and sent pinned.
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
    staff: bool = False


@dataclass(frozen=True)
class Discussion:
    """One thread with its posts (oldest first), and the name own posts carry."""

    thread: "ForumThread"
    posts: "list[ForumPost]"
    me: str
    staff: bool = False


def hidden_note(reason: str | None) -> str:
    """What the author of a hidden thread or post reads beside it."""
    return f"hidden by a moderator: {reason}" if reason else "hidden by a moderator"


def _staff(store: "LearnerStore", course_id: str) -> bool:
    from .runs import role

    return role(store, course_id).can_moderate


def _forum(paths: DataPaths, store: "LearnerStore") -> "Forum":
    from ..credentials import load_credentials
    from ..forum import Forum

    creds = load_credentials(paths)
    return Forum(store, creds.username if creds else "")


def discussions(paths: DataPaths, store: "LearnerStore", course_id: str,
                item_id: str) -> Discussions:
    """The threads of one forum item of a course (pinned first; hidden ones as above), each
    with how many of its posts by others are unread here (`ForumThread.unread`)."""
    forum = _forum(paths, store)
    staff = _staff(store, course_id)
    return Discussions(forum.threads(course_id, item_id, forum.author, staff), forum.author, staff)


def discussion(paths: DataPaths, store: "LearnerStore", thread_id: str) -> Discussion:
    """One thread and its posts (StoreError when it is not on this computer, or hidden by a
    moderator and neither the viewer's own nor the viewer staff)."""
    from ..errors import StoreError

    forum = _forum(paths, store)
    thread = forum.thread(thread_id)
    staff = _staff(store, thread.course_id)
    if thread.hidden and not staff and thread.author != forum.author:
        raise StoreError("This discussion is not on this computer.")
    return Discussion(thread, forum.posts(thread_id, forum.author, staff), forum.author, staff)


def start_thread(paths: DataPaths, store: "LearnerStore", course_id: str, item_id: str,
                 title: str, body: str) -> "ForumThread":
    """A new thread, stored at once as waiting to be sent (empty or too long: StoreError;
    a discussion of a module not open yet: ModuleLocked)."""
    from .runs import check_open

    check_open(store, course_id, item_id)
    return _forum(paths, store).create_thread(course_id, item_id, title, body)


def start_question(paths: DataPaths, store: "LearnerStore", course_id: str, item_id: str,
                   title: str, body: str) -> "ForumThread":
    """An instructor's discussion question: stored at once, pinned and marked as the
    instructor's, waiting to be sent like any thread (offline-first); the next sync sends it
    pinned, and every learner gets it at theirs. Someone who is not an instructor of the
    course's family here is refused before anything is written (StoreError); should the hub
    disagree (the role was taken away meanwhile), it refuses the thread (`forbidden`) and it
    shows unpinned with the hub's reason."""
    from ..errors import StoreError
    from .runs import check_open, role

    if not role(store, course_id).can_teach:
        raise StoreError("Only an instructor of this course can start a discussion question.")
    check_open(store, course_id, item_id)
    return _forum(paths, store).create_thread(course_id, item_id, title, body, pinned=True,
                                              author_role="instructor")


def reply(paths: DataPaths, store: "LearnerStore", thread_id: str, body: str,
          parent_id: str | None = None) -> "ForumPost":
    """A reply (to the thread, or to one of its posts), stored at once as waiting to be sent
    (a discussion of a module not open yet: ModuleLocked, as the hub would refuse it; the
    family's staff may write there early)."""
    from .runs import check_open

    forum = _forum(paths, store)
    thread = forum.thread(thread_id)
    if not _staff(store, thread.course_id):
        check_open(store, thread.course_id, thread.item_id)
    return forum.create_post(thread_id, body, parent_id)


def is_local_only(store: "LearnerStore", course_id: str) -> bool:
    """A course whose posts stay on this computer now (the bundled demo, unless the course
    server offers it): never sent."""
    from .sync import is_local_only as local

    return local(store, course_id)
