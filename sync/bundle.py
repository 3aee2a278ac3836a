"""Course bundles, format 1: build from a publisher's folder, pack, open and verify.

A `.lectern` file is a zip holding `manifest.json`, optionally `manifest.sig`, and
`blobs/<sha256>` (media stored uncompressed). `open_bundle` refuses anything unsafe before a
byte reaches the store: bad paths, symlinks, unknown entries, sizes above the manifest's,
missing files, untrusted signatures, and files the player could not use (FILE_CHECKS: unsafe
HTML, unopenable PDFs). Blob hashes are checked while copying (see content_store), so a
tampered blob is refused and rolled back.

The signature is checked on the manifest's exact bytes before they are parsed, so a course
signed by a trusted key is the only one whose description the parser ever sees whole; the
parser itself bounds size and nesting (manifest.parse_manifest), so no bytes make it fail
with anything but a BundleError.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import tomllib
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO, Any, Callable, Iterable, Iterator

from .errors import BundleError, BundleErrorKind, LecternError
from .html_safety import TOO_DEEP, find_unsafe_html, sanitize_html
from .manifest import (
    MAX_MANIFEST_BYTES,
    MAX_NESTING,
    SHA256_RE,
    Manifest,
    ReadingFormat,
    ReadingItem,
    VideoItem,
    manifest_from_dict,
    nesting_too_deep,
    parse_manifest,
)
from .signing import PublicKey, load_private_key, parse_signature, sign_manifest

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
BLOB_DIR = "blobs/"
MAX_HTML_BYTES = 8 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4096
BOMB_RATIO = 200  # compressed entries may not expand more than this

MEDIA_TYPES = {
    ".mp4": "video/mp4", ".m4v": "video/mp4", ".webm": "video/webm", ".mkv": "video/x-matroska",
    ".m4a": "audio/mp4", ".mp3": "audio/mpeg", ".ogg": "audio/ogg", ".opus": "audio/ogg",
    ".vtt": "text/vtt", ".html": "text/html", ".htm": "text/html", ".md": "text/markdown",
    ".markdown": "text/markdown", ".pdf": "application/pdf", ".png": "image/png",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
}

DAMAGED_HINT = "Ask court IT or the course provider for a new copy."


class SignatureStatus(str, Enum):
    TRUSTED = "trusted"
    UNSIGNED = "unsigned"
    UNKNOWN_KEY = "unknown-key"


@dataclass(frozen=True)
class TrustPolicy:
    trusted_keys: tuple[PublicKey, ...] = ()
    allow_unsigned: bool = False

    def key(self, key_id: str) -> PublicKey | None:
        return next((k for k in self.trusted_keys if k.key_id == key_id), None)


def describe_file(manifest: Manifest, sha: str) -> str:
    """A name a learner recognises: the item title and rendition, not a hash."""
    for it in manifest.items():
        if isinstance(it, VideoItem):
            for r in it.renditions:
                if r.sha256 == sha:
                    return f"“{it.title}” ({r.label})"
            for c in it.captions:
                if c.sha256 == sha:
                    return f"the {c.label} captions of “{it.title}”"
        elif isinstance(it, ReadingItem) and it.sha256 == sha:
            return f"“{it.title}”"
    entry = manifest.files.get(sha)
    return f"“{entry.name}”" if entry and entry.name else f"file {sha[:12]}"


def _err(kind: BundleErrorKind, message: str) -> BundleError:
    return BundleError(kind, message)


# --------------------------------------------------------------------------- opening


class OpenedBundle:
    """A verified `.lectern` file; blobs are streamed from it, their hashes checked on copy."""

    def __init__(self, path: Path, zf: zipfile.ZipFile, manifest: Manifest, manifest_bytes: bytes,
                 signature_bytes: bytes | None, signature_status: SignatureStatus,
                 key_id: str | None, entries: dict[str, zipfile.ZipInfo]) -> None:
        self.path = path
        self._zf = zf
        self.manifest = manifest
        self.manifest_bytes = manifest_bytes
        self.signature_bytes = signature_bytes
        self.signature_status = signature_status
        self.key_id = key_id
        self._entries = entries
        self.present: frozenset[str] = frozenset(entries)
        #: Listed files not in this file that the receiving content store has (`have`).
        self.elsewhere: frozenset[str] = frozenset()

    def open_blob(self, sha: str) -> IO[bytes]:
        return self._zf.open(self._entries[sha])

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> "OpenedBundle":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, what: str) -> bytes:
    if info.file_size > limit:
        raise _err(BundleErrorKind.TOO_LARGE, f"The {what} in this file is far too large.")
    with zf.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise _err(BundleErrorKind.TOO_LARGE, f"The {what} in this file is far too large.")
    return data


def _check_entry_name(info: zipfile.ZipInfo) -> str | None:
    """The blob's sha for `blobs/<sha>`, None for manifest/signature; raise for anything else."""
    name = info.filename
    mode = (info.external_attr >> 16) & 0xFFFF
    if stat.S_ISLNK(mode):
        raise _err(BundleErrorKind.UNSAFE_PATH,
                   f"This file contains a link ({name[:80]}), which a course may not have. {DAMAGED_HINT}")
    pure = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or ".." in pure.parts or ":" in name or "\\" in name \
            or pure.is_absolute():
        raise _err(BundleErrorKind.UNSAFE_PATH,
                   f"This file contains an unsafe path ({name[:80]}). It may have been tampered "
                   f"with. {DAMAGED_HINT}")
    if name in (MANIFEST_NAME, SIGNATURE_NAME):
        return None
    if name.startswith(BLOB_DIR) and SHA256_RE.match(name[len(BLOB_DIR):]):
        return name[len(BLOB_DIR):]
    raise _err(BundleErrorKind.UNEXPECTED_FILE,
               f"This file contains something a Lectern course does not ({name[:80]}). {DAMAGED_HINT}")


ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
NOT_A_COURSE_MESSAGE = ("This is not a Lectern course file. Lectern opens course files (ending in "
                        ".lectern) that court IT or the course provider gives you.")


def open_bundle(path: Path, policy: TrustPolicy,
                have: Callable[[str], bool] | None = None) -> OpenedBundle:
    """Open and verify a `.lectern` file; raise BundleError before anything is written.
    `have`: whether the receiving content store has a file already (checked when it was
    stored); a listed file it has counts as present, so a bundle may leave it out."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            magic = f.read(4)
    except FileNotFoundError:
        raise _err(BundleErrorKind.CORRUPT, f"There is no file at {path}.") from None
    except OSError:
        magic = b""
    if magic not in ZIP_MAGICS:
        # Empty, text, a PDF...: not a course cut short, but the wrong file altogether.
        raise _err(BundleErrorKind.NOT_A_COURSE, NOT_A_COURSE_MESSAGE)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise _err(BundleErrorKind.CORRUPT, f"There is no file at {path}.") from None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _err(BundleErrorKind.CORRUPT,
                   f"This file is damaged or incomplete: it is not a complete Lectern course. "
                   f"{DAMAGED_HINT}") from None
    try:
        return _verify(path, zf, policy, have)
    except BundleError:
        zf.close()
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        zf.close()
        log.info("bundle %s unreadable: %r", path, exc)
        raise _err(BundleErrorKind.CORRUPT,
                   f"This file is damaged or incomplete. {DAMAGED_HINT}") from None
    except BaseException:
        zf.close()
        raise


def _verify(path: Path, zf: zipfile.ZipFile, policy: TrustPolicy,
            have: Callable[[str], bool] | None = None) -> OpenedBundle:
    infos = zf.infolist()
    names = [i.filename for i in infos]
    if MANIFEST_NAME not in names:
        raise _err(BundleErrorKind.NOT_A_COURSE, NOT_A_COURSE_MESSAGE)
    if len(names) != len(set(names)):
        raise _err(BundleErrorKind.DUPLICATE_ID,
                   f"This file lists the same entry twice; it may have been tampered with. {DAMAGED_HINT}")
    blobs: dict[str, zipfile.ZipInfo] = {}
    manifest_info = signature_info = None
    for info in infos:
        sha = _check_entry_name(info)
        if sha is not None:
            blobs[sha] = info
        elif info.filename == MANIFEST_NAME:
            manifest_info = info
        else:
            signature_info = info
    if manifest_info is None:
        raise _err(BundleErrorKind.CORRUPT,
                   f"This file has no course description (manifest.json): it is not a Lectern "
                   f"course. {DAMAGED_HINT}")
    manifest_bytes = _read_limited(zf, manifest_info, MAX_MANIFEST_BYTES, "course description")
    signature_bytes = (_read_limited(zf, signature_info, MAX_SIGNATURE_BYTES, "signature")
                       if signature_info is not None else None)
    # Who made it first, on the exact bytes: a refused course is never parsed.
    status, key_id = check_signature(None, manifest_bytes, signature_bytes, policy)
    manifest = parse_manifest(manifest_bytes)

    for sha, info in blobs.items():
        entry = manifest.files.get(sha)
        if entry is None:
            raise _err(BundleErrorKind.UNEXPECTED_FILE,
                       f"This file contains a blob the course does not list ({sha[:12]}…); it may "
                       f"have been tampered with. {DAMAGED_HINT}")
        if info.file_size > entry.size:
            raise _err(BundleErrorKind.TOO_LARGE,
                       f"{describe_file(manifest, sha)} is larger in this file than the course "
                       f"says. {DAMAGED_HINT}")
        if info.file_size < entry.size:
            raise _err(BundleErrorKind.CORRUPT,
                       f"{describe_file(manifest, sha)} is incomplete in this file. {DAMAGED_HINT}")
        if info.compress_type != zipfile.ZIP_STORED and \
                info.file_size > BOMB_RATIO * max(info.compress_size, 1) + 65536:
            raise _err(BundleErrorKind.TOO_LARGE,
                       f"{describe_file(manifest, sha)} expands far beyond its packed size; this "
                       f"file may be malicious. {DAMAGED_HINT}")
    elsewhere = frozenset(s for s in manifest.files
                          if s not in blobs and have is not None and have(s))
    check_present(manifest, frozenset(blobs) | elsewhere)
    check_file_contents(manifest, {sha: (info.file_size, partial(zf.open, info))
                                   for sha, info in blobs.items()}, hint=DAMAGED_HINT)
    opened = OpenedBundle(path, zf, manifest, manifest_bytes, signature_bytes, status, key_id,
                          blobs)
    opened.elsewhere = elsewhere
    return opened


def check_signature(manifest: Manifest | None, manifest_bytes: bytes,
                    signature_bytes: bytes | None,
                    policy: TrustPolicy) -> tuple[SignatureStatus, str | None]:
    """Whether `policy` accepts who signed `manifest_bytes`; BundleError if not.

    Works on bytes alone, so it can run before the manifest is parsed: pass `manifest=None`
    then, and messages say "this course" instead of its title."""
    name = f"“{manifest.title}”" if manifest is not None else "this course"
    subject = name[:1].upper() + name[1:]
    if signature_bytes is None:
        if not policy.allow_unsigned:
            raise _err(BundleErrorKind.UNSIGNED,
                       f"{subject} is not signed, so Lectern cannot tell who made it. "
                       "Import it only if you trust where it came from (court IT can allow "
                       "unsigned courses).")
        return SignatureStatus.UNSIGNED, None
    # The signature file is small JSON: bound its nesting before json.loads recurses into it.
    sig = None if nesting_too_deep(signature_bytes) else parse_signature(signature_bytes)
    if sig is None:
        raise _err(BundleErrorKind.BAD_SIGNATURE,
                   f"The signature of {name} is damaged. {DAMAGED_HINT}")
    key = policy.key(sig.key_id)
    if key is None:
        if not policy.allow_unsigned:
            raise _err(BundleErrorKind.UNTRUSTED_KEY,
                       f"{subject} is signed by a publisher key this computer does not "
                       f"trust (key {sig.key_id}). Court IT can add the publisher's key.")
        return SignatureStatus.UNKNOWN_KEY, sig.key_id
    if not key.verify(sig.signature, manifest_bytes):
        raise _err(BundleErrorKind.BAD_SIGNATURE,
                   f"The signature of {name} does not match its content: the file "
                   f"was changed after it was signed. {DAMAGED_HINT}")
    return SignatureStatus.TRUSTED, sig.key_id


def check_present(manifest: Manifest, present: frozenset[str]) -> None:
    """Every file must be there, except alternative renditions of a video with one present."""
    for it in manifest.items():
        if isinstance(it, VideoItem):
            if not any(r.sha256 in present for r in it.renditions):
                raise _err(BundleErrorKind.MISSING_FILE,
                           f"The video “{it.title}” is missing from this file. {DAMAGED_HINT}")
            files = [c.sha256 for c in it.captions]
        elif isinstance(it, ReadingItem):
            files = [it.sha256]
        else:
            continue
        for sha in files:
            if sha not in present:
                raise _err(BundleErrorKind.MISSING_FILE,
                           f"{describe_file(manifest, sha)} is missing from this file. {DAMAGED_HINT}")
    if manifest.cover and manifest.cover not in present:
        raise _err(BundleErrorKind.MISSING_FILE, f"The course picture is missing. {DAMAGED_HINT}")


# --------------------------------------------------------------------------- file contents


@dataclass(frozen=True)
class ContentFile:
    """One course file whose content is checked before a course is built or imported."""

    sha256: str
    size: int
    where: str                      # names it for a person: "the PDF reading “Paper”"
    open: Callable[[], IO[bytes]]    # a fresh stream over its bytes
    hint: str = ""                  # what to do, said after the problem (import: DAMAGED_HINT)

    @property
    def subject(self) -> str:
        """`where` to start a sentence with."""
        return self.where[:1].upper() + self.where[1:]

    def read(self, limit: int) -> bytes:
        """All its bytes; TOO_LARGE above `limit` (the size in a zip entry is only a claim)."""
        with self.open() as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise _err(BundleErrorKind.TOO_LARGE,
                       f"{self.subject} is larger than the {limit // 1_048_576} MB Lectern "
                       f"accepts for it. {self.hint}".strip())
        return data


FileCheck = Callable[[ContentFile], None]  # raises BundleError when the player could not use it


def _check_html_file(file: ContentFile) -> None:
    _check_html(file.read(MAX_HTML_BYTES), file.sha256, file.subject)


def _check_pdf_file(file: ContentFile) -> None:
    # Imported here, not at the top: the hub imports this module and keeps its set of sync
    # modules small (tests/unit/test_hub_protocol.py).
    from .pdf_check import check_pdf

    with file.open() as f:
        problem = check_pdf(f, file.size)
    if problem is not None:
        raise _err(BundleErrorKind.CORRUPT,
                   f"{file.subject} {problem.reason}; {problem.fix}. {file.hint}".strip())


def _check_captions_file(file: ContentFile) -> None:
    from .webvtt import MAX_FILE_BYTES, check_captions

    check_captions(file.read(MAX_FILE_BYTES), file.where)


# The content check for each kind of file (kinds as `_content_files` names them): a check for
# another kind ("captions", "rendition", "cover") is one more line here, and runs at build
# and at import alike.
FILE_CHECKS: dict[str, FileCheck] = {
    "reading/html": _check_html_file,
    "reading/pdf": _check_pdf_file,
    "captions": _check_captions_file,
}


def _content_files(manifest: Manifest) -> Iterator[tuple[str, str, str]]:
    """(kind, sha256, where) for every file of the course, in course order."""
    for it in manifest.items():
        if isinstance(it, ReadingItem):
            what = "PDF reading" if it.format is ReadingFormat.PDF else "reading"
            yield f"reading/{it.format.value}", it.sha256, f"the {what} “{it.title}”"
        elif isinstance(it, VideoItem):
            for r in it.renditions:
                yield "rendition", r.sha256, f"the video {describe_file(manifest, r.sha256)}"
            for c in it.captions:
                yield "captions", c.sha256, describe_file(manifest, c.sha256)
    if manifest.cover:
        yield "cover", manifest.cover, "the course picture"


def check_file_contents(manifest: Manifest,
                        files: dict[str, tuple[int, Callable[[], IO[bytes]]]],
                        hint: str = "") -> None:
    """Run FILE_CHECKS over the files present (sha256 -> size, opener); BundleError on the
    first file the player could not use."""
    checked: set[tuple[str, str]] = set()
    for kind, sha, where in _content_files(manifest):
        check = FILE_CHECKS.get(kind)
        if check is None or sha not in files or (kind, sha) in checked:
            continue
        checked.add((kind, sha))
        size, opener = files[sha]
        check(ContentFile(sha, size, where, opener, hint))


def check_reading(it: ReadingItem, data: bytes) -> None:
    """An HTML reading must match its hash, be UTF-8 and hold nothing unsafe."""
    _check_html(data, it.sha256, f"The reading “{it.title}”")


def _check_html(data: bytes, sha: str, subject: str) -> None:
    if hashlib.sha256(data).hexdigest() != sha:
        raise _err(BundleErrorKind.HASH_MISMATCH,
                   f"{subject} does not match its checksum. {DAMAGED_HINT}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _err(BundleErrorKind.UNSAFE_HTML,
                   f"{subject} is not UTF-8 text. {DAMAGED_HINT}") from None
    problems = find_unsafe_html(text)
    if problems:
        raise _err(BundleErrorKind.UNSAFE_HTML,
                   f"{subject} contains {problems[0]}, which Lectern does not allow. The "
                   "publisher should rebuild the course with `lectern bundle build`, which "
                   "cleans readings.")


# --------------------------------------------------------------------------- packing


def pack_bundle(out_path: Path, manifest_bytes: bytes, signature_bytes: bytes | None,
                blobs: Iterable[tuple[str, Path]], media_types: dict[str, str],
                progress: Callable[[int], None] | None = None) -> None:
    """Write a `.lectern` atomically (`.part`, then rename); media stored, text deflated."""
    out_path = Path(out_path)
    part = out_path.with_name(out_path.name + ".part")
    try:
        with zipfile.ZipFile(part, "w", allowZip64=True) as zf:
            zf.writestr(MANIFEST_NAME, manifest_bytes, compress_type=zipfile.ZIP_DEFLATED)
            if signature_bytes is not None:
                zf.writestr(SIGNATURE_NAME, signature_bytes)
            seen: set[str] = set()
            for sha, src in blobs:
                if sha in seen:
                    continue
                seen.add(sha)
                text = media_types.get(sha, "").startswith("text/")
                zf.write(src, BLOB_DIR + sha,
                         compress_type=zipfile.ZIP_DEFLATED if text else zipfile.ZIP_STORED)
                if progress is not None:
                    progress(os.path.getsize(src))
        with open(part, "rb") as f:
            os.fsync(f.fileno())
        os.replace(part, out_path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- building


def _source_description(src: Path) -> Path:
    """The course description: `src` itself when it names a .toml/.json file (several language
    versions can then share one folder's media), else the folder's course.toml or course.json."""
    if src.is_file() and src.suffix.lower() in (".toml", ".json"):
        return src
    toml_path, json_path = src / "course.toml", src / "course.json"
    path = toml_path if toml_path.is_file() else json_path if json_path.is_file() else None
    if path is None:
        raise _err(BundleErrorKind.SOURCE, f"{src} has no course.toml or course.json.")
    return path


def _load_source(path: Path) -> dict[str, Any]:
    """course.toml (or course.json), bounded in size and nesting before it is parsed."""
    is_toml = path.suffix.lower() == ".toml"
    with open(path, "rb") as f:
        data = f.read(MAX_MANIFEST_BYTES + 1)
    if len(data) > MAX_MANIFEST_BYTES:
        raise _err(BundleErrorKind.SOURCE,
                   f"{path}: larger than {MAX_MANIFEST_BYTES // 1_048_576} MB; a course "
                   "description is a few KB. Check that it is the right file.")
    if nesting_too_deep(data, toml=is_toml):
        raise _err(BundleErrorKind.SOURCE,
                   f"{path}: lists or tables nest more than {MAX_NESTING} levels deep. A "
                   "course needs a few levels; check for unclosed '[' or '{'.")
    try:
        text = data.decode("utf-8")
        return tomllib.loads(text) if is_toml else json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _err(BundleErrorKind.SOURCE, f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise _err(BundleErrorKind.SOURCE, f"{path}: not UTF-8 text; save it as UTF-8.") from None
    except ValueError as exc:
        raise _err(BundleErrorKind.SOURCE, f"{path}: not valid JSON ({exc})") from None


def _safe_source_file(src_dir: Path, rel: Any, where: str) -> Path:
    if not isinstance(rel, str) or not rel.strip():
        raise _err(BundleErrorKind.SOURCE, f"{where}: 'file' must be a relative path.")
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or "\\" in rel or rel.startswith("~"):
        raise _err(BundleErrorKind.UNSAFE_PATH,
                   f"{where}: '{rel}' must stay inside the course folder (no '..', no absolute path).")
    path = src_dir.joinpath(*pure.parts)
    probe = src_dir
    for part in pure.parts:
        probe = probe / part
        if probe.is_symlink():
            raise _err(BundleErrorKind.UNSAFE_PATH, f"{where}: '{rel}' is a symbolic link; copy the real file in.")
    if not path.is_file():
        raise _err(BundleErrorKind.SOURCE, f"{where}: '{rel}' does not exist in {src_dir}.")
    return path


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


class _SourceFiles:
    """Turns `file = "media/x.mp4"` references into sha256 references and a file table."""

    def __init__(self, src_dir: Path, scratch: Path, report: Callable[[str], None]) -> None:
        self.src_dir = src_dir
        self.scratch = scratch
        self.report = report
        self.files: dict[str, dict[str, Any]] = {}
        self.paths: dict[str, Path] = {}

    def ref(self, rel: Any, where: str, kind: str) -> str:
        """The sha256 of the file at `rel`, after cleaning (HTML) and FILE_CHECKS[kind]."""
        path = _safe_source_file(self.src_dir, rel, where)
        media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
        if kind == "reading/html":
            path = self._clean_html(path, rel, where)
        sha, size = _hash_file(path)
        check = FILE_CHECKS.get(kind)
        if check is not None:
            try:
                check(ContentFile(sha, size, f"{where}: '{rel}'", lambda: path.open("rb")))
            except BundleError as exc:  # the publisher's folder is what needs fixing
                raise _err(BundleErrorKind.SOURCE, exc.message) from None
        if kind == "rendition":
            # Only at build: a course must not ship video the player cannot decode in software
            # (AV1 plays no frame). At import the player copes: it tries the next rendition.
            from .media_probe import check_rendition
            check_rendition(path, f"{where[:1].upper()}{where[1:]}: '{rel}'")
        self.files[sha] = {"size": size, "media_type": media_type, "name": PurePosixPath(rel).name}
        self.paths[sha] = path
        return sha

    def _clean_html(self, path: Path, rel: Any, where: str) -> Path:
        """The reading itself if it is clean, else a sanitized copy (and a note saying so)."""
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise _err(BundleErrorKind.SOURCE, f"{where}: '{rel}' is not UTF-8 text.") from None
        problems = find_unsafe_html(text)
        if TOO_DEEP in problems:
            raise _err(BundleErrorKind.SOURCE,
                       f"{where}: '{rel}' has {TOO_DEEP}; Lectern cannot show it. Check it "
                       "for tags that are opened but never closed.")
        if not problems:
            return path
        self.report(f"{rel}: removed {', '.join(problems)}")
        clean = sanitize_html(text).encode("utf-8")
        path = self.scratch / hashlib.sha256(clean).hexdigest()
        path.write_bytes(clean)
        return path


def _convert_source(raw: dict[str, Any], files: _SourceFiles) -> dict[str, Any]:
    out = {k: v for k, v in raw.items() if k not in ("modules", "cover", "files")}
    out.setdefault("format", "lectern-course/1")
    requirements = raw.get("requirements")
    if isinstance(requirements, dict) and isinstance(requirements.get("ends"), (date, time)):
        # TOML reads `ends = 2026-12-31T23:59:59Z` as a date-time; the manifest holds text.
        ends = requirements["ends"]
        if isinstance(ends, time):
            raise _err(BundleErrorKind.SOURCE, "'requirements.ends' needs a date, such as "
                                               "2026-12-31T23:59:59Z.")
        if isinstance(ends, datetime) and ends.tzinfo is None:
            raise _err(BundleErrorKind.SOURCE, "'requirements.ends' needs a time zone, e.g. a final "
                                               "'Z' for UTC.")
        out["requirements"] = {**requirements, "ends": ends.isoformat()}
    if raw.get("cover"):
        out["cover"] = files.ref(raw["cover"], "cover", "cover")
    modules = []
    for m_index, module in enumerate(raw.get("modules") or [], start=1):
        if not isinstance(module, dict):
            raise _err(BundleErrorKind.SOURCE, f"Module {m_index} should be a table.")
        items = []
        for i_index, item in enumerate(module.get("items") or [], start=1):
            if not isinstance(item, dict):
                raise _err(BundleErrorKind.SOURCE, f"Module {m_index}, item {i_index} should be a table.")
            where = f"Module {m_index}, item {i_index} ({item.get('id', '?')})"
            item = dict(item)
            kind = item.get("kind")
            if kind == "video":
                item["renditions"] = [
                    {**{k: v for k, v in r.items() if k != "file"},
                     "sha256": files.ref(r.get("file"), f"{where}, rendition", "rendition")}
                    for r in item.get("renditions") or [] if isinstance(r, dict)]
                item["captions"] = [
                    {**{k: v for k, v in c.items() if k != "file"},
                     "sha256": files.ref(c.get("file"), f"{where}, captions", "captions")}
                    for c in item.get("captions") or [] if isinstance(c, dict)]
            elif kind == "reading":
                item["sha256"] = files.ref(item.pop("file", None), where,
                                           f"reading/{item.get('format')}")
            items.append(item)
        modules.append({**module, "items": items})
    out["modules"] = modules
    out["files"] = files.files
    return out


def build_bundle(src_dir: Path, out_path: Path, sign_key: Path | None = None,
                 report: Callable[[str], None] | None = None) -> Manifest:
    """Build a `.lectern` from a publisher's folder (course.toml or course.json + files), or
    from one description file in it (`course.fr.toml`): its `file` paths are relative to the
    file's folder either way."""
    import tempfile

    src_dir = Path(src_dir).absolute()
    notes = report or (lambda msg: log.warning("%s", msg))
    description = _source_description(src_dir)
    src_dir = description.parent
    raw = _load_source(description)
    if not isinstance(raw, dict):
        raise _err(BundleErrorKind.SOURCE, "The course source must be a table of fields.")
    private = load_private_key(sign_key) if sign_key else None
    with tempfile.TemporaryDirectory(prefix="lectern-build-") as scratch:
        files = _SourceFiles(src_dir, Path(scratch), notes)
        try:
            manifest = manifest_from_dict(_convert_source(raw, files))
        except BundleError as exc:
            if exc.kind is BundleErrorKind.INVALID_MANIFEST:
                raise _err(BundleErrorKind.SOURCE, f"{description}: {exc.message}") from None
            raise
        manifest_bytes = manifest.to_json_bytes()
        signature = sign_manifest(manifest_bytes, private) if private else None
        media_types = {sha: f["media_type"] for sha, f in files.files.items()}
        pack_bundle(Path(out_path), manifest_bytes, signature,
                    ((sha, files.paths[sha]) for sha in sorted(manifest.files)), media_types)
    return manifest


def verify_bundle_file(path: Path, policy: TrustPolicy) -> tuple[Manifest, SignatureStatus, int]:
    """Full check of a bundle, every blob hashed: for `lectern bundle verify`."""
    with open_bundle(path, policy) as bundle:
        for sha in sorted(bundle.present):
            digest = hashlib.sha256()
            with bundle.open_blob(sha) as f:
                while chunk := f.read(1024 * 1024):
                    digest.update(chunk)
            if digest.hexdigest() != sha:
                raise _err(BundleErrorKind.HASH_MISMATCH,
                           f"This file is damaged: {describe_file(bundle.manifest, sha)} does not "
                           f"match its checksum. {DAMAGED_HINT}")
        return bundle.manifest, bundle.signature_status, len(bundle.present)


__all__ = ["SignatureStatus", "TrustPolicy", "OpenedBundle", "open_bundle", "build_bundle",
           "pack_bundle", "verify_bundle_file", "describe_file", "LecternError"]
