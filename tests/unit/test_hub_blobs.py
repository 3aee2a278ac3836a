"""Range, If-Range and ETag decisions for blob downloads."""
from __future__ import annotations

import pytest

from hub.blobs import ByteRange, if_range_allows, none_match, parse_range
from hub.errors import HubError, HubErrorKind

SHA = "ab" * 32


@pytest.mark.parametrize("header, expected", [
    (None, None),
    ("bytes=0-0", ByteRange(0, 0)),
    ("bytes=0-99", ByteRange(0, 99)),
    ("bytes=10-", ByteRange(10, 999)),
    ("bytes=-10", ByteRange(990, 999)),
    ("bytes=-5000", ByteRange(0, 999)),
    ("bytes=990-5000", ByteRange(990, 999)),
    ("Bytes = 1 - 2", ByteRange(1, 2)),
    ("items=0-5", None),            # another unit: ignored
    ("bytes=0-1,5-6", None),        # several ranges: the whole file
])
def test_parse_range(header, expected):
    assert parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=9-3", "bytes=x-1",
                                    "bytes=-0", "bytes=-", "bytes=", "bytes=--1"])
def test_bad_ranges_are_416_with_the_size(header):
    with pytest.raises(HubError) as info:
        parse_range(header, 1000)
    assert info.value.kind is HubErrorKind.RANGE_NOT_SATISFIABLE and info.value.status == 416
    assert info.value.headers == {"Content-Range": "bytes */1000"}


# More digits than Python's int() will parse (4,300 by default): a position that long is past
# the end of any file, so the range is valid but unsatisfiable, never a crash (a 500).
HUGE = "9" * 4400


@pytest.mark.parametrize("header", [f"bytes={HUGE}-", f"bytes={HUGE}-{HUGE}", f"bytes=1000-{HUGE}",
                                    f"bytes={HUGE}-,{HUGE}-", "bytes=1000-,2000-3000"])
def test_positions_past_the_end_are_416_however_many_digits(header):
    with pytest.raises(HubError) as info:
        parse_range(header, 1000)
    assert info.value.status == 416 and info.value.headers == {"Content-Range": "bytes */1000"}


@pytest.mark.parametrize("header, expected", [
    (f"bytes=0-{HUGE}", ByteRange(0, 999)),                  # the end is cut to the file
    (f"bytes=-{HUGE}", ByteRange(0, 999)),                   # a suffix longer than the file: all of it
    ("bytes=" + "0" * 5000 + "5-" + "0" * 5000 + "7", ByteRange(5, 7)),  # leading zeros count for nothing
    (f"bytes={HUGE}-,0-9", None),                            # several ranges, one satisfiable: whole file
    ("bytes=0-1,,", ByteRange(0, 1)),                        # empty list elements are skipped (RFC 9110 5.6.1)
    ("bytes= , 5-9", ByteRange(5, 9)),
])
def test_long_positions_are_read_without_int_limits(header, expected):
    assert parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["", "garbage", "\x00\xff", "bytes", "0-9", HUGE, f"{HUGE}=0-9"])
def test_a_header_without_a_range_unit_is_ignored(header):
    """RFC 9110 14.2: a Range the server cannot read as `unit=...` is ignored (the whole file)."""
    assert parse_range(header, 1000) is None


@pytest.mark.parametrize("header", ["bytes=\u0661-\u0662", "bytes=1-\u00b2", "bytes=0x10-", "bytes=+1-2",
                                    "bytes=0-1,abc", "bytes=,", "bytes=0-1 2", f"bytes={HUGE}x-"])
def test_only_ascii_digits_make_a_position(header):
    with pytest.raises(HubError) as info:
        parse_range(header, 1000)
    assert info.value.status == 416


def test_empty_blob_has_no_satisfiable_range():
    with pytest.raises(HubError):
        parse_range("bytes=0-", 0)


def test_if_range_needs_our_strong_etag():
    assert if_range_allows(None, SHA)
    assert if_range_allows(f'"{SHA}"', SHA)
    assert not if_range_allows(f'W/"{SHA}"', SHA)
    assert not if_range_allows('"other"', SHA)
    assert not if_range_allows("Wed, 21 Oct 2015 07:28:00 GMT", SHA)


def test_if_none_match():
    assert none_match(f'"x", "{SHA}"', SHA)
    assert none_match("*", SHA)
    assert none_match(f'"{SHA}-gzip"', SHA)
    assert not none_match('"x"', SHA)
    assert not none_match(None, SHA)


def test_blobs_are_public_manifests_private():
    """Any cache may keep a blob (its URL is its hash); a manifest names a course and lists
    the hashes, so only the learner's own cache keeps it (docs/deploy.md)."""
    from hub.blobs import BLOB_CACHE_CONTROL, CACHE_CONTROL
    assert BLOB_CACHE_CONTROL == "public, max-age=31536000, immutable"
    assert CACHE_CONTROL.startswith("private,")


def test_accel_path_is_the_prefix_plus_the_place_in_the_blob_folder(tmp_path):
    from hub.blobs import accel_path
    root = tmp_path / "blobs"
    assert accel_path("/_blobs/", root, root / "ab" / SHA) == f"/_blobs/ab/{SHA}"
    # A blob found in a shared read-only store elsewhere is streamed by the hub itself.
    assert accel_path("/_blobs/", root, tmp_path / "machine" / "ab" / SHA) is None


@pytest.mark.parametrize("text, ok", [("/_blobs/", True), (" /internal/blobs/ ", True), ("/_blobs", False),
                                      ("_blobs/", False), ("/", False), ("/a b/", False), ("/x/\r\nX: y/", False),
                                      ("//", False), ("http://nginx/_blobs/", False)])
def test_accel_redirect_prefix_is_checked(text, ok):
    from hub.settings import accel_prefix
    if ok:
        assert accel_prefix(text) == text.strip()
    else:
        with pytest.raises(HubError):
            accel_prefix(text)


def test_blob_dir_and_accel_redirect_from_the_environment(tmp_path):
    from hub.settings import HubSettings
    base = HubSettings(data_dir=tmp_path / "data")
    assert base.blob_dir == tmp_path / "data" / "blobs" and base.accel_redirect is None
    s = base.with_env({"LECTERN_HUB_BLOB_DIR": str(tmp_path / "shared"), "LECTERN_HUB_ACCEL_REDIRECT": "/_blobs/"})
    assert s.blob_dir == tmp_path / "shared" and s.accel_redirect == "/_blobs/"
    # nginx's workers (another account) read the files it sends: written readable by all.
    assert s.blobs_readable_by_all and not base.blobs_readable_by_all
    with pytest.raises(HubError):
        base.with_env({"LECTERN_HUB_ACCEL_REDIRECT": "nope"})


def test_a_shared_blob_folder_keeps_parts_other_machines_are_writing(tmp_path):
    """Only parts untouched for a day go: another machine's writer has another process id
    space, so "is that process alive?" cannot be asked of it."""
    import os
    import time

    from hub.blobs import clean_stale_parts
    sub = tmp_path / "ab"
    sub.mkdir()
    fresh, stale, blob = sub / f"{SHA}.99999999.1.part", sub / f"{SHA}.4.2.part", sub / SHA
    for p in (fresh, stale, blob):
        p.write_bytes(b"x")
    old = time.time() - 2 * 24 * 3600
    os.utime(stale, (old, old))
    os.utime(blob, (old, old))
    assert clean_stale_parts(tmp_path) == 1
    assert fresh.exists() and blob.exists() and not stale.exists()



@pytest.mark.parametrize("accel, mode", [(None, 0o600), ("/_blobs/", 0o644)])
def test_with_x_accel_redirect_blobs_are_published_readable_by_nginx(tmp_path, accel, mode):
    """nginx's workers run as another account (www-data) and read the files themselves."""
    from course_factory import write_tiny_course

    from hub.context import Hub
    from hub.courses import publish_bundle, trust_key
    from hub.settings import HubSettings
    from sync.bundle import build_bundle
    from sync.signing import generate_keypair

    generate_keypair(tmp_path / "pub.key", comment="publisher")
    write_tiny_course(tmp_path / "course", course_id="modes-en")
    build_bundle(tmp_path / "course", tmp_path / "c.lectern", sign_key=tmp_path / "pub.key")
    hub = Hub.open(HubSettings(data_dir=tmp_path / "hub", accel_redirect=accel))
    try:
        trust_key(hub.database, tmp_path / "pub.key.pub")
        publish_bundle(hub.database, hub.store, tmp_path / "c.lectern")
    finally:
        hub.close()
    files = [p for p in (tmp_path / "hub" / "blobs").rglob("*") if p.is_file()]
    assert files
    assert {p.stat().st_mode & 0o777 for p in files} == {mode}
