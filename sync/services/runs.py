"""Course runs as the learner's PC sees them (issue #17): which modules are open by the hub's
time, the run's announcements, reports of posts, unread counts, and the learner's role.

"Now" is never the PC clock: it is `sync.hub_clock`'s estimate of the hub's time (the hub's
time at the last sync, advanced by this PC's monotonic clock), so setting the PC clock forward
opens nothing early and setting it back closes nothing. Whether a module is open is decided
by `sync.schedule` (the one rule the hub applies too) from the run's schedule the hub sent.

These run where the caller holds the learner's store (the player's store lane), like
`sync.services.study`; `outline_at` opens the store itself (the `lectern outline` command).
A course the hub sent no run for is open throughout (self-paced), as before runs existed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..paths import DataPaths

if TYPE_CHECKING:
    from ..store import LearnerStore


class Role(str, Enum):
    """The learner's role in a course family, as the hub sent it (learner until it says)."""

    LEARNER = "learner"
    INSTRUCTOR = "instructor"
    MODERATOR = "moderator"

    @property
    def is_staff(self) -> bool:
        """Instructors and moderators: the player shows them the staff actions."""
        return self is not Role.LEARNER

    @property
    def can_moderate(self) -> bool:
        """Hide and restore posts (an instructor moderates too)."""
        return self is not Role.LEARNER

    @property
    def can_teach(self) -> bool:
        """Pin discussion questions and write announcements: instructors only."""
        return self is Role.INSTRUCTOR


class ModuleLocked(StoreError):
    """Progress on an item of a module that is not open yet: refused with a plain reason
    ("Module 2 opens on 8 May 2026."); nothing was saved."""

    def __init__(self, message: str, module_id: str, opens_at: datetime | None) -> None:
        super().__init__(message)
        self.module_id = module_id
        self.opens_at = opens_at


@dataclass(frozen=True)
class HubNow:
    """The estimate of the hub's time now; `known` is False before any sync (no hub time
    yet: `at` is then None and every module is treated as open)."""

    at: datetime | None
    known: bool
    last_sync: datetime | None    # the hub's time at the last successful sync, if any


@dataclass(frozen=True)
class RunInfo:
    """The learner's run of a course family."""

    run_id: str
    family: str
    title: str
    starts: datetime
    ends: datetime | None
    self_paced: bool


@dataclass(frozen=True)
class ItemOutline:
    item_id: str
    title: str
    kind: str                      # sync.manifest.ItemKind's value: video, reading, quiz, forum
    required: bool
    completed: bool
    fraction: float


@dataclass(frozen=True)
class ModuleOutline:
    """One module: open or locked by the hub's time, and when it opens (None: open from the
    start, or no schedule). A locked module's outline is shown; its content is not opened."""

    module_id: str
    number: int                    # 1-based, as the learner reads "Module 2"
    title: str
    open: bool
    opens_at: datetime | None
    items: tuple[ItemOutline, ...]


@dataclass(frozen=True)
class CourseOutline:
    """`lectern outline` and the course screen: modules with their state and items with
    their completion."""

    course_id: str
    family: str
    title: str
    run: RunInfo | None            # None: the hub sent no run (open throughout)
    now: HubNow
    role: Role
    modules: tuple[ModuleOutline, ...]

    def module_of(self, item_id: str) -> ModuleOutline | None:
        return next((m for m in self.modules if any(i.item_id == item_id for i in m.items)), None)


@dataclass(frozen=True)
class ItemAccess:
    """Whether an item's content may open now, and if not why (plain words) and when."""

    open: bool
    reason: str | None
    opens_at: datetime | None


@dataclass(frozen=True)
class Announcement:
    id: str
    run_id: str
    family: str
    title: str
    body: str
    author: str
    published_at: datetime         # the hub's time
    read: bool


@dataclass(frozen=True)
class Announcements:
    """The inbox (newest first), how many are unread, and the newest unread (the banner)."""

    items: tuple[Announcement, ...]
    unread: int
    newest_unread: Announcement | None


@dataclass(frozen=True)
class ReportFiled:
    """A report of a post or thread, kept here and waiting in the outbox for the next sync."""

    id: str
    target_id: str
    target_kind: str               # "post" or "thread"
    reason: str
    created_at: str                # device time, for display


@dataclass(frozen=True)
class UnreadCounts:
    """Per discussion (forum item id) the threads and posts of others not read yet; how
    many of those answer the learner's own posts; unread announcements."""

    discussions: dict[str, int]
    replies_to_me: int
    announcements: int


def hub_now(store: "LearnerStore") -> HubNow:
    """The hub-clock estimate now (sync.hub_clock); it never reads the PC's wall clock."""
    raise NotImplementedError


def checkpoint_clock(store: "LearnerStore") -> HubNow:
    """Persist the current estimate (the player calls it every few minutes and at exit), so
    after a reboot the estimate resumes from here instead of going back."""
    raise NotImplementedError


def course_outline(store: "LearnerStore", course_id: str) -> CourseOutline:
    """The course's modules, open or locked by the hub's time, with opening dates and each
    item's completion (NotInstalledError when the course is not installed)."""
    raise NotImplementedError


def outline_at(paths: DataPaths, course_id: str) -> CourseOutline:
    """`course_outline` for a profile (opens its store): the `lectern outline` command."""
    raise NotImplementedError


def item_access(store: "LearnerStore", course_id: str, item_id: str) -> ItemAccess:
    """Whether an item's content opens now: the player asks before showing it, so a module
    downloaded early stays unopenable until its date, without another download."""
    raise NotImplementedError


def check_open(store: "LearnerStore", course_id: str, item_id: str) -> None:
    """Raise ModuleLocked when the item's module is not open (used by `study` before it
    saves progress or a quiz attempt)."""
    raise NotImplementedError


def role(store: "LearnerStore", course_id: str) -> Role:
    """The learner's role in the course's family (learner until the hub says otherwise)."""
    raise NotImplementedError


def announcements(store: "LearnerStore", course_id: str | None = None) -> Announcements:
    """The announcements of the learner's runs (of one course's family if given)."""
    raise NotImplementedError


def mark_announcement_read(store: "LearnerStore", announcement_id: str) -> None:
    """The learner opened it: it no longer counts as unread (kept on this PC only)."""
    raise NotImplementedError


def mark_all_announcements_read(store: "LearnerStore", course_id: str | None = None) -> int:
    """Every announcement (of one course's family if given) read; returns how many changed."""
    raise NotImplementedError


def report(store: "LearnerStore", course_id: str, target_id: str, reason: str) -> ReportFiled:
    """Report a post or thread to the moderators, offline-first: kept here and sent with the
    next sync (StoreError when the reason is empty or the post is not on this computer)."""
    raise NotImplementedError


def reports(store: "LearnerStore", course_id: str | None = None) -> list[ReportFiled]:
    """The learner's reports (so the player can mark what they already reported)."""
    raise NotImplementedError


def unread_counts(store: "LearnerStore", course_id: str) -> UnreadCounts:
    """Unread counts for the course screen: per discussion, replies to the learner's posts,
    announcements."""
    raise NotImplementedError


def mark_thread_read(store: "LearnerStore", thread_id: str) -> None:
    """The learner opened a thread: it and its posts are read."""
    raise NotImplementedError


def mark_discussion_read(store: "LearnerStore", course_id: str, item_id: str) -> None:
    """Every thread and post of a discussion read."""
    raise NotImplementedError
