"""`POST /api/v1/sync`: apply a device's events (push), then page the feed (pull).

All pushed events of one request are applied in one write transaction, in the order sent.
Each event is checked on its own and either acked or rejected with a code and a message;
an event id seen before is acked again with the stored answer and changes nothing.

Progress is the bulk of the traffic (a position every few seconds of video), so a batch's
progress is merged in memory and written once per item at the end of the batch: one feed
row and one row update per item, however many positions the batch carried. The pushes of
concurrent requests share transactions (hub.group_commit); the statements here are
compiled once and run on the driver's cursor (hub.prepared); acks and progress states are
written as JSON directly.

The write lock is what every push waits for, so as little as possible happens under it
(issue #19): what the courses, enrolments, runs and roles say is read before it (`_Setup`:
an administrator's change that lands in between is simply ordered after this push), the
learner's own earlier state (events seen, progress, the device's anchor, certificates) is
read under it in one go, and the writes travel together (db.pipeline: on PostgreSQL about
four round trips per push instead of thirty; one multi-row INSERT for the feed).
"""
from __future__ import annotations

import base64
import binascii
import functools
import json
import logging
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import TypeAdapter
from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from sync.manifest import ForumItem, Item, QuizItem
from sync.protocol import (
    PROTOCOL_VERSION,
    Ack,
    ClientEvent,
    CompletedEvent,
    CursorInvalid,
    EventEnvelope,
    EventInvalid,
    PostEvent,
    ProgressEvent,
    ProgressState,
    QuizAttemptEvent,
    QuizResult,
    RejectCode,
    Rejection,
    ReportEvent,
    SyncRequest,
    SyncResponse,
    ThreadEvent,
    decode_cursor,
    encode_cursor,
    legacy_reject_code,
    parse_client_event,
)
from sync.schedule import SELF_PACED, Schedule, opening_time

from . import certificates, db, feed, runs
from .auth import Principal
from .context import Hub
from .courses import CourseIndex, CourseRow, enrolled_families, latest_versions
from .errors import HubError, HubErrorKind
from .merge import ProgressRecord, ProgressUpdate, grade_quiz, merge_progress
from .prepared import Prepared, binds
from .shared_feed import SharedFeed, event_json

log = logging.getLogger(__name__)

_REJECTIONS = TypeAdapter(list[Rejection])

_P, _PD, _CE, _F = db.progress, db.progress_devices, db.client_events, db.feed


_SEEN_CHUNK = 100


@functools.lru_cache(maxsize=_SEEN_CHUNK)
def _seen(count: int) -> Prepared:
    """Events already received, among `count` ids (one compiled statement per count)."""
    return Prepared(select(_CE.c.event_id, _CE.c.user_id, _CE.c.ack).where(
        _CE.c.event_id.in_([bindparam(f"id{i}") for i in range(count)])))


_PROGRESS_ROWS = Prepared(select(
    _P.c.item_id, _P.c.fraction, _P.c.completed, _P.c.completed_at, _P.c.position, _P.c.position_device,
    _P.c.revision, _P.c.feed_seq, _P.c.completed_made_at).where(
    _P.c.user_id == bindparam("u"), _P.c.course_family == bindparam("fam")))
_DEVICE_ROWS = Prepared(select(_PD.c.item_id, _PD.c.max_seq).where(
    _PD.c.user_id == bindparam("u"), _PD.c.device_id == bindparam("d"), _PD.c.course_family == bindparam("fam")))
_PROGRESS_COLUMNS = ("fraction", "completed", "completed_at", "position", "position_device", "revision",
                     "feed_seq", "updated_at", "completed_made_at")
_PROGRESS_UPDATE = Prepared(update(_P).where(
    _P.c.user_id == bindparam("k_user"), _P.c.course_family == bindparam("k_family"),
    _P.c.item_id == bindparam("k_item")).values(binds(*_PROGRESS_COLUMNS)))
_PROGRESS_INSERT = Prepared(_P.insert().values(
    binds("user_id", "course_family", "item_id", *_PROGRESS_COLUMNS)))
_DEVICE_UPDATE = Prepared(update(_PD).where(
    _PD.c.user_id == bindparam("k_user"), _PD.c.course_family == bindparam("k_family"),
    _PD.c.item_id == bindparam("k_item"), _PD.c.device_id == bindparam("k_device")).values(
    max_seq=bindparam("max_seq")))
_DEVICE_INSERT = Prepared(_PD.insert().values(
    binds("user_id", "course_family", "item_id", "device_id", "max_seq")))
_EVENT_COLUMNS = ("event_id", "user_id", "device_id", "kind", "course_family", "device_seq", "device_time", "ack",
                  "received_at")


@functools.lru_cache(maxsize=_SEEN_CHUNK)
def _event_rows(count: int) -> Prepared:
    """`count` received events in one INSERT (one statement, not one per event)."""
    return Prepared(_CE.insert().values([{c: bindparam(f"{c}_{i}") for c in _EVENT_COLUMNS}
                                         for i in range(count)]))


def _insert_events(conn: Connection, records: list[dict[str, Any]]) -> None:
    for start in range(0, len(records), _SEEN_CHUNK):
        chunk = records[start:start + _SEEN_CHUNK]
        _event_rows(len(chunk)).run(conn, {f"{c}_{i}": record[c] for i, record in enumerate(chunk)
                                           for c in _EVENT_COLUMNS})


_FEED_DELETE = Prepared(delete(_F).where(_F.c.seq == bindparam("seq")))
_FEED_COLS = (_F.c.seq, _F.c.kind, _F.c.payload)
# A learner's own rows: every one of them was caused by that learner (or by nobody), so the
# device alone tells which ones this device caused. Shared rows need the learner too (SharedFeed).
_NOT_MINE = or_(_F.c.origin_device.is_(None), _F.c.origin_device != bindparam("d"))
_PULL_PERSONAL = Prepared(select(*_FEED_COLS).where(
    _F.c.audience_user_id == bindparam("u"), _F.c.seq > bindparam("pos"), _NOT_MINE
).order_by(_F.c.seq).limit(bindparam("lim")))
_PERSONAL_TOP = Prepared(select(func.max(_F.c.seq)).where(_F.c.audience_user_id == bindparam("u")))
_THREAD_BY_UUID = Prepared(select(db.threads.c.id, db.threads.c.course_family, db.threads.c.item_id).where(
    db.threads.c.uuid == bindparam("uuid")))
_POST_BY_UUID = Prepared(select(db.posts.c.id, db.posts.c.thread_id).where(db.posts.c.uuid == bindparam("uuid")))
_THREAD_INSERT = Prepared(db.threads.insert().values(binds(
    "uuid", "course_family", "course_id", "item_id", "author_id", "title", "body", "device_time", "created_at",
    "made_at", "author_role", "pinned")
).returning(db.threads.c.id))
_POST_INSERT = Prepared(db.posts.insert().values(binds(
    "uuid", "thread_id", "parent_id", "author_id", "body", "device_time", "created_at", "made_at", "author_role")
).returning(db.posts.c.id))
_FEED_ROW_COLUMNS = ("course_family", "audience_user_id", "origin_device", "origin_user_id", "kind", "payload",
                     "created_at")
_FEED_CHUNK = 50


@functools.lru_cache(maxsize=_FEED_CHUNK)
def _feed_rows(count: int) -> Prepared:
    """`count` feed rows in one INSERT; returns each row's seq with its payload (which row is
    which does not rest on the order RETURNING happens to use)."""
    return Prepared(_F.insert().values([{c: bindparam(f"{c}_{i}") for c in _FEED_ROW_COLUMNS}
                                        for i in range(count)]).returning(_F.c.seq, _F.c.payload))


_E, _R = db.enrolments, db.runs
#: runs.learner_runs and runs.run_end in one read
_ENROLLED_RUNS = Prepared(select(
    _E.c.course_family, _R.c.id, _R.c.schedule, _R.c.starts, _R.c.ends, _R.c.opens).select_from(
    _E.outerjoin(_R, _R.c.id == _E.c.run_id)).where(_E.c.user_id == bindparam("u")))
_ANCHOR = Prepared(select(db.devices.c.anchor).where(db.devices.c.user_id == bindparam("u"),
                                                     db.devices.c.device_id == bindparam("d")))
_ROLES = Prepared(select(db.roles.c.course_family, db.roles.c.role).where(db.roles.c.user_id == bindparam("u")))
_HAS_CERTIFICATE = Prepared(select(db.certificates.c.id).where(
    db.certificates.c.user_id == bindparam("u"), db.certificates.c.course_family == bindparam("fam")))
_COMPLETED = Prepared(select(_P.c.item_id, _P.c.completed_at).where(
    _P.c.user_id == bindparam("u"), _P.c.course_family == bindparam("fam"), _P.c.completed.is_(True)))


class _Reject(Exception):
    def __init__(self, code: RejectCode, message: str, fields: list[str] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fields = fields


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class SyncResult:
    """A sync answer whose pulled events stay the JSON the hub stored (no re-parsing)."""

    acked: list[str]          # each the JSON of an `Ack`
    rejected: list[Rejection]
    events_json: list[str]
    cursor: str
    more: bool
    server_time: str

    def to_json(self) -> bytes:
        """Bytes of a `SyncResponse` (sync.protocol), built without a parse-serialize round trip."""
        parts = [b'{"protocol":%d,"acked":[' % PROTOCOL_VERSION, ",".join(self.acked).encode(), b'],"rejected":',
                 _REJECTIONS.dump_json(self.rejected), b',"events":[',
                 ",".join(self.events_json).encode(), b'],"cursor":', json.dumps(self.cursor).encode(),
                 b',"more":', b"true" if self.more else b"false", b',"server_time":',
                 json.dumps(self.server_time).encode(), b"}"]
        return b"".join(parts)

    def to_model(self) -> SyncResponse:
        return SyncResponse.model_validate_json(self.to_json())


def sync(hub: Hub, who: Principal, request: SyncRequest) -> SyncResult:
    max_events, page_limit = hub.settings.max_events, hub.settings.page_events
    if len(request.events) > max_events:
        raise HubError(HubErrorKind.TOO_LARGE,
                       f"{len(request.events)} events in one request; send at most {max_events} "
                       "per request.")
    try:
        personal_pos, family_pos = decode_cursor(request.cursor)
    except CursorInvalid as exc:
        raise HubError(HubErrorKind.INVALID, str(exc), fields=["cursor"]) from None
    instance = hub_instance(hub)
    if request.cursor and cursor_instance(request.cursor) != instance:
        raise HubError(HubErrorKind.INVALID, RESTORED, fields=["cursor"])
    device_id = str(request.device_id)
    acked: list[str] = []
    rejected: list[Rejection] = []
    limit = min(request.limit or page_limit, page_limit)

    def pull(conn: Connection, families: list[str]) -> tuple[list[str], str, bool]:
        return pull_feed(conn, hub.shared_feed, user_id=who.user_id, device_id=device_id, families=families,
                         personal_pos=personal_pos, family_pos=family_pos, limit=limit, instance=instance)

    families: list[str] | None = None
    if request.events:
        # Reading the events is pure CPU: done here, so the single writer only applies them.
        parsed = [_parse(env) for env in request.events]
        with hub.database.read() as conn:
            setup = _Setup.read(conn, hub.index, who.user_id, parsed)

        def apply(conn: Connection) -> tuple[list[str], list[Rejection], list[str], list[int]]:
            push = _Push(conn, hub.index, who, device_id, setup, protocol=request.protocol)
            pushed_acks, pushed_rejections = push.run(parsed)
            return pushed_acks, pushed_rejections, sorted(push.families), push.certified

        try:
            acked, rejected, families, certified = hub.writer.run(apply, learners=[who.user_id])
        except (IntegrityError, hub.database.engine.dialect.loaded_dbapi.IntegrityError):
            # Another learner's push carried one of these ids and committed first (pushes of
            # different learners run side by side: hub.write_locks). It has committed by now:
            # applied again, the push sees those ids as used and refuses them (DUPLICATE_ID).
            log.warning("a push of %s met event ids saved at the same moment; applying it again", who.username)
            acked, rejected, families, certified = hub.writer.run(apply, learners=[who.user_id])
        if certified:
            # Signed here, after the commit and outside the writer every sync waits for; the
            # credential then comes with this very pull. A failure leaves it to the hub's
            # pending signer (hub.certificates.PendingSigner): the push itself stands.
            try:
                hub.sign_pending(certified)
            except Exception:  # noqa: BLE001 - logged; signed later
                log.exception("signing certificates %s failed; they will be signed later", certified)
    # The pull reads a snapshot outside the write lock, so other writers need not wait for it.
    with hub.database.snapshot() as conn:
        events, cursor, more = pull(conn, families if families is not None else enrolled_families(conn, who.user_id))
    return SyncResult(acked=acked, rejected=rejected, events_json=events, cursor=cursor, more=more,
                      server_time=db.hub_now())


def _parse(env: EventEnvelope) -> tuple[EventEnvelope, ClientEvent | EventInvalid]:
    try:
        return env, parse_client_event(env.raw())
    except EventInvalid as exc:
        return env, exc


# --------------------------------------------------------------------------- progress book


@dataclass
class _Entry:
    record: ProgressRecord
    original: ProgressRecord
    exists: bool
    feed_seq: int | None
    device_seq: int | None
    device_seq_original: int | None
    course_id: str = ""
    completed_made_at: str | None = None   # when the completion was made (hub time, clamped)


class _ProgressBook:
    """The learner's progress for the families a batch touches, merged in memory."""

    def __init__(self, user_id: int, device_id: str) -> None:
        self.user_id = user_id
        self.device_id = device_id
        self.entries: dict[tuple[str, str], _Entry] = {}
        self._device: dict[tuple[str, str], int] = {}

    @staticmethod
    def queries(user_id: int, device_id: str, families: list[str]) -> list[tuple[Prepared, dict[str, Any]]]:
        """The reads `load` takes, two per family (run with the push's other reads)."""
        out: list[tuple[Prepared, dict[str, Any]]] = []
        for fam in families:
            out.append((_PROGRESS_ROWS, {"u": user_id, "fam": fam}))
            out.append((_DEVICE_ROWS, {"u": user_id, "d": device_id, "fam": fam}))
        return out

    def load(self, families: list[str], results: list[list[tuple[Any, ...]]]) -> None:
        """The learner's progress and this device's sequence numbers, from `queries`' rows."""
        for i, fam in enumerate(families):
            for item, frac, done, done_at, pos, pos_dev, rev, fseq, made in results[2 * i]:
                rec = ProgressRecord(fraction=frac, completed=bool(done), completed_at=done_at, position=pos,
                                     position_device=pos_dev, revision=rev)
                self.entries[(fam, item)] = _Entry(rec, rec, True, fseq, None, None,
                                                   completed_made_at=made or (done_at if done else None))
            for item, max_seq in results[2 * i + 1]:
                self._device[(fam, item)] = max_seq

    def get(self, family: str, item_id: str) -> _Entry:
        key = (family, item_id)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = _Entry(ProgressRecord(), ProgressRecord(), False, None, None, None)
        if entry.device_seq is None and key in self._device:
            entry.device_seq = entry.device_seq_original = self._device.pop(key)
        return entry

    def merge(self, family: str, item_id: str, upd: ProgressUpdate, now: str, course_id: str,
              made_at: str | None = None) -> str:
        """Fold one update in; returns the item's state as the JSON of a `ProgressState`.
        The first completion keeps when it was made (`made_at`), for a run's end."""
        entry = self.get(family, item_id)
        result = merge_progress(entry.record, upd, entry.device_seq, now)
        if result.record.completed and not entry.record.completed:
            entry.completed_made_at = made_at or now
        entry.record = result.record
        entry.device_seq = result.device_max_seq
        entry.course_id = course_id
        return state_json(family, item_id, entry.record)

    def flush(self, conn: Connection, now: str) -> list[tuple[str, str]]:
        """Write what changed; returns (family, course id) of items that became complete."""
        stale_feed: list[int] = []
        updates: list[dict[str, Any]] = []
        inserts: list[dict[str, Any]] = []
        dev_updates: list[dict[str, Any]] = []
        dev_inserts: list[dict[str, Any]] = []
        completed: list[tuple[str, str]] = []
        changed: list[tuple[str, str, _Entry]] = []
        for (family, item_id), e in self.entries.items():
            if e.device_seq is not None and e.device_seq != e.device_seq_original:
                if e.device_seq_original is None:
                    dev_inserts.append({"user_id": self.user_id, "course_family": family, "item_id": item_id,
                                        "device_id": self.device_id, "max_seq": e.device_seq})
                else:
                    dev_updates.append({"k_user": self.user_id, "k_family": family, "k_item": item_id,
                                        "k_device": self.device_id, "max_seq": e.device_seq})
            if e.record == e.original:
                continue
            if e.feed_seq is not None:
                stale_feed.append(e.feed_seq)
            changed.append((family, item_id, e))
        if not changed:
            self._write_devices(conn, dev_updates, dev_inserts)
            return completed
        # One feed row per changed item, carrying its latest state; the stale rows go in the
        # same round trip (a statement whose rows nobody fetches waits in the pipeline).
        _FEED_DELETE.run_many(conn, ({"seq": seq} for seq in stale_feed))
        seqs = self._append_feed(conn, [(family, state_json(family, item_id, e.record)) for family, item_id, e
                                        in changed], now)
        for (family, item_id, e), seq in zip(changed, seqs):
            e.feed_seq = seq
            rec = e.record
            values = {"fraction": rec.fraction, "completed": rec.completed, "completed_at": rec.completed_at,
                      "position": rec.position, "position_device": rec.position_device,
                      "revision": rec.revision, "feed_seq": seq, "updated_at": now,
                      "completed_made_at": e.completed_made_at if rec.completed else None}
            if e.exists:
                updates.append({"k_user": self.user_id, "k_family": family, "k_item": item_id, **values})
            else:
                inserts.append({"user_id": self.user_id, "course_family": family, "item_id": item_id, **values})
                e.exists = True
            if rec.completed and not e.original.completed:
                completed.append((family, e.course_id))
            e.original = rec
        _PROGRESS_UPDATE.run_many(conn, updates)
        _PROGRESS_INSERT.run_many(conn, inserts)
        self._write_devices(conn, dev_updates, dev_inserts)
        return completed

    def _append_feed(self, conn: Connection, rows: list[tuple[str, str]], now: str) -> list[int]:
        """Progress feed rows (family, payload JSON), in this order, in as few INSERTs as
        `_FEED_CHUNK` allows; their seqs, in the same order."""
        seqs: list[int] = []
        for start in range(0, len(rows), _FEED_CHUNK):
            chunk = rows[start:start + _FEED_CHUNK]
            params: dict[str, Any] = {}
            for i, (family, payload) in enumerate(chunk):
                params.update({f"course_family_{i}": family, f"audience_user_id_{i}": self.user_id,
                               f"origin_device_{i}": self.device_id, f"origin_user_id_{i}": self.user_id,
                               f"kind_{i}": "progress", f"payload_{i}": payload, f"created_at_{i}": now})
            by_payload = {payload: int(seq) for seq, payload in _feed_rows(len(chunk)).rows(conn, params)}
            seqs.extend(by_payload[payload] for _family, payload in chunk)
        return seqs

    def _write_devices(self, conn: Connection, updates: list[dict[str, Any]], inserts: list[dict[str, Any]]) -> None:
        _DEVICE_UPDATE.run_many(conn, updates)
        _DEVICE_INSERT.run_many(conn, inserts)
        for e in self.entries.values():
            e.device_seq_original = e.device_seq


def state_json(family: str, item_id: str, rec: ProgressRecord) -> str:
    """The JSON of a `ProgressState`, written directly: this runs for every event pushed,
    and building and validating the model cost more than the rest of the event's work.
    Times go out as pydantic writes them (UTC as "Z")."""
    at = rec.completed_at
    if at is not None and at.endswith("+00:00"):
        at = at[:-6] + "Z"
    return json.dumps({"course_family": family, "item_id": item_id, "fraction": rec.fraction,
                       "completed": rec.completed, "completed_at": at, "position": rec.position,
                       "position_device": rec.position_device, "revision": rec.revision},
                      separators=(",", ":"))


def _progress_ack(event_id: UUID, state: str) -> str:
    return f'{{"id":"{event_id}","replayed":false,"server_id":null,"progress":{state},"quiz":null}}'


# --------------------------------------------------------------------------- push


@dataclass
class _Setup:
    """What a push needs to know that the learner's pushes do not change: the courses the
    events name, the learner's enrolments with their runs, their roles. Read before the write
    lock, so that the pushes queued on it do not wait for these reads too."""

    rows: list[CourseRow]
    family_rows: list[CourseRow]
    #: each enrolled family -> the schedule of the learner's run (None: all open)
    runs: dict[str, Schedule | None]
    #: each enrolled family -> when the learner's run ends (None: no end)
    ends: dict[str, datetime | None]
    #: family -> the learner's role there, for families where it is not "learner"
    roles: dict[str, str]
    #: family -> its items (every language and version), for the enrolled families in play
    items: dict[str, dict[str, Item]]

    @classmethod
    def read(cls, conn: Connection, index: CourseIndex, user_id: int,
             parsed: list[tuple[EventEnvelope, ClientEvent | EventInvalid]]) -> "_Setup":
        envelopes = [env for env, _ in parsed]
        course_ids = sorted({c for e in envelopes if isinstance(c := (e.model_extra or {}).get("course_id"), str)})
        rows = index.rows(conn, course_ids=course_ids) if course_ids else []
        learner_runs: dict[str, Schedule | None] = {}
        ends: dict[str, datetime | None] = {}
        # runs.learner_runs and runs.run_end, from one read
        for family, run_id, kind, starts, run_ends, opens in _ENROLLED_RUNS.rows(conn, {"u": user_id}):
            learner_runs[family] = None if run_id is None or kind == SELF_PACED \
                else runs.schedule_of(kind, starts, run_ends, opens)
            ends[family] = db.parse_time(run_ends)
        family_names = sorted({r.course_family for r in rows})
        family_rows = index.rows(conn, families=family_names) if family_names else []
        forum = any(isinstance(event, (ThreadEvent, PostEvent)) for _env, event in parsed)
        roles = {str(fam): str(role) for fam, role in _ROLES.rows(conn, {"u": user_id})} if forum else {}
        items = {fam: index.family_items(conn, fam, family_rows) for fam in family_names if fam in learner_runs}
        return cls(rows, family_rows, learner_runs, ends, roles, items)


def _read_together(conn: Connection, queries: list[tuple[Prepared, dict[str, Any]]]) -> list[list[tuple[Any, ...]]]:
    """Each query's rows, all sent at once on PostgreSQL (db.pipeline), one after the other
    on SQLite."""
    if conn.dialect.name != "postgresql":
        return [prepared.rows(conn, params) for prepared, params in queries]
    raw = conn.connection.dbapi_connection
    assert raw is not None  # a connection in a transaction is open
    cursors = []
    try:
        with db.pipeline(conn):
            for prepared, params in queries:
                compiled = prepared._sql(conn.dialect)
                cursor = raw.cursor()
                cursors.append(cursor)
                cursor.execute(compiled.sql, compiled.args(params))
            return [list(cursor.fetchall()) for cursor in cursors]
    finally:
        for cursor in cursors:
            cursor.close()


@dataclass
class _Push:
    """One request's events: checked and applied in order, in one transaction."""

    conn: Connection
    index: CourseIndex
    who: Principal
    device_id: str
    setup: _Setup
    now: str = field(default_factory=db.hub_now)
    #: families whose certificate facts this push changed (completions, quiz passes, posts),
    #: with the course the learner studies there
    touched: dict[str, str] = field(default_factory=dict)
    #: certificates this push awarded (signed once the push has committed)
    certified: list[int] = field(default_factory=list)
    #: the protocol version the client speaks (rejection codes it knows)
    protocol: int = 1

    def run(self, parsed: list[tuple[EventEnvelope, ClientEvent | EventInvalid]]) -> tuple[list[str], list[Rejection]]:
        conn, setup, user = self.conn, self.setup, self.who.user_id
        #: each enrolled family -> the schedule of the learner's run (None: all open)
        self.runs: dict[str, Schedule | None] = setup.runs
        self.families = set(self.runs)
        self._ends: dict[str, datetime | None] = dict(setup.ends)
        self._grace = runs.late_grace()
        self.family_rows = setup.family_rows
        self.rows_by_course: dict[str, list[CourseRow]] = {}
        self._items: dict[str, dict[str, Item]] = dict(setup.items)
        for r in setup.rows:
            self.rows_by_course.setdefault(r.course_id, []).append(r)
        book_families = sorted({r.course_family for r in setup.rows} & self.families)
        self.book = _ProgressBook(user, self.device_id)

        # The learner's earlier state, read under the lock (another push of theirs may just
        # have changed it), in one round trip: the events already received, the device's
        # anchor as the hub issued it (made_at's floor; None for a new device), progress.
        ids = [str(env.id) for env, _ in parsed]
        chunks = [ids[start:start + _SEEN_CHUNK] for start in range(0, len(ids), _SEEN_CHUNK)]
        queries: list[tuple[Prepared, dict[str, Any]]] = [
            (_seen(len(chunk)), {f"id{i}": v for i, v in enumerate(chunk)}) for chunk in chunks]
        queries.append((_ANCHOR, {"u": user, "d": self.device_id}))
        queries.extend((_HAS_CERTIFICATE, {"u": user, "fam": fam}) for fam in book_families)
        queries.extend(self.book.queries(user, self.device_id, book_families))
        results = _read_together(conn, queries)
        seen: dict[str, tuple[int, str]] = {}
        for found in results[:len(chunks)]:
            for event_id, user_id, ack in found:
                seen[event_id] = (user_id, ack)
        anchor_rows = results[len(chunks)]
        self.anchor: str | None = str(anchor_rows[0][0]) if anchor_rows else None
        certificates_at = len(chunks) + 1
        #: families where the learner had a certificate when the push began
        self._had_certificate = {fam for fam, found in zip(book_families, results[certificates_at:]) if found}
        self._certificate_read = set(book_families)
        self.book.load(book_families, results[certificates_at + len(book_families):])

        acked: list[str] = []
        rejected: list[Rejection] = []
        records: list[dict[str, Any]] = []
        for env, event in parsed:
            event_id = str(env.id)
            if event_id in seen:
                user_id, ack_json = seen[event_id]
                if user_id != self.who.user_id:
                    rejected.append(Rejection(id=env.id, code=RejectCode.DUPLICATE_ID,
                                              message="This event id was used before; the event was not applied."))
                else:
                    acked.append(json.dumps({**json.loads(ack_json), "replayed": True}, separators=(",", ":")))
                continue
            if isinstance(event, EventInvalid):
                rejected.append(Rejection(id=env.id, code=RejectCode.INVALID,
                                          message=f"This change could not be read: {event.message}",
                                          fields=event.fields))
                continue
            try:
                ack_json = self._apply(event)
            except _Reject as exc:
                rejected.append(Rejection(id=env.id, code=legacy_reject_code(exc.code, self.protocol),
                                          message=exc.message, fields=exc.fields))
                continue
            records.append({"event_id": event_id, "user_id": self.who.user_id, "device_id": self.device_id,
                            "kind": event.kind, "course_family": self._course(event.course_id)[0].course_family,
                            "device_seq": event.device_seq,
                            "device_time": event.device_time.isoformat() if event.device_time else None,
                            "ack": ack_json, "received_at": self.now})
            seen[event_id] = (self.who.user_id, ack_json)
            acked.append(ack_json)
        # The writes travel together (db.pipeline): only the feed's seqs come back before
        # the rest is sent. The certificate check reads through SQLAlchemy, so after it.
        with db.pipeline(conn):
            _insert_events(conn, records)
            if records:
                # Only a push the hub took sets the anchor: a refused one (garbage from a spare
                # device id) must not seed a floor for backdating later work.
                runs.set_anchor(conn, self.who.user_id, self.device_id, self.now, self.anchor)
            for family, course_id in self.book.flush(conn, self.now):
                self.touched.setdefault(family, course_id)
        for family, course_id in self.touched.items():
            self._maybe_certify(family, course_id)
        return acked, rejected

    # ------------------------------------------------------------------ checks

    def _course(self, course_id: str) -> list[CourseRow]:
        rows = self.rows_by_course.get(course_id)
        if not rows:
            raise _Reject(RejectCode.UNKNOWN_COURSE, f"The hub has no course '{course_id}'.", ["course_id"])
        if rows[0].course_family not in self.families:
            raise _Reject(RejectCode.NOT_ENROLLED,
                          f"You are not enrolled in the course '{course_id}', so the hub cannot record this. "
                          "Ask your court's administrator to enrol you.", ["course_id"])
        return rows

    def _item(self, family: str, item_id: str) -> Item:
        items = self._items.get(family)
        if items is None:
            items = self._items[family] = self.index.family_items(self.conn, family, self.family_rows)
        item = items.get(item_id)
        if item is None:
            raise _Reject(RejectCode.UNKNOWN_ITEM, f"The course has no item '{item_id}'.", ["item_id"])
        return item

    def _made_at(self, event: ClientEvent) -> str:
        """When the event was made, as the hub vouches for it (docs/protocol.md, "Hub time"):
        clamped to [anchor, receipt], and not before the run's end once the grace period
        after it is over."""
        made = runs.clamp_made_at(event.made_at, self.anchor, self.now)
        family = self._course(event.course_id)[0].course_family
        if family not in self._ends:
            self._ends[family] = runs.run_end(self.conn, self.who.user_id, family)
        return runs.late_made_at(made, self.now, self._ends[family], self._grace)

    def _actor(self) -> runs.Actor:
        return runs.Actor(self.who.username, self.who.user_id, "sync")

    def _role(self, family: str) -> str:
        return self.setup.roles.get(family, runs.LEARNER)  # read before the lock (_Setup)

    def _check_open(self, rows: list[CourseRow], family: str, course_id: str, item_id: str) -> None:
        """Progress on an item of a module that is not open yet by the hub's clock is refused
        (sync/schedule.py: the rule the player applies too). The item's module is looked up in
        the named course's manifest, then in the family's other language versions; an item in
        none of them is refused (never taken as open)."""
        schedule = self.runs.get(family)
        if schedule is None:
            return
        row = latest_versions(rows).get(course_id) or rows[0]
        candidates = [row] + [r for r in latest_versions(
            [r for r in self.family_rows if r.course_family == family]).values() if r.pk != row.pk]
        module = None
        for candidate in candidates:
            manifest = self.index.manifest(self.conn, candidate.pk)
            module = next((m for m in manifest.modules if any(it.id == item_id for it in m.items)), None)
            if module is not None:
                break
        if module is None:
            raise _Reject(RejectCode.MODULE_LOCKED, f"The course server cannot tell when '{item_id}' opens, so "
                          "it records nothing in it.", ["item_id"])
        module_ids = [m.id for m in manifest.modules]
        opens = opening_time(schedule, module.id, module_ids)
        if opens is not None and db.hub_datetime() < opens:
            raise _Reject(RejectCode.MODULE_LOCKED,
                          f"“{module.title}” opens on {opens.strftime('%d %B %Y, %H:%M')} UTC; the course "
                          "server records no progress in it before then.", ["item_id"])

    def _apply(self, event: ClientEvent) -> str:
        """Apply one event; returns the JSON of its `Ack`."""
        rows = self._course(event.course_id)
        family = rows[0].course_family
        if isinstance(event, ProgressEvent):
            self._item(family, event.item_id)
            self._check_open(rows, family, event.course_id, event.item_id)
            state = self.book.merge(family, event.item_id, ProgressUpdate(
                device_id=self.device_id, device_seq=event.device_seq, fraction=event.fraction,
                position=event.position), self.now, event.course_id)
            return _progress_ack(event.id, state)
        if isinstance(event, CompletedEvent):
            item = self._item(family, event.item_id)
            self._check_open(rows, family, event.course_id, event.item_id)
            if isinstance(item, QuizItem) and not self._quiz_passed(family, item.id):
                raise _Reject(RejectCode.NOT_PASSED, self._not_passed_message(family, item), ["item_id"])
            state = self.book.merge(family, event.item_id, ProgressUpdate(
                device_id=self.device_id, device_seq=event.device_seq, completed=True), self.now, event.course_id,
                made_at=self._made_at(event))
            return _progress_ack(event.id, state)
        if isinstance(event, QuizAttemptEvent):
            self._check_open(rows, family, event.course_id, event.item_id)
            return self._quiz_attempt(rows, event)
        if isinstance(event, ThreadEvent):
            return self._thread(rows, family, event)
        if isinstance(event, PostEvent):
            return self._post(rows, family, event)
        if isinstance(event, ReportEvent):
            return self._report(family, event)
        raise AssertionError(f"unhandled event {event!r}")

    # ------------------------------------------------------------------ certificates

    def _maybe_certify(self, family: str, course_id: str) -> None:
        """Record the family's certificate when the learner meets the requirements of one of
        its courses (sync.requirements, on the hub's facts; language versions share item
        ids, so any of them can earn it). Signing waits until the push has committed."""
        conn, user_id = self.conn, self.who.user_id
        if not self._may_have_earned(family):
            return
        if family in self._certificate_read:  # read with the push's earlier state; a family is certified once
            if family in self._had_certificate:
                return
        elif _HAS_CERTIFICATE.first(conn, {"u": user_id, "fam": family}) is not None:
            return
        row = certificates.earned(conn, self.index, self.family_rows, user_id, family, prefer=course_id)
        if row is not None:
            self.certified.append(certificates.record(conn, user_id=user_id, username=self.who.username,
                                                      family=family, row=row, now=self.now))

    def _may_have_earned(self, family: str) -> bool:
        """False when no course of the family can be earned yet: the required items of each
        (that has requirements) are not all complete, by the progress this push has in memory
        (all of the learner's in the family, as written). `certificates.earned` rules these
        pushes out too, but with two reads under the lock; quizzes, forum and the run's end
        are left to it."""
        if family not in self._certificate_read:  # progress not in memory: let earned() read it
            return True
        completed = {item for (fam, item), e in self.book.entries.items() if fam == family and e.record.completed}
        latest = latest_versions([r for r in self.family_rows if r.course_family == family])
        for row in latest.values():
            req = self.index.manifest(self.conn, row.pk).requirements
            if not req.is_empty and all(item in completed for item in req.required_items):
                return True
        return False

    # ------------------------------------------------------------------ quizzes

    def _not_passed_message(self, family: str, item: QuizItem) -> str:
        """Why a quiz cannot be marked complete, in words that are true for this learner."""
        qa = db.quiz_attempts
        tried = self.conn.execute(select(qa.c.id).where(
            qa.c.user_id == self.who.user_id, qa.c.course_family == family,
            qa.c.item_id == item.id).limit(1)).first() is not None
        if tried:
            return (f"The course server did not mark the quiz “{item.title}” complete: none of your "
                    "answers it received reached the pass mark. Take the quiz again.")
        return (f"The course server did not mark the quiz “{item.title}” complete: it has received "
                "no answers from you for this quiz. Take the quiz again.")

    def _quiz_passed(self, family: str, item_id: str) -> bool:
        qa = db.quiz_attempts
        return self.conn.execute(select(qa.c.id).where(
            qa.c.user_id == self.who.user_id, qa.c.course_family == family, qa.c.item_id == item_id,
            qa.c.passed.is_(True)).limit(1)).first() is not None

    def _quiz_attempt(self, rows: list[CourseRow], event: QuizAttemptEvent) -> str:
        family = rows[0].course_family
        row = next((r for r in rows if r.version == event.course_version), None) \
            if event.course_version is not None else None
        if row is None:
            row = latest_versions(rows)[event.course_id]
        quiz = next((it for it in self.index.manifest(self.conn, row.pk).items() if it.id == event.item_id), None)
        if quiz is None:
            quiz = self._item(family, event.item_id)
        if not isinstance(quiz, QuizItem):
            raise _Reject(RejectCode.WRONG_ITEM_KIND, f"'{event.item_id}' is not a quiz.", ["item_id"])
        qa = db.quiz_attempts
        earlier = self.conn.execute(select(func.count()).select_from(qa).where(
            qa.c.user_id == self.who.user_id, qa.c.course_family == family, qa.c.item_id == quiz.id)).scalar_one()
        if quiz.max_attempts is not None and earlier >= quiz.max_attempts:
            raise _Reject(RejectCode.TOO_MANY_ATTEMPTS,
                          f"The quiz “{quiz.title}” allows {quiz.max_attempts} attempts, and the hub has "
                          "them all already.")
        grade = grade_quiz(quiz, event.answers)
        made_at = self._made_at(event)
        self.conn.execute(qa.insert().values(
            event_id=str(event.id), user_id=self.who.user_id, course_family=family, course_id=row.course_id,
            version=row.version, item_id=quiz.id, answers=json.dumps(event.answers, sort_keys=True),
            score=grade.score, passed=grade.passed,
            device_time=event.device_time.isoformat() if event.device_time else None, received_at=self.now,
            made_at=made_at))
        state = None
        if grade.passed:
            state = self.book.merge(family, quiz.id, ProgressUpdate(
                device_id=self.device_id, device_seq=event.device_seq, fraction=1.0, completed=True),
                self.now, event.course_id, made_at=made_at)
            self.touched.setdefault(family, event.course_id)
        return Ack(id=event.id, quiz=QuizResult(score=grade.score, passed=grade.passed, attempt=earlier + 1),
                   progress=None if state is None else ProgressState.model_validate_json(state)).model_dump_json()

    # ------------------------------------------------------------------ forum

    def _thread(self, rows: list[CourseRow], family: str, event: ThreadEvent) -> str:
        item = self._item(family, event.item_id)
        if not isinstance(item, ForumItem):
            raise _Reject(RejectCode.WRONG_ITEM_KIND, f"'{event.item_id}' is not a forum.", ["item_id"])
        role, pinned = self._role(family), bool(event.pinned)
        if role == runs.LEARNER:  # staff may write in a discussion before it opens
            self._check_open(rows, family, event.course_id, event.item_id)
        if pinned and role not in runs.PIN:
            runs.audit(self.conn, self._actor(), "refused", family, f"thread:{event.id}",
                       "a pinned thread from someone who is not an instructor", {"what": "pin"})
            raise _Reject(RejectCode.FORBIDDEN, "Only an instructor can pin a discussion question; "
                          "post it as an ordinary thread.", ["pinned"])
        device_time = event.device_time.isoformat() if event.device_time else None
        server_id = _THREAD_INSERT.one(self.conn, {
            "uuid": str(event.id), "course_family": family, "course_id": event.course_id, "item_id": event.item_id,
            "author_id": self.who.user_id, "title": event.title, "body": event.body, "device_time": device_time,
            "created_at": self.now, "made_at": self._made_at(event), "author_role": role, "pinned": pinned})[0]
        feed.append_shared(self.conn, family=family, kind="thread", origin_device=self.device_id,
                    origin_user_id=self.who.user_id, payload={
            "id": str(event.id), "server_id": server_id, "course_family": family, "course_id": event.course_id,
            "item_id": event.item_id, "author": self.who.username, "title": event.title, "body": event.body,
            "created_at": self.now, "device_time": device_time})
        if role != runs.LEARNER or pinned:
            runs.forum_meta(self.conn, "thread", str(event.id), family, role, pinned, now=self.now)
        if pinned:
            runs.audit(self.conn, self._actor(), "pin", family, f"thread:{event.id}", None,
                       {"via": "sync", "title": event.title})
        self.touched.setdefault(family, event.course_id)
        return Ack(id=event.id, server_id=server_id).model_dump_json()

    def _post(self, rows: list[CourseRow], family: str, event: PostEvent) -> str:
        thread = _THREAD_BY_UUID.first(self.conn, {"uuid": str(event.thread_id)})
        if thread is None or thread[1] != family:
            raise _Reject(RejectCode.UNKNOWN_THREAD, "The discussion this answers is not on the hub (yet).",
                          ["thread_id"])
        if self._role(family) == runs.LEARNER:
            self._check_open(rows, family, event.course_id, str(thread[2]))
        parent_pk = None
        if event.parent_id is not None:
            parent = _POST_BY_UUID.first(self.conn, {"uuid": str(event.parent_id)})
            if parent is None or parent[1] != thread[0]:
                raise _Reject(RejectCode.UNKNOWN_PARENT, "The message this answers is not in that discussion.",
                              ["parent_id"])
            parent_pk = parent[0]
        device_time = event.device_time.isoformat() if event.device_time else None
        role = self._role(family)
        server_id = _POST_INSERT.one(self.conn, {
            "uuid": str(event.id), "thread_id": thread[0], "parent_id": parent_pk, "author_id": self.who.user_id,
            "body": event.body, "device_time": device_time, "created_at": self.now,
            "made_at": self._made_at(event), "author_role": role})[0]
        feed.append_shared(self.conn, family=family, kind="post", origin_device=self.device_id,
                    origin_user_id=self.who.user_id, payload={
            "id": str(event.id), "server_id": server_id, "course_family": family,
            "thread_id": str(event.thread_id), "parent_id": str(event.parent_id) if event.parent_id else None,
            "author": self.who.username, "body": event.body, "created_at": self.now, "device_time": device_time})
        if role != runs.LEARNER:
            runs.forum_meta(self.conn, "post", str(event.id), family, role, False, now=self.now)
        self.touched.setdefault(family, event.course_id)
        return Ack(id=event.id, server_id=server_id).model_dump_json()

    def _report(self, family: str, event: ReportEvent) -> str:
        """A learner's report, kept for the family's moderators (`GET /moderation/reports`)."""
        target = event.target.value
        if runs.report_target(self.conn, target, str(event.target_id)) != family:
            raise _Reject(RejectCode.UNKNOWN_TARGET, f"The {target} you reported is not on the course server.",
                          ["target_id"])
        runs.add_report(self.conn, uuid_=str(event.id), family=family, target=target,
                        target_uuid=str(event.target_id), reporter_id=self.who.user_id, reason=event.reason,
                        made_at=self._made_at(event), now=self.now)
        return Ack(id=event.id).model_dump_json()


def completed_items(conn: Connection, user_id: int, family: str) -> dict[str, str | None]:
    return dict(_COMPLETED.rows(conn, {"u": user_id, "fam": family}))


# --------------------------------------------------------------------------- pull

def pull_feed(conn: Connection, shared: SharedFeed, *, user_id: int, device_id: str, families: list[str],
              personal_pos: int, family_pos: dict[str, int], limit: int,
              instance: str | None = None) -> tuple[list[str], str, bool]:
    """The next page of feed rows for this learner and device, oldest first, as the JSON of
    `ServerEvent`s, with the cursor after them (naming the hub's `instance`, see
    `hub_instance`) and whether more are waiting.

    Each source (the learner's own rows, each family's shared rows) gets its newest row
    number (its top) read first; after a whole pull the cursor passes it, so the rows this
    device caused are not read again. Only within a source do rows become visible in
    sequence order (hub.write_locks): one source's top says nothing of another's. Every row
    up to a top is visible to the reads after it (PostgreSQL's READ COMMITTED: each
    statement sees newer commits; a page may hold rows past the top, which is harmless).
    On PostgreSQL the reads travel in one round trip."""
    queries: list[tuple[Prepared, dict[str, Any]]] = [
        (_PERSONAL_TOP, {"u": user_id}),
        (_PULL_PERSONAL, {"u": user_id, "pos": personal_pos, "d": device_id, "lim": limit + 1})]
    queries.extend(shared.query(fam) for fam in families)
    results = _read_together(conn, queries)
    top = results[0][0][0] or 0  # max(): one row, NULL for a learner without rows
    tops: dict[str | None, int] = {None: top}
    sources: list[tuple[str | None, list[tuple[int, str]]]] = [
        (None, [(seq, event_json(seq, kind, payload)) for seq, kind, payload in results[1]])]
    for fam, (_statement, params), new in zip(families, queries[2:], results[2:]):
        rows, tops[fam] = shared.page(conn, fam, after=family_pos.get(fam, 0), user_id=user_id,
                                      device_id=device_id, limit=limit + 1, new=(params["since"], new))
        sources.append((fam, rows))
    merged = sorted(((seq, src, event) for src, rows in sources for seq, event in rows), key=lambda t: t[0])
    page = merged[:limit]
    more = len(merged) > limit
    new_personal = personal_pos
    new_family = {fam: family_pos.get(fam, 0) for fam in families}
    for seq, src, _event in page:
        if src is None:
            new_personal = max(new_personal, seq)
        else:
            new_family[src] = max(new_family[src], seq)
    if not more:
        # Everything up to each top has been seen: skip past rows this learner caused on this device.
        new_personal = max(new_personal, top)
        new_family = {fam: max(pos, tops[fam]) for fam, pos in new_family.items()}
    return [event for _seq, _src, event in page], _cursor(new_personal, new_family, instance), more


# --------------------------------------------------------------------------- restored hubs
#
# A hub restored from a backup has gone back in time: the events pushed after the backup
# are not in it, and players' cursors point past its feed (rows written from now on would
# be numbered below them, and never reach them). `lectern-hub restore` gives the database
# a new instance id (hub.backup); the cursors the hub makes carry it ("h"), and a cursor
# without it, or with another, is refused like any cursor the hub did not make (422 on
# `cursor`). The player then pulls again from the start and sends again the events the old
# hub had acked (sync.sync_engine): events the hub has are acked again and change nothing,
# the others are applied. A hub never restored has no instance id and its cursors none,
# as before: nothing changes for players until a restore.

RESTORED = ("The course server was restored from a backup since this device's last sync (the cursor is "
            "not one it made): sync again without a cursor, and send the changes it had acknowledged again.")
_INSTANCES: "weakref.WeakKeyDictionary[db.Database, str | None]" = weakref.WeakKeyDictionary()


def hub_instance(hub: Hub) -> str | None:
    """The database's instance id, read once per process (a restore happens with the hub
    stopped: a process never sees it change)."""
    try:
        return _INSTANCES[hub.database]
    except KeyError:
        pass
    from .backup import read_instance
    with hub.database.read() as conn:
        value = read_instance(conn)
    _INSTANCES[hub.database] = value
    return value


def cursor_instance(cursor: str) -> str | None:
    """The instance id a cursor names (None: none; the cursor is already known to decode)."""
    try:
        doc = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        return None
    value = doc.get("h") if isinstance(doc, dict) else None
    return value if isinstance(value, str) else None


def _cursor(personal: int, families: dict[str, int], instance: str | None) -> str:
    """`sync.protocol.encode_cursor`, plus the hub's instance id when it has one."""
    if instance is None:
        return encode_cursor(personal, families)
    doc = {"p": personal, "f": dict(sorted(families.items())), "h": instance}
    return base64.urlsafe_b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode().rstrip("=")
