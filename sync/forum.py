"""The forum as the learner sees it offline: threads and posts, local ones first.

A thread or post written offline is stored at once with state `pending` and its outbox event in
the same transaction; its id is that event's UUID, so the hub's copy (acked or pulled back)
lands on the same row and a post is never shown twice. The rows, their outbox events and the
records (`ForumThread`, `ForumPost`, `PostState`) are the store's (sync/store/forum.py); this
module checks and cleans what the learner writes and what is shown.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .errors import StoreError
from .manifest import ForumItem
from .store import ForumPost, ForumThread, LearnerStore, PostState
from .text_safety import clean_body, clean_name

MAX_TITLE = 300
MAX_BODY = 20000


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


def _shown_thread(t: ForumThread) -> ForumThread:
    # What others wrote is shown without bidi tricks, whatever hub it came through.
    return replace(t, author=clean_name(t.author), title=clean_name(t.title) or "…", body=clean_body(t.body),
                   refusal=None if t.refusal is None else clean_name(t.refusal))


def _shown_post(p: ForumPost) -> ForumPost:
    return replace(p, author=clean_name(p.author), body=clean_body(p.body))


class Forum:
    """One learner's view of the forum; the rows and their outbox events are the store's."""

    def __init__(self, store: LearnerStore, author: str = "") -> None:
        self.store = store
        self.author = author or "me"

    def _check_forum_item(self, course_id: str, item_id: str) -> None:
        item = self.store.manifest(course_id).item(item_id)
        if not isinstance(item, ForumItem):
            raise StoreError(f"'{item_id}' is not a discussion.")

    def create_thread(self, course_id: str, item_id: str, title: str, body: str, *,
                      pinned: bool = False, author_role: str = "learner") -> ForumThread:
        """A new thread, stored at once as waiting to be sent. `pinned`: an instructor's
        discussion question, pinned here at once and sent pinned with the next sync (the
        hub refuses a pinned thread from anyone but an instructor; it then shows unpinned,
        with the hub's reason); `author_role` marks it until the hub's mark arrives."""
        self._check_forum_item(course_id, item_id)
        title = clean_text(title, MAX_TITLE, "title", one_line=True)
        body = clean_text(body, MAX_BODY, "message")
        return self.thread(self.store.add_thread(course_id, item_id, self.author, title, body,
                                                 pinned=pinned, author_role=author_role))

    def create_post(self, thread_id: str, body: str, parent_id: str | None = None) -> ForumPost:
        body = clean_text(body, MAX_BODY, "message")
        thread = self.thread(thread_id)
        if parent_id is not None and self.store.forum_post(parent_id) is None:
            raise StoreError("The message you answer is not here.")
        post = self._post_row(self.store.add_post(thread_id, thread.course_id, self.author, body, parent_id))
        assert post is not None
        return post

    def thread(self, thread_id: str) -> ForumThread:
        """One thread, hidden or not, cleaned; its unread count leaves out this author's own."""
        found = self.store.forum_thread(thread_id, self.author)
        if found is None:
            raise StoreError("This discussion is not on this computer.")
        return _shown_thread(found)

    def threads(self, course_id: str, item_id: str, viewer: str | None = None,
                staff: bool = False) -> list[ForumThread]:
        """A forum item's threads, pinned first, cleaned for showing, each with its unread
        posts (not the `viewer`'s own). What a moderator hid is left out, except the
        `viewer`'s own (shown with the reason) and for `staff`."""
        return [_shown_thread(t) for t in self.store.forum_threads(course_id, item_id, viewer, staff)]

    def posts(self, thread_id: str, viewer: str | None = None, staff: bool = False) -> list[ForumPost]:
        """A thread's posts, oldest first, cleaned; hidden ones as for `threads`."""
        return [_shown_post(p) for p in self.store.forum_posts(thread_id, viewer, staff)]

    def _post_row(self, post_id: str) -> ForumPost | None:
        found = self.store.forum_post(post_id)
        return None if found is None else _shown_post(found)

    def pending_count(self) -> int:
        return self.store.pending_forum_count()


__all__ = ["MAX_BODY", "MAX_TITLE", "Forum", "ForumPost", "ForumThread", "PostState", "clean_text"]
