"""Certificates on the hub: decide who earned one, sign it, revoke it.

Deciding is `sync.requirements.evaluate` (the rule the player mirrors) on the hub's facts:
merged completions, the hub's own quiz grades, the learner's own posts per discussion,
whether they answered someone else, and when they finished by their device's clock. It runs
inside the sync's write transaction, and only for families whose facts that push changed.

Signing (eddsa-rdfc-2022: RDF canonicalization in Python, ~6 ms a credential) is kept out of
the group-commit writer, which every other sync waits for: the sync that earned a certificate
records the row and its `certificate` event, then signs on its own request thread once the
commit is done and stores the credential with a second, small write; anything left unsigned
(an older hub's rows, a crash in between) is signed by `sign_pending` when the hub starts to
serve. The credential and the current status list reach the learner as `credential` and
`status_list` feed events (sync.protocol).

The status list's index of a certificate is its row id. The list is kept signed in `meta` and
re-signed on every revocation.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Collection, Protocol, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from sync.certificates import CertificateError, CertificateFacts, did_key, issue, issue_status_list
from sync.certificates.status_list import MIN_BITS
from sync.errors import LecternError
from sync.manifest import Manifest
from sync.protocol import STATUS_LIST_PATH
from sync.requirements import (
    Checklist,
    FactTimes,
    LearnerFacts,
    RequirementKind,
    Requirements,
    evaluate,
    facts_from,
    finishing_time,
)
from sync.signing import PrivateKey, PublicKey, generate_keypair, load_private_key

from . import db, feed
from .courses import CourseIndex, CourseRow, latest_versions
from .errors import HubError, HubErrorKind
from .settings import HubSettings

log = logging.getLogger(__name__)

T = TypeVar("T")


class Writer(Protocol[T]):
    """How certificates are written: `GroupCommit.run` (the hub's writer); `learners`, when
    given, are the only learners whose rows the work writes (hub.write_locks)."""

    def __call__(self, work: Callable[[Connection], T], *,
                 learners: Collection[int] | None = None) -> T: ...

_C = db.certificates
_META_LIST = "status_list"
_META_LIST_URL = "status_list_url"
_META_ISSUER = "issuer_did"
#: client event kinds whose device time says when the learner did something that counts


# --------------------------------------------------------------------------- the issuer


@dataclass(frozen=True)
class Issuer:
    key: PrivateKey
    did: str
    name: str

    @property
    def public_key(self) -> PublicKey:
        return PublicKey.from_raw(self.key.public_raw, "lectern-hub issuer")


_issuers: dict[str, Issuer] = {}
_issuers_lock = threading.Lock()


def issuer(settings: HubSettings) -> Issuer:
    """The hub's issuer: its key file, made on first use (owner-only), or the configured one."""
    path = settings.issuer_key_path
    with _issuers_lock:
        found = _issuers.get(str(path))
        if found is not None:
            return found
        try:
            if not path.exists() and settings.issuer_key_file is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                try:
                    generate_keypair(path, "lectern-hub issuer")
                    log.info("made the hub's certificate issuer key %s", path)
                except LecternError:
                    pass  # another process made it meanwhile: read theirs
            key = load_private_key(path)
        except LecternError as exc:
            raise HubError(HubErrorKind.BAD_REQUEST, f"The certificate issuer key: {exc.message}") from None
        if os.name == "posix" and path.stat().st_mode & 0o077:
            log.warning("the issuer key %s can be read by other users; chmod 600 it", path)
        name = settings.issuer_name or f"Lectern course server ({socket.gethostname()})"
        found = _issuers[str(path)] = Issuer(key, did_key(key.public_raw), name)
        return found


def pin_issuer(database: db.Database, settings: HubSettings) -> Issuer:
    """This process's issuer, checked against the one the database names (recorded by the
    first `serve`). Hub processes on several machines share one database: each machine's own
    key would sign certificates and sync-file replies that players pinned to another key
    refuse, so a process with a different key must not serve."""
    found = issuer(settings)
    with database.write() as conn:
        stored = conn.execute(select(db.meta.c.value).where(db.meta.c.key == _META_ISSUER)).scalar()
        if stored is None:
            conn.execute(db.meta.insert().values(key=_META_ISSUER, value=found.did))
            return found
    if stored != found.did:
        raise HubError(HubErrorKind.BAD_REQUEST,
                       f"This machine's certificate issuer key ({settings.issuer_key_path}) is not the hub's: "
                       f"the database's certificates and sync-file replies are signed by {stored}, this key is "
                       f"{found.did}. Copy the hub's issuer key here or set LECTERN_HUB_ISSUER_KEY to it "
                       "(docs/deploy.md).")
    return found


def status_list_url(conn: Connection, settings: HubSettings) -> str:
    """The status list's URL: made once (from `public_url`, else this host's name) and kept,
    because every credential issued names it."""
    url = conn.execute(select(db.meta.c.value).where(db.meta.c.key == _META_LIST_URL)).scalar()
    if url is not None:
        return str(url)
    base = (settings.public_url or f"http://{socket.getfqdn()}:8765").rstrip("/")
    url = base + STATUS_LIST_PATH
    conn.execute(db.meta.insert().values(key=_META_LIST_URL, value=url))
    return url


def _stored_url(conn: Connection) -> str | None:
    value = conn.execute(select(db.meta.c.value).where(db.meta.c.key == _META_LIST_URL)).scalar()
    return None if value is None else str(value)


# --------------------------------------------------------------------------- deciding


def _items_facts(conn: Connection, user_id: int, family: str) -> LearnerFacts:
    """Completions and quiz passes alone: two indexed reads, enough to rule most pushes out."""
    p, qa = db.progress, db.quiz_attempts
    completed = [r[0] for r in conn.execute(select(p.c.item_id).where(
        p.c.user_id == user_id, p.c.course_family == family, p.c.completed.is_(True)))]
    passed = [r[0] for r in conn.execute(select(qa.c.item_id).distinct().where(
        qa.c.user_id == user_id, qa.c.course_family == family, qa.c.passed.is_(True)))]
    return facts_from(completed, passed)


def with_run_end(conn: Connection, user_id: int, family: str, req: Requirements) -> Requirements:
    """The requirements as they bind this learner: the end is the earlier of the manifest's
    `ends` and the end of the learner's run (hub.runs)."""
    from .runs import run_end
    ends = [t for t in (req.ends, run_end(conn, user_id, family)) if t is not None]
    return replace(req, ends=min(ends)) if ends else req


def fact_times(conn: Connection, user_id: int, family: str) -> FactTimes:
    """When each fact was first true, by `made_at` (docs/protocol.md, "Hub time"); rows from
    before schema 5 have none and count from when the hub received them. A thread or post a
    moderator hid counts for nothing."""
    p, qa, th, po = db.progress, db.quiz_attempts, db.threads, db.posts
    t = db.parse_time
    completed = {item: when for item, made, at in conn.execute(select(
        p.c.item_id, p.c.completed_made_at, p.c.completed_at).where(
        p.c.user_id == user_id, p.c.course_family == family, p.c.completed.is_(True)))
        if (when := t(made or at)) is not None}
    passed: dict[str, datetime] = {}
    for item, made, received in conn.execute(select(qa.c.item_id, qa.c.made_at, qa.c.received_at).where(
            qa.c.user_id == user_id, qa.c.course_family == family, qa.c.passed.is_(True))):
        when = t(made or received)
        if when is not None and (item not in passed or when < passed[item]):
            passed[item] = when
    posts: dict[str, list[datetime]] = {}
    for item, made, created in conn.execute(select(th.c.item_id, th.c.made_at, th.c.created_at).where(
            th.c.author_id == user_id, th.c.course_family == family, th.c.hidden.is_(False))):
        if (when := t(made or created)) is not None:
            posts.setdefault(item, []).append(when)
    parent = aliased(po)
    first_reply: datetime | None = None
    for item, made, created, parent_id, parent_author, thread_author in conn.execute(select(
            th.c.item_id, po.c.made_at, po.c.created_at, po.c.parent_id, parent.c.author_id, th.c.author_id)
            .select_from(po.join(th, th.c.id == po.c.thread_id).outerjoin(parent, parent.c.id == po.c.parent_id))
            .where(po.c.author_id == user_id, th.c.course_family == family, po.c.hidden.is_(False))):
        when = t(made or created)
        if when is None:
            continue
        posts.setdefault(item, []).append(when)
        colleague = parent_author != user_id if parent_id is not None else thread_author != user_id
        if colleague and (first_reply is None or when < first_reply):
            first_reply = when
    return FactTimes(completed, passed, posts, first_reply)


def learner_facts(conn: Connection, user_id: int, family: str, requirements: Requirements | None = None, *,
                  items: LearnerFacts | None = None) -> LearnerFacts:
    """What the hub knows the learner did in a course family (every device, every language).
    With `requirements` that have an end (hub.certificates.with_run_end), also when the
    learner finished them (sync.requirements.finishing_time, the player's rule too)."""
    th, po = db.threads, db.posts
    items = items or _items_facts(conn, user_id, family)
    posts: dict[str, int] = {}
    for item_id, n in conn.execute(select(th.c.item_id, func.count()).where(
            th.c.author_id == user_id, th.c.course_family == family, th.c.hidden.is_(False)).group_by(th.c.item_id)):
        posts[item_id] = posts.get(item_id, 0) + int(n)
    for item_id, n in conn.execute(select(th.c.item_id, func.count()).select_from(
            po.join(th, th.c.id == po.c.thread_id)).where(
            po.c.author_id == user_id, th.c.course_family == family, po.c.hidden.is_(False)).group_by(th.c.item_id)):
        posts[item_id] = posts.get(item_id, 0) + int(n)
    parent = aliased(po)
    # A reply to a colleague: to another's post, or straight to another's thread. Answering
    # a colleague's post inside one's own thread counts; answering oneself never does.
    replied = conn.execute(select(po.c.id).select_from(
        po.join(th, th.c.id == po.c.thread_id).outerjoin(parent, parent.c.id == po.c.parent_id)).where(
        po.c.author_id == user_id, th.c.course_family == family, po.c.hidden.is_(False),
        ((po.c.parent_id.is_not(None)) & (parent.c.author_id != user_id))
        | ((po.c.parent_id.is_(None)) & (th.c.author_id != user_id))).limit(1)).first() is not None
    finished = None
    if requirements is not None and requirements.ends is not None:
        finished = finishing_time(requirements, fact_times(conn, user_id, family))
    return facts_from(items.completed, items.passed_quizzes, posts, replied, finished)


def earned(conn: Connection, index: CourseIndex, family_rows: list[CourseRow], user_id: int, family: str,
           prefer: str | None = None) -> CourseRow | None:
    """The course (newest version of a language of the family) whose requirements the learner
    meets, preferring `prefer`; None when none is met."""
    items: LearnerFacts | None = None
    latest = latest_versions([r for r in family_rows if r.course_family == family])
    now = db.hub_datetime()
    for row in sorted(latest.values(), key=lambda r: (r.course_id != prefer, r.course_id)):
        req = index.manifest(conn, row.pk).requirements
        if req.is_empty:
            continue
        # This runs in the sync's write transaction: the cheap facts first, and the forum's
        # and the finishing time's reads only for a learner whose items are all done.
        items = items or _items_facts(conn, user_id, family)
        if not all(s.done for s in evaluate(req, items).statuses
                   if s.kind in (RequirementKind.ITEM, RequirementKind.QUIZ)):
            continue
        req = with_run_end(conn, user_id, family, req)
        if evaluate(req, learner_facts(conn, user_id, family, req, items=items), now).earned:
            return row
    return None


def checklist(conn: Connection, manifest: Manifest, user_id: int, family: str) -> Checklist:
    req = with_run_end(conn, user_id, family, manifest.requirements)
    return evaluate(req, learner_facts(conn, user_id, family, req), db.hub_datetime())


def record(conn: Connection, *, user_id: int, username: str, family: str, row: CourseRow, now: str,
           granted_by: str | None = None, granted_reason: str | None = None) -> int:
    """A certificate row and its `certificate` event (as older hubs sent it); unsigned yet."""
    cert_id = db.inserted_pk(conn.execute(_C.insert().values(
        user_id=user_id, course_family=family, course_id=row.course_id, version=row.version,
        issued_at=now, granted_by=granted_by, granted_reason=granted_reason)))
    feed.append(conn, family=family, kind="certificate", audience_user_id=user_id, created_at=now, payload={
        "certificate_id": cert_id, "course_family": family, "course_id": row.course_id,
        "version": row.version, "username": username, "issued_at": now})
    log.info("certificate %d for %s in %s%s", cert_id, username, family,
             f" (granted by {granted_by})" if granted_by else "")
    return cert_id


# --------------------------------------------------------------------------- signing


def criteria_words(manifest: Manifest) -> str:
    """The requirements in words, for a course that states none."""
    req: Requirements = manifest.requirements
    if req.criteria:
        return req.criteria
    titles = {it.id: it.title for it in manifest.items()}
    parts = []
    if req.required_items:
        parts.append(f"Completed all {len(req.required_items)} required parts of the course")
    if req.quizzes_passed:
        parts.append("passed " + ", ".join(titles.get(q, q) for q in req.quizzes_passed))
    for forum in req.forum:
        where = ", ".join(titles.get(d, d) for d in forum.discussions)
        parts.append(f"posted at least {forum.min_posts} time{'s' if forum.min_posts != 1 else ''} in {where}")
    if req.reply_to_colleague:
        parts.append("replied to a colleague in the course's discussions")
    text = "; ".join(parts) or "Completed the course"
    return text + "."


@dataclass(frozen=True)
class _Pending:
    cert_id: int
    user_id: int
    username: str
    family: str
    course_id: str
    version: int
    issued_at: str


def _pending(conn: Connection, ids: Iterable[int] | None) -> list[_Pending]:
    q = select(_C.c.id, _C.c.user_id, db.users.c.username, _C.c.course_family, _C.c.course_id, _C.c.version,
               _C.c.issued_at).select_from(_C.join(db.users, db.users.c.id == _C.c.user_id)).where(
        _C.c.credential.is_(None)).order_by(_C.c.id)
    if ids is not None:
        q = q.where(_C.c.id.in_(list(ids)))
    return [_Pending(*r) for r in conn.execute(q)]


def _facts(conn: Connection, index: CourseIndex, p: _Pending, url: str, issuer_name: str) -> CertificateFacts:
    row = index.find(conn, p.course_id, p.version) or index.find(conn, p.course_id)
    if row is None:
        raise HubError(HubErrorKind.NOT_FOUND, f"The course {p.course_id} of certificate {p.cert_id} is gone.")
    manifest = index.manifest(conn, row.pk)
    return CertificateFacts(
        holder_name=p.username, holder_identity=p.username, course_id=p.course_id,
        course_title=manifest.title, course_language=manifest.language, criteria=criteria_words(manifest),
        hours=manifest.requirements.hours or 0.0, issuer_name=issuer_name, status_list_url=url,
        status_index=p.cert_id)


def sign_pending(database: db.Database, index: CourseIndex, settings: HubSettings, write: Writer[Any],
                 ids: Iterable[int] | None = None) -> int:
    """Sign the credentials of certificates that have none (`ids`, or all of them), outside
    any write transaction, then store each with its `credential` and `status_list` events.
    Returns how many were signed. A failure is logged and left for the next call."""
    with database.read() as conn:
        pending = _pending(conn, ids)
        if not pending:
            return 0
        url = _stored_url(conn)
    if url is None:
        url = write(lambda conn: status_list_url(conn, settings))
    who = issuer(settings)
    signed: list[tuple[_Pending, dict[str, Any]]] = []
    with database.read() as conn:
        for p in pending:
            try:
                facts = _facts(conn, index, p, url, who.name)
                credential = issue(facts, who.key, db.parse_time(p.issued_at))
            except (HubError, CertificateError, LecternError) as exc:
                log.error("certificate %d cannot be signed: %s", p.cert_id, getattr(exc, "message", exc))
                continue
            signed.append((p, credential))
    if not signed:
        return 0
    status = current_status_list(database, settings, write)

    def store(conn: Connection) -> int:
        now = db.hub_now()
        count = 0
        for p, credential in signed:
            done = conn.execute(update(_C).where(_C.c.id == p.cert_id, _C.c.credential.is_(None)).values(
                credential=json.dumps(credential, separators=(",", ":"), ensure_ascii=False),
                credential_id=credential["id"], credential_at=now))
            if not done.rowcount:
                continue  # another worker process signed it first
            count += 1
            feed.append(conn, family=p.family, kind="credential", audience_user_id=p.user_id, created_at=now,
                        payload={"certificate_id": p.cert_id, "course_family": p.family, "course_id": p.course_id,
                                 "version": p.version, "username": p.username, "issued_at": p.issued_at,
                                 "credential_id": credential["id"], "credential": credential})
            _send_status_list(conn, p.user_id, p.family, status, now)
        return count

    # Only the learners' own rows (their certificates, credential and status-list rows): the
    # pushes of everyone else go on meanwhile, which matters when a whole cohort finishes.
    return int(write(store, learners={p.user_id for p, _ in signed}))


# --------------------------------------------------------------------------- the status list


def _revoked_ids(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(select(_C.c.id).where(_C.c.revoked_at.is_not(None)))]


def _list_size(conn: Connection) -> int:
    top = conn.execute(select(func.max(_C.c.id))).scalar() or 0
    return max(MIN_BITS, (int(top) // MIN_BITS + 1) * MIN_BITS)


def _sign_list(conn: Connection, settings: HubSettings) -> dict[str, Any]:
    url = status_list_url(conn, settings)
    return issue_status_list(url, _revoked_ids(conn), issuer(settings).key, size_bits=_list_size(conn))


def _store_list(conn: Connection, document: dict[str, Any]) -> None:
    text = json.dumps(document, separators=(",", ":"))
    if conn.execute(update(db.meta).where(db.meta.c.key == _META_LIST).values(value=text)).rowcount == 0:
        conn.execute(db.meta.insert().values(key=_META_LIST, value=text))


def stored_status_list(database: db.Database) -> dict[str, Any] | None:
    with database.read() as conn:
        text = conn.execute(select(db.meta.c.value).where(db.meta.c.key == _META_LIST)).scalar()
    return None if text is None else dict(json.loads(text))


def current_status_list(database: db.Database, settings: HubSettings, write: Writer[Any]) -> dict[str, Any]:
    """The signed list, made (and kept) the first time it is needed, or grown when the
    certificates outnumber its bits."""
    found = stored_status_list(database)
    if found is not None:
        with database.read() as conn:
            size = _list_size(conn)
        encoded_ok = _bits_of(found) >= size
        if encoded_ok:
            return found

    def make(conn: Connection) -> dict[str, Any]:
        document = _sign_list(conn, settings)
        _store_list(conn, document)
        return document

    return dict(write(make))


def _bits_of(document: dict[str, Any]) -> int:
    from sync.certificates import Bitstring
    try:
        return len(Bitstring.decode(document["credentialSubject"]["encodedList"]))
    except (KeyError, TypeError, ValueError):
        return 0


def _send_status_list(conn: Connection, user_id: int, family: str, document: dict[str, Any], now: str) -> None:
    """The learner's newest status list replaces any older one still in their feed."""
    # Why: only for the learner's own revoked certificates (another's reason is not theirs to read).
    reasons = {str(cid): why or "" for cid, why in conn.execute(select(_C.c.id, _C.c.revoked_reason).where(
        _C.c.user_id == user_id, _C.c.revoked_at.is_not(None)))}
    seq = feed.append(conn, family=family, kind="status_list", audience_user_id=user_id, created_at=now, payload={
        "url": document["id"], "issuer": document["issuer"], "updated_at": now, "credential": document,
        "reasons": reasons})
    # Appended first, then the older ones go: deleting the newest row first would let SQLite
    # give its number again, to a row that devices past that number would never pull.
    conn.execute(delete(db.feed).where(db.feed.c.audience_user_id == user_id, db.feed.c.kind == "status_list",
                                       db.feed.c.seq < seq))


# --------------------------------------------------------------------------- administration


@dataclass(frozen=True)
class CertificateRow:
    id: int
    username: str
    course_family: str
    course_id: str
    version: int
    issued_at: str
    credential_id: str | None
    revoked_at: str | None
    revoked_by: str | None
    revoked_reason: str | None
    granted_by: str | None
    granted_reason: str | None
    credential: dict[str, Any] | None

    @property
    def state(self) -> str:
        if self.revoked_at:
            return "revoked"
        return "issued" if self.credential_id else "signing"


def _rows(conn: Connection, *where: Any) -> list[CertificateRow]:
    out = []
    for r in conn.execute(select(
            _C.c.id, db.users.c.username, _C.c.course_family, _C.c.course_id, _C.c.version, _C.c.issued_at,
            _C.c.credential_id, _C.c.revoked_at, _C.c.revoked_by, _C.c.revoked_reason, _C.c.granted_by,
            _C.c.granted_reason, _C.c.credential).select_from(
            _C.join(db.users, db.users.c.id == _C.c.user_id)).where(*where).order_by(_C.c.id)):
        (cid, username, family, course_id, version, issued_at, credential_id, revoked_at, revoked_by,
         revoked_reason, granted_by, granted_reason, credential) = r
        out.append(CertificateRow(cid, username, family, course_id, version, issued_at, credential_id, revoked_at,
                                  revoked_by, revoked_reason, granted_by, granted_reason,
                                  json.loads(credential) if credential else None))
    return out


def list_certificates(database: db.Database, index: CourseIndex, course_id: str) -> list[CertificateRow]:
    with database.read() as conn:
        row = index.find(conn, course_id)
        if row is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"No course '{course_id}' is published on this hub.")
        return _rows(conn, _C.c.course_family == row.course_family)


def find_certificate(conn: Connection, ident: str) -> CertificateRow:
    """By row id, or by credential id (urn:uuid:...)."""
    text = ident.strip()
    if text.isdigit():
        found = _rows(conn, _C.c.id == int(text))
    else:
        found = _rows(conn, _C.c.credential_id == text)
    if not found:
        raise HubError(HubErrorKind.NOT_FOUND, f"No certificate {text[:80]!r} on this hub "
                       "(give the number `certificates list` shows, or the credential's urn:uuid id).")
    return found[0]


def revoke(database: db.Database, settings: HubSettings, write: Writer[Any], ident: str, *, reason: str,
           by: str) -> CertificateRow:
    """Revoke one certificate: its bit set in a newly signed status list, which goes to every
    learner holding a credential of this hub with their next sync."""
    if not reason.strip():
        raise HubError(HubErrorKind.INVALID, "Say why with --reason TEXT; it is kept with the certificate.")
    issuer(settings)  # the key first: a missing key is bad input, before anything is written

    def work(conn: Connection) -> CertificateRow:
        cert = find_certificate(conn, ident)
        if cert.revoked_at:
            raise HubError(HubErrorKind.CONFLICT, f"Certificate {cert.id} was already revoked on "
                           f"{cert.revoked_at} by {cert.revoked_by}.")
        now = db.hub_now()
        conn.execute(update(_C).where(_C.c.id == cert.id).values(
            revoked_at=now, revoked_by=by, revoked_reason=reason.strip()))
        document = _sign_list(conn, settings)
        _store_list(conn, document)
        holders = conn.execute(select(_C.c.user_id, func.min(_C.c.course_family)).where(
            _C.c.credential.is_not(None)).group_by(_C.c.user_id)).all()
        for user_id, family in holders:
            _send_status_list(conn, user_id, family, document, now)
        log.warning("certificate %d of %s revoked by %s: %s", cert.id, cert.username, by, reason.strip())
        return find_certificate(conn, str(cert.id))

    result: CertificateRow = write(work)
    return result


def grant(database: db.Database, index: CourseIndex, settings: HubSettings, write: Writer[Any], username: str,
          course_id: str, *, reason: str, by: str) -> CertificateRow:
    """A staff override: a certificate the rule did not award, recorded with who and why."""
    if not reason.strip():
        raise HubError(HubErrorKind.INVALID, "Say why with --reason TEXT; it is kept with the certificate.")
    issuer(settings)
    name = username.strip().casefold()

    def work(conn: Connection) -> int:
        user_id = conn.execute(select(db.users.c.id).where(db.users.c.username == name)).scalar()
        if user_id is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"No user '{name}' on this hub.")
        row = index.find(conn, course_id)
        if row is None:
            raise HubError(HubErrorKind.NOT_FOUND, f"No course '{course_id}' is published on this hub.")
        have = conn.execute(select(_C.c.id).where(
            _C.c.user_id == user_id, _C.c.course_family == row.course_family)).scalar()
        if have is not None:
            raise HubError(HubErrorKind.CONFLICT, f"{name} already has certificate {have} for the course "
                           f"family {row.course_family}.")
        status_list_url(conn, settings)
        return record(conn, user_id=int(user_id), username=name, family=row.course_family, row=row,
                      now=db.hub_now(), granted_by=by, granted_reason=reason.strip())

    cert_id = int(write(work))
    log.warning("certificate %d granted to %s by %s: %s", cert_id, name, by, reason.strip())
    sign_pending(database, index, settings, write, [cert_id])
    with database.read() as conn:
        return find_certificate(conn, str(cert_id))


def warm_up() -> None:
    """Load the signing machinery (PyLD, the JSON-LD contexts, ~0.1 s) once, off the request
    path, so the first learner to earn a certificate does not pay for it in their sync."""
    try:
        facts = CertificateFacts("Warm Up", "warm-up", "warm-up", "Warm up", "en", "Nothing.", 0.0, "Lectern",
                                 "https://lectern.invalid/status", 0)
        issue(facts, PrivateKey.generate())
    except Exception:  # noqa: BLE001 - only a warm-up: the real signing reports its own errors
        log.debug("certificate warm-up failed", exc_info=True)


class PendingSigner:
    """Signs what is left unsigned (an older hub's certificates, a crash between commit and
    signing) on a thread of its own when `serve` starts, then whenever asked."""

    def __init__(self, sign: Callable[[], int], interval: float = 300.0) -> None:
        self._sign = sign
        self._interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="hub-certificates", daemon=True)
            self._thread.start()

    def nudge(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def _loop(self) -> None:
        warm_up()
        while not self._stop.is_set():
            try:
                count = self._sign()
                if count:
                    log.info("signed %d pending certificate credential(s)", count)
            except Exception:  # noqa: BLE001 - logged; tried again later
                log.exception("signing pending certificates failed; trying again later")
            self._wake.wait(self._interval)
            self._wake.clear()


__all__ = ["CertificateRow", "Issuer", "PendingSigner", "checklist", "criteria_words", "current_status_list",
           "earned", "find_certificate", "grant", "issuer", "learner_facts", "list_certificates", "record",
           "revoke", "sign_pending", "status_list_url", "stored_status_list"]
