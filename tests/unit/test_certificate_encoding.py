"""Base45 (RFC 9285's own examples), base58btc and did:key encodings."""
from __future__ import annotations

import pytest

from sync.certificates import dids
from sync.certificates.encoding import (
    b45decode,
    b45encode,
    b58decode,
    b58encode,
    multibase_b64url,
    multibase_b64url_decode,
)
from sync.signing import PrivateKey, PublicKey


@pytest.mark.parametrize("raw, text", [
    (b"AB", "BB8"),                       # RFC 9285 4.3
    (b"Hello!!", "%69 VD92EX0"),          # RFC 9285 4.3
    (b"base-45", "UJCLQE7W581"),          # RFC 9285 4.3
    (b"ietf!", "QED8WEX0"),               # RFC 9285 4.4
    (b"", ""),
    (b"\x00", "00"),
    (b"\xff\xff", "FGW"),
])
def test_base45_rfc_examples(raw: bytes, text: str) -> None:
    assert b45encode(raw) == text
    assert b45decode(text) == raw


@pytest.mark.parametrize("bad", ["GGW", "A", "ab!", "abcd", ":::"])
def test_base45_rejects_invalid_text(bad: str) -> None:
    with pytest.raises(ValueError):
        b45decode(bad)


def test_base45_round_trips_all_byte_values() -> None:
    data = bytes(range(256)) * 3 + b"\x07"
    assert b45decode(b45encode(data)) == data


def test_base58_keeps_leading_zeros_and_round_trips() -> None:
    assert b58encode(b"\0\0\x01") == "112"
    assert b58encode(b"hello world") == "StV1DL6CwTryKyV"  # the usual Bitcoin-alphabet vector
    for data in (b"", b"\0", bytes(range(40)), b"\xff" * 64):
        assert b58decode(b58encode(data)) == data
    with pytest.raises(ValueError):
        b58decode("0OIl")


def test_multibase_base64url_has_no_padding() -> None:
    text = multibase_b64url(b"\xfb\xff")
    assert text == "u-_8"
    assert multibase_b64url_decode(text) == b"\xfb\xff"


def test_did_key_matches_an_independent_implementation() -> None:
    # The Multikey Digital Bazaar's @digitalbazaar/ed25519-multikey 1.3.1 makes from this seed
    # (`generate({seed})`, run once in tests/third_party/vc-verifier).
    key = PrivateKey(bytes.fromhex(
        "9b937b81322d816cfab9d5a3baacc9b2a5febe4b149f126b3630f93a29527017"))
    assert dids.multikey(key.public_raw) == "z6Mkf5rGMoatrSj1f4CyvuHBeXJELe9RPdzo2PKGNCKVtZxP"
    did = dids.did_key(key.public_raw)
    assert did == "did:key:z6Mkf5rGMoatrSj1f4CyvuHBeXJELe9RPdzo2PKGNCKVtZxP"
    assert dids.public_key_of_did(dids.verification_method(key.public_raw)) == key.public_raw


def test_did_key_refuses_other_keys_and_fragments() -> None:
    key = PrivateKey.generate()
    did = dids.did_key(key.public_raw)
    other = dids.multikey(PrivateKey.generate().public_raw)
    for bad in ("did:web:example.org", f"{did}#{other}", "did:key:zQ3s", "did:key:abc"):
        with pytest.raises(ValueError):
            dids.public_key_of_did(bad)


def test_trusted_issuer_forms_all_name_the_same_did() -> None:
    key = PrivateKey.generate()
    did = dids.did_key(key.public_raw)
    public = PublicKey.from_raw(key.public_raw, "hub")
    for form in (did, dids.multikey(key.public_raw), public, public.to_text(), key.public_raw):
        assert dids.normalize_issuer(form) == did
