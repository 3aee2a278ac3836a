"""`did:key` for Ed25519 keys, resolved offline: the DID *is* the public key.

did:key:z6Mk... is multibase base58btc of the multicodec prefix 0xed 0x01 and the 32-byte key;
the verification method is the DID, '#', and the same multibase text (W3C CCG did:key 0.7).
"""
from __future__ import annotations

from ..signing import PublicKey
from .encoding import multibase_b58, multibase_b58_decode

_ED25519_PUB = b"\xed\x01"
PREFIX = "did:key:"
#: an Ed25519 did:key is 56 characters: did:key:z6Mk and 44 more
MAX_DID_CHARS = 56


def multikey(raw: bytes) -> str:
    """The Multikey `publicKeyMultibase` of an Ed25519 public key: z6Mk..."""
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return multibase_b58(_ED25519_PUB + raw)


def did_key(raw: bytes) -> str:
    return PREFIX + multikey(raw)


def verification_method(raw: bytes) -> str:
    return f"{did_key(raw)}#{multikey(raw)}"


def public_key_of_did(did: str) -> bytes:
    """The 32 raw bytes an Ed25519 did:key (or one of its verification methods) names."""
    if not did.startswith(PREFIX):
        raise ValueError("not a did:key")
    if len(did) > 2 * MAX_DID_CHARS:   # checked before decoding: base58 is quadratic
        raise ValueError("the did:key is too long")
    ident, _, fragment = did[len(PREFIX):].partition("#")
    if fragment and fragment != ident:
        raise ValueError("the did:key fragment does not name the DID's own key")
    if len(PREFIX + ident) > MAX_DID_CHARS:
        raise ValueError("the did:key is too long")
    try:
        data = multibase_b58_decode(ident)
    except ValueError as exc:
        raise ValueError(f"bad did:key: {exc}") from None
    if len(data) != 34 or not data.startswith(_ED25519_PUB):
        raise ValueError("the did:key is not an Ed25519 key")
    return data[2:]


def normalize_issuer(value: str | bytes | PublicKey) -> str:
    """A trusted issuer as court IT writes it (did:key, Lectern public key line, raw bytes)."""
    if isinstance(value, PublicKey):
        return did_key(value.raw)
    if isinstance(value, bytes):
        return did_key(value)
    text = value.strip()
    if text.startswith(PREFIX):
        return did_key(public_key_of_did(text))
    if text.startswith("z6Mk"):  # a bare Multikey
        return did_key(public_key_of_did(PREFIX + text))
    return did_key(PublicKey.parse(text, "the trusted issuer").raw)
