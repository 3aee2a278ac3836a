"""Text encodings the credential formats need: base58btc and base64url multibase, Base45.

Base45 is RFC 9285 (what EU health certificates put in QR codes): its 45 characters are exactly
QR's alphanumeric mode, so a Base45 payload packs 5.5 bits a character in the code.
"""
from __future__ import annotations

import base64
import binascii

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
_B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45_INDEX = {c: i for i, c in enumerate(_B45)}


def b58encode(data: bytes) -> str:
    """Bitcoin's base58 alphabet (multibase 'z'); leading zero bytes become '1'."""
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, r = divmod(n, 58)
        out.append(_B58[r])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


#: base58 decoding is quadratic in the length: nothing Lectern reads is longer than this
MAX_B58_CHARS = 128


def b58decode(text: str) -> bytes:
    """Inverse of b58encode; ValueError on a character outside the alphabet, or on text
    longer than MAX_B58_CHARS (checked first: decoding a megabyte would take minutes)."""
    if len(text) > MAX_B58_CHARS:
        raise ValueError(f"base58 text longer than {MAX_B58_CHARS} characters")
    n = 0
    for c in text:
        if c not in _B58_INDEX:
            raise ValueError(f"not base58: {c!r}")
        n = n * 58 + _B58_INDEX[c]
    zeros = len(text) - len(text.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * zeros + body


def multibase_b58(data: bytes) -> str:
    return "z" + b58encode(data)


def multibase_b58_decode(text: str) -> bytes:
    if not text.startswith("z"):
        raise ValueError("not a base58btc multibase value (no 'z' prefix)")
    return b58decode(text[1:])


def multibase_b64url(data: bytes) -> str:
    """Multibase 'u': base64url without padding (Bitstring Status List's encodedList)."""
    return "u" + base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def multibase_b64url_decode(text: str) -> bytes:
    if not text.startswith("u"):
        raise ValueError("not a base64url multibase value (no 'u' prefix)")
    body = text[1:]
    try:
        return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"bad base64url: {exc}") from None


def b45encode(data: bytes) -> str:
    """RFC 9285 section 4: two bytes make three characters, a last lone byte two."""
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        e, rest = divmod(n, 45 * 45)
        d, c = divmod(rest, 45)
        out.append(_B45[c] + _B45[d] + _B45[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out.append(_B45[c] + _B45[d])
    return "".join(out)


def b45decode(text: str) -> bytes:
    """RFC 9285 section 4.2; ValueError on a bad character, length or out-of-range triple."""
    if len(text) % 3 == 1:
        raise ValueError("Base45 text has a length of 3n+1")
    try:
        values = [_B45_INDEX[c] for c in text]
    except KeyError as exc:
        raise ValueError(f"not Base45: {exc.args[0]!r}") from None
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i:i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 45 * 45
            if n > 0xFFFF:
                raise ValueError("Base45 triple out of range")
            out += n.to_bytes(2, "big")
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise ValueError("Base45 pair out of range")
            out.append(n)
    return bytes(out)
