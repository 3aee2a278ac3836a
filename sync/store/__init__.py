"""The learner's store: one SQLite database per profile (WAL), migrated by `user_version`.

Every learner action that must reach the hub writes its state change and its outbox event in
one transaction, so a crash can lose neither half. Open one store per thread.

The store owns every SQL statement against the learner's database: `LearnerStore` is the
facade, composed of one mixin per area, each in its own module:

- `base`        the connection, transactions, `now_iso`
- `migrations`  the schema, append-only steps by `PRAGMA user_version`
- `settings`    settings, device id, hub account, the sync engine's bookkeeping
- `courses`     installed courses, their files, course updates and certificates
- `certificates` the certificates' signed credentials and status lists, and the checklist's facts
- `progress`    where the learner is (merged by `sync.progress_rules`)
- `quizzes`     graded attempts (with the completion a pass brings, in one transaction)
- `outbox`      events for the hub and the hub's refusals of them
- `forum`       threads and posts, the learner's and the hub's
- `downloads`   download jobs
- `inbox`       a sync answer applied all or nothing
- `transfer`    a profile's snapshot and its merge into another PC's store
- `clock`       the hub-clock estimate's state (the rule is `sync.hub_clock`'s)
- `runs`        course runs: schedules, roles, announcements, moderation, reports, unread marks

Everything other modules use is importable from `sync.store` itself.
"""
from __future__ import annotations

from ..progress_rules import HubProgress
from .base import StoreBase, now_iso
from .certificates import (
    CertificateFactRows,
    CertificatesMixin,
    HubCredential,
    HubStatusList,
    StoredCertificate,
    StoredStatusList,
)
from .courses import Certificate, CourseFile, CourseUpdate, InstalledCourse
from .downloads import DownloadChoice, DownloadJob, DownloadsMixin, DownloadState, peek_download_state
from .forum import ForumMixin, ForumPost, ForumThread, PostState
from .inbox import Acked, HubAnswer, HubCertificate, HubCourseUpdate, HubEvent, HubPost, HubThread, InboxMixin, Refused
from .migrations import LATEST, migrate
from .outbox import OutboxEvent, OutboxMixin, Refusal
from .progress import CourseProgress, ItemProgress, ModuleProgress
from .quizzes import QuizAttempt, QuizzesMixin
from .runs import (
    HubAnnouncement,
    HubForumMeta,
    HubModeration,
    HubRole,
    HubRun,
    Moderation,
    RunsMixin,
    StoredAnnouncement,
    StoredReport,
    StoredRun,
)
from .settings import ACCOUNT, CURSOR, DEVICE_ID, HUB_PROTOCOL, LAST_ERROR, LAST_ERROR_KIND, LAST_SUCCESS, SettingsMixin
from .transfer import ProfileMerge, TransferMixin


class LearnerStore(SettingsMixin, QuizzesMixin, ForumMixin, OutboxMixin, DownloadsMixin, InboxMixin,
                   TransferMixin, CertificatesMixin, RunsMixin):
    """One profile's database: open it with `LearnerStore.open(path)` (a context manager)."""


__all__ = [
    "ACCOUNT", "CURSOR", "DEVICE_ID", "HUB_PROTOCOL", "LAST_ERROR", "LAST_ERROR_KIND", "LAST_SUCCESS", "LATEST",
    "Acked", "Certificate", "CertificateFactRows", "CourseFile", "CourseProgress", "CourseUpdate",
    "DownloadChoice", "DownloadJob", "DownloadState", "ForumPost", "ForumThread", "HubAnswer",
    "HubCertificate", "HubCourseUpdate", "HubCredential", "HubEvent", "HubPost", "HubProgress",
    "HubAnnouncement", "HubForumMeta", "HubModeration", "HubRole", "HubRun", "Moderation",
    "StoredAnnouncement", "StoredReport", "StoredRun",
    "HubStatusList", "HubThread", "InstalledCourse", "ItemProgress", "LearnerStore",
    "ModuleProgress", "OutboxEvent", "PostState", "ProfileMerge", "QuizAttempt", "Refusal",
    "Refused", "StoreBase", "StoredCertificate", "StoredStatusList", "migrate", "now_iso",
    "peek_download_state",
]
