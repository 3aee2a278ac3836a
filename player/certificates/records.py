"""What the certificate screens show, as plain records: the screens take these, never a store,
so tests build them directly and the services' results are read into them in one place
(`row_from_service`, `page_from_service`)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sync.requirements import Checklist

# One vocabulary of states for the service, the CLI and the screens.
from sync.services.certificates import CertificateRecord, CertificateState, RequirementsReport

__all__ = ["CertificateRow", "CertificateState", "RequirementsPage", "page_from_service",
           "row_from_credential", "row_from_service"]


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


def row_from_service(record: CertificateRecord) -> CertificateRow:
    """A `sync.services.certificates.CertificateRecord` as the screen's row."""
    return CertificateRow(
        credential_id=record.credential_id or f"certificate-{record.certificate_id}",
        course_id=record.course_id, course_title=record.course_title, issued=record.issued_at,
        hours=record.hours, language=record.language, state=record.state,
        holder_name=record.holder_name, issuer_name=record.issuer_name, issuer=record.issuer,
        criteria=record.criteria, credential=record.credential)


def page_from_service(report: RequirementsReport) -> RequirementsPage:
    """`sync.services.certificates.requirements_checklist`'s report as the view's page."""
    return RequirementsPage(
        course_id=report.course_id, course_title=report.course_title,
        checklist=report.checklist, titles=dict(report.titles), state=report.state,
        ends=report.ends, no_certificate=report.no_certificate)
