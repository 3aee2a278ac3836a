"""A learner's certificates, offline: the checklist of what earns one, the certificates the hub
issued (signed Open Badges credentials that came with sync), exporting and verifying them.

Every function is a plain blocking use case (no Qt). The player runs those taking a `store` on
its store lane (`TaskManager.call_service(fn, ..., store=...)`); the `lectern` command line
uses the `*_at(paths, ...)` forms, which open the profile's store themselves.

A certificate's state, as the learner is told it:

- `not_earned`  requirements are left to do (the checklist says which);
- `waiting`     earned here (the checklist is complete) or recorded by the hub, but its signed
                credential has not arrived yet: it comes with a sync;
- `issued`      the signed credential is on this computer;
- `revoked`     the issuer's status list (it travels with sync) marks the credential revoked.
"""
from __future__ import annotations

import enum
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..errors import LecternError, NotInstalledError, StoreError
from ..paths import DataPaths
from ..requirements import Checklist, Requirements

if TYPE_CHECKING:
    from ..certificates import CertificateSummary
    from ..store import LearnerStore

__all__ = [
    "CertificateRecord", "CertificateState", "RequirementsReport", "Verification",
    "credential_at", "export_credential", "export_credential_at", "list_certificates",
    "list_certificates_at", "mark_announced", "requirements_checklist", "trusted_issuers",
    "unannounced", "verify_credential", "verify_payloads",
]


class CertificateState(str, enum.Enum):
    """Where a course's certificate stands (the words are the player's `CertificateState`)."""

    NOT_EARNED = "not_earned"
    WAITING = "waiting"
    ISSUED = "issued"
    REVOKED = "revoked"


@dataclass(frozen=True)
class CertificateRecord:
    """One certificate on this computer, as the Certificates screen and `lectern certificates`
    list it. Fields read off the credential are empty while it has not arrived (`waiting`)."""

    certificate_id: int            # the hub's number for it (`lectern certificate export ID`)
    credential_id: str             # the credential's id (urn:uuid:...); "" until it arrives
    course_id: str
    course_family: str
    course_title: str
    issued_at: str                 # the credential's validFrom, else the hub's record time
    hours: float | None
    language: str                  # the course's language (BCP 47)
    state: CertificateState
    holder_name: str = ""
    issuer_name: str = ""
    issuer: str = ""               # the issuer's did:key
    criteria: str = ""
    credential: dict[str, Any] | None = None   # the signed credential, as issued
    revoked_at: str | None = None  # when this computer learnt of the revocation
    revoked_reason: str | None = None


@dataclass(frozen=True)
class RequirementsReport:
    """One course's checklist (`sync.requirements.evaluate` on what this computer knows) and
    where its certificate stands."""

    course_id: str
    course_title: str
    requirements: Requirements
    checklist: Checklist
    state: CertificateState
    titles: Mapping[str, str] = field(default_factory=dict)   # item id -> title
    ends: datetime | None = None   # the run's end, if the course has one
    no_certificate: bool = False   # the course declares nothing to do: it awards none
    certificate: CertificateRecord | None = None


@dataclass(frozen=True)
class Verification:
    """The answer to "is this certificate genuine?": `ok` and one line for a person.

    `reason` is a `sync.certificates.FailureReason` value (`tampered`, `unknown-issuer`,
    `revoked`, `not-a-certificate`, `malformed`, `expired`, `bad-status-list`) or `unreadable`
    (no file, no JSON, no QR code found); None when valid."""

    ok: bool
    reason: str | None
    line: str
    summary: "CertificateSummary | None" = None
    revocation_checked: bool = False


UNREADABLE = "unreadable"


def list_certificates(store: "LearnerStore") -> list[CertificateRecord]:
    """Every certificate on this computer, oldest first."""
    raise NotImplementedError


def list_certificates_at(paths: DataPaths) -> list[CertificateRecord]:
    """`list_certificates` for a profile's data dir (the command line)."""
    raise NotImplementedError


def requirements_checklist(store: "LearnerStore", course_id: str,
                           now: datetime | None = None) -> RequirementsReport:
    """A course's checklist and its certificate's state (NotInstalledError for an unknown
    course). `now` (aware) decides a run's end; default the clock."""
    raise NotImplementedError


def credential_at(paths: DataPaths, certificate_id: str) -> CertificateRecord:
    """One certificate by its number or its credential id (StoreError when there is none)."""
    raise NotImplementedError


def export_credential(store: "LearnerStore", certificate_id: str | int,
                      out_path: Path | str) -> Path:
    """Write the signed credential as JSON to `out_path`, atomically (a temporary file in the
    same folder, then renamed). StoreError when the credential has not arrived."""
    raise NotImplementedError


def export_credential_at(paths: DataPaths, certificate_id: str, out_path: Path | str) -> Path:
    """`export_credential` for a profile's data dir (the command line)."""
    raise NotImplementedError


def trusted_issuers(extra: Iterable[str] = ()) -> list[str] | None:
    """The issuers to pin: `extra` (did:key, Multikey or Lectern key lines) and court IT's
    `trusted_issuers` from the site configuration. None (trust any intact signature and name
    the issuer) when neither names one."""
    raise NotImplementedError


def verify_credential(credential: str | bytes | Mapping[str, Any],
                      trusted: Iterable[str] | None = None,
                      status_list: Mapping[str, Any] | str | None = None) -> Verification:
    """Verify a credential offline: its JSON (text, bytes or parsed), or a QR payload
    (`LC1:...`). `trusted`: None uses `trusted_issuers()`. `status_list`: the issuer's
    BitstringStatusListCredential (parsed or JSON text), if known."""
    raise NotImplementedError


def verify_payloads(payloads: Iterable[str], trusted: Iterable[str] | None = None,
                    status_list: Mapping[str, Any] | str | None = None) -> Verification:
    """The QR codes found on a page or photo: the first that is a certificate, verified
    (`unreadable` when there is none)."""
    raise NotImplementedError


def unannounced(store: "LearnerStore") -> list[CertificateRecord]:
    """Credentials that arrived with sync and the learner has not been told of yet."""
    raise NotImplementedError


def mark_announced(store: "LearnerStore", credential_ids: Iterable[str]) -> None:
    """The learner was told: these are not announced again."""
    raise NotImplementedError


def _unused() -> tuple[object, ...]:  # pragma: no cover - keeps the skeleton's imports
    return (json, os, tempfile, LecternError, NotInstalledError, StoreError)
