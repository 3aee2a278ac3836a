"""The course manifest, format 1: a typed, validated model of `manifest.json`.

The manifest is the contract between publishers, the hub and the player; parsing is
strict so that a bad bundle is refused before anything is written.
Documented for publishers in docs/bundle-format.md.
"""
from __future__ import annotations

import builtins
import json
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterator, TypedDict

from .errors import BundleError, BundleErrorKind
from .requirements import Requirements, RequirementsError, parse_requirements, requirements_to_dict
from .text_safety import BIDI_OVERRIDES

FORMAT = "lectern-course/1"
FORMAT_PREFIX = "lectern-course/"
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
# Lists and objects may nest this deep: a real manifest needs 6 levels, and Python's json and
# tomllib recurse once per level, so 100,000 nested `[` (100 KB) would end in RecursionError.
MAX_NESTING = 64
MAX_COURSE_BYTES = 64 * 1024**3
MAX_FILE_BYTES = 32 * 1024**3

ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
LANG_RE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


class ItemKind(str, Enum):
    VIDEO = "video"
    READING = "reading"
    QUIZ = "quiz"
    FORUM = "forum"


class ReadingFormat(str, Enum):
    HTML = "html"
    MARKDOWN = "markdown"
    PDF = "pdf"


READING_MEDIA_TYPES = {
    ReadingFormat.HTML: "text/html",
    ReadingFormat.MARKDOWN: "text/markdown",
    ReadingFormat.PDF: "application/pdf",
}


class FileRole(str, Enum):
    """Why a file is in the course; decides download priority and low-bandwidth exports."""

    RENDITION = "rendition"
    CAPTIONS = "captions"
    READING = "reading"
    COVER = "cover"


@dataclass(frozen=True)
class FileEntry:
    sha256: str
    size: int
    media_type: str
    name: str


@dataclass(frozen=True)
class Rendition:
    label: str          # "240p", "480p", "audio"
    height: int | None  # None for audio-only
    bitrate: int        # bits per second, for choosing and for download sizes
    sha256: str


@dataclass(frozen=True)
class Captions:
    language: str
    label: str
    sha256: str


@dataclass(frozen=True, kw_only=True)
class Item:
    id: str
    title: str
    required: bool = True
    kind: ItemKind = field(init=False)

    def file_refs(self) -> list[tuple[str, FileRole]]:
        return []


@dataclass(frozen=True, kw_only=True)
class VideoItem(Item):
    duration: float
    renditions: tuple[Rendition, ...]
    captions: tuple[Captions, ...] = ()
    complete_at: float = 0.9
    kind: ItemKind = field(default=ItemKind.VIDEO, init=False)

    def file_refs(self) -> list[tuple[str, FileRole]]:
        refs = [(r.sha256, FileRole.RENDITION) for r in self.renditions]
        return refs + [(c.sha256, FileRole.CAPTIONS) for c in self.captions]

    def lowest_rendition(self) -> Rendition:
        return min(self.renditions, key=lambda r: (r.bitrate, r.height or 0))


@dataclass(frozen=True, kw_only=True)
class ReadingItem(Item):
    format: ReadingFormat
    sha256: str
    minutes: int | None = None
    kind: ItemKind = field(default=ItemKind.READING, init=False)

    def file_refs(self) -> list[tuple[str, FileRole]]:
        return [(self.sha256, FileRole.READING)]


@dataclass(frozen=True)
class Choice:
    id: str
    text: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    choices: tuple[Choice, ...]
    correct: frozenset[str]
    explanation: str | None = None

    @property
    def multiple(self) -> bool:
        return len(self.correct) > 1


@dataclass(frozen=True, kw_only=True)
class QuizItem(Item):
    questions: tuple[Question, ...]
    pass_mark: float           # fraction of questions answered right, 0 < x <= 1
    max_attempts: int | None = None
    kind: ItemKind = field(default=ItemKind.QUIZ, init=False)


@dataclass(frozen=True, kw_only=True)
class ForumItem(Item):
    prompt: str
    kind: ItemKind = field(default=ItemKind.FORUM, init=False)


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Manifest:
    id: str
    course_family: str
    version: int
    language: str
    title: str
    summary: str
    publisher: str
    modules: tuple[Module, ...]
    files: dict[str, FileEntry]
    #: What earns the certificate (sync.requirements, the one definition the hub and the
    #: player share); parsed against the items, so every reference is checked.
    requirements: Requirements = Requirements(required_items=())
    cover: str | None = None
    format: str = FORMAT

    def items(self) -> Iterator[Item]:
        for module in self.modules:
            yield from module.items

    def item(self, item_id: str) -> Item:
        for it in self.items():
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def module_of(self, item_id: str) -> Module:
        for module in self.modules:
            if any(it.id == item_id for it in module.items):
                return module
        raise KeyError(item_id)

    def required_item_ids(self) -> list[str]:
        return [it.id for it in self.items() if it.required]

    def file_roles(self) -> dict[str, FileRole]:
        roles: dict[str, FileRole] = {}
        if self.cover:
            roles[self.cover] = FileRole.COVER
        for it in self.items():
            for sha, role in it.file_refs():
                roles.setdefault(sha, role)
        return roles

    def total_size(self) -> int:
        return sum(f.size for f in self.files.values())

    def low_bandwidth_files(self) -> set[str]:
        """Everything but the non-lowest video renditions: what a thin link should fetch."""
        keep = set(self.files)
        for it in self.items():
            if isinstance(it, VideoItem):
                lowest = it.lowest_rendition().sha256
                keep -= {r.sha256 for r in it.renditions if r.sha256 != lowest}
        return keep

    def essential_files(self) -> set[str]:
        """Files without which the course cannot be studied: all but alternative renditions."""
        return self.low_bandwidth_files()

    def to_dict(self) -> dict[str, Any]:
        return _manifest_to_dict(self)

    def to_json_bytes(self) -> bytes:
        return (json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")

    @classmethod
    def from_json_bytes(cls, data: bytes) -> "Manifest":
        return parse_manifest(data)


# --------------------------------------------------------------------------- parsing


def _fail(message: str, kind: BundleErrorKind = BundleErrorKind.INVALID_MANIFEST) -> BundleError:
    return BundleError(kind, message)


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _fail(f"The course description repeats the field '{key}'.")
        out[key] = value
    return out


_NAME_KEYS = frozenset({"title", "label", "publisher", "text"})
_BIDI_OVERRIDE_RE = re.compile(f"[{BIDI_OVERRIDES}]")


class _Reader:
    """Typed field access that names the place of a problem ("module 2, item 'l1'")."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise _fail(f"{where} should be an object.")
        self.obj = obj
        self.where = where

    def _get(self, key: str, types: tuple[type, ...], required: bool, default: Any) -> Any:
        if key not in self.obj:
            if required:
                raise _fail(f"{self.where} lacks the field '{key}'.")
            return default
        value = self.obj[key]
        if value is None and not required:
            return default
        if isinstance(value, bool) and bool not in types:
            raise _fail(f"{self.where}: '{key}' has the wrong type.")
        if not isinstance(value, types):
            raise _fail(f"{self.where}: '{key}' has the wrong type.")
        return value

    # Annotations below name builtins.* once the class's own `str`, `int`, ... shadow them.
    def str(self, key: str, required: bool = True, default: str = "", limit: int = 20000) -> str:
        value: str = self._get(key, (str,), required, default)
        if required and not value.strip():
            raise _fail(f"{self.where}: '{key}' is empty.")
        if len(value) > limit:
            raise _fail(f"{self.where}: '{key}' is too long.")
        if key in _NAME_KEYS and _BIDI_OVERRIDE_RE.search(value):
            # A title shown in an order other than its stored one can pose as another.
            raise _fail(f"{self.where}: '{key}' contains invisible characters that reverse how "
                        "text is shown (bidi overrides); remove them and rebuild the course.")
        return value

    def id(self, key: builtins.str = "id") -> builtins.str:
        value = self.str(key, limit=64)
        if not ID_RE.match(value):
            raise _fail(f"{self.where}: '{key}' {value!r} is not a valid id "
                        "(letters, digits, '.', '_' or '-', at most 64).")
        return value

    def sha(self, key: builtins.str = "sha256") -> builtins.str:
        value = self.str(key, limit=64)
        if not SHA256_RE.match(value):
            raise _fail(f"{self.where}: '{key}' is not a sha256 in lowercase hex.")
        return value

    def int(self, key: builtins.str, lo: builtins.int = 0, hi: builtins.int = 2**62) -> builtins.int:
        value = self.optional_int(key, lo, hi, required=True)
        assert value is not None  # required: _get raised if it was missing
        return value

    def optional_int(self, key: builtins.str, lo: builtins.int = 0, hi: builtins.int = 2**62,
                     required: builtins.bool = False) -> builtins.int | None:
        value: builtins.int | None = self._get(key, (builtins.int,), required, None)
        if value is not None and not lo <= value <= hi:
            raise _fail(f"{self.where}: '{key}' is out of range.")
        return value

    def num(self, key: builtins.str, required: builtins.bool = True, default: float = 0.0,
            lo: float = 0.0, hi: float = 1e9) -> float:
        value: builtins.int | float = self._get(key, (builtins.int, float), required, default)
        if not lo <= float(value) <= hi:
            raise _fail(f"{self.where}: '{key}' is out of range.")
        return float(value)

    def bool(self, key: builtins.str, default: builtins.bool) -> builtins.bool:
        value: builtins.bool = self._get(key, (builtins.bool,), False, default)
        return value

    def list(self, key: builtins.str, required: builtins.bool = True, limit: builtins.int = 10000) -> list[Any]:
        value: list[Any] = self._get(key, (list,), required, [])
        if required and not value:
            raise _fail(f"{self.where}: '{key}' is empty.")
        if len(value) > limit:
            raise _fail(f"{self.where}: '{key}' has too many entries.")
        return value


# Strings cannot hold structure, so they are skipped whole (an unterminated one runs to the end);
# what remains are brackets, counted. TOML adds literal and multi-line strings and comments.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?', re.S)
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"[]{}")
_TOML_TOKEN = re.compile(
    rb'"""(?:[^"\\]|\\.|"(?!""))*(?:"{3,5}|\Z)'   # multi-line basic string
    rb"|'''.*?(?:'{3,5}|\Z)"                        # multi-line literal string
    rb'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"?'              # basic string
    rb"|'[^'\n]*'?"                                 # literal string
    rb"|#[^\n]*"                                    # comment
    rb"|([\[\]{}])", re.S)                          # a bracket: group 1
_OPENERS = frozenset(b"[{")


def nesting_too_deep(data: bytes, toml: bool = False, limit: int = MAX_NESTING) -> bool:
    """Whether JSON (or TOML) text nests lists and objects deeper than `limit`.

    Checked before parsing, because the parsers recurse per level: a linear scan that skips
    strings and counts brackets, stopping at the first level too deep (a stray closing bracket
    never lowers the count below zero). Unbalanced or broken text is left for the parser."""
    if toml:
        brackets = b"".join(m.group(1) for m in _TOML_TOKEN.finditer(data) if m.group(1))
    else:
        brackets = _JSON_STRING.sub(b"", data).translate(None, _NOT_BRACKETS)
    depth = 0
    for byte in brackets:
        if byte in _OPENERS:
            depth += 1
            if depth > limit:
                return True
        elif depth:
            depth -= 1
    return False


def parse_manifest(data: bytes) -> Manifest:
    """The manifest in `data`, or BundleError; never anything else, whatever the bytes."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise _fail("The course description is far too large.", BundleErrorKind.TOO_LARGE)
    if nesting_too_deep(data):
        raise _fail(f"The course description nests lists or objects more than {MAX_NESTING} "
                    "levels deep, which no Lectern course does: it is damaged or was made to "
                    "harm.")
    try:
        raw = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except BundleError:
        raise
    except (UnicodeDecodeError, ValueError) as exc:
        raise _fail(f"The course description is not valid JSON ({exc}).") from None
    return manifest_from_dict(raw)


def manifest_from_dict(raw: Any) -> Manifest:
    top = _Reader(raw, "The course description")
    fmt = top.str("format")
    if fmt != FORMAT:
        if fmt.startswith(FORMAT_PREFIX):
            raise _fail(f"This course uses bundle format '{fmt}', newer than this Lectern "
                        f"understands ('{FORMAT}'). Update Lectern to open it.",
                        BundleErrorKind.UNSUPPORTED_FORMAT)
        raise _fail(f"This is not a Lectern course (format '{fmt}').",
                    BundleErrorKind.UNSUPPORTED_FORMAT)
    files = _parse_files(top)
    course_id = top.id("id")
    language = top.str("language", limit=35)
    if not LANG_RE.match(language):
        raise _fail(f"The course language {language!r} is not a language tag such as 'en' or 'fr-CA'.")
    raw_requirements = top.obj.get("requirements")
    cover = top.sha("cover") if top.obj.get("cover") else None

    seen_items: set[str] = set()
    seen_modules: set[str] = set()
    modules = []
    for m_index, m_raw in enumerate(top.list("modules", limit=200), start=1):
        mr = _Reader(m_raw, f"Module {m_index}")
        module_id = mr.id()
        if module_id in seen_modules:
            raise _fail(f"Two modules have the id '{module_id}'.", BundleErrorKind.DUPLICATE_ID)
        seen_modules.add(module_id)
        items = []
        for i_index, i_raw in enumerate(mr.list("items", limit=500), start=1):
            item = _parse_item(_Reader(i_raw, f"Module {m_index}, item {i_index}"))
            if item.id in seen_items:
                raise _fail(f"Two items have the id '{item.id}'.", BundleErrorKind.DUPLICATE_ID)
            seen_items.add(item.id)
            items.append(item)
        modules.append(Module(id=module_id, title=mr.str("title", limit=500), items=tuple(items)))

    try:
        requirements = parse_requirements(
            raw_requirements,
            [(it.id, it.kind.value, it.required) for m in modules for it in m.items])
    except RequirementsError as exc:
        raise _fail(str(exc)) from None
    manifest = Manifest(
        id=course_id,
        course_family=top.id("course_family") if "course_family" in top.obj else course_id,
        version=top.int("version", lo=1, hi=2**31),
        language=language,
        title=top.str("title", limit=500),
        summary=top.str("summary", required=False),
        publisher=top.str("publisher", limit=500),
        modules=tuple(modules),
        files=files,
        requirements=requirements,
        cover=cover,
    )
    _check_file_references(manifest)
    return manifest


def _parse_files(top: _Reader) -> dict[str, FileEntry]:
    raw = top._get("files", (dict,), True, None)
    files: dict[str, FileEntry] = {}
    total = 0
    for sha, entry in raw.items():
        if not isinstance(sha, str) or not SHA256_RE.match(sha):
            raise _fail(f"The file list names {str(sha)[:80]!r}, which is not a sha256.",
                        BundleErrorKind.UNSAFE_PATH)
        fr = _Reader(entry, f"File {sha[:12]}")
        size = fr.int("size", hi=MAX_FILE_BYTES)
        total += size
        files[sha] = FileEntry(sha256=sha, size=size, media_type=fr.str("media_type", limit=100),
                               name=fr.str("name", required=False, limit=255))
    if total > MAX_COURSE_BYTES:
        raise _fail("The course is larger than Lectern accepts (64 GiB).", BundleErrorKind.TOO_LARGE)
    return files


class _ItemFields(TypedDict):
    """What every kind of item has (`Item`'s own fields)."""

    id: str
    title: str
    required: bool


def _parse_item(r: _Reader) -> Item:
    kind_raw = r.str("kind", limit=20)
    try:
        kind = ItemKind(kind_raw)
    except ValueError:
        raise _fail(f"{r.where}: unknown kind {kind_raw!r} (video, reading, quiz or forum).") from None
    common = _ItemFields(id=r.id(), title=r.str("title", limit=500),
                         required=r.bool("required", kind is not ItemKind.FORUM))
    if kind is ItemKind.VIDEO:
        renditions = []
        for n, rr_raw in enumerate(r.list("renditions", limit=16), start=1):
            rr = _Reader(rr_raw, f"{r.where}, rendition {n}")
            renditions.append(Rendition(label=rr.str("label", limit=40),
                                        height=rr.optional_int("height", hi=10000),
                                        bitrate=rr.int("bitrate", lo=1, hi=10**10),
                                        sha256=rr.sha()))
        captions = []
        langs: set[str] = set()
        for n, cr_raw in enumerate(r.list("captions", required=False, limit=64), start=1):
            cr = _Reader(cr_raw, f"{r.where}, captions {n}")
            lang = cr.str("language", limit=35)
            if lang in langs:
                raise _fail(f"{r.where}: two caption tracks for '{lang}'.", BundleErrorKind.DUPLICATE_ID)
            langs.add(lang)
            captions.append(Captions(language=lang, label=cr.str("label", required=False, default=lang),
                                     sha256=cr.sha()))
        return VideoItem(**common, duration=r.num("duration", lo=0.0, hi=86400.0),
                         renditions=tuple(renditions), captions=tuple(captions),
                         complete_at=r.num("complete_at", required=False, default=0.9, lo=0.01, hi=1.0))
    if kind is ItemKind.READING:
        fmt_raw = r.str("format", limit=20)
        try:
            fmt = ReadingFormat(fmt_raw)
        except ValueError:
            raise _fail(f"{r.where}: unknown reading format {fmt_raw!r} (html, markdown or pdf).") from None
        return ReadingItem(**common, format=fmt, sha256=r.sha(),
                           minutes=r.optional_int("minutes", hi=10000))
    if kind is ItemKind.QUIZ:
        questions = []
        q_ids: set[str] = set()
        for n, q_raw in enumerate(r.list("questions", limit=500), start=1):
            qr = _Reader(q_raw, f"{r.where}, question {n}")
            qid = qr.id()
            if qid in q_ids:
                raise _fail(f"{r.where}: two questions have the id '{qid}'.", BundleErrorKind.DUPLICATE_ID)
            q_ids.add(qid)
            choices = []
            c_ids: set[str] = set()
            for m, c_raw in enumerate(qr.list("choices", limit=50), start=1):
                cr = _Reader(c_raw, f"{qr.where}, choice {m}")
                cid = cr.id()
                if cid in c_ids:
                    raise _fail(f"{qr.where}: two choices have the id '{cid}'.", BundleErrorKind.DUPLICATE_ID)
                c_ids.add(cid)
                choices.append(Choice(id=cid, text=cr.str("text", limit=5000)))
            correct = qr.list("correct", limit=50)
            if not all(isinstance(c, str) and c in c_ids for c in correct) or len(set(correct)) != len(correct):
                raise _fail(f"{qr.where}: 'correct' must list ids of its choices.")
            questions.append(Question(id=qid, text=qr.str("text", limit=5000), choices=tuple(choices),
                                      correct=frozenset(correct),
                                      explanation=qr.str("explanation", required=False, default="") or None))
        return QuizItem(**common, questions=tuple(questions),
                        pass_mark=r.num("pass_mark", lo=0.01, hi=1.0),
                        max_attempts=r.optional_int("max_attempts", lo=1, hi=1000))
    return ForumItem(**common, prompt=r.str("prompt", limit=20000))


_EXPECTED_TYPES = {
    FileRole.RENDITION: ("video/", "audio/"),
    FileRole.CAPTIONS: ("text/vtt",),
    FileRole.COVER: ("image/",),
}


def _check_file_references(manifest: Manifest) -> None:
    roles = manifest.file_roles()
    for sha, role in roles.items():
        entry = manifest.files.get(sha)
        if entry is None:
            raise _fail(f"The course uses file {sha[:12]}… but its file list does not describe it.",
                        BundleErrorKind.MISSING_FILE)
        if role is FileRole.READING:
            continue
        if not entry.media_type.startswith(_EXPECTED_TYPES[role]):
            raise _fail(f"File {entry.name or sha[:12]} is a {entry.media_type}, not what a "
                        f"{role.value} should be.")
    for it in manifest.items():
        if isinstance(it, ReadingItem):
            want = READING_MEDIA_TYPES[it.format]
            if manifest.files[it.sha256].media_type != want:
                raise _fail(f"Reading '{it.id}' is {it.format.value} but its file is "
                            f"{manifest.files[it.sha256].media_type}.")
    unused = set(manifest.files) - set(roles)
    if unused:
        sha = sorted(unused)[0]
        raise _fail(f"The file list describes {manifest.files[sha].name or sha[:12]}, which no "
                    "item uses.", BundleErrorKind.UNEXPECTED_FILE)


# --------------------------------------------------------------------------- serializing


def _item_to_dict(it: Item) -> dict[str, Any]:
    d: dict[str, Any] = {"id": it.id, "kind": it.kind.value, "title": it.title, "required": it.required}
    if isinstance(it, VideoItem):
        d["duration"] = it.duration
        d["complete_at"] = it.complete_at
        d["renditions"] = [{"label": r.label, "height": r.height, "bitrate": r.bitrate,
                            "sha256": r.sha256} for r in it.renditions]
        d["captions"] = [{"language": c.language, "label": c.label, "sha256": c.sha256}
                         for c in it.captions]
    elif isinstance(it, ReadingItem):
        d["format"] = it.format.value
        d["sha256"] = it.sha256
        if it.minutes is not None:
            d["minutes"] = it.minutes
    elif isinstance(it, QuizItem):
        d["pass_mark"] = it.pass_mark
        if it.max_attempts is not None:
            d["max_attempts"] = it.max_attempts
        d["questions"] = [{"id": q.id, "text": q.text,
                           "choices": [{"id": c.id, "text": c.text} for c in q.choices],
                           "correct": sorted(q.correct),
                           **({"explanation": q.explanation} if q.explanation else {})}
                          for q in it.questions]
    elif isinstance(it, ForumItem):
        d["prompt"] = it.prompt
    return d


def _manifest_to_dict(m: Manifest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "format": m.format, "id": m.id, "course_family": m.course_family, "version": m.version,
        "language": m.language, "title": m.title, "summary": m.summary, "publisher": m.publisher,
        "requirements": requirements_to_dict(m.requirements),
    }
    if m.cover:
        d["cover"] = m.cover
    d["modules"] = [{"id": mod.id, "title": mod.title, "items": [_item_to_dict(it) for it in mod.items]}
                    for mod in m.modules]
    d["files"] = {sha: {"size": f.size, "media_type": f.media_type, "name": f.name}
                  for sha, f in sorted(m.files.items())}
    return d
