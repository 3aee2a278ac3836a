"""Ed25519 key files and signatures: the on-disk formats stay what they were, signatures are
RFC 8032's, and a bad key file gets a KeyFileError that says what to do."""
from __future__ import annotations

import base64
import json
import re
import stat

import pytest

from sync.bundle import build_bundle
from sync.errors import KeyFileError
from sync.signing import (
    PublicKey,
    generate_keypair,
    load_private_key,
    load_public_key,
    parse_signature,
    public_key_of,
    sign_manifest,
)

# RFC 8032, section 7.1, tests 1-3: seed, public key, message, signature (hex); and the private
# key file for that seed exactly as Lectern wrote it when it used `cryptography` (and as
# `openssl genpkey -algorithm ed25519` writes: PEM, PKCS#8 v1).
RFC8032 = [
    ("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
     "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
     "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701"
     "cf9b46bd25bf5f0595bbe24655141438e7a100b",
     b"-----BEGIN PRIVATE KEY-----\n"
     b"MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n"
     b"-----END PRIVATE KEY-----\n"),
    ("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
     "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
     "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d"
     "0f11d8c387b2eaeb4302aeeb00d291612bb0c00",
     b"-----BEGIN PRIVATE KEY-----\n"
     b"MC4CAQAwBQYDK2VwBCIEIEzNCJso/5banbbDRuwRTg9bijGfNaumJNqM9u1PuKb7\n"
     b"-----END PRIVATE KEY-----\n"),
    ("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
     "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82",
     "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f7609"
     "84dc6594a7c15e9716ed28dc027beceea1ec40a",
     b"-----BEGIN PRIVATE KEY-----\n"
     b"MC4CAQAwBQYDK2VwBCIEIMWqjfQ/n4N77bdELzHct7Fm04U1B28JS4XOOi4LRFj3\n"
     b"-----END PRIVATE KEY-----\n"),
]

# An EC P-256 private key (PKCS#8), not Ed25519.
EC_P256 = (b"-----BEGIN PRIVATE KEY-----\n"
           b"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPMHQ+J4FioufI59N\n"
           b"NAnfOr9HJX0Gk+ylPCx0/5LUhbqhRANCAATKDGEWliTy3VwOyfim9nQPUwEC8FIx\n"
           b"z/qGJOaEr/x0P1zquf0mJT9LgE40IYSlRZjUZgUJhR3j7B36XVRnt7R6\n"
           b"-----END PRIVATE KEY-----\n")


@pytest.mark.parametrize(("seed", "public", "message", "signature", "pem"), RFC8032)
def test_existing_key_files_load_and_sign_as_rfc8032(tmp_path, seed, public, message,
                                                     signature, pem):
    path = tmp_path / "publisher.key"
    path.write_bytes(pem)
    key = load_private_key(path)
    assert public_key_of(key).raw.hex() == public
    assert key.sign(bytes.fromhex(message)).hex() == signature
    assert key.to_pem() == pem  # written back byte for byte
    assert seed not in repr(key) and public_key_of(key).key_id in repr(key)
    # Windows line endings (a key copied through a Windows share) read the same.
    path.write_bytes(pem.replace(b"\n", b"\r\n"))
    assert load_private_key(path).sign(b"x") == key.sign(b"x")


@pytest.mark.parametrize(("seed", "public", "message", "signature", "pem"), RFC8032)
def test_verify_accepts_rfc8032_and_rejects_anything_else(seed, public, message, signature,
                                                         pem):
    key = PublicKey.from_raw(bytes.fromhex(public))
    sig, msg = bytes.fromhex(signature), bytes.fromhex(message)
    assert key.verify(sig, msg)
    assert not key.verify(sig, msg + b"\0")
    assert not key.verify(bytes([sig[0] ^ 1]) + sig[1:], msg)
    assert not key.verify(sig[:63], msg)  # wrong length: False, not an exception
    assert not key.verify(b"", msg)


def test_new_key_files_keep_the_formats(tmp_path):
    path = tmp_path / "academy.key"
    public = generate_keypair(path, "Judicial Academy")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pem = path.read_bytes()
    lines = pem.decode("ascii").splitlines()
    assert lines[0] == "-----BEGIN PRIVATE KEY-----" and lines[2] == "-----END PRIVATE KEY-----"
    der = base64.b64decode(lines[1], validate=True)
    assert len(der) == 48 and der[:16] == bytes.fromhex("302e020100300506032b657004220420")
    assert pem.endswith(b"-----\n") and len(lines) == 3

    pub_text = (tmp_path / "academy.key.pub").read_text(encoding="utf-8")
    prefix, b64, comment = pub_text.rstrip("\n").split(" ", 2)
    assert (prefix, comment) == ("lectern-ed25519", "Judicial Academy")
    assert base64.b64decode(b64) == public.raw and len(public.raw) == 32
    assert load_public_key(tmp_path / "academy.key.pub") == public
    assert public_key_of(load_private_key(path)).raw == public.raw

    with pytest.raises(KeyFileError, match="refusing to overwrite"):
        generate_keypair(path)
    assert path.read_bytes() == pem


def test_signature_file_format(tmp_path):
    path = tmp_path / "publisher.key"
    path.write_bytes(RFC8032[0][4])
    manifest = b'{"id": "tiny-en"}\n'
    data = sign_manifest(manifest, load_private_key(path))
    doc = json.loads(data)
    assert set(doc) == {"alg", "key_id", "signature"} and doc["alg"] == "ed25519"
    public = PublicKey.from_raw(bytes.fromhex(RFC8032[0][1]))
    assert doc["key_id"] == public.key_id
    parsed = parse_signature(data)
    assert parsed is not None and parsed.key_id == public.key_id
    assert public.verify(parsed.signature, manifest)
    assert not public.verify(parsed.signature, manifest.replace(b"tiny", b"tinY"))


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "not a Lectern signing key"),
    (b"\xff\xfe not text", "not a Lectern signing key"),
    (b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 someone@host\n", "not a Lectern signing key"),
    (b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n"
     b"-----END OPENSSH PRIVATE KEY-----\n", "'OPENSSH PRIVATE KEY' block"),
    (b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIGbMFcGCSqGSIb3DQEFDTBK\n"
     b"-----END ENCRYPTED PRIVATE KEY-----\n", "protected by a passphrase"),
    (RFC8032[0][4].replace(b"MC4C", b"MC!C"), "damaged (bad base64)"),
    (RFC8032[0][4][:80] + RFC8032[0][4][84:], "damaged or in a form"),  # 3 bytes lost
    (EC_P256, "not an Ed25519 key"),
])
def test_bad_private_key_files_say_what_is_wrong(tmp_path, content, expected):
    path = tmp_path / "publisher.key"
    path.write_bytes(content)
    with pytest.raises(KeyFileError, match=re.escape(expected)) as err:
        load_private_key(path)
    assert str(path) in str(err.value)


def test_public_key_given_as_signing_key(tmp_path, tiny_source):
    generate_keypair(tmp_path / "publisher.key")
    with pytest.raises(KeyFileError, match="is a public key: sign with the private key"):
        build_bundle(tiny_source, tmp_path / "out.lectern", sign_key=tmp_path / "publisher.key.pub")
    assert not (tmp_path / "out.lectern").exists()


def test_missing_signing_key(tmp_path, tiny_source):
    with pytest.raises(KeyFileError, match="Cannot read the signing key"):
        build_bundle(tiny_source, tmp_path / "out.lectern", sign_key=tmp_path / "nope.key")
