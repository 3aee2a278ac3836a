"""Ed25519 keys and manifest signatures.

A publisher signs the exact bytes of `manifest.json`; the player and the hub trust only the
keys their user or court IT configured. Key files are small text files court IT can copy.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

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
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
            return True
        except InvalidSignature:
            return False


def generate_keypair(private_path: Path, comment: str = "") -> PublicKey:
    """Write a private key (owner-only) and `<private_path>.pub`; refuse to overwrite."""
    private_path = Path(private_path)
    if private_path.exists():
        raise KeyFileError(f"{private_path} exists already; refusing to overwrite a key.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public = PublicKey.from_raw(key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw), comment or private_path.stem)
    Path(str(private_path) + ".pub").write_text(public.to_text(), encoding="utf-8")
    return public


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(f"Cannot read the signing key {path}: {exc.strerror}.") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise KeyFileError(f"{path} is not a Lectern signing key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key.")
    return key


def load_public_key(path: Path) -> PublicKey:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(f"Cannot read the public key {path}: {exc}.") from None
    return PublicKey.parse(text, str(path))


def public_key_of(private: Ed25519PrivateKey, comment: str = "") -> PublicKey:
    return PublicKey.from_raw(private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw), comment)


def sign_manifest(manifest_bytes: bytes, private: Ed25519PrivateKey) -> bytes:
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
