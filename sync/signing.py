"""Ed25519 keys and manifest signatures.

A publisher signs the exact bytes of `manifest.json`; the player and the hub trust only the
keys their user or court IT configured. Key files are small text files court IT can copy:
- the private key: PEM, unencrypted PKCS#8 (`-----BEGIN PRIVATE KEY-----`), the form OpenSSL
  (`openssl genpkey -algorithm ed25519`) and earlier Lectern versions write;
- the public key: one line, `lectern-ed25519 <base64 of the 32 bytes> comment`;
- a signature (`manifest.sig`): JSON `{"alg": "ed25519", "key_id": ..., "signature": ...}`.
Ed25519 itself comes from libsodium (PyNaCl); the PEM wrapping of a 32-byte seed is done here.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

# PyNaCl (libsodium, ~2.3 MB resident) loads when a key is first used, not with the library.
from .errors import KeyFileError

PUBLIC_PREFIX = "lectern-ed25519"
SIGNATURE_ALG = "ed25519"


@dataclass(frozen=True)
class PublicKey:
    key_id: str
    raw: bytes
    comment: str = ""

    @classmethod
    def from_raw(cls, raw: bytes, comment: str = "") -> "PublicKey":
        if len(raw) != 32:
            raise KeyFileError("A Lectern public key has 32 bytes.")
        return cls(key_id=hashlib.sha256(raw).hexdigest()[:16], raw=raw, comment=comment)

    @classmethod
    def parse(cls, text: str, source: str = "the key") -> "PublicKey":
        parts = text.strip().split(None, 2)
        if len(parts) < 2 or parts[0] != PUBLIC_PREFIX:
            raise KeyFileError(f"{source} is not a Lectern public key "
                               f"(it should start with '{PUBLIC_PREFIX}').")
        try:
            raw = base64.b64decode(parts[1], validate=True)
        except (binascii.Error, ValueError):
            raise KeyFileError(f"{source} is damaged (bad base64).") from None
        return cls.from_raw(raw, parts[2] if len(parts) > 2 else "")

    def to_text(self) -> str:
        line = f"{PUBLIC_PREFIX} {base64.b64encode(self.raw).decode()}"
        return f"{line} {self.comment}\n" if self.comment else line + "\n"

    def verify(self, signature: bytes, data: bytes) -> bool:
        from nacl.exceptions import BadSignatureError
        from nacl.signing import VerifyKey

        try:
            VerifyKey(self.raw).verify(data, signature)
            return True
        except (BadSignatureError, ValueError):  # ValueError: not 64 bytes
            return False


# PKCS#8 v1 of an Ed25519 key (RFC 8410): SEQUENCE { version 0, AlgorithmIdentifier
# { id-Ed25519 1.3.101.112 }, OCTET STRING { OCTET STRING (32-byte seed) } }: this fixed prefix,
# then the seed: what OpenSSL writes, and what Lectern wrote when it used `cryptography`.
_PKCS8_V1 = bytes.fromhex("302e020100300506032b657004220420")
_ED25519_OID = bytes.fromhex("06032b6570")
_PEM_BLOCK = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
_KEYGEN_HINT = (
    "make a new one with `lectern bundle keygen` (its .pub must then be trusted again)")


class PrivateKey:
    """An Ed25519 signing key. Its repr names the key, never the secret."""

    __slots__ = ("_key",)

    def __init__(self, seed: bytes) -> None:
        if len(seed) != 32:
            raise KeyFileError("An Ed25519 private key has a 32-byte seed.")
        from nacl.signing import SigningKey
        self._key = SigningKey(seed)

    @classmethod
    def generate(cls) -> "PrivateKey":
        from nacl.signing import SigningKey
        return cls(bytes(SigningKey.generate()))

    @property
    def public_raw(self) -> bytes:
        return self._key.verify_key.encode()

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of `data`."""
        return self._key.sign(data).signature

    def to_pem(self) -> bytes:
        """PEM PKCS#8 v1, byte for byte what OpenSSL writes for this key."""
        b64 = base64.b64encode(_PKCS8_V1 + bytes(self._key)).decode("ascii")
        return f"-----BEGIN PRIVATE KEY-----\n{b64}\n-----END PRIVATE KEY-----\n".encode("ascii")

    @classmethod
    def from_pem(cls, data: bytes, source: str = "the key") -> "PrivateKey":
        """Read a PEM private key file; KeyFileError says what is wrong with it."""
        not_ours = (f"{source} is not a Lectern signing key: it should be the private key file "
                    f"written by `lectern bundle keygen`, which starts with "
                    f"'-----BEGIN PRIVATE KEY-----'.")
        try:
            text = data.decode("ascii")
        except UnicodeDecodeError:
            raise KeyFileError(not_ours) from None
        block = _PEM_BLOCK.search(text)
        if block is None and text.lstrip().startswith(PUBLIC_PREFIX):
            raise KeyFileError(f"{source} is a public key: sign with the private key file "
                               "beside it (the same name without '.pub').")
        if block is None:
            raise KeyFileError(not_ours)
        label = block.group(1)
        if label == "ENCRYPTED PRIVATE KEY":
            raise KeyFileError(f"{source} is protected by a passphrase; Lectern reads only "
                               "unencrypted signing keys (`openssl pkey -in KEY -out NEW` "
                               "writes one).")
        if label != "PRIVATE KEY":
            raise KeyFileError(f"{not_ours} It holds a '{label}' block instead.")
        try:
            der = base64.b64decode("".join(block.group(2).split()), validate=True)
        except (binascii.Error, ValueError):
            raise KeyFileError(f"{source} is damaged (bad base64); restore it from a backup "
                               f"or {_KEYGEN_HINT}.") from None
        if len(der) == 48 and der.startswith(_PKCS8_V1):
            return cls(der[16:])
        if _ED25519_OID in der[:16]:
            raise KeyFileError(f"{source} is damaged or in a form Lectern does not read; "
                               f"restore it from a backup or {_KEYGEN_HINT}.")
        raise KeyFileError(f"{source} is not an Ed25519 key; Lectern signs with Ed25519: "
                           f"{_KEYGEN_HINT}.")

    def __repr__(self) -> str:
        return f"PrivateKey(key_id={PublicKey.from_raw(self.public_raw).key_id!r})"


def generate_keypair(private_path: Path, comment: str = "") -> PublicKey:
    """Write a private key (owner-only) and `<private_path>.pub`; refuse to overwrite."""
    private_path = Path(private_path)
    if private_path.exists():
        raise KeyFileError(f"{private_path} exists already; refusing to overwrite a key.")
    key = PrivateKey.generate()
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key.to_pem())
    public = public_key_of(key, comment or private_path.stem)
    Path(str(private_path) + ".pub").write_text(public.to_text(), encoding="utf-8")
    return public


def load_private_key(path: Path) -> PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(f"Cannot read the signing key {path}: {exc.strerror}.") from None
    return PrivateKey.from_pem(data, str(path))


def load_public_key(path: Path) -> PublicKey:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the public key {path}: {exc}.") from None
    return PublicKey.parse(text, str(path))


def public_key_of(private: PrivateKey, comment: str = "") -> PublicKey:
    return PublicKey.from_raw(private.public_raw, comment)


def sign_manifest(manifest_bytes: bytes, private: PrivateKey) -> bytes:
    """The `manifest.sig` file: which key signed, and the signature over the exact bytes."""
    public = public_key_of(private)
    doc = {"alg": SIGNATURE_ALG, "key_id": public.key_id,
           "signature": base64.b64encode(private.sign(manifest_bytes)).decode()}
    return (json.dumps(doc) + "\n").encode()


@dataclass(frozen=True)
class SignatureFile:
    key_id: str
    signature: bytes


def parse_signature(data: bytes) -> SignatureFile | None:
    """None when the file is not a signature this version understands."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("alg") != SIGNATURE_ALG:
            return None
        sig = base64.b64decode(doc["signature"], validate=True)
        key_id = doc["key_id"]
        if not isinstance(key_id, str) or len(sig) != 64:
            return None
        return SignatureFile(key_id=key_id, signature=sig)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        return None
