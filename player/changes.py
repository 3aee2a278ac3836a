"""What changed in the learner's store: the one message screens get after a write.

In the spirit of Anki's `OpChanges`: a write names the kinds of data it touched (and the
course, when there is one); every screen filters the kinds it shows instead of reloading
on any write. A write that does not say what it touched (`writes=True`) announces every
kind, so no screen misses it. Qt-free on purpose: a plain value that tests can build.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class ChangeKind(Enum):
    """A kind of data in the learner's store (or profile folder) that a write touched."""

    PROGRESS = "progress"    # positions, completions (recorded for the hub: the outbox grows)
    QUIZZES = "quizzes"      # quiz attempts (recorded for the hub)
    FORUM = "forum"          # the learner's threads and posts (recorded for the hub)
    OUTBOX = "outbox"        # events waiting for the hub, other than the three above
    COURSES = "courses"      # installed courses: imported, updated, removed
    DOWNLOADS = "downloads"  # the download queue
    SETTINGS = "settings"    # preferences, trusted publishers, hub and proxy settings
    NOTICES = "notices"      # course-update notices and refusals shown to the learner
    PROFILES = "profiles"    # the profiles of this computer (their names, PINs)


#: kinds whose writes queue events for the hub: the pending count and the sync debounce
#: follow them.
OUTBOX_KINDS = frozenset({ChangeKind.PROGRESS, ChangeKind.QUIZZES, ChangeKind.FORUM,
                          ChangeKind.OUTBOX})


@dataclass(frozen=True)
class StoreChange:
    """One successful write: the kinds it touched and the course it was about (or None)."""

    kinds: frozenset[ChangeKind]
    course_id: str | None = None
    #: False for a change the hub need not hear of soon: a playing video's position, saved
    #: every few seconds (the sync controller sends those with the next pass, or within a
    #: minute), where a completion, an attempt or a post is sent within seconds.
    urgent: bool = True

    @classmethod
    def of(cls, kinds: "ChangeKind | Iterable[ChangeKind]",
           course_id: str | None = None) -> "StoreChange":
        """A change from one kind or several."""
        if isinstance(kinds, ChangeKind):
            return cls(frozenset({kinds}), course_id)
        return cls(frozenset(kinds), course_id)

    @classmethod
    def position(cls, course_id: str) -> "StoreChange":
        """A saved position (how far into an item, how much of it seen), not a completion."""
        return cls(frozenset({ChangeKind.PROGRESS}), course_id, urgent=False)

    @classmethod
    def unknown(cls, course_id: str | None = None) -> "StoreChange":
        """A write that did not say what it touched: every kind, so nobody misses it."""
        return cls(frozenset(ChangeKind), course_id)

    def touches(self, *kinds: ChangeKind) -> bool:
        """True when this change touched any of `kinds`."""
        return any(kind in self.kinds for kind in kinds)

    @property
    def outbox(self) -> bool:
        """True when events for the hub may have been queued (or dropped)."""
        return bool(self.kinds & OUTBOX_KINDS)
