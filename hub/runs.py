"""Course runs, roles and staff actions on the hub (issue #17; docs/protocol.md, "Runs, roles
and staff actions").

A run is a cohort of a course family with a schedule (sync/schedule.py is the open/lock rule,
shared with the player). Roles are per family; every staff action checks the actor's role in
the family of its target (403 with a plain reason) and is written to the audit log. Staff
actions reach learners as feed rows: `run`, `role` and `announcement` rows for the learners
concerned, `forum_meta` and `moderation` rows for everyone enrolled in the family. Nothing a
learner wrote is ever deleted: hiding sets a flag.
"""
from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, func, select, tuple_, update
from sqlalchemy.engine import Connection

from sync.schedule import EXPLICIT, SCHEDULE_KINDS, SELF_PACED, Schedule, ScheduleError

from . import db, feed
from .courses import resolve_family
from .errors import HubError, HubErrorKind
from .prepared import Prepared
from .users import find_user, normalize_username

log = logging.getLogger(__name__)

LEARNER, INSTRUCTOR, MODERATOR = "learner", "instructor", "moderator"
ROLES = (LEARNER, INSTRUCTOR, MODERATOR)
#: Hub-wide administrator (#18: the web console's people, courses and every family). Kept in
#: `roles` under a family name no course can have, so no schema change: it passes every
#: family's `require` as an instructor would.
ADMIN = "admin"
#: Hub-wide court relay (#20): its account may send other judges' sync files
#: (`POST /api/v1/sync-files`); nothing else. The same hub-wide row as ADMIN, so an account
#: is one or the other.
RELAY = "relay"
HUB_WIDE = "*"
HUB_ROLES = (ADMIN, RELAY)
#: who may do what (an instructor moderates too)
MODERATE = frozenset({INSTRUCTOR, MODERATOR})
PIN = frozenset({INSTRUCTOR})   # docs/protocol.md: pinned questions are the instructors'
ANNOUNCE = frozenset({INSTRUCTOR})
SEE_RUNS = frozenset({INSTRUCTOR, MODERATOR})

_R, _E = db.runs, db.enrolments
_ROLE = Prepared(select(db.roles.c.role).where(db.roles.c.user_id == bindparam("u"),
                                               db.roles.c.course_family == bindparam("fam")))
_ANCHOR = Prepared(select(db.devices.c.anchor).where(db.devices.c.user_id == bindparam("u"),
                                                     db.devices.c.device_id == bindparam("d")))
_ANCHOR_UPDATE = Prepared(update(db.devices).where(
    db.devices.c.user_id == bindparam("k_u"), db.devices.c.device_id == bindparam("k_d")).values(
    anchor=bindparam("anchor")))
_ANCHOR_INSERT = Prepared(db.devices.insert().values(
    user_id=bindparam("u"), device_id=bindparam("d"), anchor=bindparam("anchor")))
# The learner's families with their run (one read per push, as the enrolment read was).
_ENROLLED_RUNS = Prepared(select(
    _E.c.course_family, _R.c.id, _R.c.schedule, _R.c.starts, _R.c.ends, _R.c.opens).select_from(
    _E.outerjoin(_R, _R.c.id == _E.c.run_id)).where(_E.c.user_id == bindparam("u")).order_by(_E.c.course_family))


@dataclass(frozen=True)
class Actor:
    """Who does a staff action: a signed-in user (API) or court IT at the CLI (no user id;
    the CLI is trusted as the hub's administrator)."""

    name: str
    user_id: int | None
    via: str   # "api" or "cli"


@dataclass(frozen=True)
class RunRow:
    id: int
    course_family: str
    title: str
    schedule: str
    starts: str
    ends: str | None
    opens: dict[str, str]
    is_default: bool
    updated_at: str

    def to_schedule(self) -> Schedule:
        return schedule_of(self.schedule, self.starts, self.ends, self.opens)

    def record(self) -> dict[str, Any]:
        """The `RunRecord` of the wire (sync.protocol)."""
        return {"run_id": self.id, "course_family": self.course_family, "title": self.title,
                "schedule": self.schedule, "starts": self.starts, "ends": self.ends, "opens": dict(self.opens),
                "updated_at": self.updated_at}


def schedule_of(kind: str, starts: str, ends: str | None, opens: dict[str, str] | str | None) -> Schedule:
    """A stored run as sync/schedule.py's Schedule."""
    table: dict[str, str] = json.loads(opens or "{}") if isinstance(opens, str) else dict(opens or {})
    start = db.parse_time(starts) or datetime.now(timezone.utc)
    return Schedule(kind, start, db.parse_time(ends),
                    {m: t for m, raw in table.items() if (t := db.parse_time(raw)) is not None})


def _run_row(r: Any) -> RunRow:
    return RunRow(int(r.id), r.course_family, r.title, r.schedule, r.starts, r.ends, json.loads(r.opens or "{}"),
                  bool(r.is_default), r.updated_at)


def iso(moment: datetime) -> str:
    """A time as the hub stores it (UTC, microseconds: sortable as text)."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


# --------------------------------------------------------------------------- roles


def role_of(conn: Connection, user_id: int, family: str) -> str:
    row = _ROLE.first(conn, {"u": user_id, "fam": family})
    return str(row[0]) if row is not None else LEARNER


def is_admin(conn: Connection, user_id: int) -> bool:
    """Whether the user is the hub's administrator (`lectern-hub role USER admin`)."""
    return role_of(conn, user_id, HUB_WIDE) == ADMIN


def is_relay(conn: Connection, user_id: int) -> bool:
    """Whether the account may carry other judges' sync files (`lectern-hub role USER relay`)."""
    return role_of(conn, user_id, HUB_WIDE) == RELAY


def staff_families(conn: Connection, user_id: int) -> dict[str, str]:
    """The families where the user has a staff role -> that role (the admin's row excluded)."""
    r = db.roles
    return {str(f): str(role) for f, role in conn.execute(select(r.c.course_family, r.c.role).where(
        r.c.user_id == user_id, r.c.course_family != HUB_WIDE))}


_WHAT = {"moderate": "hide or restore posts", "pin": "pin discussion questions", "announce": "write announcements",
         "runs": "see the runs", "reports": "read reports"}


class StaffRefused(HubError):
    """A staff action refused (403) for want of the role in `family`: the API writes it to the
    audit log in its own transaction (the refused one's is rolled back)."""

    def __init__(self, message: str, family: str, what: str) -> None:
        super().__init__(HubErrorKind.FORBIDDEN, message)
        self.family = family
        self.what = what


def audit_refusal(conn: Connection, actor: Actor, refused: StaffRefused, target: str | None) -> None:
    audit(conn, actor, "refused", refused.family, target, str(refused), {"what": refused.what})


def require(conn: Connection, actor: Actor, family: str, allowed: frozenset[str], what: str) -> str:
    """The actor's role in `family` if it is one of `allowed`, else 403 in plain words."""
    if actor.user_id is None:
        return INSTRUCTOR  # court IT at the CLI
    role = role_of(conn, actor.user_id, family)
    if role not in allowed and is_admin(conn, actor.user_id):
        return INSTRUCTOR  # the hub's administrator acts as an instructor of every family
    if role not in allowed:
        who = " or ".join(f"a{'n' if r[0] in 'aeiou' else ''} {r}" for r in sorted(allowed))
        raise StaffRefused(f"Only {who} of '{family}' can {_WHAT.get(what, what)}; you are a {role} there.",
                           family, what)
    return role


def set_role(conn: Connection, username: str, role: str, family_ref: str | None, actor: Actor) -> tuple[str, str]:
    """Give a user a role in a family (learner removes the staff role); returns (user, family).
    ADMIN and RELAY are hub-wide (no family); LEARNER without a family takes them away."""
    if role not in ROLES and role not in HUB_ROLES:
        raise HubError(HubErrorKind.INVALID, f"Unknown role {role!r}; use one of: {', '.join(ROLES + HUB_ROLES)}.")
    user = find_user(conn, username)
    if user is None:
        raise HubError(HubErrorKind.NOT_FOUND, f"There is no user '{normalize_username(username)}'.")
    if role in HUB_ROLES or not family_ref or family_ref == HUB_WIDE:
        if role not in HUB_ROLES and role != LEARNER:
            raise HubError(HubErrorKind.INVALID, f"A {role} is a role in a course family: name the family.")
        before = role_of(conn, user[0], HUB_WIDE)
        conn.execute(db.roles.delete().where(db.roles.c.user_id == user[0], db.roles.c.course_family == HUB_WIDE))
        if role in HUB_ROLES:
            conn.execute(db.roles.insert().values(user_id=user[0], course_family=HUB_WIDE, role=role,
                                                  granted_at=db.hub_now()))
        audit(conn, actor, "role", None, f"user:{user[1]}", None, {"from": before, "to": role, "scope": "hub"})
        return user[1], HUB_WIDE
    family = resolve_family(conn, family_ref)
    now = db.hub_now()
    before = role_of(conn, user[0], family)
    conn.execute(db.roles.delete().where(db.roles.c.user_id == user[0], db.roles.c.course_family == family))
    if role != LEARNER:
        conn.execute(db.roles.insert().values(user_id=user[0], course_family=family, role=role, granted_at=now))
    feed.append(conn, family=family, kind="role", audience_user_id=user[0], created_at=now,
                payload={"course_family": family, "role": role})
    if role in MODERATE and before not in MODERATE:
        hidden_content_for(conn, user[0], family)
    audit(conn, actor, "role", family, f"user:{user[1]}", None, {"from": before, "to": role})
    return user[1], family


# --------------------------------------------------------------------------- audit


def audit(conn: Connection, actor: Actor, action: str, family: str | None, target: str | None,
          reason: str | None, detail: dict[str, Any] | None = None) -> None:
    conn.execute(db.audit_log.insert().values(
        at=db.hub_now(), actor=actor.name[:150], actor_id=actor.user_id, via=actor.via, action=action,
        course_family=family, target=target, reason=reason,
        detail=json.dumps(detail, sort_keys=True) if detail else None))


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    via: str
    action: str
    course_family: str | None
    target: str | None
    reason: str | None
    detail: str | None


def audit_entries(conn: Connection, family: str | None = None) -> list[AuditEntry]:
    a = db.audit_log
    q = select(a.c.id, a.c.at, a.c.actor, a.c.via, a.c.action, a.c.course_family, a.c.target, a.c.reason,
               a.c.detail).order_by(a.c.id)
    if family is not None:
        q = q.where(a.c.course_family == family)
    return [AuditEntry(*r) for r in conn.execute(q)]


# --------------------------------------------------------------------------- runs


def parse_when(text: str, what: str, *, end_of_day: bool = False) -> datetime:
    """A date (YYYY-MM-DD: midnight UTC, or 23:59:59 for an end) or an ISO date-time."""
    value = text.strip()
    try:
        if len(value) == 10:
            moment = datetime.fromisoformat(value + ("T23:59:59+00:00" if end_of_day else "T00:00:00+00:00"))
        else:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise HubError(HubErrorKind.INVALID, f"{what} {text!r} is not a date such as 2026-05-08 "
                       "or a date and time such as 2026-05-08T09:00:00Z.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def parse_schedule(text: str) -> dict[str, datetime]:
    """`--schedule MODULE=DATE,...` -> {module id: opening time}."""
    out: dict[str, datetime] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        module_id, sep, when = part.partition("=")
        if not sep or not module_id.strip():
            raise HubError(HubErrorKind.INVALID, f"{part!r} is not MODULE=DATE (e.g. m2=2026-05-15).")
        out[module_id.strip()] = parse_when(when, f"The opening of {module_id.strip()}")
    if not out:
        raise HubError(HubErrorKind.INVALID, "--schedule names no module (e.g. m1=2026-05-08,m2=2026-05-15).")
    return out


def create_run(conn: Connection, family_ref: str, *, kind: str, starts: datetime, ends: datetime | None,
               opens: dict[str, datetime] | None, title: str | None, actor: Actor) -> RunRow:
    if kind not in SCHEDULE_KINDS:
        raise HubError(HubErrorKind.INVALID, f"Unknown schedule {kind!r}.")
    family = resolve_family(conn, family_ref)
    if ends is not None and ends <= starts:
        raise HubError(HubErrorKind.INVALID, "The run's end must come after its start.")
    opens = dict(opens or {}) if kind == EXPLICIT else {}
    try:
        Schedule(kind, starts, ends, opens)
    except ScheduleError as exc:
        raise HubError(HubErrorKind.INVALID, str(exc)) from None
    now = db.hub_now()
    title = (title or "").strip() or f"{family} from {starts.date().isoformat()}"
    run_id = db.inserted_pk(conn.execute(_R.insert().values(
        course_family=family, title=title[:300], schedule=kind, starts=iso(starts),
        ends=iso(ends) if ends else None, opens=json.dumps({m: iso(t) for m, t in opens.items()}, sort_keys=True),
        is_default=False, created_at=now, updated_at=now)))
    audit(conn, actor, "run-create", family, f"run:{run_id}", None,
          {"schedule": kind, "starts": iso(starts), "ends": iso(ends) if ends else None})
    return get_run(conn, run_id)


def get_run(conn: Connection, run_id: int) -> RunRow:
    row = conn.execute(select(_R).where(_R.c.id == run_id)).first()
    if row is None:
        raise HubError(HubErrorKind.NOT_FOUND, f"There is no run {run_id}.")
    return _run_row(row)


def list_runs(conn: Connection, family_ref: str) -> list[RunRow]:
    family = resolve_family(conn, family_ref)
    db.default_run(conn, family)
    return [_run_row(r) for r in conn.execute(select(_R).where(_R.c.course_family == family).order_by(_R.c.id))]


def run_members(conn: Connection, run: RunRow) -> list[int]:
    """Users in the run (NULL run ids are the family's default run)."""
    cond = _E.c.run_id == run.id
    if run.is_default:
        cond = cond | _E.c.run_id.is_(None)
    return [int(r[0]) for r in conn.execute(select(_E.c.user_id).where(_E.c.course_family == run.course_family,
                                                                         cond))]


def send_run(conn: Connection, run: RunRow, user_ids: Iterable[int]) -> None:
    payload = json.dumps(run.record(), separators=(",", ":"))
    for user_id in user_ids:
        feed.append(conn, family=run.course_family, kind="run", audience_user_id=user_id, payload_json=payload)


def join_run(conn: Connection, user_id: int, family: str, run_id: int | None) -> RunRow:
    """Put an enrolled learner in a run (default: the family's default run) and send them
    its schedule and its announcements so far."""
    return join_runs(conn, [user_id], family, run_id)


def join_runs(conn: Connection, user_ids: list[int], family: str, run_id: int | None) -> RunRow:
    """`join_run` for many learners of one family at once (the console's CSV import): one
    UPDATE for all, then each learner's run and announcement rows."""
    run = get_run(conn, run_id) if run_id is not None else get_run(conn, db.default_run(conn, family))
    if run.course_family != family:
        raise HubError(HubErrorKind.INVALID, f"Run {run.id} is a run of '{run.course_family}', not of '{family}'.")
    if not user_ids:
        return run
    conn.execute(update(_E).where(_E.c.user_id == bindparam("k_u"), _E.c.course_family == family).values(
        run_id=run.id), [{"k_u": u} for u in user_ids])
    send_run(conn, run, user_ids)
    a = db.announcements
    records = [json.dumps(_announcement_record(row), separators=(",", ":"), ensure_ascii=False)
               for row in conn.execute(select(a).where(a.c.run_id == run.id).order_by(a.c.id))]
    for user_id in user_ids:
        for payload in records:
            feed.append(conn, family=family, kind="announcement", audience_user_id=user_id, payload_json=payload)
    return run


def learner_runs(conn: Connection, user_id: int) -> dict[str, Schedule | None]:
    """Each family the user is enrolled in -> the schedule of their run (None: a run that is
    gone or self-paced, i.e. everything open)."""
    out: dict[str, Schedule | None] = {}
    for family, run_id, kind, starts, ends, opens in _ENROLLED_RUNS.rows(conn, {"u": user_id}):
        out[family] = None if run_id is None or kind == SELF_PACED else schedule_of(kind, starts, ends, opens)
    return out


def run_end(conn: Connection, user_id: int, family: str) -> datetime | None:
    e = conn.execute(select(_R.c.ends).select_from(_E.join(_R, _R.c.id == _E.c.run_id)).where(
        _E.c.user_id == user_id, _E.c.course_family == family)).scalar()
    return db.parse_time(e)


# --------------------------------------------------------------------------- device anchors


def anchor_of(conn: Connection, user_id: int, device_id: str) -> str | None:
    row = _ANCHOR.first(conn, {"u": user_id, "d": device_id})
    return None if row is None else str(row[0])


def set_anchor(conn: Connection, user_id: int, device_id: str, anchor: str, had: str | None) -> None:
    if had is None:
        _ANCHOR_INSERT.run(conn, {"u": user_id, "d": device_id, "anchor": anchor})
    else:
        _ANCHOR_UPDATE.run(conn, {"k_u": user_id, "k_d": device_id, "anchor": anchor})


#: How long after a run's end work made before it still counts as made then (docs/protocol.md,
#: "When an event was made"): `LECTERN_HUB_LATE_GRACE_DAYS`, 14 days unless set.
LATE_GRACE_DAYS = 14.0
GRACE_ENV = "LECTERN_HUB_LATE_GRACE_DAYS"


def late_grace() -> timedelta:
    """The grace period after a run's end (a bad value: the default, logged)."""
    raw = os.environ.get(GRACE_ENV, "").strip()
    if raw:
        try:
            days = float(raw)
            if 0 <= days < 36500:
                return timedelta(days=days)
        except ValueError:
            pass
        log.warning("%s=%r is not a number of days (0 to 36500); using %s", GRACE_ENV, raw[:40], LATE_GRACE_DAYS)
    return timedelta(days=LATE_GRACE_DAYS)


def late_made_at(made_at: str, received: str, end: datetime | None, grace: timedelta) -> str:
    """`made_at` before the run's `end` counts only when the event reached the hub within
    `grace` after the end; later, the event was made when it was received (so a device kept
    offline, or an anchor kept from long ago, cannot backdate work without limit)."""
    if end is None:
        return made_at
    made, got = db.parse_time(made_at), db.parse_time(received)
    if made is None or got is None or made >= end or got <= end + grace:
        return made_at
    return received


def clamp_made_at(made_at: datetime | None, anchor: str | None, received: str) -> str:
    """docs/protocol.md, "When an event was made": min(max(made_at, A), R), or R without
    `made_at` or without an anchor the hub issued to the device."""
    if made_at is None or anchor is None:
        return received
    low, high = db.parse_time(anchor), db.parse_time(received)
    if low is None or high is None:
        return received
    moment = made_at if made_at.tzinfo else made_at.replace(tzinfo=timezone.utc)
    return iso(min(max(moment, low), high))


# --------------------------------------------------------------------------- announcements


def _announcement_record(row: Any) -> dict[str, Any]:
    return {"id": row.uuid, "run_id": int(row.run_id), "course_family": row.course_family, "title": row.title,
            "body": row.body, "author": row.author, "author_role": row.author_role, "created_at": row.created_at}


def announce(conn: Connection, run_id: int, title: str, body: str, actor: Actor) -> dict[str, Any]:
    run = get_run(conn, run_id)
    role = require(conn, actor, run.course_family, ANNOUNCE, "announce")
    now = db.hub_now()
    a = db.announcements
    pk = db.inserted_pk(conn.execute(a.insert().values(
        uuid=str(uuid.uuid4()), run_id=run.id, course_family=run.course_family, title=title, body=body,
        author_id=actor.user_id, author=actor.name[:150], author_role=role, created_at=now)))
    row = conn.execute(select(a).where(a.c.id == pk)).one()
    record = _announcement_record(row)
    payload = json.dumps(record, separators=(",", ":"), ensure_ascii=False)
    for user_id in run_members(conn, run):
        feed.append(conn, family=run.course_family, kind="announcement", audience_user_id=user_id,
                    payload_json=payload, created_at=now)
    audit(conn, actor, "announce", run.course_family, f"run:{run.id}", None, {"title": title, "id": row.uuid})
    return record


# --------------------------------------------------------------------------- forum: pin, hide, reports


def _target(conn: Connection, target: str, target_uuid: str) -> tuple[Any, str]:
    """The thread or post row and its family; 404 when the hub has no such one."""
    th, po = db.threads, db.posts
    if target == "thread":
        row = conn.execute(select(th).where(th.c.uuid == target_uuid)).first()
        if row is not None:
            return row, str(row.course_family)
    elif target == "post":
        row = conn.execute(select(po, th.c.course_family).select_from(po.join(th, th.c.id == po.c.thread_id))
                           .where(po.c.uuid == target_uuid)).first()
        if row is not None:
            return row, str(row.course_family)
    else:
        raise HubError(HubErrorKind.INVALID, f"{target!r} is neither 'thread' nor 'post'.")
    raise HubError(HubErrorKind.NOT_FOUND, f"There is no {target} {target_uuid} on this hub.")


def moderate(conn: Connection, target: str, target_uuid: str, *, hide: bool, reason: str,
             actor: Actor) -> dict[str, Any]:
    """Hide or restore a thread or post (nothing is deleted); every learner's next sync gets it."""
    reason = " ".join(reason.split())
    if not reason:
        raise HubError(HubErrorKind.INVALID, "Say why (a reason is required).", fields=["reason"])
    row, family = _target(conn, target, target_uuid)
    require(conn, actor, family, MODERATE, "moderate")
    now = db.hub_now()
    table = db.threads if target == "thread" else db.posts
    conn.execute(update(table).where(table.c.uuid == target_uuid).values(
        hidden=hide, hidden_reason=reason if hide else None, hidden_at=now if hide else None))
    full = _rewrite_forum_rows(conn, target, target_uuid, family, row, hide=hide)
    if full is not None and hide:
        # The author and the family's staff keep the content (their new devices too).
        for user_id in sorted({int(row.author_id), *_staff_ids(conn, family)}):
            feed.append(conn, family=family, kind=target, audience_user_id=user_id, payload=full, created_at=now)
    record = {"target": target, "id": target_uuid, "course_family": family, "hidden": hide, "reason": reason,
              "at": now}
    feed.append(conn, family=family, kind="moderation", payload=record, created_at=now)
    if full is not None and not hide:
        # Everyone's store blanked it when it was hidden: the content again, for all, after
        # the restore (a player blanks a row that is still hidden when it arrives).
        feed.append(conn, family=family, kind=target, payload=full, created_at=now)
    audit(conn, actor, "hide" if hide else "restore", family, f"{target}:{target_uuid}", reason)
    return record


def _staff_ids(conn: Connection, family: str) -> list[int]:
    r = db.roles
    return [int(u) for (u,) in conn.execute(select(r.c.user_id).where(
        r.c.course_family == family, r.c.role.in_(sorted(MODERATE))))]


def _rewrite_forum_rows(conn: Connection, target: str, target_uuid: str, family: str, row: Any, *,
                        hide: bool) -> dict[str, Any] | None:
    """The family's shared feed rows of a thread or post as a tombstone (empty title and
    body; the `moderation` row after them says hidden and why) or, restored, whole again: a
    fresh pull (a new learner, a new device) never gets hidden content. Returns the whole
    record (None if the feed has no row of it). Each hub process's shared feed cache reads
    the family again when it sees the `moderation` row (hub.shared_feed)."""
    f = db.feed
    found = conn.execute(select(f.c.seq, f.c.payload).where(
        f.c.course_family == family, f.c.kind == target, f.c.audience_user_id.is_(None),
        f.c.payload.like(f'{{"id":"{target_uuid}",%'))).all()
    full: dict[str, Any] | None = None
    for seq, payload in found:
        record = json.loads(payload)
        if target == "thread":
            record["title"] = row.title
        record["body"] = row.body
        full = dict(record)
        if hide:
            record["body"] = ""
            if target == "thread":
                record["title"] = ""
        conn.execute(update(f).where(f.c.seq == seq).values(
            payload=json.dumps(record, separators=(",", ":"), ensure_ascii=False)))
    return full


def hidden_content_for(conn: Connection, user_id: int, family: str) -> None:
    """A new staff member of a family gets the content of its hidden threads and posts (their
    shared rows are tombstones), as personal rows."""
    th, po = db.threads, db.posts
    for target, query in (("thread", select(th).where(th.c.course_family == family, th.c.hidden.is_(True))),
                          ("post", select(po, th.c.course_family).select_from(po.join(th, th.c.id == po.c.thread_id))
                           .where(th.c.course_family == family, po.c.hidden.is_(True)))):
        for row in conn.execute(query).all():
            f = db.feed
            first = conn.execute(select(f.c.payload).where(
                f.c.course_family == family, f.c.kind == target, f.c.audience_user_id.is_(None),
                f.c.payload.like(f'{{"id":"{row.uuid}",%')).order_by(f.c.seq).limit(1)).scalar()
            if first is None:
                continue
            record = json.loads(first)
            if target == "thread":
                record["title"] = row.title
            record["body"] = row.body
            feed.append(conn, family=family, kind=target, audience_user_id=user_id, payload=record)


def pin(conn: Connection, thread_uuid: str, pinned: bool, actor: Actor) -> dict[str, Any]:
    row, family = _target(conn, "thread", thread_uuid)
    require(conn, actor, family, PIN, "pin")
    conn.execute(update(db.threads).where(db.threads.c.uuid == thread_uuid).values(pinned=pinned))
    record = forum_meta(conn, "thread", thread_uuid, family, str(row.author_role), pinned)
    audit(conn, actor, "pin" if pinned else "unpin", family, f"thread:{thread_uuid}", None)
    return record


def forum_meta(conn: Connection, target: str, target_uuid: str, family: str, author_role: str, pinned: bool,
               *, origin_device: str | None = None, origin_user_id: int | None = None,
               now: str | None = None) -> dict[str, Any]:
    """A `forum_meta` row for everyone in the family (its author's devices too, unless it
    came with the author's own push: then the ack covers it, as for the thread itself)."""
    record = {"target": target, "id": target_uuid, "course_family": family, "author_role": author_role,
              "pinned": pinned}
    feed.append_shared(conn, family=family, kind="forum_meta", payload=record, origin_device=origin_device,
                       origin_user_id=origin_user_id, created_at=now)
    return record


def report_target(conn: Connection, target: str, target_uuid: str) -> str | None:
    """The family of a reported thread or post, None when the hub has none."""
    try:
        return _target(conn, target, target_uuid)[1]
    except HubError:
        return None


#: The most reports one page of `GET /moderation/reports` lists.
REPORTS_PAGE = 100
REPORTS_PAGE_MAX = 500


def add_report(conn: Connection, *, uuid_: str, family: str, target: str, target_uuid: str, reporter_id: int,
               reason: str, made_at: str, now: str) -> None:
    """A learner's report; one per reporter and target: a second report of the same thread or
    post replaces the first one's reason (so one learner cannot flood the moderators)."""
    r = db.reports
    found = conn.execute(select(r.c.id).where(r.c.reporter_id == reporter_id, r.c.target == target,
                                              r.c.target_uuid == target_uuid).limit(1)).first()
    if found is not None:
        conn.execute(update(r).where(r.c.id == found[0]).values(reason=reason, made_at=made_at, created_at=now))
        return
    conn.execute(r.insert().values(uuid=uuid_, course_family=family, target=target, target_uuid=target_uuid,
                                   reporter_id=reporter_id, reason=reason, made_at=made_at, created_at=now))


def reports(conn: Connection, family_ref: str, actor: Actor, *, limit: int | None = None,
            after: str | None = None, target_id: str | None = None) -> list[dict[str, Any]]:
    """A family's reports, grouped by what they report (the reports of one thread or post
    together, oldest target first), a page at a time: `limit` of them after the report
    `after` (its id; the last of the previous page); only those of `target_id` if given."""
    family = resolve_family(conn, family_ref)
    require(conn, actor, family, MODERATE, "reports")
    r, u = db.reports, db.users
    first = func.min(r.c.id).over(partition_by=r.c.target_uuid)
    inner = select(r.c.id, r.c.uuid, r.c.course_family, r.c.target, r.c.target_uuid, r.c.reporter_id, r.c.reason,
                   r.c.created_at, first.label("grp")).where(r.c.course_family == family)
    if target_id is not None:
        inner = inner.where(r.c.target_uuid == target_id)
    g = inner.subquery()
    q = select(g.c.uuid, g.c.course_family, g.c.target, g.c.target_uuid, u.c.username, g.c.reason,
               g.c.created_at).select_from(g.join(u, u.c.id == g.c.reporter_id)).order_by(g.c.grp, g.c.id)
    if after is not None:
        mark = conn.execute(select(g.c.grp, g.c.id).where(g.c.uuid == after)).first()
        if mark is not None:
            q = q.where(tuple_(g.c.grp, g.c.id) > tuple_(mark[0], mark[1]))
    if limit is not None:
        q = q.limit(max(1, min(limit, REPORTS_PAGE_MAX)))
    return [{"id": x[0], "course_family": x[1], "target": x[2], "target_id": x[3], "reporter": x[4],
             "reason": x[5], "created_at": x[6]} for x in conn.execute(q)]
