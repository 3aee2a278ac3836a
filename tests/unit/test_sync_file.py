"""The sync-file envelope (sync/sync_file.py): what is signed, what is refused before any JSON
is read, and the bounds a USB stick's file is read within."""
from __future__ import annotations

import json

import pytest

from sync import sync_file as sf
from sync.signing import PrivateKey, PublicKey

KEY = PrivateKey(bytes(range(32)))
PUBLIC = PublicKey.from_raw(KEY.public_raw)
OTHER = PrivateKey(bytes(range(1, 33)))


def refused(kind: sf.SyncFileErrorKind, fn, *args) -> str:
    with pytest.raises(sf.SyncFileError) as info:
        fn(*args)
    assert info.value.kind is kind, info.value.message
    assert "\n" not in info.value.message
    return info.value.message


def test_a_sealed_payload_opens_with_its_key_only():
    data = sf.seal(sf.KIND_EXPORT, KEY, b'{"a": 1}')
    env = sf.peek(data, sf.KIND_EXPORT)
    assert env.key_id == PUBLIC.key_id and sf.open_envelope(env, PUBLIC) == {"a": 1}
    refused(sf.SyncFileErrorKind.BAD_SIGNATURE, sf.open_envelope, env, PublicKey.from_raw(OTHER.public_raw))
    refused(sf.SyncFileErrorKind.WRONG_KIND, sf.peek, data, sf.KIND_REPLY)


def test_every_byte_is_covered_by_the_signature():
    data = sf.seal(sf.KIND_REPLY, KEY, json.dumps({"x": "y" * 50}).encode())
    for i in range(len(sf.MAGIC), len(data)):
        bad = bytearray(data)
        bad[i] ^= 0x01
        with pytest.raises(sf.SyncFileError):
            sf.open_envelope(sf.peek(bytes(bad), sf.KIND_REPLY), PUBLIC)


def test_structure_is_checked_before_anything_else():
    data = sf.seal(sf.KIND_EXPORT, KEY, b"{}")
    refused(sf.SyncFileErrorKind.NOT_A_SYNC_FILE, sf.peek, b"hello", sf.KIND_EXPORT)
    refused(sf.SyncFileErrorKind.DAMAGED, sf.peek, data[:20], sf.KIND_EXPORT)
    refused(sf.SyncFileErrorKind.DAMAGED, sf.peek, data[:-1], sf.KIND_EXPORT)
    refused(sf.SyncFileErrorKind.DAMAGED, sf.peek, data + b"x", sf.KIND_EXPORT)
    newer = bytearray(data)
    newer[len(sf.MAGIC)] = 2
    refused(sf.SyncFileErrorKind.UNSUPPORTED, sf.peek, bytes(newer), sf.KIND_EXPORT)
    odd = bytearray(data)
    odd[len(sf.MAGIC) + 1] = ord("Z")
    refused(sf.SyncFileErrorKind.DAMAGED, sf.peek, bytes(odd), sf.KIND_EXPORT)


def test_payloads_that_are_not_json_objects_or_inflate_too_far_are_refused(monkeypatch):
    for payload in (b"[1, 2]", b"not json", b"\xff\xfe"):
        env = sf.peek(sf.seal(sf.KIND_EXPORT, KEY, payload), sf.KIND_EXPORT)
        refused(sf.SyncFileErrorKind.DAMAGED, sf.open_envelope, env, PUBLIC)
    monkeypatch.setattr(sf, "MAX_INFLATED_BYTES", 1000)
    env = sf.peek(sf.seal(sf.KIND_EXPORT, KEY, b'{"a": "' + b"0" * 5000 + b'"}'), sf.KIND_EXPORT)
    refused(sf.SyncFileErrorKind.TOO_LARGE, sf.open_envelope, env, PUBLIC)
    # a raw deflate stream that is not zlib: damaged, not a crash
    head = sf.peek(sf.seal(sf.KIND_EXPORT, KEY, b"{}"), sf.KIND_EXPORT).signed[:sf.HEADER_BYTES - 4]
    junk = b"\x00" * 10
    body = head + len(junk).to_bytes(4, "big") + junk
    env = sf.peek(body + KEY.sign(sf.SIGNING_CONTEXT + body), sf.KIND_EXPORT)
    refused(sf.SyncFileErrorKind.DAMAGED, sf.open_envelope, env, PUBLIC)


def test_large_files_are_refused_before_they_are_read(tmp_path, monkeypatch):
    big = tmp_path / "big.lectern-sync"
    with open(big, "wb") as f:
        f.truncate(sf.MAX_FILE_BYTES + 1)
    refused(sf.SyncFileErrorKind.TOO_LARGE, sf.read_limited, big)
    refused(sf.SyncFileErrorKind.NOT_A_SYNC_FILE, sf.read_limited, tmp_path / "missing")
    monkeypatch.setattr(sf, "MAX_FILE_BYTES", 100)
    refused(sf.SyncFileErrorKind.TOO_LARGE, sf.seal, sf.KIND_EXPORT, KEY, bytes(range(256)) * 4)


def test_payload_models_refuse_what_lectern_does_not_write():
    refused(sf.SyncFileErrorKind.DAMAGED, sf.parse_payload, {"format": "lectern-sync-export"}, sf.ExportPayload)
    refused(sf.SyncFileErrorKind.DAMAGED, sf.parse_payload, {"format": "something-else"}, sf.ReplyPayload)


def test_writing_is_whole_or_nothing(tmp_path):
    target = tmp_path / "out.lectern-sync"
    sf.write_atomic(target, b"abc")
    assert target.read_bytes() == b"abc" and not list(tmp_path.glob("*.part"))
    refused(sf.SyncFileErrorKind.NOTHING, sf.write_atomic, tmp_path / "no" / "such" / "dir" / "f", b"x")
