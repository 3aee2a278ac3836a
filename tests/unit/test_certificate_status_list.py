"""The Bitstring Status List's bitstring: order, size and encoding as the W3C spec has them."""
from __future__ import annotations

import base64
import gzip

import pytest

from sync.certificates import Bitstring, CertificateError, FailureReason, read_status_list
from sync.certificates.status_list import MIN_BITS, issue_status_list
from sync.signing import PrivateKey


def test_index_zero_is_the_leftmost_bit() -> None:
    bits = Bitstring()
    bits.set(0)
    bits.set(9)
    raw = gzip.decompress(base64.urlsafe_b64decode(bits.encode()[1:] + "=="))
    assert raw[:2] == bytes([0x80, 0x40])
    assert bits.get(0) and bits.get(9) and not bits.get(1)
    bits.set(9, False)
    assert not bits.get(9)


def test_lists_are_at_least_16_kilobytes() -> None:
    assert len(Bitstring()) == MIN_BITS == 16 * 1024 * 8
    with pytest.raises(ValueError):
        Bitstring(1024)
    with pytest.raises(ValueError):
        Bitstring.decode("u" + base64.urlsafe_b64encode(gzip.compress(b"\0" * 100)).decode())
    with pytest.raises(IndexError):
        Bitstring().get(MIN_BITS)


def test_encoding_is_gzip_base64url_multibase_and_round_trips() -> None:
    bits = Bitstring(MIN_BITS * 2)
    for i in (5, 77, MIN_BITS + 3):
        bits.set(i)
    text = bits.encode()
    assert text.startswith("u") and "=" not in text and "+" not in text and "/" not in text
    back = Bitstring.decode(text)
    assert len(back) == MIN_BITS * 2
    assert [i for i in range(len(back)) if back.get(i)] == [5, 77, MIN_BITS + 3]
    assert bits.encode() == text  # no timestamp in the gzip header: same list, same text
    with pytest.raises(ValueError):
        Bitstring.decode("uAAAA")


def test_a_signed_status_list_reads_back() -> None:
    key = PrivateKey.generate()
    doc = issue_status_list("https://hub.example/status/3", [2, 4], key)
    assert doc["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert doc["credentialSubject"]["statusPurpose"] == "revocation"
    list_id, issuer, bits = read_status_list(doc)
    assert list_id == "https://hub.example/status/3" and issuer.startswith("did:key:z6Mk")
    assert bits.get(2) and bits.get(4) and not bits.get(3)
    doc["credentialSubject"]["statusPurpose"] = "suspension"
    with pytest.raises(CertificateError) as err:
        read_status_list(doc)
    assert err.value.reason is FailureReason.BAD_STATUS_LIST
