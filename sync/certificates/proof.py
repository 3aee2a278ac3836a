"""`DataIntegrityProof` with the `eddsa-rdfc-2022` cryptosuite (W3C VC-DI-EdDSA 1.0, 3.3).

Signing: canonicalize (RDFC-1.0) the document without its proof and the proof's options with
the document's @context, SHA-256 each, sign proof-options hash + document hash with Ed25519,
write the signature as multibase base58btc `proofValue`.
"""
from __future__ import annotations

import copy
import hashlib
from datetime import datetime, timezone
from typing import Any

from ..signing import PrivateKey, PublicKey
from . import dids
from .encoding import multibase_b58, multibase_b58_decode
from .errors import CertificateError, FailureReason
from .jsonld import canonize

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PURPOSE = "assertionMethod"


def xsd_now(now: datetime | None = None) -> str:
    """An xsd:dateTimeStamp to the second in UTC, e.g. 2025-03-01T09:30:00Z."""
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _hash_data(unsecured: dict[str, Any], options: dict[str, Any]) -> bytes:
    config = dict(options)
    config["@context"] = unsecured["@context"]
    return (hashlib.sha256(canonize(config).encode("utf-8")).digest()
            + hashlib.sha256(canonize(unsecured).encode("utf-8")).digest())


def sign(document: dict[str, Any], key: PrivateKey, created: datetime | None = None
         ) -> dict[str, Any]:
    """A copy of `document` with a proof by `key`, whose did:key must be the issuer."""
    unsecured = copy.deepcopy(document)
    unsecured.pop("proof", None)
    options = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": xsd_now(created),
        "verificationMethod": dids.verification_method(key.public_raw),
        "proofPurpose": PURPOSE,
    }
    signature = key.sign(_hash_data(unsecured, options))
    secured = copy.deepcopy(unsecured)
    secured["proof"] = {**options, "proofValue": multibase_b58(signature)}
    return secured


def issuer_id(document: dict[str, Any]) -> str | None:
    issuer = document.get("issuer")
    if isinstance(issuer, dict):
        issuer = issuer.get("id")
    return issuer if isinstance(issuer, str) else None


def check(document: dict[str, Any]) -> str:
    """Check the document's one proof; return the issuer's did:key. CertificateError says why
    not: MALFORMED (no usable proof) or TAMPERED (the signature does not match)."""
    proof = document.get("proof")
    if not isinstance(proof, dict):
        raise CertificateError(FailureReason.MALFORMED,
                               "The credential has no proof (or more than one).")
    if (proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE
            or proof.get("proofPurpose") != PURPOSE):
        raise CertificateError(FailureReason.MALFORMED,
                               f"The credential's proof is not a {PROOF_TYPE} "
                               f"({CRYPTOSUITE}) for {PURPOSE}.")
    method, value = proof.get("verificationMethod"), proof.get("proofValue")
    if not isinstance(method, str) or not isinstance(value, str):
        raise CertificateError(FailureReason.MALFORMED,
                               "The credential's proof names no key or has no signature.")
    try:
        raw = dids.public_key_of_did(method)
    except ValueError as exc:
        raise CertificateError(FailureReason.MALFORMED,
                               f"The credential's key cannot be read offline: {exc}.") from None
    issuer = issuer_id(document)
    if issuer is None or issuer != method.partition("#")[0]:
        raise CertificateError(FailureReason.TAMPERED,
                               "The credential was not signed by the issuer it names.")
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    context = options.pop("@context", None)
    if context is not None and context != document.get("@context"):
        raise CertificateError(FailureReason.MALFORMED,
                               "The proof's @context differs from the credential's.")
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    try:
        signature = multibase_b58_decode(value)
    except ValueError:
        raise CertificateError(FailureReason.TAMPERED,
                               "The credential's signature is damaged.") from None
    if not PublicKey.from_raw(raw).verify(signature, _hash_data(unsecured, options)):
        raise CertificateError(FailureReason.TAMPERED,
                               "The credential was changed after it was signed.")
    return issuer
