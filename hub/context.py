"""The running hub's parts, opened once per process (server or CLI command)."""
from __future__ import annotations

from dataclasses import dataclass

from sync.content_store import ContentStore

from . import auth, db
from .courses import CourseIndex
from .group_commit import GroupCommit
from .settings import HubSettings
from .shared_feed import SharedFeed


@dataclass
class Hub:
    """Everything a running hub holds: settings, database, blob store, caches, throttles."""

    settings: HubSettings
    database: db.Database
    store: ContentStore
    index: CourseIndex
    throttle: auth.LoginThrottle
    passwords: auth.PasswordChecker
    writer: GroupCommit
    shared_feed: SharedFeed

    @classmethod
    def open(cls, settings: HubSettings) -> "Hub":
        db.make_data_dir(settings)  # private unless nginx reads blobs inside it
        settings.blob_dir.mkdir(parents=True, exist_ok=True)
        database = db.Database(settings.database_url)
        return cls(settings=settings, database=database,
                   store=ContentStore(settings.blob_dir, readable_by_all=settings.blobs_readable_by_all),
                   index=CourseIndex(),
                   throttle=auth.LoginThrottle(settings.login, database=database),
                   passwords=auth.PasswordChecker(settings.password_hash_concurrency),
                   writer=GroupCommit(database), shared_feed=SharedFeed())

    def sign_pending(self, ids: list[int] | None = None) -> int:
        """Sign certificates' credentials not yet signed (`ids`, or all): hub.certificates."""
        from .certificates import sign_pending
        return sign_pending(self.database, self.index, self.settings, self.writer.run, ids)

    def close(self) -> None:
        self.writer.close()
        self.database.close()
