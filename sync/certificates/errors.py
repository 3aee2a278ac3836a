"""The certificate package's errors and the reasons a credential is refused."""
from __future__ import annotations

from enum import Enum

from ..errors import LecternError


class FailureReason(Enum):
    """Why a credential does not verify: one plain answer for `lectern certificate verify`."""

    TAMPERED = "tampered"                  # the signature does not match the content
    UNKNOWN_ISSUER = "unknown-issuer"      # signed, but not by an issuer the verifier trusts
    REVOKED = "revoked"                    # the issuer's status list marks it revoked
    NOT_A_CERTIFICATE = "not-a-certificate"  # JSON, but not an Open Badges credential
    MALFORMED = "malformed"                # unreadable, or a credential this version cannot check
    EXPIRED = "expired"                    # past its validUntil, or not valid yet
    BAD_STATUS_LIST = "bad-status-list"    # the status list given is not the issuer's, or damaged


class CertificateError(LecternError):
    """A credential, status list or QR payload cannot be made or read."""

    def __init__(self, reason: FailureReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason
