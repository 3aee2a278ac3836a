"""Offline verification of a certificate: signature, issuer trust, dates and revocation."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ..errors import LecternError
from ..signing import PublicKey
from . import dids, proof
from .credential import STATUS_PURPOSE, CertificateSummary, is_certificate, summarize
from .errors import CertificateError, FailureReason
from .jsonld import VC_V2
from .status_list import read_status_list

TrustedIssuer = str | bytes | PublicKey


@dataclass(frozen=True)
class VerificationResult:
    """`ok`, or the reason it is not and a sentence saying so; the summary when readable."""

    ok: bool
    reason: FailureReason | None
    message: str
    summary: CertificateSummary | None = None
    revocation_checked: bool = False


def _parse_time(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def trusted_dids(trusted: Iterable[TrustedIssuer]) -> set[str]:
    """did:key strings, Lectern public key lines, Multikeys or raw keys, as did:key."""
    out = set()
    for item in trusted:
        try:
            out.add(dids.normalize_issuer(item))
        except (ValueError, LecternError) as exc:  # KeyFileError from a bad key line
            raise CertificateError(FailureReason.MALFORMED,
                                   f"A trusted issuer cannot be read: {exc}") from None
    return out


def verify(document: object, trusted_issuers: Iterable[TrustedIssuer] | None = None,
           status_list: dict[str, Any] | None = None, now: datetime | None = None
           ) -> VerificationResult:
    """Verify a certificate offline. `trusted_issuers`: None trusts any issuer whose signature
    holds (the result names it); a collection pins issuers (CertificateError when one cannot
    be read). `status_list`: the issuer's BitstringStatusListCredential, when there is one."""
    pinned = None if trusted_issuers is None else trusted_dids(trusted_issuers)  # may raise
    summary: CertificateSummary | None = None
    try:
        if not is_certificate(document):
            raise CertificateError(FailureReason.NOT_A_CERTIFICATE,
                                   "This is not an Open Badges certificate.")
        assert isinstance(document, dict)
        context = document.get("@context")
        if not isinstance(context, list) or not context or context[0] != VC_V2:
            raise CertificateError(FailureReason.MALFORMED,
                                   "The credential is not a Verifiable Credential 2.0.")
        summary = summarize(document)
        issuer = proof.check(document)
        if pinned is not None and issuer not in pinned:
            raise CertificateError(FailureReason.UNKNOWN_ISSUER,
                                   f"The issuer {issuer} is not one this computer trusts.")
        moment = now or datetime.now(timezone.utc)
        valid_from = _parse_time(document.get("validFrom"))
        if valid_from is None:
            raise CertificateError(FailureReason.MALFORMED, "The credential has no valid date.")
        if valid_from > moment:
            raise CertificateError(FailureReason.EXPIRED,
                                   f"The credential is valid only from {summary.valid_from}.")
        until = document.get("validUntil")
        if until is not None:
            valid_until = _parse_time(until)
            if valid_until is None or valid_until < moment:
                raise CertificateError(FailureReason.EXPIRED,
                                       f"The credential expired on {until}.")
        checked = False
        if status_list is not None:
            _check_status(document, issuer, summary, status_list)
            checked = True
    except CertificateError as exc:
        return VerificationResult(False, exc.reason, exc.message, summary)
    return VerificationResult(True, None, "The certificate is valid.", summary, checked)


def _check_status(document: dict[str, Any], issuer: str, summary: CertificateSummary,
                  status_list: dict[str, Any]) -> None:
    list_id, list_issuer, bits = read_status_list(status_list)
    if summary.status_list_url is None or summary.status_index is None:
        entry = document.get("credentialStatus")
        if entry is None:
            return  # a credential without a status entry cannot be revoked
        raise CertificateError(FailureReason.MALFORMED,
                               f"The credential has no {STATUS_PURPOSE} status entry.")
    if list_issuer != issuer:
        raise CertificateError(FailureReason.BAD_STATUS_LIST,
                               "The status list was signed by another issuer.")
    if list_id != summary.status_list_url:
        raise CertificateError(FailureReason.BAD_STATUS_LIST,
                               f"The status list given is {list_id}; this credential's is "
                               f"{summary.status_list_url}.")
    try:
        revoked = bits.get(summary.status_index)
    except IndexError as exc:
        raise CertificateError(FailureReason.MALFORMED, str(exc)) from None
    if revoked:
        raise CertificateError(FailureReason.REVOKED, "The issuer has revoked this certificate.")
