"""Certificates on the learner's side: the hub's signed credentials and status lists as they
arrived with sync, what the learner was told, and what the learner did toward a certificate
(the facts `sync.requirements` evaluates offline).

A credential's state is `issued` until the newest status list of its issuer held here marks
its index: then `revoked`, with the moment this computer learnt it. The status list is read
for its bits only (the hub the learner syncs with sent it); `sync.services.certificates`
verifies its signature whenever a credential is verified against it.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .base import StoreBase, stamp
from .settings import ACCOUNT, read_state

log = logging.getLogger(__name__)

ISSUED = "issued"
REVOKED = "revoked"


@dataclass(frozen=True)
class StoredCertificate:
    """One certificate row: the hub's record and, once it arrived, the signed credential."""

    family: str
    certificate_id: int
    course_id: str
    version: int
    issued_at: str                      # the hub's record time
    credential_id: str | None
    credential: dict[str, Any] | None   # the signed JSON, as issued
    issuer: str | None
    credential_at: str | None           # device time the credential arrived
    state: str                          # ISSUED or REVOKED
    revoked_reason: str | None
    revoked_at: str | None              # device time this computer learnt of the revocation
    announced: bool


@dataclass(frozen=True)
class StoredStatusList:
    issuer: str
    url: str
    updated_at: str
    credential: dict[str, Any]
    received_at: str


@dataclass(frozen=True)
class HubCredential:
    """A certificate's signed credential, from the hub (protocol `credential` event)."""

    certificate_id: int
    family: str
    course_id: str
    version: int
    issued_at: str
    credential_id: str
    credential: Mapping[str, Any]


@dataclass(frozen=True)
class HubStatusList:
    """The issuer's signed revocation list, from the hub (protocol `status_list` event).
    `reasons` (status index -> the hub's words) when the hub sends them."""

    url: str
    issuer: str
    updated_at: str
    credential: Mapping[str, Any]
    reasons: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CertificateFactRows:
    """What the learner did in a course family, with when (device time, ISO 8601), for the
    checklist: completed items, quizzes passed (first pass), own posts per discussion
    (threads and replies, posted here or on another device, sent or waiting; not refused),
    and the first reply to someone else's thread or post."""

    completed: Mapping[str, str]                 # item id -> completed_at
    passed: Mapping[str, str]                    # quiz item id -> first passing attempt
    posts: Mapping[str, tuple[str, ...]]         # forum item id -> own posts' times, oldest first
    first_reply_at: str | None                   # None: no reply to a colleague yet


def _row(r: Mapping[str, Any]) -> StoredCertificate:
    credential = None
    if r["credential"]:
        try:
            loaded = json.loads(r["credential"])
            credential = loaded if isinstance(loaded, dict) else None
        except ValueError:
            log.warning("certificate %s: its stored credential is not JSON", r["certificate_id"])
    return StoredCertificate(r["course_family"], r["certificate_id"], r["course_id"], r["version"],
                             r["issued_at"], r["credential_id"], credential, r["issuer"],
                             r["credential_at"], r["state"], r["revoked_reason"], r["revoked_at"],
                             bool(r["announced"]))


class CertificatesMixin(StoreBase):
    def stored_certificates(self) -> list[StoredCertificate]:
        """Every certificate here, oldest first."""
        return [_row(r) for r in self.db.query(
            "SELECT * FROM certificates ORDER BY issued_at, certificate_id")]

    def unannounced_certificates(self) -> list[StoredCertificate]:
        """Credentials that arrived and are in force, which the learner was not told of."""
        return [_row(r) for r in self.db.query(
            "SELECT * FROM certificates WHERE credential IS NOT NULL AND announced = 0"
            " AND state = 'issued' ORDER BY issued_at, certificate_id")]

    def mark_certificates_announced(self, credential_ids: Iterable[str]) -> int:
        """The learner was told of these credentials' arrival; how many rows changed."""
        ids = [str(i) for i in credential_ids]
        changed = 0
        with self.transaction() as conn:
            for credential_id in ids:
                changed += conn.execute("UPDATE certificates SET announced = 1"
                                        " WHERE credential_id = ? AND announced = 0",
                                        [credential_id]).rowcount
        return changed

    def status_list_of(self, issuer: str) -> StoredStatusList | None:
        """The newest status list of an issuer held here."""
        r = self._one("SELECT * FROM status_lists WHERE issuer = ?", [issuer])
        if r is None:
            return None
        try:
            credential = json.loads(r["credential"])
        except ValueError:
            return None
        if not isinstance(credential, dict):
            return None
        return StoredStatusList(r["issuer"], r["url"], r["updated_at"], credential,
                                r["received_at"])

    def certificate_fact_rows(self, course_id: str) -> CertificateFactRows:
        """What the learner did in this course's family (any language version)."""
        family = self.get_course_family(course_id)
        conn = self.db.conn
        me = read_state(conn, ACCOUNT)
        completed = {r[0]: r[1] for r in conn.execute(
            "SELECT item_id, completed_at FROM progress WHERE family = ? AND completed_at IS NOT NULL",
            [family])}
        passed = {r[0]: r[1] for r in conn.execute(
            "SELECT item_id, MIN(created_at) FROM quiz_attempts WHERE family = ? AND passed = 1"
            " GROUP BY item_id", [family])}

        def own(state: str, author: str) -> bool:
            if state in ("pending", "sent"):
                return True
            return state == "server" and me is not None and author.strip().casefold() == me

        posts: dict[str, list[str]] = {}
        thread_authors: dict[str, tuple[str, bool]] = {}
        for tid, item, author, created, state in conn.execute(
                "SELECT id, item_id, author, created_at, state FROM forum_threads WHERE family = ?",
                [family]):
            mine = own(state, author)
            thread_authors[tid] = (item, mine)
            if mine:
                posts.setdefault(item, []).append(created)
        post_rows = conn.execute(
            "SELECT p.id, p.thread_id, p.parent_id, p.author, p.created_at, p.state FROM forum_posts p"
            " JOIN forum_threads t ON t.id = p.thread_id WHERE t.family = ?", [family]).fetchall()
        post_mine = {pid: own(state, author) for pid, _t, _p, author, _c, state in post_rows}
        replies: list[str] = []
        for pid, tid, parent, _author, created, _state in post_rows:
            if not post_mine[pid]:
                continue
            item, thread_mine = thread_authors[tid]
            posts.setdefault(item, []).append(created)
            answered_mine = post_mine.get(parent) if parent is not None else thread_mine
            if answered_mine is False:          # someone else's post or thread
                replies.append(created)
        return CertificateFactRows(completed, passed,
                                   {k: tuple(sorted(v)) for k, v in posts.items()},
                                   min(replies) if replies else None)


# --------------------------------------------------------------------------- the inbox's part


def apply_credential(conn: sqlite3.Connection, event: HubCredential) -> None:
    """Keep a certificate's credential (and the certificate, if its own event has not come):
    applied again, it changes nothing; a new credential for the family (a staff re-issue)
    replaces the old one and is announced anew. Its state follows the status list held."""
    document = dict(event.credential)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    issuer_value = document.get("issuer")
    issuer = issuer_value.get("id") if isinstance(issuer_value, dict) else issuer_value
    issuer = issuer if isinstance(issuer, str) else None
    conn.execute(
        "INSERT INTO certificates(course_family, certificate_id, course_id, version, issued_at,"
        " credential_id, credential, issuer, credential_at, state, announced)"
        " VALUES (?,?,?,?,?,?,?,?,?, 'issued', 0) ON CONFLICT(course_family) DO UPDATE SET"
        " certificate_id = excluded.certificate_id, course_id = excluded.course_id,"
        " version = excluded.version, issued_at = excluded.issued_at,"
        " announced = CASE WHEN certificates.credential_id IS excluded.credential_id"
        "   THEN certificates.announced ELSE 0 END,"
        " state = CASE WHEN certificates.credential_id IS excluded.credential_id"
        "   THEN certificates.state ELSE 'issued' END,"
        " revoked_reason = CASE WHEN certificates.credential_id IS excluded.credential_id"
        "   THEN certificates.revoked_reason ELSE NULL END,"
        " revoked_at = CASE WHEN certificates.credential_id IS excluded.credential_id"
        "   THEN certificates.revoked_at ELSE NULL END,"
        " credential_at = CASE WHEN certificates.credential_id IS excluded.credential_id"
        "   THEN certificates.credential_at ELSE excluded.credential_at END,"
        " credential_id = excluded.credential_id, credential = excluded.credential,"
        " issuer = excluded.issuer",
        [event.family, event.certificate_id, event.course_id, event.version, event.issued_at,
         event.credential_id, text, issuer, stamp()])
    if issuer is not None:
        held = conn.execute("SELECT credential FROM status_lists WHERE issuer = ?",
                            [issuer]).fetchone()
        if held is not None:
            try:
                status_list = json.loads(held[0])
            except ValueError:
                return
            _revoke_marked(conn, issuer, status_list, {}, only_family=event.family)


def apply_status_list(conn: sqlite3.Connection, event: HubStatusList) -> None:
    """Keep the issuer's newest status list (an older one arriving late is ignored) and mark
    the credentials it revokes."""
    held = conn.execute("SELECT updated_at FROM status_lists WHERE issuer = ?",
                        [event.issuer]).fetchone()
    if held is not None and held[0] > event.updated_at:
        return
    document = dict(event.credential)
    conn.execute(
        "INSERT INTO status_lists(issuer, url, updated_at, credential, received_at)"
        " VALUES (?,?,?,?,?) ON CONFLICT(issuer) DO UPDATE SET url = excluded.url,"
        " updated_at = excluded.updated_at, credential = excluded.credential,"
        " received_at = CASE WHEN status_lists.credential = excluded.credential"
        "   THEN status_lists.received_at ELSE excluded.received_at END",
        [event.issuer, event.url, event.updated_at,
         json.dumps(document, ensure_ascii=False, separators=(",", ":")), stamp()])
    _revoke_marked(conn, event.issuer, document, event.reasons)


def _revoke_marked(conn: sqlite3.Connection, issuer: str, status_list: Mapping[str, Any],
                   reasons: Mapping[int, str], only_family: str | None = None) -> None:
    """Set each credential of `issuer` named by this list to what its bit says. A list that
    does not name `issuer` as its own is not inflated (a GZIP bomb from anyone else costs
    nothing); inflating stops at 16 MiB (`Bitstring.decode`)."""
    from ..certificates.status_list import Bitstring

    if status_list.get("issuer") != issuer:
        log.warning("status list for %s names another issuer; ignored", issuer)
        return
    subject = status_list.get("credentialSubject")
    list_id = status_list.get("id")
    encoded = subject.get("encodedList") if isinstance(subject, dict) else None
    if not isinstance(encoded, str) or not isinstance(list_id, str):
        log.warning("status list of %s has no id or list; ignored", issuer)
        return
    try:
        bits = Bitstring.decode(encoded)
    except ValueError as exc:
        log.warning("status list of %s is damaged (%s); ignored", issuer, exc)
        return
    rows = conn.execute("SELECT course_family, credential, state FROM certificates"
                        " WHERE issuer = ? AND credential IS NOT NULL"
                        + (" AND course_family = ?" if only_family else ""),
                        [issuer, only_family] if only_family else [issuer]).fetchall()
    now = stamp()
    for family, text, state in rows:
        index = _status_index(text, list_id)
        if index is None:
            continue
        try:
            revoked = bits.get(index)
        except IndexError:
            continue
        if revoked and state != REVOKED:
            conn.execute("UPDATE certificates SET state = 'revoked', revoked_at = ?,"
                         " revoked_reason = ? WHERE course_family = ?",
                         [now, reasons.get(index), family])
        elif revoked and reasons.get(index):
            conn.execute("UPDATE certificates SET revoked_reason = ? WHERE course_family = ?",
                         [reasons[index], family])
        elif not revoked and state == REVOKED:
            conn.execute("UPDATE certificates SET state = 'issued', revoked_at = NULL,"
                         " revoked_reason = NULL WHERE course_family = ?", [family])


def _status_index(credential_text: str, list_id: str) -> int | None:
    """The credential's revocation index in the list `list_id`, if it names that list."""
    try:
        document = json.loads(credential_text)
    except ValueError:
        return None
    entries = document.get("credentialStatus") if isinstance(document, dict) else None
    for entry in entries if isinstance(entries, list) else [entries]:
        if isinstance(entry, dict) and entry.get("statusPurpose") == "revocation" \
                and entry.get("statusListCredential") == list_id:
            try:
                return int(entry["statusListIndex"])
            except (KeyError, TypeError, ValueError):
                return None
    return None
