"""One exception hierarchy for the data engine.

Every error carries a `kind` (an Enum) so the UI can map it to one clear message, and a
plain-words message a judge or court IT can act on.
"""
from __future__ import annotations

from enum import Enum


class LecternError(Exception):
    """Base of every error the data engine raises on purpose."""

    def __init__(self, message: str) -> None:
        # Messages quote file names, titles and hub answers: never let them carry bidi
        # overrides or control characters that disguise what they say (text_safety.py).
        from .text_safety import neutralize
        message = neutralize(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BundleErrorKind(Enum):
    NOT_A_COURSE = "not-a-course"        # not a zip at all, or a zip with no manifest.json
    CORRUPT = "corrupt"                  # truncated, unreadable
    INVALID_MANIFEST = "invalid-manifest"
    UNSUPPORTED_FORMAT = "unsupported-format"
    HASH_MISMATCH = "hash-mismatch"
    MISSING_FILE = "missing-file"
    UNEXPECTED_FILE = "unexpected-file"
    UNSAFE_PATH = "unsafe-path"
    DUPLICATE_ID = "duplicate-id"
    TOO_LARGE = "too-large"
    UNSIGNED = "unsigned"
    UNTRUSTED_KEY = "untrusted-key"
    BAD_SIGNATURE = "bad-signature"
    UNSAFE_HTML = "unsafe-html"
    OLDER_VERSION = "older-version"
    SOURCE = "source"                    # a publisher's course folder is wrong


class BundleError(LecternError):
    """A course bundle (or its source folder) cannot be used; nothing was written."""

    def __init__(self, kind: BundleErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class StoreError(LecternError):
    """The learner's store or content store cannot do what was asked."""


class DiskFullError(StoreError):
    """The disk filled up; whatever was half-written has been rolled back."""


class NotInstalledError(StoreError):
    """A course id that is not installed was named."""


class KeyFileError(LecternError):
    """A signing or trust key file is missing or malformed."""


class CancelledError(LecternError):
    """The user cancelled a long operation; it was rolled back."""

    def __init__(self, message: str = "Cancelled.") -> None:
        super().__init__(message)


class ConfigError(LecternError):
    """A configuration file is malformed; carries the file and line when known."""


class HubErrorKind(Enum):
    NETWORK = "network"            # unreachable, reset, timed out: retry later
    AUTH = "auth"                  # 401: sign in again (pending work is kept)
    FORBIDDEN = "forbidden"        # 403: not enrolled
    NOT_FOUND = "not-found"
    SERVER = "server"              # 5xx: the hub is having trouble; retry later
    RATE_LIMITED = "rate-limited"  # 429
    PROTOCOL = "protocol"          # the answer makes no sense (wrong URL? a captive portal?)
    CONFIG = "config"              # no hub configured, bad URL, bad CA bundle


class HubError(LecternError):
    """Talking to the hub failed; `kind` says whether to retry, sign in or give up."""

    def __init__(self, kind: HubErrorKind, message: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        return self.kind in (HubErrorKind.NETWORK, HubErrorKind.SERVER, HubErrorKind.RATE_LIMITED)


class DownloadError(LecternError):
    """A download cannot go on (not a passing network fault: those are retried)."""


class DownloadStateError(DownloadError):
    """A move the download state machine does not have (a paused download cannot become
    complete, say); nothing was changed. `old` is the state the job was in, `new` the one
    asked for (None when the move was an action such as "switched to another version")."""

    def __init__(self, message: str, *, course_id: str, old: object, new: object | None) -> None:
        super().__init__(message)
        self.course_id = course_id
        self.old = old
        self.new = new
