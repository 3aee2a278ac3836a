"""Every kind of bad bundle is refused with a clear error, and nothing is written."""
from __future__ import annotations

import errno
import json
import stat
import zipfile
from pathlib import Path

import pytest

from sync.bundle import TrustPolicy, build_bundle, open_bundle
from sync.errors import BundleError, BundleErrorKind, DiskFullError
from sync.importer import import_bundle
from sync.paths import DataPaths
from sync.signing import generate_keypair, load_private_key, sign_manifest
from sync.store import LearnerStore

ALLOW = TrustPolicy(allow_unsigned=True)


def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, entries: dict[str, bytes], compress: bool = False) -> Path:
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data, compress_type=method)
    return path


def store_is_untouched(data_paths) -> bool:
    with LearnerStore.open(data_paths.db) as store:
        no_courses = store.list_courses() == [] and store.pending_count() == 0
    blobs = [p for p in data_paths.blobs.rglob("*") if p.is_file()]
    return no_courses and blobs == []


def rejected(data_paths, bundle: Path, kind: BundleErrorKind, policy=ALLOW) -> BundleError:
    with pytest.raises(BundleError) as info:
        import_bundle(data_paths, bundle, policy)
    assert info.value.kind is kind, info.value.message
    assert info.value.message and "Traceback" not in info.value.message
    assert store_is_untouched(data_paths)
    return info.value


def with_manifest(entries: dict[str, bytes], change) -> dict[str, bytes]:
    manifest = json.loads(entries["manifest.json"])
    change(manifest)
    return {**entries, "manifest.json": json.dumps(manifest).encode()}


def test_good_bundle_imports(data_paths, tiny_bundle):
    result = import_bundle(data_paths, tiny_bundle, ALLOW)
    assert result.course_id == "tiny-en" and not result.updated
    with LearnerStore.open(data_paths.db) as store:
        assert [c.id for c in store.list_courses()] == ["tiny-en"]


@pytest.mark.parametrize("keep", [0.3, 0.7, 0.98])
def test_truncated_zip(data_paths, tiny_bundle, tmp_path, keep):
    data = tiny_bundle.read_bytes()
    cut = tmp_path / "cut.lectern"
    cut.write_bytes(data[: int(len(data) * keep)])
    err = rejected(data_paths, cut, BundleErrorKind.CORRUPT)
    assert "damaged" in err.message or "incomplete" in err.message


def test_not_a_zip(data_paths, tmp_path):
    bogus = tmp_path / "x.lectern"
    bogus.write_text("hello")
    err = rejected(data_paths, bogus, BundleErrorKind.NOT_A_COURSE)
    assert err.message.startswith("This is not a Lectern course file.")


def test_a_zip_without_a_manifest_is_not_a_course(data_paths, tmp_path):
    other = write_zip(tmp_path / "photos.lectern", {"holiday.jpg": b"\xff\xd8"})
    rejected(data_paths, other, BundleErrorKind.NOT_A_COURSE)


def test_a_course_cut_short_is_still_damaged(data_paths, tiny_bundle, tmp_path):
    cut = tmp_path / "cut.lectern"
    cut.write_bytes(tiny_bundle.read_bytes()[:2000])
    rejected(data_paths, cut, BundleErrorKind.CORRUPT)


def test_blob_with_wrong_bytes(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    name = max((n for n in entries if n.startswith("blobs/")), key=lambda n: len(entries[n]))
    tampered = bytearray(entries[name])
    tampered[len(tampered) // 2] ^= 0xFF
    entries[name] = bytes(tampered)
    bad = write_zip(tmp_path / "bad.lectern", entries)
    err = rejected(data_paths, bad, BundleErrorKind.HASH_MISMATCH)
    assert "Lecture one" in err.message and "checksum" in err.message


def test_blob_larger_than_manifest_says(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    name = next(n for n in entries if n.startswith("blobs/"))
    entries[name] += b"x" * 10
    rejected(data_paths, write_zip(tmp_path / "big.lectern", entries), BundleErrorKind.TOO_LARGE)


def test_manifest_names_absent_file(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    manifest = json.loads(entries["manifest.json"])
    reading_sha = manifest["modules"][0]["items"][1]["sha256"]
    del entries[f"blobs/{reading_sha}"]
    err = rejected(data_paths, write_zip(tmp_path / "m.lectern", entries), BundleErrorKind.MISSING_FILE)
    assert "Reading one" in err.message


def test_low_bandwidth_bundle_may_omit_alternative_renditions(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    manifest = json.loads(entries["manifest.json"])
    renditions = manifest["modules"][0]["items"][0]["renditions"]
    big = max(renditions, key=lambda r: r["bitrate"])["sha256"]
    del entries[f"blobs/{big}"]
    import_bundle(data_paths, write_zip(tmp_path / "low.lectern", entries), ALLOW)
    with LearnerStore.open(data_paths.db) as store:
        assert big not in store.present_files("tiny-en")
    # ...but not every rendition of a video, on a computer that has none of them...
    for r in renditions:
        entries.pop(f"blobs/{r['sha256']}", None)
    fresh = DataPaths(tmp_path / "fresh")
    err = rejected_other(fresh, write_zip(tmp_path / "none.lectern", entries))
    assert err.kind is BundleErrorKind.MISSING_FILE
    # ...while a computer whose course store holds them already (another language version of
    # the course, an earlier import) takes the file without them: nothing is missing there.
    import_bundle(data_paths, tmp_path / "none.lectern", ALLOW)
    with LearnerStore.open(data_paths.db) as store:
        assert {r["sha256"] for r in renditions} - {big} <= store.present_files("tiny-en")


def rejected_other(data_paths, bundle: Path) -> BundleError:
    with pytest.raises(BundleError) as info:
        import_bundle(data_paths, bundle, ALLOW)
    return info.value


@pytest.mark.parametrize("name", ["../evil.txt", "/etc/passwd", "blobs/../../x", "C:\\x",
                                  "blobs\\..\\x"])
def test_escaping_paths(data_paths, tiny_bundle, tmp_path, name):
    entries = read_zip(tiny_bundle)
    entries[name] = b"owned"
    rejected(data_paths, write_zip(tmp_path / "esc.lectern", entries), BundleErrorKind.UNSAFE_PATH)
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_entry(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    path = tmp_path / "link.lectern"
    write_zip(path, entries)
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo("blobs/" + "0" * 64)
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    rejected(data_paths, path, BundleErrorKind.UNSAFE_PATH)


def test_unknown_entry(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    entries["autorun.exe"] = b"MZ"
    rejected(data_paths, write_zip(tmp_path / "u.lectern", entries), BundleErrorKind.UNEXPECTED_FILE)


def test_duplicate_item_ids(data_paths, tiny_bundle, tmp_path):
    def dup(m):
        m["modules"][1]["items"][0]["id"] = m["modules"][0]["items"][0]["id"]
    entries = with_manifest(read_zip(tiny_bundle), dup)
    err = rejected(data_paths, write_zip(tmp_path / "d.lectern", entries), BundleErrorKind.DUPLICATE_ID)
    assert "l1" in err.message


def test_duplicate_zip_entries(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    path = write_zip(tmp_path / "dz.lectern", entries)
    name = next(n for n in entries if n.startswith("blobs/"))
    with pytest.warns(UserWarning):
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr(name, entries[name])
    rejected(data_paths, path, BundleErrorKind.DUPLICATE_ID)


def test_decompression_bomb(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    bomb = b"\0" * (30 * 1024 * 1024)
    import hashlib
    sha = hashlib.sha256(bomb).hexdigest()

    def add(m):
        m["files"][sha] = {"size": len(bomb), "media_type": "video/mp4", "name": "bomb.mp4"}
        m["modules"][0]["items"][0]["renditions"].append(
            {"label": "1080p", "height": 1080, "bitrate": 9_000_000, "sha256": sha})
    entries = with_manifest(entries, add)
    entries[f"blobs/{sha}"] = bomb
    path = write_zip(tmp_path / "bomb.lectern", entries, compress=True)
    assert path.stat().st_size < 1_000_000
    rejected(data_paths, path, BundleErrorKind.TOO_LARGE)


def test_sizes_far_above_limits(data_paths, tiny_bundle, tmp_path):
    def huge(m):
        sha = next(iter(m["files"]))
        m["files"][sha]["size"] = 10**15
    entries = with_manifest(read_zip(tiny_bundle), huge)
    rejected(data_paths, write_zip(tmp_path / "h.lectern", entries), BundleErrorKind.INVALID_MANIFEST)


def test_future_format(data_paths, tiny_bundle, tmp_path):
    entries = with_manifest(read_zip(tiny_bundle), lambda m: m.update(format="lectern-course/2"))
    err = rejected(data_paths, write_zip(tmp_path / "f.lectern", entries),
                   BundleErrorKind.UNSUPPORTED_FORMAT)
    assert "Update Lectern" in err.message


def test_malformed_manifest(data_paths, tiny_bundle, tmp_path):
    entries = read_zip(tiny_bundle)
    entries["manifest.json"] = entries["manifest.json"][:-20]
    rejected(data_paths, write_zip(tmp_path / "j.lectern", entries), BundleErrorKind.INVALID_MANIFEST)


# ------------------------------------------------------------------ signatures


@pytest.fixture
def signed(tmp_path, tiny_source):
    key = tmp_path / "publisher.key"
    public = generate_keypair(key)
    out = tmp_path / "signed.lectern"
    build_bundle(tiny_source, out, sign_key=key)
    return out, public, key


def test_signed_bundle_with_trusted_key(data_paths, signed):
    bundle, public, _ = signed
    import_bundle(data_paths, bundle, TrustPolicy((public,)))
    with LearnerStore.open(data_paths.db) as store:
        assert store.get_course("tiny-en").signature_status == "trusted"


def test_tampered_manifest_breaks_signature(data_paths, signed, tmp_path):
    bundle, public, _ = signed
    entries = with_manifest(read_zip(bundle), lambda m: m.update(title="Something else"))
    err = rejected(data_paths, write_zip(tmp_path / "t.lectern", entries),
                   BundleErrorKind.BAD_SIGNATURE, TrustPolicy((public,)))
    assert "changed after it was signed" in err.message


def test_missing_signature_when_key_configured(data_paths, tiny_bundle, signed):
    _, public, _ = signed
    err = rejected(data_paths, tiny_bundle, BundleErrorKind.UNSIGNED, TrustPolicy((public,)))
    assert "not signed" in err.message


def test_signature_by_unknown_key(data_paths, signed, tmp_path):
    bundle, _, _ = signed
    other = generate_keypair(tmp_path / "other.key")
    rejected(data_paths, bundle, BundleErrorKind.UNTRUSTED_KEY, TrustPolicy((other,)))


def test_signature_by_wrong_key_claiming_trusted_id(data_paths, signed, tmp_path):
    bundle, public, _ = signed
    entries = read_zip(bundle)
    attacker = generate_keypair(tmp_path / "attacker.key")
    forged = json.loads(sign_manifest(entries["manifest.json"],
                                      load_private_key(tmp_path / "attacker.key")))
    forged["key_id"] = public.key_id
    entries["manifest.sig"] = json.dumps(forged).encode()
    assert attacker.key_id != public.key_id
    rejected(data_paths, write_zip(tmp_path / "forged.lectern", entries),
             BundleErrorKind.BAD_SIGNATURE, TrustPolicy((public,)))


def test_unsigned_only_when_allowed(data_paths, tiny_bundle):
    rejected(data_paths, tiny_bundle, BundleErrorKind.UNSIGNED, TrustPolicy())
    import_bundle(data_paths, tiny_bundle, TrustPolicy(allow_unsigned=True))


# ------------------------------------------------------------------ HTML


UNSAFE_READINGS = {
    "script": "<p>Hi</p><script>alert(1)</script>",
    "event handler": '<p onclick="steal()">Hi</p>',
    "iframe": '<iframe src="https://evil.example/"></iframe>',
    "form": '<form action="https://evil.example/"><input name="pw"></form>',
    "remote image": '<img src="https://tracker.example/pixel.png">',
    "javascript link": '<a href="javascript:alert(1)">x</a>',
    "style url": '<p style="background: url(https://evil.example/x.png)">x</p>',
}


@pytest.mark.parametrize("what", sorted(UNSAFE_READINGS))
def test_unsafe_html_reading_refused_at_import(data_paths, tiny_bundle, tmp_path, what):
    import hashlib
    entries = read_zip(tiny_bundle)
    html = f"<html><body>{UNSAFE_READINGS[what]}</body></html>".encode()
    sha = hashlib.sha256(html).hexdigest()

    def swap(m):
        old = m["modules"][0]["items"][1]["sha256"]
        m["files"][sha] = {**m["files"].pop(old), "size": len(html)}
        m["modules"][0]["items"][1]["sha256"] = sha
        entries.pop(f"blobs/{old}")
    entries = with_manifest(entries, swap)
    entries[f"blobs/{sha}"] = html
    err = rejected(data_paths, write_zip(tmp_path / "h.lectern", entries), BundleErrorKind.UNSAFE_HTML)
    assert "Reading one" in err.message


@pytest.mark.parametrize("what", sorted(UNSAFE_READINGS))
def test_builder_sanitizes_html(tmp_path, what):
    from course_factory import write_tiny_course
    src = write_tiny_course(tmp_path / "src",
                            html=f"<html><body><p>Keep me</p>{UNSAFE_READINGS[what]}</body></html>")
    notes: list[str] = []
    out = tmp_path / "clean.lectern"
    manifest = build_bundle(src, out, report=notes.append)
    assert notes and "removed" in notes[0]
    with open_bundle(out, ALLOW) as bundle:
        reading = manifest.item("r1")
        html = bundle.open_blob(reading.sha256).read().decode()  # type: ignore[attr-defined]
    assert "Keep me" in html
    for bad in ("<script", "onclick", "<iframe", "<form", "tracker.example", "javascript:", "url("):
        assert bad not in html


# ------------------------------------------------------------------ disk full


def test_disk_full_during_import_leaves_store_as_it_was(data_paths, tiny_bundle, monkeypatch):
    import builtins

    import sync.content_store as cs

    real_open = builtins.open
    written = {"n": 0}

    class FullDisk:
        def __init__(self, f):
            self._f = f

        def write(self, data):
            written["n"] += len(data)
            if written["n"] > 50_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self._f.write(data)

        def __getattr__(self, name):
            return getattr(self._f, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._f.close()

    def full_open(path, mode="r", *args, **kwargs):
        f = real_open(path, mode, *args, **kwargs)
        return FullDisk(f) if "w" in mode and str(path).endswith(".part") else f

    monkeypatch.setattr(cs, "open", full_open, raising=False)
    with pytest.raises(DiskFullError) as info:
        import_bundle(data_paths, tiny_bundle, ALLOW)
    assert "disk is full" in info.value.message
    assert store_is_untouched(data_paths)
    monkeypatch.undo()
    import_bundle(data_paths, tiny_bundle, ALLOW)  # and a later import succeeds


# ------------------------------------------------------------------ hostile input (issue #11)


def swap_reading(entries: dict[str, bytes], module: int, item: int, data: bytes) -> dict[str, bytes]:
    """Replace one reading's file, keeping the manifest consistent (as a forger would)."""
    import hashlib
    sha = hashlib.sha256(data).hexdigest()

    def swap(m):
        reading = m["modules"][module]["items"][item]
        old = reading["sha256"]
        m["files"][sha] = {**m["files"].pop(old), "size": len(data)}
        reading["sha256"] = sha
        entries.pop(f"blobs/{old}")
    entries = with_manifest(entries, swap)
    entries[f"blobs/{sha}"] = data
    return entries


DEEP = {"arrays": b"[" * 100_000, "objects": b'{"a":' * 50_000,
        "closed": b"[" * 5_000 + b"]" * 5_000, "after a good start": b'{"format": ' + b"[" * 3000}


@pytest.mark.parametrize("shape", sorted(DEEP))
def test_deeply_nested_manifest_is_refused_not_a_crash(data_paths, tiny_bundle, tmp_path, shape):
    entries = {**read_zip(tiny_bundle), "manifest.json": DEEP[shape]}
    path = write_zip(tmp_path / "deep.lectern", entries, compress=True)
    err = rejected(data_paths, path, BundleErrorKind.INVALID_MANIFEST)
    assert "levels deep" in err.message
    # Without permission for unsigned courses it is refused before it is parsed at all.
    err = rejected(data_paths, path, BundleErrorKind.UNSIGNED, TrustPolicy())
    assert "This course is not signed" in err.message


def test_deep_manifest_signed_by_a_trusted_key_is_refused(data_paths, signed, tmp_path):
    bundle, public, key = signed
    deep = b"[" * 100_000
    entries = {**read_zip(bundle), "manifest.json": deep,
               "manifest.sig": sign_manifest(deep, load_private_key(key))}
    rejected(data_paths, write_zip(tmp_path / "deep.lectern", entries),
             BundleErrorKind.INVALID_MANIFEST, TrustPolicy((public,)))


def test_signature_is_checked_before_the_manifest_is_parsed(data_paths, signed, tmp_path):
    bundle, public, _ = signed
    entries = {**read_zip(bundle), "manifest.json": b"[" * 100_000}  # signature now wrong
    err = rejected(data_paths, write_zip(tmp_path / "t.lectern", entries),
                   BundleErrorKind.BAD_SIGNATURE, TrustPolicy((public,)))
    assert "changed after it was signed" in err.message


def test_deeply_nested_signature_is_refused(data_paths, signed, tmp_path):
    bundle, public, _ = signed
    entries = {**read_zip(bundle), "manifest.sig": b"[" * 4096}
    err = rejected(data_paths, write_zip(tmp_path / "s.lectern", entries),
                   BundleErrorKind.BAD_SIGNATURE, TrustPolicy((public,)))
    assert "damaged" in err.message


def test_parse_manifest_raises_only_bundle_errors():
    import random

    from sync.manifest import parse_manifest
    rng = random.Random(11)
    atoms = [b"[", b"]", b"{", b"}", b'"', b"\\", b":", b",", b"1", b"1e999", b"-", b"true",
             b"null", b'"format"', b'"lectern-course/1"', b'"files"', b"\xff", b"\xc3\xa9",
             b" ", b"\n", b"9" * 5000, b"[" * 2000, b"{\"a\":" * 1000]
    for _ in range(2000):
        data = b"".join(rng.choice(atoms) for _ in range(rng.randint(0, 200)))
        with pytest.raises(BundleError):
            parse_manifest(data)


@pytest.mark.parametrize("name, text", [
    ("course.json", "[" * 100_000),
    ("course.json", '{"modules": ' + "[" * 70 + "]" * 70 + "}"),
    ("course.toml", "id = " + "[" * 100_000),
    ("course.toml", "x = " + "{a = " * 1000),
])
def test_deeply_nested_course_source_is_refused_at_build(tmp_path, name, text):
    src = tmp_path / "src"
    src.mkdir()
    (src / name).write_text(text, encoding="utf-8")
    with pytest.raises(BundleError) as info:
        build_bundle(src, tmp_path / "out.lectern")
    assert info.value.kind is BundleErrorKind.SOURCE and "levels deep" in info.value.message
    assert not (tmp_path / "out.lectern").exists()


def test_course_source_strings_may_hold_brackets(tmp_path):
    from course_factory import write_tiny_course
    src = write_tiny_course(tmp_path / "src")
    toml = (src / "course.toml").read_text(encoding="utf-8")
    toml = toml.replace('summary = "For tests."', 'summary = """' + "[" * 200 + '"""\n# ' + "{" * 200)
    (src / "course.toml").write_text(toml, encoding="utf-8")
    assert build_bundle(src, tmp_path / "ok.lectern").summary == "[" * 200


# HTML the old checker crashed on or let through.
CRASHING_HTML = "<p>Intro</p><![><p>More</p>"


def test_markup_declaration_no_longer_crashes_import(data_paths, tiny_bundle, tmp_path):
    entries = swap_reading(read_zip(tiny_bundle), 0, 1, CRASHING_HTML.encode())
    import_bundle(data_paths, write_zip(tmp_path / "ok.lectern", entries), ALLOW)  # harmless
    entries = swap_reading(read_zip(tiny_bundle), 0, 1,
                           (CRASHING_HTML + "<script>alert(1)</script>").encode())
    other_pc = DataPaths(tmp_path / "other-pc").ensure()
    err = rejected(other_pc, write_zip(tmp_path / "bad.lectern", entries), BundleErrorKind.UNSAFE_HTML)
    assert "Reading one" in err.message and "<script>" in err.message


def test_markup_declaration_no_longer_crashes_build(tmp_path):
    from course_factory import write_tiny_course
    src = write_tiny_course(tmp_path / "src", html=CRASHING_HTML + "<script>alert(1)</script>")
    notes: list[str] = []
    build_bundle(src, tmp_path / "c.lectern", report=notes.append)
    assert notes and "<script>" in notes[0]
    with open_bundle(tmp_path / "c.lectern", ALLOW):
        pass


OBFUSCATED_LINKS = ['<a href="jav&#x09;ascript:alert(1)">x</a>', '<a href="&#106;avascript:x">x</a>',
                    '<a href="java\tscript:x">x</a>', '<a href="JaVaScRiPt:x">x</a>',
                    '<a href=" \x01javascript:x">x</a>', '<a href="java&Tab;script:x">x</a>',
                    '<a href="javascript&colon;x">x</a>', '<a href="vbscript:x">x</a>',
                    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>']


@pytest.mark.parametrize("link", OBFUSCATED_LINKS)
def test_obfuscated_script_links_are_refused_at_import(data_paths, tiny_bundle, tmp_path, link):
    entries = swap_reading(read_zip(tiny_bundle), 0, 1, f"<p>{link}</p>".encode())
    err = rejected(data_paths, write_zip(tmp_path / "o.lectern", entries), BundleErrorKind.UNSAFE_HTML)
    assert "Reading one" in err.message


@pytest.mark.parametrize("link", OBFUSCATED_LINKS)
def test_obfuscated_script_links_are_cleaned_at_build(tmp_path, link):
    from course_factory import write_tiny_course
    src = write_tiny_course(tmp_path / "src", html=f"<p>Keep me {link}</p>")
    notes: list[str] = []
    manifest = build_bundle(src, tmp_path / "c.lectern", report=notes.append)
    assert notes and "removed" in notes[0]
    with open_bundle(tmp_path / "c.lectern", ALLOW) as bundle:  # the built course imports
        html = bundle.open_blob(manifest.item("r1").sha256).read().decode()  # type: ignore[attr-defined]
    assert "Keep me" in html and "script" not in html.lower() and "data:" not in html


def test_deeply_nested_html_is_refused_at_build_and_import(data_paths, tiny_bundle, tmp_path):
    from course_factory import write_tiny_course
    deep = "<div>" * 100_000
    src = write_tiny_course(tmp_path / "src", html=deep)
    with pytest.raises(BundleError) as info:
        build_bundle(src, tmp_path / "c.lectern")
    assert info.value.kind is BundleErrorKind.SOURCE and "reading.html" in info.value.message
    entries = swap_reading(read_zip(tiny_bundle), 0, 1, deep.encode())
    err = rejected(data_paths, write_zip(tmp_path / "d.lectern", entries),
                   BundleErrorKind.UNSAFE_HTML)
    assert "nested more than" in err.message


# ------------------------------------------------------------------ PDF readings

def _bad_pdfs() -> dict[str, tuple[bytes, str]]:
    import os

    from course_factory import minimal_pdf
    good = minimal_pdf(pages=2)
    return {
        "empty": (b"", "is empty"),
        "random": (os.urandom(4000), "is not a PDF"),
        "truncated": (good[: len(good) // 2], "is incomplete"),
        "password": (minimal_pdf(encrypted=True), "is password-protected; publish an unprotected copy"),
        "no pages": (minimal_pdf(pages=0), "has no pages"),
    }


@pytest.mark.parametrize("what", sorted(_bad_pdfs()))
def test_unusable_pdf_is_refused_at_build(tmp_path, what):
    from course_factory import write_tiny_course
    data, needle = _bad_pdfs()[what]
    src = write_tiny_course(tmp_path / "src")
    (src / "paper.pdf").write_bytes(data)
    with pytest.raises(BundleError) as info:
        build_bundle(src, tmp_path / "c.lectern")
    assert info.value.kind is BundleErrorKind.SOURCE
    assert "'paper.pdf'" in info.value.message and needle in info.value.message
    assert not (tmp_path / "c.lectern").exists()


@pytest.mark.parametrize("what", sorted(_bad_pdfs()))
def test_unusable_pdf_is_refused_at_import(data_paths, tiny_bundle, tmp_path, what):
    data, needle = _bad_pdfs()[what]
    entries = swap_reading(read_zip(tiny_bundle), 1, 1, data)
    err = rejected(data_paths, write_zip(tmp_path / "p.lectern", entries), BundleErrorKind.CORRUPT)
    assert err.message.startswith("The PDF reading “Paper” ") and needle in err.message


def test_every_file_has_a_content_check_kind(tiny_bundle):
    """FILE_CHECKS is keyed by these kinds: a check for captions or videos is one more line."""
    from sync.bundle import FILE_CHECKS, _content_files
    with open_bundle(tiny_bundle, ALLOW) as bundle:
        kinds = {kind for kind, _, _ in _content_files(bundle.manifest)}
    assert kinds == {"rendition", "captions", "reading/html", "reading/markdown", "reading/pdf"}
    assert {"reading/html", "reading/pdf"} <= set(FILE_CHECKS)


def _replace_blob(entries: dict[str, bytes], old_sha: str, data: bytes) -> dict[str, bytes]:
    """Swap a file's bytes in a bundle and make the manifest agree (an unsigned tampered copy)."""
    import hashlib
    new_sha = hashlib.sha256(data).hexdigest()
    text = entries["manifest.json"].decode().replace(old_sha, new_sha)
    manifest = json.loads(text)
    manifest["files"][new_sha]["size"] = len(data)
    out = {k: v for k, v in entries.items() if k != f"blobs/{old_sha}"}
    out["manifest.json"] = json.dumps(manifest).encode()
    out[f"blobs/{new_sha}"] = data
    return out


ABSURD_CUE = "WEBVTT\n\n00:00.000 --> 00:02.000\n" + "<" * 3200 + "\n"


def test_absurd_caption_cue_is_refused_at_build(tiny_source, tmp_path):
    (tiny_source / "media" / "l1.en.vtt").write_text(ABSURD_CUE, encoding="utf-8")
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "out.lectern")
    assert "3,200 characters" in info.value.message and "l1.en.vtt" in info.value.message


@pytest.mark.parametrize("data", [ABSURD_CUE.encode(), b"not captions at all", b"\xff\xfe\x00"])
def test_bad_captions_are_refused_at_import(data_paths, tiny_bundle, tmp_path, data):
    entries = read_zip(tiny_bundle)
    manifest = json.loads(entries["manifest.json"])
    sha = next(c["sha256"] for m in manifest["modules"] for it in m["items"]
               for c in it.get("captions", []) if c["language"] == "en")
    bad = write_zip(tmp_path / "bad.lectern", _replace_blob(entries, sha, data))
    err = rejected(data_paths, bad, BundleErrorKind.INVALID_MANIFEST)
    assert "captions" in err.message.lower()


@pytest.mark.parametrize("codec, accepted", [(b"avc1", True), (b"vp09", True), (b"av01", False)])
def test_build_refuses_video_the_player_cannot_decode(tiny_source, tmp_path, codec, accepted):
    from course_factory import h264_mp4_header_then_padding
    (tiny_source / "media" / "l1-480p.mp4").write_bytes(h264_mp4_header_then_padding(5000, codec))
    if accepted:
        build_bundle(tiny_source, tmp_path / "ok.lectern")
        return
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "x.lectern")
    assert info.value.kind is BundleErrorKind.SOURCE
    assert "AV1" in info.value.message and "l1-480p.mp4" in info.value.message
    assert "H.264" in info.value.message


def test_build_refuses_a_rendition_that_is_not_video(tiny_source, tmp_path):
    (tiny_source / "media" / "l1-240p.mp4").write_bytes(b"just some text, not a video" * 100)
    with pytest.raises(BundleError) as info:
        build_bundle(tiny_source, tmp_path / "x.lectern")
    assert "not a video or audio file" in info.value.message
