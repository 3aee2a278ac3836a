"""The QR payload: LC1: + Base45(zlib(JSON)), the whole credential, small enough to print."""
from __future__ import annotations

import hashlib
import json
import zlib
from typing import Any

import pytest

from sync.certificates import (
    CertificateError,
    CertificateFacts,
    FailureReason,
    decode_qr_payload,
    did_key,
    encode_qr_payload,
    issue,
)
from sync.certificates import verify as verify_pinned
from sync.certificates.encoding import b45encode
from sync.certificates.qr_payload import DICTIONARY
from sync.signing import PrivateKey

FROZEN_DICTIONARY_SHA256 = "2ba4c98881ae150873f9715bc02e50fb7d2e73a208f6a89f1a55df41392360be"
QR_ALPHANUMERIC = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
KEY = PrivateKey.generate()


def verify(document: object) -> Any:
    return verify_pinned(document, [did_key(KEY.public_raw)])


def realistic() -> dict[str, object]:
    return issue(CertificateFacts(
        holder_name="María José Fernández de la Fuente", holder_identity="user-1842",
        course_id="ley-procesal-2025", course_title="Introducción al nuevo Código Procesal Penal",
        course_language="es",
        criteria="Completar los 12 módulos, aprobar 2 de 3 cuestionarios (70 %) y participar en "
                 "el foro respondiendo al menos a un colega.",
        hours=12, issuer_name="Escuela Judicial — Hub de formación",
        status_list_url="https://formacion.poderjudicial.example/certificates/status/1",
        status_index=4711), KEY)


def test_payload_round_trips_and_still_verifies() -> None:
    cred = realistic()
    payload = encode_qr_payload(cred)
    assert payload.startswith("LC1:")
    assert set(payload) <= QR_ALPHANUMERIC  # QR alphanumeric mode throughout
    back = decode_qr_payload(payload)
    assert back == cred
    assert verify(back).ok


def test_a_realistic_credential_fits_a_mid_size_qr_code() -> None:
    # QR version 20 at ECC level M holds 970 alphanumeric characters (ISO/IEC 18004 table 7);
    # without the preset dictionary this payload needs ~1,450 (version 26).
    assert len(encode_qr_payload(realistic())) <= 970


def test_the_preset_dictionary_is_frozen() -> None:
    # Part of the LC1 format: every printed certificate needs this exact dictionary to decode.
    assert hashlib.sha256(DICTIONARY).hexdigest() == FROZEN_DICTIONARY_SHA256
    plain = "LC1:" + b45encode(zlib.compress(json.dumps(realistic()).encode()))
    assert verify(decode_qr_payload(plain)).ok  # a stream without the dictionary reads too


@pytest.mark.parametrize("payload, reason", [
    ("https://example.org", FailureReason.NOT_A_CERTIFICATE),
    ("LC2:ABC", FailureReason.NOT_A_CERTIFICATE),
    ("LC1:", FailureReason.MALFORMED),
    ("LC1:abc", FailureReason.MALFORMED),
    ("LC1:" + b45encode(b"not zlib"), FailureReason.MALFORMED),
    ("LC1:" + b45encode(zlib.compress(b"[1, 2]")), FailureReason.MALFORMED),
    ("LC1:" + b45encode(zlib.compress(b"{}")[:-3]), FailureReason.MALFORMED),
    ("LC1:" + b45encode(zlib.compress(b" " * (2 << 20))), FailureReason.MALFORMED),
])
def test_other_or_damaged_payloads_are_refused(payload: str, reason: FailureReason) -> None:
    with pytest.raises(CertificateError) as err:
        decode_qr_payload(payload)
    assert err.value.reason is reason


def test_a_damaged_character_in_the_middle_is_caught() -> None:
    payload = encode_qr_payload(realistic())
    middle = len(payload) // 2
    flipped = payload[:middle] + ("A" if payload[middle] != "A" else "B") + payload[middle + 1:]
    try:
        doc = decode_qr_payload(flipped)
    except CertificateError:
        return
    assert not verify(doc).ok
