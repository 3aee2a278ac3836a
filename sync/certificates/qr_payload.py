"""The QR payload: the whole signed credential, so a printout verifies with no network.

Format: `LC1:` then Base45 (RFC 9285) of the zlib-compressed (RFC 1950) compact JSON of the
credential. Every character is in QR's alphanumeric set, so the code stays small.
"""
from __future__ import annotations

import json
import zlib
from typing import Any

from .encoding import b45decode, b45encode
from .errors import CertificateError, FailureReason

PREFIX = "LC1:"
MAX_JSON_BYTES = 1 << 20  # a decompression bomb stops here


def encode(document: dict[str, Any]) -> str:
    compact = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return PREFIX + b45encode(zlib.compress(compact.encode("utf-8"), 9))


def decode(payload: str) -> dict[str, Any]:
    """The credential inside a payload; CertificateError NOT_A_CERTIFICATE or MALFORMED."""
    text = payload.strip()
    if not text.startswith(PREFIX):
        raise CertificateError(FailureReason.NOT_A_CERTIFICATE,
                               "This QR code is not a Lectern certificate.")
    try:
        packed = b45decode(text[len(PREFIX):])
        inflater = zlib.decompressobj()
        data = inflater.decompress(packed, MAX_JSON_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("truncated or too large")
        document = json.loads(data.decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError) as exc:
        raise CertificateError(FailureReason.MALFORMED,
                               f"The certificate's QR code is damaged ({exc}).") from None
    if not isinstance(document, dict):
        raise CertificateError(FailureReason.MALFORMED, "The QR code holds no credential.")
    return document
