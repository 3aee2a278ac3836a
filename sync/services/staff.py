"""What instructors and moderators do from the player (issue #17): start a pinned discussion
question, hide or restore a thread or post with a reason.

A discussion question is offline-first, like any thread: it is stored here pinned at once
and sent pinned with the next sync (`sync.services.forum.start_question`). The other staff
actions are online: they go to the hub's staff endpoints with the signed-in token
(docs/protocol.md, "Runs, roles and staff actions"), and the hub checks the role in the
family of the target on every call; a refusal (403) comes back as a `HubError` whose message
is the hub's reason, in plain words, shown as is. The player offers these actions only to
staff (`sync.services.runs.role`), but the hub, not the player, decides.

After the hub agrees, one sync pass brings the change back into the local copy (the
`moderation` or `forum_meta` event), so the screens show what every learner will see.

These run on the player's network lane (they open the learner's store themselves where they
need it, like `sync.services.sync`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import HubError, StoreError
from ..paths import DataPaths
from .connection import NetworkTimings, bounded_call, signed_in_client

if TYPE_CHECKING:
    from ..forum import ForumThread

#: sync.protocol.MAX_REASON_CHARS (not imported: the protocol loads pydantic)
MAX_REASON = 1000


@dataclass(frozen=True)
class Moderated:
    """A thread or post hidden or restored on the hub; `synced`: the local copy follows
    already (False: it will with the next sync)."""

    target: str                  # "thread" or "post"
    target_id: str
    hidden: bool
    reason: str
    synced: bool


@dataclass(frozen=True)
class QuestionStarted:
    """An instructor's discussion question (or a pin on the hub): `thread` as stored here,
    `pinned` whether it is pinned (a new question waits to be sent with the next sync:
    `thread.state`)."""

    thread: "ForumThread"
    pinned: bool


def _reason(reason: str) -> str:
    from ..text_safety import clean_name

    cleaned = clean_name(reason)
    if not cleaned:
        raise StoreError("Say why: the reason is shown to the author and kept in the audit log.")
    if len(cleaned) > MAX_REASON:
        raise StoreError(f"The reason is too long ({len(cleaned)} characters; at most {MAX_REASON}).")
    return cleaned


def _target_of(paths: DataPaths, target_id: str) -> str:
    """"thread" or "post": what the id names in the local copy."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.db) as store:
        if store.forum_thread(target_id) is not None:
            return "thread"
        if store.forum_post(target_id) is not None:
            return "post"
    raise StoreError("This message is not on this computer.")


def _follow(paths: DataPaths, timings: NetworkTimings) -> bool:
    """One sync pass so the local copy shows the staff action; False when it failed (the
    next automatic sync brings it)."""
    from .sync import sync_once

    try:
        sync_once(paths, timings)
    except HubError:
        return False
    return True


def _call(paths: DataPaths, timings: NetworkTimings, fn: "Any") -> "dict[str, Any]":
    _, client = signed_in_client(paths, timings)
    with client:
        answer: dict[str, Any] = bounded_call(lambda: fn(client), timings.short_deadline, None)
        return answer


def moderate(paths: DataPaths, target_id: str, hidden: bool, reason: str,
             timings: NetworkTimings = NetworkTimings()) -> Moderated:
    """Hide (`hidden`) or restore a thread or post, with a reason its author will read.
    HubError FORBIDDEN (the hub's reason) when the signed-in user may not moderate here."""
    reason = _reason(reason)
    target = _target_of(paths, target_id)
    _call(paths, timings, lambda client: client.moderate(target, target_id, hidden, reason))
    return Moderated(target, target_id, hidden, reason, _follow(paths, timings))


def hide(paths: DataPaths, target_id: str, reason: str,
         timings: NetworkTimings = NetworkTimings()) -> Moderated:
    """Hide a thread or post from every learner (its author still sees it, with the reason)."""
    return moderate(paths, target_id, True, reason, timings)


def restore(paths: DataPaths, target_id: str, reason: str,
            timings: NetworkTimings = NetworkTimings()) -> Moderated:
    """Show a hidden thread or post again."""
    return moderate(paths, target_id, False, reason, timings)


def start_question(paths: DataPaths, course_id: str, item_id: str, title: str, body: str,
                   timings: NetworkTimings = NetworkTimings()) -> QuestionStarted:
    """A discussion question pinned at the top of a discussion (instructors), offline-first:
    stored here at once, pinned and marked as the instructor's, and sent pinned with the
    next sync; learners get it at theirs (`sync.services.forum.start_question`, which says
    who is refused). Nothing goes over the network here: `timings` is kept for callers on
    the network lane."""
    del timings
    from ..store import LearnerStore
    from .forum import start_question as store_question

    with LearnerStore.open(paths.db) as store:
        thread = store_question(paths, store, course_id, item_id, title, body)
    return QuestionStarted(thread, thread.pinned)


def pin(paths: DataPaths, thread_id: str, pinned: bool = True,
        timings: NetworkTimings = NetworkTimings()) -> QuestionStarted:
    """Pin (or unpin) a thread on the hub, then sync so the local copy shows it."""
    from ..forum import Forum
    from ..store import LearnerStore

    answer = _call(paths, timings, lambda client: client.pin(thread_id, pinned))
    _follow(paths, timings)
    with LearnerStore.open(paths.db) as store:
        thread = Forum(store).thread(thread_id)
    return QuestionStarted(thread, bool(answer.get("pinned", pinned)))
