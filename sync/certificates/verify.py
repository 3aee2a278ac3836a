"""Offline verification of a certificate: signature, issuer trust, dates and revocation."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from ..errors import LecternError
from ..signing import PublicKey
from . import dids, proof
from .credential import STATUS_PURPOSE, CertificateSummary, is_certificate, summarize
from .errors import CertificateError, FailureReason
from .jsonld import VC_V2
from .shape import check_credential_shape
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
    revocation_as_of: str | None = None   # the status list's validFrom, when one was given


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
           status_list: dict[str, Any] | None = None, now: datetime | None = None,
           status_list_max_age: timedelta | None = None) -> VerificationResult:
    """Verify a certificate offline.

    `trusted_issuers`: the issuers pinned (CertificateError when one cannot be read). An
    issuer nobody pinned is never valid: the result is UNKNOWN_ISSUER, whose message says
    whether the signature itself is intact (None = nobody pinned any issuer).
    `status_list`: the issuer's BitstringStatusListCredential, when there is one; the result
    then carries its validFrom (`revocation_as_of`). `status_list_max_age`: a list older than
    that is BAD_STATUS_LIST.

    The credential must be shaped exactly as Lectern issues (`shape`): that is checked before
    anything is read off it or canonicalized."""
    pinned = set() if trusted_issuers is None else trusted_dids(trusted_issuers)  # may raise
    summary: CertificateSummary | None = None
    as_of: str | None = None
    try:
        if not is_certificate(document):
            raise CertificateError(FailureReason.NOT_A_CERTIFICATE,
                                   "This is not an Open Badges certificate.")
        assert isinstance(document, dict)
        context = document.get("@context")
        if not isinstance(context, list) or not context or context[0] != VC_V2:
            raise CertificateError(FailureReason.MALFORMED,
                                   "The credential is not a Verifiable Credential 2.0.")
        check_credential_shape(document)
        summary = summarize(document)
        issuer = proof.check(document)
        if issuer not in pinned:
            who = "no issuer is trusted on this computer" if not pinned else \
                "its issuer is not one this computer trusts"
            raise CertificateError(
                FailureReason.UNKNOWN_ISSUER,
                f"The signature is intact, but {who}: {issuer}"
                + (f" ({summary.issuer_name})" if summary.issuer_name else "")
                + ". Court IT pins issuers (trusted_issuers in the site file); "
                  "`--trust-issuer` names one for this check.")
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
            as_of = _check_status(issuer, summary, status_list, moment, status_list_max_age)
            checked = True
    except CertificateError as exc:
        return VerificationResult(False, exc.reason, exc.message, summary,
                                  revocation_as_of=as_of)
    return VerificationResult(True, None, "The certificate is valid.", summary, checked, as_of)


def _check_status(issuer: str, summary: CertificateSummary, status_list: dict[str, Any],
                  moment: datetime, max_age: timedelta | None) -> str:
    """Raise unless the list is the issuer's, fresh enough, and leaves the credential in
    force; its validFrom. A Lectern credential always has a revocation entry (the shape
    check requires it): one without is malformed, never "checked"."""
    if summary.status_list_url is None or summary.status_index is None:
        raise CertificateError(FailureReason.MALFORMED,
                               f"The credential has no {STATUS_PURPOSE} status entry.")
    list_id, _list_issuer, bits = read_status_list(status_list, issuer)
    if list_id != summary.status_list_url:
        raise CertificateError(FailureReason.BAD_STATUS_LIST,
                               f"The status list given is {list_id}; this credential's is "
                               f"{summary.status_list_url}.")
    as_of = str(status_list.get("validFrom"))
    issued = _parse_time(as_of)
    if issued is None:
        raise CertificateError(FailureReason.BAD_STATUS_LIST, "The status list has no date.")
    if max_age is not None and moment - issued > max_age:
        raise CertificateError(FailureReason.BAD_STATUS_LIST,
                               f"The status list is from {as_of[:10]}, older than "
                               f"{max_age.days} days; get a newer one from the issuer.")
    try:
        revoked = bits.get(summary.status_index)
    except IndexError as exc:
        raise CertificateError(FailureReason.MALFORMED, str(exc)) from None
    if revoked:
        raise CertificateError(FailureReason.REVOKED,
                               f"The issuer has revoked this certificate (status list of "
                               f"{as_of[:10]}).")
    return as_of
