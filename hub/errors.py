"""One error hierarchy for the hub: every error has a kind, an HTTP status and plain words.

Handlers in `hub.app` turn a HubError into `{"error": {"code", "message"}}`; the CLI prints
the message. HubError derives from sync's LecternError so tools catching the engine's base
class catch the hub's errors too.
"""
from __future__ import annotations

from enum import Enum

from sync.errors import LecternError


class HubErrorKind(Enum):
    BAD_REQUEST = "bad-request"
    UNAUTHORIZED = "unauthorized"
    BAD_CREDENTIALS = "bad-credentials"
    NOT_ENROLLED = "not-enrolled"
    FORBIDDEN = "forbidden"        # a staff action without the role in that course family
    NOT_FOUND = "not-found"
    TOO_LARGE = "too-large"
    UNSUPPORTED_ENCODING = "unsupported-encoding"
    RANGE_NOT_SATISFIABLE = "range-not-satisfiable"
    INVALID = "invalid"
    RATE_LIMITED = "rate-limited"
    CONFLICT = "conflict"          # CLI: a user that exists, a version already published
    UNTRUSTED = "untrusted"        # CLI: a bundle not signed by a trusted key
    STORAGE = "storage"            # database or disk trouble


_STATUS = {
    HubErrorKind.BAD_REQUEST: 400,
    HubErrorKind.UNAUTHORIZED: 401,
    HubErrorKind.BAD_CREDENTIALS: 401,
    HubErrorKind.NOT_ENROLLED: 403,
    HubErrorKind.FORBIDDEN: 403,
    HubErrorKind.NOT_FOUND: 404,
    HubErrorKind.TOO_LARGE: 413,
    HubErrorKind.UNSUPPORTED_ENCODING: 415,
    HubErrorKind.RANGE_NOT_SATISFIABLE: 416,
    HubErrorKind.INVALID: 422,
    HubErrorKind.RATE_LIMITED: 429,
    HubErrorKind.CONFLICT: 409,
    HubErrorKind.UNTRUSTED: 422,
    HubErrorKind.STORAGE: 500,
}

# The wire `error.code` (sync.protocol.ErrorCode values; kept as strings here so the CLI
# does not import pydantic just to report an error).
_CODE = {
    HubErrorKind.CONFLICT: "invalid",
    HubErrorKind.UNTRUSTED: "invalid",
    HubErrorKind.STORAGE: "server-error",
}


class HubError(LecternError):
    """Something the hub refuses or cannot do, said in plain words."""

    def __init__(self, kind: HubErrorKind, message: str, *, retry_after: int | None = None,
                 fields: list[str] | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after = retry_after
        self.fields = fields
        self.headers = dict(headers or {})

    @property
    def status(self) -> int:
        return _STATUS[self.kind]

    @property
    def code(self) -> str:
        return _CODE.get(self.kind, self.kind.value)
