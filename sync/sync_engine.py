"""One sync pass: push the outbox in batches, pull pages of server events, apply both.

A pass is idempotent and resumable: every client event carries the UUID it got when it was
written, so an ack lost in a reset only means the hub acks it again next time; the cursor and
the acks are saved in the same transaction as what they describe. No rule here reads the PC
clock: the hub orders positions by this device's sequence numbers and its arrival order.

The wire is read and written through `sync.protocol`'s models and limits (the hub's own);
everything kept is written by the learner's store (`LearnerStore.apply_hub_answer`), which
merges the hub's progress by `sync.progress_rules`. The protocol (pydantic and its models,
~0.3 s) loads with the first pass, as `requests` does with the first connection (#11.17): the
player's status bar imports this module for `status` at start-up and must not pay for it.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Callable

from .credentials import load_credentials
from .errors import CancelledError, HubError, HubErrorKind
from .hub_client import HubClient
from .hub_clock import BootReading, reading_now
from .paths import DataPaths
from .store import (
    ACCOUNT,
    CURSOR,
    DEVICE_ID,
    HUB_PROTOCOL,
    LAST_ERROR,
    LAST_ERROR_KIND,
    LAST_SUCCESS,
    Acked,
    HubAnnouncement,
    HubAnswer,
    HubCertificate,
    HubCourseUpdate,
    HubCredential,
    HubEvent,
    HubForumMeta,
    HubModeration,
    HubPost,
    HubProgress,
    HubRole,
    HubRun,
    HubStatusList,
    HubThread,
    LearnerStore,
    OutboxEvent,
    Refused,
)

if TYPE_CHECKING:
    from .protocol import ProgressState, _ClientEvent

log = logging.getLogger(__name__)

MAX_ROUNDS = 10_000    # a hub that always says "more" cannot keep a pass going for ever
#: Courses that are this PC's own unless the learner's hub offers them: the bundled demo.
#: While the hub does not list one in its catalog, its changes are not sent (a hub that does
#: not know it would refuse them, and status would show refusals nobody can clear): a pass
#: that finds them waiting asks the hub's catalog once; if the course is there (court IT
#: published it and enrolled the learner, e.g. to certify it), they go like any course's,
#: else they are dropped from the outbox and their progress stays here. Before any pass has
#: asked, they wait unsent and uncounted (a learner may study the demo before signing in).
#: (a literal: the engine does not import sync.demo; tests/unit/test_demo_languages.py checks them)
LOCAL_ONLY_COURSES: frozenset[str] = frozenset({"foe-intro-en", "foe-intro-fr", "foe-intro-ar"})
#: sync_state key: the local-only courses the learner's hub offered at the last pass that asked
HUB_OFFERS_LOCAL = "hub_offers_local_only"
#: sync_state key: "<device id> <time>": events acked since <time> (the outbox's `sent_at`)
#: were sent under the account that device id belongs to (a new account, a new device id:
#: LearnerStore.use_account). A hub restored from a backup gets them again, never another
#: account's (LearnerStore.start_over_with_hub).
RESEND_FROM = "resend_from"


# `sync.protocol` is imported inside the functions that use it: loaded on first use (see the
# module docstring).


@cache
def _event_models() -> dict[str, type[_ClientEvent]]:
    """The protocol's model of each kind of client event the outbox holds."""
    from .protocol import CLIENT_EVENT_MODELS
    return {m.model_fields["kind"].default: m for m in CLIENT_EVENT_MODELS}


def batch_size() -> int:
    """Events per request: the protocol's limit, which the hub enforces (413 beyond it)."""
    from .protocol import MAX_EVENTS_PER_BATCH
    return MAX_EVENTS_PER_BATCH


@dataclass(frozen=True)
class SyncSummary:
    pushed: int
    pulled: int
    rejected: int
    rounds: int


@dataclass(frozen=True)
class SyncStatus:
    pending: int
    last_success: str | None
    last_error: str | None
    last_error_kind: str | None
    rejected: list[tuple[str, str]]      # (kind, message) of events the hub refused
    held: int = 0                        # unsent events of another account that signed in here


# --------------------------------------------------------------------------- the wire, out


def _event_fields(event: OutboxEvent, protocol: int = 1) -> dict[str, Any]:
    """An outbox event's fields as the protocol names them: only what the hub needs (device
    time where it is shown). To a hub speaking version 2, `made_at` and `anchor` (the hub-clock
    estimate when the event was made, sync.hub_clock; the hub judges a run's end by it) and
    a thread's `pinned`."""
    p = event.payload
    out: dict[str, Any] = {"id": event.id, "kind": event.kind, "course_id": event.course_id,
                           "device_seq": event.seq}
    if protocol >= 2 and p.get("made_at"):
        out["made_at"] = p["made_at"]
        if p.get("anchor"):
            out["anchor"] = p["anchor"]
    if event.kind == "progress":
        out["item_id"] = p["item"]
        out["fraction"] = p["fraction"]
        if p.get("position") is not None:
            out["position"] = p["position"]
    elif event.kind == "completed":
        # Device time where a certificate's run end needs it (when the learner finished).
        out.update(item_id=p["item"], device_time=event.created_at)
    elif event.kind == "quiz_attempt":
        out.update(item_id=p["item"], answers=p["answers"], device_time=event.created_at)
        if p.get("version"):
            out["course_version"] = p["version"]
    elif event.kind == "thread":
        out.update(item_id=p["item"], title=p["title"], body=p["body"], device_time=event.created_at)
        if protocol >= 2 and p.get("pinned"):
            out["pinned"] = True   # an instructor's question (a version 1 hub has no pins)
    elif event.kind == "post":
        out.update(thread_id=p["thread"], body=p["body"], device_time=event.created_at)
        if p.get("parent"):
            out["parent_id"] = p["parent"]
    elif event.kind == "report":
        out.update(target=p["target_kind"], target_id=p["target"], reason=p["reason"])
    return out


def to_wire(event: OutboxEvent, protocol: int = 1) -> dict[str, Any]:
    """A client event as the protocol's model of its kind builds it (sync.protocol).

    An event the model refuses goes as it is: the hub refuses it alone, with a reason the
    learner is shown, instead of it holding back the whole outbox here."""
    from pydantic import ValidationError

    fields = _event_fields(event, protocol)
    model = _event_models().get(event.kind)
    if model is None:
        return fields
    try:
        wire: dict[str, Any] = model.model_validate(fields).model_dump(mode="json", exclude_none=True)
        return wire
    except ValidationError:
        log.warning("outbox event %s (%s) does not match the protocol; the hub will refuse it",
                    event.id, event.kind)
        return fields


def sync_request(device_id: str, cursor: str | None, events: list[OutboxEvent],
                 protocol: int = 1) -> dict[str, Any]:
    """The body of one sync request, built by the protocol's `SyncRequest` (ValidationError
    when this store's device id or cursor is not one the protocol allows). `protocol` is the
    version the hub answered last (version 2 fields go only to a hub that speaks it)."""
    from . import protocol as p
    # Validated from the stored strings (the device id is a UUID on the wire).
    request = p.SyncRequest.model_validate(
        {"device_id": device_id, "cursor": cursor, "protocol": min(protocol, p.PROTOCOL_VERSION),
         "events": [p.EventEnvelope.model_validate(to_wire(e, protocol)) for e in events]})
    return request.model_dump(mode="json", exclude_none=True)


# --------------------------------------------------------------------------- the wire, in


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def hub_progress(state: ProgressState) -> HubProgress:
    return HubProgress(family=state.course_family, item_id=state.item_id, fraction=state.fraction,
                       completed=state.completed, completed_at=_time(state.completed_at),
                       position=state.position, revision=state.revision)


def _hub_event(event: Any) -> HubEvent:
    from . import protocol as p
    if isinstance(event, p.ProgressServerEvent):
        return hub_progress(event.progress)
    if isinstance(event, p.ThreadServerEvent):
        t = event.thread
        return HubThread(str(t.id), t.server_id, t.course_id, t.course_family, t.item_id, t.author,
                         t.title, t.body, _time(t.device_time or t.created_at) or "")
    if isinstance(event, p.PostServerEvent):
        post = event.post
        return HubPost(str(post.id), post.server_id, str(post.thread_id),
                       None if post.parent_id is None else str(post.parent_id), post.author, post.body,
                       _time(post.device_time or post.created_at) or "")
    if isinstance(event, p.CertificateServerEvent):
        c = event.certificate
        return HubCertificate(c.course_family, c.certificate_id, c.course_id, c.version,
                              _time(c.issued_at) or "")
    if isinstance(event, p.CredentialServerEvent):
        cr = event.credential
        return HubCredential(cr.certificate_id, cr.course_family, cr.course_id, cr.version,
                             _time(cr.issued_at) or "", cr.credential_id, cr.credential)
    if isinstance(event, p.StatusListServerEvent):
        sl = event.status_list
        return HubStatusList(sl.url, sl.issuer, _time(sl.updated_at) or "", sl.credential, dict(sl.reasons))
    if isinstance(event, p.CourseUpdateServerEvent):
        u = event.course
        return HubCourseUpdate(u.course_id, u.course_family, u.version, u.language, u.title)
    if isinstance(event, p.RunServerEvent):
        r = event.run
        return HubRun(r.course_family, str(r.run_id), r.title, r.schedule.value, _time(r.starts) or "",
                      _time(r.ends), _time(r.updated_at) or "",
                      {m: _time(t) or "" for m, t in r.opens.items()})
    if isinstance(event, p.RoleServerEvent):
        return HubRole(event.role.course_family, event.role.role.value)
    if isinstance(event, p.ForumMetaServerEvent):
        fm = event.forum_meta
        return HubForumMeta(fm.target.value, str(fm.id), fm.author_role.value, fm.pinned)
    if isinstance(event, p.ModerationServerEvent):
        m = event.moderation
        return HubModeration(str(m.id), m.target.value, m.hidden, m.reason, "", _time(m.at) or "")
    if isinstance(event, p.AnnouncementServerEvent):
        a = event.announcement
        return HubAnnouncement(str(a.id), str(a.run_id), a.course_family, a.title, a.body, a.author,
                               a.author_role.value, _time(a.created_at) or "")
    raise TypeError(f"not a server event: {event!r}")


def read_answer(raw: Any, clock: BootReading | None = None) -> tuple[HubAnswer, bool]:
    """A sync response read by the protocol's `SyncResponse`: what the store applies, and
    whether more server events wait. Server events of a kind this Lectern does not know (a
    newer hub's) are skipped; anything else malformed is a protocol error. `clock`, this
    PC's boot clock read on receiving it, makes the answer's hub time the hub clock's new
    reference (sync.hub_clock)."""
    from pydantic import ValidationError

    from . import protocol as p
    if isinstance(raw, dict) and isinstance(raw.get("events"), list):
        known = {k.value for k in p.ServerEventKind}
        events = []
        for event in raw["events"]:
            if isinstance(event, dict) and event.get("kind") not in known:
                log.info("ignoring server event of unknown kind %r", event.get("kind"))
                continue
            events.append(event)
        raw = {**raw, "events": events}
    try:
        resp = p.SyncResponse.model_validate(raw)
    except ValidationError:
        raise HubError(HubErrorKind.PROTOCOL, "The course server's answer to a sync is malformed.") from None
    answer = HubAnswer(
        cursor=resp.cursor,
        acked=[Acked(str(a.id), a.server_id, None if a.progress is None else hub_progress(a.progress))
               for a in resp.acked],
        refused=[Refused(str(r.id), r.code.value, r.message or r.code.value or "refused")
                 for r in resp.rejected],
        events=[_hub_event(e) for e in resp.events],
        hub_time=_time(resp.server_time), clock=clock, protocol=resp.protocol)
    return answer, resp.more


# --------------------------------------------------------------------------- the pass


def offered_local(store: LearnerStore) -> frozenset[str]:
    """The local-only courses the learner's hub offered when a pass last asked."""
    return frozenset((store.get_sync_state(HUB_OFFERS_LOCAL) or "").split(",")) & LOCAL_ONLY_COURSES


def local_courses(store: LearnerStore) -> frozenset[str]:
    """Courses whose changes stay on this PC now: local-only ones the hub does not offer."""
    return LOCAL_ONLY_COURSES - offered_local(store)


def keep_local(store: LearnerStore) -> int:
    """Once a pass has asked the hub: drop the unsent changes of local-only courses it does
    not offer (the progress they describe stays), and settle refusals of them left by
    earlier versions; returns how many changes were dropped."""
    if store.get_sync_state(HUB_OFFERS_LOCAL) is None:
        return 0  # no hub asked yet: they wait (see LOCAL_ONLY_COURSES)
    return store.drop_local_only(local_courses(store))


def _waiting_local(store: LearnerStore, courses: frozenset[str]) -> int:
    """Unsent changes of these courses (few: a demo's), for a count that leaves them out."""
    total = store.pending_count()
    if not total or not courses:
        return 0
    return sum(1 for e in store.pending_events(total) if e.course_id in courses)


def status(paths: DataPaths) -> SyncStatus:
    with LearnerStore.open(paths.ensure().db) as store:
        keep_local(store)
        local = local_courses(store)
        rejected = [(r.kind, r.message) for r in store.refusals() if r.course_id not in local][:20]
        return SyncStatus(store.pending_count() - _waiting_local(store, local), store.get_sync_state(LAST_SUCCESS),
                          store.get_sync_state(LAST_ERROR), store.get_sync_state(LAST_ERROR_KIND),
                          rejected, store.held_count())


def resend_from(store: LearnerStore, device_id: str) -> str:
    """Since when (`sent_at`) the outbox's acked events are this account's (see RESEND_FROM):
    noted at the first pass with a new device id; at the first pass of all (a store from
    before this was kept), every acked event, unless another account's events wait here."""
    from .store.base import stamp

    value = store.get_sync_state(RESEND_FROM)
    device, _, since = (value or "").partition(" ")
    if device == device_id:
        return since
    since = "" if value is None and store.held_count() == 0 else stamp()
    store.set_sync_state(RESEND_FROM, f"{device_id} {since}")
    return since


class SyncPass:
    def __init__(self, paths: DataPaths, client: HubClient, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> None:
        self.paths = paths
        self.client = client
        self.progress = progress
        self.cancel = cancel or threading.Event()
        self._identity: tuple[str | None, str] | None = None   # (account, device id) of this pass

    def run(self) -> SyncSummary:
        with LearnerStore.open(self.paths.ensure().db) as store:
            try:
                summary = self._run(store)
            except HubError as exc:
                store.record_sync_failure(exc.message, exc.kind.value)
                raise
            store.record_sync_success()
            return summary

    def _run(self, store: LearnerStore) -> SyncSummary:
        from pydantic import ValidationError

        batch = batch_size()
        creds = load_credentials(self.paths)
        if creds is not None:
            # The sign-in normally bound the store already; this covers a credentials file
            # that reached the profile some other way (copied with it, or by court IT).
            store.use_account(creds.username)
        self._identity = (store.account(), store.device_id())
        device_id = self._identity[1]
        sent_since = resend_from(store, device_id)
        pushed = pulled = rejected = 0
        self._ask_about_local(store)
        keep_local(store)
        total = store.pending_count()
        for rounds in range(1, MAX_ROUNDS + 1):
            if self.cancel.is_set():
                raise CancelledError("Sync stopped; nothing was lost.")
            keep_local(store)  # changes made in the demo during this pass
            events = store.pending_events(batch)
            # Read after the events: if another account signed in meanwhile, these may be its
            # events, which must not go out with the token this pass holds.
            self._check_identity(store.get_sync_state(ACCOUNT), store.get_sync_state(DEVICE_ID))
            cursor = store.get_sync_state(CURSOR)
            protocol = int(store.get_sync_state(HUB_PROTOCOL) or 1)
            try:
                body = sync_request(device_id, cursor, events, protocol)
            except ValidationError as exc:
                if cursor and any(err["loc"][:1] == ("cursor",) for err in exc.errors()):
                    store.set_sync_state(CURSOR, None)  # not a cursor a hub makes: start over
                    continue
                raise HubError(HubErrorKind.PROTOCOL, "This computer's changes cannot be put into a sync "
                                                      "request; they are kept.") from None
            try:
                raw = self.client.sync(body)
            except HubError as exc:
                if exc.kind is HubErrorKind.PROTOCOL and exc.status == 422 and cursor \
                        and "cursor" in exc.message.lower():
                    # The hub did not make this cursor: restored from a backup (hub.syncing),
                    # it may lack what it acked since. Pull from the start, send those again.
                    again = store.start_over_with_hub(sent_since)
                    log.warning("the course server does not know this device's cursor (restored from a "
                                "backup?): pulling again from the start, sending %d changes again", again)
                    total += again
                    continue
                if exc.kind is HubErrorKind.PROTOCOL and exc.status == 422 and protocol > 1:
                    store.set_sync_state(HUB_PROTOCOL, None)  # an older hub now: speak version 1
                    continue
                raise
            # The boot clock read as the answer arrives: its hub time is the clock's reference.
            answer, more = read_answer(raw, reading_now())
            self._apply(store, events, answer)
            if cursor is not None and store.get_sync_state(CURSOR) is None:
                more = True  # the store started the pull over (a hub newly at version 2): go on now
            acked, refused, applied = len(answer.acked), len(answer.refused), len(answer.events)
            pushed += acked
            rejected += refused
            pulled += applied
            if self.progress is not None:
                self.progress(pushed + rejected, max(total, pushed + rejected))
            if more:
                continue
            if not events or store.pending_count() == 0:
                return SyncSummary(pushed, pulled, rejected, rounds)
            if acked + refused == 0:
                raise HubError(HubErrorKind.PROTOCOL, "The course server did not answer for some changes; "
                                                      "they will be sent again later.")
        raise HubError(HubErrorKind.PROTOCOL, "The course server kept sending more; sync will go on later.")

    def _ask_about_local(self, store: LearnerStore) -> None:
        """Whether the hub offers the local-only courses that have changes waiting: one
        catalog request, only when there are such changes (see LOCAL_ONLY_COURSES)."""
        waiting = {e.course_id for e in store.pending_events(max(1, store.pending_count()))} & LOCAL_ONLY_COURSES
        waiting |= {r.course_id for r in store.refusals()} & LOCAL_ONLY_COURSES
        if not waiting:
            if store.get_sync_state(HUB_OFFERS_LOCAL) is None:
                store.set_sync_state(HUB_OFFERS_LOCAL, "")
            return
        offered = {c.id for c in self.client.catalog()} & LOCAL_ONLY_COURSES
        store.set_sync_state(HUB_OFFERS_LOCAL, ",".join(sorted(offered)))

    def _check_identity(self, account: str | None, device_id: str | None) -> None:
        """Stop when the store changed hands during this pass (see LearnerStore.use_account)."""
        if (account, device_id) != self._identity:
            raise CancelledError(_CHANGED_HANDS)

    def _apply(self, store: LearnerStore, sent: list[OutboxEvent], answer: HubAnswer) -> None:
        """Acks, rejections, server events and the new cursor: all or nothing (the store's
        `apply_hub_answer`), and nothing if the store changed hands meanwhile."""
        assert self._identity is not None
        if not store.apply_hub_answer(answer, {e.id: e.kind for e in sent}, self._identity):
            raise CancelledError(_CHANGED_HANDS)


_CHANGED_HANDS = ("Another learner signed in on this profile during the sync; nothing was lost, and "
                  "the next sync runs for them.")


def run_sync(paths: DataPaths, client: HubClient, **kw: Any) -> SyncSummary:
    return SyncPass(paths, client, **kw).run()


__all__ = ["HUB_OFFERS_LOCAL", "HUB_PROTOCOL", "LOCAL_ONLY_COURSES", "batch_size", "local_courses", "offered_local",
           "SyncPass", "SyncSummary", "SyncStatus", "keep_local", "read_answer",
           "run_sync", "status", "sync_request", "to_wire"]
