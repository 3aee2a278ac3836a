"""Certificates as Open Badges 3.0 credentials: issue, sign, revoke, verify offline, QR payload.

Qt-free; the hub issues with it, the player and the CLI verify with it. See docs/certificates.md.
"""
from __future__ import annotations

from .credential import CertificateFacts, CertificateSummary, issue, summarize
from .dids import did_key, public_key_of_did
from .errors import CertificateError, FailureReason
from .qr_payload import decode as decode_qr_payload
from .qr_payload import encode as encode_qr_payload
from .status_list import Bitstring, issue_status_list, read_status_list
from .verify import VerificationResult, verify

__all__ = [
    "Bitstring", "CertificateError", "CertificateFacts", "CertificateSummary", "FailureReason",
    "VerificationResult", "decode_qr_payload", "did_key", "encode_qr_payload", "issue",
    "issue_status_list", "public_key_of_did", "read_status_list", "summarize", "verify",
]
