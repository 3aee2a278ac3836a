"""Serving content-addressed blobs: single byte ranges, strong ETags, immutable caching.

A blob's name is its sha256, so its ETag is the hash itself and it may be cached forever,
by shared caches too (`public`: nginx's proxy_cache, a court's Squid, a CDN): the hash is the
capability, learnt only from a manifest the hub gave an enrolled learner (docs/deploy.md,
"Why blobs are public"). Manifests and signatures name a course, not content: they stay
`private` (CACHE_CONTROL).
Clients on thin links resume with `Range` plus `If-Range`; a range that cannot be served
is a 416 (with `Content-Range: bytes */size`), never a silent full download.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import anyio
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import HubError, HubErrorKind

#: manifests and signatures: immutable, but only for the learner's own cache (their URL names
#: a course, and a manifest lists the hashes that are the blobs' capabilities)
CACHE_CONTROL = "private, max-age=31536000, immutable"
#: content-addressed blobs: any cache may keep and serve them (the URL is the content's hash)
BLOB_CACHE_CONTROL = "public, max-age=31536000, immutable"
# One range-spec (RFC 9110 14.1.1): first-last, first-, or -suffix; ASCII digits only (`\d`
# would take other scripts' digits too). Blanks around the parts are tolerated.
_RANGE_SPEC_RE = re.compile(r"\s*([0-9]*)\s*-\s*([0-9]*)\s*")
# No file comes near 10**18 bytes (an exabyte): a longer position is simply "past the end",
# and is never handed to int(), which refuses more than 4,300 digits (that was a 500).
_MAX_DIGITS = 18
_PAST_ANY_END = 10 ** _MAX_DIGITS


@dataclass(frozen=True)
class ByteRange:
    start: int
    end: int  # inclusive

    @property
    def length(self) -> int:
        return self.end - self.start + 1


def _position(digits: str) -> int:
    """A position or length from its digits, however many: leading zeros count for nothing,
    and a number longer than any file is `_PAST_ANY_END`."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= _MAX_DIGITS else _PAST_ANY_END


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """The one range to send, or None for "send everything".

    Follows RFC 9110 14.2: no Range, a header that is not `unit=...` at all, or another unit
    is ignored (None). Several ranges are not split into multipart: None when at least one
    is satisfiable. A `bytes` range-set that is malformed, or none of whose ranges overlap
    the file, raises RANGE_NOT_SATISFIABLE (416, `Content-Range: bytes */size`): a resuming
    client must hear that its range is wrong, not silently get the whole file again."""
    if header is None:
        return None
    unit, equals, spec = header.partition("=")
    if not equals or unit.strip().lower() != "bytes":
        return None
    ranges: list[ByteRange] = []
    specs = 0
    for element in spec.split(","):
        if not element.strip():  # empty list elements are skipped (RFC 9110 5.6.1)
            continue
        specs += 1
        m = _RANGE_SPEC_RE.fullmatch(element)
        if not m or (m.group(1) == "" and m.group(2) == ""):
            raise _unsatisfiable(size, "The Range header is malformed.")
        first, last = m.group(1), m.group(2)
        if first == "":  # suffix: the last N bytes (all of them if the file is shorter)
            n = _position(last)
            if n > 0 and size > 0:
                ranges.append(ByteRange(max(0, size - n), size - 1))
            continue
        start = _position(first)
        if last != "" and _position(last) < start:
            raise _unsatisfiable(size, "The Range header is malformed (end before start).")
        if start < size:
            ranges.append(ByteRange(start, size - 1 if last == "" else min(_position(last), size - 1)))
    if specs == 0:
        raise _unsatisfiable(size, "The Range header is malformed.")
    if not ranges:
        raise _unsatisfiable(size, f"The requested range is empty or starts beyond the end of the file "
                                   f"({size} bytes).")
    return ranges[0] if specs == 1 else None


def _unsatisfiable(size: int, message: str) -> HubError:
    return HubError(HubErrorKind.RANGE_NOT_SATISFIABLE, message,
                    headers={"Content-Range": f"bytes */{size}"})


def accel_path(prefix: str, root: Path, path: Path) -> str | None:
    """The internal URL nginx serves `path` at (X-Accel-Redirect): `prefix` plus its place
    under the blob folder `root`; None when the file lies elsewhere (a shared read-only
    store), which the hub then streams itself."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        return None
    return prefix + rel.as_posix()


#: a `.part` file in a shared blob folder untouched this long was left by a killed process
STALE_PART_SECONDS = 24 * 3600


def clean_stale_parts(root: Path, older_than: float = STALE_PART_SECONDS) -> int:
    """Remove `.part` files not written to for `older_than` seconds from a blob folder that
    several machines share. (A process id in a part's name says nothing about another
    machine's processes, so ContentStore.clean_parts, which asks whether that process lives,
    would remove a part another machine is writing right now.)"""
    import time

    removed = 0
    cutoff = time.time() - older_than
    try:
        subs = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return 0
    for sub in subs:
        for part in sub.glob("*.part"):
            try:
                if part.stat().st_mtime < cutoff:
                    part.unlink()
                    removed += 1
            except OSError:  # gone meanwhile (renamed into place, or removed by another machine)
                pass
    return removed


def etag_of(sha: str) -> str:
    return f'"{sha}"'


def if_range_allows(if_range: str | None, sha: str) -> bool:
    """If-Range with our strong ETag keeps the Range; anything else (a date, another tag,
    a weak tag) means the client's partial copy may differ: send the whole blob."""
    if if_range is None:
        return True
    return if_range.strip() == etag_of(sha)


def none_match(if_none_match: str | None, sha: str) -> bool:
    if if_none_match is None:
        return False
    tags = [t.strip().removeprefix("W/").replace('-gzip"', '"') for t in if_none_match.split(",")]
    return "*" in tags or etag_of(sha) in tags


class BlobResponse(Response):
    """Streams a file (or a range of it) in large chunks read on a worker thread."""

    def __init__(self, path: Path, *, status: int, headers: dict[str, str], start: int, length: int,
                 send_body: bool, chunk: int) -> None:
        # Response.__init__ is skipped on purpose: it would render a body; we stream.
        self.background = None
        self.status_code = status
        self.path = path
        self.raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.start = start
        self.length = length
        self.send_body = send_body
        self.chunk = chunk

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        if not self.send_body or self.length == 0:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        fd = await anyio.to_thread.run_sync(os.open, str(self.path), os.O_RDONLY)
        try:
            offset, remaining = self.start, self.length
            while remaining > 0:
                data = await anyio.to_thread.run_sync(os.pread, fd, min(self.chunk, remaining), offset)
                if not data:  # the file shrank under us: end the response short
                    break
                offset += len(data)
                remaining -= len(data)
                await send({"type": "http.response.body", "body": data, "more_body": remaining > 0})
            if remaining > 0:
                raise OSError(f"blob {self.path.name} is shorter than expected")
        finally:
            os.close(fd)
        if self.background is not None:
            await self.background()


def blob_response(path: Path, name: str, media_type: str, size: int, *, method: str,
                  if_none_match: str | None, if_range: str | None, range_header: str | None,
                  chunk: int, accel_internal: str | None = None) -> Response:
    """The answer to GET/HEAD of a blob the caller may read, for the hub and the relay alike:
    a strong ETag and public caching (the hash is the capability: docs/deploy.md), 304 for a
    matching If-None-Match, nginx's X-Accel-Redirect when `accel_internal` is given (it
    answers Range itself), else 200 or 206 with Range and If-Range."""
    headers = {"ETag": etag_of(name), "Cache-Control": BLOB_CACHE_CONTROL, "Accept-Ranges": "bytes",
               "Content-Type": media_type, "X-Content-Type-Options": "nosniff"}
    if none_match(if_none_match, name):
        return Response(status_code=304, headers={k: v for k, v in headers.items() if k != "Content-Type"})
    if accel_internal is not None:
        return Response(status_code=200, headers={**headers, "X-Accel-Redirect": accel_internal})
    rng = parse_range(range_header, size) if if_range_allows(if_range, name) else None
    send_body = method != "HEAD"
    if rng is None:
        headers["Content-Length"] = str(size)
        return BlobResponse(path, status=200, headers=headers, start=0, length=size, send_body=send_body, chunk=chunk)
    headers["Content-Length"] = str(rng.length)
    headers["Content-Range"] = f"bytes {rng.start}-{rng.end}/{size}"
    return BlobResponse(path, status=206, headers=headers, start=rng.start, length=rng.length,
                        send_body=send_body, chunk=chunk)
