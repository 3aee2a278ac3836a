"""W3C Bitstring Status List: the issuer's signed list of revoked certificates.

One bit per issued credential (its `statusListIndex`); 1 = revoked. The bitstring is at least
16 KB (131,072 entries) so a list's size tells nothing about how many were issued; it travels
GZIP-compressed and base64url-encoded (multibase 'u') in `encodedList`. Bit 0 is the
leftmost bit of the first byte, as the spec says.
"""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..signing import PrivateKey
from . import dids, proof
from .encoding import multibase_b64url, multibase_b64url_decode
from .errors import CertificateError, FailureReason
from .jsonld import VC_V2
from .shape import check_status_list_shape

MIN_BITS = 131072  # 16 KB
#: inflating stops here: a GZIP bomb of a few KiB would otherwise grow to gigabytes
MAX_LIST_BYTES = 16 * 1024 * 1024
PURPOSE = "revocation"


class Bitstring:
    """A mutable bitstring, index 0 = the first byte's most significant bit."""

    def __init__(self, size_bits: int = MIN_BITS, data: bytes | None = None) -> None:
        if data is None:
            if size_bits < MIN_BITS or size_bits % 8:
                raise ValueError(f"a status list has at least {MIN_BITS} bits, whole bytes")
            data = bytes(size_bits // 8)
        self._data = bytearray(data)

    def __len__(self) -> int:
        return len(self._data) * 8

    def _locate(self, index: int) -> tuple[int, int]:
        if not 0 <= index < len(self):
            raise IndexError(f"status index {index} is outside the list of {len(self)}")
        return index // 8, 0x80 >> (index % 8)

    def get(self, index: int) -> bool:
        byte, mask = self._locate(index)
        return bool(self._data[byte] & mask)

    def set(self, index: int, value: bool = True) -> None:
        byte, mask = self._locate(index)
        if value:
            self._data[byte] |= mask
        else:
            self._data[byte] &= ~mask & 0xFF

    def encode(self) -> str:
        """GZIP (no timestamp, so the same list encodes the same) then multibase base64url."""
        return multibase_b64url(gzip.compress(bytes(self._data), mtime=0))

    @classmethod
    def decode(cls, encoded: str) -> "Bitstring":
        if len(encoded) > MAX_LIST_BYTES:
            raise ValueError("the encoded status list is too large")
        try:
            data = inflate(multibase_b64url_decode(encoded))
        except (zlib.error, ValueError) as exc:
            raise ValueError(f"the encoded status list is damaged: {exc}") from None
        if len(data) * 8 < MIN_BITS:
            raise ValueError("the status list is shorter than 16 KB")
        return cls(data=data)


def inflate(packed: bytes, limit: int = MAX_LIST_BYTES) -> bytes:
    """One GZIP member, decompressed in a stream that stops at `limit` bytes (ValueError)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data = inflater.decompress(packed, limit + 1)
    if len(data) > limit or inflater.unconsumed_tail:
        raise ValueError(f"it inflates to more than {limit // (1024 * 1024)} MiB")
    if not inflater.eof:
        raise ValueError("it is truncated")
    return data


def issue_status_list(url: str, revoked: Iterable[int], key: PrivateKey,
                      issued_at: datetime | None = None, size_bits: int = MIN_BITS
                      ) -> dict[str, Any]:
    """The signed BitstringStatusListCredential at `url` with the `revoked` indexes set."""
    bits = Bitstring(size_bits)
    for index in revoked:
        bits.set(index)
    document = {
        "@context": [VC_V2],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": dids.did_key(key.public_raw),
        "validFrom": proof.xsd_now(issued_at),
        "credentialSubject": {"id": f"{url}#list", "type": "BitstringStatusList",
                              "statusPurpose": PURPOSE, "encodedList": bits.encode()},
    }
    return proof.sign(document, key, issued_at)


def read_status_list(document: object, issuer: str | None = None
                     ) -> tuple[str, str, Bitstring]:
    """Verify a status list credential; (its id, its issuer did:key, the bits).
    CertificateError BAD_STATUS_LIST when it is not one, or not intact, or (`issuer` given)
    not that issuer's. Its shape, its issuer and its signature are checked before the list
    is inflated, and inflating stops at MAX_LIST_BYTES."""
    def bad(why: str) -> CertificateError:
        return CertificateError(FailureReason.BAD_STATUS_LIST, f"The status list {why}.")

    if not isinstance(document, dict):
        raise bad("is not a JSON object")
    types = document.get("type")
    if not isinstance(types, list) or "BitstringStatusListCredential" not in types:
        raise bad("is not a BitstringStatusListCredential")
    check_status_list_shape(document)
    if issuer is not None and document.get("issuer") != issuer:
        raise bad("was signed by another issuer")
    try:
        issuer = proof.check(document)
    except CertificateError as exc:
        raise bad(f"does not verify: {exc.message}") from None
    subject = document.get("credentialSubject")
    list_id = document.get("id")
    if not isinstance(subject, dict) or not isinstance(list_id, str):
        raise bad("has no id or subject")
    if subject.get("type") != "BitstringStatusList" or subject.get("statusPurpose") != PURPOSE:
        raise bad("is not a revocation list")
    encoded = subject.get("encodedList")
    try:
        bits = Bitstring.decode(encoded if isinstance(encoded, str) else "")
    except ValueError as exc:
        raise bad(f"is damaged ({exc})") from None
    return list_id, issuer, bits
