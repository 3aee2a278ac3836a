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
from datetime import datetime, timezone
from enum import Enum
from typing import TYPE_CHECKING

from ..errors import StoreError
from ..hub_clock import from_text
from ..paths import DataPaths

if TYPE_CHECKING:
    from ..manifest import Manifest
    from ..schedule import Schedule
    from ..store import LearnerStore, StoredAnnouncement, StoredReport


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
    schedule: str = "self_paced"   # sync.schedule's kind: self_paced, weekly, explicit


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
    at = store.hub_time_now()
    return HubNow(at, at is not None, store.hub_clock_state().anchor)


def checkpoint_clock(store: "LearnerStore") -> HubNow:
    """Persist the current estimate (the player calls it every few minutes and at exit), so
    after a reboot the estimate resumes from here instead of going back."""
    at = store.checkpoint_hub_clock()
    return HubNow(at, at is not None, store.hub_clock_state().anchor)


def opening_date(moment: datetime) -> str:
    """"8 May 2026": the day an opening falls on in this PC's time zone (its zone may well be
    right when its clock is not), in the words of error messages and the CLI."""
    local = moment.astimezone()
    return f"{local.day} {local:%B} {local.year}"


def _schedule(store: "LearnerStore", family: str) -> "tuple[RunInfo | None, Schedule | None]":
    stored = store.course_run(family)
    if stored is None:
        return None, None
    schedule = stored.to_schedule()
    starts = from_text(stored.starts)
    if starts is None:
        return None, None
    info = RunInfo(stored.run_id, family, stored.title, starts, from_text(stored.ends),
                   stored.schedule == "self_paced", stored.schedule)
    return info, schedule


def _module_states(manifest: "Manifest", schedule: "Schedule | None",
                   now: datetime | None) -> dict[str, tuple[bool, datetime | None]]:
    """Module id -> (open, opening time) by `sync.schedule`, the rule the hub applies too.
    Before any sync (no hub time) every module is open: the hub sent no run either."""
    from ..schedule import module_open, opening_times

    ids = [m.id for m in manifest.modules]
    times = opening_times(schedule, ids)
    return {m: (now is None or module_open(schedule, m, now, ids), times[m]) for m in ids}


def course_outline(store: "LearnerStore", course_id: str) -> CourseOutline:
    """The course's modules, open or locked by the hub's time, with opening dates and each
    item's completion (NotInstalledError when the course is not installed)."""
    manifest = store.manifest(course_id)
    course = store.get_course(course_id)
    family = manifest.course_family
    run, schedule = _schedule(store, family)
    now = hub_now(store)
    states = _module_states(manifest, schedule, now.at)
    progress = store.progress(course_id)
    modules = []
    for number, module in enumerate(manifest.modules, start=1):
        is_open, opens_at = states[module.id]
        items = tuple(ItemOutline(it.id, it.title, it.kind.value, it.required,
                                  bool(progress.get(it.id) and progress[it.id].completed),
                                  progress[it.id].fraction if it.id in progress else 0.0)
                      for it in module.items)
        modules.append(ModuleOutline(module.id, number, module.title, is_open, opens_at, items))
    return CourseOutline(course_id, family, course.title, run, now, role(store, course_id), tuple(modules))


def outline_at(paths: DataPaths, course_id: str) -> CourseOutline:
    """`course_outline` for a profile (opens its store): the `lectern outline` command."""
    from ..store import LearnerStore

    with LearnerStore.open(paths.ensure().db) as store:
        return course_outline(store, course_id)


def item_access(store: "LearnerStore", course_id: str, item_id: str) -> ItemAccess:
    """Whether an item's content opens now: the player asks before showing it, so a module
    downloaded early stays unopenable until its date, without another download."""
    manifest = store.manifest(course_id)
    try:
        module = manifest.module_of(item_id)
    except KeyError:
        raise StoreError(f"The course “{course_id}” has no item “{item_id}”.") from None
    _run, schedule = _schedule(store, manifest.course_family)
    if schedule is None:
        return ItemAccess(True, None, None)
    is_open, opens_at = _module_states(manifest, schedule, hub_now(store).at)[module.id]
    if is_open:
        return ItemAccess(True, None, opens_at)
    number = [m.id for m in manifest.modules].index(module.id) + 1
    when = f" on {opening_date(opens_at)}" if opens_at is not None else " later"
    return ItemAccess(False, f"Module {number} opens{when}.", opens_at)


def check_open(store: "LearnerStore", course_id: str, item_id: str) -> None:
    """Raise ModuleLocked when the item's module is not open (used by `study` before it
    saves progress or a quiz attempt)."""
    access = item_access(store, course_id, item_id)
    if not access.open:
        module = store.manifest(course_id).module_of(item_id)
        raise ModuleLocked(access.reason or "This module is not open yet.", module.id, access.opens_at)


def role(store: "LearnerStore", course_id: str) -> Role:
    """The learner's role in the course's family (learner until the hub says otherwise)."""
    return Role(store.family_role(store.get_course_family(course_id)))


def _announcement(a: "StoredAnnouncement") -> Announcement:
    published = from_text(a.published_at) or datetime.fromtimestamp(0, timezone.utc)
    return Announcement(a.id, a.run_id, a.family, a.title, a.body, a.author, published, a.read)


def announcements(store: "LearnerStore", course_id: str | None = None) -> Announcements:
    """The announcements of the learner's runs (of one course's family if given)."""
    family = None if course_id is None else store.get_course_family(course_id)
    items = tuple(_announcement(a) for a in store.announcements(family))
    unread = [a for a in items if not a.read]
    return Announcements(items, len(unread), unread[0] if unread else None)


def mark_announcement_read(store: "LearnerStore", announcement_id: str) -> None:
    """The learner opened it: it no longer counts as unread (kept on this PC only)."""
    store.mark_announcements_read([announcement_id])


def mark_all_announcements_read(store: "LearnerStore", course_id: str | None = None) -> int:
    """Every announcement (of one course's family if given) read; returns how many changed."""
    family = None if course_id is None else store.get_course_family(course_id)
    return store.mark_announcements_read(None, family)


def _filed(r: "StoredReport") -> ReportFiled:
    return ReportFiled(r.id, r.target_id, r.target_kind, r.reason, r.created_at)


def report(store: "LearnerStore", course_id: str, target_id: str, reason: str) -> ReportFiled:
    """Report a post or thread to the moderators, offline-first: kept here and sent with the
    next sync (StoreError when the reason is empty or the post is not on this computer)."""
    from ..text_safety import clean_name

    reason = clean_name(reason)
    if not reason:
        raise StoreError("Say why you report this message.")
    if len(reason) > MAX_REASON:
        raise StoreError(f"The reason is too long ({len(reason)} characters; at most {MAX_REASON}).")
    if store.forum_thread(target_id) is not None:
        kind = "thread"
    elif store.forum_post(target_id) is not None:
        kind = "post"
    else:
        raise StoreError("The message you report is not on this computer.")
    return _filed(store.add_report(course_id, target_id, kind, reason))


def reports(store: "LearnerStore", course_id: str | None = None) -> list[ReportFiled]:
    """The learner's reports (so the player can mark what they already reported)."""
    return [_filed(r) for r in store.reports(course_id)]


def _viewer(paths: DataPaths | None) -> str:
    """The name own posts carry (sync.services.forum's "me")."""
    from ..credentials import load_credentials

    creds = load_credentials(paths) if paths is not None else None
    return creds.username if creds else "me"


def unread_counts(store: "LearnerStore", course_id: str, paths: DataPaths | None = None) -> UnreadCounts:
    """Unread counts for the course screen: per discussion, replies to the learner's posts
    (whose name is the signed-in one of `paths`), announcements."""
    family = store.get_course_family(course_id)
    viewer = _viewer(paths)
    return UnreadCounts(store.unread_by_discussion(family, viewer), store.unread_replies_to(family, viewer),
                        store.unread_announcements(family))


def mark_thread_read(store: "LearnerStore", thread_id: str) -> None:
    """The learner opened a thread: it and its posts are read."""
    store.mark_forum_read(thread_id=thread_id)


def mark_discussion_read(store: "LearnerStore", course_id: str, item_id: str) -> None:
    """Every thread and post of a discussion read."""
    store.mark_forum_read(family=store.get_course_family(course_id), item_id=item_id)


@dataclass(frozen=True)
class NextOpening:
    """A course's next module that is not open yet by the hub's time (the library card's
    "Module 3 opens on …")."""

    course_id: str
    module_id: str
    number: int
    title: str
    opens_at: datetime | None


def next_openings(store: "LearnerStore") -> dict[str, NextOpening]:
    """Course id -> its first locked module, for every installed course that has one."""
    out: dict[str, NextOpening] = {}
    for course in store.list_courses():
        try:
            outline = course_outline(store, course.id)
        except StoreError:
            continue
        locked = next((m for m in outline.modules if not m.open), None)
        if locked is not None:
            out[course.id] = NextOpening(course.id, locked.module_id, locked.number, locked.title,
                                         locked.opens_at)
    return out


def forum_role(store: "LearnerStore", course_id: str) -> Role:
    """`role`, for the discussion screen's staff actions (a course not installed: learner)."""
    try:
        return role(store, course_id)
    except StoreError:
        return Role.LEARNER


#: sync.protocol.MAX_REASON_CHARS (not imported: the protocol loads pydantic)
MAX_REASON = 1000
