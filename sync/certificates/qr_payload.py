"""The QR payload: the whole signed credential, so a printout verifies with no network.

Format: `LC1:` then Base45 (RFC 9285) of the zlib stream (RFC 1950) of the credential's compact
JSON, compressed with the preset dictionary below (its Adler-32 is in the stream's header, FDICT).
Every character is in QR's alphanumeric set. The dictionary is the JSON boilerplate every
Lectern credential repeats; it shrinks a typical payload from ~1,450 to ~880 characters (QR
version 26 to 20 at ECC level M). It is part of the format: never change it, make `LC2:`.
"""
from __future__ import annotations

import json
import zlib
from typing import Any

from .encoding import b45decode, b45encode
from .errors import CertificateError, FailureReason
from .shape import MAX_CREDENTIAL_BYTES, load_json

PREFIX = "LC1:"
MAX_JSON_BYTES = MAX_CREDENTIAL_BYTES  # a decompression bomb stops here
DICTIONARY = (
    b'{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/'
    b'v3p0/context-3.0.3.json"],"id":"urn:uuid:","type":["VerifiableCredential","OpenBadgeCred'
    b'ential"],"name":"","issuer":{"id":"did:key:z6Mk","type":["Profile"],"name":""},"validFro'
    b'm":"T00:00:00Z","credentialSubject":{"type":["AchievementSubject"],"name":"","identifier'
    b'":[{"type":"IdentityObject","identityType":"identifier","hashed":true,"identityHash":"sh'
    b'a256$","salt":""}],"achievement":{"id":"urn:uuid:","type":["Achievement"],"achievementTy'
    b'pe":"Course","name":"","inLanguage":"","criteria":{"narrative":""},"creditsAvailable":}}'
    b',"credentialStatus":{"id":"https://","type":"BitstringStatusListEntry","statusPurpose":"'
    b'revocation","statusListIndex":"","statusListCredential":"https://"},"proof":{"type":"Dat'
    b'aIntegrityProof","cryptosuite":"eddsa-rdfc-2022","created":"T00:00:00Z","verificationMet'
    b'hod":"did:key:z6Mk#z6Mk","proofPurpose":"assertionMethod","proofValue":"z"}}')


def encode(document: dict[str, Any]) -> str:
    compact = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    packer = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, DICTIONARY)
    return PREFIX + b45encode(packer.compress(compact.encode("utf-8")) + packer.flush())


def decode(payload: str) -> dict[str, Any]:
    """The credential inside a payload; CertificateError NOT_A_CERTIFICATE or MALFORMED."""
    text = payload.strip()
    if not text.startswith(PREFIX):
        raise CertificateError(FailureReason.NOT_A_CERTIFICATE,
                               "This QR code is not a Lectern certificate.")
    try:
        packed = b45decode(text[len(PREFIX):])
        inflater = zlib.decompressobj(zdict=DICTIONARY)
        data = inflater.decompress(packed, MAX_JSON_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise ValueError("truncated or too large")
        document = load_json(data.decode("utf-8"), "QR code's credential", MAX_JSON_BYTES)
    except (ValueError, zlib.error, UnicodeDecodeError, RecursionError) as exc:
        raise CertificateError(FailureReason.MALFORMED,
                               f"The certificate's QR code is damaged ({exc}).") from None
    if not isinstance(document, dict):
        raise CertificateError(FailureReason.MALFORMED, "The QR code holds no credential.")
    return document
