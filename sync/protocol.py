"""Sync protocol, version 2: the wire schema shared by the hub and the player's sync engine.

Pure data and validation (pydantic), no HTTP framework and no Qt, so both sides parse the
same bytes the same way. The prose, with request and response examples, is docs/protocol.md.

Rules that shape the models:
- Every client event carries a UUID chosen on the device: a retry is acked again and
  changes nothing.
- Ordering never relies on a PC clock: `device_seq` (one counter per device) and the hub's
  arrival order decide; `device_time` is kept for display only. `made_at` (version 2) is the
  device's estimate of *hub* time, which the hub clamps to what it can vouch for.
- Old players refuse unknown fields on the records they know but skip unknown server event
  kinds, so what version 2 adds to answers comes as new kinds (`run`, `role`, `forum_meta`,
  `moderation`, `announcement`); new request fields are optional and default to absent.
- The envelope of a sync request is validated strictly (a bad envelope is a 422), but each
  event is validated on its own, so one malformed event is rejected with a code and a
  message instead of blocking the whole outbox.
"""
from __future__ import annotations

import base64
import binascii
import json
from datetime import datetime
from enum import Enum
from typing import Annotated, Any, Literal, Mapping, Sequence, Union
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .text_safety import clean_body, clean_name

PROTOCOL_VERSION = 2
#: Versions this hub and player speak. A request says which one it speaks; version 1 clients
#: get the same answers, with rejection codes they know (`legacy_reject_code`).
SUPPORTED_PROTOCOLS = (1, 2)
API_PREFIX = "/api/v1"
#: Where a hub serves its signed revocation list, without sign-in (read-only).
STATUS_LIST_PATH = f"{API_PREFIX}/certificates/status-list"

# Limits both sides agree on. The hub answers 413 beyond them; the client splits batches.
MAX_EVENTS_PER_BATCH = 500
MAX_BODY_BYTES = 2 * 1024 * 1024          # a request body as sent (gzip or not)
MAX_INFLATED_BODY_BYTES = 8 * 1024 * 1024  # a gzip request body once inflated
MAX_PAGE_EVENTS = 500                      # server events per sync response
MAX_CURSOR_CHARS = 8192
MAX_POST_CHARS = 20000
MAX_TITLE_CHARS = 300
MAX_QUIZ_ANSWERS = 500
MAX_POSITION_SECONDS = 7 * 24 * 3600.0
MAX_REASON_CHARS = 1000
MAX_SCHEDULE_MODULES = 200

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"   # the manifest's course and item ids
SHA256_PATTERN = r"^[0-9a-f]{64}$"

CourseId = Annotated[str, Field(pattern=ID_PATTERN, description="A course or item id from a manifest.")]
ItemId = Annotated[str, Field(pattern=ID_PATTERN)]


class _Record(BaseModel):
    """Frozen records that refuse unknown fields, so a typo is an error, not a silent no-op."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# --------------------------------------------------------------------------- errors


class ErrorCode(str, Enum):
    """`error.code` of a non-2xx JSON response."""

    BAD_REQUEST = "bad-request"
    UNAUTHORIZED = "unauthorized"
    BAD_CREDENTIALS = "bad-credentials"
    FORBIDDEN = "forbidden"
    NOT_ENROLLED = "not-enrolled"
    NOT_FOUND = "not-found"
    METHOD_NOT_ALLOWED = "method-not-allowed"
    TOO_LARGE = "too-large"
    UNSUPPORTED_ENCODING = "unsupported-encoding"
    RANGE_NOT_SATISFIABLE = "range-not-satisfiable"
    INVALID = "invalid"
    RATE_LIMITED = "rate-limited"
    SERVER_ERROR = "server-error"


class ErrorDetail(_Record):
    code: ErrorCode
    message: str = Field(description="Plain words, fit to show to a learner or court IT.")
    fields: list[str] | None = Field(default=None, description="Offending fields, for 422.")


class ErrorBody(_Record):
    error: ErrorDetail


# --------------------------------------------------------------------------- auth


class TokenRequest(_Record):
    username: str = Field(min_length=1, max_length=150)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(default="", max_length=200,
                             description="Shown to the learner and court IT, e.g. 'Clerk PC 3'.")
    device_key: str | None = Field(
        default=None, min_length=44, max_length=44, pattern=r"^[A-Za-z0-9+/]{43}=$",
        description="Optional (sync files, docs/protocol.md): the base64 of this sign-in's "
                    "Ed25519 public key. The hub keeps it with the token; a sync file signed "
                    "by it stands for this sign-in. A hub that predates it refuses the field "
                    "(422): the player then signs in without it.")


class TokenResponse(_Record):
    token: str = Field(description="Send as 'Authorization: Bearer <token>'. Shown once.")
    token_type: Literal["bearer"] = "bearer"
    username: str
    device_name: str
    created_at: datetime = Field(description="Hub time.")
    sync_file_key: str | None = Field(
        default=None, description="Given when the request had a `device_key`: the hub's public "
                                  "key ('lectern-ed25519 <base64>') that signs its sync-file "
                                  "replies; the player pins it.")


class PingResponse(_Record):
    service: Literal["lectern-hub"] = "lectern-hub"
    protocol: int = PROTOCOL_VERSION
    version: str


# --------------------------------------------------------------------------- catalog


class DownloadSizes(_Record):
    full: int = Field(ge=0, description="Bytes of every file of the course.")
    low_bandwidth: int = Field(ge=0, description="Bytes without the larger video renditions.")


class CatalogEntry(_Record):
    id: CourseId
    course_family: CourseId
    version: int = Field(ge=1)
    language: str
    title: str
    summary: str
    publisher: str
    signed_by: str | None = Field(description="Key id of the publisher key that signed it.")
    sizes: DownloadSizes
    manifest_url: str
    signature_url: str | None
    published_at: datetime = Field(description="Hub time.")


class CatalogResponse(_Record):
    protocol: int = PROTOCOL_VERSION
    courses: list[CatalogEntry]


# --------------------------------------------------------------------------- client events


class ClientEventKind(str, Enum):
    PROGRESS = "progress"
    COMPLETED = "completed"
    QUIZ_ATTEMPT = "quiz_attempt"
    THREAD = "thread"
    POST = "post"
    REPORT = "report"


class Role(str, Enum):
    """A user's role in a course family (hub/roles). An instructor moderates too."""

    LEARNER = "learner"
    INSTRUCTOR = "instructor"
    MODERATOR = "moderator"


class ForumTarget(str, Enum):
    """What a report, a moderation or a forum mark is about."""

    THREAD = "thread"
    POST = "post"


class _ClientEvent(_Record):
    id: UUID = Field(description="Chosen on the device; the idempotency key.")
    course_id: CourseId = Field(description="The course (language version) the device studies.")
    device_seq: int = Field(ge=0, le=2**62,
                            description="The device's own counter, growing with every event.")
    device_time: datetime | None = Field(default=None,
                                         description="The PC clock; for display only, never for ordering.")
    made_at: datetime | None = Field(
        default=None,
        description="Version 2: the device's estimate of hub time when the event was made "
                    "(docs/protocol.md, 'Hub time'). The hub clamps it to [the device's last "
                    "anchor as the hub issued it, the receipt time]; absent means the receipt time.")
    anchor: datetime | None = Field(
        default=None,
        description="Version 2: the `server_time` of the sync answer the estimate counts from. "
                    "Informative: the hub trusts only the anchor it recorded for the device.")


class ProgressEvent(_ClientEvent):
    kind: Literal["progress"] = "progress"
    item_id: ItemId
    fraction: float = Field(ge=0.0, le=1.0, allow_inf_nan=False,
                            description="Share of the item seen or read, 0 to 1.")
    position: float | None = Field(default=None, ge=0.0, le=MAX_POSITION_SECONDS,
                                   allow_inf_nan=False,
                                   description="Resume position in seconds (videos).")


class CompletedEvent(_ClientEvent):
    kind: Literal["completed"] = "completed"
    item_id: ItemId


class QuizAttemptEvent(_ClientEvent):
    kind: Literal["quiz_attempt"] = "quiz_attempt"
    item_id: ItemId
    course_version: int | None = Field(default=None, ge=1,
                                       description="Manifest version the questions came from.")
    answers: dict[Annotated[str, Field(pattern=ID_PATTERN)],
                  Annotated[list[Annotated[str, Field(pattern=ID_PATTERN)]], Field(max_length=50)]] = Field(
        max_length=MAX_QUIZ_ANSWERS, description="Question id -> chosen choice ids. The hub grades.")


def _clean_title(value: str) -> str:
    """No bidi controls or control characters in a title (sync/text_safety.py says why)."""
    cleaned = clean_name(value)
    if not cleaned:
        raise ValueError("the title is empty once control characters are removed")
    return cleaned


Title = Annotated[str, Field(min_length=1, max_length=MAX_TITLE_CHARS), AfterValidator(_clean_title)]
Body = Annotated[str, Field(min_length=1, max_length=MAX_POST_CHARS), AfterValidator(clean_body)]


class ThreadEvent(_ClientEvent):
    kind: Literal["thread"] = "thread"
    item_id: ItemId = Field(description="The forum item the thread belongs to.")
    title: Title
    body: Body
    pinned: bool | None = Field(default=None,
                                description="Version 2: a pinned discussion question, staff only "
                                            "(a learner's is refused with `forbidden`). Absent: not pinned.")


class PostEvent(_ClientEvent):
    kind: Literal["post"] = "post"
    thread_id: UUID = Field(description="The id of the thread event that opened the thread.")
    parent_id: UUID | None = Field(default=None, description="The post this one answers, if any.")
    body: Body


def _clean_reason(value: str) -> str:
    """A reason is one line of plain words (no control or bidi characters)."""
    cleaned = clean_name(value)
    if not cleaned:
        raise ValueError("the reason is empty once control characters are removed")
    return cleaned


Reason = Annotated[str, Field(min_length=1, max_length=MAX_REASON_CHARS), AfterValidator(_clean_reason)]


class ReportEvent(_ClientEvent):
    """Version 2: a learner reports a thread or post to the family's moderators (offline-first,
    through the outbox). The hub keeps it for moderators; it changes nothing else."""

    kind: Literal["report"] = "report"
    target: ForumTarget
    target_id: UUID = Field(description="The id of the thread or post reported.")
    reason: Reason


ClientEvent = Annotated[
    Union[ProgressEvent, CompletedEvent, QuizAttemptEvent, ThreadEvent, PostEvent, ReportEvent],
    Field(discriminator="kind"),
]
CLIENT_EVENT_MODELS: tuple[type[_ClientEvent], ...] = (
    ProgressEvent, CompletedEvent, QuizAttemptEvent, ThreadEvent, PostEvent, ReportEvent)
_CLIENT_EVENT = TypeAdapter(ClientEvent)


class EventEnvelope(BaseModel):
    """What the envelope checks of each event: an id to answer to and a kind. The rest of the
    event is validated by `parse_client_event`, so a bad event is rejected alone."""

    model_config = ConfigDict(extra="allow", frozen=True)
    id: UUID
    kind: str = Field(max_length=40)

    def raw(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class EventInvalid(ValueError):
    """One client event does not match the schema; `message` names the fields."""

    def __init__(self, message: str, fields: list[str]) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields


def describe_errors(errors: Sequence[Mapping[str, Any]], skip_prefix: int = 0) -> tuple[str, list[str]]:
    """Turn validation errors (pydantic's `errors()` shape) into one readable sentence and
    the list of offending fields, e.g. "'fraction': input should be less than or equal to 1."."""
    parts: list[str] = []
    fields: list[str] = []
    kinds = {k.value for k in ClientEventKind}
    for err in list(errors)[:5]:
        loc = [str(p) for p in err.get("loc", ())][skip_prefix:]
        if loc and loc[0] in kinds:  # pydantic puts the discriminator value in the location
            loc = loc[1:]
        where = ".".join(loc) or "body"
        kind = err.get("type")
        msg = str(err.get("msg", "is invalid"))
        if kind == "json_invalid":
            detail = (err.get("ctx") or {}).get("error", "")
            fields.append("body")
            parts.append(f"the body is not valid JSON ({detail})" if detail else "the body is not valid JSON")
            continue
        fields.append(where)
        if kind == "missing":
            parts.append(f"'{where}' is required")
        elif kind == "extra_forbidden":
            parts.append(f"'{where}' is not a known field")
        else:
            parts.append(f"'{where}': {msg[:1].lower() + msg[1:]}")
    if len(errors) > 5:
        parts.append(f"and {len(errors) - 5} more problems")
    text = "; ".join(parts) or "the request is invalid"
    return text[:1].upper() + text[1:] + ".", fields


def describe_validation_error(exc: ValidationError, skip_prefix: int = 0) -> tuple[str, list[str]]:
    return describe_errors(exc.errors(include_url=False), skip_prefix)


def parse_client_event(raw: dict[str, Any]) -> ClientEvent:
    """Validate one client event; raises EventInvalid with a readable message."""
    kind = raw.get("kind")
    if kind not in {k.value for k in ClientEventKind}:
        known = ", ".join(k.value for k in ClientEventKind)
        raise EventInvalid(f"Unknown event kind {str(kind)[:40]!r} (expected one of: {known}).", ["kind"])
    try:
        return _CLIENT_EVENT.validate_python(raw)
    except ValidationError as exc:
        message, fields = describe_validation_error(exc)
        raise EventInvalid(message, fields) from None


# --------------------------------------------------------------------------- sync exchange


class SyncRequest(_Record):
    protocol: int = Field(default=1, ge=1, le=PROTOCOL_VERSION,
                          description="The version the client speaks. Send 2 only to a hub that "
                                      "answered `protocol` >= 2 (a version 1 hub refuses it).")
    device_id: UUID = Field(description="One per installed learner store; a fresh store picks a new one.")
    cursor: str | None = Field(default=None, max_length=MAX_CURSOR_CHARS, pattern=r"^[A-Za-z0-9_.=-]*$",
                               description="Opaque; the `cursor` of the previous response, or null.")
    events: list[EventEnvelope] = Field(default_factory=list,
                                        description="Client events, oldest first (see the event schemas).")
    limit: int | None = Field(default=None, ge=1, le=MAX_PAGE_EVENTS,
                              description="Most server events wanted in this response.")


class RejectCode(str, Enum):
    """Why one client event was refused. The player shows it to the learner."""

    INVALID = "invalid"                    # does not match the schema
    UNKNOWN_COURSE = "unknown-course"
    NOT_ENROLLED = "not-enrolled"
    UNKNOWN_ITEM = "unknown-item"
    WRONG_ITEM_KIND = "wrong-item-kind"    # e.g. a quiz attempt on a video
    NOT_PASSED = "not-passed"              # a quiz marked completed without a passing attempt
    TOO_MANY_ATTEMPTS = "too-many-attempts"
    UNKNOWN_THREAD = "unknown-thread"
    UNKNOWN_PARENT = "unknown-parent"
    DUPLICATE_ID = "duplicate-id"          # the UUID was already used by someone else
    # Version 2 (a version 1 request gets `invalid` instead, with the same message):
    MODULE_LOCKED = "module-locked"        # progress on an item of a module not open yet (hub time)
    FORBIDDEN = "forbidden"                # a staff action (e.g. a pinned thread) by a learner
    UNKNOWN_TARGET = "unknown-target"      # a report of a thread or post the hub does not have


#: Rejection codes a version 1 player knows (it refuses an answer with any other).
LEGACY_REJECT_CODES = frozenset({
    RejectCode.INVALID, RejectCode.UNKNOWN_COURSE, RejectCode.NOT_ENROLLED, RejectCode.UNKNOWN_ITEM,
    RejectCode.WRONG_ITEM_KIND, RejectCode.NOT_PASSED, RejectCode.TOO_MANY_ATTEMPTS,
    RejectCode.UNKNOWN_THREAD, RejectCode.UNKNOWN_PARENT, RejectCode.DUPLICATE_ID})


def legacy_reject_code(code: RejectCode, protocol: int) -> RejectCode:
    """The code to send a client speaking `protocol`: version 1 knows only the first ten."""
    if protocol >= 2 or code in LEGACY_REJECT_CODES:
        return code
    return RejectCode.INVALID


class Rejection(_Record):
    id: UUID
    code: RejectCode
    message: str
    fields: list[str] | None = None


class ProgressState(_Record):
    """The hub's merged progress for one item of a course family (all its languages).

    Apply a state only if its `revision` is greater than the one you hold."""

    course_family: CourseId
    item_id: ItemId
    fraction: float
    completed: bool
    completed_at: datetime | None = Field(description="Hub time of the first completion.")
    position: float | None
    position_device: UUID | None = Field(description="The device whose position won.")
    revision: int = Field(ge=0)


class QuizResult(_Record):
    score: float = Field(description="Share of questions answered right, graded by the hub.")
    passed: bool
    attempt: int = Field(ge=1, description="This attempt's number for the learner.")


class Ack(_Record):
    id: UUID
    replayed: bool = Field(default=False, description="The event had been received before.")
    server_id: int | None = Field(default=None, description="Hub id of a created thread or post.")
    progress: ProgressState | None = None
    quiz: QuizResult | None = None


class ServerEventKind(str, Enum):
    PROGRESS = "progress"
    THREAD = "thread"
    POST = "post"
    CERTIFICATE = "certificate"
    COURSE_UPDATE = "course_update"
    CREDENTIAL = "credential"
    STATUS_LIST = "status_list"
    # Version 2 (older players skip these kinds):
    RUN = "run"
    ROLE = "role"
    FORUM_META = "forum_meta"
    MODERATION = "moderation"
    ANNOUNCEMENT = "announcement"


class ThreadRecord(_Record):
    id: UUID
    server_id: int
    course_family: CourseId
    course_id: CourseId
    item_id: ItemId
    author: str
    title: str
    body: str
    created_at: datetime = Field(description="Hub time.")
    device_time: datetime | None


class PostRecord(_Record):
    id: UUID
    server_id: int
    course_family: CourseId
    thread_id: UUID
    parent_id: UUID | None
    author: str
    body: str
    created_at: datetime = Field(description="Hub time.")
    device_time: datetime | None


class CertificateRecord(_Record):
    certificate_id: int
    course_family: CourseId
    course_id: CourseId
    version: int
    username: str
    issued_at: datetime = Field(description="Hub time.")


class CredentialRecord(_Record):
    """A certificate's signed Open Badges 3.0 credential (docs/certificates.md).

    Its own event kind, not a field of `certificate`: a Lectern that predates credentials
    skips kinds it does not know, but would refuse a `certificate` with a field it does not
    know. The hub signs after the sync that earned the certificate has committed, so the
    credential usually arrives with the next pull, after its `certificate` event."""

    certificate_id: int = Field(description="The `certificate_id` of the certificate event.")
    course_family: CourseId
    course_id: CourseId
    version: int
    username: str
    issued_at: datetime = Field(description="Hub time the certificate was earned or granted.")
    credential_id: str = Field(description="The credential's `id` (urn:uuid:...).")
    credential: dict[str, Any] = Field(description="The signed OpenBadgeCredential, as issued.")


class StatusListRecord(_Record):
    """The hub's signed revocation list (W3C BitstringStatusListCredential).

    Sent to every learner holding one of the hub's credentials when it changes (a revocation)
    and with each new credential; only the newest matters. Also served without sign-in at
    `STATUS_LIST_PATH` for verifiers that are online."""

    url: str = Field(description="The list's id: the `statusListCredential` credentials name.")
    issuer: str = Field(description="The hub's issuer did:key that signed it.")
    updated_at: datetime = Field(description="Hub time of the change it records.")
    credential: dict[str, Any] = Field(description="The signed BitstringStatusListCredential.")
    reasons: dict[int, str] = Field(default_factory=dict,
                                    description="Status index -> why the hub revoked it, for this "
                                                "learner's own revoked certificates only.")


class CourseUpdateRecord(_Record):
    course_id: CourseId
    course_family: CourseId
    version: int
    language: str
    title: str


class ScheduleKind(str, Enum):
    """How a run opens its modules (sync/schedule.py applies it)."""

    SELF_PACED = "self_paced"   # everything open, always
    WEEKLY = "weekly"           # module n (1-based, manifest order) opens at starts + 7*(n-1) days
    EXPLICIT = "explicit"       # `opens` gives each module's time; a module it omits opens at `starts`


class RunRecord(_Record):
    """The learner's run of a course family and its schedule. The newest `run` event of a family
    is the learner's run (re-sent when the schedule changes or the learner moves run)."""

    run_id: int = Field(ge=1)
    course_family: CourseId
    title: str
    schedule: ScheduleKind
    starts: datetime = Field(description="Hub time.")
    ends: datetime | None = Field(description="Hub time; completions made (`made_at`) after it do "
                                              "not count for the run's certificate.")
    opens: dict[Annotated[str, Field(pattern=ID_PATTERN)], datetime] = Field(
        default_factory=dict, max_length=MAX_SCHEDULE_MODULES,
        description="Module id -> opening time (hub time), for an explicit schedule.")
    updated_at: datetime = Field(description="Hub time of the last change of the run.")


class RoleRecord(_Record):
    """The user's own role in a family, sent when it changes (absent: learner)."""

    course_family: CourseId
    role: Role


class ForumMetaRecord(_Record):
    """Marks on a thread or post: its author's role and whether it is pinned. Sent after the
    thread or post it marks, and again when staff pin or unpin; the newest one wins."""

    target: ForumTarget
    id: UUID
    course_family: CourseId
    author_role: Role
    pinned: bool = False


class ModerationRecord(_Record):
    """A thread or post hidden or restored by a moderator. Hidden content leaves every
    learner's screen; its author sees "hidden by a moderator: <reason>". The newest one wins."""

    target: ForumTarget
    id: UUID
    course_family: CourseId
    hidden: bool
    reason: str
    at: datetime = Field(description="Hub time of the moderator's action.")


class AnnouncementRecord(_Record):
    id: UUID
    run_id: int
    course_family: CourseId
    title: str
    body: str
    author: str
    author_role: Role
    created_at: datetime = Field(description="Hub time.")


class _ServerEvent(_Record):
    seq: int = Field(description="Position in the hub's feed; informative, use `cursor` to page.")


class ProgressServerEvent(_ServerEvent):
    kind: Literal["progress"] = "progress"
    progress: ProgressState


class ThreadServerEvent(_ServerEvent):
    kind: Literal["thread"] = "thread"
    thread: ThreadRecord


class PostServerEvent(_ServerEvent):
    kind: Literal["post"] = "post"
    post: PostRecord


class CertificateServerEvent(_ServerEvent):
    kind: Literal["certificate"] = "certificate"
    certificate: CertificateRecord


class CourseUpdateServerEvent(_ServerEvent):
    kind: Literal["course_update"] = "course_update"
    course: CourseUpdateRecord


class CredentialServerEvent(_ServerEvent):
    kind: Literal["credential"] = "credential"
    credential: CredentialRecord


class StatusListServerEvent(_ServerEvent):
    kind: Literal["status_list"] = "status_list"
    status_list: StatusListRecord


class RunServerEvent(_ServerEvent):
    kind: Literal["run"] = "run"
    run: RunRecord


class RoleServerEvent(_ServerEvent):
    kind: Literal["role"] = "role"
    role: RoleRecord


class ForumMetaServerEvent(_ServerEvent):
    kind: Literal["forum_meta"] = "forum_meta"
    forum_meta: ForumMetaRecord


class ModerationServerEvent(_ServerEvent):
    kind: Literal["moderation"] = "moderation"
    moderation: ModerationRecord


class AnnouncementServerEvent(_ServerEvent):
    kind: Literal["announcement"] = "announcement"
    announcement: AnnouncementRecord


ServerEvent = Annotated[
    Union[ProgressServerEvent, ThreadServerEvent, PostServerEvent, CertificateServerEvent,
          CourseUpdateServerEvent, CredentialServerEvent, StatusListServerEvent,
          RunServerEvent, RoleServerEvent, ForumMetaServerEvent, ModerationServerEvent,
          AnnouncementServerEvent],
    Field(discriminator="kind"),
]
SERVER_EVENT = TypeAdapter(ServerEvent)


class SyncResponse(_Record):
    protocol: int = PROTOCOL_VERSION
    acked: list[Ack]
    rejected: list[Rejection]
    events: list[ServerEvent]
    cursor: str = Field(description="Send it back as `cursor` next time.")
    more: bool = Field(description="More server events are waiting: sync again at once.")
    server_time: datetime = Field(description="Hub time when the answer was made: the anchor of the "
                                              "player's hub clock (docs/protocol.md, 'Hub time').")


# --------------------------------------------------------------------------- staff (version 2)


class ModerationRequest(_Record):
    """`POST /api/v1/moderation/{thread|post}/{id}/{hide|restore}`: staff only."""

    reason: Reason


class PinRequest(_Record):
    """`POST /api/v1/forum/threads/{id}/pin`: staff only."""

    pinned: bool = True


class AnnouncementRequest(_Record):
    """`POST /api/v1/runs/{run_id}/announcements`: an instructor of the run's family."""

    title: Title
    body: Body


class ReportRecord(_Record):
    """A learner's report, as moderators list it (`GET /api/v1/moderation/reports`)."""

    id: UUID
    course_family: CourseId
    target: ForumTarget
    target_id: UUID
    reporter: str
    reason: str
    created_at: datetime = Field(description="Hub time.")


class ReportsResponse(_Record):
    reports: list[ReportRecord]


class RunsResponse(_Record):
    """`GET /api/v1/runs/{family}`: the family's runs (staff of the family)."""

    runs: list[RunRecord]


# --------------------------------------------------------------------------- cursor


class CursorInvalid(ValueError):
    """A cursor that this hub did not make."""


def encode_cursor(personal: int, families: dict[str, int]) -> str:
    """The hub's cursor: feed positions for the learner's own rows and for each course family.

    One position per family lets a learner enrolled later receive that family's history."""
    doc = {"p": personal, "f": dict(sorted(families.items()))}
    raw = json.dumps(doc, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[int, dict[str, int]]:
    if not cursor:
        return 0, {}
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        doc = json.loads(raw)
    except (binascii.Error, ValueError):
        raise CursorInvalid("The cursor is not one this hub made; sync again without a cursor.") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("p"), int) or not isinstance(doc.get("f"), dict):
        raise CursorInvalid("The cursor is not one this hub made; sync again without a cursor.")
    families: dict[str, int] = {}
    for fam, pos in doc["f"].items():
        if not isinstance(fam, str) or not isinstance(pos, int) or isinstance(pos, bool) or pos < 0:
            raise CursorInvalid("The cursor is damaged; sync again without a cursor.")
        families[fam] = pos
    if doc["p"] < 0:
        raise CursorInvalid("The cursor is damaged; sync again without a cursor.")
    return doc["p"], families


def event_json_schemas(ref_template: str = "#/components/schemas/{model}",
                       extra: tuple[type[BaseModel], ...] = ()) -> dict[str, Any]:
    """JSON schemas of every client event model (and of `extra` models), for the OpenAPI
    document."""
    out: dict[str, Any] = {}
    for model in (*CLIENT_EVENT_MODELS, *extra):
        schema = model.model_json_schema(ref_template=ref_template)
        out.update(schema.pop("$defs", {}))
        out[model.__name__] = schema
    return out
