"""The Open Badges 3.0 `OpenBadgeCredential` Lectern's hub issues for a completed course.

It is a W3C Verifiable Credential (Data Model 2.0). The holder is named for people to read and
identified by a salted hash (OB 3.0 IdentityObject), never an e-mail; the achievement carries
the course title, language, criteria in words and hours (OB's `creditsAvailable`, which the
spec defines as credit hours).
"""
from __future__ import annotations

import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..signing import PrivateKey
from . import dids, proof
from .errors import CertificateError, FailureReason
from .jsonld import OB_V3, VC_V2

CREDENTIAL_TYPES = ("VerifiableCredential", "OpenBadgeCredential")
STATUS_PURPOSE = "revocation"
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
# urn:uuid namespace for achievements: one id per (issuer, course), stable across issues.
_ACHIEVEMENT_NS = uuid.UUID("0b8d6c3e-6f0e-5a51-9c1e-6c6563746572")


@dataclass(frozen=True)
class CertificateFacts:
    """What the hub knows when it issues: who, which course, where revocation is published."""

    holder_name: str
    holder_identity: str          # the hub account's stable id; only its salted hash is written
    course_id: str
    course_title: str
    course_language: str          # BCP 47, e.g. "es" or "pt-BR"
    criteria: str                 # the requirements in words
    hours: float
    issuer_name: str
    status_list_url: str          # the BitstringStatusListCredential's id
    status_index: int


@dataclass(frozen=True)
class CertificateSummary:
    """What a person reads off a credential (the verify line, the certificate screen)."""

    credential_id: str
    holder_name: str
    course_title: str
    course_language: str
    hours: float | None
    valid_from: str
    valid_until: str | None
    issuer: str
    issuer_name: str
    status_list_url: str | None
    status_index: int | None


def identity_hash(identity: str, salt: str) -> str:
    """OB 3.0 IdentityHash: 'sha256$' and the hex SHA-256 of the identity then the salt."""
    return "sha256$" + hashlib.sha256((identity + salt).encode("utf-8")).hexdigest()


def achievement_id(issuer: str, course_id: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_ACHIEVEMENT_NS, f'{issuer} {course_id}')}"


def _number(hours: float) -> float | int:
    return int(hours) if float(hours).is_integer() else float(hours)


def status_entry(list_url: str, index: int) -> dict[str, Any]:
    return {"id": f"{list_url}#{index}", "type": "BitstringStatusListEntry",
            "statusPurpose": STATUS_PURPOSE, "statusListIndex": str(index),
            "statusListCredential": list_url}


def build(facts: CertificateFacts, issuer: str, issued_at: datetime | None = None,
          credential_id: str | None = None, salt: str | None = None) -> dict[str, Any]:
    """The unsigned credential; `issue` signs it."""
    for label, value in (("holder name", facts.holder_name), ("identity", facts.holder_identity),
                         ("course title", facts.course_title), ("criteria", facts.criteria),
                         ("issuer name", facts.issuer_name),
                         ("status list URL", facts.status_list_url)):
        if not value.strip():
            raise CertificateError(FailureReason.MALFORMED, f"A certificate needs a {label}.")
    if not _LANGUAGE.match(facts.course_language):
        raise CertificateError(FailureReason.MALFORMED,
                               f"{facts.course_language!r} is not a language tag (BCP 47).")
    if not 0 <= facts.hours < 100000 or facts.status_index < 0:
        raise CertificateError(FailureReason.MALFORMED, "Hours and status index are >= 0.")
    salt = salt or secrets.token_hex(16)
    return {
        "@context": [VC_V2, OB_V3],
        "id": credential_id or f"urn:uuid:{uuid.uuid4()}",
        "type": list(CREDENTIAL_TYPES),
        "name": facts.course_title,
        "issuer": {"id": issuer, "type": ["Profile"], "name": facts.issuer_name},
        "validFrom": proof.xsd_now(issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": facts.holder_name,
            "identifier": [{
                "type": "IdentityObject", "identityType": "identifier", "hashed": True,
                "identityHash": identity_hash(facts.holder_identity, salt), "salt": salt}],
            "achievement": {
                "id": achievement_id(issuer, facts.course_id),
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": facts.course_title,
                "inLanguage": facts.course_language,
                "criteria": {"narrative": facts.criteria},
                "creditsAvailable": _number(facts.hours),
            },
        },
        "credentialStatus": status_entry(facts.status_list_url, facts.status_index),
    }


def issue(facts: CertificateFacts, key: PrivateKey, issued_at: datetime | None = None,
          credential_id: str | None = None, salt: str | None = None) -> dict[str, Any]:
    """The signed OpenBadgeCredential, issued by `key`'s did:key."""
    unsigned = build(facts, dids.did_key(key.public_raw), issued_at, credential_id, salt)
    return proof.sign(unsigned, key, issued_at)


def is_certificate(document: object) -> bool:
    """Whether the JSON claims to be an Open Badges credential at all (before any check)."""
    if not isinstance(document, dict):
        return False
    types = document.get("type")
    types = [types] if isinstance(types, str) else types
    return (isinstance(types, list) and "VerifiableCredential" in types
            and ("OpenBadgeCredential" in types or "AchievementCredential" in types))


def summarize(document: dict[str, Any]) -> CertificateSummary:
    """Read the fields a person needs; CertificateError (MALFORMED) when one is missing."""
    try:
        subject = document["credentialSubject"]
        achievement = subject["achievement"]
        issuer = document["issuer"]
        issuer_id = issuer["id"] if isinstance(issuer, dict) else issuer
        issuer_name = issuer.get("name", "") if isinstance(issuer, dict) else ""
        hours = achievement.get("creditsAvailable")
        status = document.get("credentialStatus")
        if isinstance(status, list):
            status = next((s for s in status if isinstance(s, dict)
                           and s.get("statusPurpose") == STATUS_PURPOSE), None)
        status_url = status.get("statusListCredential") if isinstance(status, dict) else None
        status_index = int(status["statusListIndex"]) if isinstance(status, dict) else None
        summary = CertificateSummary(
            credential_id=str(document.get("id", "")),
            holder_name=str(subject.get("name", "")),
            course_title=str(achievement["name"]),
            course_language=str(achievement.get("inLanguage", "")),
            hours=float(hours) if isinstance(hours, (int, float)) else None,
            valid_from=str(document["validFrom"]),
            valid_until=document.get("validUntil"),
            issuer=str(issuer_id), issuer_name=str(issuer_name),
            status_list_url=status_url if isinstance(status_url, str) else None,
            status_index=status_index)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise CertificateError(FailureReason.MALFORMED,
                               "The credential lacks a holder, course, date or issuer.") from None
    return summary
