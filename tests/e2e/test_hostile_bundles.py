"""Hostile bundles through the real CLIs: `lectern` and `lectern-hub` refuse each with exit
status 2 and one line on stderr, never a traceback (issue #11 items 7 to 10)."""
from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path
from typing import Callable

import pytest
from course_factory import minimal_pdf, write_tiny_course

from sync.bundle import build_bundle
from sync.signing import generate_keypair, load_private_key, sign_manifest

DEEP_JSON = b"[" * 100_000


def refused(r: subprocess.CompletedProcess, *words: str) -> None:
    """Exit status 2, exactly one line on stderr that names the problem, no traceback."""
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert r.returncode == 2 and len(lines) == 1 and "Traceback" not in r.stderr, \
        (r.returncode, r.stderr[-3000:])
    assert all(w in lines[0] for w in words), lines[0]


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            method = zipfile.ZIP_DEFLATED if name == "manifest.json" else zipfile.ZIP_STORED
            zf.writestr(name, data, compress_type=method)
    return path


def forge(good: Path, out: Path, key: Path | None, change: Callable[[dict], None] | None = None,
          files: dict[str, bytes] | None = None, manifest_bytes: bytes | None = None) -> Path:
    """A copy of `good` with a changed manifest (and files), signed again with `key`, as a
    publisher's stolen key or a careless tool would make it."""
    with zipfile.ZipFile(good) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    if manifest_bytes is None:
        manifest = json.loads(entries["manifest.json"])
        if change:
            change(manifest)
        manifest_bytes = json.dumps(manifest).encode()
        entries = {n: d for n, d in entries.items()
                   if not n.startswith("blobs/") or n[len("blobs/"):] in manifest["files"]}
    entries["manifest.json"] = manifest_bytes
    entries.pop("manifest.sig", None)
    entries.update({f"blobs/{sha}": data for sha, data in (files or {}).items()})
    if key is not None:
        entries["manifest.sig"] = sign_manifest(manifest_bytes, load_private_key(key))
    return write_zip(out, entries)


def swap_reading(module: int, item: int, data: bytes) -> tuple[Callable[[dict], None], dict[str, bytes]]:
    sha = hashlib.sha256(data).hexdigest()

    def change(m: dict) -> None:
        reading = m["modules"][module]["items"][item]
        m["files"][sha] = {**m["files"].pop(reading["sha256"]), "size": len(data)}
        reading["sha256"] = sha
    return change, {sha: data}


@pytest.fixture
def key(tmp_path: Path) -> Path:
    generate_keypair(tmp_path / "pub.key")
    return tmp_path / "pub.key"


@pytest.fixture
def good(tmp_path: Path, key: Path) -> Path:
    out = tmp_path / "good.lectern"
    build_bundle(write_tiny_course(tmp_path / "good-src"), out, sign_key=key)
    return out


# ------------------------------------------------------------------ item 7: nesting


def test_deeply_nested_manifest_through_lectern(run_lectern, tmp_path, good, key):
    deep = write_zip(tmp_path / "deep.lectern", {"manifest.json": DEEP_JSON})
    assert deep.stat().st_size < 2000  # the 1 KB file
    refused(run_lectern("import", str(deep)), "not signed")
    refused(run_lectern("import", str(deep), "--allow-unsigned"), "levels deep")
    refused(run_lectern("bundle", "verify", str(deep)), "levels deep")
    signed = forge(good, tmp_path / "signed-deep.lectern", key, manifest_bytes=DEEP_JSON)
    refused(run_lectern("bundle", "verify", str(signed), "--trust", f"{key}.pub"), "levels deep")
    refused(run_lectern("import", str(signed), "--trust", f"{key}.pub"), "levels deep")
    assert run_lectern("courses").stdout.count("tiny-en") == 0


@pytest.mark.parametrize("name, text", [("course.json", "[" * 100_000),
                                        ("course.toml", "id = " + "[" * 100_000)])
def test_deeply_nested_course_source_through_lectern(run_lectern, tmp_path, name, text):
    src = tmp_path / "src"
    src.mkdir()
    (src / name).write_text(text, encoding="utf-8")
    refused(run_lectern("bundle", "build", str(src), str(tmp_path / "x.lectern")), "levels deep")


# ------------------------------------------------------------------ items 8 and 9: HTML


def test_html_the_checker_crashed_on_through_lectern(run_lectern, tmp_path, good, key):
    src = write_tiny_course(tmp_path / "src", html="<p>a</p><![><script>alert(1)</script>")
    out = tmp_path / "built.lectern"
    r = run_lectern("bundle", "build", str(src), str(out))
    assert r.returncode == 0 and "removed a <script> element" in r.stderr, r.stderr
    assert run_lectern("bundle", "verify", str(out)).returncode == 0

    change, files = swap_reading(0, 1, b"<p>a</p><![><p>b</p>")
    harmless = forge(good, tmp_path / "harmless.lectern", key, change, files)
    r = run_lectern("import", str(harmless), "--trust", f"{key}.pub")
    assert r.returncode == 0, r.stderr

    change, files = swap_reading(0, 1, b"<p>a</p><![><script>alert(1)</script>")
    hostile = forge(good, tmp_path / "hostile.lectern", key, change, files)
    refused(run_lectern("bundle", "verify", str(hostile)), "<script>")
    refused(run_lectern("import", str(hostile), "--trust", f"{key}.pub", data_dir=tmp_path / "pc2"),
            "Reading one", "<script>")


@pytest.mark.parametrize("link", ['<a href="jav&#x09;ascript:alert(1)">x</a>',
                                  '<a href="java&Tab;script:alert(1)">x</a>',
                                  '<img src=" &#14; javascript:alert(1)">'])
def test_obfuscated_script_link_through_lectern(run_lectern, tmp_path, good, key, link):
    change, files = swap_reading(0, 1, f"<p>{link}</p>".encode())
    hostile = forge(good, tmp_path / "link.lectern", key, change, files)
    refused(run_lectern("import", str(hostile), "--trust", f"{key}.pub"), "javascript: link")
    src = write_tiny_course(tmp_path / "src", html=f"<p>{link}</p>")
    r = run_lectern("bundle", "build", str(src), str(tmp_path / "clean.lectern"))
    assert r.returncode == 0 and "removed a javascript: link" in r.stderr, r.stderr


# ------------------------------------------------------------------ item 10: PDF


@pytest.mark.parametrize("pdf, words", [
    (minimal_pdf(encrypted=True), ("is password-protected; publish an unprotected copy",)),
    (b"", ("is empty",)),
    (minimal_pdf()[:300], ("is incomplete",)),
])
def test_unopenable_pdf_through_lectern(run_lectern, tmp_path, good, key, pdf, words):
    src = write_tiny_course(tmp_path / "src")
    (src / "paper.pdf").write_bytes(pdf)
    refused(run_lectern("bundle", "build", str(src), str(tmp_path / "x.lectern")), "paper.pdf", *words)
    change, files = swap_reading(1, 1, pdf)
    hostile = forge(good, tmp_path / "pdf.lectern", key, change, files)
    refused(run_lectern("import", str(hostile), "--trust", f"{key}.pub"), "“Paper”", *words)
    refused(run_lectern("bundle", "verify", str(hostile)), "“Paper”", *words)


# ------------------------------------------------------------------ the hub


def test_hostile_bundles_through_lectern_hub_publish(hub, publisher, tmp_path):
    good = publisher.bundle("hostile-base")
    key = publisher.key
    unsigned = write_zip(tmp_path / "deep.lectern", {"manifest.json": DEEP_JSON})
    refused(hub.cli("publish", unsigned, check=False), "not signed")
    signed_deep = forge(good, tmp_path / "signed-deep.lectern", key, manifest_bytes=DEEP_JSON)
    refused(hub.cli("publish", signed_deep, check=False), "levels deep")
    change, files = swap_reading(0, 1, b"<![><script>alert(1)</script>")
    refused(hub.cli("publish", forge(good, tmp_path / "h.lectern", key, change, files), check=False),
            "<script>")
    change, files = swap_reading(0, 1, b'<a href="jav&#x09;ascript:alert(1)">x</a>')
    refused(hub.cli("publish", forge(good, tmp_path / "j.lectern", key, change, files), check=False),
            "javascript: link")
    change, files = swap_reading(1, 1, minimal_pdf(encrypted=True))
    refused(hub.cli("publish", forge(good, tmp_path / "p.lectern", key, change, files), check=False),
            "password-protected")
