"""What the player shell hands an item view: the item, its saved state, and callbacks.

Item views never open the learner's database or the network; everything they need to read
arrives here, and everything they write goes back through `save_progress` / `submit_quiz`,
which the shell runs on its single writer lane. That keeps views testable with plain
callables and keeps SQLite off the UI thread.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sync.manifest import Item, Manifest

if TYPE_CHECKING:  # records only; importing sync.store would pull SQLite into the UI modules
    from sync.store import ItemProgress, QuizAttempt


Done = Callable[[Any, "BaseException | None"], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ForumAccess:
    """The local copy of one forum item's discussion, through the shell's store lane.

    Every call is asynchronous and answers `done(result, error)` on the UI thread:
    - `threads(done)` -> `(list[ForumThread], me)`, newest activity first; `me` is the
      signed-in user name ('' when nobody signed in), so a view can say "you";
    - `thread(thread_id, done)` -> `(ForumThread, list[ForumPost], me)`;
    - `new_thread(title, body, done)` -> the `ForumThread`, stored at once as pending;
    - `reply(thread_id, body, parent_id, done)` -> the `ForumPost`, stored at once as pending.
    Writes reach the hub with the next sync pass, which the shell starts by itself.
    """

    threads: Callable[[Done], None]
    thread: Callable[[str, Done], None]
    new_thread: Callable[[str, str, Done], None]
    reply: Callable[[str, str, "str | None", Done], None]
    # Course runs (#17), all optional (None: not offered here):
    # - `mark_read(thread_id)`: the learner has seen a thread (the unread counts follow);
    # - `report(target_id, reason, done)` -> the queued `ReportFiled` (sent with the next sync);
    # - `moderate(target_id, hidden, reason, done)` -> `Moderated` (online; moderators);
    # - `start_question(title, body, done)` -> `QuestionStarted` (instructors; stored pinned
    #   at once and sent with the next sync, like any thread);
    # - `role`: the signed-in user's role in the family ("learner", "instructor", "moderator").
    mark_read: "Callable[[str], None] | None" = None
    report: "Callable[[str, str, Done], None] | None" = None
    moderate: "Callable[[str, bool, str, Done], None] | None" = None
    start_question: "Callable[[str, str, Done], None] | None" = None
    role: str = "learner"

    @property
    def can_moderate(self) -> bool:
        """Hide and restore (moderators and instructors): the actions are shown."""
        return self.moderate is not None and self.role in ("moderator", "instructor")

    @property
    def can_teach(self) -> bool:
        """Start a pinned discussion question (instructors)."""
        return self.start_question is not None and self.role == "instructor"


@dataclass(frozen=True)
class Preferences:
    """The learner's own player settings (kept per profile, in the learner store), through
    the shell's store lane. Keys are the store's setting names, e.g. "video_playback_rate".

    - `read(key, done)` -> the stored value, or None when the learner never chose one;
      `done(value, error)` runs on the UI thread (possibly at once);
    - `write(key, value)`: fire-and-forget; later reads on the same lane see it.
    """

    read: Callable[[str, Done], None]
    write: Callable[[str, Any], None]

    @classmethod
    def on_store_lane(cls, call_service: Callable[..., Any]) -> "Preferences":
        """Preferences over the bridge's `call_service(service, done, *, writes=..., **args)`:
        the settings service's `read_preference`/`save_preference` (which refuse a setting
        court IT may lock, a PIN or an engine key).

        A preference is not course progress: its write is not announced (`writes=False`), so
        changing the speed neither starts a sync pass nor refreshes the pending count.
        """

        def read(key: str, done: Done) -> None:
            from sync.services.settings import read_preference

            call_service(read_preference, done, key=key)

        def write(key: str, value: Any) -> None:
            def written(_result: Any, error: BaseException | None) -> None:
                if error is not None:
                    log.warning("could not keep the setting %s: %s", key, error)

            from sync.services.settings import save_preference

            call_service(save_preference, written, writes=False, key=key, value=value)

        return cls(read=read, write=write)


@dataclass
class ItemContext:
    course_id: str
    manifest: Manifest
    item: Item                                   # one of VideoItem/ReadingItem/QuizItem/ForumItem
    progress: ItemProgress | None                # saved state when the item was opened
    quiz_attempts: list[QuizAttempt]             # earlier attempts (quiz items), oldest first
    blob_path: Callable[[str], Path | None]      # sha256 -> installed blob file, or None if absent
    # save_progress(position=None, fraction=None, completed=False); fire-and-forget: the shell
    # runs it on its writer lane
    save_progress: Callable[..., None]
    # async: answers, then on_result(attempt) on the UI thread, or on_result(None) if it could
    # not be saved
    submit_quiz: Callable[[dict[str, list[str]], Callable[[QuizAttempt], None]], None]
    caption_language: str = "en"                 # preferred captions language (UI language)
    forum: ForumAccess | None = None             # forum items: the local discussion (None: not wired)
    preferences: Preferences | None = None       # the learner's player settings (None: not kept)
    local_only: bool = False                     # the course's changes stay on this PC (the demo)
