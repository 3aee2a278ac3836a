"""What the certificate screens show, as plain records: the screens take these, never a store,
so tests build them directly and the services' results are read into them in one place
(`from_service`)."""
from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.requirements import Checklist


class CertificateState(enum.Enum):
    """Where a course's certificate stands, as the learner is told it."""

    NOT_EARNED = "not_earned"   # requirements left to do
    WAITING = "waiting"         # earned on this computer; the course server issues it after a sync
    ISSUED = "issued"           # the signed credential is here
    REVOKED = "revoked"         # the issuer withdrew it


@dataclass(frozen=True)
class RequirementsPage:
    """One course's checklist as the Requirements view shows it."""

    course_id: str
    course_title: str
    checklist: Checklist
    #: item id -> its title in the course (for "Pass “Quiz 1”")
    titles: Mapping[str, str] = field(default_factory=dict)
    state: CertificateState = CertificateState.NOT_EARNED
    #: the run's end, when the course has one ("Before 31 December 2026")
    ends: datetime | None = None
    #: the course awards no certificate (it declares nothing to do)
    no_certificate: bool = False


@dataclass(frozen=True)
class CertificateRow:
    """One certificate on the Certificates screen."""

    credential_id: str
    course_id: str
    course_title: str
    issued: str                 # the credential's validFrom (ISO 8601)
    hours: float | None
    language: str               # the course's language (BCP 47)
    state: CertificateState
    holder_name: str = ""
    issuer_name: str = ""
    issuer: str = ""            # the issuer's did:key
    criteria: str = ""
    #: the signed credential (for the QR preview and the exports), when it is here
    credential: dict[str, Any] | None = None


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    """The first of `names` an object or a mapping has (services' records are read by name)."""
    for name in names:
        if isinstance(obj, Mapping) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def state_of(value: Any) -> CertificateState:
    """A service's state (an enum of its own, or a word) as the screens' state."""
    raw = getattr(value, "value", value)
    text = str(raw or "").lower().replace("-", "_").replace(" ", "_")
    for state in CertificateState:
        if text == state.value or text == state.name.lower():
            return state
    if text in ("earned", "earned_waiting", "pending", "waiting_to_sync", "earned_not_synced"):
        return CertificateState.WAITING
    if text in ("none", "not_yet", "not_yet_earned", "in_progress"):
        return CertificateState.NOT_EARNED
    return CertificateState.NOT_EARNED


def row_from_credential(credential: dict[str, Any], course_id: str = "",
                        state: CertificateState = CertificateState.ISSUED) -> CertificateRow:
    """A certificate row read off the credential itself (`sync.certificates.summarize`)."""
    from sync.certificates import summarize

    summary = summarize(credential)
    achievement = credential.get("credentialSubject", {}).get("achievement", {})
    criteria = achievement.get("criteria", {}) if isinstance(achievement, dict) else {}
    return CertificateRow(
        credential_id=summary.credential_id, course_id=course_id,
        course_title=summary.course_title, issued=summary.valid_from, hours=summary.hours,
        language=summary.course_language, state=state, holder_name=summary.holder_name,
        issuer_name=summary.issuer_name, issuer=summary.issuer,
        criteria=str(criteria.get("narrative", "")) if isinstance(criteria, dict) else "",
        credential=credential)


def row_from_service(record: Any) -> CertificateRow:
    """A `sync.services.certificates` record (or a credential) as a row."""
    if isinstance(record, CertificateRow):
        return record
    credential = _get(record, "credential", "document")
    state = state_of(_get(record, "state", "status", default="issued"))
    course_id = str(_get(record, "course_id", default="") or "")
    if isinstance(credential, dict):
        row = row_from_credential(credential, course_id, state)
    elif isinstance(record, dict) and "credentialSubject" in record:
        return row_from_credential(record)
    else:
        row = CertificateRow(
            credential_id=str(_get(record, "credential_id", "id", default="")),
            course_id=course_id,
            course_title=str(_get(record, "course_title", "title", default="")),
            issued=str(_get(record, "issued_at", "valid_from", "issued", default="")),
            hours=_get(record, "hours"),
            language=str(_get(record, "language", "course_language", default="")),
            state=state, holder_name=str(_get(record, "holder_name", default="")),
            issuer_name=str(_get(record, "issuer_name", default="")))
    return row


def page_from_service(record: Any) -> RequirementsPage:
    """`sync.services.certificates.requirements_checklist`'s result as the view's page."""
    if isinstance(record, RequirementsPage):
        return record
    checklist = _get(record, "checklist")
    if not isinstance(checklist, Checklist):
        checklist = Checklist(())
    requirements = _get(record, "requirements")
    ends = _get(record, "ends", default=_get(requirements, "ends"))
    titles = _get(record, "titles", "item_titles", default={}) or {}
    return RequirementsPage(
        course_id=str(_get(record, "course_id", default="")),
        course_title=str(_get(record, "course_title", "title", default="")),
        checklist=checklist, titles=dict(titles),
        state=state_of(_get(record, "state", "certificate_state", default="not_earned")),
        ends=ends if isinstance(ends, datetime) else None,
        no_certificate=bool(_get(record, "no_certificate",
                                 default=requirements is not None
                                 and bool(_get(requirements, "is_empty", default=False)))))
