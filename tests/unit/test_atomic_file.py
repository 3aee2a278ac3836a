"""Files written whole or not at all (`sync.atomic_file`)."""
import os

import pytest

from sync.atomic_file import replacing, write_bytes


def test_a_written_file_replaces_the_old_one_with_ordinary_permissions(tmp_path):
    out = tmp_path / "credential.json"
    out.write_bytes(b"old")
    old_umask = os.umask(0o022)
    try:
        write_bytes(out, b"new")
    finally:
        os.umask(old_umask)
    assert out.read_bytes() == b"new"
    assert out.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
    assert [p.name for p in tmp_path.iterdir()] == ["credential.json"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path):
    out = tmp_path / "certificate.pdf"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with replacing(out) as temp:
            temp.write_bytes(b"half a fi")
            raise RuntimeError("the disk is full")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["certificate.pdf"]


def test_a_private_umask_makes_a_private_file(tmp_path):
    old_umask = os.umask(0o077)
    try:
        write_bytes(tmp_path / "x", b"1")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "x").stat().st_mode & 0o777 == 0o600
